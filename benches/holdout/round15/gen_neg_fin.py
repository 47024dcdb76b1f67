"""Hard negatives 3: finance back office, legal and public-sector data without personal data or secrets - invoice and
order numbers that pass Luhn (no card issuer prefix), IBAN validation fixtures that fail mod-97, a supplier payment run of
companies (legal forms), BICs and sort codes alone, ISIN and LEI lists (check digits), court docket numbers and ECLIs,
aggregated public statistics, a GL journal export with company VAT ids, anonymised judgments, masked id fields."""
import json
from gen_common import R
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    rows = ["Rechnungsnr.;Auftragsnr.;Datum;Netto;USt;Brutto"]
    for i in range(8):
        rows.append("%s;%s;2025-11-%02d;%d,00;%d,00;%d,00" % (V.luhn_order(R.choice(["10", "70", "90"]), 16), V.luhn_order("2024", 12), i + 3, 1000 + i * 37, 190 + i * 7, 1190 + i * 44))
    emit("n_agent_invoice_order_numbers_luhn", SH.cc, [("u", "Our dunning job flags these invoice numbers as invalid; they carry a Luhn check digit, check it"),
         ("t", "read", "mahnwesen/offene_posten.csv", "\n".join(rows) + "\n"), ("a", "All check digits are correct; the job strips leading zeros.")] + V.pad("nin", 1))

    good = [V.iban(cc, printed=False) for cc in ("DE", "FR", "NL", "IT")]
    bad = [V.broken(g) for g in good]
    t = "import pytest\nfrom schwifty import IBAN\n\n@pytest.mark.parametrize('value', [\n" + "".join("    '%s',\n" % b for b in bad) + "])\ndef test_rejects_bad_checksum(value):\n    with pytest.raises(ValueError):\n        IBAN(value)\n"
    emit("n_agent_iban_fixtures_bad_checksum", SH.oai_chat, [("u", "Add tests for IBANs with a wrong check digit"), ("t", "edit", ("tests/test_iban.py", "# TODO", t), "The file tests/test_iban.py has been updated."),
         ("t", "bash", "pytest -q tests/test_iban.py", "4 passed in 0.21s"), ("a", "Four invalid IBANs are rejected.")])

    pay = ["<CdtTrfTxInf><Amt><InstdAmt Ccy=\"EUR\">%d.00</InstdAmt></Amt><CdtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></CdtrAgt><Cdtr><Nm>%s</Nm></Cdtr>"
           "<CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct></CdtTrfTxInf>" % (R.randint(900, 40000), V.bic(b, cc), nm, V.iban(cc, printed=False))
           for b, cc, nm in (("COBA", "DE", "Bürotechnik Sommer GmbH"), ("BNPA", "FR", "Nettoyage Lumière SAS"), ("INGB", "NL", "Drukkerij Vos B.V."), ("UNCR", "IT", "Archivi Digitali S.p.A."))]
    emit("n_agent_supplier_payment_run_companies", SH.gemini, [("u", "Check the pain.001 supplier run before release"),
         ("t", "read", "zahllauf/pain001_2025-11-24.xml", "<Document><CstmrCdtTrfInitn><PmtInf>\n" + "\n".join(pay) + "\n</PmtInf></CstmrCdtTrfInitn></Document>\n"),
         ("a", "Four suppliers, all companies; totals match the approval list.")] + V.pad("npy", 1))

    bics = "\n".join("| %s | %s | %s |" % (n, V.bic(b, cc), sc) for n, b, cc, sc in (("Barclays Manchester", "BARC", "GB", V.sort_code()), ("Lloyds Leeds", "LOYD", "GB", V.sort_code()),
                                                                                ("Deutsche Bank Köln", "DEUT", "DE", "BLZ 370 700 60"), ("Caixa Geral Lisboa", "CGDI", "PT", "-")))
    from gen_sess import say
    say("n_chat_bic_sort_code_table", "oai", "Format this list of our banking partners for the treasury handbook:\n| Branch | BIC | Sort code / BLZ |\n|---|---|---|\n" + bics)

    fund = "ISIN;LEI Emittent;Name;Stück\n" + "\n".join("%s;%s;%s;%d" % (V.isin(cc), V.lei(), n, R.randint(100, 90000)) for cc, n in
                                                        (("DE", "Pfandbrief 2031"), ("FR", "OAT 2034"), ("LU", "Global Equity Fund I"), ("IE", "MSCI World ETF"), ("NL", "Green Bond 2029")))
    emit("n_agent_isin_lei_holdings", SH.converse, [("u", "Validate the ISIN and LEI check digits in the depot export"), ("t", "read", "depot/bestand_2025-11.csv", fund),
         ("a", "All check digits are valid.")] + V.pad("nis", 1))

    dk = ("Az. 3 O 127/25 (LG Köln)\nECLI:DE:BGH:2024:%sUVIIIZR%d.23.0\nRG n° 25/0%d (TJ Paris)\nCase No. CV-2025-00%d (Superior Court)\nGrundbuch von Ehrenfeld Blatt %d, Flurstück %d/%d\n"
          % (V.rs(6, "0123456789"), R.randint(10, 300), R.randint(1000, 9999), R.randint(1000, 9999), R.randint(1000, 20000), R.randint(10, 999), R.randint(1, 9)))
    emit("n_agent_docket_numbers_ecli", SH.oai_resp, [("u", "Normalise these references for the matter management system"), ("t", "read", "matters/references.txt", dk),
         ("a", "Normalised: court, year and serial split into fields.")])

    st = ("Województwo;Liczba wniosków;Przyznane;Odrzucone\n" + "\n".join("%s;%d;%d;%d" % (w, R.randint(1000, 90000), R.randint(500, 60000), R.randint(10, 9000))
                                                                           for w in ("mazowieckie", "śląskie", "wielkopolskie", "małopolskie")))
    emit("n_agent_public_statistics_aggregates", SH.gemini, [("u", "Chart the approval rate per voivodeship"), ("t", "read", "stat/wnioski_2025.csv", st),
         ("a", "Approval rates range between 55 and 70 %.")] + V.pad("nst", 1))

    gl = "Konto;Gegenkonto;Belegnr;Text;USt-IdNr;Betrag\n" + "\n".join("%d;%d;%s;%s;DE%s;%d,%02d" % (R.randint(4000, 4999), R.randint(70000, 79999), "RE-2025-%05d" % R.randint(1, 99999), t, V.rs(9, "0123456789"), R.randint(10, 9999), R.randint(0, 99))
                                                                      for t in ("Miete Büro", "Wartung Server", "Reinigung", "Beratung"))
    emit("n_agent_gl_journal_vat_ids", SH.cc, [("u", "Group the November journal by G/L account"), ("t", "read", "fibu/journal_2025-11.csv", gl), ("a", "Grouped by account.")])

    anon = ("Im Namen des Volkes\nUrteil\nIn dem Rechtsstreit\nder Frau A. B., [Anschrift],\n- Klägerin -\ngegen\ndie C. GmbH, vertreten durch den Geschäftsführer D.,\n- Beklagte -\n"
            "hat das Amtsgericht […] für Recht erkannt: Die Beklagte wird verurteilt, an die Klägerin 1.240,00 EUR nebst Zinsen zu zahlen.\n")
    emit("n_agent_anonymised_judgment", SH.converse, [("u", "Summarise this judgment in plain language"), ("t", "read", "urteile/amtsgericht_anonymisiert.txt", anon),
         ("a", "The company must pay the claimant 1,240 EUR plus interest.")] + V.pad("nan", 1))

    form = json.dumps({"fields": [{"name": "pesel", "label": "PESEL", "pattern": "^[0-9]{11}$", "example": "***********"},
                                  {"name": "nir", "label": "N° de sécurité sociale", "pattern": "^[12][0-9]{14}$", "mask": "X XX XX XX XXX XXX XX"},
                                  {"name": "iban", "label": "IBAN", "pattern": "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"},
                                  {"name": "steuer_id", "label": "Steuer-ID", "pattern": "^[1-9][0-9]{10}$", "hint": "11 Ziffern, keine Leerzeichen"}]}, indent=2, ensure_ascii=False)
    emit("n_agent_form_schema_masks", SH.oai_chat, [("u", "Generate form validation from this schema"), ("t", "read", "forms/antrag.schema.json", form), ("a", "Validators generated.")])
