"""Theme 2: non-English content (de, fr, es, it, nl, pl, pt, pt-BR, ja) with local-format phones, print-format IBANs,
national ids under local labels, and local-language confidentiality markers (labelled, see gen.py docstring)."""
from gen_common import *  # noqa: F401,F403
from gen_common import R, S, P, K, C, rs, hexs, pmail, work_mail, mobile, iban_p, person, cap, add, anth, anth_tool, oai, oai_tool, \
    resp, resp_fc, gem, gem_fr, conv, conv_tool, br_claude, br_llama, br_titan, br_cohere, br_mistral, legacy, \
    de_idnr, fr_nir, es_dni, es_nie, it_cf, nl_bsn, pl_pesel, br_cpf, pt_nif, jp_my_number, UP, DIG, AL

DE_SENT = ["Der Arbeitnehmer verpflichtet sich, die ihm übertragenen Aufgaben sorgfältig und gewissenhaft auszuführen.",
           "Die regelmäßige wöchentliche Arbeitszeit beträgt 40 Stunden, verteilt auf fünf Werktage.",
           "Überstunden sind nur auf ausdrückliche Anordnung der Vorgesetzten zu leisten und werden durch Freizeit ausgeglichen.",
           "Der Urlaubsanspruch richtet sich nach den gesetzlichen Bestimmungen sowie den Regelungen des Tarifvertrags.",
           "Eine Nebentätigkeit bedarf der vorherigen schriftlichen Zustimmung der Arbeitgeberin.",
           "Im Krankheitsfall ist die Arbeitsunfähigkeit unverzüglich anzuzeigen und spätestens am dritten Tag ärztlich nachzuweisen.",
           "Die Vergütung wird jeweils zum Monatsende auf das vom Arbeitnehmer benannte Konto überwiesen.",
           "Änderungen und Ergänzungen dieses Vertrages bedürfen zu ihrer Wirksamkeit der Schriftform.",
           "Sollte eine Bestimmung dieses Vertrages unwirksam sein, so bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.",
           "Die Probezeit beträgt sechs Monate; während dieser Zeit kann das Arbeitsverhältnis mit einer Frist von zwei Wochen gekündigt werden.",
           "Dienstreisen werden nach der jeweils gültigen Reisekostenrichtlinie abgerechnet.",
           "Der Arbeitnehmer nimmt an der betrieblichen Altersversorgung gemäß der Versorgungsordnung teil."]


def de_clauses(n, seed):
    rr = random.Random(seed)
    out = []
    for i in range(1, n + 1):
        out.append("§ %d %s\n(1) %s\n(2) %s\n(3) %s\n" % (i, rr.choice(["Tätigkeit", "Arbeitszeit", "Vergütung", "Urlaub", "Krankheit", "Schlussbestimmungen", "Nebentätigkeit"]),
                                                        rr.choice(DE_SENT), rr.choice(DE_SENT), rr.choice(DE_SENT)))
    return "\n".join(out)


def de_svnr():
    """German Rentenversicherungsnummer: area, DDMMYY, initial, serial, check (weights 2,1,2,5,7,1,2,1,2,1,2,1, cross sums)."""
    area = "%02d" % R.choice([12, 13, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29, 38, 39, 40, 42, 43, 44, 45, 46, 47, 48, 49, 50])
    dob = "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(60, 99))
    letter = R.choice("ABDEFGHKLMNPRSTW")
    serial = "%02d" % R.randint(0, 49)
    digits = area + dob + "%02d" % (ord(letter) - 64) + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum(sum(divmod(int(d) * k, 10)) for d, k in zip(digits, w))
    return "%s %s %s %s%d" % (area, dob, letter, serial, s % 10)


def build():
    # ---------------------------------------------------------------- positives
    f, l = "tobias", "keller"
    e, ph, ib, idn = pmail(f, l, "web.de"), mobile("DE", "nat"), iban_p("DE"), de_idnr()
    chat = ("Kunde: Hallo, ich habe seit drei Wochen keine Erstattung erhalten.\nAgentin (Svenja): Das tut mir leid! Können Sie mir Ihre Daten bestätigen?\n"
            "Kunde: Tobias Keller, E-Mail %s, Handy %s. Die Erstattung bitte auf mein Konto IBAN %s.\n"
            "Agentin: Für die Bescheinigung brauche ich noch Ihre Steuerliche Identifikationsnummer.\nKunde: Steuer-IdNr.: %s\n"
            "Agentin: Danke, ist notiert. Sie erhalten eine Bestätigung per SMS.\n" % (e, ph, ib, idn))
    add("p_de_support_chat_erstattung", anth("Fasse das Chatprotokoll zusammen und schreib ein Ticket für die Buchhaltung:\n\n" + chat),
        [(P, "email", e), (P, "DE mobile national", ph), (P, "IBAN DE print format", ib), (P, "DE Steuer-ID", idn)])

    f, l = person()
    e, ph, ib, idn, sv = pmail(f, l), mobile("DE", "intl"), iban_p("DE"), de_idnr(), de_svnr()
    doc = ("VERTRAULICH\n\nPersonalbogen / Arbeitsvertrag\n\nName: %s %s\nPrivate E-Mail: %s\nMobil: %s\nBankverbindung (IBAN): %s\n"
           "Steuer-Identifikationsnummer: %s\nRentenversicherungsnummer: %s\nKrankenkasse: Techniker Krankenkasse\n\n%s\n\n"
           "Ort, Datum: München, 03.11.2025\n\nVERTRAULICH – nur für die Personalabteilung\n" % (cap(f), cap(l), e, ph, ib, idn, sv, de_clauses(160, "de-big")))
    add("p_de_personalbogen_large", conv("Bitte prüfe den Vertrag auf fehlende Pflichtangaben.\n\n" + doc),
        [(C, "local marker VERTRAULICH banner", "VERTRAULICH"), (P, "email", e), (P, "DE mobile intl", ph),
         (P, "IBAN DE print", ib), (P, "DE Steuer-ID", idn), (P, "DE Rentenversicherungsnummer (unclaimed kind)", sv)])

    f, l = "camille", "dubois"
    e, ph, ib, nir = pmail(f, l, "orange.fr"), mobile("FR", "nat"), iban_p("FR"), fr_nir()
    fr = ("CONFIDENTIEL\n\nDossier salarié – mise à jour\nNom : Camille Dubois\nCourriel personnel : %s\nTél. portable : %s\n"
          "N° de sécurité sociale : %s\nRIB / IBAN : %s\n\nMerci de mettre à jour la fiche dans le SIRH avant la paie de novembre.\n" % (e, ph, nir, ib))
    add("p_fr_dossier_salarie", gem("Peux-tu vérifier que la fiche est complète ?\n\n" + fr),
        [(C, "local marker CONFIDENTIEL banner", "CONFIDENTIEL"), (P, "email", e), (P, "FR mobile national", ph),
         (P, "FR NIR", nir), (P, "IBAN FR print", ib)])

    e, ph, ib, dn, ne = pmail("lucia", "navarro", "hotmail.es"), mobile("ES", "nat"), iban_p("ES"), es_dni(), es_nie()
    es = ("Cliente: Buenas, quiero cambiar la cuenta de domiciliación.\nAgente: Claro, ¿me confirma su DNI?\nCliente: DNI %s. La cuenta nueva es %s.\n"
          "Agente: ¿Y el móvil de contacto?\nCliente: móvil %s, y mi correo %s. El contrato de mi pareja va con NIE %s.\n\n"
          "---\nDocumento CONFIDENCIAL. Uso exclusivo del destinatario.\n" % (dn, ib, ph, e, ne))
    add("p_es_chat_domiciliacion", oai("Resume la conversación y crea la incidencia:\n\n" + es),
        [(P, "ES DNI", dn), (P, "IBAN ES print", ib), (P, "ES mobile national", ph), (P, "email", e), (P, "ES NIE", ne),
         (C, "local marker CONFIDENCIAL footer", "CONFIDENCIAL")])

    e, ph, ib, cf = pmail("giulia", "rossi", "libero.it"), mobile("IT", "nat"), iban_p("IT"), it_cf()
    it = ("STRETTAMENTE RISERVATO\n\nCONTRATTO DI COLLABORAZIONE\nTra Acme S.r.l. e la sig.ra Giulia Rossi, codice fiscale %s,\nresidente a Milano, cell. %s, e-mail %s.\n"
          "Il compenso sarà accreditato sul conto IBAN %s entro il giorno 10 di ogni mese.\n" % (cf, ph, e, ib))
    add("p_it_contratto_collaborazione", resp("Traduci in inglese il contratto mantenendo la formattazione.\n\n" + it),
        [(C, "local marker STRETTAMENTE RISERVATO", "STRETTAMENTE RISERVATO"), (P, "IT codice fiscale", cf), (P, "IT mobile national", ph),
         (P, "email", e), (P, "IBAN IT print", ib)])

    e, ph, ib, bs = pmail("sanne", "visser", "ziggo.nl"), mobile("NL", "nat"), iban_p("NL"), nl_bsn()
    nl = ("VERTROUWELIJK\n\nKlantdossier hypotheekaanvraag\nAanvrager: S. Visser\nBSN: %s\nMobiel: %s\nE-mail: %s\nRekeningnummer: %s\n"
          "Opmerking: aanvrager wil graag 's avonds gebeld worden.\n" % (bs, ph, e, ib))
    add("p_nl_hypotheek_dossier", br_claude("Controleer of het dossier compleet is:\n\n" + nl),
        [(C, "local marker VERTROUWELIJK", "VERTROUWELIJK"), (P, "NL BSN", bs), (P, "NL mobile national", ph), (P, "email", e), (P, "IBAN NL print", ib)])

    e, ph, ib, pe = pmail("zofia", "nowak", "wp.pl"), mobile("PL", "nat"), iban_p("PL"), pl_pesel()
    pl = ("POUFNE\n\nUMOWA ZLECENIA nr 17/11/2025\nZleceniodawca: Acme Sp. z o.o., NIP 5252248481, REGON 140182454\nZleceniobiorca: Zofia Nowak, PESEL %s\n"
          "tel. kom. %s, e-mail: %s\nWynagrodzenie płatne przelewem na rachunek nr %s.\n" % (pe, ph, e, ib))
    add("p_pl_umowa_zlecenia", conv_tool("Sprawdź umowę i wypełnij formularz kadrowy.", "get_document", {"id": "umowa-17-11"}, result_text=pl),
        [(C, "local marker POUFNE", "POUFNE"), (P, "PL PESEL", pe), (P, "PL mobile national", ph), (P, "email", e), (P, "IBAN PL print", ib)])

    e, ph, ib, nf = pmail("joao", "silva", "sapo.pt"), mobile("PT", "nat"), iban_p("PT"), pt_nif()
    pt = ("Contrato de trabalho a termo certo\nTrabalhador: João Silva, contribuinte n.º %s, telemóvel %s, email %s\n"
          "A retribuição é paga por transferência para o IBAN %s.\n" % (nf, ph, e, ib))
    add("p_pt_contrato_trabalho", br_mistral("Faz um resumo do contrato:\n" + pt),
        [(P, "PT NIF", nf), (P, "PT mobile national", ph), (P, "email", e), (P, "IBAN PT print", ib)])

    e, ph, cp = pmail("mariana", "souza", "uol.com.br"), mobile("BR", "nat"), br_cpf()
    br = {"conversa": [{"de": "cliente", "texto": "Oi, meu pedido não chegou. Meu CPF é %s" % cp},
                       {"de": "atendente", "texto": "Pode confirmar o celular e o e-mail?"},
                       {"de": "cliente", "texto": "celular %s e e-mail %s" % (ph, e)}],
          "rodape": "CONFIDENCIAL – uso interno do atendimento"}
    add("p_br_atendimento_whatsapp", gem_fr("Classifique o atendimento.", "buscar_conversa", {"id": "wa-88213"}, br),
        [(P, "BR CPF", cp), (P, "BR mobile national", ph), (P, "email", e), (C, "local marker CONFIDENCIAL footer pt-BR", "CONFIDENCIAL")])

    e, ph, mn = pmail("kenji", "tanaka", "yahoo.co.jp"), mobile("JP", "nat"), jp_my_number()
    ja = ("【社外秘】\n\nお問い合わせ票 #%d\n氏名：田中 健二\n携帯電話：%s\nメール：%s\nマイナンバー（個人番号）：%s\n"
          "内容：年末調整の書類が届いていないとのこと。折り返し電話希望。\n" % (R.randint(10000, 99999), ph, e, mn))
    add("p_ja_support_ticket_mynumber", anth_tool([{"type": "text", "text": "この問い合わせに返信する下書きを作って"}], "Read", {"file_path": "/tickets/ja/88213.txt"}, ja),
        [(C, "local marker 社外秘", "社外秘"), (P, "JP mobile national", ph), (P, "email", e), (P, "JP My Number", mn)])

    e, ph, ib = pmail("daan", "jansen", "gmail.com"), mobile("BE", "intl"), iban_p("BE")
    mix = ("CONFIDENTIAL – Board pack, section 4 (translated from Dutch)\n\nSettlement with former employee D. Jansen: pay EUR 42.000 to %s.\n"
           "Contact via private number %s or %s only.\n" % (ib, ph, e))
    add("p_be_board_pack_settlement", br_titan(mix + "\nRewrite the section in plain English."),
        [(C, "English marker control", "CONFIDENTIAL"), (P, "IBAN BE print", ib), (P, "BE mobile intl", ph), (P, "email", e)])

    # ---------------------------------------------------------------- negatives
    co_iban = iban_p("DE")
    add("n_de_impressum_company", oai_parts("Formatiere das Impressum als HTML:\n\nImpressum\nAcme Maschinenbau GmbH\nIndustriestraße 12, 80939 München\n"
                                            "Handelsregister: Amtsgericht München, HRB 204711\nUSt-IdNr.: DE%s\nGeschäftsführer: Dr. K. Brandt\n"
                                            "Zentrale: +49 89 998877-0, Telefax: +49 89 998877-99\nE-Mail: info@acme-maschinenbau.de\n"
                                            "Bankverbindung der Gesellschaft: Stadtsparkasse München, IBAN %s, BIC SSKMDEMMXXX\n" % (rs(9, DIG), co_iban)))
    add("n_fr_mentions_legales", gem("Corrige les fautes :\n\nMentions légales – Acme France SAS au capital de 150 000 €, RCS Lyon 812 345 678, SIRET 812 345 678 00021, "
                                     "TVA intracommunautaire FR27812345678. Service client : 3639 (service gratuit + prix appel). Les informations transmises restent "
                                     "confidentielles et ne sont jamais revendues. Contact : contact@acme-france.fr\n"))
    add("n_es_aviso_legal", br_cohere("Revisa el aviso legal: Acme Iberia S.L., CIF B%s, inscrita en el Registro Mercantil de Madrid, tomo 31.244, folio 12, hoja M-562011. "
                                      "Toda la información tratada es confidencial y se conserva durante cinco años. Atención al cliente: 900 123 456 (gratuito)." % rs(8, DIG)))
    add("n_it_informativa_privacy", conv("Semplifica il testo: Titolare del trattamento è Acme Italia S.p.A., P.IVA 0%s, numero verde 800 912 345. I dati sono trattati "
                                         "in modo riservato e non vengono diffusi. Per esercitare i diritti scrivere a privacy@acme-italia.it." % rs(10, DIG)))
    add("n_nl_voorwaarden_kvk", resp("Vat samen: Acme Benelux B.V., KvK-nummer %s, btw-nummer NL%sB01. Klantenservice 0900-1234 (lokaal tarief). "
                                     "Wij behandelen uw gegevens vertrouwelijk. Vragen? klantenservice@acme-benelux.nl" % (rs(8, DIG), rs(9, DIG))))
    add("n_pl_dane_firmy", legacy("Dane firmy do faktury:\nAcme Polska Sp. z o.o.\nNIP: 5261040828\nREGON: 012100784\nKRS: 0000123456\n"
                                  "ul. Marszałkowska 10, 00-590 Warszawa\nInfolinia: 801 100 200\nNumer zamówienia: ZAM/2025/11/004812\nDane firmy:"))
    add("n_br_nota_fiscal_empresa", gem_fr("Valide a nota.", "consultar_nfe", {"chave": "35" + rs(42, DIG)},
                                           {"emitente": {"razao_social": "Acme Brasil Ltda", "cnpj": "11.222.333/0001-81", "ie": "110.042.490.114"},
                                            "chave_acesso": "35" + rs(42, DIG), "cep": "01310-100", "protocolo": rs(15, DIG), "sac": "0800 701 2020"}))
    add("n_ja_company_profile", anth("会社概要を英訳して：\n商号：株式会社アクメ\n法人番号：%s\n所在地：〒100-0005 東京都千代田区丸の内1-1-1\n代表電話：03-6212-0000（受付 9:00-18:00）\n"
                                     "秘密保持契約（NDA）の締結はお問い合わせフォームから。\n設立：2009年4月1日\n" % rs(13, DIG)))
    add("n_multilang_marker_prose", oai("Translate our classification guideline into English:\n\nDE: Dokumente, die als vertraulich eingestuft sind, dürfen nicht per Mail verschickt werden.\n"
                                        "FR: Un document classé confidentiel doit être chiffré.\nES: La información confidencial se etiqueta en el pie de página.\n"
                                        "IT: I documenti riservati vanno archiviati nel DMS.\nNL: Vertrouwelijke stukken niet printen.\nPL: Dokumenty poufne przechowujemy w sejfie.\n"))
