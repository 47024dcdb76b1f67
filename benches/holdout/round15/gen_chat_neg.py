"""Hard negatives 4 (chats): role mailboxes and switchboards of firms and public offices in DE, FR, ES, IT, NL, PL with
fixed-line numbers; NDA / engagement-letter boilerplate with lower-case "confidential" (EN, DE, FR, ES); documented
example values (IBAN DE89 3704 0044 0532 0130 00 and GB82 WEST 1234 5698 7654 32, SSN 078-05-1120, published test
cards in a .NET unit test); masked ids; a GDPR records-of-processing description; company register data; public
hotlines (0800 / 116 numbers)."""
import phonenumbers
from phonenumbers import PhoneNumberType as PT, PhoneNumberFormat as PF
from gen_common import R, rs, until, DIG
from gen_sess import say

DOC_IBANS = ("DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32")
DOC_SSN = "078-05-1120"
TEST_CARDS = ("4242 4242 4242 4242", "5555 5555 5555 4444", "3782 822463 10005")


def fixed(cc):
    ex = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(cc, PT.FIXED_LINE))
    ccn = phonenumbers.country_code_for_region(cc)

    def ok(s):
        n = phonenumbers.parse("+%d%s" % (ccn, s))
        return s != ex and phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == PT.FIXED_LINE
    s = until(lambda: ex[:3] + rs(len(ex) - 4, DIG) + "0", ok)
    return phonenumbers.format_number(phonenumbers.parse("+%d%s" % (ccn, s)), PF.INTERNATIONAL)


def build():
    say("n_chat_de_kanzlei_role_mailboxes", "anth", "Bitte Signatur für die Kanzlei vereinheitlichen:\nKanzlei Roth & Partner mbB | Zentrale %s | Fax %s\n"
        "Sekretariat: sekretariat@kanzlei-roth.de | Buchhaltung: buchhaltung@kanzlei-roth.de | Bewerbungen: karriere@kanzlei-roth.de\nAmtsgericht Köln PR 2231" % (fixed("DE"), fixed("DE")))
    say("n_chat_fr_mairie_standard_accueil", "oai", "Peux-tu mettre en forme le bloc contact du site de la mairie ?\nStandard : %s\nAccueil : accueil@mairie-saint-brieuc-test.fr\n"
        "État civil : etat-civil@mairie-saint-brieuc-test.fr\nUrbanisme : urbanisme@mairie-saint-brieuc-test.fr\nHoraires : lundi-vendredi 8h30-17h" % fixed("FR"))
    say("n_chat_es_ayuntamiento_centralita", "gem", "Redacta el pie de página de la sede electrónica:\nCentralita: %s · Registro: registro@ayto-villanueva.es · "
        "Atención ciudadana: atencionciudadana@ayto-villanueva.es · Tesorería: tesoreria@ayto-villanueva.es · CIF P%s" % (fixed("ES"), rs(7, DIG) + "J"))
    say("n_chat_it_comune_centralino_pec", "conv", "Sistema il blocco contatti del Comune per il sito:\nCentralino %s\nProtocollo: protocollo@comune.valsolda-test.it\n"
        "PEC: comune.valsolda@pec.it\nUfficio tributi: tributi@comune.valsolda-test.it\nUfficio anagrafe: anagrafe@comune.valsolda-test.it" % fixed("IT"))
    say("n_chat_nl_pl_office_contacts", "resp", "Zet deze contactgegevens in de huisstijl:\nReceptie %s - info@notariaat-dekker.nl - secretariaat@notariaat-dekker.nl\n"
        "Biuro w Warszawie: sekretariat@kancelaria-nowak.pl, centrala %s, NIP %s" % (fixed("NL"), fixed("PL"), rs(10, DIG)))

    say("n_chat_nda_boilerplate_lowercase", "brc", "Shorten this clause without changing its meaning:\n\n7. Confidentiality. Each party shall keep confidential all "
        "confidential information received from the other party and shall not disclose it to any third party without prior written consent. Information "
        "is not confidential if it is or becomes publicly available through no fault of the receiving party. These obligations survive termination for five years.")
    say("n_chat_de_fr_es_confidentiality_prose", "mistral", "Übersetze die Verschwiegenheitsklausel ins Französische und Spanische:\n"
        "„Der Auftragnehmer verpflichtet sich, alle ihm im Rahmen des Auftrags bekannt gewordenen Informationen vertraulich zu behandeln.“\n"
        "FR : « Le prestataire s'engage à traiter de manière confidentielle toutes les informations… »\nES: «El contratista se compromete a tratar como confidencial toda la información…»")
    say("n_chat_engagement_letter_privilege_prose", "llama", "Edit for tone: This engagement letter sets out the scope of our work. Communications between "
        "you and the firm are privileged and confidential to the extent permitted by law; please do not forward our advice to third parties, as doing so "
        "may waive privilege. Our fees are billed monthly.")

    say("n_chat_doc_example_ibans_ssn", "titan", "For the developer docs, explain why these are used as examples: the IBAN %s (the German example in "
        "most IBAN guides), %s (the UK example from the ECBS standard), and the SSN %s, which was printed on a wallet insert in 1938 and later voided." % (DOC_IBANS[0], DOC_IBANS[1], DOC_SSN))
    say("n_chat_dotnet_test_cards_unit_test", "oai", "Why does this xUnit test fail only for Amex?\n\n[Theory]\n" + "".join('[InlineData("%s")]\n' % c for c in TEST_CARDS) +
        "public void Accepts_test_cards(string pan) =>\n    Assert.True(CardValidator.IsValid(pan.Replace(\" \", \"\")));\n\n// gateway sandbox only; these are the PSP's documented test numbers")
    say("n_chat_masked_ids_callcenter", "cohere", "Rewrite the call-centre script so agents read only masked data:\n- DNI: ****%sX\n- IBAN: ES** **** **** **** **** %s\n"
        "- Tarjeta: **** **** **** %s\n- PESEL: *******%s\nAgents must never ask for the full number on the phone." % (rs(3, DIG), rs(4, DIG), rs(4, DIG), rs(4, DIG)))
    say("n_chat_gdpr_ropa_description", "anth", "Tidy up this record of processing (Art. 30 GDPR):\nPurpose: benefit claims. Categories of data: name, address, "
        "national identification number, bank account (IBAN), health data where needed. Recipients: pension fund, tax office. Retention: 10 years after the "
        "final decision. Safeguards: encryption at rest, role-based access, pseudonymisation for statistics.")
    say("n_chat_company_register_data", "gem", "Format the imprint:\nMusterbau Verwaltungs GmbH, Sitz Hamburg, Amtsgericht Hamburg HRB %d, USt-IdNr. DE%s, "
        "Geschäftsführer: Th. Krämer. LEI %s. Bank: Hamburger Sparkasse, BIC HASPDEHHXXX." % (R.randint(10000, 199999), rs(9, DIG), rs(4, DIG) + "00" + rs(12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))
    say("n_chat_public_hotlines", "resp", "List the hotlines for the citizens' FAQ:\n- Behördennummer: 115\n- Hilfetelefon: 116 016 (kostenlos)\n"
        "- Bürgertelefon Rente: 0800 1000 4800\n- Numéro vert CAF : 0800 20 30 40\n- Teléfono gratuito: 900 %s %s" % (rs(3, DIG), rs(3, DIG)))
