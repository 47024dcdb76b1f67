"""Theme 1 (agent positives): web and product engineering - Next.js / Nuxt / Vite env files with server-only secrets
next to public NEXT_PUBLIC_* values (only the secrets labelled), Supabase service_role JWT and sbp_ token, a Firebase
Admin service account, Vercel / Netlify / Cloudflare tokens, an Algolia admin key in an indexer, headless CMS tokens
(Contentful, Sanity, Storyblok), a Shopify app secret and admin token, Prisma / Drizzle database URLs, Clerk / Svix /
Upstash, a Sentry auth token added in a diff, Resend and OpenAI keys in a contact route."""
import json
from gen_common import R, rs, hexs, key, S, K, P, V7, V11, _r6
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    sh = iter(range(40, 200))
    pad = V.pad

    # 1 Next.js .env.production: secrets next to NEXT_PUBLIC_* values
    sk, wh, na, dbp, ghs = V11.stripe_sk(), V11.whsec(), V.nextauth_secret(), V.pw(20), V.gh_oauth_secret()
    env = ("# .env.production (pulled with `vercel env pull`)\nNEXT_PUBLIC_SITE_URL=https://shop.lindqvist-home.se\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\n"
           "NEXT_PUBLIC_GA_MEASUREMENT_ID=%s\nNEXT_PUBLIC_SENTRY_DSN=%s\n\nSTRIPE_SECRET_KEY=%s\nSTRIPE_WEBHOOK_SECRET=%s\nNEXTAUTH_URL=https://shop.lindqvist-home.se\n"
           "NEXTAUTH_SECRET=%s\nGITHUB_ID=Iv1.%s\nGITHUB_SECRET=%s\nDATABASE_URL=postgresql://shop_app:%s@ep-quiet-sun-a5k2.eu-central-1.aws.neon.tech/shop?sslmode=require\n"
           % (V11.stripe_pk(), V.ga4(), V.sentry_dsn(), sk, wh, na, hexs(16), ghs, dbp))
    emit("p_nextjs_env_production_server_secrets", next(sh), [("u", "Checkout works locally but on prod the webhook returns 400 'No signatures found'"),
         ("t", "read", ".env.production", env), ("t", "read", "app/api/stripe/webhook/route.ts", "import Stripe from 'stripe'\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)\n"
          "export async function POST(req: Request) {\n  const body = await req.json()\n  const sig = req.headers.get('stripe-signature')!\n"
          "  const event = stripe.webhooks.constructEvent(JSON.stringify(body), sig, process.env.STRIPE_WEBHOOK_SECRET!)\n  return Response.json({ received: event.id })\n}\n"),
         ("a", "You verify the re-serialised JSON; constructEvent needs the raw body: use `await req.text()`.")] + pad("nx1", 2),
         [(S, "Stripe live secret key", sk), (S, "Stripe webhook signing secret", wh), (S, "NEXTAUTH_SECRET", na), (S, "GitHub OAuth app client secret", ghs),
          (S, "Postgres password in DATABASE_URL", dbp)])

    # 2 Supabase .env.local: anon key public, service_role JWT and sbp_ CLI token secret
    ref = V.supabase_ref()
    srv, sbp = V.supabase_jwt("service_role", ref), "sbp_" + hexs(40)
    env = ("NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=%s\n# server only - used by app/api/admin/*\nSUPABASE_SERVICE_ROLE_KEY=%s\n"
           "# supabase CLI (db push in CI)\nSUPABASE_ACCESS_TOKEN=%s\nSUPABASE_DB_PASSWORD=${SUPABASE_DB_PASSWORD}\n" % (ref, V.supabase_jwt("anon", ref), srv, sbp))
    emit("p_supabase_env_local_service_role", next(sh), [("u", "RLS blocks inserts from the admin page even though I use the service role, why?"),
         ("t", "read", ".env.local", env), ("t", "read", "lib/supabase/admin.ts", "import { createClient } from '@supabase/supabase-js'\n\nexport const admin = createClient(\n"
          "  process.env.NEXT_PUBLIC_SUPABASE_URL!,\n  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,\n)\n"),
         ("a", "admin.ts passes the anon key, not SUPABASE_SERVICE_ROLE_KEY, so RLS applies. Swap the second argument.")] + pad("sb1", 2),
         [(S, "Supabase service_role JWT", srv), (S, "Supabase access token (sbp_)", sbp)])

    # 3 Firebase Admin SDK service account JSON (the web config next to it is public)
    pid = "pantry-pal-%d" % R.randint(1000, 9999)
    pem = key("firebase_admin.pem").strip() + "\n"
    sa = json.dumps({"type": "service_account", "project_id": pid, "private_key_id": hexs(40), "private_key": pem,
                     "client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(5, "abcdefghijklmnopqrstuvwxyz0123456789"), pid),
                     "client_id": rs(21, "0123456789"), "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
                     "universe_domain": "googleapis.com"}, indent=2)
    web = ("export const firebaseConfig = {\n  apiKey: \"%s\",\n  authDomain: \"%s.firebaseapp.com\",\n  projectId: \"%s\",\n  storageBucket: \"%s.appspot.com\",\n"
           "  messagingSenderId: \"%s\",\n  appId: \"1:%s:web:%s\",\n}\n" % (V7.google_api(), pid, pid, pid, rs(12, "0123456789"), rs(12, "0123456789"), hexs(22)))
    emit("p_firebase_admin_service_account_json", next(sh), [("u", "Push notifications from the Cloud Function fail with 'invalid_grant'"),
         ("t", "read", "src/lib/firebase.ts", web), ("t", "bash", "cat functions/service-account.json", sa),
         ("a", "invalid_grant usually means the key was deleted in IAM or the clock is skewed; check the key id in the console.")] + pad("fb1", 2),
         [("private_key|secret", "Firebase Admin service account private key (JSON-escaped PEM)", V.pem_inline(pem))])

    # 4 Vercel token in a deploy script, Netlify token in the CLI config
    vt, nt = V7.vercel(), _r6.netlify()
    emit("p_vercel_netlify_deploy_tokens", next(sh), [("u", "Preview deploys stopped on the marketing site, can you check the scripts?"),
         ("t", "read", "scripts/deploy-preview.sh", "#!/usr/bin/env bash\nset -euo pipefail\nexport VERCEL_ORG_ID=team_%s\nexport VERCEL_PROJECT_ID=prj_%s\n"
          "VERCEL_TOKEN=%s\nnpx vercel pull --yes --environment=preview --token=$VERCEL_TOKEN\nnpx vercel build --token=$VERCEL_TOKEN\n" % (rs(24), rs(28), vt)),
         ("t", "bash", "cat ~/.config/netlify/config.json", json.dumps({"telemetryDisabled": True, "userId": hexs(24), "users": {hexs(24): {"id": hexs(24),
          "name": "Webteam CI", "auth": {"token": nt, "github": {}}}}}, indent=2)),
         ("a", "Both tokens are present; the Vercel project moved teams, so VERCEL_ORG_ID is stale.")] + pad("vc1", 2),
         [(S, "Vercel access token", vt), (S, "Netlify personal access token", nt)])

    # 5 Cloudflare: .dev.vars with an API token and a Turnstile secret; account id is an identifier
    cft, ts = V7.cloudflare_api(), "0x4AAAAAAA" + rs(24, V.B64U)
    emit("p_cloudflare_dev_vars_turnstile", next(sh), [("u", "wrangler deploy works but the contact form always fails the captcha"),
         ("t", "read", "wrangler.toml", "name = \"contact-worker\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-10-01\"\naccount_id = \"%s\"\n\n[vars]\nTURNSTILE_SITE_KEY = \"0x4AAAAAAA%s\"\n" % (hexs(32), rs(14, V.B64U))),
         ("t", "read", ".dev.vars", "CLOUDFLARE_API_TOKEN=%s\nTURNSTILE_SECRET_KEY=%s\n" % (cft, ts)),
         ("a", "In production the secret comes from `wrangler secret put`; you never ran it, so siteverify gets an empty secret.")] + pad("cf1", 2),
         [(S, "Cloudflare API token", cft), (S, "Turnstile secret key", ts)])

    # 6 Algolia admin key hard-coded in an indexer
    app, adm = V.algolia_app(), V.algolia_key()
    emit("p_algolia_admin_key_reindex_script", next(sh), [("u", "The nightly product reindex takes 40 minutes, can we batch it?"),
         ("t", "read", "scripts/reindex-products.ts", "import algoliasearch from 'algoliasearch'\nimport { prisma } from '../lib/db'\n\n// admin key: needs addObject/deleteIndex\n"
          "const client = algoliasearch('%s', '%s')\nconst index = client.initIndex('products_prod')\n\nasync function main() {\n  const rows = await prisma.product.findMany()\n"
          "  for (const p of rows) await index.saveObject({ objectID: p.id, name: p.name, price: p.price })\n}\nmain()\n" % (app, adm)),
         ("a", "Use saveObjects in chunks of 1000 instead of one call per product.")] + pad("al1", 2),
         [(S, "Algolia admin API key", adm)])

    # 7 headless CMS tokens
    cfp, san, sb = V7.contentful_pat(), V.sanity_token(), V.storyblok_mgmt()
    emit("p_headless_cms_management_tokens", next(sh), [("u", "Migrate the blog posts from Contentful to Sanity, and keep Storyblok for landing pages"),
         ("t", "read", "migrate/contentful-export.mjs", "import contentful from 'contentful-management'\nconst client = contentful.createClient({ accessToken: '%s' })\n"
          "const space = await client.getSpace('%s')\nconst env = await space.getEnvironment('master')\n" % (cfp, rs(12, "abcdefghijklmnopqrstuvwxyz0123456789"))),
         ("t", "read", "studio/.env", "SANITY_STUDIO_PROJECT_ID=%s\nSANITY_STUDIO_DATASET=production\nSANITY_API_WRITE_TOKEN=%s\n" % (rs(8, "abcdefghijklmnopqrstuvwxyz0123456789"), san)),
         ("t", "bash", "grep -rn STORYBLOK .env*", ".env:3:STORYBLOK_PREVIEW_TOKEN=${STORYBLOK_PREVIEW_TOKEN}\n.env:4:STORYBLOK_MANAGEMENT_TOKEN=%s\n" % sb),
         ("a", "I'll stream entries from Contentful and write them to Sanity with a transaction per 50 documents.")] + pad("cms1", 2),
         [(S, "Contentful management token", cfp), (S, "Sanity API write token", san), (S, "Storyblok management token", sb)])

    # 8 Shopify app: API secret and admin token; API key (client id) is an identifier
    sec, at = hexs(32), V7.shopify_tok("shpat_")
    emit("p_shopify_app_secret_admin_token", next(sh), [("u", "The app's OAuth callback fails HMAC validation after we rotated keys"),
         ("t", "read", ".env", "SHOPIFY_API_KEY=%s\nSHOPIFY_API_SECRET=%s\nSCOPES=read_products,write_orders\nHOST=https://apps.nordkraft.dev\n" % (hexs(32), sec)),
         ("t", "read", "scripts/backfill-tags.sh", "curl -s -X POST https://nordkraft-store.myshopify.com/admin/api/2025-07/graphql.json \\\n  -H 'Content-Type: application/json' \\\n"
          "  -H 'X-Shopify-Access-Token: %s' \\\n  -d @query.json\n" % at),
         ("a", "The secret in .env is the old one; Partners shows a new client secret after rotation.")] + pad("shp1", 2),
         [(S, "Shopify app API secret", sec), (S, "Shopify admin API access token", at)])

    # 9 Prisma and Drizzle database URLs
    p1, p2, ps = V.pw(22), V.pw(22), V7.planetscale("pw")
    emit("p_prisma_drizzle_database_urls", next(sh), [("u", "prisma migrate deploy hangs on Supabase; drizzle-kit works for the analytics DB"),
         ("t", "read", "prisma/.env", "DATABASE_URL=\"postgresql://postgres.%s:%s@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?pgbouncer=true\"\n"
          "DIRECT_URL=\"postgresql://migrator:%s@db.%s.supabase.co:5432/postgres\"\n" % (V.supabase_ref(), p1, p2, V.supabase_ref())),
         ("t", "read", "drizzle.config.ts", "import type { Config } from 'drizzle-kit'\nexport default {\n  schema: './src/db/schema.ts',\n  dialect: 'mysql',\n"
          "  dbCredentials: { url: 'mysql://k3x9analytics:%s@aws.connect.psdb.cloud/analytics?ssl={\"rejectUnauthorized\":true}' },\n} satisfies Config\n" % ps),
         ("a", "Migrations must use DIRECT_URL (port 5432); the pooler in transaction mode does not support advisory locks.")] + pad("pr1", 2),
         [(S, "Postgres password (pooled DATABASE_URL)", p1), (S, "Postgres password (DIRECT_URL)", p2), (S, "PlanetScale password in a MySQL URL", ps)])

    # 10 Clerk / Svix / Upstash
    ck, sw, up = V.clerk_sk(), V.svix_whsec(), V.upstash_token()
    emit("p_clerk_svix_upstash_env", next(sh), [("u", "User sync webhook from Clerk returns 401 in staging"),
         ("t", "read", "apps/web/.env.staging", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=%s\nCLERK_SECRET_KEY=%s\nCLERK_WEBHOOK_SIGNING_SECRET=%s\n"
          "UPSTASH_REDIS_REST_URL=https://eu1-brave-koi-%d.upstash.io\nUPSTASH_REDIS_REST_TOKEN=%s\n" % (V.clerk_pk("clerk.staging.tavla.app"), ck, sw, R.randint(10000, 99999), up)),
         ("a", "The staging endpoint in Clerk has its own signing secret; the one here belongs to production.")] + pad("ck1", 2),
         [(S, "Clerk secret key", ck), (S, "Svix webhook signing secret", sw), (S, "Upstash Redis REST token", up)])

    # 11 a Sentry auth token added in a diff (DSN public)
    st = V7.sentry_user()
    diff = ("diff --git a/next.config.mjs b/next.config.mjs\n--- a/next.config.mjs\n+++ b/next.config.mjs\n@@ -1,9 +1,14 @@\n import { withSentryConfig } from '@sentry/nextjs'\n"
            " const nextConfig = { reactStrictMode: true }\n-export default nextConfig\n+export default withSentryConfig(nextConfig, {\n+  org: 'tavla',\n+  project: 'web',\n"
            "+  authToken: '%s',\n+  widenClientFileUpload: true,\n+  hideSourceMaps: true,\n+})\n" % st)
    emit("p_sentry_auth_token_in_next_config_diff", next(sh), [("u", "Review my staged changes before I commit, source maps should upload now"),
         ("t", "bash", "git diff --cached", diff), ("t", "read", "sentry.client.config.ts", "import * as Sentry from '@sentry/nextjs'\nSentry.init({ dsn: '%s', tracesSampleRate: 0.1 })\n" % V.sentry_dsn()),
         ("a", "Don't commit the authToken literal: read process.env.SENTRY_AUTH_TOKEN instead.")] + pad("se1", 2),
         [(S, "Sentry user auth token", st)])

    # 12 Resend and OpenAI keys in a contact route
    rk, ok = V7.resend(), V.r3.openai_key()
    emit("p_resend_openai_keys_contact_route", next(sh), [("u", "Contact form: auto-reply drafted by GPT, then send with Resend. Why is it slow?"),
         ("t", "read", "app/api/contact/route.ts", "import { Resend } from 'resend'\nimport OpenAI from 'openai'\n\nconst resend = new Resend('%s')\n"
          "const openai = new OpenAI({ apiKey: '%s' })\n\nexport async function POST(req: Request) {\n  const { email, message } = await req.json()\n"
          "  const draft = await openai.responses.create({ model: 'gpt-4.1-mini', input: message })\n  await resend.emails.send({ from: 'hello@tavla.app', to: email, subject: 'Thanks!', text: draft.output_text })\n"
          "  return Response.json({ ok: true })\n}\n" % (rk, ok)),
         ("a", "The OpenAI call blocks the response; move it to a queue and answer 202 right away.")] + pad("rs1", 2),
         [(S, "Resend API key", rk), (S, "OpenAI project key", ok)])
