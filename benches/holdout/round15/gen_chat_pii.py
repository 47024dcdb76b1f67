"""Theme 4 (chat positives): public-sector, legal and finance back-office chats in the local language with personal
data of FR, DE, ES, IT, PL, RO, CZ, FI, PT, GR, NL, TR, BR, GB, US (national ids in prose, mobiles, private
e-mails, IBANs), a privileged legal memo with a CONFIDENTIAL banner, VERTRAULICH / CONFIDENTIEL banners, and a pasted
card for a fee payment."""
from gen_common import P, C
from gen_sess import say
import gen_vals as V


def one(cc, name, kind, fmt, idf, idlab, extra=()):
    f, l, n = V.person(cc)
    mb, em, v = V.mob(cc, "nat"), V.mail(cc, f, l), idf()
    say(name, kind, fmt.format(n=n, id=v, mob=mb, mail=em, **dict(extra)),
        [(P, idlab, v), (P, "%s mobile" % cc, mb), (P, "email of a citizen / client", em)])


def build():
    one("FR", "p_chat_fr_caf_dossier_nir", "anth", "Bonjour, pouvez-vous rédiger un courrier de relance pour ce dossier d'aide au logement ?\n"
        "Allocataire : {n}, numéro de sécurité sociale {id}, joignable au {mob} ou par courriel {mail}. Pièce manquante : avis d'imposition 2024.", V.fr_nir, "FR NIR in prose")
    one("DE", "p_chat_de_jobcenter_steuer_id", "oai", "Bitte formuliere einen Bescheid-Entwurf (Weiterbewilligung) für folgende Person:\n"
        "{n}, steuerliche Identifikationsnummer {id}, Handy {mob}, E-Mail {mail}. Einkommen laut Nachweis unverändert.", lambda: V.de_idnr(True), "DE Steuer-ID in prose")
    one("ES", "p_chat_es_expediente_dni", "gem", "Necesito un resumen del expediente sancionador para el instructor.\n"
        "Interesado: {n}, DNI {id}, móvil {mob}, correo {mail}. Alegaciones presentadas el 12/11/2025 fuera de plazo.", V.es_dni, "ES DNI in prose")
    one("IT", "p_chat_it_pratica_inps_cf", "conv", "Mi prepari una mail di sollecito per questa pratica di rimborso?\n"
        "Richiedente: {n}, codice fiscale {id}, cellulare {mob}, email {mail}. Manca il modulo SR163 firmato.", V.it_cf, "IT codice fiscale in prose")
    one("RO", "p_chat_ro_dosar_cnp", "resp", "Te rog să redactezi o notificare pentru dosarul de executare.\nDebitor: {n}, CNP {id}, "
        "telefon mobil {mob}, e-mail {mail}. Termen de plată: 15 zile.", V.ro_cnp, "RO CNP in prose")
    one("FI", "p_chat_fi_kela_hetu", "brc", "Voitko kirjoittaa päätösluonnoksen tähän hakemukseen?\nHakija: {n}, henkilötunnus {id}, puhelin {mob}, "
        "sähköposti {mail}. Liitteet saapuneet 18.11.2025.", V.fi_hetu, "FI henkilotunnus in prose")
    one("PT", "p_chat_pt_financas_nif", "llama", "Preciso de uma resposta ao contribuinte sobre a penhora.\nContribuinte: {n}, NIF {id}, telemóvel {mob}, "
        "email {mail}. O pagamento foi feito a 3 de novembro.", V.pt_nif, "PT NIF in prose")
    one("GR", "p_chat_gr_efka_amka", "mistral", "Γράψε μια απάντηση στον ασφαλισμένο για την εκκρεμή αίτηση.\nΑσφαλισμένος: {n}, ΑΜΚΑ {id}, κινητό {mob}, "
        "email {mail}. Λείπει η βεβαίωση εργοδότη.", V.gr_amka, "GR AMKA in prose")
    one("NL", "p_chat_nl_gemeente_bsn", "parts", "Kun je een brief opstellen voor de bezwaarprocedure?\nBezwaarmaker: {n}, BSN {id}, mobiel {mob}, "
        "e-mail {mail}. Hoorzitting gepland op 9 december.", V.nl_bsn, "NL BSN in prose")
    one("TR", "p_chat_tr_icra_tckn", "titan", "Bu icra dosyası için borçluya bir bildirim taslağı hazırlar mısın?\nBorçlu: {n}, TC Kimlik No {id}, "
        "cep telefonu {mob}, e-posta {mail}. Ödeme emri 20.11.2025 tarihinde tebliğ edildi.", V.tr_tckn, "TR TCKN in prose")
    one("BR", "p_chat_br_procon_cpf", "cohere", "Redija uma resposta à reclamação do consumidor no Procon.\nConsumidor: {n}, CPF {id}, celular {mob}, "
        "e-mail {mail}. Pedido de estorno da fatura de outubro.", V.br_cpf, "BR CPF in prose")
    one("GB", "p_chat_uk_council_tax_nino", "oai", "Can you draft a reply about the council tax reduction claim?\nClaimant: {n}, National Insurance number {id}, "
        "mobile {mob}, email {mail}. Payslips for October still outstanding.", V.uk_nino, "UK NINO in prose")
    one("US", "p_chat_us_intake_ssn", "gem", "Summarize this new-client intake for the bankruptcy team.\nClient: {n}, SSN {id}, cell {mob}, email {mail}. "
        "Chapter 7 consult on Dec 2; wage garnishment ongoing.", V.us_ssn, "US SSN in prose")

    f, l, n = V.person("ES")
    nie, mb = V.es_nie(), V.mob("ES", "nat")
    say("p_chat_es_extranjeria_nie", "resp", "Prepara la cita de renovación de residencia.\nSolicitante: %s, NIE %s, móvil %s. Trae pasaporte y contrato de trabajo." % (n, nie, mb),
        [(P, "ES NIE in prose", nie), (P, "ES mobile", mb)])

    f, l, n = V.person("DE")
    ib, card = V.iban("DE"), V.card("visa")
    say("p_chat_de_gebuehr_card_iban", "conv", "VERTRAULICH\n\nMandant %s möchte die Gerichtskosten per Karte zahlen: %s, gültig bis 09/28. "
        "Erstattungen bitte auf sein Konto %s. Bitte Zahlungsbestätigung formulieren." % (n, card, ib),
        [(C, "VERTRAULICH banner", "VERTRAULICH"), (P, "card number of a client", card), (P, "DE IBAN of a client", ib)])

    say("p_chat_legal_privileged_memo_banner", "anth", "PRIVILEGED & CONFIDENTIAL\nATTORNEY WORK PRODUCT\n\nMemo re: indemnity cap in the distribution agreement. "
        "Please tighten this paragraph: the seller's aggregate liability under clause 11 shall not exceed 20% of the purchase price, save for fraud "
        "and breach of the fundamental warranties, which are capped at the purchase price.", [(C, "CONFIDENTIAL banner", "CONFIDENTIAL")])
    say("p_chat_fr_note_confidentiel", "mistral", "CONFIDENTIEL\n\nNote au comité d'engagement : projet d'acquisition de la société cible, valorisation "
        "indicative 42 M EUR, calendrier de signing fin janvier. Merci de reformuler la conclusion en trois points.", [(C, "CONFIDENTIEL banner", "CONFIDENTIEL")])
