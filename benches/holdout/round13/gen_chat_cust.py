"""Theme 3 (chat positives, one agent body): customer support and CRM pastes with customers from PL, TR, IL, RO, CZ,
SE, FI, GR, PT, AR, CL, CO, KR, TW, HK, CN, AE, SA, EG and KE - personal e-mails, mobiles in national and
international formats, national ids with check digits (python-stdnum, or the published rules for the TW id, HKID,
Emirates ID and Saudi id; the Egyptian id by shape), IBANs of consumers for refunds, a card number pasted into a live
chat, and markers on a promotion plan, patch notes and a publishing contract."""
from gen_common import R, rs, add, S, K, P, C
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V

NOTE = ("\n\n---\nSupport workspace notes: reply in the customer's language; quote order numbers exactly; refunds go back to the original payment "
        "method unless the customer paid cash on delivery; for invoice corrections check the tax fields the country requires before re-issuing; "
        "never ask for a full card number, and if a customer sends one, do not repeat it; warranty claims need the order number and a photo; "
        "escalate chargebacks to payments; sign as the Customer Care team; keep macros short and friendly; dates as 24 Nov 2025. "
        "Tone: warm but brief, no exclamation marks in complaint replies, no blame on the carrier until the claim is settled. Returns: 30 days from "
        "delivery, 60 days in December; items must be unused with tags; suitcases with scratches from travel are accepted under the 5-year warranty "
        "but not for a refund. Shipping: free above 50 EUR in the EU, 4.90 EUR below; Switzerland and Norway pay duties on delivery. Invoices: "
        "re-issue only once per order, and only after checking the fields the local tax office requires.\n")


def chat(name, kind, text, labels):
    add(name, SH.chat(text + (NOTE if len(text) < 1400 else ""), kind), labels)


def who(cc, fmt="intl"):
    f, l, n = V.person(cc)
    return n, V.mail(cc, f, l), V.mob(cc, fmt)


def build():
    # 21 agent reads a Zendesk CSV export (PL customers)
    rows, labs = [], []
    for i in range(4):
        n, e, m = who("PL", "nat" if i % 2 else "intl")
        rows.append('%d,"%s","%s","%s","Zwrot: paczka nie dotarła, zamówienie KW-%d",open' % (48211 + i, n, e, m, R.randint(100000, 999999)))
        labs += [(P, "email (customer %d)" % i, e), (P, "PL mobile (customer %d)" % i, m)]
    pes = V.pl_pesel()
    rows.append('48215,"%s","%s","","Proszę o fakturę imienną, PESEL %s, raty Santander",pending' % (n, e, pes))
    labs.append((P, "PL PESEL (instalment application)", pes))
    csv = "id,requester_name,requester_email,requester_phone,subject,status\n" + "\n".join(rows) + "\n"
    emit("p_agent_zendesk_export_pl_customers", 3, [("u", "Group these open tickets by reason and draft one reply macro per group"),
         ("t", "bash", "head -6 exports/zendesk_tickets_2025-11-24.csv", csv), ("a", "Two groups: missing parcels (4) and an invoice request (1).")] + V.pad("zd1", 1), labs)

    # 22 Turkey: e-Arsiv invoice needs the TCKN, refund to a TR IBAN
    n, e, m = who("TR", "nat")
    tc, ib = V.tr_tckn(), V.iban("TR")
    chat("p_chat_tr_fatura_tckn_iade_iban", "oai", "Müşteri mesajı, Türkçe cevap taslağı hazırlar mısın?\n\n\"Merhaba, %s ben. Siparişim (TR-58213) eksik geldi. e-Arşiv faturayı "
         "şahsım adına kesin lütfen: TC Kimlik No: %s. İade için IBAN: %s. Bana %s numarasından veya %s adresinden ulaşabilirsiniz.\"" % (n, tc, ib, m, e),
         [(P, "TR TC Kimlik (invoice)", tc), (P, "TR IBAN (consumer refund)", ib), (P, "TR mobile (customer)", m), (P, "email (customer)", e)])

    # 23 Israel: warranty claim with Teudat Zehut
    n, e, m = who("IL", "intl")
    tz = V.il_tz()
    chat("p_chat_il_warranty_teudat_zehut", "anth", "Warranty claim from our IL store, translate to English and tell me what's missing:\n\nשלום, שמי %s. האוזניות הפסיקו לעבוד אחרי חודשיים.\n"
         "תעודת זהות: %s\nנייד: %s\nמייל: %s\nמספר הזמנה: IL-20931" % (n, tz, m, e),
         [(P, "IL Teudat Zehut (customer)", tz), (P, "IL mobile (customer)", m), (P, "email (customer)", e)])

    # 24 Romania: invoice for a natural person with CNP, refund IBAN
    n, e, m = who("RO", "nat")
    cnp, ib = V.ro_cnp(), V.iban("RO")
    chat("p_chat_ro_factura_persoana_fizica_cnp", "gem", "Clientul cere refacerea facturii. Poți scrie răspunsul?\n\nNume: %s\nCNP: %s\nTelefon: %s\nE-mail: %s\n"
         "Rambursare în contul IBAN %s (Banca Transilvania)\nComanda: RO-771042" % (n, cnp, m, e, ib),
         [(P, "RO CNP (invoice)", cnp), (P, "RO mobile (customer)", m), (P, "email (customer)", e), (P, "RO IBAN (consumer refund)", ib)])

    # 25 Czech: BNPL application with rodne cislo
    n, e, m = who("CZ", "intl")
    rc = V.cz_rc()
    chat("p_chat_cz_splatky_rodne_cislo", "resp", "Zákazník poslal údaje k nákupu na splátky e-mailem místo přes formulář. Co mu máme odpovědět?\n\n"
         "Jméno: %s\nRodné číslo: %s\nMobil: %s\nE-mail: %s\nZboží: pračka Bosch Serie 6, 18 990 Kč" % (n, rc, m, e),
         [(P, "CZ rodne cislo (BNPL)", rc), (P, "CZ mobile (customer)", m), (P, "email (customer)", e)])

    # 26 Sweden: invoice payment with personnummer
    n, e, m = who("SE", "nat")
    pn = V.se_pnr()
    chat("p_chat_se_faktura_personnummer", "conv", "Kan du sammanfatta ärendet?\n\nKund: %s\nPersonnummer: %s\nMobil: %s\nE-post: %s\n"
         "Kunden valde faktura men fick avslag, vill betala med Swish i stället. Order SE-40218." % (n, pn, m, e),
         [(P, "SE personnummer (customer)", pn), (P, "SE mobile (customer)", m), (P, "email (customer)", e)])

    # 27 Finland: age-restricted order with HETU
    n, e, m = who("FI", "intl")
    ht = V.fi_hetu()
    chat("p_chat_fi_ikaraja_tilaus_hetu", "brc", "Asiakas lähetti henkilötunnuksen chatissa ikärajatuotteen takia. Miten vastataan?\n\n%s, henkilötunnus %s, puh. %s, %s. Tilaus FI-99312." % (n, ht, m, e),
         [(P, "FI henkilotunnus (customer)", ht), (P, "FI mobile (customer)", m), (P, "email (customer)", e)])

    # 28 Greece: online pharmacy order with AMKA (prescription) and AFM (invoice)
    n, e, m = who("GR", "nat")
    am, af = V.gr_amka(), V.gr_afm()
    chat("p_chat_gr_eshop_farmakeio_amka_afm", "mistral", "Παραγγελία φαρμακείου με συνταγή, ετοίμασε απάντηση:\n\nΟνοματεπώνυμο: %s\nΑΜΚΑ: %s\nΑΦΜ (για τιμολόγιο): %s\n"
         "Κινητό: %s\nEmail: %s\nΠαραγγελία GR-33017" % (n, am, af, m, e),
         [(P, "GR AMKA (prescription)", am), (P, "GR AFM (personal tax number)", af), (P, "GR mobile (customer)", m), (P, "email (customer)", e)])

    # 29 Portugal: invoice with NIF, refund to IBAN
    n, e, m = who("PT", "nat")
    nf, ib = V.pt_nif(), V.iban("PT")
    chat("p_chat_pt_fatura_nif_reembolso", "llama", "Responde ao cliente em português:\n\nOlá, sou %s. Preciso da fatura com o meu NIF %s. O reembolso pode ser para o IBAN %s. "
         "Telemóvel %s, email %s. Encomenda PT-11873." % (n, nf, ib, m, e),
         [(P, "PT NIF (customer)", nf), (P, "PT IBAN (consumer refund)", ib), (P, "PT mobile (customer)", m), (P, "email (customer)", e)])

    # 30 LatAm CRM CSV: AR CUIT, CL RUT, CO phone + email
    labs, lines = [], ["nombre;email;celular;pais;documento"]
    for cc in ("AR", "CL", "CO", "AR", "CL"):
        n, e, m = who(cc, "intl")
        doc = V.ar_cuit() if cc == "AR" else V.cl_rut() if cc == "CL" else ""
        lines.append("%s;%s;%s;%s;%s" % (n, e, m, cc, ("CUIT " + doc) if cc == "AR" else ("RUT " + doc) if cc == "CL" else ""))
        labs += [(P, "email (%s lead)" % cc, e), (P, "%s mobile (lead)" % cc, m)]
        if doc:
            labs.append((P, ("AR CUIT (lead)" if cc == "AR" else "CL RUT (lead)"), doc))
    chat("p_chat_latam_crm_leads_csv", "oai", "Dedupe this HubSpot export and tell me which leads are missing a document number:\n\n" + "\n".join(lines), labs)

    # 31 Korea: ticket with RRN
    n, e, m = who("KR", "nat")
    rrn = V.kr_rrn()
    chat("p_chat_kr_ticket_jumin_number", "anth", "고객 문의 요약해 주세요.\n\n이름: %s\n주민등록번호: %s\n휴대폰: %s\n이메일: %s\n내용: 해외 직구 통관을 위해 개인통관고유부호 대신 주민번호를 보냈다고 합니다. 주문 KR-55021." % (n, rrn, m, e),
         [(P, "KR RRN (customs)", rrn), (P, "KR mobile (customer)", m), (P, "email (customer)", e)])

    # 32 TW / HK / CN cross-border orders
    labs, txt = [], "三張跨境訂單的清關資料，請幫我檢查格式：\n"
    n, e, m = who("TW", "nat")
    tid = V.tw_id()
    txt += "\n1) 台灣 %s，身分證字號 %s，手機 %s，%s" % (n, tid, m, e)
    labs += [(P, "TW national id (customs)", tid), (P, "TW mobile (customer)", m), (P, "email (TW customer)", e)]
    n, e, m = who("HK", "intl")
    hk = V.hkid()
    txt += "\n2) 香港 %s，香港身份證 %s，電話 %s" % (n, hk, m)
    labs += [(P, "HK HKID (customs)", hk), (P, "HK mobile (customer)", m)]
    n, e, m = who("CN", "nat")
    cn = V.cn_ric()
    txt += "\n3) 上海 %s，身份证号码 %s，手机 %s，%s" % (n, cn, m, e)
    labs += [(P, "CN resident id (customs)", cn), (P, "CN mobile (customer)", m), (P, "email (CN customer)", e)]
    chat("p_chat_tw_hk_cn_customs_ids", "gem", txt, labs)

    # 33 Gulf: Emirates ID and Saudi national id
    n, e, m = who("AE", "intl")
    eid = V.emirates_id()
    n2, e2, m2 = who("SA", "nat")
    sid, ib = V.sa_id(), V.iban("SA")
    chat("p_chat_gulf_cod_verification_ids", "resp", "Two COD orders flagged by fraud check, can you write the verification messages?\n\nUAE: %s, Emirates ID %s, mobile %s, email %s\n"
         "KSA: %s, national ID %s, mobile %s, refund IBAN %s, email %s" % (n, eid, m, e, n2, sid, m2, ib, e2),
         [(P, "AE Emirates ID (customer)", eid), (P, "AE mobile (customer)", m), (P, "email (AE customer)", e), (P, "SA national id (customer)", sid),
          (P, "SA mobile (customer)", m2), (P, "SA IBAN (consumer refund)", ib), (P, "email (SA customer)", e2)])

    # 34 Egypt and Kenya deliveries
    n, e, m = who("EG", "nat")
    eg = V.eg_nid()
    f, l, n2 = V.V12.person("KE")
    e2, m2 = V.V12.mail("KE", f, l), V.mob("KE", "intl")
    chat("p_chat_eg_ke_courier_handover", "conv", "Courier handover notes, turn into a table:\n- Cairo: %s, national ID %s, mobile %s, %s, cash on delivery 2,450 EGP\n"
         "- Nairobi: %s, M-Pesa number %s, %s, paid" % (n, eg, m, e, n2, m2, e2),
         [(P, "EG national id (courier check)", eg), (P, "EG mobile (customer)", m), (P, "email (EG customer)", e), (P, "KE mobile (M-Pesa)", m2), (P, "email (KE customer)", e2)])

    # 35 card number pasted into a live chat
    cd, (f, l, n) = V.card("mc5"), V.V12.person("US")
    e = V.V12.mail("US", f, l)
    chat("p_chat_intercom_transcript_card_pasted", "titan", "Summarise this Intercom conversation for the payments team:\n\n[10:02] %s (%s): my payment keeps failing\n"
         "[10:03] Bot: Sorry about that! Which card are you using?\n[10:04] %s: %s exp 09/28\n[10:05] Agent Lea: Please don't share card numbers here, I've flagged it." % (n, e, f, cd),
         [(P, "card number (pasted in chat)", cd), (P, "email (customer)", e)])

    # 36-38 markers
    chat("p_chat_black_friday_pricing_confidential", "cohere", "CONFIDENTIAL\n\nBlack Friday 2025 pricing plan (Kofferwerk)\n- Carry-on range: -30%% from 27 Nov, -40%% from 29 Nov\n"
         "- Margin floor 18%%, vouchers not stackable\n- Competitor watch: Samsonite outlet, Rimowa pre-owned\n\nTurn this into a one-page brief for the agency without the margin numbers.", [(C, "marker CONFIDENTIAL", "CONFIDENTIAL")])
    chat("p_chat_game_patch_notes_internal_only", "anth", "INTERNAL ONLY - DO NOT DISTRIBUTE\n\nPatch 1.8 'Frostfall' draft notes\n- New biome: Glacier Rift (3 bosses)\n"
         "- Ranked season 4 starts 12 Dec\n- Nerf: Tempest staff crit 35%% -> 28%%\n\nRewrite these as player-facing patch notes for Steam, no dates.",
         [(C, "marker INTERNAL ONLY", "INTERNAL ONLY"), (C, "marker DO NOT DISTRIBUTE", "DO NOT DISTRIBUTE")])
    chat("p_chat_cn_publisher_contract_jimi", "oai", "机密\n\n《星港》国服发行合同要点：分成比例 55/45，版号申请由发行方负责，首年保底 1200 万元，上线时间 2026 年 Q2。\n\n请把要点翻译成英文给制作人。",
         [(C, "marker 机密", "机密")])

    # 39 HubSpot contacts export with EU customers
    labs, lines = [], ["First Name,Last Name,Email,Mobile Phone Number,Country"]
    for cc, fmt in (("PL", "intl"), ("SE", "intl"), ("PT", "intl"), ("GR", "e164"), ("CZ", "nat")):
        f, l, _ = V.person(cc)
        e, m = V.mail(cc, f, l), V.mob(cc, fmt)
        lines.append("%s,%s,%s,%s,%s" % (f, l, e, m, cc))
        labs += [(P, "email (%s contact)" % cc, e), (P, "%s mobile (contact)" % cc, m)]
    chat("p_chat_hubspot_contacts_export_eu", "parts", "Which of these newsletter contacts are missing a country prefix on the phone?\n\n" + "\n".join(lines), labs)
