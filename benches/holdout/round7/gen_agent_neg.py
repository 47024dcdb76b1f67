"""Theme 1 (hard negatives): coding-agent context with references, encrypted material, dummies and hidden values."""
import json

from gen_common import *  # noqa: F401,F403
from gen_common import R, rs, hexs, b64, ruuid, rb, key, add, anth, anth_tool, oai, oai_tool, oai_parts, resp, resp_fc, gem, gem_fr, conv, \
    conv_tool, br_claude, br_llama, br_titan, br_mistral, br_cohere, legacy, filler, DIG, LO, UP, AL
import gen_values as V
from gen_agent import CURSOR_SYS, fblock


def build():
    # GitHub Actions with only references (large matrix)
    jobs = []
    for n in ("api", "worker", "web", "cron", "billing", "search", "auth", "notify"):
        jobs.append("  deploy-%s:\n    runs-on: ubuntu-24.04\n    environment: production\n    permissions:\n      id-token: write\n      contents: read\n    steps:\n"
                    "      - uses: actions/checkout@%s # v4.2.2\n      - uses: aws-actions/configure-aws-credentials@%s # v4\n        with:\n"
                    "          role-to-assume: arn:aws:iam::%s:role/gha-deploy-%s\n          aws-region: eu-central-1\n"
                    "      - run: ./deploy.sh %s\n        env:\n          DATADOG_API_KEY: ${{ secrets.DATADOG_API_KEY }}\n          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}\n"
                    "          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}\n          DB_PASSWORD: ${{ secrets[format('DB_PASSWORD_{0}', '%s')] }}\n"
                    "          GH_TOKEN: ${{ github.token }}\n          FEATURE_FLAGS: ${{ vars.FEATURE_FLAGS }}\n" % (n, hexs(40), hexs(40), rs(12, DIG), n, n, n.upper()))
    add("n_gha_secret_references_matrix", oai_tool("Deduplicate these jobs with a matrix.", "read_file", {"path": ".github/workflows/deploy.yml"},
                                                   "name: deploy\non: [workflow_dispatch]\njobs:\n" + "".join(jobs)))

    # SOPS-encrypted values file
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rb(R.randint(12, 60))), b64(rb(32)), b64(rb(16)))
    sops = ("postgresql:\n  auth:\n    password: %s\n    replicationPassword: %s\nstripe:\n  secretKey: %s\nsmtp:\n  password: %s\nsops:\n  age:\n"
            "    - recipient: %s\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        %s\n        -----END AGE ENCRYPTED FILE-----\n"
            "  lastmodified: \"2025-11-18T09:12:44Z\"\n  mac: %s\n  unencrypted_suffix: _unencrypted\n  version: 3.9.1\n"
            % (enc(), enc(), enc(), enc(), V.age_public(), b64(rb(180))[:64] + "\n        " + b64(rb(120)), enc()))
    add("n_sops_age_encrypted_values", anth("Helm can't read these values after `sops -d` in CI, why?\n\n```yaml\n" + sops + "```"))

    # ansible-vault file
    hexbody = rb(900).hex()
    av = "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexbody[i:i + 80] for i in range(0, len(hexbody), 80))
    add("n_ansible_vault_group_vars", conv("ansible-vault view says 'HMAC verification failed' on group_vars/prod/vault.yml:\n\n" + av))

    # SealedSecret
    ss = {"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret", "metadata": {"name": "orders-db", "namespace": "orders"},
          "spec": {"encryptedData": {k: b64(rb(R.randint(300, 400))) for k in ("DB_PASSWORD", "STRIPE_SECRET_KEY", "JWT_SIGNING_KEY")},
                   "template": {"metadata": {"name": "orders-db", "namespace": "orders"}, "type": "Opaque"}}}
    add("n_sealed_secret_json", gem("Is this SealedSecret scoped cluster-wide?\n" + json.dumps(ss, indent=2)))

    # .env.example with dummy values
    envx = ("# Copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx\nGROQ_API_KEY=gsk_your_key_here\n"
            "STRIPE_SECRET_KEY=sk_live_REPLACE_ME\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\n"
            "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSENTRY_DSN=\nJWT_SECRET=changeme\nADMIN_PASSWORD=<set-a-strong-password>\n"
            "HF_TOKEN=hf_********************************\nDOPPLER_TOKEN=dp.st.dev.YOUR_TOKEN\n")
    add("n_env_example_dummy_values", resp("Generate a pydantic Settings class for this .env.example:\n\n" + envx))

    # Cursor prompt: code reads secrets from env / vault (large)
    loader = ("import os, hvac\n\ndef load_settings():\n    client = hvac.Client(url=os.environ['VAULT_ADDR'], token=os.environ['VAULT_TOKEN'])\n"
              "    db = client.secrets.kv.v2.read_secret_version(path='orders/db')['data']['data']\n"
              "    return {\n        'db_password': db['password'],\n        'stripe_key': os.getenv('STRIPE_SECRET_KEY'),\n"
              "        'openai_key': os.environ.get('OPENAI_API_KEY', ''),\n        'jwt_secret': open('/run/secrets/jwt').read().strip(),\n    }\n")
    ctx = fblock("svc/config.py", loader) + fblock("svc/handlers.py", filler(70000, "py", "neg-cur-h")) + fblock("web/src/api.js", filler(60000, "js", "neg-cur-js"))
    add("n_cursor_context_env_vault_reads", {"model": "claude-sonnet-4-5", "max_tokens": 8192, "system": CURSOR_SYS,
                                             "messages": [{"role": "user", "content": "<open_files>\n" + ctx + "</open_files>\n<user_query>add caching to load_settings</user_query>"}]})

    # terraform plan with sensitive values hidden
    plan = {"format_version": "1.2", "resource_changes": [
        {"address": "aws_db_instance.orders", "type": "aws_db_instance", "change": {"actions": ["update"],
         "after": {"instance_class": "db.r6g.large", "username": "orders_admin"}, "after_sensitive": {"password": True},
         "before_sensitive": {"password": True}}},
        {"address": "random_password.grafana", "type": "random_password", "change": {"actions": ["create"], "after": {"length": 32, "special": False},
                                                                                      "after_unknown": {"result": True, "bcrypt_hash": True}}}],
        "output_changes": {"grafana_admin_password": {"actions": ["create"], "after_unknown": True, "after_sensitive": True}}}
    txt = ("  # aws_db_instance.orders will be updated in-place\n  ~ resource \"aws_db_instance\" \"orders\" {\n      ~ instance_class = \"db.t4g.large\" -> \"db.r6g.large\"\n"
           "        password       = (sensitive value)\n    }\nPlan: 1 to add, 1 to change, 0 to destroy.\n")
    add("n_terraform_plan_sensitive_hidden", resp_fc("Summarise the plan.", "read_file", {"path": "plan.json"}, txt + "\n" + json.dumps(plan)))

    # compose with file-based secrets and required-variable references
    comp = ("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\n"
            "  api:\n    build: .\n    environment:\n      DATABASE_URL: postgres://orders:${POSTGRES_PASSWORD:?set it}@db:5432/orders\n      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}\n"
            "      OPENAI_API_KEY: ${OPENAI_API_KEY:-}\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n  stripe:\n    environment: STRIPE_SECRET_KEY\n")
    add("n_compose_file_secrets_refs", br_llama("Is this compose file safe to commit?\n" + comp))

    # registry configs that interpolate env
    rc = ("$ cat .npmrc\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}\n"
          "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nalways-auth=true\n$ cat .yarnrc.yml\nnpmScopes:\n  acme:\n    npmRegistryServer: \"https://npm.pkg.github.com\"\n"
          "    npmAuthToken: \"${GITHUB_PACKAGES_TOKEN}\"\n$ cat pip.conf\n[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://pkgs.acme.internal/simple\n"
          "$ git config --global --get credential.helper\nosxkeychain\n")
    add("n_registry_configs_env_interpolation", oai_tool("npm ci fails with E401 in CI only.", "run_shell", {"cmd": "cat .npmrc .yarnrc.yml pip.conf"}, rc))

    # notebook with ML run ids, hashes and a base64 plot
    cells = []
    for i in range(12):
        cells.append({"cell_type": "code", "execution_count": i + 1, "metadata": {}, "source": ["run = mlflow.start_run()\n", "print(run.info.run_id)"],
                      "outputs": [{"output_type": "stream", "name": "stdout", "text": ["%s\nartifact sha256:%s\nwandb: https://wandb.ai/acme/eval/runs/%s\n" % (hexs(32), hexs(64), rs(8, LO + DIG))]}]})
    cells.append({"cell_type": "code", "execution_count": 13, "metadata": {}, "source": ["plt.plot(losses)"],
                  "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": b64(b"\x89PNG\r\n\x1a\n" + rb(24000)), "text/plain": ["<Figure size 640x480>"]}}]})
    add("n_ipynb_mlflow_runs_plot", anth_tool([{"type": "text", "text": "Summarise which run was best."}], "Read", {"file_path": "/work/exp/runs.ipynb"},
                                              json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})))

    # aws config with SSO profiles and caller identity
    cfg = "".join("[profile %s]\nsso_session = acme\nsso_account_id = %s\nsso_role_name = %s\nregion = eu-west-1\noutput = json\n\n" % (p, rs(12, DIG), r)
                  for p, r in (("prod-ro", "ReadOnly"), ("prod-admin", "AdministratorAccess"), ("sandbox", "PowerUserAccess")))
    cfg += "[sso-session acme]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n\n"
    cfg += "[profile legacy]\ncredential_process = /usr/local/bin/aws-vault exec legacy --json\n"
    ident = json.dumps({"UserId": "AROA%s:lena.schneider" % rs(17, UP + DIG), "Account": rs(12, DIG), "Arn": "arn:aws:sts::%s:assumed-role/AWSReservedSSO_ReadOnly_%s/session" % (rs(12, DIG), hexs(16))})
    add("n_aws_config_sso_profiles", br_mistral("Which profile should terraform use?\n~/.aws/config:\n" + cfg + "\n$ aws sts get-caller-identity\n" + ident))

    # gcloud external_account ADC (workload identity federation, no secret)
    ea = {"type": "external_account", "audience": "//iam.googleapis.com/projects/%s/locations/global/workloadIdentityPools/github/providers/acme" % rs(12, DIG),
          "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
          "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/ci@acme-prod.iam.gserviceaccount.com:generateAccessToken",
          "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
    add("n_gcloud_external_account_adc", conv_tool("Explain this credential config", "read_file", {"path": "gha-creds.json"}, result_json=ea))
