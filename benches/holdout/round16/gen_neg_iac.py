"""Theme 4 (hard negatives, IaC and platform): a terraform plan with (sensitive value), `terraform output` with
<sensitive>, .terraform.lock.hcl hashes, Pulumi.prod.yaml with `secure:` ciphertext and encryptionsalt, a SOPS-encrypted
values file, a SealedSecret and an ExternalSecret, Helm templates with {{ .Values.x }}, cdk.context.json lookups,
`aws sts get-caller-identity` / `az ad sp credential list` (hints) / `gcloud iam service-accounts keys list`,
`fly secrets list` digests, ArgoCD Applications, a Crossplane ProviderConfig with secretRef, Vault agent templates,
a tfvars example with dummies, a GitHub Actions OIDC workflow, a local docker-compose with the documented Keycloak
dev default admin/admin."""
import json
from gen_common import R, rs, hexs, DIG, LO, UP
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    plan = ("Terraform will perform the following actions:\n\n  # aws_db_instance.orders will be updated in-place\n  ~ resource \"aws_db_instance\" \"orders\" {\n"
            "        id                 = \"db-%s\"\n      ~ password           = (sensitive value)\n        username           = \"orders\"\n"
            "      ~ tags               = {\n          + \"cost-center\" = \"4711\"\n        }\n    }\n\n  # random_password.grafana_admin must be replaced\n"
            "-/+ resource \"random_password\" \"grafana_admin\" {\n      ~ bcrypt_hash = (sensitive value)\n      ~ result      = (sensitive value)\n      ~ keepers = { # forces replacement\n"
            "          ~ \"rotation\" = \"2025-05\" -> \"2025-11\"\n        }\n    }\n\n  # azuread_service_principal_password.ci will be created\n"
            "  + resource \"azuread_service_principal_password\" \"ci\" {\n      + key_id = (known after apply)\n      + value  = (sensitive value)\n    }\n\n"
            "Plan: 1 to add, 1 to change, 1 to destroy.\n\nChanges to Outputs:\n  ~ grafana_admin_password = (sensitive value)\n" % rs(26, UP + DIG))
    emit("n_agent_terraform_plan_sensitive_values", SH.cc, [("u", "Why does the plan replace the grafana password?"), ("t", "bash", "terraform plan -no-color", plan),
         ("a", "The keepers map changed (rotation month), which forces a new password. Intended monthly rotation.")] + V.pad("negplan", 2))

    h1, zh = V.tf_lock_hash()
    lock = "".join('provider "registry.terraform.io/hashicorp/%s" {\n  version     = "%s"\n  constraints = "~> %s"\n  hashes = [\n    "%s",\n    "%s",\n    "%s",\n  ]\n}\n\n'
                   % (p, v, v[:3], V.tf_lock_hash()[0], V.tf_lock_hash()[1], V.tf_lock_hash()[1]) for p, v in [("aws", "5.74.0"), ("random", "3.6.3"), ("azuread", "3.0.2")])
    outp = "db_endpoint = \"orders.c%s.eu-central-1.rds.amazonaws.com\"\ngrafana_admin_password = <sensitive>\nsp_client_secret = <sensitive>\nvpc_id = \"vpc-%s\"\n" % (rs(11, LO + DIG), hexs(17))
    emit("n_agent_tf_lock_hashes_and_sensitive_outputs", SH.oai_chat, [("u", "CI says the lock file has no hash for linux_arm64"), ("t", "read", ".terraform.lock.hcl", lock),
         ("t", "bash", "terraform output", outp), ("a", "Run `terraform providers lock -platform=linux_arm64 -platform=linux_amd64`.")])

    yml = ("encryptionsalt: %s\nconfig:\n  aws:region: eu-central-1\n  plattform:clusterName: lager-prod\n  plattform:grafanaAdminPassword:\n    secure: %s\n"
           "  plattform:smtpPassword:\n    secure: %s\n  plattform:dbPassword:\n    secure: %s\n  plattform:replicas: \"3\"\n" % (V.pulumi_salt(), V.pulumi_secure(), V.pulumi_secure(), V.pulumi_secure()))
    emit("n_agent_pulumi_yaml_secure_values", SH.gemini, [("u", "Can a teammate decrypt these with their own passphrase?"), ("t", "read", "infra/Pulumi.prod.yaml", yml),
         ("a", "No: the values are encrypted with the stack's passphrase-derived key (encryptionsalt). Share via `pulumi config --show-secrets` only in a secure channel.")])

    sp = ("postgresql:\n    auth:\n        username: keycloak\n        password: %s\n        postgresPassword: %s\nkeycloak:\n    adminPassword: %s\n"
          "sops:\n    kms: []\n    age:\n        - recipient: %s\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            %s\n            %s\n            -----END AGE ENCRYPTED FILE-----\n"
          "    lastmodified: \"2025-11-18T08:14:02Z\"\n    mac: %s\n    unencrypted_suffix: _unencrypted\n    version: 3.9.1\n"
          % (V.sops(), V.sops(), V.sops(), V.age_recipient(), V.b64(V.rb(48)), V.b64(V.rb(40)), V.sops(64)))
    emit("n_agent_sops_encrypted_helm_values", SH.converse, [("u", "helm secrets upgrade fails: 'Failed to get the data key'"), ("t", "read", "environments/prod/secrets.enc.yaml", sp),
         ("a", "Your age key is not among the recipients; ask someone listed to run `sops updatekeys`.")] + V.pad("negsops", 1))

    ss = ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: harbor-admin\n  namespace: harbor\nspec:\n  encryptedData:\n    HARBOR_ADMIN_PASSWORD: %s\n"
          "    secretKey: %s\n---\napiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: keycloak-db\nspec:\n  refreshInterval: 1h\n"
          "  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: password\n      remoteRef:\n        key: prod/keycloak/db\n        property: password\n"
          % (V.sealed(), V.sealed()))
    emit("n_agent_sealed_and_external_secrets", SH.oai_resp, [("u", "Which of these can I commit?"), ("t", "read", "apps/harbor/secrets.yaml", ss),
         ("a", "Both: the SealedSecret is encrypted for the cluster's controller key and the ExternalSecret only references AWS Secrets Manager.")])

    tpl = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include \"keycloak.fullname\" . }}\ntype: Opaque\ndata:\n"
           "  admin-password: {{ required \"auth.adminPassword is required\" .Values.auth.adminPassword | b64enc | quote }}\n"
           "  db-password: {{ .Values.postgresql.auth.password | default (randAlphaNum 24) | b64enc | quote }}\n"
           "{{- if .Values.smtp.enabled }}\n  smtp-password: {{ .Values.smtp.password | b64enc | quote }}\n{{- end }}\n")
    vals = ("auth:\n  adminUser: admin\n  adminPassword: \"\"\n  existingSecret: \"\"\npostgresql:\n  auth:\n    password: \"\"\n    existingSecret: keycloak-db\nsmtp:\n  enabled: false\n  password: \"\"\n")
    emit("n_agent_helm_templates_values_refs", SH.bedrock_claude, [("u", "Why does helm template fail without values?"), ("t", "read", "charts/keycloak/templates/secret.yaml", tpl),
         ("t", "read", "charts/keycloak/values.yaml", vals), ("a", "`required` stops rendering when auth.adminPassword is empty; pass --set or use existingSecret.")] + V.pad("neghelm", 1))

    acct = V.aws_account()
    ctx = {"availability-zones:account=%s:region=eu-central-1" % acct: ["eu-central-1a", "eu-central-1b", "eu-central-1c"],
           "vpc-provider:account=%s:filter.vpc-id=vpc-%s:region=eu-central-1:returnAsymmetricSubnets=true" % (acct, hexs(17)): {
               "vpcId": "vpc-" + hexs(17), "vpcCidrBlock": "10.40.0.0/16", "ownerAccountId": acct,
               "subnetGroups": [{"name": n, "type": t, "subnets": [{"subnetId": "subnet-" + hexs(17), "cidr": "10.40.%d.0/20" % (16 * i), "availabilityZone": "eu-central-1" + "abc"[i],
                                                                   "routeTableId": "rtb-" + hexs(17)} for i in range(3)]} for n, t in [("Private", "Private"), ("Public", "Public")]]},
           "hosted-zone:account=%s:domainName=lager-nord.de:region=eu-central-1" % acct: {"Id": "/hostedzone/Z" + rs(20, UP + DIG), "Name": "lager-nord.de."},
           "ami:account=%s:filters.image-type.0=machine:filters.name.0=al2023-ami-*:region=eu-central-1" % acct: "ami-" + hexs(17)}
    emit("n_agent_cdk_context_lookups", SH.cc, [("u", "Is cdk.context.json safe to commit?"), ("t", "read", "cdk.context.json", json.dumps(ctx, indent=2)),
         ("a", "Yes, CDK recommends committing it: it only caches lookups (VPC, subnets, AMIs, zones).")])

    cid = json.dumps({"UserId": "AIDA" + rs(17, UP + DIG), "Account": acct, "Arn": "arn:aws:iam::%s:user/ota-uploader" % acct}, indent=4)
    es = V.entra_secret()
    azl = json.dumps([{"customKeyIdentifier": None, "displayName": "terraform-ci", "endDateTime": "2026-11-20T09:12:00Z", "hint": V.entra_hint(es), "keyId": V.guid(),
                       "secretText": None, "startDateTime": "2025-11-20T09:12:00Z"}], indent=2)
    gk = "KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED\n" + "".join(
        "%s  2025-%02d-0%dT08:00:00Z  9999-12-31T23:59:59Z  False\n" % (hexs(40), m, m % 9 + 1) for m in (3, 7, 10))
    emit("n_agent_identity_listings_no_secrets", SH.gemini, [("u", "Audit which long-lived credentials exist for the deploy identities"),
         ("t", "bash", "aws sts get-caller-identity", cid), ("t", "bash", "az ad sp credential list --id %s" % V.guid(), azl),
         ("t", "bash", "gcloud iam service-accounts keys list --iam-account tf-exporter@logistik-plattform-311.iam.gserviceaccount.com --managed-by user", gk),
         ("a", "One Entra secret (expires 2026) and three user-managed GCP keys; delete the two older ones.")] + V.pad("negids", 1))

    fl = "NAME                  DIGEST              CREATED AT\n" + "".join("%-21s %s    %s\n" % (n, hexs(16), d) for n, d in
                                                                         [("DATABASE_URL", "3w ago"), ("STRIPE_SECRET_KEY", "3w ago"), ("SENTRY_DSN", "2mo ago"), ("MQTT_PASSWORD", "5d ago")])
    emit("n_agent_fly_secrets_list_digests", SH.oai_chat, [("u", "Did the MQTT password get deployed to sensor-ingest?"), ("t", "bash", "fly secrets list -a sensor-ingest", fl),
         ("a", "Yes, MQTT_PASSWORD was set 5 days ago; the digest changed, so the machines restarted with it.")] + V.pad("negfly", 1))

    app = ("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: harbor\n  namespace: argocd\nspec:\n  project: platform\n  source:\n"
           "    repoURL: https://github.com/lager-nord/platform-apps.git\n    targetRevision: main\n    path: apps/harbor\n  destination:\n    server: https://kubernetes.default.svc\n"
           "    namespace: harbor\n  syncPolicy:\n    automated: { prune: true, selfHeal: true }\n")
    rl = ("TYPE  NAME  REPO                                                INSECURE  OCI    LFS    CREDS  STATUS      MESSAGE\ngit         https://github.com/lager-nord/platform-apps.git  false     false  false  true   Successful\n"
          "helm  bitnami  https://charts.bitnami.com/bitnami               false     false  false  false  Successful\n")
    pc = ("apiVersion: aws.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  credentials:\n    source: Secret\n    secretRef:\n"
          "      namespace: crossplane-system\n      name: aws-creds\n      key: credentials\n")
    emit("n_agent_argocd_app_crossplane_providerconfig", SH.converse, [("u", "Review the GitOps manifests before the audit"), ("t", "read", "apps/harbor/application.yaml", app),
         ("t", "bash", "argocd repo list", rl), ("t", "read", "crossplane/providerconfig.yaml", pc), ("a", "No credential is in these files; all reference secrets.")] + V.pad("negargo", 1))

    va = ('template {\n  destination = "/etc/ingest/db.env"\n  contents = <<EOT\n{{ with secret "database/creds/ingest" }}\nDB_USER={{ .Data.username }}\n'
          'DB_PASSWORD={{ .Data.password }}\n{{ end }}\n{{ with secret "kv/data/ingest/mqtt" }}MQTT_PASSWORD={{ .Data.data.password }}{{ end }}\nEOT\n}\n')
    tfv = ('# copy to terraform.tfvars and fill in\ndb_password        = "changeme"\ngrafana_admin_pass = "<your-grafana-password>"\n'
           'cloudflare_api_token = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\naws_access_key_id     = "AKIAIOSFODNN7EXAMPLE"\n')
    emit("n_agent_vault_agent_template_tfvars_example", SH.oai_resp, [("u", "Document how secrets reach the ingest VMs"), ("t", "read", "deploy/vault-agent.hcl", va),
         ("t", "read", "terraform.tfvars.example", tfv), ("a", "Vault agent renders dynamic DB credentials; the tfvars example only has dummies.")])

    gha = ("name: deploy\non:\n  push:\n    branches: [main]\npermissions:\n  id-token: write\n  contents: read\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
           "      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::%s:role/gh-deploy\n"
           "          aws-region: eu-central-1\n      - uses: azure/login@v2\n        with:\n          client-id: ${{ secrets.AZURE_CLIENT_ID }}\n          tenant-id: ${{ secrets.AZURE_TENANT_ID }}\n"
           "          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}\n      - run: npx cdk deploy --all --require-approval never\n" % acct)
    dc = ("services:\n  keycloak:\n    image: quay.io/keycloak/keycloak:26.0\n    command: start-dev\n    environment:\n      KC_BOOTSTRAP_ADMIN_USERNAME: admin\n"
          "      KC_BOOTSTRAP_ADMIN_PASSWORD: admin\n    ports: [\"8080:8080\"]\n")
    emit("n_agent_gha_oidc_local_keycloak_defaults", SH.bedrock_claude, [("u", "Check the deploy workflow and the local dev compose for leaked credentials"),
         ("t", "read", ".github/workflows/deploy.yml", gha), ("t", "read", "dev/docker-compose.yml", dc),
         ("a", "The workflow uses OIDC; the compose file has Keycloak's documented dev default admin/admin, local only.")] + V.pad("neggha", 1))
