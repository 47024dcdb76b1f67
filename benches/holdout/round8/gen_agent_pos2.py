"""Theme 1b (positives): more agent sessions - prod seed data and fixtures with personal data, compose and dotfiles,
a hard-coded client key in TypeScript, a service-account JSON, `git shortlog -sne` with work addresses, and a private
key printed while fixing its permissions."""
import json

from gen_common import R, S, P, K, rs, hexs, b64, rb, pwd, upw, key, openai_key, iban_p, mobile, email, person, cap, V7
from gen_sess import reads, emit
import gen_text_code as TC
import gen_text_ops as TO


def build():
    # A14 seed file copied from a prod dump (Gemini)
    rows, labs = [], []
    for k, cc in enumerate(["DE", "FR", "NL", "DE"]):
        f, l = person()
        e, ph = email(f, l), mobile(cc, "intl")
        rows.append("  (%d, '%s', '%s %s', '%s', 'active')" % (1000 + k, e, cap(f), cap(l), ph))
        labs += [(P, "customer email in seed copied from prod", e)] + ([(P, "%s mobile in seed data" % cc, ph)] if k < 2 else [])
        if k >= 2:
            rows[-1] = rows[-1].replace("'%s'" % ph, "NULL")
    seed = TO.sql_migration("a14", 3000) + "\n\n-- customers for staging (exported from prod 2025-11-12, TODO anonymise)\nINSERT INTO customers (id, email, name, phone, state) VALUES\n" + ",\n".join(rows) + ";\n"
    emit("p_seed_sql_copied_from_prod", 2, [("u", "staging seeding takes ages; speed up db/seeds")] + reads("py", "a14", 2, 6000) +
         [("t", "read", "db/seeds/002_customers.sql", seed)], labs)

    # A15 test fixture of a SEPA mandate with a real debtor (Claude Code)
    f, l = person()
    ib, em = iban_p("DE", False), email(f, l)
    fx = json.dumps({"mandate_id": "MND-%s" % rs(10, "0123456789ABCDEF"), "signed_at": "2025-10-02", "debtor": {"name": "%s %s" % (cap(f), cap(l)), "iban": ib,
                     "bic": "COBADEFFXXX", "email": em}, "creditor_id": "DE98ZZZ09999999999", "amount_cents": 4990, "sequence": "RCUR"}, indent=2)
    emit("p_fixture_sepa_mandate_real_debtor", 0, [("u", "add a test for mandate amendments using the existing fixtures")] + reads("py", "a15", 3, 7000) +
         [("t", "read", "tests/fixtures/sepa/mandate_recurring.json", fx)], [(P, "IBAN of a person in a test fixture", ib), (P, "debtor email in fixture", em)])

    # A16 docker-compose with a Mongo root password and a Redis URL with password (OpenAI Chat)
    mp, rp = pwd(20), upw(24)
    dc = ("services:\n  api:\n    build: .\n    environment:\n      MONGO_URL: mongodb://api:${MONGO_API_PASSWORD}@mongo:27017/shop\n      REDIS_URL: redis://:%s@redis:6379/0\n"
          "    depends_on: [mongo, redis]\n  mongo:\n    image: mongo:7\n    environment:\n      MONGO_INITDB_ROOT_USERNAME: root\n      MONGO_INITDB_ROOT_PASSWORD: %s\n"
          "  redis:\n    image: redis:7-alpine\n    command: [\"redis-server\", \"--requirepass\", \"%s\"]\n") % (rp, mp, rp)
    emit("p_compose_mongo_redis_passwords", 1, [("u", "api container can't reach redis after I added requirepass")] + reads("ts", "a16", 3, 6000) +
         [("t", "read", "docker-compose.yml", dc)], [(S, "redis password in URL and requirepass", rp), (S, "MONGO_INITDB_ROOT_PASSWORD literal", mp)])

    # A17 dotfiles: ~/.npmrc and ~/.pypirc (Converse)
    nt, pt = V7.npm_tok(), V7.pypi_tok()
    out = ("==> /home/dev/.npmrc <==\n@acme:registry=https://npm.pkg.github.com\n//registry.npmjs.org/:_authToken=%s\nfund=false\n\n==> /home/dev/.pypirc <==\n"
           "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s\n") % (nt, pt)
    emit("p_dotfiles_npmrc_pypirc", 3, [("u", "publishing works from my laptop but not CI. compare my local config with the workflow"),
                                        ("t", "read", ".github/workflows/release.yml", "name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n"
                                         "    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"),
                                        ("t", "bash", "head -n 20 ~/.npmrc ~/.pypirc", out)], [(S, "npm token in ~/.npmrc", nt), (S, "PyPI token in ~/.pypirc", pt)])

    # A18 Spring application.properties: SendGrid as mail password, HMAC JWT secret (OpenAI Responses)
    sg, js = V7.sendgrid(), b64(rb(48))
    props = ("server.port=8080\nspring.mail.host=smtp.sendgrid.net\nspring.mail.username=apikey\nspring.mail.password=%s\nspring.mail.properties.mail.smtp.starttls.enable=true\n"
             "app.jwt.secret=%s\napp.jwt.issuer=https://auth.acme-outdoor.de\nmanagement.endpoints.web.exposure.include=health,info\n") % (sg, js)
    emit("p_spring_properties_mail_jwt", 4, [("u", "password reset mails are not sent in staging")] + reads("java", "a18", 4, 7000) +
         [("t", "read", "src/main/resources/application.properties", props)], [(S, "SendGrid key as spring.mail.password", sg), (S, "JWT HMAC secret literal", js)])

    # A19 TypeScript: OpenAI client with a literal fallback (Gemini)
    ok = openai_key()
    ts = TC.ts_file("a19", 2500) + '\nimport OpenAI from "openai";\n\nexport const openai = new OpenAI({\n  apiKey: process.env.OPENAI_API_KEY ?? "%s",\n});\n' % ok
    emit("p_next_openai_literal_fallback", 2, [("u", "Add streaming to the product description generator")] + reads("ts", "a19", 4, 8000) +
         [("t", "read", "lib/ai.ts", ts)], [(S, "OpenAI key literal fallback in lib/ai.ts", ok)])

    # A20 service-account JSON in the repo (Bedrock InvokeModel Claude)
    pem = key("sa_pkcs8.pem")
    sa = json.dumps({"type": "service_account", "project_id": "acme-shop-prod", "private_key_id": hexs(40), "private_key": pem,
                     "client_email": "ci-deployer@acme-shop-prod.iam.gserviceaccount.com", "client_id": str(R.randint(10 ** 20, 10 ** 21)),
                     "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}, indent=2)
    emit("p_gcp_sa_json_in_repo", 5, [("u", "Cloud Build deploy fails with invalid_grant, what is the deploy step using?")] + reads("go", "a20", 3, 7000) +
         [("t", "read", "deploy/keys/ci-deployer.json", sa)], [("private_key|secret", "service-account private_key in repo JSON", json.dumps(pem)[1:-1])])

    # A21 git shortlog with work addresses (Claude Code)
    people = [person() for _ in range(3)]
    mails = ["%s.%s@acme-outdoor.de" % p for p in people]
    sl = "\n".join("%6d\t%s %s <%s>" % (R.randint(3, 400), cap(p[0]), cap(p[1]), m) for p, m in zip(people, mails)) + \
        "\n    41\tdependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n    12\tRenovate Bot <bot@renovateapp.com>"
    emit("p_git_shortlog_work_emails", 0, [("u", "who owns the billing module? I need reviewers for this PR"),
                                           ("t", "bash", "git shortlog -sne --since=2025-01-01 -- shop/billing", sl),
                                           ("t", "bash", "git log --oneline -15 -- shop/billing", "\n".join("%s %s" % (hexs(9), l.strip()) for l in TO.git_log("a21", 15).split("\n") if l.startswith("    ")))] +
         reads("py", "a21", 2, 8000), [(P, "work email in git shortlog", m) for m in mails])

    # A22 ssh private key printed while fixing permissions (Claude Code Bash)
    k = key("id_ed25519")
    emit("p_ssh_key_printed_fixing_perms", 0, [("u", "git push says 'Permissions 0644 for id_ed25519 are too open'. fix it")] +
         [("t", "bash", "ls -la ~/.ssh", "total 24\ndrwx------  2 dev dev 4096 Nov 20 09:14 .\n-rw-r--r--  1 dev dev  399 Nov 20 09:14 id_ed25519\n-rw-r--r--  1 dev dev   92 Nov 20 09:14 id_ed25519.pub\n-rw-r--r--  1 dev dev 1708 Nov 18 17:02 known_hosts"),
          ("t", "bash", "cat ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519", k), ("a", "Fixed: the key is now 0600. Try pushing again.")],
         [(K, "OpenSSH private key printed by cat", k.strip())])
