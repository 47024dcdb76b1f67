"""Theme 3: hard-negative noise (minified JS, source maps, SVG, base64 fonts, lockfiles, numeric CSVs, Luhn-valid order ids,
IMEI/ISBN/GTIN/tracking, BIC/routing, test & publishable keys, Firebase web config, Sentry DSN, Mapbox pk., AWS ids,
webhook signatures) plus three positives hidden in the same kind of noise."""
from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, b64, ruuid, card, luhn_complete, add, anth, anth_tool, oai, oai_tool, oai_parts, resp, \
    resp_fc, gem, gem_fr, conv, conv_tool, br_claude, br_llama, br_titan, br_cohere, br_mistral, legacy, filler, AL, UP, LO, DIG, HEX

B64A = AL + "+/"


def minjs(nbytes, seed):
    rr = random.Random(seed)
    idn = lambda: rr.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$") + "".join(rr.choice(AL) for _ in range(rr.randint(0, 2)))
    parts, size = ["/*! For license information please see main.%s.js.LICENSE.txt */\n(self.webpackChunkacme=self.webpackChunkacme||[]).push([[179],{" % "".join(rr.choice(HEX) for _ in range(8))], 0
    while size < nbytes:
        a, b, c = idn(), idn(), idn()
        s = rr.choice([
            '%d:function(%s,%s,%s){"use strict";%s.d(%s,{Z:function(){return %s}});var %s=%s(%d);' % (rr.randint(100, 99999), a, b, c, c, b, a, idn(), c, rr.randint(1000, 99999)),
            'const %s=new Map([["%s",%d],["%s",%d]]),%s=/^[a-z0-9-]+$/i;' % (a, "".join(rr.choice(LO) for _ in range(6)), rr.randint(0, 9999), "".join(rr.choice(LO) for _ in range(5)), rr.randint(0, 99), b),
            '%s.prototype.%s=function(%s){return this.%s[%s]||(this.%s[%s]=%s(%s))};' % (a, idn(), b, c, b, c, b, idn(), b),
            'var %s={color:"#%s",bg:"#%s",r:%d.%d,"--shadow":"0 1px %dpx rgba(0,0,0,.%d)"};' % (a, "".join(rr.choice(HEX) for _ in range(6)), "".join(rr.choice(HEX) for _ in range(6)), rr.randint(0, 9), rr.randint(0, 99), rr.randint(1, 9), rr.randint(1, 9)),
            '%s("%s",function(){return %s.%s("%s")});' % (a, "".join(rr.choice(HEX) for _ in range(20)), b, idn(), "".join(rr.choice(AL + "_-") for _ in range(21))),
            'if(%s>>>%d&%d)throw new Error("Minified React error #%d; visit https://reactjs.org/docs/error-decoder.html?invariant=%d");' % (a, rr.randint(1, 31), rr.randint(1, 255), rr.randint(100, 500), rr.randint(100, 500)),
            '%s.exports=JSON.parse(\'{"%s":"%s","version":"%d.%d.%d"}\');' % (a, idn(), "".join(rr.choice(AL) for _ in range(32)), rr.randint(0, 9), rr.randint(0, 30), rr.randint(0, 30)),
            'var %s="data:image/png;base64,%s";' % (a, "".join(rr.choice(B64A) for _ in range(rr.randint(80, 600)))),
            '%s=[%s];' % (a, ",".join(str(rr.randint(0, 4294967295)) for _ in range(rr.randint(4, 24))))])
        parts.append(s)
        size += len(s)
    return "".join(parts) + "}]);\n//# sourceMappingURL=main.%s.js.map\n" % "".join(rr.choice(HEX) for _ in range(8))


def vlq(n, seed):
    rr = random.Random(seed)
    segs = []
    for i in range(n):
        segs.append("".join(rr.choice(B64A[:-2] + "+/") for _ in range(rr.choice([4, 4, 5, 6, 8]))))
        segs.append(rr.choice([",", ",", ",", ";"]))
    return "".join(segs)


def build():
    # ---------------------------------------------------------------- positives hidden in noise
    twsk, cfp, twsec = twilio_sk(), contentful(), rs(32)
    js = minjs(110000, "pos-bundle")
    cut = len(js) // 2
    cut = js.index(";", cut) + 1
    js = js[:cut] + 'const Qe={twilioKeySid:"%s",twilioKeySecret:"%s",cmaToken:"%s",space:"%s"};' % (twsk, twsec, cfp, rs(12, LO + DIG)) + js[cut:]
    add("p_minified_bundle_server_keys_large", anth("Our Lighthouse score dropped; what is bloating this chunk?\n\n```js\n" + js + "\n```"),
        [(S, "twilio API key SID (SK…) in bundle", twsk), (S, "twilio API key secret assigned next to it", twsec),
         (S, "contentful management token in bundle", cfp)])

    shp = shopify("shpss_")
    src = ("import crypto from 'node:crypto'\\n\\nconst SHOPIFY_API_SECRET = '%s'\\n\\nexport function verify(hmac, body) {\\n  const d = crypto.createHmac('sha256', SHOPIFY_API_SECRET)"
           ".update(body).digest('base64')\\n  return crypto.timingSafeEqual(Buffer.from(d), Buffer.from(hmac))\\n}\\n" % shp)
    smap = '{"version":3,"file":"server.js","sources":["../src/webhooks/verify.ts","../src/index.ts"],"sourcesContent":["%s","export * from \'./webhooks/verify\'\\n"],"names":["crypto","verify","hmac","body"],"mappings":"%s"}' % (src, vlq(3000, "pos-map"))
    add("p_sourcemap_sources_content_secret", oai_tool("Why do stack traces point at the wrong lines?", "read_file", {"path": "dist/server.js.map"}, smap),
        [(S, "shopify shared secret in sourcesContent", shp)])

    rows, labs = ["order_no,created,country,amount_eur,card_number,status"], []
    for i in range(400):
        on = luhn_complete(R.choice(["4", "5", "37"]) + rs(4, DIG), 16)
        cn = ""
        if i in (77, 211, 350):
            cn = card(R.choice(["visa", "mc5", "amex"]))
            labs.append((P, "card number in debug column", cn))
        elif i % 9 == 0:
            cn = "****" + rs(4, DIG)
        rows.append("%s,2025-11-%02d,%s,%d.%02d,%s,%s" % (on, R.randint(1, 28), R.choice(["DE", "FR", "NL", "AT"]), R.randint(5, 900), R.randint(0, 99), cn, R.choice(["paid", "refunded"])))
    add("p_csv_orders_debug_pan_column", gem("Reconcile this export with Stripe; order_no is our Luhn-checked order number.\n\n" + "\n".join(rows)), labs)

    # ---------------------------------------------------------------- negatives
    add("n_minified_js_bundle_large", resp_fc("Find the React error in the bundle.", "read_file", {"path": "build/static/js/main.js"}, minjs(220000, "neg-bundle")))
    smap2 = json.dumps({"version": 3, "file": "main.js", "sources": ["webpack://acme/./src/%s.tsx" % n for n in ("App", "Cart", "api/client", "hooks/useAuth")],
                        "names": ["useState", "useEffect", "fetchJson", "token", "setToken", "apiKey", "secret"], "mappings": vlq(16000, "neg-map")})
    add("n_source_map_vlq", gem_fr("Is the source map valid?", "read_file", {"id": "main.js.map"}, {"content": smap2}))

    rr = random.Random("svg")
    paths = "\n".join('  <symbol id="i-%s" viewBox="0 0 24 24"><path d="M%s"/></symbol>' % (n, " ".join("%s%.2f %.2f" % (rr.choice("LCQSTHVA"), rr.uniform(0, 24), rr.uniform(0, 24)) for _ in range(rr.randint(20, 80))))
                      for n in ("home", "cart", "user", "key", "lock", "shield", "settings", "search", "bell", "mail", "phone", "card"))
    add("n_svg_icon_sprite", oai_parts("Optimise this sprite:\n<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display:none\">\n" + paths + "\n</svg>"))

    css = "".join("@font-face{font-family:\"Inter\";font-weight:%d;font-display:swap;src:url(data:font/woff2;base64,%s) format(\"woff2\")}\n" % (w, b64(bytes(rr.randrange(256) for _ in range(22000))))
                  for w in (400, 500, 600, 700, 800))
    css += ".logo{background:url(data:image/png;base64,%s)}\n" % b64(b"\x89PNG\r\n\x1a\n" + bytes(rr.randrange(256) for _ in range(6000)))
    add("n_css_base64_fonts_large", conv("Why is this stylesheet 150 KB?\n\n" + css))

    pl = "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\npackages:\n\n"
    for n in ["react", "react-dom", "scheduler", "loose-envify", "js-tokens", "@babel/runtime", "zod", "axios", "follow-redirects", "form-data", "jose", "nanoid", "uuid", "dotenv"]:
        v = "%d.%d.%d" % (rr.randint(0, 19), rr.randint(0, 30), rr.randint(0, 20))
        pl += "  %s@%s:\n    resolution: {integrity: sha512-%s==}\n    engines: {node: '>=14'}\n\n" % (n, v, "".join(rr.choice(B64A) for _ in range(86)))
    add("n_pnpm_lock_yaml", anth_tool([{"type": "text", "text": "why did pnpm install re-resolve everything?"}], "Read", {"file_path": "/repo/pnpm-lock.yaml"}, pl))

    gs = "".join("%s %s h1:%s=\n%s %s/go.mod h1:%s=\n" % (m, v, "".join(rr.choice(B64A) for _ in range(43)), m, v, "".join(rr.choice(B64A) for _ in range(43)))
                 for m, v in [("github.com/aws/aws-sdk-go-v2", "v1.30.3"), ("github.com/golang-jwt/jwt/v5", "v5.2.1"), ("golang.org/x/crypto", "v0.25.0"),
                              ("github.com/stripe/stripe-go/v79", "v79.2.0"), ("github.com/hashicorp/vault/api", "v1.14.0"), ("google.golang.org/grpc", "v1.65.0")])
    yl = "".join('"%s@^%d.%d.0":\n  version "%d.%d.%d"\n  resolved "https://registry.yarnpkg.com/%s/-/%s-%d.%d.%d.tgz#%s"\n  integrity sha512-%s==\n\n'
                 % (n, a, b, a, b, c, n, n, a, b, c, "".join(rr.choice(HEX) for _ in range(40)), "".join(rr.choice(B64A) for _ in range(86)))
                 for n, a, b, c in [("lodash", 4, 17, 21), ("chalk", 4, 1, 2), ("debug", 4, 3, 4), ("ms", 2, 1, 3), ("semver", 7, 6, 0)])
    add("n_go_sum_and_yarn_lock", br_claude("Which of these modules changed?\n\ngo.sum:\n" + gs + "\nyarn.lock:\n" + yl))

    hdr = "event_id,user_id,session_id,account_no,ts,amount_cents,sku,store_id\n"
    body = "".join("%d,%d,%s,%s,%d,%d,%s,%d\n" % (9000000000 + i, rr.randint(10 ** 6, 10 ** 9), "".join(rr.choice(HEX) for _ in range(32)), "".join(rr.choice(DIG) for _ in range(12)),
                                                 1762000000000 + rr.randint(0, 10 ** 9), rr.randint(100, 10 ** 6), "".join(rr.choice(DIG) for _ in range(13)), rr.randint(100, 999)) for i in range(1500))
    add("n_csv_numeric_ids_large", anth_tool([{"type": "text", "text": "Compute revenue per store from this export."}], "Bash", {"command": "head -1500 exports/events.csv"}, hdr + body))

    ol = "order_id;order_number;status;total\n" + "".join("%s;%s;%s;%d.%02d\n" % (ruuid()[:8], luhn_complete(R.choice(["4", "51", "6011"]), 16), R.choice(["open", "shipped"]), R.randint(5, 500), R.randint(0, 99)) for _ in range(60))
    add("n_luhn_valid_order_numbers", oai("Our order numbers are 16 digits with a Luhn check digit (like cards, to catch typos). Validate these:\n" + ol))

    inv = "asset_tag,imei,model,isbn_manual,gtin,tracking_ups,tracking_fedex,tracking_usps,dhl_waybill\n" + "".join(
        "AT-%05d,%s,Pixel 8,%s,%s,%s,%s,%s,%s\n" % (i, imei(), isbn13(), gtin(14), ups_tracking(), rs(12, DIG), "9400" + rs(18, DIG), rs(10, DIG)) for i in range(40))
    add("n_imei_isbn_gtin_tracking", conv_tool("Which parcels are still in transit?", "inventory_export", {"site": "HAM"}, result_text=inv))

    bic = "\n".join("%s | %s | routing %s | BLZ %s" % (b, n, aba_rtn(), rs(8, DIG)) for b, n in [("DEUTDEFFXXX", "Deutsche Bank"), ("COBADEFFXXX", "Commerzbank"), ("BNPAFRPPXXX", "BNP Paribas"),
                                                                                            ("CHASUS33XXX", "JPMorgan Chase"), ("INGBNL2AXXX", "ING"), ("BSCHESMMXXX", "Santander")])
    add("n_bic_routing_numbers", br_llama("Normalise this bank directory table:\n" + bic))

    stp = ("# .env.development\nSTRIPE_SECRET_KEY=sk_test_51%s\nSTRIPE_PUBLISHABLE_KEY=pk_test_51%s\nSTRIPE_RESTRICTED_KEY=rk_test_51%s\n"
           "# production publishable key (public, shipped to browsers)\nNEXT_PUBLIC_STRIPE_KEY=pk_live_51%s\n" % (rs(96), rs(96), rs(96), rs(96)))
    add("n_stripe_test_and_publishable", resp("Can I commit this file?\n" + stp))

    fb = ('const firebaseConfig = {\n  apiKey: "AIza%s",\n  authDomain: "acme-shop-prod.firebaseapp.com",\n  projectId: "acme-shop-prod",\n  storageBucket: "acme-shop-prod.appspot.com",\n'
          '  messagingSenderId: "%s",\n  appId: "1:%s:web:%s",\n  measurementId: "G-%s"\n};\ninitializeApp(firebaseConfig);\n' % (rs(35, AL + "-_"), rs(12, DIG), rs(12, DIG), hexs(22), rs(10, UP + DIG)))
    add("n_firebase_web_config", gem("Firebase says auth/unauthorized-domain. Config from src/firebase.ts:\n\n" + fb))

    dsn = "https://%s@o%s.ingest.de.sentry.io/%s" % (hexs(32), rs(7, DIG), rs(16, DIG))
    add("n_sentry_dsn_public", br_mistral("Sentry.init({ dsn: \"%s\", tracesSampleRate: 0.2, environment: \"production\" }) — events are not arriving, why?" % dsn))

    add("n_mapbox_public_tokens", oai_parts("Map is blank:\n<script>mapboxgl.accessToken = '%s';\nconst map = new mapboxgl.Map({container:'map', style:'mapbox://styles/mapbox/streets-v12'});</script>\n"
                                            "Static fallback: https://api.mapbox.com/styles/v1/mapbox/light-v11/static/13.4,52.5,11/600x400?access_token=%s" % (mapbox_pk(), mapbox_pk())))

    acct = rs(12, DIG)
    arns = ("Account: %s\nRole: arn:aws:iam::%s:role/github-actions-deploy (AROA%s)\nUser id: AIDA%s\nKMS: arn:aws:kms:eu-central-1:%s:key/%s\n"
            "Bucket: arn:aws:s3:::acme-artifacts-%s\nSNS: arn:aws:sns:eu-central-1:%s:alerts\nECR: %s.dkr.ecr.eu-central-1.amazonaws.com/api:sha-%s\n"
            % (acct, acct, rs(17, UP + DIG), rs(17, UP + DIG), acct, ruuid(), acct, acct, acct, hexs(7)))
    add("n_aws_account_ids_arns", br_cohere("Write a least-privilege policy for these resources:\n" + arns))

    sig = ("POST /webhooks/stripe\nStripe-Signature: t=1763110211,v1=%s,v0=%s\n\nPOST /webhooks/github\nX-Hub-Signature-256: sha256=%s\nX-GitHub-Delivery: %s\n\n"
           "POST /slack/events\nX-Slack-Request-Timestamp: 1763110299\nX-Slack-Signature: v0=%s\n\nPOST /twilio/sms\nX-Twilio-Signature: %s\n\n"
           "POST /svix\nsvix-id: msg_%s\nsvix-signature: v1,%s\n" % (hexs(64), hexs(64), hexs(64), ruuid(), hexs(64), b64(bytes(R.randrange(256) for _ in range(20))), rs(27), b64(bytes(R.randrange(256) for _ in range(32)))))
    add("n_webhook_signature_headers", oai_tool("Our webhook verification fails for all providers; here are captured requests.", "read_file", {"path": "captures.txt"}, sig))

    pub = ("<script src=\"https://www.google.com/recaptcha/api.js?render=6L%s\"></script>\n<script>\nconst search = algoliasearch('%s', '%s'); // search-only key, public\n"
           "docsearch({ appId: '%s', apiKey: '%s', indexName: 'acme_docs' });\nposthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' });\n</script>\n"
           % (rs(38, AL + "-_"), rs(10, UP + DIG), hexs(32), rs(10, UP + DIG), hexs(32), rs(43)))
    add("n_public_client_keys_html", conv("Search on the docs site is broken, here is the head snippet:\n" + pub))
