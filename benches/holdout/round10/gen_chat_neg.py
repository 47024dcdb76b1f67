"""Theme 9 (hard negatives): staff chats with company data only - supplier registers (SIREN / SIRET / TVA, KvK / BTW,
USt-IdNr / HRB, Companies House / GB VAT, CA business numbers, AU ABN, ES CIF / IT partita IVA) with switchboards, role
mailboxes and company IBANs; test fixtures of ids with broken checksums; documented example ids; classification policies
in German and French prose; aggregates; masked records; redacted tickets with tracking numbers; TLP:GREEN and code enums."""
from gen_common import R, rs, hexs, r3, fr_nir, nl_bsn, pl_pesel, de_idnr, es_dni, PV7
from gen_sess import say
import gen_vals as V

KINDS = ["oai", "anth", "gem", "resp", "conv", "brc", "mistral", "cohere", "llama", "titan", "parts"]
CO = {"FR": ["Transports Morel SAS", "Boulangeries Réunies SARL", "Métallerie du Centre SA", "Atelier Numérique SAS", "Cartonnages Vidal SA"],
      "NL": ["Van Dijk Logistiek B.V.", "Bakker Installatietechniek B.V.", "Groen & Zonen V.O.F.", "Noordzee Data B.V."],
      "DE": ["Müller Logistik GmbH", "Hoffmann Maschinenbau AG", "Becker & Söhne KG", "Nordlicht Software GmbH"],
      "GB": ["Harbour Freight Ltd", "Pennine Print Services Ltd", "Thames Valley Analytics plc", "Northgate Catering Ltd"]}


def build():
    k = iter(KINDS * 3)

    # cn1 France: supplier register
    lines = []
    for c in CO["FR"]:
        sr = V.siren()
        lines.append("%s | SIREN %s | SIRET %s | TVA %s | standard %s | %s" % (c, sr, V.siret(sr), V.fr_tva(sr), "+33 1 %02d %02d %02d %02d" % tuple(R.randint(10, 99) for _ in range(4)),
                                                                            R.choice(["contact", "compta", "facturation", "commercial"]) + "@" + c.split()[0].lower() + ".fr"))
    say("n_fr_fournisseurs_siren_siret_tva", next(k), "Vérifie la cohérence SIREN/SIRET/TVA de ces fournisseurs et dis-moi lesquels manquent dans le référentiel :\n\n" + "\n".join(lines))

    # cn2 Netherlands: KvK and BTW
    lines = ["%s – KvK %s – btw %s – tel. %s – %s" % (c, V.kvk(), V.nl_btw(), "020 %d %04d" % (R.randint(200, 799), R.randint(0, 9999)), "info@" + c.split()[0].lower().replace("&", "") + ".nl") for c in CO["NL"]]
    say("n_nl_kvk_btw_leveranciers", next(k), "Maak hier een nette leverancierstabel van (Markdown):\n\n" + "\n".join(lines))

    # cn3 Germany: supplier invoice, company account, USt-IdNr, HRB, Zentrale
    c = CO["DE"][0]
    say("n_de_rechnung_firmenkonto_ust", next(k), "Bitte Buchungssatz vorschlagen:\n\nRechnung Nr. RE-2025-%05d\n%s, Hafenstraße 12, 20457 Hamburg\nAmtsgericht Hamburg HRB %d | USt-IdNr. %s\n"
        "Tel. Zentrale: 040 %d %d-0 | rechnung@mueller-logistik.de\n\nKontoinhaber: %s\nIBAN: %s\nBIC: HASPDEHHXXX\n\nNetto 4.820,00 EUR, USt 19 %% 915,80 EUR, brutto 5.735,80 EUR\n"
        % (R.randint(1, 99999), c, R.randint(10000, 199999), V.de_ust(), R.randint(300, 899), R.randint(100, 999), c, V.iban("DE")))

    # cn4 UK: Companies House numbers, VAT, 0800 lines
    lines = ["%s, company no. %08d, VAT %s, customer service 0800 %03d %04d, enquiries@%s.co.uk" % (c, R.randint(1000000, 15999999), V.gb_vat(), R.randint(100, 999), R.randint(0, 9999), c.split()[0].lower()) for c in CO["GB"]]
    say("n_uk_companies_house_vat_freephone", next(k), "Which of these suppliers are VAT registered and which still need a W-8? (We're UK-only now.)\n\n" + "\n".join(lines))

    # cn5 Canada / Australia business numbers
    say("n_ca_au_business_numbers", next(k), "Put the employer details into the payroll provider setup sheet:\n\nCanada: Acme Platform Canada Inc., business number %s, payroll account %sRP0001, main line 1-888-%03d-%04d\n"
        "Australia: Acme Platform Pty Ltd, ABN %s, ACN %s, switchboard 1300 %03d %03d, payroll@acmeplatform.com.au\n" % (V.ca_bn(), V.ca_bn()[:9], R.randint(200, 999), R.randint(0, 9999), V.au_abn(),
                                                                                                                                    "%03d %03d %03d" % (R.randint(100, 999), R.randint(100, 999), R.randint(100, 999)), R.randint(100, 999), R.randint(100, 999)))

    # cn6 test fixtures with broken checksums
    cases = [("fr_nir", V.broken(fr_nir())), ("nl_bsn", V.broken(nl_bsn())), ("pl_pesel", V.broken(pl_pesel())), ("de_steuer_id", V.broken(de_idnr())),
             ("ca_sin", V.broken(PV7.ca_sin())), ("au_tfn", V.broken(V.au_tfn())), ("es_dni", es_dni()[:-1] + "Ñ")]
    code = "import pytest\nfrom hrid import validate\n\n\n@pytest.mark.parametrize(\"kind,value\", [\n" + "".join("    (\"%s\", \"%s\"),\n" % c_ for c_ in cases) + \
        "])\ndef test_rejects_bad_checksum(kind, value):\n    with pytest.raises(validate.InvalidChecksum):\n        validate(kind, value, owner_email=\"qa-user@example.com\")\n"
    say("n_test_fixtures_broken_checksums", next(k), "These tests should all fail validation but two pass, why?\n\n```python\n" + code + "```\n")

    # cn7 documented example ids
    say("n_documented_example_ids_eu", next(k), "Write a help-centre article on entering bank details and ids; use these documented examples only:\n\n"
        "- IBAN examples: GB82 WEST 1234 5698 7654 32, DE89 3704 0044 0532 0130 00, NL91 ABNA 0417 1643 00, FR14 2004 1010 0505 0001 3M02 606\n"
        "- UK National Insurance number format: QQ 12 34 56 C (HMRC's example)\n- Dutch BSN format: 111222333 (the test number)\n"
        "- Test cards: 4111 1111 1111 1111, 5555 5555 5555 4444\n- Sample person: Jane Doe, jane.doe@example.com, +44 20 7946 0958 (Ofcom drama range)\n")

    # cn8 classification policies in German and French prose
    say("n_policy_klassifizierung_de_fr", next(k), "Übersetze diese Richtlinie ins Französische und prüfe die Begriffe:\n\nInformationsklassifizierung (Richtlinie IS-04, öffentlich)\n"
        "Wir unterscheiden vier Stufen: öffentlich, intern, vertraulich und streng vertraulich. Dokumente der Stufe vertraulich dürfen nur an Personen mit "
        "berechtigtem Interesse weitergegeben werden; die Kennzeichnung steht in der Kopfzeile. Die französische Entsprechung ist « confidentiel », die "
        "niederländische « vertrouwelijk ». Diese Richtlinie selbst ist öffentlich und darf geteilt werden.\n")

    # cn9 HR aggregates
    lines = ["%s: headcount %d, median base %d EUR, attrition %.1f %%" % (c, R.randint(12, 480), R.randint(42000, 98000), R.random() * 12) for c in ("France", "Germany", "Netherlands", "Belgium", "Poland", "Spain", "Italy", "Ireland", "Sweden")]
    say("n_hr_headcount_aggregates", next(k), "Turn this into a short board summary:\n\n" + "\n".join(lines))

    # cn10 masked records
    say("n_masked_records_fr_de", next(k), "Le client conteste le prélèvement, voici l'extrait masqué du CRM. Rédige la réponse.\n\nClient : M. L*** (n° client %d)\nIBAN : FR76 **** **** **** **** ***%d %02d\n"
        "N° sécu : 1 ** ** ** *** *** %02d\nE-mail : l*****@orange.fr\nPortable : 06 ** ** ** %02d\nMontant contesté : 49,90 EUR\n" % (R.randint(100000, 999999), R.randint(1, 9), R.randint(10, 99), R.randint(10, 97), R.randint(10, 99)))

    # cn11 redacted support ticket with tracking numbers and order ids
    say("n_ticket_redacted_tracking_numbers", next(k), "Summarise and propose next steps:\n\nTicket %d (customer details redacted by the helpdesk)\nCustomer: [REDACTED]\nOrder: %s\n"
        "DHL tracking: 00340434%d\nPostNL: 3SABCD%d\nRoyal Mail: %s%dGB\nCorrelation id: %s\nStatus: parcel returned to depot twice, customer asks for a new delivery slot.\n"
        % (R.randint(10 ** 6, 10 ** 7), "ORD-" + rs(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), R.randint(10 ** 11, 10 ** 12 - 1), R.randint(10 ** 8, 10 ** 9), rs(2, "ABCDEFGHJKLMNPRSTUVWXYZ"),
           R.randint(10 ** 8, 10 ** 9 - 1), V.uuid4()))

    # cn12 incident chat with IPs, versions, digests
    say("n_incident_summary_ips_versions", next(k), "Write the post-incident summary from these notes:\n\n09:12 ledger-api 2.14.0 rolled out (image sha256:%s)\n09:15 p99 up to 2.4 s, 5xx 3.1 %%\n"
        "09:18 traced to 10.40.3.14 and 10.40.3.15 (node pool np-fra1-c, kernel 6.8.0-1017-aws)\n09:26 rollback to 2.13.4; helm revision 118 → 117\n09:40 recovered; root cause: pgx 5.7.1 pool health checks\n" % hexs(64))

    # cn13 directory of office switchboards and role mailboxes
    d2 = lambda: R.randint(10, 99)
    offs = [("Paris", "+33 1 %d %d %d %d" % (d2(), d2(), d2(), d2()), "accueil.paris"), ("Berlin", "+49 30 %d %d-0" % (R.randint(300, 899), R.randint(100, 999)), "empfang.berlin"),
            ("Amsterdam", "+31 20 %d %04d" % (R.randint(300, 799), R.randint(0, 9999)), "receptie.amsterdam"), ("Milano", "+39 02 %d %04d" % (R.randint(3000, 8999), R.randint(0, 9999)), "reception.milano"),
            ("Madrid", "+34 91 %d %d %d" % (R.randint(300, 799), d2(), d2()), "recepcion.madrid"), ("Dublin", "+353 1 %d %04d" % (R.randint(400, 799), R.randint(0, 9999)), "reception.dublin")]
    lines = ["%s – switchboard %s – %s@acme-platform.eu – privacy: dpo@acme-platform.eu" % o for o in offs]
    say("n_office_switchboards_role_mailboxes", next(k), "Format our office directory for the intranet footer:\n\n" + "\n".join(lines))

    # cn14 Spain / Italy company ids, PEC mailboxes
    say("n_es_it_cif_partita_iva_pec", next(k), "Comprueba el formato de estos proveedores (España e Italia):\n\nLogística Levante S.L. – CIF B%08d – centralita 96 %03d %02d %02d – administracion@logisticalevante.es\n"
        "Ferramenta Brianza S.r.l. – P.IVA IT%011d – PEC amministrazione@pec.ferramentabrianza.it – centralino 039 %06d\n" % (R.randint(10 ** 7, 10 ** 8 - 1), R.randint(100, 999), R.randint(10, 99),
                                                                                                                        R.randint(10, 99), R.randint(10 ** 10, 10 ** 11 - 1), R.randint(100000, 999999)))

    # cn15 a GDPR request template with blank fields
    say("n_gdpr_request_template_blank_fields", next(k), "Improve the wording of this data-subject request form (keep the fields):\n\nFull name: ______________________\n"
        "Date of birth: __ / __ / ____\nNational id (NIR / BSN / PESEL / NINO): ____________\nIBAN (only for refunds): ____ ____ ____ ____ ____ __\nEmail: ______@______\n"
        "Phone: +__ ___ ___ ____\nRequest type: [ ] access  [ ] erasure  [ ] rectification\n")

    # cn16 code enums and TLP:GREEN
    say("n_classification_enum_tlp_green", next(k), "Review this Kotlin enum and the advisory header:\n\n```kotlin\nenum class Einstufung(val rank: Int) {\n    OEFFENTLICH(0), INTERN(1), VERTRAULICH(2), STRENG_VERTRAULICH(3)\n}\n"
        "fun canShare(e: Einstufung) = e.rank < Einstufung.VERTRAULICH.rank\n```\n\nAdvisory header: TLP:GREEN – may be shared within the community. Version 1.4.2, 2025-11-20.\n")

    # cn17 cluster inventory shared in chat: node names, IPs, UUIDs, versions
    lines = ["%s  %s  v1.31.%d-eks-%s  %s" % ("ip-10-40-%d-%d.eu-central-1.compute.internal" % (R.randint(0, 9), R.randint(1, 254)), "10.40.%d.%d" % (R.randint(0, 9), R.randint(1, 254)),
                                               R.randint(0, 4), hexs(7), V.uuid4()) for _ in range(14)]
    say("n_cluster_nodes_ips_uuids", next(k), "Which of these nodes are still on the old AMI? NAME  INTERNAL-IP  VERSION  SYSTEM-UUID\n\n" + "\n".join(lines))
