"""Theme 3 (agent positives): finance back office, legal and public-sector tooling - an SAP travel-expense export
with employees' IBANs and Steuer-IDs, a camt.053 statement with refunds to private payers (a company's account in the
same file is not labelled), a PSP chargeback export with full card numbers and cardholder e-mails, an ERP partner export
of private customers (JSON records), a court case-management JSON with parties' national ids (FR, ES, IT), a data room
index under a HIGHLY CONFIDENTIAL banner, a Polish ZUS CSV and a Czech / Swedish register extract."""
import json
from gen_common import R, S, P, C
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    rows, labs = ["Personalnr;Name;Kostenstelle;Betrag;IBAN;Steuer-ID"], []
    for i in range(3):
        f, l, n = V.person("DE")
        ib, tid = V.iban("DE"), V.de_idnr()
        rows.append("%d;%s;%d;%s;%s;%s" % (R.randint(10000, 99999), n, R.randint(4000, 4999), "%d,%02d" % (R.randint(40, 900), R.randint(0, 99)), ib, tid))
        labs += [(P, "DE IBAN of an employee (travel expense export)", ib), (P, "DE Steuer-ID of an employee", tid)]
    emit("p_agent_sap_reisekosten_export_csv", SH.cc, [("u", "The travel-expense payout file is rejected by the bank; check the export"),
         ("t", "read", "exports/reisekosten_2025-11.csv", "\n".join(rows) + "\n"), ("a", "Amounts use a decimal comma but the bank format wants a point.")] + V.pad("sap", 1), labs)

    ent, labs = [], []
    for cc in ("FR", "BE", "NL"):
        f, l, n = V.person(cc)
        ib = V.iban(cc, printed=False)
        ent.append("<Ntry><Amt Ccy=\"EUR\">%d.%02d</Amt><CdtDbtInd>DBIT</CdtDbtInd><NtryDtls><TxDtls><RltdPties><Cdtr><Nm>%s</Nm></Cdtr><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>"
                   "</RltdPties><RmtInf><Ustrd>Remboursement dossier %d</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>" % (R.randint(20, 400), R.randint(0, 99), n, ib, R.randint(100000, 999999)))
        labs.append((P, "%s IBAN of a private payee (camt.053)" % cc, ib))
    co = V.iban("FR", printed=False)
    ent.append("<Ntry><Amt Ccy=\"EUR\">18450.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><NtryDtls><TxDtls><RltdPties><Cdtr><Nm>Imprimerie Vasseur SAS</Nm></Cdtr>"
               "<CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct></RltdPties></TxDtls></NtryDtls></Ntry>" % co)
    xml = "<Document><BkToCstmrStmt><Stmt><Id>STMT-2025-11-21</Id>\n" + "\n".join(ent) + "\n</Stmt></BkToCstmrStmt></Document>\n"
    emit("p_agent_camt053_refunds_private_payees", SH.gemini, [("u", "Reconcile the refunds in today's camt.053 against the claims table"),
         ("t", "read", "bank/camt053_20251121.xml", xml), ("a", "Three refunds match open claims; the printer invoice is a supplier payment.")], labs)

    recs, labs = [], []
    for kind in ("visa", "mc5"):
        f, l, n = V.person("US")
        pan, em = V.card(kind, fmt=False), V.mail("US", f, l)
        recs.append({"dispute_id": "dp_" + V.rs(14), "reason": "fraudulent", "amount": R.randint(2000, 90000), "currency": "usd",
                     "card": {"pan": pan, "exp": "%02d/%d" % (R.randint(1, 12), R.randint(2026, 2030)), "holder": n}, "customer_email": em})
        labs += [(P, "card number of a cardholder (chargeback export)", pan), (P, "email of a disputing customer", em)]
    emit("p_agent_chargeback_export_pan", SH.oai_chat, [("u", "Summarise the open chargebacks by reason code"),
         ("t", "bash", "cat disputes/open_2025-11.json", json.dumps(recs, indent=2)), ("a", "Both are fraud disputes; evidence is due in 7 days.")] + V.pad("cb", 1), labs)

    recs, labs = [], []
    for cc in ("IT", "ES", "PT"):
        f, l, n = V.person(cc)
        em, mb, ib = V.mail(cc, f, l), V.mob(cc, "intl"), V.iban(cc)
        recs.append({"id": R.randint(3000, 9000), "name": n, "is_company": False, "email": em, "mobile": mb, "country_id": cc, "bank_ids": [{"acc_number": ib}]})
        labs += [(P, "email of a private customer (ERP partner export)", em), (P, "%s mobile of a private customer" % cc, mb), (P, "%s IBAN of a private customer" % cc, ib)]
    recs.append({"id": 12, "name": "Ferramenta Lodi S.r.l.", "is_company": True, "email": "amministrazione@ferramentalodi.it", "vat": "IT0" + V.rs(10, "0123456789")})
    emit("p_agent_erp_partner_export_private", SH.converse, [("u", "Dedupe the res.partner export before the migration"),
         ("t", "read", "migration/res_partner.json", json.dumps(recs, indent=1, ensure_ascii=False)), ("a", "No duplicates on e-mail; two partners share a bank account name.")], labs)

    parties, labs = [], []
    for cc, fld, fn, d in (("FR", "nir", V.fr_nir, "FR NIR"), ("ES", "dni", V.es_dni, "ES DNI"), ("IT", "codice_fiscale", V.it_cf, "IT codice fiscale")):
        f, l, n = V.person(cc)
        v = fn()
        parties.append({"role": R.choice(["demandeur", "défendeur", "intervenant"]), "name": n, "nationality": cc, fld: v})
        labs.append((P, "%s of a party (case JSON)" % d, v))
    case = {"case": "RG 25/0%d" % R.randint(1000, 9999), "court": "Tribunal judiciaire de Lyon", "parties": parties, "next_hearing": "2026-01-14"}
    emit("p_agent_case_mgmt_parties_ids_json", SH.oai_resp, [("u", "Generate the hearing summary template from this case record"),
         ("t", "bash", "curl -s https://akten.cabinet-morel.fr/api/cases/8812", json.dumps(case, indent=2, ensure_ascii=False)),
         ("a", "Template drafted with parties and hearing date.")] + V.pad("case", 1), labs)

    idx = ("HIGHLY CONFIDENTIAL\n\nProject data room - index (v7)\n\n| Ref | Document | Access |\n|---|---|---|\n| 1.1 | Share purchase agreement draft v4 | Buyer counsel |\n"
           "| 2.3 | Customer contracts > 250k EUR | Clean team only |\n| 4.1 | Pending litigation memo | Buyer counsel |\n")
    emit("p_agent_dataroom_index_banner", SH.cc, [("u", "Turn the data room index into the Q&A tracker sheet"), ("t", "read", "dataroom/INDEX.md", idx),
         ("a", "Tracker created with one row per index entry.")] + V.pad("dr", 1), [(C, "HIGHLY CONFIDENTIAL banner", "HIGHLY CONFIDENTIAL")])

    rows, labs = ["nr_sprawy,nazwisko,imie,pesel,telefon"], []
    for i in range(3):
        f, l, n = V.person("PL")
        pe, mb = V.pl_pesel(), V.mob("PL", "nat")
        rows.append("ZUS/%d/%d,%s,%s,%s,%s" % (R.randint(100, 999), 2025, l, f, pe, mb))
        labs += [(P, "PL PESEL in a CSV", pe), (P, "PL mobile in a CSV", mb)]
    emit("p_agent_zus_sprawy_csv", SH.converse, [("u", "Convert the case list to the import format of the new system"),
         ("t", "read", "import/sprawy_listopad.csv", "\n".join(rows) + "\n"), ("a", "Converted; PESEL kept as text so leading zeros survive.")], labs)

    f1, l1, n1 = V.person("CZ")
    f2, l2, n2 = V.person("SE")
    rc, pn = V.cz_rc(), V.se_pnr()
    txt = ("Výpis z evidence - spis 14 C 233/2025\nÚčastník: %s, rodné číslo %s, trvalý pobyt Brno\n\nUtdrag ur registret - mål T 4471-25\nPart: %s, personnummer %s\n" % (n1, rc, n2, pn))
    emit("p_agent_cz_se_register_extract", SH.gemini, [("u", "Translate these register extracts into English for the cross-border file"),
         ("t", "read", "spis/extracts.txt", txt), ("a", "Translation attached.")] + V.pad("reg", 1),
         [(P, "CZ rodne cislo of a party", rc), (P, "SE personnummer of a party", pn)])
