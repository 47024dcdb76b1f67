"""Round 8 session helpers shared by the theme modules: ordinary project reads to pad a session to a realistic size,
and `emit` (render a session in a given API shape and register it with round 3's `add`)."""
from gen_common import add, filler
import gen_shapes as SH
import gen_text_code as TC
import gen_text_ops as TO

PATHS = {"ts": ["app/(shop)/checkout/page.tsx", "lib/api.ts", "components/CartDrawer.tsx", "app/api/orders/route.ts", "hooks/useInventory.ts",
                "components/ProductGrid.tsx", "lib/format.ts", "app/account/settings/page.tsx"],
         "py": ["shop/orders/views.py", "shop/orders/models.py", "shop/billing/serializers.py", "shop/core/tasks.py", "shop/catalog/admin.py"],
         "go": ["internal/orders/handler.go", "internal/store/postgres.go", "internal/shipping/client.go", "cmd/api/main.go", "internal/auth/middleware.go"],
         "java": ["src/main/java/com/acme/billing/InvoiceController.java", "src/main/java/com/acme/billing/PaymentService.java",
                  "src/main/java/com/acme/billing/RefundController.java"],
         "rb": ["app/models/order.rb", "app/models/subscription.rb", "app/controllers/orders_controller.rb"],
         "rs": ["src/main.rs", "src/commands/sync.rs", "src/config.rs", "src/output.rs"]}


def reads(lang, seed, n=3, size=6000):
    """n ordinary file reads of a project in `lang`, each about `size` bytes."""
    out = []
    for k in range(n):
        p = PATHS[lang][k % len(PATHS[lang])]
        text = TC.LANG[lang]("%s-%s-%d" % (seed, lang, k), size)
        if k % 3 == 2:  # a third of the bulk is real source text from this machine (sanitised)
            text = filler(size, "js" if lang == "ts" else "py", "%s-%d" % (seed, k))
            p = p.rsplit(".", 1)[0] + (".js" if lang == "ts" else ".py")
        out.append(("t", "read", p, text))
    return out


def emit(name, shape, steps, labels=()):
    body = SH.AGENT[shape % len(SH.AGENT)](steps) if isinstance(shape, int) else shape(steps)
    add(name, body, labels)


GUIDE = ("\n\n---\nHow to answer (team note pinned in this workspace): keep answers short and concrete; use the customer's language; "
         "quote order numbers exactly as given; never promise delivery dates the carrier has not confirmed; for refunds above 200 EUR "
         "ask a team lead; for anything about payments point to the help centre article on refunds; sign off with the team name, "
         "not your own; if a message is unclear, ask one clarifying question instead of guessing; avoid jargon such as SLA, RMA or "
         "backorder in replies to consumers; and check the order history before answering questions about returns or exchanges. "
         "Formatting: plain text, no tables in customer mails, bullet lists only for steps; keep subject lines under 60 characters; "
         "dates as 20 Nov 2025; prices with the currency after the amount (189,00 EUR) in German and French mails. Escalation: "
         "damaged goods go to the quality queue with photos attached, carrier claims go to logistics, anything legal goes to the "
         "legal queue without a reply to the customer first.\n")


def say(name, kind, text, labels=()):
    """A chat paste; short pastes carry the team's pinned answering guide, as workspace chats do."""
    if len(text) < 1400:
        text += GUIDE
    add(name, SH.chat(text, kind), labels)
