"""Theme 7 (hard negatives): chats of support, claims and care staff with nothing personal to report - order numbers,
tracking numbers and a masked card, an MRN with initials (see gen.py), claim / policy numbers and a VIN, the documented
example IBAN, Stripe's documented test cards, card BIN / IIN ranges, a Faker request, aggregated KPIs, a support
signature with role mailboxes and toll-free numbers, pseudonymised exports, masked customer records (Portuguese), an
HL7 field question, a Japanese shipping inquiry with the company's free-dial number, and classification policy prose."""
import hashlib
from gen_common import R, rs, hexs, ups_tracking
from gen_sess import say
import gen_vals as V

KINDS = ["anth", "oai", "resp", "gem", "conv", "brc", "llama", "titan", "cohere", "mistral", "parts", "anth", "oai", "gem", "resp"]


def build():
    k = iter(KINDS * 2)
    say("n_chat_refund_masked_card_tracking", next(k), "Customer asks where her refund is. Order NW-10412, refunded 2025-11-19 to the Visa ending in 4821 (**** **** **** 4821), "
        "return parcel UPS %s delivered to our warehouse on 11/17. Our hotline is 1-800-426-9400. Draft a reply saying refunds take 5-10 business days." % ups_tracking())
    say("n_chat_nurse_mrn_initials_dosing", next(k), "Pt J.M., 71F, MRN 00%d, eGFR 38, on apixaban 5 mg BID. Does she meet dose-reduction criteria (age, weight 58 kg, "
        "creatinine 1.4)? Give me the rule and the answer." % R.randint(100000, 999999))
    say("n_chat_claim_vin_policy_numbers", next(k), "Claim CLM-2025-%06d under policy AUT-%s-%d: rear-end collision, insured vehicle VIN 1HGCM82633A%06d, third-party insurer "
        "Acme Mutual ref TP-%d. Liability 100%% third party. Write the subrogation demand letter skeleton." % (R.randint(1, 999999), rs(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(10**6, 10**7),
                                                                                                          R.randint(100000, 999999), R.randint(10**5, 10**6)))
    say("n_chat_de_iban_pruefziffer_beispiel", next(k), "Wie berechnet man die Prüfziffer einer IBAN? Erkläre es bitte Schritt für Schritt am Standardbeispiel "
        "DE89 3704 0044 0532 0130 00 (BLZ 37040044, Konto 0532013000), damit ich die Validierung im Checkout-Formular richtig baue.")
    say("n_chat_stripe_test_cards_declines", next(k), "In Stripe test mode, 4000 0000 0000 0002 gives generic_decline and 4000 0000 0000 9995 insufficient_funds, "
        "but 4242 4242 4242 4242 always succeeds, also with 3DS. Which test card triggers authentication_required? We test with exp 12/34 and CVC 123.")
    say("n_chat_card_bin_iin_ranges", next(k), "For our fraud rules: explain IIN/BIN ranges. Visa starts with 4, Mastercard 51-55 and 2221-2720, Amex 34/37. "
        "We store first six and last four (e.g. 424242******4242, 555555******4444) and the Stripe fingerprint. Is that PCI-compliant for analytics?")
    say("n_chat_faker_test_data_request", next(k), "Write a Python script with Faker (en_US, en_GB, pt_BR) that generates 10,000 fake customers with name, email at example.com, "
        "phone, SSN/NINO/CPF, IBAN and a Luhn-valid test card, and writes them to CSV. Don't print any rows in your answer.")
    say("n_chat_support_kpis_aggregates", next(k), "Weekly support numbers: 4,812 tickets (-6%), median first response 42 min, CSAT 91.3%, 312 chargebacks disputed "
        "(won 61%), refunds USD 48,210. Top contact reasons: delivery delay 31%, refund status 22%, address change 9%. Write three bullet points for the exec update.")
    say("n_chat_support_signature_role_contacts", next(k), "Polish our team signature:\n\nNorthwind Customer Care\nsupport@northwind-goods.com | returns@northwind-goods.com\n"
        "US/CA toll-free 1-800-426-9400 | UK freephone 0800 048 7312 | Mon-Fri 8am-8pm CT\nNorthwind Commerce Inc., 2100 Riverside Dr, Austin, TX 78741")
    rows = "\n".join("%s;%s;%s;%d" % (hashlib.sha256(str(R.random()).encode()).hexdigest(), "tok_" + rs(24), R.choice(["ES", "PT", "FR"]), R.randint(1, 40)) for _ in range(8))
    say("n_chat_es_export_seudonimizado", next(k), "Este export ya está seudonimizado (hash SHA-256 del email y token de cliente). ¿Puedo compartirlo con la agencia?\n\n"
        "email_sha256;customer_token;pais;pedidos\n" + rows)
    say("n_chat_pt_registro_mascarado", next(k), "O cliente pediu para confirmar os dados cadastrados. Tela do CRM (mascarado):\nNome: M*** S***\nCPF: ***.456.789-**\n"
        "Celular: (**) *****-4321\nE-mail: m***@gmail.com\nCartão: **** **** **** 0005\nComo respondo sem expor mais dados?")
    say("n_chat_hl7_pid_fields_question", next(k), "In HL7 v2.5 ADT messages, which PID fields carry the MRN, the SSN and the phone numbers? Our interface spec says PID-3 with "
        "assigning authority NWMC and type code MR, PID-13 home phone, PID-19 SSN (deprecated). Should we stop sending PID-19?")
    say("n_chat_jp_shipping_inquiry_company", next(k), "以下のお問い合わせへの返信を作成してください。\n\nご注文番号：NW-JP-%d\n配送業者：ヤマト運輸 伝票番号 %s-%s-%s\n"
        "お問い合わせ内容：お届け予定日を過ぎても届きません。\n\n弊社窓口：カスタマーセンター 0120-%s-%s（平日9時〜18時）、support-jp@northwind-goods.com"
        % (R.randint(1000, 9999), rs(4, "0123456789"), rs(4, "0123456789"), rs(4, "0123456789"), rs(3, "0123456789"), rs(3, "0123456789")))
    say("n_chat_classification_policy_prose", next(k), "Our data handling policy says customer records are confidential and must only be shared internally; "
        "card data is never to be pasted into tickets. Rewrite this paragraph in plainer English for new support hires, keep it under 80 words.")
    say("n_chat_tracking_batch_status", next(k), "Summarise these shipment statuses for the morning stand-up:\n" + "\n".join(
        "%s %s %s" % (R.choice(["UPS", "FedEx", "USPS"]), (ups_tracking() if R.random() < .4 else rs(12, "0123456789")), R.choice(["delivered", "exception: address", "in transit", "out for delivery"]))
        for _ in range(10)))
