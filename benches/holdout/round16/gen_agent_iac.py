"""Theme 1 (agent positives): infrastructure-as-code and platform engineering - a terraform.tfstate with
random_password / azuread SP password / google_service_account_key, Pulumi plain config and a --show-secrets export,
Helm value overrides (Keycloak, PostgreSQL, Harbor, GitLab runner), ArgoCD / Flux repository credentials, a Crossplane
provider secret, `az ad sp create-for-rbac`, `aws iam create-access-key` / `list-access-keys`, doctl and heroku
config, Fly.io tokens and `fly secrets set`, a gcloud access token, a CDK SecretValue.unsafePlainText literal."""
import json
from gen_common import key, S, K, R, rs, hexs, DIG, LO, V13
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    rp, sp = V.pw(24), V.entra_secret()
    pem = key("gcp_sa.pem").strip() + "\n"
    pid = "logistik-plattform-%d" % R.randint(100, 999)
    sa = json.dumps({"type": "service_account", "project_id": pid, "private_key_id": hexs(40), "private_key": pem,
                     "client_email": "tf-exporter@%s.iam.gserviceaccount.com" % pid, "client_id": rs(21, DIG),
                     "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}, indent=2)
    sa64 = V.b64(sa.encode())
    st = {"version": 4, "terraform_version": "1.9.5", "serial": 88, "lineage": V.guid(), "outputs": {"sp_app_id": {"value": V.guid(), "type": "string"}},
          "resources": [
              {"mode": "managed", "type": "random_password", "name": "grafana_admin", "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
               "instances": [{"schema_version": 3, "attributes": {"id": "none", "length": 24, "special": True, "override_special": "!#%&*-_=+",
                                                                  "result": rp, "bcrypt_hash": V15bcrypt()}, "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}]},
              {"mode": "managed", "type": "azuread_service_principal_password", "name": "ci", "provider": "provider[\"registry.terraform.io/hashicorp/azuread\"]",
               "instances": [{"schema_version": 1, "attributes": {"id": "%s/password/%s" % (V.guid(), V.guid()), "display_name": "terraform-ci",
                                                                  "key_id": V.guid(), "end_date": "2026-11-20T09:12:00Z", "value": sp}}]},
              {"mode": "managed", "type": "google_service_account_key", "name": "exporter", "provider": "provider[\"registry.terraform.io/hashicorp/google\"]",
               "instances": [{"schema_version": 0, "attributes": {"id": "projects/%s/serviceAccounts/tf-exporter@%s.iam.gserviceaccount.com/keys/%s" % (pid, pid, hexs(40)),
                                                                  "key_algorithm": "KEY_ALG_RSA_2048", "private_key": sa64, "private_key_type": "TYPE_GOOGLE_CREDENTIALS_FILE",
                                                                  "public_key_type": "TYPE_X509_PEM_FILE", "valid_after": "2025-10-01T08:00:00Z"}}]}]}
    emit("p_agent_tfstate_random_password_sp_gcp_key", SH.cc, [("u", "terraform wants to replace the grafana password and the SP secret on every plan. Why?"),
         ("t", "bash", "terraform state pull | jq '.resources[] | select(.type|test(\"password|key\"))' -s", json.dumps(st, indent=2)),
         ("a", "random_password has `keepers` missing in the module; the SP password has no rotation trigger pinned.")] + V.pad("tfst", 2),
         [(S, "random_password result in tfstate", rp), (S, "azuread SP password value in tfstate", sp),
          ("private_key|secret", "google_service_account_key private_key (base64 key file) in tfstate", sa64)])

    gp, sm = V.pw(18), V.pw(16)
    yml = ("config:\n  aws:region: eu-central-1\n  plattform:grafanaAdminPassword: %s\n  plattform:smtpPassword: %s\n  plattform:dbPassword:\n"
           "    secure: %s\n  plattform:clusterName: lager-prod\n" % (gp, sm, V.pulumi_secure()))
    emit("p_agent_pulumi_stack_plain_config", SH.oai_chat, [("u", "pulumi up on prod shows the grafana password in the diff, why isn't it masked?"),
         ("t", "read", "infra/Pulumi.prod.yaml", yml), ("a", "Two values were set without --secret; run `pulumi config set --secret` for both.")] + V.pad("pulcfg", 1),
         [(S, "Pulumi plain config grafanaAdminPassword", gp), (S, "Pulumi plain config smtpPassword", sm)])

    dp, rk = V.pw(22), V.pw(20)
    exp = {"version": 3, "deployment": {"manifest": {"time": "2025-11-20T10:11:12Z", "version": "v3.138.0"}, "resources": [
        {"urn": "urn:pulumi:prod::plattform::aws:rds/instance:Instance::orders", "type": "aws:rds/instance:Instance",
         "inputs": {"engine": "postgres", "username": "orders", "password": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", "plaintext": json.dumps(dp)}},
         "outputs": {"address": "orders.c%s.eu-central-1.rds.amazonaws.com" % rs(11, LO + DIG)}},
        {"urn": "urn:pulumi:prod::plattform::aws:elasticache/replicationGroup:ReplicationGroup::cache", "type": "aws:elasticache/replicationGroup:ReplicationGroup",
         "inputs": {"authToken": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", "plaintext": json.dumps(rk)}, "transitEncryptionEnabled": True}}]}}
    emit("p_agent_pulumi_export_show_secrets", SH.gemini, [("u", "I need to move the orders DB to a new stack; here's the export"),
         ("t", "bash", "pulumi stack export --show-secrets --stack prod | jq '{version, deployment: {manifest: .deployment.manifest, resources: [.deployment.resources[] | select(.type|test(\"rds|elasticache\"))]}}'",
          json.dumps(exp, indent=2)), ("a", "Import both with `pulumi import`; never commit this export, it has plaintext secrets.")],
         [(S, "RDS password in a Pulumi --show-secrets export", dp), (S, "ElastiCache auth token in a Pulumi export", rk)])

    ka, pg, hb, hs, rt = V.keycloak_pw(), V.pw(18), V.pw(16), V.harbor_secret(), V.glrt()
    vals = ("keycloak:\n  auth:\n    adminUser: admin\n    adminPassword: \"%s\"\n  postgresql:\n    auth:\n      username: keycloak\n      password: %s\n"
            "harbor:\n  externalURL: https://registry.lager-nord.de\n  harborAdminPassword: \"%s\"\n  secretKey: \"%s\"\n"
            "gitlab-runner:\n  gitlabUrl: https://gitlab.lager-nord.de/\n  runnerToken: \"%s\"\n  rbac:\n    create: true\n" % (ka, pg, hb, hs, rt))
    emit("p_agent_helm_values_prod_overrides", SH.converse, [("u", "helmfile sync fails on the harbor release: 'secretKey must be 16 chars'. Check our overrides"),
         ("t", "read", "environments/prod/values-platform.yaml", vals), ("a", "secretKey is 16 characters; the error is from the chart's old template. Bump the chart.")] + V.pad("helmv", 1),
         [(S, "Keycloak admin password (Helm values)", ka), (S, "Keycloak PostgreSQL password (Helm values)", pg), (S, "Harbor admin password (Helm values)", hb),
          (S, "Harbor secretKey (Helm values)", hs), (S, "GitLab runner token (Helm values)", rt)])

    gh, dt = V.ghp(), "gldt-" + rs(20, V.B64U)
    argo = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: repo-creds-platform\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repo-creds\n"
            "stringData:\n  type: git\n  url: https://github.com/lager-nord\n  username: argocd-bot\n  password: %s\n" % gh)
    flux = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: fleet-infra-auth\n  namespace: flux-system\ntype: Opaque\nstringData:\n  username: gitlab+deploy-token-41\n"
            "  password: %s\n---\napiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: fleet-infra\n  namespace: flux-system\nspec:\n"
            "  interval: 1m\n  url: https://gitlab.lager-nord.de/platform/fleet-infra.git\n  secretRef:\n    name: fleet-infra-auth\n" % dt)
    emit("p_agent_argocd_flux_repo_creds", SH.oai_resp, [("u", "ArgoCD and Flux both say 'authentication required' since Monday, here are the secrets"),
         ("t", "read", "bootstrap/argocd/repo-creds.yaml", argo), ("t", "read", "clusters/lager-prod/flux-system/git-auth.yaml", flux),
         ("a", "The GitHub token belongs to a user who left; use a GitHub App. The deploy token expired.")],
         [(S, "GitHub PAT in ArgoCD repo-creds", gh), (S, "GitLab deploy token in a Flux git secret", dt)])

    (ai, asec), cs = V.aws_pair(), V.entra_secret()
    sub, ten, cid = V.guid(), V.guid(), V.guid()
    xp = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\n  namespace: crossplane-system\ntype: Opaque\nstringData:\n  creds: |\n    [default]\n"
          "    aws_access_key_id = %s\n    aws_secret_access_key = %s\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: azure-creds\n  namespace: crossplane-system\n"
          "stringData:\n  credentials: |\n    {\n      \"clientId\": \"%s\",\n      \"clientSecret\": \"%s\",\n      \"subscriptionId\": \"%s\",\n      \"tenantId\": \"%s\"\n    }\n"
          % (ai, asec, cid, cs, sub, ten))
    emit("p_agent_crossplane_provider_secrets", SH.bedrock_claude, [("u", "Crossplane managed resources stay SYNCED=False on both providers"),
         ("t", "bash", "kubectl get secret -n crossplane-system -o yaml aws-creds azure-creds | yq '.items[].stringData' ; cat crossplane/provider-secrets.yaml", xp),
         ("a", "The ProviderConfig points to key `credentials` but the AWS secret uses `creds`.")] + V.pad("xplane", 1),
         [(S, "AWS access key id (Crossplane secret)", ai), (S, "AWS secret access key (Crossplane secret)", asec), (S, "Azure client secret (Crossplane secret)", cs)])

    pw_ = V.entra_secret()
    out = json.dumps({"appId": V.guid(), "displayName": "gh-actions-lager-deploy", "password": pw_, "tenant": V.guid()}, indent=2)
    emit("p_agent_az_sp_create_for_rbac_output", SH.cc, [("u", "Set up the GitHub deploy identity for the lager subscription"),
         ("t", "bash", "az ad sp create-for-rbac --name gh-actions-lager-deploy --role contributor --scopes /subscriptions/%s/resourceGroups/rg-lager-prod" % V.guid(),
          "Creating 'contributor' role assignment under scope '/subscriptions/...'\nThe output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.\n" + out),
         ("a", "Better: federated credentials (OIDC) instead of a client secret.")],
         [(S, "Entra SP password (create-for-rbac)", pw_)])

    (ni, ns), oi = V.aws_pair(), V.aws_pair()[0]
    ck = json.dumps({"AccessKey": {"UserName": "ota-uploader", "AccessKeyId": ni, "Status": "Active", "SecretAccessKey": ns, "CreateDate": "2025-11-20T09:41:07+00:00"}}, indent=4)
    lk = json.dumps({"AccessKeyMetadata": [{"UserName": "ota-uploader", "AccessKeyId": oi, "Status": "Active", "CreateDate": "2023-02-11T13:02:44+00:00"},
                                           {"UserName": "ota-uploader", "AccessKeyId": ni, "Status": "Active", "CreateDate": "2025-11-20T09:41:07+00:00"}]}, indent=4)
    emit("p_agent_aws_create_and_list_access_keys", SH.oai_chat, [("u", "Rotate the OTA uploader's key and deactivate the old one"),
         ("t", "bash", "aws iam create-access-key --user-name ota-uploader", ck), ("t", "bash", "aws iam list-access-keys --user-name ota-uploader", lk),
         ("a", "Now `aws iam update-access-key --status Inactive` on the 2023 key after the pipeline has the new one.")],
         [(S, "AWS access key id (new)", ni), (S, "AWS secret access key (create-access-key)", ns), (S, "AWS access key id (old, listed)", oi)])

    do, dbp, rp2, sg = V.do_token(), V.pw(20), V.pw(24), V.sendgrid()
    cfg = "access-token: %s\ncontext: default\noutput: text\n" % do
    hk = ("=== shop-api Config Vars\nDATABASE_URL:     postgres://u%s:%s@ec2-3-121-%d-%d.eu-central-1.compute.amazonaws.com:5432/d%s\nNODE_ENV:         production\n"
          "REDIS_URL:        rediss://:%s@ec2-52-58-%d-%d.eu-central-1.compute.amazonaws.com:24180\nSENDGRID_API_KEY: %s\nWEB_CONCURRENCY:  2\n"
          % (rs(12, LO + DIG), dbp, R.randint(1, 250), R.randint(1, 250), rs(13, LO + DIG), rp2, R.randint(1, 250), R.randint(1, 250), sg))
    emit("p_agent_doctl_config_heroku_config", SH.gemini, [("u", "We're moving shop-api from Heroku to DigitalOcean App Platform; collect what we need"),
         ("t", "bash", "cat ~/.config/doctl/config.yaml", cfg), ("t", "bash", "heroku config -a shop-api", hk),
         ("a", "Create the managed Postgres first, then set the env vars in the app spec as SECRET type.")] + V.pad("doheroku", 1),
         [(S, "DigitalOcean token (doctl config)", do), (S, "Heroku DATABASE_URL password", dbp), (S, "Heroku REDIS_URL password", rp2), (S, "SendGrid API key (heroku config)", sg)])

    ft, fp = V.fly_token(), V.pw(20)
    hist = ("  501  fly tokens create deploy -x 8760h -a sensor-ingest\n%s\n  502  fly secrets set -a sensor-ingest DATABASE_URL=postgres://ingest:%s@sensor-db.flycast:5432/ingest\n"
            "  503  fly deploy --remote-only\n" % (ft, fp))
    emit("p_agent_fly_token_and_secrets_set", SH.converse, [("u", "GitHub deploys to Fly stopped; what did I run last week?"),
         ("t", "bash", "history | grep -A1 'fly '", hist), ("a", "The deploy token was created for sensor-ingest only; the workflow deploys sensor-api too.")],
         [(S, "Fly.io deploy token", ft), (S, "Postgres password in fly secrets set", fp)])

    at = V.ya29()
    emit("p_agent_gcloud_access_token_curl", SH.oai_resp, [("u", "The Cloud Run job can't read the bucket; debugging with a token"),
         ("t", "bash", "gcloud auth print-access-token", at),
         ("t", "bash", "curl -s -H 'Authorization: Bearer %s' https://storage.googleapis.com/storage/v1/b/lager-exports/o?maxResults=2" % at,
          '{\n  "error": {\n    "code": 403,\n    "message": "ci-runner@%s.iam.gserviceaccount.com does not have storage.objects.list access"\n  }\n}' % pid),
         ("a", "Grant roles/storage.objectViewer on the bucket to the job's service account.")],
         [(S, "Google OAuth access token (gcloud print-access-token)", at)])

    cp = V.pw(20)
    ts = ("import * as cdk from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n\nexport class DataStack extends cdk.Stack {\n"
          "  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {\n    super(scope, id, props);\n    new rds.DatabaseInstance(this, 'Telemetry', {\n"
          "      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),\n"
          "      credentials: rds.Credentials.fromPassword('telemetry', cdk.SecretValue.unsafePlainText('%s')),\n      vpc: props!.vpc,\n    });\n  }\n}\n" % cp)
    emit("p_agent_cdk_unsafe_plaintext_password", SH.cc, [("u", "cdk-nag complains about AwsSolutions-SMG4 in the data stack"),
         ("t", "read", "lib/data-stack.ts", ts), ("a", "Use Credentials.fromGeneratedSecret('telemetry') so the password lives in Secrets Manager.")] + V.pad("cdkpw", 1),
         [(S, "RDS password in CDK SecretValue.unsafePlainText", cp)])


def V15bcrypt():
    from gen_common import V15
    return V15.bcrypt(10)
