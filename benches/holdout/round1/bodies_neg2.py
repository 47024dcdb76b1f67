# ---------------------------------------------------------------- HARD NEGATIVES, batch 2
# n41 sourcemap
sm = json.dumps({"version": 3, "file": "main.7f3a9c1e.js", "sources": ["webpack://storefront/./src/index.tsx"], "names": ["React", "App", "root"],
                 "mappings": "AAAA,SAASA,UAAU,QAAQ;AACnB,OAAOC,GAAG,MAAM,OAAO;AAE/B,MAAMC,IAAI,GAAGF,QAAQ,CAACG,UAAU,CAACC,QAAQ,CAACC,cAAc,CAAC,MAAM,CAAE,CAAC;AAClEH,IAAI,CAACI,MAAM,cAAC,KAAC,GAAG,KAAE,CAAC,CAAC;AAAA,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA,gBAAgB" + rs(120, B64[:-2] + ",;"),
                 "sourcesContent": ["import { createRoot } from 'react-dom/client';\nimport App from './App';\n"]})
body("n41_anth_sourcemap", anth("source maps don't resolve in Sentry, check the map", [("Read", {"file_path": "/home/dev/src/storefront/build/static/js/main.js.map"}, sm, None)]))

# n42 JWKS (public key material)
jwks = json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(43, B64URL), "n": b64url(rnd_bytes(256)), "e": "AQAB",
                             "x5t": b64url(rnd_bytes(20)), "x5c": [base64.b64encode(rnd_bytes(700)).decode()]},
                            {"kty": "EC", "crv": "P-256", "kid": rs(22, B64URL), "x": b64url(rnd_bytes(32)), "y": b64url(rnd_bytes(32)), "use": "sig"}]}, indent=2)
body("n42_oai_jwks", oai_chat("Why does token verification fail with 'kid not found'?", [("run_shell", {"cmd": "curl -s https://auth.acme-corp.com/.well-known/jwks.json"}, jwks)]))

# n43 i18n strings with password/token words
i18n = json.dumps({"login.password": "Password", "login.password_hint": "Enter your password", "reset.password_token_expired": "Your reset link has expired. Request a new one.",
                   "auth.token_invalid": "Your session token is invalid or expired.", "settings.api_key.title": "API keys", "settings.api_key.create": "Create secret key",
                   "settings.secret_key_warning": "Copy this key now. You won't be able to see it again.", "signup.password_rules": "At least 12 characters, one number, one symbol"}, indent=2, ensure_ascii=False)
body("n43_gem_i18n_strings", gemini("Translate these UI strings to German (keep keys):\n\n" + i18n))

# n44 OpenAPI securitySchemes
oa_ = """openapi: 3.1.0
info: {title: Orders API, version: 2.4.0}
components:
  securitySchemes:
    api_key:
      type: apiKey
      name: X-API-Key
      in: header
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    oauth2:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.acme-corp.com/oauth/token
          scopes: {orders:read: read orders}
security:
  - api_key: []
"""
body("n44_resp_openapi_security", oai_resp("generate a TypeScript client config from this spec", [("shell", {"command": ["cat", "openapi.yaml"]}, oa_)]))

# n45 Kerberos principals, scp targets, brew formulae
kb = f"""$ klist
Ticket cache: FILE:/tmp/krb5cc_1000
Default principal: HTTP/web01.acme.internal@ACME.INTERNAL
Valid starting     Expires            Service principal
06/11/25 08:02:11  06/11/25 18:02:11  krbtgt/ACME.INTERNAL@ACME.INTERNAL
$ scp dist/app.tar.gz deploy@build-01.acme.internal:/srv/releases/
$ brew install postgresql@16 openjdk@17 python@3.12
$ git clone ssh://git@gitlab.acme-corp.com:2222/platform/api.git"""
body("n45_anth_kerberos_scp", anth("why does the SPNEGO login loop?", [("Bash", {"command": "klist; history | tail -3"}, kb, None)]))

# n46 numbers that resemble phones/ids in prose
nums = """Release notes 21.0.3+9-LTS (build 2025.06.11.1432)
- Fixes CVE-2024-3094 and CVE-2025-21298
- ISBN for the printed manual: 978-0-13-468599-1
- Coordinates of the new DC: 37.7749, -122.4194
- Budget: 1,234,567.89 USD; EIN 94-3123456; DUNS 08-146-6849
- Windows 10.0.19045.4529 is the minimum; zip 94107-1234
- Patent US 10,123,456 B2; part no. 4CE0-2318-5X"""
body("n46_oai_release_numbers", oai_chat("Rewrite these release notes for customers:\n\n" + nums, system="You are a technical writer."))

# n47 git diff with index lines and removed hashes
gd = f"""diff --git a/config/settings.py b/config/settings.py
index {hex_(7)}..{hex_(7)} 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -12,7 +12,7 @@ DATABASES = {{
-        "PASSWORD": "",
+        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
         "HOST": os.environ.get("DB_HOST", "localhost"),
-CACHE_VERSION = "{hex_(12)}"
+CACHE_VERSION = "{hex_(12)}"
"""
body("n47_gem_git_diff", gemini("write a commit message for this diff", [("run_shell", {"cmd": "git diff --cached"}, gd)]))

# n48 base64 protobuf / gzip payloads in an event dump
ev2 = "\n".join(json.dumps({"eventId": uuid4(), "type": "order.updated", "payload": base64.b64encode(rnd_bytes(R.randint(80, 200))).decode(),
                            "checksum": "crc32c:" + hex_(8), "etag": "W/\"" + hex_(16) + "\""}) for _ in range(4))
body("n48_resp_base64_event_payloads", oai_resp("decode these pubsub events and show the order ids", [("shell", {"command": ["bash", "-lc", "gcloud pubsub subscriptions pull orders-debug --limit 4 --format=json | jq -c '.[]'"]}, ev2)]))

# n49 OpenAI chat with image_url data URI and content parts
body("n49_oai_image_content_parts", {"model": "gpt-4o", "messages": [{"role": "user", "content": [
    {"type": "text", "text": "What does this architecture diagram show? The request id in the corner is " + uuid4()},
    {"type": "image_url", "image_url": {"url": "data:image/png;base64," + png_b64(48, 32), "detail": "high"}}]}]})

# n50 password-policy and hashing code
hp_ = f'''PASSWORD_MIN_LENGTH = 12
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
def check(password: str, password_hash: str) -> bool:
    return argon2.verify(password_hash, password)
reset_password_token_ttl = 3600
assert check("correct horse battery staple", stored_hash) is False
pwd = Path.cwd()
passphrase = prompt("Key passphrase: ", is_password=True)
'''
body("n50_anth_password_code", anth("add unit tests for check()", [("Read", {"file_path": "/home/dev/src/accounts/auth/passwords.py"}, hp_, None)]))
