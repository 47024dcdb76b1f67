"""Theme 7 (hard negatives, chats): support, marketing and game-design conversations without personal data or secrets -
redacted tickets, A/B results, a game design document with secret / key / password puzzles, role mailboxes and
company hotlines per country, a book shop's ISBN / GTIN feed, a schema with personal-data columns but no rows, an NDA
template, a data-classification policy, input masks, parcel tracking, a press release, trace ids, and the jwt.io
sample token (computed here from its published header, payload and secret)."""
import base64, hashlib, hmac, json
from gen_common import R, rs, hexs, add
import gen_shapes as SH
import gen_vals as V


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt_io_sample():
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(hmac.new(("your-256-" + "bit-secret").encode(), (h + "." + p).encode(), hashlib.sha256).digest())


NOTE = ("\n\n---\nWorkspace notes (pinned by the team lead): answer in the language of the question; be brief and concrete; prefer lists "
        "over long paragraphs; mark assumptions; never invent order numbers, prices or dates; when a question is about a customer, ask for the ticket "
        "link rather than details; for game content keep the studio's style guide (British spelling, no all-caps, item names in Title Case); for "
        "marketing copy avoid superlatives and keep claims verifiable; for analysis show the numbers you used and round to one decimal; for legal "
        "or policy texts suggest wording but point to the legal team for approval; sign nothing with a personal name. Formatting: Markdown, code "
        "in fenced blocks, tables only when comparing three or more items.\n")


def chat(name, kind, text):
    add(name, SH.chat(text + NOTE, kind))


def build():
    chat("n_chat_redacted_ticket_reply", "anth", "Draft a reply to this ticket (our helpdesk already redacted it):\n\nFrom: [email redacted]\nPhone: +48 *** *** 347\n"
         "\"I paid with the card ending 4821 but the order KW-%d still says pending. Please refund to my account ending …0719.\"\n\nKeep it short and apologetic." % R.randint(100000, 999999))
    chat("n_chat_ab_test_results_checkout", "oai", "Interpret this A/B test:\n\nvariant   visitors  orders  cr      aov\ncontrol   48,219    1,702   3.53%%  86.40 EUR\n"
         "one-page  48,774    1,858   3.81%%  84.10 EUR\np-value 0.018, power 0.81, test ran 14 days (2025-11-03 to 2025-11-17).")
    chat("n_chat_game_design_doc_secret_key_password", "gem", "Give feedback on this level design doc:\n\nLevel 7 'The Vault'\n- The player needs the Golden Key from the secret room behind the waterfall.\n"
         "- The door asks for a password: the four runes spell it (FROST), hinted in the library.\n- Collecting 3 arena tokens unlocks the secret boss.\n- Confidential note from the villain reveals the twist.")
    chat("n_chat_role_mailboxes_company_hotlines", "resp", "Make a contact table for our help centre:\n- DE: support@kofferwerk.de, Hotline 0800 589 3321 (kostenlos), Zentrale +49 40 6094 770-0\n"
         "- UK: help@kofferwerk.co.uk, 0800 048 7716\n- PL: pomoc@kofferwerk.pl, infolinia 800 707 123\n- ES: atencion@kofferwerk.es, 900 838 412\n- Press: press@kofferwerk.de; invoices: billing@kofferwerk.de; no-reply sender noreply@kofferwerk.de")
    feed = "\n".join("%s | %s | %s | %5.2f EUR" % (V.isbn13(), V.gtin13(), R.choice(["Dune (pb)", "Die Verwandlung", "Solaris", "Lalka", "Kürk Mantolu Madonna"]), R.uniform(8, 30)) for _ in range(25))
    chat("n_chat_bookshop_isbn_gtin_feed", "conv", "Spot the duplicates in this product feed:\n\nISBN-13 | GTIN | title | price\n" + feed)
    chat("n_chat_schema_personal_columns_no_rows", "brc", "Review this table design for GDPR:\n\nCREATE TABLE customers (\n  id uuid primary key,\n  email text not null,\n  phone_e164 text,\n"
         "  pesel char(11),\n  tckn char(11),\n  iban text,\n  card_last4 char(4),\n  created_at timestamptz default now()\n);\n\nWhich columns need encryption at rest or should be dropped?")
    chat("n_chat_nda_template_confidential_information", "llama", "Simplify this clause of our template NDA for freelance game artists:\n\n\"Confidential Information\" means any non-public information "
         "disclosed by the Studio, including unreleased game builds, art assets and roadmaps, whether or not marked as confidential. The Recipient shall keep Confidential "
         "Information confidential and not distribute it to third parties.")
    chat("n_chat_data_classification_policy", "mistral", "Turn this into an FAQ for the support team:\n\nOur data classes are public, internal, confidential and restricted. Customer "
         "tickets are confidential by default; exports of tickets should be labelled with the right class in the file name. Restricted covers payment data, which support never stores.")
    chat("n_chat_form_input_masks", "cohere", "Write input masks for the checkout id fields:\n- PESEL: 00000000000\n- TC Kimlik: 11 digits, first not 0\n- Emirates ID: 784-XXXX-XXXXXXX-X\n"
         "- RRN: YYMMDD-GXXXXXX\n- phone: +48 000 000 000 / +90 5XX XXX XX XX\n- IBAN: PL00 0000 0000 0000 0000 0000 0000")
    trk = "\n".join("%s  %s  %s" % ("1Z" + rs(16, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), "KW-%d" % R.randint(100000, 999999), R.choice(["in transit", "out for delivery", "exception: address", "delivered"])) for _ in range(20))
    chat("n_chat_parcel_tracking_status", "titan", "Which parcels need a customer contact?\n\n" + trk)
    chat("n_chat_press_release_launch", "anth", "FOR IMMEDIATE RELEASE\n\nFrostfall Studios announces 'Frostfall: Glacier Rift', out 12 December 2025 on Steam, PlayStation 5 and Xbox Series X|S. "
         "Press contact: press@frostfall.gg. Polish the English, keep it under 150 words.")
    tr = "\n".join("%s trace_id=%s span_id=%s request_id=%s status=%d path=/api/cart" % ("2025-11-24T10:%02d:%02dZ" % (R.randint(0, 59), R.randint(0, 59)), hexs(32), hexs(16), V.r3.ruuid(), R.choice([200, 200, 409, 500])) for _ in range(30))
    chat("n_chat_trace_ids_cart_errors", "oai", "Why do some cart requests 409?\n\n" + tr)
    chat("n_chat_jwt_io_sample_token", "gem", "Explain what each part of this JWT from the jwt.io homepage means:\n\n%s" % jwt_io_sample())
    chat("n_chat_product_copy_keyword_words", "parts", "Write three product descriptions:\n1. 'Secret Garden' scented candle, key notes of fig and cedar\n"
         "2. 'Master Key' bottle opener keyring\n3. 'Password Journal' - a notebook to keep your ideas (not your passwords!) safe. Tone: playful, 40 words each.")
