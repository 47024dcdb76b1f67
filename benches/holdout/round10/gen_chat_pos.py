"""Theme 5 (positives): HR, payroll, support and finance staff pasting records into a chat - France (NIR), Germany
(Steuer-ID), Netherlands (BSN), Belgium (rijksregisternummer), Poland (PESEL), Sweden / Denmark / Finland
(personnummer, CPR, henkilötunnus), Portugal (NIF), Italy (codice fiscale), Spain (DNI, NIE), UK (NINO, NHS number),
Canada (SIN), Australia (TFN, Medicare), Ireland (PPSN), with IBANs, cards, e-mails and mobiles in national formats;
confidentiality banners in French, German, Dutch, Polish, Italian, Spanish and English."""
from gen_common import R, rs, r3, fr_nir, de_idnr, nl_bsn, pl_pesel, pt_nif, it_cf, es_dni, es_nie, PV7, S, P, C
from gen_sess import say
import gen_vals as V

KINDS = ["anth", "oai", "resp", "gem", "conv", "brc", "llama", "titan", "cohere", "mistral", "parts"]


def rows(hdr, rs_, sep=" | "):
    return "\n".join([sep.join(hdr), sep.join("-" * len(h) for h in hdr)] + [sep.join(map(str, r)) for r in rs_])


def build():
    k = iter(KINDS * 3)

    # c1 France: HR onboarding mail with a banner
    f, l, n = V.person("FR")
    nir, ib, m, e = fr_nir(), V.iban("FR"), V.mob("FR"), V.mail("FR", f, l)
    say("p_hr_fr_onboarding_nir_iban", next(k), "CONFIDENTIEL – RESSOURCES HUMAINES\n\nBonjour, peux-tu rédiger le mail de bienvenue et vérifier que le dossier est complet ?\n\n"
        "Nouvelle recrue : %s\nPoste : Ingénieure SRE (CDI), arrivée le 5 janvier\nN° de sécurité sociale : %s\nIBAN (virement salaire) : %s\nPortable : %s\nE-mail perso : %s\n"
        "Mutuelle : adhésion obligatoire, formulaire signé\n" % (n, nir, ib, m, e),
        [(C, "CONFIDENTIEL banner", "CONFIDENTIEL"), (P, "FR NIR", nir), (P, "FR IBAN", ib), (P, "FR mobile", m), (P, "email (personal)", e)])

    # c2 Germany: payroll table, VERTRAULICH
    labs, rs_ = [(C, "VERTRAULICH banner", "VERTRAULICH")], []
    for _ in range(3):
        f, l, n = V.person("DE")
        t, ib, m = de_idnr(), V.iban("DE"), V.mob("DE")
        rs_.append([n, t, ib, m, R.choice(["I", "III", "IV", "V"])])
        labs += [(P, "DE Steuer-ID in payroll table", t), (P, "DE IBAN in payroll table", ib), (P, "DE mobile in payroll table", m)]
    say("p_payroll_de_steuer_id_table", next(k), "VERTRAULICH\nLohnabrechnung Dezember – Neueintritte\n\nKannst du prüfen, ob die Steuerklassen plausibel sind und mir eine Checkliste "
        "für die ELStAM-Anmeldung schreiben?\n\n" + rows(["Name", "Steuer-ID", "IBAN", "Handy", "StKl"], rs_), labs)

    # c3 Netherlands: BSN + IBAN + mobiel, VERTROUWELIJK
    f, l, n = V.person("NL")
    b, ib, m, e = nl_bsn(), V.iban("NL"), V.mob("NL"), V.mail("NL", f, l)
    say("p_hr_nl_bsn_salaris", next(k), "VERTROUWELIJK\n\nHoi! Kun je deze gegevens omzetten naar het formaat voor de salarisadministratie (CSV, puntkomma)?\n\n"
        "Naam: %s\nBSN: %s\nIBAN: %s\nMobiel: %s\nE-mail: %s\nIngangsdatum: 1-1-2026, 32 uur\n" % (n, b, ib, m, e),
        [(C, "VERTROUWELIJK banner", "VERTROUWELIJK"), (P, "NL BSN", b), (P, "NL IBAN", ib), (P, "NL mobile", m), (P, "email (personal)", e)])

    # c4 Belgium: rijksregisternummer, IBAN, GSM
    f, l, n = V.person("BE")
    rr, ib, m = r3.be_nn(), V.iban("BE"), V.mob("BE")
    say("p_support_be_rijksregister_refund", next(k), "Peux-tu répondre en néerlandais à ce client ? Il demande le remboursement de sa caution.\n\n"
        "Klant: %s\nRijksregisternummer: %s\nRekeningnummer (IBAN): %s\nGSM: %s\nBericht: Ik heb mijn huurcontract opgezegd en wacht al zes weken op de terugbetaling.\n" % (n, rr, ib, m),
        [(P, "BE national number (rijksregisternummer)", rr), (P, "BE IBAN", ib), (P, "BE mobile", m)])

    # c5 Poland: PESEL, IBAN, tel. kom., POUFNE
    labs, rs_ = [(C, "POUFNE banner", "POUFNE")], []
    for _ in range(2):
        f, l, n = V.person("PL")
        p, ib, m = pl_pesel(), V.iban("PL"), V.mob("PL")
        rs_.append([n, p, ib, m])
        labs += [(P, "PL PESEL in table", p), (P, "PL IBAN in table", ib), (P, "PL mobile in table", m)]
    say("p_hr_pl_pesel_umowy", next(k), "POUFNE – DZIAŁ KADR\n\nPrzygotuj proszę szablon umowy zlecenia dla tych osób (bez danych osobowych w treści):\n\n"
        + rows(["Imię i nazwisko", "PESEL", "Nr rachunku", "Tel. kom."], rs_), labs)

    # c6 Nordics: personnummer, CPR-nr, henkilötunnus
    labs, lines = [], []
    for cc, idf, lab, kw in (("SE", PV7.se_pnr, "SE personnummer", "personnummer"), ("DK", PV7.dk_cpr, "DK CPR", "CPR-nr"), ("FI", PV7.fi_hetu, "FI henkilotunnus", "henkilötunnus")):
        f, l, n = V.person(cc)
        v, ib, m = idf(), V.iban(cc), V.mob(cc)
        lines.append("- %s (%s): %s %s, IBAN %s, mobil %s" % (n, cc, kw, v, ib, m))
        labs += [(P, lab, v), (P, "%s IBAN" % cc, ib), (P, "%s mobile" % cc, m)]
    say("p_payroll_nordics_pnr_cpr_hetu", next(k), "We are onboarding three contractors in the Nordics through our EOR. Draft the email to the provider asking for "
        "the A1 certificates, and list what else they need:\n\n" + "\n".join(lines) + "\n", labs)

    # c7 Portugal: NIF, IBAN, telemóvel
    f, l, n = V.person("PT")
    nf, ib, m, e = pt_nif(), V.iban("PT"), V.mob("PT"), V.mail("PT", f, l)
    say("p_finance_pt_nif_reembolso", next(k), "Escreve uma resposta a este pedido de reembolso de despesas:\n\nColaborador: %s\nNIF (contribuinte): %s\nIBAN: %s\n"
        "Telemóvel: %s\nEmail: %s\nDespesas: deslocação Lisboa–Porto, 2 noites de hotel, 187,40 EUR\n" % (n, nf, ib, m, e),
        [(P, "PT NIF", nf), (P, "PT IBAN", ib), (P, "PT mobile", m), (P, "email (personal)", e)])

    # c8 Italy: codice fiscale, IBAN, cellulare, RISERVATO
    labs, rs_ = [(C, "RISERVATO banner", "RISERVATO")], []
    for _ in range(2):
        f, l, n = V.person("IT")
        cf, ib, m = it_cf(), V.iban("IT"), V.mob("IT")
        rs_.append([n, cf, ib, m])
        labs += [(P, "IT codice fiscale in table", cf), (P, "IT IBAN in table", ib), (P, "IT mobile in table", m)]
    say("p_hr_it_codice_fiscale_cedolini", next(k), "RISERVATO – UFFICIO PERSONALE\n\nCiao, controlla che i codici fiscali corrispondano a nome e data di nascita e segnala "
        "eventuali incongruenze:\n\n" + rows(["Nome", "Codice fiscale", "IBAN", "Cellulare"], rs_), labs)

    # c9 Spain: DNI, NIE, IBAN, móvil, CONFIDENCIAL
    f, l, n = V.person("ES")
    f2, l2, n2 = V.person("ES")
    d, ne, ib, m, m2 = es_dni(), es_nie(), V.iban("ES"), V.mob("ES"), V.mob("ES")
    say("p_hr_es_dni_nie_altas", next(k), "CONFIDENCIAL\n\nNecesito el texto para el alta en la Seguridad Social de estas dos personas:\n\n1) %s – DNI %s – móvil %s – IBAN %s\n"
        "2) %s – NIE %s – móvil %s – cobro por transferencia a la misma cuenta de la gestoría\n" % (n, d, m, ib, n2, ne, m2),
        [(C, "CONFIDENCIAL banner", "CONFIDENCIAL"), (P, "ES DNI", d), (P, "ES NIE", ne), (P, "ES IBAN", ib), (P, "ES mobile", m), (P, "ES mobile", m2)])

    # c10 UK: NINO + NHS number (occupational health referral), CONFIDENTIAL
    f, l, n = V.person("GB")
    ni, nh, m, e = PV7.uk_nino(), r3.nhs(), V.mob("GB"), V.mail("GB", f, l)
    say("p_hr_uk_nino_nhs_referral", next(k), "CONFIDENTIAL\n\nPlease tidy this occupational health referral into our template:\n\nEmployee: %s\nNational Insurance number: %s\n"
        "NHS number: %s\nMobile: %s\nPersonal email: %s\nReason: phased return after surgery, 4 weeks at 60%%\n" % (n, ni, nh, m, e),
        [(C, "CONFIDENTIAL banner", "CONFIDENTIAL"), (P, "UK NINO", ni), (P, "UK NHS number", nh), (P, "UK mobile", m), (P, "email (personal)", e)])

    # c11 Canada: SIN on a T4 correction; the employer's business number is not personal
    f, l, n = V.person("CA")
    s, m, e = PV7.ca_sin(), V.mob("CA"), V.mail("CA", f, l)
    say("p_payroll_ca_sin_t4_correction", next(k), "Draft a note to the employee about the T4 amendment.\n\nEmployer BN: %s\nEmployee: %s\nSIN: %s\nCell: %s\n"
        "Email: %s\nBox 14 was overstated by 1,240.00 CAD because of a duplicated bonus run.\n" % (V.ca_bn(), n, s, m, e),
        [(P, "CA SIN", s), (P, "CA mobile", m), (P, "email (personal)", e)])

    # c12 Australia: TFN and Medicare number; ABN of the employer not personal
    f, l, n = V.person("AU")
    t, md, m, e = V.au_tfn(), V.au_medicare(), V.mob("AU"), V.mail("AU", f, l)
    say("p_hr_au_tfn_medicare", next(k), "Can you check this new starter form is complete before I lodge it? Employer ABN %s.\n\nName: %s\nTax file number (TFN): %s\n"
        "Medicare card number: %s\nMobile: %s\nEmail: %s\nSuper fund: AustralianSuper, member no. on file\n" % (V.au_abn(), n, t, md, m, e),
        [(P, "AU TFN", t), (P, "AU Medicare number", md), (P, "AU mobile", m), (P, "email (personal)", e)])

    # c13 Ireland: PPSN, IBAN, mobile
    f, l, n = V.person("IE")
    pp, ib, m, e = V.ie_ppsn(), V.iban("IE"), V.mob("IE"), V.mail("IE", f, l)
    say("p_hr_ie_ppsn_payroll", next(k), "Quick one – write the welcome note and add this person to the payroll import (Revenue needs the PPS number):\n\n"
        "Name: %s\nPPSN: %s\nIBAN: %s\nMobile: %s\nEmail: %s\nStart: 12 January, Cork office\n" % (n, pp, ib, m, e),
        [(P, "IE PPSN", pp), (P, "IE IBAN", ib), (P, "IE mobile", m), (P, "email (personal)", e)])

    # c14 Finance: chargeback list with cards and e-mails
    labs, lines = [], []
    for cc, kind in (("DE", "visa"), ("FR", "mc5"), ("IT", "visa"), ("NL", "mc2")):
        f, l, n = V.person(cc)
        c, e = r3.card_fmt(r3.card(kind)), V.mail(cc, f, l)
        lines.append("%s;%s;%s;%s;%s,%02d EUR;%s" % ("CB-%d" % R.randint(100000, 999999), n, e, c, R.randint(20, 900), R.randint(0, 99), R.choice(["10.4 fraud", "13.1 not received", "4853 not as described"])))
        labs += [(P, "card number in chargeback list", c), (P, "email in chargeback list", e)]
    say("p_finance_chargebacks_cards_emails", next(k), "Group these chargebacks by reason code and draft the representment letters for the 'not received' ones:\n\n"
        "case;customer;email;card;amount;reason\n" + "\n".join(lines) + "\n", labs)

    # c15 Support ticket export (JSON lines) with international phone numbers and a refund IBAN
    labs, lines = [], []
    for cc in ("FR", "DE", "IT", "ES"):
        f, l, n = V.person(cc)
        e, m = V.mail(cc, f, l), V.mob(cc, "intl")
        lines.append('{"ticket": %d, "lang": "%s", "name": "%s", "email": "%s", "phone": "%s", "subject": "Rückerstattung / refund"}' % (R.randint(400000, 499999), cc.lower(), n, e, m))
        labs += [(P, "email in ticket export", e), (P, "%s mobile in ticket export" % cc, m)]
    ib = V.iban("AT")
    lines.append('{"ticket": %d, "lang": "de", "name": "Lukas Huber", "note": "Bitte auf mein Konto %s überweisen", "subject": "Erstattung"}' % (R.randint(400000, 499999), ib))
    say("p_support_tickets_jsonl_eu_phones", next(k), "Summarise these open tickets per language and suggest a macro for each:\n\n" + "\n".join(lines) + "\n",
        labs + [(P, "AT IBAN in ticket note", ib)])
