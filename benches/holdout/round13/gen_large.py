"""Large bodies (200-400 KB): two long coding-agent sessions of a product team with one or two needles (an APNs .p8 key
read from a mobile-shop backend; a PlayFab developer secret and a Brevo key in a game's live-ops service), and two large
hard negatives (a long storefront refactor session with bundles and i18n; a long support-tooling session over macros,
templates and redacted tickets)."""
from gen_common import R, rs, hexs, key, S, K
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    pad = V.pad
    p8 = key("large_apns.p8").strip()
    steps = [("u", "Port the order-status push notifications from the Rails monolith to the new Node service; read the old code first.")]
    steps += pad("bigapns-a", 9, 15000)
    steps += [("t", "bash", "cat config/apns/AuthKey_%s.p8" % rs(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), p8 + "\n"),
              ("a", "The service signs APNs JWTs with this key; in the Node port load it from the secret store, not the repo.")]
    steps += pad("bigapns-b", 8, 15000) + [("u", "Now write the Node module that sends the push.")]
    emit("p_large_push_service_port_apns_p8", SH.cc, steps, [(K, "APNs auth key (.p8, PKCS#8 EC)", p8)])

    pf, bv = V.playfab_secret(), V.brevo()
    steps = [("u", "The live-ops service sends event mails late; go through it")] + pad("bigops-a", 8, 15000)
    steps += [("t", "read", "liveops/settings.py", "PLAYFAB_TITLE_ID = \"%s\"\nPLAYFAB_SECRET_KEY = \"%s\"\nEVENT_CALENDAR = \"events/2025-q4.yaml\"\n" % (V.playfab_title(), pf))]
    steps += pad("bigops-b", 6, 15000)
    steps += [("t", "bash", "env | grep -i brevo", "BREVO_API_KEY=%s\nBREVO_SENDER=events@frostfall.gg\n" % bv)] + pad("bigops-c", 4, 15000)
    steps += [("a", "Mails are queued per player; batch them through Brevo's transactional batch endpoint.")]
    emit("p_large_liveops_session_playfab_brevo", SH.oai_chat, steps, [(S, "PlayFab developer secret key", pf), (S, "Brevo API key", bv)])

    steps = [("u", "Refactor the storefront's product pages to server components; read the current code")] + pad("bignw-a", 10, 15000)
    steps += [("t", "bash", "ls -la .next/static/chunks | head", "\n".join("-rw-r--r-- 1 dev dev %6d Nov 24 10:12 %s-%s.js" % (R.randint(2000, 190000), n, hexs(16)) for n in ("framework", "main", "webpack", "pages/_app", "pages/product/[slug]")))]
    steps += pad("bignw-b", 9, 15000)
    emit("n_large_storefront_refactor_session", SH.gemini, steps)

    steps = [("u", "Build a macro linter for our help desk: flag macros with hard-coded names or e-mails")] + pad("bigsup-a", 9, 15000)
    steps += [("t", "read", "macros/refund.txt", "Hi {{ticket.requester.first_name}},\nwe refunded {{ticket.custom_fields.amount}} to the card ending {{ticket.custom_fields.card_last4}}.\n"
               "Questions? Reply to this mail or call 0800 589 3321.\n— Customer Care\n")] + pad("bigsup-b", 9, 15000)
    emit("n_large_support_macro_linter_session", SH.oai_resp, steps)
