"""Theme 4 (hard negatives): front-end and web-app files whose values ship to every browser or are not secrets - Next.js
env files with NEXT_PUBLIC_* values only (Stripe pk_live_, Supabase anon JWT, Firebase web apiKey, GA4 / GTM ids,
reCAPTCHA site key, Mapbox pk., Sentry DSN), Algolia InstantSearch with a search-only key, the Segment analytics.js
snippet, test-mode Stripe keys and documented test cards in Playwright tests, env references in CI, SRI hashes, chunk
hashes, a source map, a minified bundle, base64 fonts, lockfile integrity hashes, the Prisma docs' sample URL, i18n
files and analytics event names with password / token / key words."""
import json
from gen_common import R, rs, hexs, b64, rb, V7, V11, _r6
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(100, 300))
    pad = V.pad

    ref = V.supabase_ref()
    env = ("# .env.local - everything here is bundled into the client\nNEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=%s\n"
           "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\nNEXT_PUBLIC_FIREBASE_API_KEY=%s\nNEXT_PUBLIC_GA_ID=%s\nNEXT_PUBLIC_GTM_ID=%s\nNEXT_PUBLIC_RECAPTCHA_SITE_KEY=%s\n"
           "NEXT_PUBLIC_MAPBOX_TOKEN=%s\nNEXT_PUBLIC_SENTRY_DSN=%s\n" % (ref, V.supabase_jwt("anon", ref), V11.stripe_pk(), V7.google_api(), V.ga4(), V.gtm(), V.recaptcha_site(), _r6.mapbox_pk(), V.sentry_dsn()))
    emit("n_nextjs_env_local_public_values_only", next(sh), [("u", "Which of these can I safely commit? They're all NEXT_PUBLIC."), ("t", "read", ".env.local", env),
         ("a", "All of them end up in the client bundle anyway; keep server secrets out of NEXT_PUBLIC_ names.")] + pad("nw1", 2))

    app, sk = V.algolia_app(), V.algolia_key()
    emit("n_algolia_instantsearch_search_only_key", next(sh), [("u", "Add a price facet to the search page"),
         ("t", "read", "components/Search.tsx", "import { liteClient as algoliasearch } from 'algoliasearch/lite'\nimport { InstantSearch, SearchBox, Hits, RefinementList } from 'react-instantsearch'\n\n"
          "// search-only key: safe in the browser (ACL: search)\nconst searchClient = algoliasearch('%s', '%s')\n\nexport function Search() {\n  return (\n"
          "    <InstantSearch searchClient={searchClient} indexName=\"products_prod\">\n      <SearchBox />\n      <RefinementList attribute=\"brand\" />\n      <Hits />\n"
          "    </InstantSearch>\n  )\n}\n" % (app, sk)), ("a", "Add <RangeInput attribute=\"price\" /> and declare price in attributesForFaceting.")] + pad("nw2", 2))

    snip = ("<script>\n  !function(){var i=\"analytics\",analytics=window[i]=window[i]||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&"
            "console.error(\"Segment snippet included twice.\");else{analytics.invoked=!0;analytics.methods=[\"trackSubmit\",\"trackClick\",\"identify\",\"track\",\"page\"];"
            "analytics.load=function(key,n){var t=document.createElement(\"script\");t.type=\"text/javascript\";t.async=!0;t.src=\"https://cdn.segment.com/analytics.js/v1/\"+key+\"/analytics.min.js\";"
            "var r=document.getElementsByTagName(\"script\")[0];r.parentNode.insertBefore(t,r)};analytics.SNIPPET_VERSION=\"5.2.0\";\n  analytics.load(\"%s\");\n  analytics.page();\n  }}();\n</script>\n"
            "<script async src=\"https://www.googletagmanager.com/gtag/js?id=%s\"></script>\n<script src=\"https://www.google.com/recaptcha/api.js?render=%s\"></script>\n"
            % (V11.segment_write(), V.ga4(), V.recaptcha_site()))
    emit("n_segment_gtag_recaptcha_snippets_layout", next(sh), [("u", "Lighthouse complains about third-party scripts in the head"), ("t", "read", "app/_document.html", snip),
         ("a", "Load Segment and gtag with next/script strategy=\"afterInteractive\".")] + pad("nw3", 2))

    spec = ("import { test, expect } from '@playwright/test'\n\n// Stripe test mode: documented test cards\nconst CARDS = {\n  ok: '4242 4242 4242 4242',\n"
            "  declined: '4000 0000 0000 0002',\n  sca: '4000 0025 0000 3155',\n  amex: '3782 822463 10005',\n}\n\ntest('checkout succeeds', async ({ page }) => {\n"
            "  await page.goto('/checkout')\n  await page.getByLabel('Email').fill('buyer@example.com')\n  await page.frameLocator('iframe[name^=__privateStripeFrame]').getByLabel('1234 1234 1234 1234').fill(CARDS.ok)\n"
            "  await page.getByLabel('MM / YY').fill('12 / 34')\n  await page.getByLabel('CVC').fill('123')\n  await expect(page.getByText('Thank you')).toBeVisible()\n})\n")
    emit("n_playwright_checkout_stripe_test_cards", next(sh), [("u", "The SCA test is flaky"), ("t", "read", "e2e/checkout.spec.ts", spec),
         ("t", "read", ".env.test", "STRIPE_SECRET_KEY=%s\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\n" % (V11.stripe_sk("test"), V11.stripe_pk("test"))),
         ("a", "Wait for the 3DS iframe before clicking Complete authentication.")] + pad("nw4", 2))

    wf = ("name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}\n"
          "      SUPABASE_ACCESS_TOKEN: ${{ secrets.SUPABASE_ACCESS_TOKEN }}\n      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}\n      SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}\n"
          "    steps:\n      - uses: actions/checkout@v4\n      - run: npx supabase db push --password \"$SUPABASE_DB_PASSWORD\"\n        env:\n          SUPABASE_DB_PASSWORD: ${{ secrets.SUPABASE_DB_PASSWORD }}\n"
          "      - run: npx vercel deploy --prod --token=$VERCEL_TOKEN\n")
    emit("n_github_actions_vercel_supabase_secret_refs", next(sh), [("u", "Why does the deploy job run twice on merge?"), ("t", "read", ".github/workflows/deploy.yml", wf),
         ("t", "read", ".env.example", "STRIPE_SECRET_KEY=sk_live_...\nSTRIPE_WEBHOOK_SECRET=whsec_...\nNEXTAUTH_SECRET=# openssl rand -base64 32\nDATABASE_URL=\"postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public\"\n"),
         ("a", "The Vercel Git integration also deploys main; disable it or drop this job.")] + pad("nw5", 2))

    html = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    for lib in ("react@18.3.1/umd/react.production.min.js", "react-dom@18.3.1/umd/react-dom.production.min.js", "swiper@11.1.4/swiper-bundle.min.js", "alpinejs@3.14.1/dist/cdn.min.js"):
        html += "<script src=\"https://cdn.jsdelivr.net/npm/%s\" integrity=\"%s\" crossorigin=\"anonymous\"></script>\n" % (lib, V.sri())
    html += "<link rel=\"stylesheet\" href=\"/assets/index-%s.css\" integrity=\"%s\">\n</head>\n" % (V.chunkhash(8), V.sri(256))
    man = json.dumps({"index.html": {"file": "assets/index-%s.js" % rs(8, V.B64U), "imports": ["_vendor-%s.js" % rs(8, V.B64U)], "css": ["assets/index-%s.css" % rs(8, V.B64U)]},
                      **{"src/pages/%s.tsx" % p: {"file": "assets/%s-%s.js" % (p, rs(8, V.B64U)), "isDynamicEntry": True} for p in ("Cart", "Checkout", "Account", "Wishlist", "Returns")}}, indent=2)
    emit("n_vite_manifest_sri_hashes", next(sh), [("u", "CDN cache misses after each deploy; are the hashes stable?"), ("t", "read", "dist/index.html", html),
         ("t", "read", "dist/.vite/manifest.json", man), ("a", "Chunk names change only when content changes; the misses come from the unversioned index.html.")] + pad("nw6", 2))

    src = ["src/components/%s.tsx" % c for c in ("Header", "Cart", "ProductCard", "Checkout", "PasswordField", "TokenRefresh")]
    smap = json.dumps({"version": 3, "file": "main.%s.js" % V.chunkhash(8), "sources": src, "names": ["useState", "useEffect", "password", "setToken", "apiKey", "secret"],
                       "mappings": ";".join(",".join(rs(R.randint(4, 7), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(R.randint(3, 12))) for _ in range(700))})
    emit("n_webpack_source_map_vlq_mappings", next(sh), [("u", "Sentry shows minified frames; is the source map valid?"), ("t", "bash", "head -c 30000 build/static/js/main.js.map", smap[:30000]),
         ("a", "It's valid v3 but `sources` are relative to src/; set the url prefix to ~/static/js.")] + pad("nw7", 1))

    mini = "".join("function %s(e,t){var n=e.%s||t;return n&&n.%s?%s(n):void 0}" % (rs(2, "abcdefghijklmnopqrstuvwxyz"), rs(3, "abcdefghijklmnopqrstuvwxyz"), rs(2, "abcdefghijklmnopqrstuvwxyz"), rs(2, "abcdefghijklmnopqrstuvwxyz")) for _ in range(220))
    mini += ";const Xe={passwordLabel:\"Password\",tokenExpired:\"Your session token expired\",apiKeyHint:\"Paste your API key\"};self.__BUILD_MANIFEST={__rewrites:{},\"/\":[\"static/chunks/pages/index-%s.js\"]}" % V.chunkhash(16)
    emit("n_minified_next_chunk", next(sh), [("u", "What is this chunk and why is it 180 KB?"), ("t", "bash", "head -c 20000 .next/static/chunks/pages/_app-%s.js" % V.chunkhash(16), mini),
         ("a", "It bundles the whole date library; import only the locales you use.")] + pad("nw8", 1))

    font = b64(rb(9000))
    css = ("@font-face{font-family:\"Inter var\";font-weight:100 900;font-display:swap;src:url(data:font/woff2;base64,%s) format(\"woff2\")}\n"
           ":root{--brand:#0f766e;--brand-dark:#115e59;--accent:#f59e0b;--danger:#dc2626;--muted:#6b7280;--bg:#f9fafb}\n.btn-primary{background:#0f766e;color:#fff}\n" % font)
    emit("n_css_base64_font_hex_colours", next(sh), [("u", "The first paint is slow on mobile"), ("t", "read", "src/styles/fonts.css", css),
         ("a", "The inlined 9 KB font blocks rendering; serve it as a file with preload.")] + pad("nw9", 1))

    pkgs = ["react", "react-dom", "next", "zod", "stripe", "@supabase/supabase-js", "algoliasearch", "date-fns", "clsx", "tailwind-merge", "jose", "bcryptjs"]
    lock = {"name": "storefront", "lockfileVersion": 3, "requires": True, "packages": {"node_modules/%s" % p: {"version": "%d.%d.%d" % (R.randint(0, 19), R.randint(0, 30), R.randint(0, 20)),
            "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (p, p.split("/")[-1]), "integrity": "sha512-" + b64(rb(64)), "license": "MIT"} for p in pkgs}}
    emit("n_package_lock_integrity_hashes", next(sh), [("u", "npm ci fails with EINTEGRITY on jose"), ("t", "read", "package-lock.json", json.dumps(lock, indent=2)),
         ("a", "The lock was written against a mirror; delete node_modules and the jose entry, then npm install jose.")] + pad("nw10", 2))

    en = {"auth": {"password": "Password", "passwordHint": "Enter your password", "forgotPassword": "Forgot your password?", "resetTokenExpired": "This reset link has expired",
                   "apiKeys": {"title": "API keys", "create": "Create secret key", "warning": "You will only see the secret key once"}},
          "checkout": {"cardNumber": "Card number", "cvc": "Security code", "iban": "IBAN", "phone": "Mobile number", "email": "E-mail address"}}
    pl = {"auth": {"password": "Hasło", "passwordHint": "Wpisz hasło", "forgotPassword": "Nie pamiętasz hasła?", "resetTokenExpired": "Link do resetu wygasł"},
          "checkout": {"cardNumber": "Numer karty", "phone": "Numer telefonu", "nip": "NIP (dla firm)", "pesel": "PESEL"}}
    emit("n_i18n_locale_files_password_token_words", next(sh), [("u", "Add Polish translations for the checkout"), ("t", "read", "locales/en.json", json.dumps(en, indent=2)),
         ("t", "read", "locales/pl.json", json.dumps(pl, indent=2, ensure_ascii=False)), ("a", "Added; the PESEL field is unusual for a shop, only needed for instalments.")] + pad("nw11", 1))

    ev = "\n".join("  %s: '%s'," % (k.upper(), k) for k in ("password_reset_requested", "password_reset_completed", "api_key_created", "api_key_revoked", "token_refreshed",
                                                              "secret_rotated", "checkout_started", "payment_method_added", "card_declined", "coupon_applied"))
    emit("n_analytics_event_names_tracking_plan", next(sh), [("u", "Align the tracking plan with the events we actually send"),
         ("t", "read", "src/analytics/events.ts", "export const EVENTS = {\n%s\n} as const\n\nexport function track(name: keyof typeof EVENTS, props: Record<string, unknown> = {}) {\n"
          "  window.analytics?.track(EVENTS[name], { ...props, token_type: props.tokenType ?? 'none' })\n}\n" % ev),
         ("a", "SECRET_ROTATED is never sent; the server emits it instead.")] + pad("nw12", 2))

    emit("n_sentry_dsn_mapbox_pk_map_component", next(sh), [("u", "The store locator map is blank on Safari"),
         ("t", "read", "components/StoreMap.tsx", "import mapboxgl from 'mapbox-gl'\nimport * as Sentry from '@sentry/react'\n\nmapboxgl.accessToken = '%s'\nSentry.init({ dsn: '%s' })\n\n"
          "export function StoreMap({ stores }) {\n  // ...\n}\n" % (_r6.mapbox_pk(), V.sentry_dsn())), ("a", "Safari needs the worker URL set: mapboxgl.workerClass.")] + pad("nw13", 2))

    emit("n_prisma_schema_password_hash_fields", next(sh), [("u", "Add email verification to the user model"),
         ("t", "read", "prisma/schema.prisma", "model User {\n  id            String    @id @default(cuid())\n  email         String    @unique\n  passwordHash  String\n"
          "  resetToken    String?   @unique\n  resetTokenExp DateTime?\n  apiKeys       ApiKey[]\n}\n\nmodel ApiKey {\n  id        String   @id @default(cuid())\n  prefix    String\n"
          "  hashedKey String   @unique\n  userId    String\n  user      User     @relation(fields: [userId], references: [id])\n}\n"),
         ("t", "bash", "psql $DATABASE_URL -c 'select id, email, \"passwordHash\" from \"User\" where email like \\'%@example.com\\' limit 2'",
          " id | email | passwordHash\n----+-------+-------------\n clx%s | alice@example.com | $2b$12$%s\n clx%s | bob@example.com | $2b$12$%s\n(2 rows)\n" % (rs(21, "abcdefghijklmnopqrstuvwxyz0123456789"), rs(53, V.B64U.replace("-", ".").replace("_", "/")), rs(21, "abcdefghijklmnopqrstuvwxyz0123456789"), rs(53, V.B64U.replace("-", ".").replace("_", "/")))),
         ("a", "Add emailVerified DateTime? and a VerificationToken model.")] + pad("nw14", 1))
