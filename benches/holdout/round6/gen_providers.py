"""Theme 5: provider tokens not used in rounds 1-5 (claimed in the README table and some unclaimed), and look-alike ids."""
from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, b64, b64u, ruuid, gh, jwt, supabase_service_jwt, pwd, add, anth, anth_tool, oai, oai_tool, \
    oai_parts, resp, resp_fc, gem, gem_fr, conv, conv_tool, br_claude, br_llama, br_titan, br_cohere, br_mistral, legacy, filler, AL, UP, LO, DIG, HEX


def build():
    # ---------------------------------------------------------------- positives
    sp, sq, mc, kl = shopify("shpat_"), square_token(), mailchimp(), "pk_" + rs(34, LO + DIG)
    env = ("# shop-sync/.env.production\nNODE_ENV=production\nSHOPIFY_STORE=acme-outdoor.myshopify.com\nSHOPIFY_ADMIN_API_ACCESS_TOKEN=%s\nSQUARE_ENVIRONMENT=production\n"
           "SQUARE_ACCESS_TOKEN=%s\nMAILCHIMP_API_KEY=%s\nMAILCHIMP_AUDIENCE_ID=%s\nKLAVIYO_PRIVATE_API_KEY=%s\nLOG_LEVEL=info\n" % (sp, sq, mc, hexs(10), kl))
    add("p_env_commerce_tokens", anth_tool([{"type": "text", "text": "Sync job fails with 401 from Square only. Check the env."}], "Read", {"file_path": "/srv/shop-sync/.env.production"}, env),
        [(S, "shopify admin token", sp), (S, "square production access token", sq), (S, "mailchimp api key", mc), (S, "klaviyo private key pk_ (unclaimed)", kl)])

    gsa, gcl, sen = grafana_sa(), grafana_cloud(), sentry_org()
    ci = ("stages: [build, release]\nvariables:\n  GRAFANA_URL: https://acme.grafana.net\n  GRAFANA_SA_TOKEN: \"%s\"\n  GRAFANA_CLOUD_ACCESS_POLICY_TOKEN: %s\n"
          "  SENTRY_ORG: acme\n  SENTRY_AUTH_TOKEN: %s\nrelease:\n  stage: release\n  script:\n    - npx @sentry/cli releases new $CI_COMMIT_SHA\n"
          "    - grafana-annotate --text \"release $CI_COMMIT_SHA\"\n" % (gsa, gcl, sen))
    add("p_gitlab_ci_observability_tokens", oai_tool("Release job fails at sentry-cli, help.", "read_file", {"path": ".gitlab-ci.yml"}, ci),
        [(S, "grafana service account token", gsa), (S, "grafana cloud access policy token", gcl), (S, "sentry org auth token", sen)])

    vt, tfc, nf, dp = vault_hvs(), tfc_token(), netlify(), doppler()
    tf = ("terraform {\n  cloud {\n    organization = \"acme\"\n    token        = \"%s\"\n    workspaces { name = \"edge-prod\" }\n  }\n}\n\n"
          "provider \"vault\" {\n  address = \"https://vault.acme.internal:8200\"\n  token   = \"%s\"\n}\n\nprovider \"netlify\" {\n  token = \"%s\"\n}\n\n"
          "provider \"doppler\" {\n  doppler_token = \"%s\"\n}\n" % (tfc, vt, nf, dp))
    add("p_terraform_cloud_vault_netlify_doppler", resp_fc("terraform init fails with 'token invalid'. Look at providers.tf.", "read_file", {"path": "infra/providers.tf"}, tf),
        [(S, "terraform cloud token", tfc), (S, "vault service token hvs.", vt), (S, "netlify token", nf), (S, "doppler service token", dp)])

    tg, fg = telegram_bot(), figma()
    bot = ("import os, requests\n\nTELEGRAM_TOKEN = \"%s\"\nFIGMA_TOKEN = \"%s\"\nCHAT_ID = -100%s\n\n"
           "def notify(file_key):\n    r = requests.get(f\"https://api.figma.com/v1/files/{file_key}/versions\", headers={\"X-Figma-Token\": FIGMA_TOKEN})\n"
           "    v = r.json()[\"versions\"][0]\n    requests.post(f\"https://api.telegram.org/bot{TELEGRAM_TOKEN}/sendMessage\", json={\"chat_id\": CHAT_ID, \"text\": v[\"label\"]})\n" % (tg, fg, rs(10, DIG)))
    add("p_design_bot_telegram_figma", gem("Make this bot async:\n```python\n" + bot + "```"),
        [(S, "telegram bot token", tg), (S, "figma personal access token", fg)])

    anon = jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(20, LO), "role": "anon", "iat": 1718000000, "exp": 2033576000})
    srv = supabase_service_jwt()
    sb = ("NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=%s\nSUPABASE_SERVICE_ROLE_KEY=%s\n" % (rs(20, LO), anon, srv))
    add("p_supabase_service_role_env", conv("Row level security is bypassed in prod, is the env right?\n.env.local:\n" + sb),
        [(S, "supabase service_role JWT (anon key next to it is public)", srv)])

    rt = glrt()
    toml = ("concurrent = 4\ncheck_interval = 0\n\n[[runners]]\n  name = \"k8s-runner-eu\"\n  url = \"https://gitlab.acme.de\"\n  id = %d\n  token = \"%s\"\n"
            "  token_obtained_at = 2025-10-02T09:11:00Z\n  executor = \"kubernetes\"\n  [runners.kubernetes]\n    namespace = \"gitlab-runner\"\n" % (R.randint(100, 999), rt))
    add("p_gitlab_runner_config_toml", br_claude("Runner shows 'stale' in the UI. config.toml:\n" + toml), [(S, "gitlab runner auth token", rt)])

    pm = postman()
    nw = ("- name: API contract tests\n  run: newman run \"https://api.getpostman.com/collections/%d-%s?apikey=%s\" --environment staging.json --reporters cli,junit\n"
          % (R.randint(10 ** 7, 10 ** 8), ruuid(), pm))
    add("p_postman_newman_workflow", br_cohere("Newman step flakes in GitHub Actions:\n" + nw), [(S, "postman api key in url", pm)])

    vc, cf, rn = rs(24, AL), rs(40, AL + "_-"), "rnd_" + rs(32)
    dl = ("$ export VERCEL_TOKEN=%s\n$ vercel deploy --prod --token $VERCEL_TOKEN\nVercel CLI 37.4.2\n🔍  Inspect: https://vercel.com/acme/web/%s [3s]\n"
          "$ CLOUDFLARE_API_TOKEN=%s npx wrangler deploy\n ⛅️ wrangler 3.80.0\nUploaded edge-router (2.31 sec)\n"
          "$ curl -H \"Authorization: Bearer %s\" https://api.render.com/v1/services?limit=20\n" % (vc, rs(9, LO + DIG), cf, rn))
    add("p_deploy_shell_vercel_cloudflare_render", oai("Turn this shell session into a GitHub Actions workflow:\n\n" + dl),
        [(S, "vercel token (unclaimed, keyword only)", vc), (S, "cloudflare api token (unclaimed)", cf), (S, "render api key rnd_ (unclaimed)", rn)])

    mb = mapbox_sk()
    up = ("curl -X POST \"https://api.mapbox.com/uploads/v1/acme-maps/credentials?access_token=%s\"\n"
          "aws s3 cp parcels.mbtiles s3://tilestream-tilesets-production/... --region us-east-1\n" % mb)
    add("p_mapbox_secret_upload", legacy("Fix the upload script:\n" + up + "\nFixed script:"), [(S, "mapbox secret token sk.", mb)])

    xi, re_, fa, fb = "sk_" + hexs(48), "re_" + rs(8, AL) + "_" + rs(24, AL), rs(32, AL + "-_"), "EAA" + rs(180, AL)
    nb = ("from elevenlabs.client import ElevenLabs\nimport resend, fastly\n\nclient = ElevenLabs(api_key=\"%s\")\nresend.api_key = \"%s\"\n"
          "fastly_cfg = fastly.Configuration(); fastly_cfg.api_token = \"%s\"\nFB_PAGE_ACCESS_TOKEN = \"%s\"\n" % (xi, re_, fa, fb))
    add("p_media_pipeline_unclaimed_keys", anth("Refactor into a settings module:\n```python\n" + nb + "```"),
        [(S, "elevenlabs sk_ key (unclaimed)", xi), (S, "resend re_ key (unclaimed)", re_), (S, "fastly api token (unclaimed)", fa), (S, "facebook page access token EAA (unclaimed)", fb)])

    pu, dpp = pulumi(), "dp.pt." + rs(43)
    hist = (": 1762950011:0;cd infra/pulumi\n: 1762950020:0;export PULUMI_ACCESS_TOKEN=%s\n: 1762950031:0;pulumi stack select acme/prod\n"
            ": 1762950090:0;doppler configure set token %s --scope /\n: 1762950101:0;doppler run -- pulumi up --yes\n" % (pu, dpp))
    add("p_zsh_history_pulumi_doppler", gem_fr("What did I run before prod broke?", "read_file", {"path": "~/.zsh_history"}, {"lines": hist}),
        [(S, "pulumi access token", pu), (S, "doppler personal token", dpp)])

    db = databricks()
    cfg = "[DEFAULT]\nhost  = https://adb-%s.%d.azuredatabricks.net\ntoken = %s\n\n[staging]\nhost = https://adb-%s.%d.azuredatabricks.net\nauth_type = azure-cli\n" % (
        rs(16, DIG), R.randint(1, 19), db, rs(16, DIG), R.randint(1, 19))
    add("p_databrickscfg_token", conv_tool("databricks CLI says invalid token for DEFAULT", "read_file", {"path": "~/.databrickscfg"}, result_text=cfg),
        [(S, "databricks PAT", db)])

    # ---------------------------------------------------------------- negatives
    add("n_provider_prefix_code", oai("Review this token classifier:\n```python\nPREFIXES = {'shpat_': 'shopify', 'glsa_': 'grafana', 'sntrys_': 'sentry', 'dapi': 'databricks',\n"
                                      "            'hvs.': 'vault', 'PMAK-': 'postman', 'lin_api_': 'linear', 'figd_': 'figma', 'nfp_': 'netlify', 'pul-': 'pulumi'}\n"
                                      "def kind(tok: str) -> str:\n    return next((v for k, v in PREFIXES.items() if tok.startswith(k)), 'unknown')\n\n"
                                      "assert kind('shpat_' + 'x' * 32) == 'shopify'\nassert kind('glsa_EXAMPLE_00000000') == 'grafana'\n```\nDocs say a Vault token looks like hvs.CAESI…(truncated).\n"))
    anon = jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(20, LO), "role": "anon", "iat": 1718000000, "exp": 2033576000})
    add("n_supabase_anon_key_only", resp("Client bundle has this, is that OK?\ncreateClient('https://%s.supabase.co', '%s')\n" % (rs(20, LO), anon)))
    add("n_bot_ids_public_keys", br_llama("Explain the config:\nDISCORD_APPLICATION_ID=%s\nDISCORD_PUBLIC_KEY=%s\nDISCORD_GUILD_ID=%s\nDISCORD_BOT_TOKEN=${DISCORD_BOT_TOKEN}\n"
                                          "TELEGRAM_CHAT_ID=-100%s\nTELEGRAM_BOT_TOKEN=os.environ['TELEGRAM_BOT_TOKEN']\nTELEGRAM_BOT_USERNAME=acme_alerts_bot\n"
                                          % (rs(19, DIG), hexs(64), rs(19, DIG), rs(10, DIG))))
    add("n_workspace_and_dashboard_ids", gem("Document these ids:\nDatabricks workspace: https://adb-%s.11.azuredatabricks.net/?o=%s#job/%s\ncluster_id: %s-%s-%s\n"
                                             "token: dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nGrafana dashboard uid: %s, datasource uid: %s\nTFC: org acme, workspace ws-%s, run run-%s\n"
                                             % (rs(16, DIG), rs(16, DIG), rs(15, DIG), rs(4, DIG), rs(6, DIG), rs(8, LO + DIG), rs(14, AL), rs(9, AL), rs(16, AL), rs(16, AL))))
    add("n_twilio_sids_not_keys", conv("Which Twilio resources are these?\nAccount SID: AC%s\nMessage SID: SM%s\nCall SID: CA%s\nVerify service: VA%s\n"
                                       "Messaging service: MG%s\nSKU list: SKU-%s, SKU-%s\n" % (hexs(32), hexs(32), hexs(32), hexs(32), hexs(32), rs(6, DIG), rs(6, DIG))))
    add("n_mailchimp_ids_urls", br_mistral("Why 404? GET https://us14.api.mailchimp.com/3.0/lists/%s/members/%s (subscriber hash = md5 of lower-cased address), campaign %s, "
                                           "dc=us14, webhook id %s" % (hexs(10), hexs(32), hexs(10), hexs(10))))
    add("n_shopify_ids_hmac_header", anth_tool([{"type": "text", "text": "Webhook HMAC check fails."}], "Bash", {"command": "cat last_webhook.txt"},
                                               "X-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: %s\nX-Shopify-Shop-Domain: acme-outdoor.myshopify.com\nX-Shopify-Webhook-Id: %s\n\n"
                                               "{\"admin_graphql_api_id\":\"gid://shopify/Order/%s\",\"id\":%s,\"financial_status\":\"paid\"}\n"
                                               % (b64(bytes(R.randrange(256) for _ in range(32))), ruuid(), rs(13, DIG), rs(13, DIG))))
    add("n_sentry_event_ids", oai_tool("Why is this event grouped wrong?", "read_file", {"path": "event.json"},
                                       json.dumps({"event_id": hexs(32), "release": "api@" + hexs(40), "contexts": {"trace": {"trace_id": hexs(32), "span_id": hexs(16)}},
                                                   "sdk": {"name": "sentry.python", "version": "2.17.0"}, "fingerprint": ["{{ default }}", hexs(12)]})))
