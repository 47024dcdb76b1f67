"""Theme 2 (positives): newer provider tokens a judge would take from current gitleaks / trufflehog rule lists, claimed by the
README table or not, in shapes rounds 1-6 did not use (LiteLLM proxy config, vault login tables, jfrog-cli config, chat exports)."""
import json

from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, b64, ruuid, gh, pwd, add, anth, anth_tool, oai, oai_tool, oai_parts, resp, resp_fc, gem, \
    gem_fr, conv, conv_tool, br_claude, br_llama, br_titan, br_mistral, br_cohere, legacy, filler, supabase_service_jwt, DIG, LO, UP, AL
import gen_values as V


def build():
    # 1 vault login table, TF_TOKEN env, doctl
    hv, hb, tf, do, doo = vault_hvs(), V.vault_batch(), tfc_token(), V.do_token("dop"), V.do_token("doo")
    sid = ruuid()
    sh = ("$ vault login -method=oidc role=ops\nSuccess! You are now authenticated.\n\nKey                  Value\n---                  -----\n"
          "token                %s\ntoken_accessor       %s\ntoken_duration       8h\ntoken_renewable      true\ntoken_policies       [\"default\" \"ops\"]\n\n"
          "$ vault write -field=token auth/approle/login role_id=%s secret_id=%s\n%s\n\n$ export TF_TOKEN_app_terraform_io=%s\n"
          "$ doctl auth init --context acme -t %s\nValidating token... OK\n$ cat ~/.config/doctl/config.yaml | grep oauth\noauth-token: %s\n"
          % (hv, rs(24), ruuid(), sid, hb, tf, do, doo))
    add("p_ops_shell_vault_tfc_doctl", br_titan("Write a runbook from this session, keep the commands:\n" + sh),
        [(S, "vault service token in login table", hv), (S, "vault approle secret_id (uuid; role_id is an id)", sid), (S, "vault batch token hvb.", hb), (S, "terraform cloud token TF_TOKEN_", tf),
         (S, "digitalocean PAT dop_v1_", do), (S, "digitalocean oauth token doo_v1_", doo)])

    # 2 LiteLLM proxy config with literal provider keys
    ks = {"groq": V.groq(), "replicate": V.replicate(), "perplexity": V.perplexity(), "xai": V.xai(), "openrouter": V.openrouter(), "anthropic": V.anthropic_key()}
    ml = ("model_list:\n  - model_name: fast\n    litellm_params:\n      model: groq/llama-3.3-70b-versatile\n      api_key: %(groq)s\n"
          "  - model_name: image\n    litellm_params:\n      model: replicate/black-forest-labs/flux-schnell\n      api_key: \"%(replicate)s\"\n"
          "  - model_name: search\n    litellm_params:\n      model: perplexity/sonar-pro\n      api_key: %(perplexity)s\n"
          "  - model_name: grok\n    litellm_params:\n      model: xai/grok-4\n      api_key: %(xai)s\n"
          "  - model_name: fallback\n    litellm_params:\n      model: openrouter/meta-llama/llama-3.1-405b-instruct\n      api_key: %(openrouter)s\n"
          "  - model_name: smart\n    litellm_params:\n      model: anthropic/claude-sonnet-4-5\n      api_key: %(anthropic)s\n"
          "general_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\n  database_url: os.environ/DATABASE_URL\n" % ks)
    add("p_litellm_proxy_config_keys", oai("Add retries and a Redis cache to this LiteLLM config:\n\n```yaml\n" + ml + "```"),
        [(S, "%s key in litellm config" % k, v) for k, v in ks.items()])

    # 3 LangChain / RAG app with LangSmith, Pinecone, Resend
    ls, pc, rsd = V.langsmith("pt"), V.pinecone(), V.resend()
    py = ("import os\nimport resend\nfrom pinecone import Pinecone\nfrom langchain_openai import ChatOpenAI\n\nos.environ[\"LANGSMITH_TRACING\"] = \"true\"\n"
          "os.environ[\"LANGSMITH_API_KEY\"] = \"%s\"\npc = Pinecone(api_key=\"%s\")\nindex = pc.Index(\"support-kb\")\nresend.api_key = \"%s\"\n\n"
          "def answer(q):\n    docs = index.query(vector=embed(q), top_k=5, include_metadata=True)\n    return ChatOpenAI(model=\"gpt-4o-mini\").invoke(prompt(q, docs))\n" % (ls, pc, rsd))
    add("p_rag_app_langsmith_pinecone_resend", resp("Refactor into a FastAPI service:\n```python\n" + py + "```"),
        [(S, "langsmith personal token", ls), (S, "pinecone api key", pc), (S, "resend api key (unclaimed)", rsd)])

    # 4 1Password service account token in a Deployment
    ops = V.onepassword_sa("ci-%s@1passwordserviceaccounts.eu" % rs(6, LO + DIG))
    dep = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payments-sync\nspec:\n  template:\n    spec:\n      containers:\n      - name: sync\n"
           "        image: ghcr.io/acme/payments-sync:2.4.1\n        env:\n        - name: OP_SERVICE_ACCOUNT_TOKEN\n          value: %s\n"
           "        - name: STRIPE_SECRET_KEY\n          value: op://prod/stripe/credential\n" % ops)
    add("p_k8s_deployment_1password_sa_token", gem("The pod logs '[ERROR] unauthorized' from op. Deployment:\n\n" + dep),
        [(S, "1password service account token", ops)])

    # 5 age keys.txt read by the agent
    ak, pub = V.age_secret(), V.age_public()
    kt = "# created: 2025-10-14T08:31:22+02:00\n# public key: %s\n%s\n" % (pub, ak)
    add("p_sops_age_keys_txt_bash", anth_tool([{"type": "text", "text": "sops -d fails with 'no identity matched'. Check my age key."}], "Bash",
                                              {"command": "cat ~/.config/sops/age/keys.txt && grep -A2 age .sops.yaml"}, kt + "creation_rules:\n  - age: age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l") + "\n"),
        [("private_key|secret", "age secret key", ak)])

    # 6 transactional mail providers in curl
    pm, rs2, sg, mg = V.postmark(), V.resend(), V.sendgrid(), V.mailgun()
    cu = ("curl https://api.postmarkapp.com/email -H 'Accept: application/json' -H 'X-Postmark-Server-Token: %s' -d @msg.json\n"
          "curl -X POST https://api.resend.com/emails -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' -d @msg.json\n"
          "curl -X POST https://api.sendgrid.com/v3/mail/send -H \"Authorization: Bearer %s\" -d @sg.json\n"
          "curl -s --user 'api:%s' https://api.eu.mailgun.net/v3/mg.acme-outdoor.de/messages -F from='Shop <shop@mg.acme-outdoor.de>' -F to=ops@acme-outdoor.de\n" % (pm, rs2, sg, mg))
    add("p_mail_providers_curl_headers", conv("Which of these providers gives the best deliverability? Here's how I tested:\n" + cu),
        [(S, "postmark server token (uuid in header)", pm), (S, "resend key in bearer", rs2), (S, "sendgrid key", sg), (S, "mailgun key", mg)])

    # 7 jfrog-cli config
    ref, api = V.jfrog_ref(), V.jfrog_api()
    jc = json.dumps({"servers": [{"url": "https://acme.jfrog.io/", "artifactoryUrl": "https://acme.jfrog.io/artifactory/", "user": "ci-publisher",
                                  "accessToken": ref, "serverId": "acme", "isDefault": True},
                                 {"artifactoryUrl": "https://legacy-art.acme.internal/artifactory/", "user": "jenkins", "apiKey": api, "serverId": "legacy"}],
                     "version": "6"}, indent=2)
    add("p_jfrog_cli_conf_tokens", oai_tool("jf rt upload gets 401 on legacy only", "run_shell", {"cmd": "cat ~/.jfrog/jfrog-cli.conf.v6"}, jc),
        [(S, "artifactory reference token", ref), (S, "artifactory api key AKCp", api)])

    # 8 Buildkite / CircleCI
    bk, cc = V.buildkite(), V.circleci()
    bs = ("#!/usr/bin/env bash\nset -euo pipefail\n# trigger the nightly on both CI systems\nBUILDKITE_API_TOKEN=%s\nCIRCLE_TOKEN=%s\n"
          "curl -sf -X POST -H \"Authorization: Bearer $BUILDKITE_API_TOKEN\" https://api.buildkite.com/v2/organizations/acme/pipelines/nightly/builds -d '{\"commit\":\"HEAD\",\"branch\":\"main\"}'\n"
          "curl -sf -X POST -H \"Circle-Token: $CIRCLE_TOKEN\" https://circleci.com/api/v2/project/gh/acme/web/pipeline\n" % (bk, cc))
    add("p_ci_trigger_script_buildkite_circleci", br_cohere("Port this to Python requests:\n" + bs), [(S, "buildkite user token", bk), (S, "circleci personal token", cc)])

    # 9 PlanetScale / Notion / Linear
    pt, pw, nt, ln = V.planetscale("tkn"), V.planetscale("pw"), V.notion_ntn(), linear()
    tx = ("Weekly digest job, env on the box:\nPLANETSCALE_SERVICE_TOKEN_ID=%s\nPLANETSCALE_SERVICE_TOKEN=%s\n"
          "DATABASE_URL=mysql://digest_%s:%s@aws.connect.psdb.cloud/analytics?ssl={\"rejectUnauthorized\":true}\nNOTION_TOKEN=%s\nLINEAR_API_KEY=%s\n"
          "It posts the digest to Notion and files Linear issues for regressions. Why does it time out on Mondays?" % (rs(12, LO + DIG), pt, rs(6, LO), pw, nt, ln))
    add("p_digest_job_planetscale_notion_linear", br_claude(tx),
        [(S, "planetscale service token", pt), (S, "planetscale password in URL", pw), (S, "notion ntn_ token", nt), (S, "linear api key", ln)])

    # 10 Doppler personal token, Databricks bearer in a job JSON
    dpt, db = V.doppler_personal(), V.databricks_tok()
    job = json.dumps({"run_name": "nightly-features", "tasks": [{"task_key": "build", "notebook_task": {"notebook_path": "/Repos/ml/features"}}],
                      "webhook_notifications": {}, "_debug_headers": {"Authorization": "Bearer " + db, "User-Agent": "databricks-sdk-py/0.38.0"}}, indent=2)
    add("p_doppler_cli_databricks_job", gem_fr("The job submit works locally but not from the scheduler.", "run_shell", {"id": "history | tail -4"},
                                               {"stdout": "doppler configure set token %s --scope /srv/scheduler\ndoppler run -- python submit.py\n" % dpt, "request_dump": job}),
        [(S, "doppler personal token", dpt), (S, "databricks PAT in debug header", db)])

    # 11 unclaimed keyword-only providers
    ck, cs_, tw, fs, vc, cf = *V.confluent_pair(), V.twitch_secret(), V.fastly(), V.vercel(), V.cloudflare_api()
    env = ("CONFLUENT_CLOUD_API_KEY=%s\nCONFLUENT_CLOUD_API_SECRET=%s\nTWITCH_CLIENT_ID=%s\nTWITCH_CLIENT_SECRET=%s\nFASTLY_API_TOKEN=%s\n"
           "VERCEL_TOKEN=%s\nCLOUDFLARE_API_TOKEN=%s\n" % (ck, cs_, rs(30, LO + DIG), tw, fs, vc, cf))
    add("p_streaming_stack_env_unclaimed", resp_fc("Load these in the worker, which ones are missing?", "read_file", {"path": "/srv/stream/.env"}, env),
        [(S, "confluent cloud api secret (unclaimed)", cs_), (S, "twitch client secret (unclaimed)", tw), (S, "fastly api token (unclaimed)", fs),
         (S, "vercel token (unclaimed)", vc), (S, "cloudflare api token (unclaimed)", cf)])

    # 12 Supabase CLI token and service role in a seed script
    sbp, srv = "sbp_" + hexs(40), supabase_service_jwt()
    sb = ("$ supabase login --token %s\nYou are now logged in. Happy coding!\n$ cat scripts/seed.ts | head -5\nimport { createClient } from '@supabase/supabase-js'\n"
          "const admin = createClient('https://%s.supabase.co', '%s')\n" % (sbp, rs(20, LO), srv))
    add("p_supabase_cli_login_seed_service_role", br_mistral("The seed script inserts nothing. Output:\n" + sb),
        [(S, "supabase access token sbp_", sbp), (S, "supabase service_role JWT", srv)])

    # 13 Slack channel export where tokens were pasted
    ts, at, sb2 = V.tailscale(), V.atlassian(), V.slack_bot()
    msgs = [{"type": "message", "user": "U0%s" % rs(8, UP + DIG), "ts": "17%s.%s" % (rs(8, DIG), rs(6, DIG)), "text": t} for t in (
        "can someone add the new runner to the tailnet?", "use this one, expires friday: `%s`" % ts,
        "jira automation broke again", "here's the token for the jira bot so you can test: %s" % at,
        "and the slack bot token for #deploys is %s - please don't paste it elsewhere :sweat_smile:" % sb2, "thanks!")]
    add("p_slack_export_pasted_tokens", oai_parts("Summarise the action items from this channel export:\n" + json.dumps(msgs, indent=1)),
        [(S, "tailscale auth key", ts), (S, "atlassian api token", at), (S, "slack bot token", sb2)])
