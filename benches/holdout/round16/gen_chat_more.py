"""Theme 7: two marker positives (a Japanese firmware spec with a 社外秘 banner, a Korean OTA rollout plan with a 대외비
banner) and eight more hard negatives: a Hinglish IoT setup chat without secrets, Arabic warranty serials and order
ids, Korean / Japanese company switchboards, Spanish help-centre templates, a Portuguese router label default, Indonesian
/ Japanese parcel tracking, lower-case confidentiality prose in EN / JA / KO, a Hindi macro with variables."""
from gen_common import C, R, rs, DIG, UP
from gen_sess import say
import gen_vals as V


def build():
    say("p_chat_ja_firmware_spec_shagaihi", "anth", "社外秘\n\nファームウェア更新仕様書 v0.9（GW-300）\n1. 署名方式: ECDSA P-256、鍵はHSMで保管\n2. ロールバック防止: セキュアバージョンを eFuse に記録\n"
        "3. 配信: 10% → 50% → 100% の段階配信\n\nこの仕様を英語に要約してください。", [(C, "社外秘 banner (Japanese spec)", "社外秘")])
    say("p_chat_ko_ota_rollout_daeoebi", "resp", "대외비\n\nOTA 배포 계획 (도어락 DL-7)\n- 1단계: 사내 테스트 기기 200대\n- 2단계: 수도권 5%\n- 3단계: 전체\n롤백 조건: 오류율 2% 초과\n\n"
        "이 계획을 영어로 번역해 주세요.", [(C, "대외비 banner (Korean plan)", "대외비")])

    say("n_chat_hinglish_iot_setup_no_password", "oai", "Customer: Bhaiya, naya smart plug lagaya, app mein 'Add device' dabaya par 2.4 GHz network nahi dikh raha. "
        "Router ka password maine change kiya tha kal, woh app mein daal diya.\nAgent: Router settings mein 2.4 GHz band on kijiye aur app se dobara try kijiye.\n\nIs reply ko improve karo.")
    say("n_chat_ar_warranty_serials_orders", "brc", "لخص طلبات الضمان التالية:\n\n" + "\n".join(
        "طلب %s - رقم تسلسلي %s - IMEI %s - الحالة: %s" % (rs(10, DIG), "SC" + rs(10, UP + DIG), V.imei(), R.choice(["مفتوح", "مغلق", "قيد المراجعة"])) for _ in range(6)))
    say("n_chat_ko_ja_company_switchboards", "conv", "거래처 연락처를 표로 정리해 주세요 / 取引先の連絡先を表にしてください:\n\n(주)스마트홈코리아 대표전화 02-2188-3000, 팩스 02-2188-3099, sales@smarthome.kr\n"
        "株式会社ホームIoT 代表 06-6316-2000、FAX 06-6316-2099、sales@homeiot.co.jp\n한빛전자 고객센터 1644-7770")
    say("n_chat_es_mx_help_center_templates", "parts", "Revisa estas plantillas:\n\nHola {{cliente.nombre}}, registramos tu caso #{{caso.id}}. Te llamaremos al {{cliente.telefono}} "
        "o escribiremos a {{cliente.correo}}. Si prefieres, contáctanos en soporte@alarmahogar.mx o al 800 062 7744.\n\nEstimado/a {nombre}: su técnico llegará el {fecha} entre {hora_inicio} y {hora_fin}.")
    say("n_chat_pt_router_label_default", "cohere", "Explique ao cliente como entrar no roteador:\n\nNo manual: acesse http://192.168.0.1, usuário padrão admin e senha padrão admin (impressos na etiqueta, "
        "junto com a senha de fábrica da rede Wi-Fi). Depois do primeiro acesso o roteador pede para trocar a senha.")
    say("n_chat_id_ja_parcel_tracking", "gem", "Status pengiriman / 配送状況を確認して:\n\n" + "\n".join(
        "Resi JNE %s - %s" % (rs(16, DIG), R.choice(["dalam perjalanan", "terkirim"])) for _ in range(4)) + "\n" + "\n".join(
        "ヤマト運輸 伝票番号 %s-%s-%s 〒%s-%s %s" % (rs(4, DIG), rs(4, DIG), rs(4, DIG), rs(3, DIG), rs(4, DIG), R.choice(["配達完了", "輸送中"])) for _ in range(4)))
    say("n_chat_confidentiality_prose_en_ja_ko", "mistral", "Translate this NDA clause into Japanese and Korean:\n\nThe recipient shall keep confidential all firmware source code and signing "
        "procedures disclosed under this agreement and shall not disclose such confidential information to third parties.\n\n参考: 受領者は本契約に基づき開示された情報を秘密として保持する。\n참고: 수령자는 비밀 정보를 제3자에게 공개하지 않는다.")
    say("n_chat_hindi_macro_variables", "llama", "इन मैक्रो की हिंदी जाँचिए:\n\n1) नमस्ते {{customer.name}}, आपका टिकट {{ticket.id}} दर्ज हो गया है। हम आपको {{customer.phone}} पर कॉल करेंगे।\n"
        "2) ईमेल पुष्टि {{customer.email}} पर भेजी गई है। सहायता: 1800 266 1122 (टोल फ्री), help@voltgrid.in")
