"""Theme 4 (positives): support agents, claims handlers and nurses pasting customer records into a chat assistant -
US SSN / ITIN / Medicare MBI, CA SIN (NAS), UK NHS number and NINO, AU TFN and Medicare, IN Aadhaar and PAN, BR CPF,
FR NIR, ES DNI, PT NIF, DE Krankenversichertennummer, JP My Number; full cards with expiry and CVV, IBANs, e-mails and
phones in national and international formats; in English, German, French, Spanish, Portuguese and Japanese, some under
a confidentiality banner (CONFIDENTIEL, STRENG VERTRAULICH, CONFIDENCIAL, 社外秘, INTERNAL ONLY)."""
from gen_common import R, rs, r3, PV7, fr_nir, es_dni, pt_nif, jp_my_number, iban_p, V9, V10, S, P, C
from gen_sess import say
import gen_vals as V

KINDS = ["anth", "oai", "resp", "gem", "conv", "brc", "anth", "oai", "parts", "llama", "mistral", "cohere", "titan", "gem", "resp"]


def build():
    k = iter(KINDS * 2)

    # c1 US: billing dispute with SSN, card + expiry + CVV
    f, l, n = V.us_person()
    ssn, c, e, ph = r3.ssn(), V.card("visa"), V.us_mail(f, l), V.us_phone("nat")
    say("p_chat_us_billing_dispute_ssn_card", next(k), "Can you help me write a reply to this customer? She wants us to close her account and refund the annual fee.\n\n"
        "Customer: %s\nDOB: 03/14/1986\nSSN (for identity verification): %s\nCard on file: %s  exp %s  CVV %s\nEmail: %s\nPhone: %s\n\n"
        "Her message: \"I cancelled in October and you still charged me $89. I want the refund to the same card.\"\n" % (n, ssn, c, V.exp(), V.cvv(), e, ph),
        [(P, "US SSN", ssn), (P, "card number", c), (P, "email (customer)", e), (P, "US mobile", ph)])

    # c2 US: tax-season support with ITIN
    f, l, n = V.us_person()
    it, e, ph = V.us_itin(), V.us_mail(f, l), V.us_phone("intl")
    say("p_chat_us_itin_refund_transfer", next(k), "Customer asks why his refund transfer is on hold. Draft a short answer explaining the IRS verification letter (5071C).\n\n"
        "Name: %s | ITIN: %s | phone %s | %s | filed 2025-02-11, e-file accepted, refund $2,314\n" % (n, it, ph, e),
        [(P, "US ITIN", it), (P, "US mobile (international format)", ph), (P, "email (customer)", e)])

    # c3 Quebec (French): NAS, cellulaire, courriel, CONFIDENTIEL
    f, l, n = V10.person("CA")
    sn, m, e = PV7.ca_sin(), V10.mob("CA"), V10.mail("CA", f, l)
    sn = "%s %s %s" % (sn[:3], sn[3:6], sn[6:]) if len(sn) == 9 else sn
    say("p_chat_ca_qc_nas_reclamation", next(k), "CONFIDENTIEL\n\nPeux-tu résumer ce dossier de réclamation en anglais pour l'équipe de Toronto ?\n\n"
        "Assuré : %s\nNAS : %s\nCellulaire : %s\nCourriel : %s\nSinistre : dégât d'eau au sous-sol, 18 novembre, franchise 1 000 $\n" % (n, sn, m, e),
        [(C, "CONFIDENTIEL banner", "CONFIDENTIEL"), (P, "CA SIN (NAS)", sn), (P, "CA mobile", m), (P, "email (insured)", e)])

    # c4 UK nurse: NHS number, NINO, mobile
    f, l, n = V10.person("GB")
    nhs, ni, m = r3.nhs(), PV7.uk_nino(), V10.mob("GB")
    say("p_chat_uk_nurse_discharge_nhs_nino", next(k), "I'm a ward nurse. Please turn these notes into a discharge letter for the GP, plain English.\n\n"
        "Patient: %s, DOB 12/07/1949\nNHS number: %s\nNI number: %s (for the PIP form)\nNext of kin mobile: %s\n"
        "Admitted with community-acquired pneumonia, 5 days IV co-amoxiclav then oral; sats 96%% on air at discharge.\n" % (n, nhs, ni, m),
        [(P, "UK NHS number", nhs), (P, "UK NINO", ni), (P, "UK mobile (next of kin)", m)])

    # c5 Australia: TFN, Medicare, mobile, e-mail
    f, l, n = V10.person("AU")
    t, med, m, e = V10.au_tfn(), V10.au_medicare(), V10.mob("AU"), V10.mail("AU", f, l)
    say("p_chat_au_income_protection_tfn_medicare", next(k), "Claims handler here. Summarise this income protection claim for the assessor and list missing documents.\n\n"
        "Member: %s\nTFN: %s\nMedicare: %s\nMobile: %s\nEmail: %s\nCondition: lumbar disc herniation, off work since 2 Oct\n" % (n, t, med, m, e),
        [(P, "AU TFN", t), (P, "AU Medicare number", med), (P, "AU mobile", m), (P, "email (member)", e)])

    # c6 India: Aadhaar, PAN, mobile
    f, l, n = V9.person("IN")
    a, pan, m, e = V9.aadhaar(), V.in_pan(), V9.mob("IN", "intl"), V9.mail("IN", f, l)
    say("p_chat_in_kyc_aadhaar_pan", next(k), "Please draft an email asking this customer to re-upload a clearer Aadhaar photo; the PAN matched.\n\n"
        "Name: %s\nAadhaar: %s\nPAN: %s\nMobile: %s\nEmail: %s\nLoan application: personal loan, INR 3,50,000\n" % (n, a, pan, m, e),
        [(P, "IN Aadhaar", a), (P, "IN PAN", pan), (P, "IN mobile", m), (P, "email (applicant)", e)])

    # c7 Brazil (Portuguese): CPF, celular, card
    f, l, n = V9.person("BR")
    cpf, m, e, c = V9.cpf(), V9.mob("BR", "nat"), V9.mail("BR", f, l), V.card("mc5")
    say("p_chat_br_chargeback_cpf_cartao", next(k), "Me ajuda a responder essa contestação? A cliente diz que não reconhece a compra.\n\n"
        "Cliente: %s\nCPF: %s\nCelular: %s\nE-mail: %s\nCartão: %s validade %s\nPedido: NW-BR-20931, R$ 749,90, entregue em 12/11\n" % (n, cpf, m, e, c, V.exp()),
        [(P, "BR CPF", cpf), (P, "BR mobile", m), (P, "email (customer)", e), (P, "card number", c)])

    # c8 Germany: IBAN, Handy, KVNR, STRENG VERTRAULICH
    f, l, n = V10.person("DE")
    ib, m, e, kv = iban_p("DE"), V10.mob("DE"), V10.mail("DE", f, l), PV7.de_kvnr()
    say("p_chat_de_erstattung_kvnr_iban", next(k), "STRENG VERTRAULICH\n\nBitte formuliere eine freundliche Antwort auf diesen Erstattungsantrag (Zahnzusatzversicherung).\n\n"
        "Versicherte: %s\nKrankenversichertennummer: %s\nIBAN für die Erstattung: %s\nHandy: %s\nE-Mail: %s\nRechnung: Dr. med. dent. Vogel, 1.240,00 EUR, Inlay 26\n" % (n, kv, ib, m, e),
        [(C, "STRENG VERTRAULICH banner", "STRENG VERTRAULICH"), (P, "DE Krankenversichertennummer", kv), (P, "DE IBAN", ib), (P, "DE mobile", m), (P, "email (insured)", e)])

    # c9 France: NIR, IBAN, portable
    f, l, n = V10.person("FR")
    nir, ib, m = fr_nir(), iban_p("FR"), V10.mob("FR")
    say("p_chat_fr_mutuelle_nir_iban", next(k), "CONFIDENTIEL – SERVICE ADHÉRENTS\n\nRédige une réponse : l'adhérent conteste le remboursement de ses lunettes.\n\n"
        "Adhérent : %s\nN° de sécurité sociale : %s\nIBAN : %s\nPortable : %s\nMontant contesté : 180,00 EUR\n" % (n, nir, ib, m),
        [(C, "CONFIDENTIEL banner", "CONFIDENTIEL"), (P, "FR NIR", nir), (P, "FR IBAN", ib), (P, "FR mobile", m)])

    # c10 Spain: DNI, IBAN, móvil, e-mail
    f, l, n = V10.person("ES")
    d, ib, m, e = es_dni(), V10.iban("ES"), V10.mob("ES"), V10.mail("ES", f, l)
    say("p_chat_es_devolucion_dni_iban", next(k), "CONFIDENCIAL\n\nAyúdame a contestar a esta clienta, quiere la devolución por transferencia.\n\n"
        "Clienta: %s\nDNI: %s\nIBAN: %s\nMóvil: %s\nCorreo: %s\nPedido NW-ES-4471, devolución de 2 artículos (64,90 EUR)\n" % (n, d, ib, m, e),
        [(C, "CONFIDENCIAL banner", "CONFIDENCIAL"), (P, "ES DNI", d), (P, "ES IBAN", ib), (P, "ES mobile", m), (P, "email (customer)", e)])

    # c11 Japan: My Number, 携帯, e-mail, 社外秘
    f, l, n = V9.person("JP")
    mn, m, e = jp_my_number(), V9.mob("JP", "nat"), V9.mail("JP", f, l)
    say("p_chat_jp_hoken_my_number", next(k), "【社外秘】\n\n以下の保険金請求について、お客様への返信メールの下書きをお願いします。\n\n"
        "契約者：%s\nマイナンバー：%s\n携帯：%s\nメール：%s\n請求内容：入院給付金（11月3日〜11月10日、8日間）\n" % (n, mn, m, e),
        [(C, "社外秘 banner", "社外秘"), (P, "JP My Number", mn), (P, "JP mobile", m), (P, "email (policyholder)", e)])

    # c12 UK claims handler: IBAN, card, international mobile, INTERNAL ONLY
    f, l, n = V10.person("GB")
    ib, c, m = iban_p("GB"), V.card("visa"), V10.mob("GB", "intl")
    say("p_chat_uk_travel_claim_iban_card", next(k), "INTERNAL ONLY\n\nSummarise this travel insurance claim and tell me if the payout should go to the card or the bank account.\n\n"
        "Policyholder: %s\nPaid the trip with card %s (exp %s)\nBank for settlement: %s\nMobile while abroad: %s\nClaim: cancelled flight LIS-LGW, hotel 2 nights, GBP 612\n" % (n, c, V.exp(), ib, m),
        [(C, "INTERNAL ONLY banner", "INTERNAL ONLY"), (P, "card number", c), (P, "GB IBAN", ib), (P, "UK mobile (international)", m)])

    # c13 fraud review: several cards with expiry, international phones, e-mails
    labs, rows = [], []
    for cc, kind in (("US", "visa"), ("GB", "mc2"), ("FR", "amex")):
        if cc == "US":
            f, l, nm = V.us_person()
            e, m = V.us_mail(f, l), V.us_phone("intl")
        else:
            f, l, nm = V10.person(cc)
            e, m = V10.mail(cc, f, l), V10.mob(cc, "intl")
        c = V.card(kind)
        rows.append("| %s | %s | %s | %s | %s |" % (nm, e, m, c, V.exp()))
        labs += [(P, "email (order)", e), (P, "%s mobile" % ("UK" if cc == "GB" else cc), m), (P, "card number (%s)" % kind, c)]
    say("p_chat_fraud_review_cards_phones", next(k), "These three orders were flagged by Radar. Which look like card testing and which are legitimate?\n\n"
        "| name | email | phone | card | exp |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n", labs)

    # c14 US nurse: Medicare MBI, SSN, phone
    f, l, n = V.us_person()
    mbi, ssn, ph = PV7.us_mbi(), r3.ssn(), V.us_phone("dash")
    say("p_chat_us_home_health_mbi_ssn", next(k), "Home health intake. Please write the prior-auth request letter for this patient.\n\n"
        "Patient: %s, 78, DOB 1947-05-02\nMedicare Beneficiary Identifier: %s\nSSN: %s\nDaughter's phone: %s\nDx: CHF exacerbation, needs skilled nursing 3x/week\n" % (n, mbi, ssn, ph),
        [(P, "US Medicare MBI", mbi), (P, "US SSN", ssn), (P, "US mobile (daughter)", ph)])

    # c15 Portugal: NIF, IBAN, telemóvel
    f, l, n = V10.person("PT")
    nf, ib, m, e = pt_nif(), V10.iban("PT"), V10.mob("PT"), V10.mail("PT", f, l)
    say("p_chat_pt_sinistro_nif_iban", next(k), "Escreve um resumo deste sinistro automóvel para o perito.\n\nSegurado: %s\nNIF: %s\nIBAN para indemnização: %s\n"
        "Telemóvel: %s\nEmail: %s\nSinistro: colisão traseira na A5, 19/11, viatura imobilizada\n" % (n, nf, ib, m, e),
        [(P, "PT NIF", nf), (P, "PT IBAN", ib), (P, "PT mobile", m), (P, "email (insured)", e)])
