"""Theme 6 (hard negatives, chats): support macros with {{customer.*}} variables in several languages, role mailboxes
and company hotlines (IN 1800, ID 1500 / 0800, JP 0120 / 0570, KR 1588 / 1577, AE 800, SA 920 / 8001, EG 19xxx, BR 0800
/ 4004, ES 900 / 902, MX 800), libphonenumber's example numbers given as format hints, Luhn-valid order numbers,
masked ids, documented example ids, company registration numbers, Wi-Fi help without the password, promo codes."""
from gen_sess import say
import gen_vals as V
from gen_common import R, rs, DIG, UP

EXAMPLE_CC = ["IN", "ID", "JP", "KR", "SA", "AE", "EG", "BR", "PT", "ES", "MX", "HK"]
DOC_IDS = {"HKID": "A123456(3)", "CPF": "123.456.789-09", "DNI": "12345678Z"}


def build():
    say("n_chat_hinglish_macros_variables", "anth", "Macros review karo please, Hinglish tone theek hai?\n\n1) Namaste {{customer.first_name}}, aapka ticket {{ticket.id}} register ho gaya hai. "
        "Hum aapko {{customer.phone}} pe call karenge ya {{customer.email}} pe mail.\n2) Aadhaar verification ke liye sirf last 4 digits bhejiye: XXXX XXXX {{aadhaar_last4}}.\n"
        "3) Installation slot: {{slot.date}} {{slot.window}}. Reschedule ke liye 1800 419 0042 (toll free) ya support@voltgrid.in.")
    say("n_chat_id_call_center_role_mailboxes", "gem", "Perbaiki teks halaman kontak ini ya:\n\nHubungi kami: Call center 1500 876 (Senin-Jumat 08.00-17.00), bebas pulsa 0800 1 234 567. "
        "Email: halo@rumahpintar.co.id, cs@rumahpintar.co.id, garansi@rumahpintar.co.id. Kantor pusat: (021) 2992 7700. WhatsApp bisnis resmi tertera di aplikasi.")
    say("n_chat_ja_freedial_info_mailboxes", "conv", "問い合わせページの日本語をチェックしてください。\n\nお客様相談室：フリーダイヤル 0120-828-390（平日9:00〜18:00）、ナビダイヤル 0570-064-210。"
        "メール：support@smartlock.co.jp、info@smartlock.co.jp。本社 〒105-0011 東京都港区芝公園2-4-1 代表 03-5402-6100。法人番号 %s。" % (R.choice("123456789") + rs(12, DIG)))
    say("n_chat_ko_1588_business_number", "resp", "고객센터 안내문 맞춤법 확인 부탁드립니다.\n\n고객센터 1588-3082 / 1577-7011 (평일 09:00~18:00), 이메일 help@homeiot.co.kr, "
        "제휴 문의 partner@homeiot.co.kr. 사업자등록번호 %s-%s-%s, 대표전화 02-3461-1200." % (rs(3, DIG), rs(2, DIG), rs(5, DIG)))
    say("n_chat_ar_unified_numbers_mailboxes", "brc", "راجع صفحة التواصل التالية لغوياً:\n\nللتواصل: الرقم الموحد 920012345 في السعودية، والرقم المجاني 800 4433 في الإمارات، "
        "والخط الساخن 19555 في مصر. البريد الإلكتروني: support@smartcool.ae و info@smartcool.ae. ساعات العمل من الأحد إلى الخميس.")
    say("n_chat_pt_br_sac_0800_cnpj", "cohere", "Revise o rodapé do site:\n\nSAC 0800 727 4411 | Capitais 4004-1520 | Ouvidoria 0800 771 0088 | atendimento@casaconectada.com.br | "
        "sac@casaconectada.com.br\nCasa Conectada Tecnologia Ltda. CNPJ %s - Av. Paulista, 1842 - São Paulo/SP" % V.V9.cnpj())
    say("n_chat_es_900_cif_mailboxes", "parts", "Revisa el texto de contacto:\n\nAtención al cliente 900 828 511 (gratuito), 902 010 203, atencionalcliente@alarmahogar.es, "
        "incidencias@alarmahogar.es. Alarma Hogar Seguridad S.L., CIF B%s. En México: 800 062 7744 y soporte@alarmahogar.mx." % rs(8, DIG))
    lines = "\n".join("- %s: %s" % (cc, V.example_mobile(cc)) for cc in EXAMPLE_CC)
    say("n_chat_phone_format_hints_examples", "oai", "Translate these input hints for the signup form into each language; keep the numbers exactly "
        "(they are the format examples from libphonenumber):\n\n" + lines)
    orders = [V.luhn_order(R.choice(["70", "80", "90", "10"]), 16) for _ in range(6)]
    say("n_chat_es_pt_order_numbers_luhn", "mistral", "Hazme una tabla de estos pedidos / Faça uma tabela destes pedidos:\n\n" + "\n".join(
        "Pedido %s - %s - %s" % (o, R.choice(["enviado", "entregue", "en tránsito", "devuelto"]), R.choice(["Termostato T2", "Cámara C4", "Fechadura L1"])) for o in orders))
    say("n_chat_wifi_help_no_password", "llama", "Responda ao cliente / Responde al cliente:\n\nCliente: Troquei a senha do Wi-Fi ontem e agora a câmera não conecta. "
        "A senha nova eu não vou mandar aqui, né? Posso configurar sozinho?\nCliente 2: Cambié la contraseña del router y la alarma perdió la conexión. La contraseña: ******** (la tengo yo).")
    say("n_chat_masked_ids_kyc_multilang", "titan", "Check these KYC notes are masked correctly:\n\nIN Aadhaar: XXXX XXXX 4821 (verified)\nBR CPF: ***.482.915-**\nID NIK: 3171********0004\n"
        "MX CURP: HEGA******MDFRRL**\nKR 주민등록번호: 900101-1******\nSA هوية: 1*******42")
    say("n_chat_documented_example_ids", "anth", "Write developer docs (ES/PT/EN) for the ID validator; use the official sample values:\n\n"
        "- Hong Kong: the Immigration Department's example HKID %s\n- Brasil: CPF de exemplo %s\n- España: DNI de ejemplo %s (válido en formato, no asignado)\n"
        "Never log real ids." % (DOC_IDS["HKID"], DOC_IDS["CPF"], DOC_IDS["DNI"]))
    say("n_chat_company_records_mx_pt", "gem", "Formatea estos proveedores / fornecedores:\n\nDomótica del Norte S.A. de C.V. RFC DNO%02d%02d%02d%s, tel. oficina 81 8040 2200\n"
        "Termo Lusa, Lda. NIPC 5%s, sede (+351) 220 104 000, geral@termolusa.pt\nNota: números de empresa, no personales." % (R.randint(10, 23), R.randint(1, 12), R.randint(1, 28), rs(3, UP + DIG), rs(8, DIG)))
    say("n_chat_id_promo_voucher_codes", "resp", "Cek apakah kode promo ini masih berlaku:\n\n" + "\n".join(
        "%s - diskon %d%% - berlaku s/d 31/12/2025 - ref %s" % (rs(10, UP + DIG), R.choice([10, 15, 20]), rs(12, DIG)) for _ in range(8)))
    say("n_chat_ja_ko_smart_home_faq_ids", "brc", "FAQ を韓国語に翻訳してください。\n\nQ. デバイスIDはどこ？ A. 本体裏のラベル（例: DevEUI %s、MAC %s）。\nQ. ファームウェア版数？ A. アプリの設定 > 情報（v2.4.1-17-g%s）。\n"
        "Q. 電話サポート？ A. 0120-828-390 までお電話ください。" % (V.eui(), V.mac(), V.hexs(7)))
