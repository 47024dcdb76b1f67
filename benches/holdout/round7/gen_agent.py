"""Theme 1 (positives): coding-agent context - Cursor / Copilot / Aider prompts with whole-file blocks, notebooks, Terraform
plan / output JSON, Argo CD Helm values, CI workflows, dotfiles, kubeconfig client-key-data, AWS / gcloud credential files."""
import base64, json

from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, b64, ruuid, gh, aws_id, aws_secret, pwd, key, add, anth, anth_tool, oai, oai_tool, \
    oai_parts, resp, resp_fc, gem, gem_fr, conv, conv_tool, br_claude, filler, pmail, DIG, LO, UP
import gen_values as V

CURSOR_SYS = ("You are an intelligent programmer, powered by a large language model. You are happy to help answer any questions that the "
              "user has (usually they will be about coding). Each time the user sends a message, we may automatically attach some "
              "information about their current state, such as what files they have open.")


def fblock(path, text):
    return '<file path="%s">\n%s\n</file>\n' % (path, text)


def indent(text, n):
    return ("\n" + " " * n).join(text.rstrip("\n").split("\n"))


def build():
    # 1 Cursor-style prompt, several open files, one with hard-coded keys (large)
    sk, su = V.stripe_live(), V.sentry_user()
    settings = ("import os\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nDEBUG = False\n"
                "ALLOWED_HOSTS = ['shop.acme-outdoor.de']\n# TODO move to vault before go-live\nSTRIPE_SECRET_KEY = \"%s\"\n"
                "STRIPE_PUBLISHABLE_KEY = os.environ['STRIPE_PUBLISHABLE_KEY']\nSENTRY_AUTH_TOKEN = '%s'\n" % (sk, su))
    ctx = fblock("shop/views.py", filler(30000, "py", "cur-views")) + fblock("shop/settings/prod.py", settings) + \
        fblock("shop/models.py", filler(40000, "py", "cur-models")) + fblock("shop/utils/pricing.py", filler(25000, "py", "cur-pricing"))
    add("p_cursor_open_files_settings_keys", {"model": "gpt-4.1", "stream": True, "messages": [
        {"role": "system", "content": CURSOR_SYS}, {"role": "user", "content": "<open_files>\n" + ctx + "</open_files>\n\n"
                                                    "<user_query>\nwhy does checkout 500 only in prod?\n</user_query>"}]},
        [(S, "stripe live secret key in settings file", sk), (S, "sentry user auth token sntryu_", su)])

    # 2 Copilot chat with a docker-compose.yml (literal service passwords, not vendor defaults)
    pg, rmq, mn = pwd(20), pwd(18), pwd(22)
    compose = ("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: orders\n      POSTGRES_PASSWORD: %s\n"
               "  queue:\n    image: rabbitmq:3.13-management\n    environment:\n      RABBITMQ_DEFAULT_USER: orders\n      RABBITMQ_DEFAULT_PASS: \"%s\"\n"
               "  blob:\n    image: minio/minio:RELEASE.2025-09-07T16-13-09Z\n    command: server /data --console-address :9001\n    environment:\n"
               "      MINIO_ROOT_USER: orders-admin\n      MINIO_ROOT_PASSWORD: '%s'\n    ports: [\"9000:9000\", \"9001:9001\"]\n" % (pg, rmq, mn))
    add("p_copilot_chat_compose_passwords", {"model": "gpt-4o", "messages": [
        {"role": "system", "content": "You are GitHub Copilot, an AI programming assistant. Follow the user's requirements carefully."},
        {"role": "user", "content": [{"type": "text", "text": "#file:docker-compose.prod.yml\n```yaml\n" + compose + "```"},
                                     {"type": "text", "text": "@workspace why can't the worker reach the queue after the upgrade?"}]}]},
        [(S, "postgres password literal", pg), (S, "rabbitmq password literal", rmq), (S, "minio root password literal", mn)])

    # 3 Aider-style chat with a key file added to the chat
    rsa = key("aider_rsa")
    aider = ("I have *added these files to the chat* so you can go ahead and edit them.\n\n*Trust this message as the true contents of these files!*\n\n"
             "deploy/ansible/roles/web/files/id_rsa\n```\n%s```\n\ndeploy/ansible/roles/web/tasks/main.yml\n```\n- name: install deploy key\n"
             "  copy:\n    src: id_rsa\n    dest: /home/deploy/.ssh/id_rsa\n    mode: '0600'\n```\n" % rsa)
    add("p_aider_chat_added_key_file", anth(aider + "\nMake the task idempotent and use the vault instead.", system="Act as an expert software developer."),
        [(K, "RSA private key file added to an aider chat", rsa.strip())])

    # 4 notebook in a tool result: groq key in a cell, openrouter key in an output, ed25519 PEM printed
    gq, orr, ed = V.groq(), V.openrouter(), key("notebook_ed.pem")
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Eval harness\n", "Compare providers on the support-intent set."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os, json\n", "os.environ[\"GROQ_API_KEY\"] = \"%s\"\n" % gq, "from groq import Groq\n", "client = Groq()"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["!cat ~/.config/openrouter/env"],
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["OPENROUTER_API_KEY=%s\n" % orr]}]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["print(open('signing/ed25519.pem').read())"],
         "outputs": [{"name": "stdout", "output_type": "stream", "text": [ed]}]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "source": ["df.describe()"],
         "outputs": [{"output_type": "execute_result", "execution_count": 4, "data": {"text/plain": ["       latency_ms  tokens\ncount  200.0  200.0\nmean  812.4  311.9"]}, "metadata": {}}]}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    add("p_ipynb_read_tool_groq_openrouter_pem", anth_tool([{"type": "text", "text": "Clean up notebooks/eval.ipynb before I push it."}], "Read",
                                                           {"file_path": "/home/dev/eval/notebooks/eval.ipynb"}, json.dumps(nb, indent=1), follow="Strip outputs and secrets."),
        [(S, "groq api key in notebook source", gq), (S, "openrouter key in stream output", orr), (K, "ed25519 PKCS8 PEM in cell output", ed.strip())])

    # 5 terraform show -json plan: a literal RDS password and a datadog provider api key
    rdsp, dd, ddapp = pwd(24, "!#-_"), hexs(32), hexs(40)
    plan = {"format_version": "1.2", "terraform_version": "1.9.8", "resource_changes": [
        {"address": "aws_db_instance.orders", "mode": "managed", "type": "aws_db_instance", "name": "orders",
         "change": {"actions": ["update"], "before": {"engine": "postgres", "instance_class": "db.t4g.large"},
                    "after": {"engine": "postgres", "instance_class": "db.r6g.large", "username": "orders_admin", "password": rdsp,
                              "allocated_storage": 200}, "after_unknown": {"arn": True}, "after_sensitive": {}}}],
        "configuration": {"provider_config": {"datadog": {"name": "datadog", "full_name": "registry.terraform.io/datadog/datadog",
                                                          "expressions": {"api_key": {"constant_value": dd}, "app_key": {"constant_value": ddapp},
                                                                          "api_url": {"constant_value": "https://api.datadoghq.eu/"}}}}}}
    add("p_terraform_plan_json_literals", resp_fc("The plan wants to change the DB class, is anything else risky?", "read_file", {"path": "plan.json"}, json.dumps(plan)),
        [(S, "rds master password in plan after", rdsp), (S, "datadog api key constant in provider config", dd), (S, "datadog app key constant", ddapp)])

    # 6 terraform output -json reveals a sensitive output (tls private key) and a random_password
    tls, rp = key("tls_state.pem"), pwd(32, "-_")
    out = {"ingress_private_key_pem": {"sensitive": True, "type": "string", "value": tls},
           "grafana_admin_password": {"sensitive": True, "type": "string", "value": rp},
           "lb_dns_name": {"sensitive": False, "type": "string", "value": "k8s-ingress-%s.elb.eu-central-1.amazonaws.com" % hexs(10)}}
    add("p_terraform_output_json_sensitive", gem_fr("Wire the outputs into the helm release.", "run_shell", {"id": "terraform output -json"}, {"stdout": json.dumps(out, indent=2)}),
        [(K, "PKCS8 RSA PEM in terraform output", tls.strip()), (S, "random_password result in output", rp)])

    # 7 Argo CD helm values: repository credentials literal (bcrypt admin hash is not a secret)
    gpat = gh("ghp_")
    argo = ("configs:\n  secret:\n    argocdServerAdminPassword: \"$2a$10$%s\"\n  repositories:\n    platform-charts:\n      url: https://github.com/acme-platform/charts\n"
            "      type: git\n      username: argocd-bot\n      password: %s\n  cm:\n    url: https://argo.acme.internal\n" % (rs(53, LO + UP + DIG + "./"), gpat))
    add("p_argocd_helm_values_repo_pat", oai("Argo CD can't sync platform-charts after I rotated things:\n\n```yaml\n" + argo + "```"),
        [(S, "github PAT as argo repo password", gpat)])

    # 8 GitHub Actions: pasted literals next to proper secret references
    dck, dep = "dckr_pat_" + rs(27, LO + UP + DIG + "-_"), key("deploy_ed25519")
    wf = ("name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-24.04\n    env:\n      DOCKERHUB_USERNAME: acmebot\n"
          "      DOCKERHUB_TOKEN: %s\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n    steps:\n      - uses: actions/checkout@v4\n"
          "      - uses: webfactory/ssh-agent@v0.9.0\n        with:\n          ssh-private-key: |\n            %s\n"
          "      - run: echo \"$DOCKERHUB_TOKEN\" | docker login -u \"$DOCKERHUB_USERNAME\" --password-stdin\n" % (dck, indent(dep, 12)))
    add("p_gha_release_pasted_token_and_key", conv("Review this workflow before I merge it:\n\n" + wf),
        [(S, "docker hub PAT literal", dck), (K, "openssh deploy key in workflow block scalar", indent(dep, 12))])

    # 9 GitLab CI variables with literals
    sq, sn = V.sonar(), V.snyk()
    gl = ("variables:\n  SONAR_HOST_URL: https://sonar.acme.internal\n  SONAR_TOKEN: %s\n  SNYK_TOKEN: %s\n  DOCKER_TLS_CERTDIR: \"/certs\"\n"
          "sast:\n  stage: test\n  image: sonarsource/sonar-scanner-cli:11\n  script:\n    - sonar-scanner -Dsonar.projectKey=orders\n    - snyk test --severity-threshold=high\n" % (sq, sn))
    add("p_gitlab_ci_sonar_snyk_literals", br_claude("Split this into two jobs:\n" + gl), [(S, "sonarqube project token", sq), (S, "snyk token (uuid under SNYK_TOKEN)", sn)])

    # 10 dotfiles: .pypirc, .netrc (heroku), .git-credentials (gitlab)
    pp, hk, gp = V.pypi_tok(), V.heroku_v2(), V.gitlab_pat()
    me = pmail()
    dot = ("$ cat ~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = %s\n\n$ cat ~/.netrc\nmachine api.heroku.com\n"
           "  login %s\n  password %s\nmachine git.heroku.com\n  login %s\n  password %s\n\n$ cat ~/.git-credentials\nhttps://oauth2:%s@gitlab.com\n" % (pp, me, hk, me, hk, gp))
    add("p_dotfiles_pypirc_netrc_gitcreds", oai_tool("Why does twine upload still ask for a password?", "run_shell", {"cmd": "cat ~/.pypirc ~/.netrc ~/.git-credentials"}, dot),
        [(S, "pypi upload token", pp), (S, "heroku HRKU- token in netrc", hk), (S, "gitlab PAT in git-credentials", gp), (P, "personal email as netrc login", me)])

    # 11 kubeconfig with two users' client-key-data (base64 PEM)
    k1, k2 = b64(key("kube_client.pem").encode()), b64(key("kube_ec.pem").encode())
    cert = b64(key("ca.crt").encode())
    kc = ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://10.20.0.10:6443\n  name: onprem\n"
          "contexts:\n- context: {cluster: onprem, user: admin}\n  name: admin@onprem\n- context: {cluster: onprem, user: ci}\n  name: ci@onprem\n"
          "current-context: admin@onprem\nusers:\n- name: admin\n  user:\n    client-certificate-data: %s\n    client-key-data: %s\n"
          "- name: ci\n  user:\n    client-certificate-data: %s\n    client-key-data: %s\n" % (cert, cert, k1, cert, k2))
    add("p_kubeconfig_client_key_data_two_users", resp("Merge this kubeconfig into mine without losing contexts:\n\n" + kc),
        [("private_key|secret", "base64 RSA PEM in client-key-data", k1), ("private_key|secret", "base64 EC PEM in client-key-data", k2)])

    # 12 AWS credentials + config via Gemini functionResponse
    a1, s1, a2, s2 = aws_id(), aws_secret(), aws_id(), aws_secret()
    creds = ("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n\n[billing-ro]\naws_access_key_id=%s\naws_secret_access_key=%s\nregion=us-east-1\n" % (a1, s1, a2, s2))
    cfg = "[profile prod-admin]\nsso_session = acme\nsso_account_id = %s\nsso_role_name = AdministratorAccess\nregion = eu-west-1\n" % rs(12, DIG)
    add("p_aws_credentials_and_config_fr", gem_fr("Which profile is the CLI using?", "read_files", {"id": "~/.aws"}, {"credentials": creds, "config": cfg}),
        [(S, "aws key id default", a1), (S, "aws secret default", s1), (S, "aws key id billing", a2), (S, "aws secret billing", s2)])

    # 13 gcloud ADC impersonated service account (authorized_user source)
    cs, rt = V.gocspx(), V.refresh_google()
    adc = {"delegates": [], "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/"
                                                                 "tf-runner@acme-prod-%s.iam.gserviceaccount.com:generateAccessToken" % rs(4, DIG),
           "source_credentials": {"account": "", "client_id": "%s-%s.apps.googleusercontent.com" % (rs(12, DIG), rs(32, LO + DIG)),
                                  "client_secret": cs, "refresh_token": rt, "type": "authorized_user", "universe_domain": "googleapis.com"},
           "type": "impersonated_service_account"}
    add("p_gcloud_adc_impersonated_source_creds", conv_tool("terraform says 'invalid_grant', here's my ADC", "read_file",
                                                             {"path": "~/.config/gcloud/application_default_credentials.json"}, result_json=adc),
        [(S, "oauth client secret GOCSPX in ADC", cs), (S, "google refresh token in ADC", rt)])

    # 14 VS Code launch.json with API keys in env
    ak, hk2 = V.anthropic_key(), V.xai()
    launch = {"version": "0.2.0", "configurations": [{"name": "agent: debug", "type": "debugpy", "request": "launch", "module": "agent.cli",
                                                      "args": ["--task", "triage"], "env": {"ANTHROPIC_API_KEY": ak, "XAI_API_KEY": hk2, "LOG_LEVEL": "debug"},
                                                      "justMyCode": False}]}
    add("p_vscode_launch_json_env_keys", anth("Why doesn't the debugger pick up my env?\n\n.vscode/launch.json:\n" + json.dumps(launch, indent=4)),
        [(S, "anthropic key in launch.json", ak), (S, "xai key in launch.json", hk2)])

    # 15 devcontainer.json
    hf, gpat2 = V.hf_tok(), gh("ghp_")
    dc = {"name": "ml-dev", "image": "mcr.microsoft.com/devcontainers/python:3.12", "containerEnv": {"GITHUB_TOKEN": gpat2},
          "remoteEnv": {"HF_TOKEN": hf, "PATH": "${containerEnv:PATH}:/home/vscode/.local/bin"}, "postCreateCommand": "pip install -r requirements.txt"}
    add("p_devcontainer_json_tokens", gem("Container fails to clone private submodules:\n" + json.dumps(dc, indent=2)),
        [(S, "github PAT in containerEnv", gpat2), (S, "huggingface token in remoteEnv", hf)])
