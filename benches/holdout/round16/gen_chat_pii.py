"""Theme 3 (chat positives): multilingual customer chats of a smart-home / IoT device maker and a cloud hosting
provider - Hinglish and Hindi (Aadhaar, PAN), Indonesian (NIK), Japanese (My Number), Korean (RRN), Arabic (Saudi
national id / Iqama, Emirates ID, Egyptian national id), Portuguese (CPF, NIF), Spanish (DNI / NIE, CURP, RFC), a Hong
Kong customer (HKID), a CRM record pasted as JSON and an installer CSV; mobiles in national format after the local word,
private e-mails, and Wi-Fi passwords customers type into the chat (secrets)."""
import json
from gen_common import P, S
from gen_sess import say
import gen_vals as V


def one(cc, name, kind, fmt, ids, extra=(), secret=None):
    f, l, n = V.person(cc)
    mb, em = V.mob(cc, "nat"), V.mail(cc, f, l)
    vals = {k: fn() for k, (fn, _) in ids.items()}
    labs = [(P, lab, vals[k]) for k, (_, lab) in ids.items()] + [(P, "%s mobile" % cc, mb), (P, "email of a customer", em)]
    if secret:
        vals["wifi"] = V.wifi_pw()
        labs.append((S, secret, vals["wifi"]))
    say(name, kind, fmt.format(n=n, mob=mb, mail=em, **vals), labs)


def build():
    one("IN", "p_chat_hinglish_warranty_aadhaar_pan", "anth",
        "Customer chat (Hinglish) - please summarise and draft a reply in the same style.\n\nCustomer: Hi, mera smart lock kaam nahi kar raha, warranty claim karna hai. "
        "Naam {n}, Aadhaar no. {aa}, PAN {pan} bhi de raha hoon invoice ke liye. Mobile {mob} pe call kar dena ya mail karo {mail}. Bill Croma ka hai, 14 Aug ka.\n"
        "Agent: Thank you sir, hum check karke batate hain.", {"aa": (V.aadhaar, "IN Aadhaar in Hinglish prose"), "pan": (V.in_pan, "IN PAN in Hinglish prose")})
    one("IN", "p_chat_hindi_installation_aadhaar", "oai",
        "ग्राहक का संदेश (हिंदी) - कृपया जवाब का मसौदा बनाइए:\n\nनमस्ते, मैं {n} हूँ। सोलर इन्वर्टर का इंस्टॉलेशन अभी तक नहीं हुआ। सब्सिडी फॉर्म के लिए मेरा आधार नंबर {aa} है। "
        "मेरा मोबाइल नंबर {mob} है, ईमेल {mail}. कृपया जल्दी तकनीशियन भेजिए।", {"aa": (V.aadhaar, "IN Aadhaar in Hindi prose")})
    one("ID", "p_chat_id_garansi_cctv_nik", "gem",
        "Tolong buatkan balasan untuk pelanggan ini (bahasa Indonesia, sopan):\n\nHalo kak, CCTV WiFi saya mati terus sejak update firmware. Nama saya {n}, "
        "NIK {nik} (sesuai KTP untuk klaim garansi). Nomor HP/WA {mob}, email {mail}. Password WiFi rumah saya {wifi} kalau teknisi perlu setting ulang.",
        {"nik": (V.id_nik, "ID NIK in Indonesian prose")}, secret="home Wi-Fi password typed into an Indonesian chat")
    one("JP", "p_chat_ja_battery_recall_my_number", "conv",
        "以下のお客様メッセージへの返信案を作成してください。\n\nお世話になっております。{n}と申します。蓄電池のリコール対象と案内が届きました。"
        "補助金の申請書類にマイナンバー {mn} の記載を求められていますが、このまま送ってよいでしょうか。連絡先は携帯 {mob}、メールは {mail} です。",
        {"mn": (lambda: V.jp_my_number(True), "JP My Number in Japanese prose")})
    one("KR", "p_chat_ko_doorlock_rrn", "resp",
        "다음 고객 문의에 대한 답변을 작성해 주세요.\n\n안녕하세요, {n}입니다. 스마트 도어락 설치 예약을 했는데 본인 확인이 필요하다고 해서요. "
        "주민등록번호 {rrn} 입니다. 휴대폰 {mob} 로 연락 주시고, 이메일은 {mail} 입니다.", {"rrn": (V.kr_rrn, "KR RRN in Korean prose")})
    one("SA", "p_chat_ar_sa_router_iqama", "brc",
        "اكتب رداً مهذباً على رسالة العميل التالية:\n\nالسلام عليكم، أنا {n}. جهاز الراوتر المنزلي لا يعمل منذ أسبوع. رقم الهوية الوطنية {sid} "
        "ورقم الجوال {mob} والبريد {mail}. كلمة مرور الواي فاي الحالية {wifi} إذا احتاج الفني إليها.",
        {"sid": (V.sa_id, "SA national id in Arabic prose")}, secret="home Wi-Fi password typed into an Arabic chat")
    one("AE", "p_chat_ar_ae_cooling_emirates_id", "llama",
        "Draft a reply (Arabic) to this customer:\n\nمرحباً، اسمي {n}. أريد تفعيل عقد الصيانة للمكيف الذكي. رقم الهوية الإماراتية {eid}، "
        "هاتفي المتحرك {mob}، بريدي الإلكتروني {mail}. شكراً.", {"eid": (V.emirates_id, "AE Emirates ID in Arabic prose")})
    one("EG", "p_chat_ar_eg_meter_national_id", "titan",
        "رد على العميل من فضلك:\n\nأنا {n}، عداد الكهرباء الذكي بيقرأ غلط. الرقم القومي {nid}، موبايل {mob}، إيميل {mail}. محتاج فني يجي البيت.",
        {"nid": (V.eg_nid, "EG national id in Arabic prose")})
    one("BR", "p_chat_pt_br_camera_cpf_senha", "cohere",
        "Responda ao cliente (português do Brasil):\n\nOi, sou {n}. A câmera de segurança não conecta mais no Wi-Fi. Meu CPF é {cpf}, celular/zap {mob}, "
        "e-mail {mail}. A senha do Wi-Fi é {wifi}, pode passar pro técnico.", {"cpf": (V.br_cpf, "BR CPF in Portuguese prose")},
        secret="home Wi-Fi password typed into a Portuguese chat")
    one("PT", "p_chat_pt_pt_heatpump_nif", "mistral",
        "Prepare uma resposta ao cliente:\n\nBoa tarde, chamo-me {n}. A bomba de calor dá erro E4 desde ontem. Para a fatura, o meu NIF é {nif}. "
        "Telemóvel {mob}, email {mail}. Obrigado.", {"nif": (V.pt_nif, "PT NIF in Portuguese prose")})
    one("ES", "p_chat_es_alarma_dni_contrasena", "parts",
        "Redacta una respuesta al cliente:\n\nHola, soy {n}. La centralita de la alarma no se conecta a la app. Mi DNI es {dni} por si hace falta para el contrato. "
        "Móvil {mob}, correo {mail}. La contraseña del wifi es {wifi}.", {"dni": (V.es_dni, "ES DNI in Spanish prose")},
        secret="home Wi-Fi password typed into a Spanish chat")
    one("MX", "p_chat_es_mx_factura_curp_rfc", "anth",
        "Ayúdame a contestar este mensaje:\n\nBuenas tardes, soy {n}. Necesito la factura del termostato a mi nombre: RFC {rfc}, CURP {curp}. "
        "Mi celular es {mob} y mi correo {mail}.", {"rfc": (V.mx_rfc, "MX RFC in Spanish prose"), "curp": (V.mx_curp, "MX CURP in Spanish prose")})
    one("HK", "p_chat_hk_smart_lock_hkid", "oai",
        "Customer message (HK, English/Cantonese) - draft a reply:\n\nHi, 我係 {n}. The smart lock app asks for ID verification for the rental unit. "
        "HKID {hk}, mobile {mob}, email {mail}. 唔該晒!", {"hk": (V.hkid, "HK HKID in prose")})

    rec = []
    labs = []
    for cc, idk, fn, lab in [("IN", "aadhaar", lambda: V.aadhaar(False), "IN Aadhaar in a JSON record"), ("ID", "nik", V.id_nik, "ID NIK in a JSON record"),
                             ("BR", "cpf", V.br_cpf, "BR CPF in a JSON record"), ("MX", "curp", V.mx_curp, "MX CURP in a JSON record")]:
        f, l, n = V.person(cc)
        m, e, v = V.mob(cc, "e164"), V.mail(cc, f, l), fn()
        rec.append({"customer_id": "C-%d" % V.R.randint(100000, 999999), "name": n, "country": cc, idk: v, "phone": m, "email": e, "device": "SL-200", "language": cc.lower()})
        labs += [(P, lab, v), (P, "%s mobile (E.164, JSON record)" % cc, m), (P, "email of a customer (JSON record)", e)]
    say("p_chat_crm_records_json_multicountry", "gem", "These CRM records failed the warranty import; what's wrong with each one?\n\n" + json.dumps(rec, indent=2, ensure_ascii=False), labs)

    rows, labs = ["installer_id;name;country;mobile;email;region"], []
    for i, cc in enumerate(["JP", "KR", "ID", "IN", "JP"]):
        f, l, n = V.person(cc)
        m, e = V.mob(cc, "intl"), V.mail(cc, f, l)
        rows.append("INS-%04d;%s;%s;%s;%s;%s" % (V.R.randint(1, 9999), n, cc, m, e, ["Kanto", "Gyeonggi", "Jawa Barat", "Karnataka", "Kansai"][i]))
        labs += [(P, "%s mobile (installer CSV)" % cc, m), (P, "email of an installer", e)]
    say("p_chat_installer_csv_jp_kr_id_in", "conv", "Dedupe this installer list and tell me which regions have no installer:\n\n" + "\n".join(rows), labs)
