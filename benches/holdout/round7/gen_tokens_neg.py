"""Theme 2 (hard negatives): token-format documentation with obviously fake values, scanner test fixtures, code that reads
provider keys, masked CLI output, provider ids that look like tokens, public keys."""
import json

from gen_common import *  # noqa: F401,F403
from gen_common import R, rs, hexs, b64, rb, ruuid, key, add, anth, anth_tool, oai, oai_tool, oai_parts, resp, resp_fc, gem, gem_fr, conv, \
    conv_tool, br_claude, br_llama, br_titan, br_mistral, br_cohere, legacy, filler, DIG, LO, UP, AL
import gen_values as V


def build():
    # token-format documentation page, values obviously fake
    doc = """## Credential formats we recognise

| provider | prefix | example (fake) |
| --- | --- | --- |
| GitHub classic PAT | `ghp_` | `ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` |
| HashiCorp Vault service token | `hvs.` | `hvs.<token>` |
| DigitalOcean | `dop_v1_` | `dop_v1_` followed by 64 hex characters |
| Groq | `gsk_` | `gsk_...` |
| LangSmith | `lsv2_pt_` | `lsv2_pt_<32 hex>_<10 hex>` |
| OpenRouter | `sk-or-v1-` | `sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000` |
| age identity | `AGE-SECRET-KEY-1` | `AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ` |
| Shopify admin | `shpat_` | `shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |
| SonarQube project | `sqp_` | `sqp_<40 hex>` |
| Heroku | `HRKU-` | `HRKU-AA...` |

Tokens are 40-200 characters. Never paste a real token into an issue: use `${TOKEN}` or `<redacted>`.
Rotation: `vault token revoke -self`, `doctl auth remove`, `gh auth refresh`.
"""
    add("n_token_format_docs_fake_values", gem("Turn this wiki page into a regex cheat sheet for our DLP team:\n\n" + doc))

    # scanner unit-test fixtures: negative cases the scanner must NOT flag, all clearly fake
    fx = """#[cfg(test)]
mod tests {
    use super::*;
    const FAKE_AWS_ID: &str = "AKIAIOSFODNN7EXAMPLE";
    const FAKE_AWS_SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    const FAKE_OPENAI: &str = "sk-test-0000000000000000000000000000";
    const FAKE_STRIPE: &str = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
    const FAKE_SLACK: &str = "xoxb-not-a-real-token-this-will-not-work";
    const FAKE_GROQ: &str = "gsk_EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEX";
    const FAKE_VAULT: &str = "hvs.EXAMPLE-TOKEN-DO-NOT-USE";

    #[test]
    fn ignores_documented_examples() {
        for v in [FAKE_AWS_ID, FAKE_AWS_SECRET, FAKE_OPENAI, FAKE_STRIPE, FAKE_SLACK, FAKE_GROQ, FAKE_VAULT] {
            assert!(scan(v).is_empty(), "{v} should be treated as an example");
        }
    }
}
"""
    add("n_scanner_test_fixtures_fake_keys", anth_tool([{"type": "text", "text": "Add a test for Azure examples too."}], "Read", {"file_path": "/src/dlp/src/rules/tests.rs"}, fx))

    # code that reads provider keys from env / 1Password / Doppler
    code = ("import os\nfrom groq import Groq\nfrom pinecone import Pinecone\nimport replicate\n\n"
            "groq = Groq(api_key=os.environ[\"GROQ_API_KEY\"])\npc = Pinecone(api_key=os.getenv(\"PINECONE_API_KEY\"))\n"
            "rep = replicate.Client(api_token=os.environ.get(\"REPLICATE_API_TOKEN\"))\nXAI_KEY = os.environ[\"XAI_API_KEY\"]\n"
            "# deploy: op run --env-file=prod.env -- python app.py\n# prod.env:\n#   GROQ_API_KEY=op://ml-prod/groq/credential\n"
            "#   PINECONE_API_KEY=op://ml-prod/pinecone/credential\n# or: doppler run --project ml --config prd -- python app.py\n")
    add("n_code_reads_provider_keys_env", oai("Add type hints and a retry decorator:\n\n```python\n" + code + "```"))

    # masked CLI output
    mk = ("$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account lschneider (keyring)\n  - Active account: true\n  - Git operations protocol: ssh\n"
          "  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'\n"
          "$ doppler secrets --only-names\n┌──────────────────────┐\n│ NAME                 │\n├──────────────────────┤\n│ DATABASE_URL         │\n│ STRIPE_SECRET_KEY    │\n│ OPENAI_API_KEY       │\n└──────────────────────┘\n"
          "$ vault token lookup\nKey                 Value\n---                 -----\naccessor            %s\ndisplay_name        oidc-lena\nid                  hvs.****************\npolicies            [default ops]\nttl                 7h12m\n"
          "$ heroku auth:token\n ›   Warning: token will expire 11/30/2025\nHRKU-AA***redacted***\n" % rs(24))
    add("n_masked_cli_token_output", br_titan("Am I logged in everywhere I need to be for the release?\n" + mk))

    # provider ids that look like tokens but are not credentials
    ids = ("pinecone index host: support-kb-%s.svc.aped-4627-b74a.pinecone.io\nlinear issues: ENG-%d, ENG-%d, OPS-%d\nnotion page: https://www.notion.so/acme/Q4-Plan-%s\n"
           "sentry dsn: https://%s@o%d.ingest.de.sentry.io/%d\nsquare location: L%s\nconfluent cluster: lkc-%s (env-%s)\nsupabase project ref: %s\n"
           "vercel project: prj_%s\nnetlify site id: %s\npostman collection uid: %d-%s\ndatabricks workspace: https://adb-%d.%d.azuredatabricks.net\n"
           "circleci project slug: gh/acme/web, pipeline id %s\ntwitch client id (public): %s\ngrafana stack: acme.grafana.net (stack id %d)\n"
           "planetscale branch: main, deploy request #%d\n1password vault id: %s\n"
           % (rs(7, LO + DIG), R.randint(1000, 9999), R.randint(1000, 9999), R.randint(100, 999), hexs(32), hexs(32), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 6, 10 ** 7),
              rs(13, UP + DIG), rs(5, LO + DIG), rs(5, LO + DIG), rs(20, LO), rs(28, AL), ruuid(), R.randint(10 ** 7, 10 ** 8), ruuid(),
              R.randint(10 ** 15, 10 ** 16), R.randint(1, 9), ruuid(), rs(30, LO + DIG), R.randint(100000, 999999), R.randint(10, 300), rs(26, LO + DIG)))
    add("n_provider_resource_ids", conv("Put these into our service inventory table:\n" + ids))

    # public key material: age recipients, ssh keys, known_hosts, PEM public key, certificate
    kh = "\n".join("|1|%s|%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (b64(rb(20)), b64(rb(20)), rs(43, AL + "+/")) for _ in range(6))
    pubs = ("# .sops.yaml recipients\n" + "\n".join("- %s  # %s" % (V.age_public(), n) for n in ("lena", "tobias", "ci")) + "\n\n# authorized_keys\n" +
            key("ops_ed25519.pub") + key("build_rsa.pub") + "\n# known_hosts\n" + kh + "\n\n# JWT verification key\n" + key("ca_pub.pem") + "\n# cluster CA\n" + key("ca.crt"))
    add("n_public_keys_age_ssh_known_hosts", anth("Which of these do I need to rotate after Tobias leaves?\n\n" + pubs))

    # high-entropy test vectors, UUID lists, hex dump
    tv = "\n".join("    (\"%s\", \"%s\", \"%s\")," % (hexs(32), hexs(24), hexs(64)) for _ in range(60))
    uu = "\n".join(ruuid() for _ in range(150))
    hd = "\n".join("%08x  %s  |%s|" % (i * 16, " ".join(hexs(2) for _ in range(16)), rs(16, AL + ".")) for i in range(120))
    add("n_test_vectors_uuids_hexdump", resp_fc("Why does test_aes_gcm fail for vector 17?", "read_file", {"path": "tests/vectors.py"},
                                                "# AES-256-GCM vectors (key, iv, expected tag)\nVECTORS = [\n" + tv + "\n]\n\n# request ids seen in the failing run\n" + uu + "\n\n# xxd ciphertext.bin\n" + hd))

    # password policy text and a redacted log
    pol = ("Password & secret handling standard (v3.2)\n\n1. Passwords must be at least 14 characters and contain upper case, lower case, digits and a symbol.\n"
           "2. API tokens (GitHub, GitLab, Vault) expire after 90 days; service tokens after 30.\n3. Secrets live in Vault under kv/<team>/<service>; never in .env files committed to git.\n"
           "4. Log lines must mask credentials: `password=****`, `Authorization: Bearer [REDACTED]`.\n\nExample of a compliant log line:\n"
           "2025-11-20T10:02:11Z INFO db connect host=pg-1 user=orders password=**** sslmode=verify-full\n"
           "2025-11-20T10:02:12Z INFO http POST /v1/charges Authorization: Bearer [REDACTED] status=200\n"
           "2025-11-20T10:02:13Z WARN retry token=<redacted> attempt=2\n")
    add("n_password_policy_and_redacted_log", br_llama("Rewrite this standard in plain language for new hires:\n" + pol))

    # crypto wallet addresses and transaction hashes
    w = "\n".join("%s  %s  %.6f ETH  tx 0x%s" % (V.eth_addr(), V.eth_addr(), R.uniform(0.01, 3), hexs(64)) for _ in range(40))
    w += "\n" + "\n".join("bc1q%s  %.8f BTC" % (rs(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), R.uniform(0.001, 0.5)) for _ in range(15))
    add("n_crypto_wallet_ledger", gem("Reconcile these on-chain transfers with the treasury sheet:\n" + w))
