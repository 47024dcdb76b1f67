"""Second pass (positives) across every API kind: Bedrock Cohere history, Llama / Mistral / Titan prompts, legacy
completions, Responses input_file, Converse toolResult and document, Gemini system_instruction, multi-turn chats."""
import base64, json

from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, b64, ruuid, card, card_fmt, pwd, upw, key, person, cap, pmail, add, anth, anth_tool, oai, \
    oai_tool, oai_parts, resp, resp_fc, gem, gem_fr, conv, conv_tool, br_claude, br_llama, br_titan, br_mistral, br_cohere, legacy, DIG, LO, UP, AL
import gen_common as G
import gen_values as V
import gen_mixed_neg


def build():
    # 1 Bedrock Cohere: credential in an earlier turn of chat_history
    rp = upw(24)
    hist = [{"role": "USER", "message": "our cache keeps timing out from Lambda"}, {"role": "CHATBOT", "message": "Which endpoint and client are you using?"},
            {"role": "USER", "message": "REDIS_URL=rediss://default:%s@redis-%d.c%d.eu-west-1-2.ec2.redns.redis-cloud.com:%d with redis-py 5.0" % (rp, R.randint(10000, 19999), R.randint(1, 300), R.randint(10000, 19999))},
            {"role": "CHATBOT", "message": "Check that the Lambda has a NAT route and set socket_timeout."}]
    add("p_cohere_history_redis_cloud_url", br_cohere("still timing out after adding the NAT, what next?", hist), [(S, "redis cloud password in rediss:// URL", rp)])

    # 2 Llama: Dockerfile writing an npm token into .npmrc
    nt = V.npm_tok()
    df = ("FROM node:22-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN echo \"//registry.npmjs.org/:_authToken=%s\" > .npmrc && npm ci && rm .npmrc\n"
          "COPY . .\nRUN npm run build\n" % nt)
    add("p_llama_dockerfile_npm_token", br_llama("Make this Dockerfile smaller:\n" + df), [(S, "npm token written into .npmrc in Dockerfile", nt)])

    # 3 Titan: Swiss insurance claim with AHV number and mobile
    f, l = person()
    ahv, mo = G.r3.ahv(), G.mobile("CH", "national")
    claim = ("Schadenmeldung Hausrat\nVersicherte Person: %s %s\nAHV-Nr.: %s\nNatel: %s\nSchadendatum: 09.11.2025\nHergang: Wasserschaden in der Küche, "
             "Geschirrspüler ausgelaufen.\n" % (cap(f), cap(l), ahv, mo))
    add("p_titan_ch_claim_ahv_natel", br_titan("Fasse die Schadenmeldung für den Sachbearbeiter zusammen:\n" + claim),
        [(P, "CH AHV number", ahv), (P, "CH mobile after 'Natel'", mo)])

    # 4 Mistral: Liquibase changelog creating a role with a password
    lp = pwd(20, "-_!")
    lq = ("databaseChangeLog:\n  - changeSet:\n      id: 2025-11-20-reporting-role\n      author: data-platform\n      changes:\n        - sql:\n"
          "            sql: CREATE ROLE reporting_ro WITH LOGIN PASSWORD '%s' VALID UNTIL '2026-12-31';\n        - sql:\n"
          "            sql: GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO reporting_ro;\n" % lp)
    add("p_mistral_liquibase_role_password", br_mistral("Convert this Liquibase changelog to Flyway SQL:\n" + lq), [(S, "postgres role password in migration", lp)])

    # 5 legacy completion: crontab with inline passwords
    p1, p2, p3 = pwd(16, "_-"), pwd(14, "_-"), pwd(18, "_-")
    cron = ("# m h dom mon dow command\n15 2 * * * mysqldump -u backup -p'%s' --all-databases | gzip > /backup/db-$(date +\\%%F).sql.gz\n"
            "30 2 * * * PGPASSWORD=%s pg_dump -h pg-1.internal -U reporting analytics > /backup/analytics.sql\n"
            "*/5 * * * * curl -fsS -u monitor:%s https://jenkins.acme.internal/api/json > /dev/null\n" % (p1, p2, p3))
    add("p_legacy_completion_crontab_passwords", legacy("# Annotated crontab for the backup host\n" + cron + "\n# Explanation of each line:\n"),
        [(S, "mysqldump -p password", p1), (S, "PGPASSWORD literal", p2), (S, "curl -u basic auth password", p3)])

    # 6 Responses input_file: a .env attached as base64 (value only inside the payload)
    gd = V.gitlab_pat().replace("glpat-", "gldt-")
    envb = b64(("CI_REGISTRY=registry.gitlab.com\nDEPLOY_USER=gitlab+deploy-token-%d\nDEPLOY_TOKEN=%s\n" % (R.randint(100000, 999999), gd)).encode())
    add("p_resp_input_file_env_deploy_token", {"model": "gpt-5", "input": [{"role": "user", "content": [
        {"type": "input_file", "filename": "deploy.env", "file_data": "data:text/plain;base64," + envb},
        {"type": "input_text", "text": "Why does docker login fail with this deploy token file?"}]}]}, [(S, "gitlab deploy token in base64 file_data", gd, envb)])

    # 7 Converse toolResult: Secrets Manager get-secret-value (JSON in JSON)
    sp = pwd(28, "!#-_")
    sv = {"ARN": "arn:aws:secretsmanager:eu-central-1:%s:secret:prod/orders/db-%s" % (rs(12, DIG), rs(6)), "Name": "prod/orders/db",
          "SecretString": json.dumps({"username": "orders_app", "password": sp, "engine": "postgres", "host": "orders.cluster-%s.eu-central-1.rds.amazonaws.com" % rs(12, LO + DIG), "port": 5432}),
          "VersionId": ruuid(), "VersionStages": ["AWSCURRENT"]}
    add("p_converse_secretsmanager_value", conv_tool("Why does the app get auth failures after rotation?", "aws_cli", {"args": "secretsmanager get-secret-value --secret-id prod/orders/db"}, result_json=sv),
        [(S, "db password inside SecretString", sp)])

    # 8 Anthropic multi-turn chat: Italian customer gives mobile and card
    mo, cn = G.mobile("IT", "national"), card("mc2")
    turns = [{"role": "user", "content": "Buongiorno, vorrei cambiare la carta per l'abbonamento."},
             {"role": "assistant", "content": "Certo! Mi indichi il numero della nuova carta e un recapito telefonico."},
             {"role": "user", "content": "La carta è %s scad. 08/29, cell. %s" % (card_fmt(cn), mo)}]
    add("p_anth_multiturn_it_card_mobile", {"model": "claude-haiku-4-5", "max_tokens": 1024, "system": "Sei l'assistente clienti di Acme Abbonamenti.", "messages": turns},
        [(P, "mastercard 2-series card in chat", card_fmt(cn)), (P, "IT mobile after 'cell.'", mo)])

    # 9 OpenAI chat: git remote -v with a Bitbucket app password
    bb = "ATBB" + rs(32) + hexs(8).upper()
    rem = "origin\thttps://jenkins-acme:%s@bitbucket.org/acme/payments.git (fetch)\norigin\thttps://jenkins-acme:%s@bitbucket.org/acme/payments.git (push)\n" % (bb, bb)
    add("p_oai_git_remote_bitbucket_app_password", oai_tool("Push from Jenkins fails with 403.", "run_shell", {"cmd": "git remote -v"}, rem), [(S, "bitbucket app password in remote", bb)])

    # 10 Gemini system_instruction holding the bot's own credentials
    zd, sh = rs(40), V.shopify_tok("shpat_")
    si = ("You are the order-status assistant for Acme Outdoor. Tools: zendesk(), shopify().\nInternal config (do not reveal): zendesk subdomain acme-outdoor, "
          "agent email bot-agent@acme-outdoor.de, zendesk api token %s; shopify admin token %s.\nAnswer in the customer's language." % (zd, sh))
    add("p_gem_system_instruction_creds", gem("Wo ist meine Bestellung 10482?", system=si), [(S, "zendesk api token in system prompt (unclaimed)", zd), (S, "shopify admin token in system prompt", sh)])

    # 11 Converse document: Go signer with an EC key in a raw string literal
    ec = key("signer_ec.pem")
    go = "package signer\n\nimport \"crypto/x509\"\n\n// production signing key for license files\nconst licenseKey = `%s`\n\nfunc Load() (any, error) {\n\treturn x509.ParseECPrivateKey(decode(licenseKey))\n}\n" % ec
    add("p_converse_document_go_ec_key", {"messages": [{"role": "user", "content": [{"document": {"format": "txt", "name": "signer-go", "source": {"bytes": b64(go.encode())}}},
                                                                                  {"text": "Review this Go file for security issues."}]}], "inferenceConfig": {"maxTokens": 1500}},
        [(K, "EC private key in Go raw string (inside document bytes)", ec.strip(), b64(go.encode()))])

    # 12 Bedrock Claude: HR investigation note (marker + personal contact)
    f, l = person()
    em, ph = pmail(f, l), G.mobile("UK", "national")
    hr = ("CONFIDENTIAL – HR INVESTIGATION\nCase HR-2025-%03d\nSubject: %s %s (Warehouse, Leeds)\nPersonal contact: %s / %s\nAllegation: repeated late clock-ins "
          "recorded by a colleague.\nNext step: interview 26 Nov.\n" % (R.randint(1, 300), cap(f), cap(l), em, ph))
    add("p_br_claude_hr_investigation_note", br_claude("Draft the interview invitation letter based on this note:\n" + hr),
        [(C, "CONFIDENTIAL HR banner", "CONFIDENTIAL"), (P, "personal email of employee", em), (P, "UK mobile of employee", ph)])

    # 13 OpenAI Responses text: Slack bot manifest + signing secret and a Stripe webhook secret
    ss, wh = hexs(32), V.stripe_whsec()
    rb_ = ("# bot/.env\nSLACK_SIGNING_SECRET=%s\nSTRIPE_WEBHOOK_SECRET=%s\nPORT=3000\n" % (ss, wh))
    add("p_resp_slack_signing_stripe_whsec", resp("Why does signature verification fail for both webhooks?\n" + rb_, instructions="Be brief."),
        [(S, "slack signing secret (unclaimed, keyword)", ss), (S, "stripe webhook secret", wh)])

    gen_mixed_neg.build()
