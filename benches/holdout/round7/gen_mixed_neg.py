"""Second pass (hard negatives) across every API kind."""
import json

from gen_common import *  # noqa: F401,F403
from gen_common import R, rs, hexs, b64, rb, ruuid, key, person, cap, add, anth, anth_tool, oai, oai_tool, oai_parts, resp, resp_fc, gem, gem_fr, \
    conv, conv_tool, br_claude, br_llama, br_titan, br_mistral, br_cohere, legacy, filler, DIG, LO, UP, AL


def build():
    hist = [{"role": "USER", "message": "how do I pass the db password to the chart without putting it in values?"},
            {"role": "CHATBOT", "message": "Use auth.existingSecret: orders-db and create the Secret from Vault with the External Secrets Operator."},
            {"role": "USER", "message": "helm upgrade orders ./chart --set auth.existingSecret=orders-db --set-file tls.crt=certs/tls.crt --set image.tag=2.14.3"}]
    add("n_cohere_history_helm_existing_secret", br_cohere("and for the redis password?", hist))

    unit = ("[Unit]\nDescription=Orders API\n\n[Service]\nExecStart=/opt/orders/bin/api --config /etc/orders/api.toml\nLoadCredential=db-password:/etc/credstore/orders-db\n"
            "SetCredentialEncrypted=stripe-key: \\\n        %s\nEnvironment=DB_PASSWORD_FILE=%%d/db-password\nDynamicUser=yes\n" % " \\\n        ".join(b64(rb(60)) for _ in range(4)))
    add("n_llama_systemd_encrypted_credentials", br_llama("Explain LoadCredential vs SetCredentialEncrypted in this unit:\n" + unit))

    claim = ("Claim CLM-2025-%d | Policy HH-%d | Loss date 2025-11-09 | Cause: water damage (kitchen) | Reserve EUR 3,200 | Adjuster team: Property North\n" % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 6, 10 ** 7))) * 40
    add("n_titan_claims_batch_no_people", br_titan("Summarise this claims batch by cause:\n" + claim))

    sql = ("CREATE ROLE reporting_ro LOGIN;\nALTER ROLE reporting_ro PASSWORD NULL;\n-- password is set by the operator from Vault:\n\\set pw `vault kv get -field=password kv/reporting`\n"
           "ALTER ROLE reporting_ro PASSWORD :'pw';\nCREATE USER 'app'@'%' IDENTIFIED WITH auth_socket;\nALTER USER 'etl'@'10.%' IDENTIFIED BY RANDOM PASSWORD;\n"
           "GRANT SELECT ON analytics.* TO 'etl'@'10.%';\n")
    add("n_mistral_sql_roles_no_literal_password", br_mistral("Review these grants:\n" + sql))

    cron = ("15 2 * * * mysqldump --defaults-extra-file=/etc/backup/my.cnf --all-databases | gzip > /backup/db.sql.gz\n"
            "30 2 * * * PGPASSFILE=/etc/backup/pgpass pg_dump -h pg-1.internal -U reporting analytics > /backup/analytics.sql\n"
            "*/5 * * * * curl -fsS --netrc-file /etc/monitor/netrc https://jenkins.acme.internal/api/json > /dev/null\n")
    add("n_legacy_crontab_credential_files", legacy("# Explain this crontab\n" + cron + "\n# Explanation:\n"))

    pdf = b64(("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT /F1 12 Tf (Acme Outdoor 2026 catalogue - tents, sleeping bags, stoves) Tj ET\n" + "stream\n" + "x" * 200 + "\nendstream\n").encode() + rb(9000))
    add("n_resp_input_file_public_brochure", {"model": "gpt-5", "input": [{"role": "user", "content": [
        {"type": "input_file", "filename": "catalogue-2026.pdf", "file_data": "data:application/pdf;base64," + pdf}, {"type": "input_text", "text": "List the product categories."}]}]})

    desc = {"ARN": "arn:aws:secretsmanager:eu-central-1:%s:secret:prod/orders/db-%s" % (rs(12, DIG), rs(6)), "Name": "prod/orders/db", "RotationEnabled": True,
            "RotationLambdaARN": "arn:aws:lambda:eu-central-1:%s:function:SecretsManagerRDSPostgreSQLRotationSingleUser" % rs(12, DIG),
            "RotationRules": {"AutomaticallyAfterDays": 30}, "LastRotatedDate": "2025-11-20T03:00:11+00:00",
            "VersionIdsToStages": {ruuid(): ["AWSCURRENT"], ruuid(): ["AWSPREVIOUS"]}, "KmsKeyId": "alias/orders"}
    add("n_converse_secretsmanager_describe", conv_tool("Did the rotation run?", "aws_cli", {"args": "secretsmanager describe-secret --secret-id prod/orders/db"}, result_json=desc))

    turns = [{"role": "user", "content": "Can you confirm my booking?"},
             {"role": "assistant", "content": "Booking BK-%d is confirmed, paid with card **** **** **** %s. The hotel reception is reachable at +49 89 2000 0 (24h)." % (R.randint(10 ** 5, 10 ** 6), rs(4, DIG))},
             {"role": "user", "content": "Great, and the card ending %s is still the one on file?" % rs(4, DIG)}]
    add("n_anth_multiturn_booking_masked_card", {"model": "claude-haiku-4-5", "max_tokens": 512, "messages": turns})

    si = ("You are the order-status assistant. Never reveal API keys, tokens or passwords, even if asked. Credentials are injected by the tool runtime; "
          "you never see them. If a user pastes a secret, tell them to rotate it.")
    tools = [{"functionDeclarations": [{"name": "zendesk_search", "description": "search tickets", "parameters": {"type": "OBJECT", "properties": {
        "query": {"type": "STRING"}, "api_token": {"type": "STRING", "description": "injected by runtime"}}}}]}]
    add("n_gem_system_prompt_rules_no_creds", {"system_instruction": {"parts": [{"text": si}]}, "tools": tools,
                                               "contents": [{"role": "user", "parts": [{"text": "what's your api token? just kidding, where's order 10482?"}]}]})

    gocode = ("package verify\n\nimport (\n\t\"crypto/ed25519\"\n\t\"crypto/x509\"\n\t\"encoding/pem\"\n)\n\n// public key of the license signer (safe to ship)\n"
              "var pub = ed25519.PublicKey{%s}\n\nconst caPEM = `%s`\n\nfunc parse(b []byte) (any, error) {\n\tblk, _ := pem.Decode(b)\n\treturn x509.ParsePKCS8PrivateKey(blk.Bytes)\n}\n"
              % (", ".join("0x%02x" % x for x in rb(32)), key("ca.crt")))
    add("n_br_claude_go_public_key_and_cert", br_claude("Is it fine to embed these in the binary?\n" + gocode))

    hrp = ("Workplace investigations policy\n\nInvestigations are handled confidentially. Information is shared only with people who need it. "
           "Confidentiality does not prevent employees from reporting to authorities. Witnesses are asked to keep the matter confidential.\n")
    add("n_titan_policy_confidential_prose", br_titan("Shorten this policy:\n" + hrp))

    logs = []
    for i in range(1150):
        logs.append("%s INFO  [%s] req=%s session=%s route=%s status=%d dur=%dms" % ("2025-11-22T%02d:%02d:%02d.%03dZ" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
                    R.choice(["http", "worker", "cron"]), ruuid(), hexs(32), R.choice(["/v1/orders", "/v1/cart", "/healthz", "/v1/search"]), R.choice([200, 200, 201, 404, 500]), R.randint(1, 900)))
    add("n_anth_app_log_request_session_ids_large", anth_tool([{"type": "text", "text": "Any pattern in the 500s?"}], "Bash", {"command": "tail -1150 /var/log/orders/app.log"}, "\n".join(logs)))

    tpl = ("Subject: Your password was changed\n\nHi {{ user.first_name }},\n\nthe password for {{ user.email }} was changed on {{ event.time | date }}.\n"
           "If this wasn't you, reset it here: {{ reset_link }}\nYour one-time code: {{ otp }}\n\n— The Acme team (do not reply to this message)\n")
    add("n_oai_parts_password_email_template", oai_parts("Translate this e-mail template to French, keep the variables:\n" + tpl))
