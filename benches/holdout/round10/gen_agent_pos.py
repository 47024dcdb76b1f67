"""Theme 1 (positives): coding-agent sessions on platform engineering - Kubernetes Secrets (stringData and base64 data),
Helm values, Argo CD and Flux repository secrets, Vault init / AppRole, Consul and Nomad ACL bootstrap."""
import base64
from gen_common import rs, key, vault_hvs, S, K, V7
from gen_sess import emit
import gen_vals as V


def ind(text, n):
    return "\n".join(" " * n + l for l in text.strip().split("\n"))


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def build():
    sh = iter(range(1, 100))

    # 1 Secret manifest: stringData URL password + base64 data (a password labelled, a user name not)
    pw, spw = V.dbpw(), V.dbpw(16)
    man = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-api\n  namespace: billing\n  labels:\n    app.kubernetes.io/name: billing-api\ntype: Opaque\n"
           "stringData:\n  DATABASE_URL: postgres://billing_app:%s@billing-pg.billing.svc.cluster.local:5432/billing?sslmode=require\n  LOG_LEVEL: info\n"
           "data:\n  SMTP_USER: %s\n  SMTP_PASSWORD: %s\n  SMTP_HOST: %s\n" % (pw, b64s("billing-mailer"), b64s(spw), b64s("smtp.eu.mailgun.org")))
    emit("p_k8s_secret_stringdata_and_b64_data", next(sh), [("u", "kubectl apply fails with 'illegal base64 data at input byte 8' for billing-api, which key?"),
         ("t", "read", "deploy/billing/secret.yaml", man), ("a", "SMTP_USER and SMTP_HOST decode fine; let me check the rest.")] + V.pad("k8s1", 3),
         [(S, "postgres URL password in stringData", pw), (S, "SMTP password as base64 in Secret data", b64s(spw))])

    # 2 TLS Secret with the key in stringData (block scalar)
    pem = key("tls_ec.pem").strip()
    man = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: grpc-gateway-tls\n  namespace: edge\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n"
           + ind(key("ingress_ca.crt"), 4) + "\n  tls.key: |\n" + ind(pem, 4) + "\n")
    emit("p_k8s_tls_secret_stringdata_ec_key", next(sh), [("u", "The gateway serves the default cert instead of ours; is the secret malformed?"),
         ("t", "bash", "cat deploy/edge/grpc-gateway-tls.yaml", man), ("a", "The certificate is the root CA, not the leaf; the key does not match it.")]
         + V.pad("k8s2", 3), [(K, "EC private key in TLS Secret stringData", ind(pem, 4).strip())])

    # 3 Helm values for prod with literal chart passwords
    p1, p2, ck = V.dbpw(), V.dbpw(18), rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    vals = ("global:\n  storageClass: gp3\npostgresql:\n  enabled: true\n  auth:\n    username: keycloak\n    password: \"%s\"\n    database: keycloak\n"
            "  primary:\n    persistence:\n      size: 50Gi\nredis:\n  architecture: replication\n  auth:\n    enabled: true\n    password: %s\n"
            "rabbitmq:\n  auth:\n    username: events\n    existingPasswordSecret: rabbitmq-events\n    erlangCookie: %s\n  replicaCount: 3\n" % (p1, p2, ck))
    emit("p_helm_values_prod_chart_passwords", next(sh), [("u", "Upgrade to the new bitnami charts broke redis auth, here are our prod values"),
         ("t", "read", "environments/prod/values-keycloak.yaml", vals), ("t", "bash", "helm diff upgrade keycloak ./charts/keycloak -f environments/prod/values-keycloak.yaml | head -30",
          "default, keycloak-redis, StatefulSet (apps) has changed:\n-       image: docker.io/bitnami/redis:7.2.4-debian-12-r9\n+       image: docker.io/bitnami/redis:7.4.1-debian-12-r2\n")]
         + V.pad("helm3", 3), [(S, "Helm postgresql.auth.password", p1), (S, "Helm redis.auth.password (unquoted)", p2), (S, "RabbitMQ Erlang cookie", ck)])

    # 4 Argo CD repository secret with sshPrivateKey and an https repo-creds password
    pem, gp = key("argocd_repo.pem").strip(), V7.gitlab_pat()
    man = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: repo-platform-manifests\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repository\n"
           "stringData:\n  type: git\n  url: git@gitlab.acme-platform.eu:platform/manifests.git\n  sshPrivateKey: |\n" + ind(pem, 4) + "\n---\napiVersion: v1\nkind: Secret\n"
           "metadata:\n  name: creds-helm-charts\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repo-creds\nstringData:\n  type: helm\n"
           "  url: https://gitlab.acme-platform.eu/api/v4/projects/118/packages/helm/stable\n  username: argocd-bot\n  password: %s\n" % gp)
    emit("p_argocd_repo_secret_ssh_key_repo_creds", next(sh), [("u", "Argo says 'ssh: handshake failed: knownhosts: key is unknown' for the manifests repo"),
         ("t", "bash", "cat bootstrap/argocd/repo-secrets.yaml", man), ("a", "The key is fine; argocd-ssh-known-hosts-cm lacks the GitLab host key.")] + V.pad("argo4", 3),
         [(K, "Argo CD repository sshPrivateKey (RSA)", ind(pem, 4).strip()), (S, "GitLab PAT as Helm repo-creds password", gp)])

    # 5 Flux: git basic-auth secret created on the command line, then read back (base64)
    fp = V.dbpw(24)
    out = ("► git secret 'flux-system' created in 'flux-system' namespace\n$ kubectl -n flux-system get secret flux-system -o yaml\napiVersion: v1\ndata:\n"
           "  password: %s\n  username: %s\nkind: Secret\nmetadata:\n  creationTimestamp: \"2025-11-21T08:14:03Z\"\n  name: flux-system\n  namespace: flux-system\n"
           "  resourceVersion: \"48213377\"\n  uid: %s\ntype: Opaque\n" % (b64s(fp), b64s("flux-bot"), V.uuid4()))
    emit("p_flux_git_secret_cli_and_yaml", next(sh), [("u", "Flux can't clone after I rotated the bot password, did I create the secret right?"),
         ("t", "bash", "flux create secret git flux-system --url=https://git.acme-platform.eu/platform/fleet --username=flux-bot --password='%s' && "
          "kubectl -n flux-system get secret flux-system -o yaml" % fp, out)] + V.pad("flux5", 3),
         [(S, "Flux git password on the command line", fp), (S, "Flux git password as base64 Secret data", b64s(fp))])

    # 6 vault operator init output (3 shares, threshold 2)
    keys_, root = [V.unseal() for _ in range(3)], vault_hvs()
    out = "".join("Unseal Key %d: %s\n" % (i + 1, k) for i, k in enumerate(keys_)) + ("\nInitial Root Token: %s\n\nVault initialized with 3 key shares and a key threshold of 2. "
           "Please securely\ndistribute the key shares printed above. When the Vault is re-sealed,\nrestarted, or stopped, you must supply at least 2 of these keys to unseal it\n"
           "before it can start servicing requests.\n" % root)
    emit("p_vault_operator_init_output", next(sh), [("u", "Bootstrap the new vault-eu cluster and tell me what to store where"),
         ("t", "bash", "kubectl -n vault exec vault-0 -- vault operator init -key-shares=3 -key-threshold=2", out),
         ("a", "Vault is initialised. Store each unseal key with a different custodian and revoke the root token after configuring auth.")] + V.pad("vault6", 2),
         [(S, "Vault unseal key %d" % (i + 1), k) for i, k in enumerate(keys_)] + [(S, "Vault initial root token", root)])

    # 7 AppRole: role_id (identifier) and secret_id (credential) in a deploy script; login output with a service token
    rid, sid, tok = V.uuid4(), V.uuid4(), vault_hvs()
    scr = ("#!/usr/bin/env bash\nset -euo pipefail\nexport VAULT_ADDR=https://vault.acme-platform.eu:8200\nROLE_ID=%s\nSECRET_ID=%s\n"
           "VAULT_TOKEN=$(vault write -field=token auth/approle/login role_id=\"$ROLE_ID\" secret_id=\"$SECRET_ID\")\nexport VAULT_TOKEN\n"
           "vault kv get -format=json kv/payments/prod > /run/payments/env.json\n" % (rid, sid))
    out = ("Key                     Value\n---                     -----\ntoken                   %s\ntoken_accessor          %s\ntoken_duration          20m\n"
           "token_renewable         true\ntoken_policies          [\"default\" \"payments-read\"]\nidentity_policies       []\npolicies                [\"default\" \"payments-read\"]\n"
           "token_meta_role_name    payments-deployer\n" % (tok, rs(24)))
    emit("p_vault_approle_script_and_login", next(sh), [("u", "The payments deploy fails with 'permission denied' on kv/payments/prod"), ("t", "read", "scripts/fetch-secrets.sh", scr),
         ("t", "bash", "vault write auth/approle/login role_id=%s secret_id=%s" % (rid, sid), out)] + V.pad("approle7", 3),
         [(S, "Vault AppRole secret_id", sid), (S, "Vault service token from AppRole login", tok)])

    # 8 Consul: acl bootstrap output, gossip encryption key, agent token in consul.hcl
    acc, sec, gk, agt = V.uuid4(), V.uuid4(), V.gossip(), V.uuid4()
    out = ("AccessorID:       %s\nSecretID:         %s\nDescription:      Bootstrap Token (Global Management)\nLocal:            false\n"
           "Create Time:      2025-11-20 14:02:11.184216377 +0100 CET\nPolicies:\n   00000000-0000-0000-0000-000000000001 - global-management\n" % (acc, sec))
    hcl = ('datacenter = "fra1"\ndata_dir   = "/opt/consul"\nencrypt    = "%s"\nretry_join = ["10.40.1.11", "10.40.1.12", "10.40.1.13"]\n\nacl {\n  enabled        = true\n'
           '  default_policy = "deny"\n  tokens {\n    agent = "%s"\n  }\n}\n\ntls {\n  defaults {\n    ca_file   = "/etc/consul.d/tls/consul-agent-ca.pem"\n    verify_incoming = true\n  }\n}\n' % (gk, agt))
    emit("p_consul_acl_bootstrap_gossip_agent_token", next(sh), [("u", "Consul clients in fra1 can't join; server config and the bootstrap output below"),
         ("t", "bash", "consul acl bootstrap", out), ("t", "read", "/etc/consul.d/consul.hcl", hcl)] + V.pad("consul8", 3),
         [(S, "Consul bootstrap SecretID", sec), (S, "Consul gossip encryption key", gk), (S, "Consul agent ACL token", agt)])

    # 9 Nomad: acl bootstrap + a job with a literal env password
    nsec, jpw = V.uuid4(), V.dbpw()
    out = ("Accessor ID  = %s\nSecret ID    = %s\nName         = Bootstrap Token\nType         = management\nGlobal       = true\nCreate Time  = 2025-11-20 14:20:33 +0000 UTC\n"
           "Expiry Time  = <none>\nCreate Index = 7\nModify Index = 7\nPolicies     = n/a\nRoles        = n/a\n" % (V.uuid4(), nsec))
    job = ('job "ledger" {\n  datacenters = ["fra1"]\n  type = "service"\n  group "api" {\n    count = 3\n    network { port "http" { to = 8080 } }\n'
           '    task "api" {\n      driver = "docker"\n      config { image = "registry.acme-platform.eu/ledger/api:2.14.0" ports = ["http"] }\n'
           '      env {\n        DB_HOST     = "ledger-db.service.consul"\n        DB_USER     = "ledger"\n        DB_PASSWORD = "%s"\n      }\n'
           '      resources { cpu = 500 memory = 512 }\n    }\n  }\n}\n' % jpw)
    emit("p_nomad_acl_bootstrap_job_env", next(sh), [("u", "Set up ACLs on the nomad cluster and check the ledger job"), ("t", "bash", "nomad acl bootstrap", out),
         ("t", "read", "jobs/ledger.nomad.hcl", job)] + V.pad("nomad9", 3), [(S, "Nomad bootstrap Secret ID", nsec), (S, "DB password in Nomad job env", jpw)])
