"""Theme 6 (hard negatives): the platform files of the positives with nothing to report - External Secrets and Vault
stores, SealedSecrets, SOPS-encrypted values with age recipients, Helm templates and existingSecret, Argo CD / Flux
references, vault status / policies / role_id, Nomad templates, GitHub Actions ${{ secrets.X }} and masked logs,
GitLab CI variables and [MASKED] logs, Jenkins encrypted credentials.xml, CircleCI / Buildkite references, Spring
Jasypt ENC() and env references, .NET Key Vault references and protected configuration."""
import base64
from gen_common import R, rs, rb, hexs, key, S, V7
from gen_sess import emit
import gen_vals as V
from gen_agent_ops import vault_blob


def b(n):
    return base64.b64encode(rb(n)).decode()


def enc(n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b(n), b(32), b(16))


def build():
    sh = iter(range(40, 200))
    pad = V.pad

    # n1 External Secrets Operator with a Vault store
    y = ("apiVersion: external-secrets.io/v1beta1\nkind: ClusterSecretStore\nmetadata:\n  name: vault-eu\nspec:\n  provider:\n    vault:\n      server: https://vault.acme-platform.eu:8200\n"
         "      path: kv\n      version: v2\n      auth:\n        kubernetes:\n          mountPath: kubernetes-eks-prod\n          role: external-secrets\n          serviceAccountRef:\n"
         "            name: external-secrets\n---\napiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: billing-api\n  namespace: billing\nspec:\n"
         "  refreshInterval: 1h\n  secretStoreRef:\n    kind: ClusterSecretStore\n    name: vault-eu\n  target:\n    name: billing-api\n    template:\n      data:\n"
         "        DATABASE_URL: \"postgres://billing_app:{{ .password }}@billing-pg.billing.svc:5432/billing?sslmode=require\"\n  data:\n    - secretKey: password\n"
         "      remoteRef:\n        key: billing/prod/db\n        property: password\n")
    emit("n_k8s_external_secret_vault_store", next(sh), [("u", "Replace our plain Secret for billing-api with an ExternalSecret"), ("t", "read", "deploy/billing/externalsecret.yaml", y),
         ("t", "bash", "kubectl -n billing get externalsecret billing-api", "NAME          STORE      REFRESH INTERVAL   STATUS         READY\nbilling-api   vault-eu   1h                 SecretSynced   True")] + pad("nes1", 3))

    # n2 SealedSecret + kubeseal certificate
    y = ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: ledger-db\n  namespace: ledger\nspec:\n  encryptedData:\n"
         + "".join("    %s: AgB%s\n" % (k_, b(R.randint(380, 520))) for k_ in ("DB_PASSWORD", "DB_USER", "REPLICATION_PASSWORD"))
         + "  template:\n    metadata:\n      name: ledger-db\n      namespace: ledger\n    type: Opaque\n")
    emit("n_sealed_secret_encrypted_data_cert", next(sh), [("u", "Is this SealedSecret scoped right for the ledger namespace?"), ("t", "read", "clusters/prod/ledger/sealed-db.yaml", y),
         ("t", "bash", "kubeseal --fetch-cert --controller-namespace kube-system", key("ingress_ca.crt"))] + pad("nes2", 3))

    # n3 SOPS-encrypted secrets with age and PGP recipients
    y = ("apiVersion: v1\nkind: Secret\nmetadata:\n    name: payments\n    namespace: payments\ntype: Opaque\nstringData:\n    STRIPE_SECRET_KEY: %s\n    DB_PASSWORD: %s\n"
         "    WEBHOOK_SECRET: %s\nsops:\n    kms: []\n    gcp_kms: []\n    azure_kv: []\n    hc_vault: []\n    age:\n        - recipient: %s\n          enc: |\n"
         "            -----BEGIN AGE ENCRYPTED FILE-----\n%s\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2025-11-19T16:02:44Z\"\n    mac: %s\n"
         "    pgp:\n        - created_at: \"2025-11-19T16:02:44Z\"\n          fp: %s\n    encrypted_regex: ^(data|stringData)$\n    version: 3.9.1\n"
         % (enc(40), enc(20), enc(38), V7.age_public(), "\n".join("            " + b(48)[:64] for _ in range(5)), enc(64), hexs(40).upper()))
    emit("n_sops_secret_age_pgp_recipients", next(sh), [("u", "Flux fails to decrypt payments secret: 'no key could decrypt the data key'"), ("t", "read", "clusters/prod/payments/secret.enc.yaml", y),
         ("t", "read", ".sops.yaml", "creation_rules:\n  - path_regex: clusters/prod/.*\\.enc\\.yaml$\n    encrypted_regex: ^(data|stringData)$\n    age: %s\n" % V7.age_public())] + pad("nes3", 3))

    # n4 Helm chart templates with existingSecret and b64enc of values
    tpl = ("{{- if not .Values.auth.existingSecret }}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include \"keycloak.fullname\" . }}\n  labels:\n"
           "    {{- include \"keycloak.labels\" . | nindent 4 }}\ntype: Opaque\ndata:\n  admin-password: {{ .Values.auth.adminPassword | default (randAlphaNum 24) | b64enc | quote }}\n"
           "  db-password: {{ required \"postgresql.auth.password is required\" .Values.postgresql.auth.password | b64enc | quote }}\n{{- end }}\n")
    vals = ("auth:\n  adminUser: admin\n  adminPassword: \"\"\n  existingSecret: keycloak-admin\n  passwordSecretKey: admin-password\npostgresql:\n  auth:\n    existingSecret: keycloak-db\n"
            "    secretKeys:\n      userPasswordKey: password\n")
    lock = ("dependencies:\n- name: postgresql\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 16.2.1\n- name: common\n  repository: oci://registry-1.docker.io/bitnamicharts\n"
            "  version: 2.27.0\ndigest: sha256:%s\ngenerated: \"2025-11-18T09:41:22.184117+01:00\"\n" % hexs(64))
    emit("n_helm_templates_existing_secret_chart_lock", next(sh), [("u", "Review the keycloak chart before we publish it"), ("t", "read", "charts/keycloak/templates/secret.yaml", tpl),
         ("t", "read", "charts/keycloak/values.yaml", vals + V.TO.helm_values("nes4", 3000)), ("t", "read", "charts/keycloak/Chart.lock", lock)] + pad("nes4", 2))

    # n5 Argo CD config and Flux resources with secret references
    y = ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argocd-cm\n  namespace: argocd\ndata:\n  url: https://argocd.acme-platform.eu\n  oidc.config: |\n    name: Keycloak\n"
         "    issuer: https://sso.acme-platform.eu/realms/platform\n    clientID: argocd\n    clientSecret: $oidc.keycloak.clientSecret\n    requestedScopes: [\"openid\", \"profile\", \"email\", \"groups\"]\n"
         "---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./clusters/prod/apps\n"
         "  prune: true\n  sourceRef:\n    kind: GitRepository\n    name: fleet\n  decryption:\n    provider: sops\n    secretRef:\n      name: sops-age\n---\napiVersion: helm.toolkit.fluxcd.io/v2\n"
         "kind: HelmRelease\nmetadata:\n  name: grafana\n  namespace: monitoring\nspec:\n  chart:\n    spec:\n      chart: grafana\n      version: 8.6.x\n  valuesFrom:\n"
         "    - kind: Secret\n      name: grafana-admin\n      valuesKey: admin-password\n      targetPath: adminPassword\n")
    emit("n_argocd_cm_flux_secret_refs", next(sh), [("u", "Explain how secrets flow into argocd and grafana here"), ("t", "read", "clusters/prod/platform.yaml", y)] + pad("nes5", 3))

    # n6 vault status, a policy and an AppRole role_id (an identifier, not a credential)
    st = ("Key                     Value\n---                     -----\nRecovery Seal Type      n/a\nSeal Type               shamir\nInitialized             true\nSealed                  true\n"
          "Total Shares            3\nThreshold               2\nUnseal Progress         0/2\nUnseal Nonce            n/a\nVersion                 1.18.2\nBuild Date              2025-11-12T09:10:44Z\n"
          "Storage Type            raft\nHA Enabled              true\n")
    pol = ('path "kv/data/payments/prod" {\n  capabilities = ["read"]\n}\npath "kv/metadata/payments/*" {\n  capabilities = ["list"]\n}\npath "auth/token/renew-self" {\n  capabilities = ["update"]\n}\n')
    emit("n_vault_status_policy_role_id", next(sh), [("u", "vault-2 came back sealed after the node drain; what do I do?"), ("t", "bash", "kubectl -n vault exec vault-2 -- vault status", st),
         ("t", "read", "vault/policies/payments-read.hcl", pol), ("t", "bash", "vault read auth/approle/role/payments-deployer/role-id",
          "Key        Value\n---        -----\nrole_id    %s" % V.uuid4())] + pad("nes6", 3))

    # n7 Nomad template stanza reading Vault, consul members
    job = ('job "ledger" {\n  group "api" {\n    task "api" {\n      vault {\n        role = "ledger"\n      }\n      template {\n        data = <<EOH\n'
           '{{ with secret "kv/data/ledger/prod" }}\nDB_PASSWORD={{ .Data.data.password }}\nSTRIPE_KEY={{ .Data.data.stripe_key }}\n{{ end }}\nDB_HOST={{ key "ledger/db_host" }}\nEOH\n'
           '        destination = "secrets/app.env"\n        env         = true\n      }\n    }\n  }\n}\n')
    mem = "Node            Address           Status  Type    Build   Protocol  DC    Partition  Segment\n" + "".join(
        "%-15s 10.40.1.%d:8301  alive   %s  1.20.1  2         fra1  default    <all>\n" % ("consul-%d" % i if i < 4 else "nomad-client-%d" % i, 10 + i, "server" if i < 4 else "client") for i in range(1, 9))
    emit("n_nomad_template_vault_consul_members", next(sh), [("u", "Switch the ledger job from env literals to Vault"), ("t", "read", "jobs/ledger.nomad.hcl", job),
         ("t", "bash", "consul members", mem)] + pad("nes7", 3))

    # n8 GitHub Actions with ${{ secrets.X }}, OIDC, and a masked log
    wf = ("name: deploy\non:\n  workflow_dispatch:\npermissions:\n  id-token: write\n  contents: read\njobs:\n  deploy:\n    runs-on: ubuntu-24.04\n    environment: production\n    steps:\n"
          "      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::%d:role/gha-deploy\n"
          "          aws-region: eu-central-1\n      - run: echo \"${{ secrets.REGISTRY_PASSWORD }}\" | docker login ghcr.io -u ${{ github.actor }} --password-stdin\n"
          "      - run: helm upgrade --install api charts/api --set image.tag=${{ github.sha }}\n        env:\n          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}\n" % R.randint(10 ** 11, 10 ** 12 - 1))
    log = V.TO.ci_log("nes8", 8000, ["##[group]Run echo \"***\" | docker login ghcr.io -u octo-deployer --password-stdin", "Login Succeeded", "##[endgroup]",
                                      "  SLACK_WEBHOOK_URL: ***", "Assuming role with OIDC: arn:aws:sts::%d:assumed-role/gha-deploy/GitHubActions" % R.randint(10 ** 11, 10 ** 12 - 1)])
    emit("n_gha_secrets_refs_oidc_masked_log", next(sh), [("u", "Deploy worked but the Slack step printed nothing"), ("t", "read", ".github/workflows/deploy.yml", wf),
         ("t", "bash", "gh run view --log --job 3311", log)] + pad("nes8", 2))

    # n9 GitLab CI with Vault secrets:, id_tokens, and a [MASKED] log
    gl = ("stages: [build, deploy]\nvariables:\n  DOCKER_TLS_CERTDIR: \"/certs\"\nbuild:\n  stage: build\n  image: docker:27\n  services: [docker:27-dind]\n  script:\n"
          "    - echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"\n    - docker build -t \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA\" .\n"
          "deploy:\n  stage: deploy\n  id_tokens:\n    VAULT_ID_TOKEN:\n      aud: https://vault.acme-platform.eu\n  secrets:\n    DATABASE_PASSWORD:\n"
          "      vault: production/db/password@ops\n      file: false\n  script:\n    - ./deploy.sh --db-password \"$DATABASE_PASSWORD\"\n")
    log = ("Running with gitlab-runner 17.5.3 (12030cf4)\n  on platform-runner-3 t3_x91Ck, system ID: s_%s\nResolving secrets\nResolving secret \"DATABASE_PASSWORD\"...\n"
           "Using \"vault\" secret resolver...\n$ ./deploy.sh --db-password \"$DATABASE_PASSWORD\"\nconnecting to postgres://deploy:[MASKED]@pg-prod.internal:5432/app\nmigrations: 0 pending\n"
           "Job succeeded\n" % hexs(12))
    emit("n_gitlab_ci_vault_secrets_masked_log", next(sh), [("u", "Is our GitLab→Vault JWT setup right?"), ("t", "read", ".gitlab-ci.yml", gl), ("t", "bash", "glab ci trace 88123", log)] + pad("nes9", 3))

    # n10 Jenkins credentials.xml (encrypted) and withCredentials
    cx = ("<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@1389.vd7a_b_f5fa_50a_2\">\n  <domainCredentialsMap class=\"hudson.util.CopyOnWriteMap$Hash\">\n"
          "    <entry>\n      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>\n      <java.util.concurrent.CopyOnWriteArrayList>\n"
          + "".join("        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <scope>GLOBAL</scope>\n          <id>%s</id>\n          <username>%s</username>\n"
                    "          <password>{AQAAABAAAAAQ%s}</password>\n        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n" % (i, u, b(48)) for i, u in (("nexus-deploy", "nexus-deployer"), ("jira-bot", "jira-automation")))
          + "      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n")
    jf = ("pipeline {\n  agent { label 'linux' }\n  stages {\n    stage('Publish') {\n      steps {\n        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {\n"
          "          sh './mvnw -s ci/settings.xml deploy -Dnexus.user=$NEXUS_USER -Dnexus.password=$NEXUS_PASS'\n        }\n      }\n    }\n  }\n}\n")
    emit("n_jenkins_credentials_xml_encrypted", next(sh), [("u", "Migrate these Jenkins credentials to JCasC references"), ("t", "bash", "cat $JENKINS_HOME/credentials.xml", cx),
         ("t", "read", "Jenkinsfile", jf)] + pad("nes10", 3))
