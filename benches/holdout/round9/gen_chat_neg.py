"""Theme 5 (hard negatives): analysts' chat pastes with nothing personal or secret - company identifiers (CNPJ, RFC of
companies, GSTIN, UEN, Korean BRN, Chinese USCC, NIT) with switchboard / toll-free numbers and role mailboxes; masked and
hashed customer data; documented example ids in validator tests and API specs; aggregates; IMEIs and device ids;
classification policies that explain the labels without marking anything; lowercase prose; tickets without personal data."""
import hashlib

from gen_common import R, rs, hexs, ruuid, imei, gtin, LO, UP, DIG, R4
from gen_chat_pos import say
import gen_nb as N
import gen_vals as V
from stdnum.in_ import gstin as std_gstin, pan as std_pan
from stdnum import luhn as std_luhn
from stdnum.kr import brn as std_brn
from stdnum.co import nit as std_nit
from stdnum.sg import uen as std_uen
from stdnum.cn import uscc as std_uscc
from gen_common import until

K = ["oai", "anth", "gem", "resp", "conv", "brc", "mistral", "cohere", "titan", "llama", "parts"]


def rep(n, f):
    return "\n".join(f(i) for i in range(n))


def gstin():
    st = R.choice(["27", "29", "07", "33"])
    b = st + until(lambda: rs(3, UP) + "C" + rs(1, UP) + rs(4, DIG) + rs(1, UP), std_pan.is_valid) + R.choice("123") + "Z"
    return b + std_luhn.calc_check_digit(b, std_gstin._ALPHABET)


def build():
    k = iter(K * 4)
    say("n_csv_fornecedores_cnpj", next(k), "Quais fornecedores estão com cadastro incompleto?\n\n" + N.csv(["razao_social", "cnpj", "telefone_sac", "email_comercial", "uf"], [
        ["%s %s Ltda" % (R.choice(["Distribuidora", "Indústria", "Comércio"]), rs(6, LO).title()), V.cnpj(), R.choice(["0800 %03d %04d" % (R.randint(100, 999), R.randint(0, 9999)), "4004-%04d" % R.randint(0, 9999)]),
         R.choice(["vendas", "contato", "comercial", "sac"]) + "@%s.com.br" % rs(7, LO), R.choice(["SP", "RJ", "MG", "PR"])] for _ in range(220)], ";"))
    say("n_df_head_masked_customers", next(k), "Is this masking good enough for the vendor sample?\n\n" + N.df_text(["nome", "cpf", "email", "celular"], [
        [R.choice(V.NAMES["BR"][0])[0] + "***", "***.%03d.%03d-**" % (R.randint(0, 999), R.randint(0, 999)), "%s***@%s" % (R.choice(LO), R.choice(V.MAILS["BR"])), "(%d) 9****-%04d" % (R.choice([11, 21, 31]), R.randint(0, 9999))] for _ in range(60)]))
    say("n_hashed_customer_ids_join", next(k), "Why does the join on cpf_hash lose 3% of rows?\n\n" + N.csv(["cpf_hash", "email_hash", "segment", "ltv_brl"], [
        [hashlib.sha256(rs(11, DIG).encode()).hexdigest(), hashlib.md5(rs(12, LO).encode()).hexdigest(), R.choice(["A", "B", "C"]), "%.2f" % (R.random() * 9000)] for _ in range(400)]))
    say("n_policy_classification_labels_explained", next(k), "Simplify this policy section for new joiners:\n\n4. Classification levels\nWe use four labels. Public: may be shared with anyone. "
        "Internal: the default for working documents. Confidential: customer data and contracts; documents with this label must carry it in the header and footer. "
        "Restricted: national ids, health data and credentials; access is logged.\nThe label names are written in capitals on documents (for example a header reading the third level's name); "
        "this policy itself is classified Public.\n5. Retention\nAnalytical extracts are deleted after 90 days unless the data owner approves a longer period.\n")
    say("n_policy_pt_es_niveis_classificacao", next(k), "Unifique estas duas versões da política:\n\n[PT] Níveis de classificação: Público, Uso interno, Confidencial e Restrito. Um documento "
        "confidencial deve indicar o nível no cabeçalho. Dados pessoais sensíveis são sempre Restrito.\n\n[ES] Niveles de clasificación: Público, Uso interno, Confidencial y Restringido. "
        "La etiqueta se coloca en el encabezado del documento; esta política es de uso público.\n")
    say("n_ja_policy_label_meanings", next(k), "この規程の説明を英訳してください。\n\n情報区分の定義\n・公開：社外に公開してよい情報\n・社内限り：従業員のみ閲覧可\n・社外秘という区分は、取引先との契約情報や顧客データに付与する。"
        "付与された文書はヘッダーに区分を表示すること。\n本規程自体は公開情報である。\n")
    say("n_ticket_pt_no_personal_data", next(k), "Responda este chamado:\n\nProtocolo %d\nPedido: #%d\nPagamento: cartão final 4821 (****4821)\nMensagem: o pedido consta como entregue mas "
        "não recebi. Já abri reclamação no app.\n\nNossos canais: SAC 0800 %03d %04d, sac@acme-calcados.com.br, CNPJ %s\n" % (R.randint(10 ** 9, 10 ** 10), R.randint(10 ** 6, 10 ** 7), R.randint(100, 999), R.randint(0, 9999), V.cnpj()))
    say("n_ticket_ja_toll_free_order", next(k), "返信文を作成してください。\n\n注文番号: %d-%d\nお問い合わせ: 商品が届きません。\n\n株式会社アクメ カスタマーセンター\nフリーダイヤル 0120-%03d-%03d（平日9時〜18時）\n"
        "support@acme.co.jp\n法人番号 %d\n" % (R.randint(100, 999), R.randint(10 ** 6, 10 ** 7), R.randint(100, 999), R.randint(100, 999), R.randint(10 ** 12, 10 ** 13 - 1)))
    brn = until(lambda: rs(10, DIG), lambda v: v[0] != "0" and std_brn.is_valid(v))
    uscc = until(lambda: (lambda b: b + std_uscc.calc_check_digit(b))("91" + R.choice(["110000", "310000", "440300"]) + rs(9, "0123456789ABCDEFGHJKLMNPQRTUWXY")), std_uscc.is_valid)
    say("n_ticket_ko_zh_company_ids", next(k), "두 법인의 정보를 표로 정리해 주세요 / 请整理成表格:\n\n(주)에이크미코리아 사업자등록번호 %s-%s-%s 대표전화 1588-%04d 고객센터 cs@acme.co.kr\n"
        "艾克米（上海）信息技术有限公司 统一社会信用代码 %s 客服热线 400-%03d-%04d 邮箱 service@acme.com.cn\n" % (brn[:3], brn[3:5], brn[5:], R.randint(0, 9999), uscc, R.randint(100, 999), R.randint(0, 9999)))
    say("n_in_gstin_company_invoice", next(k), "Extract vendor fields:\n\n" + rep(40, lambda i: "Vendor %s Pvt Ltd | GSTIN %s | IFSC %s0%06d | Ph: 1800-%03d-%04d | accounts@%s.in" % (
        rs(6, LO).title(), gstin(), R.choice(["HDFC", "ICIC", "SBIN", "UTIB"]), R.randint(0, 999999), R.randint(100, 999), R.randint(0, 9999), rs(6, LO))))
    say("n_sg_uen_company_registry", next(k), "Which of these are sole proprietorships?\n\n" + rep(80, lambda i: "%s | %s Pte. Ltd. | status: %s | +65 6%03d %04d (main line)" % (
        until(lambda: "20%02d%05d" % (R.randint(10, 24), R.randint(0, 99999)) + R.choice(UP), std_uen.is_valid), rs(7, LO).title(), R.choice(["Live", "Struck Off"]), R.randint(0, 999), R.randint(0, 9999))))
    say("n_mx_rfc_empresas_clabe", next(k), "Valida el formato de estos proveedores:\n\n" + rep(60, lambda i: "%s\t%s S.A. de C.V.\tCLABE empresa: %s\ttel. conmutador 55 %04d 0000" % (
        V.mx_rfc_company(), rs(6, LO).title(), "012180" + rs(12, DIG), R.randint(1000, 9999))))
    say("n_co_nit_proveedores", next(k), "Ordena por ciudad:\n\n" + rep(60, lambda i: "NIT %s | %s S.A.S. | %s | PBX (601) %03d %04d" % (
        (lambda b: "%s-%s" % (b, std_nit.calc_check_digit(b)))("9" + rs(8, DIG)), rs(7, LO).title(), R.choice(["Bogotá", "Medellín", "Cali"]), R.randint(100, 999), R.randint(0, 9999))))
    say("n_aggregates_by_uf_no_individuals", next(k), "Escreva um resumo executivo:\n\n" + N.df_text(["uf", "clientes", "ticket_medio", "churn_pct"], [
        [u, R.randint(1000, 900000), "%.2f" % (R.random() * 400), "%.1f" % (R.random() * 9)] for u in "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split()]))
    say("n_validator_tests_documented_examples", next(k), "Add tests for the Chile RUT validator in the same style:\n\n```python\nimport pytest\nfrom idcheck import cpf, curp, rfc, cn_ric, nric\n\n"
        "@pytest.mark.parametrize('value', ['123.456.789-09', '12345678909'])\ndef test_cpf_documented_example_is_valid(value):\n    assert cpf.is_valid(value)\n\n"
        "@pytest.mark.parametrize('value', ['111.111.111-11', '000.000.000-00', '123.456.789-00'])\ndef test_cpf_rejects(value):\n    assert not cpf.is_valid(value)\n\n"
        "def test_curp_wikipedia_example():\n    assert curp.is_valid('BADD110313HCMLNS09')\n\ndef test_rfc_sat_example():\n    assert rfc.is_valid('GODE561231GR8')\n\n"
        "def test_cn_ric_gb11643_example():\n    assert cn_ric.is_valid('11010519491231002X')\n\ndef test_nric_sample():\n    assert nric.is_valid('S1234567D')\n\n"
        "def test_email_fixture():\n    assert normalise(' Test@Example.com ') == 'test@example.com'\n```\n")
    say("n_openapi_customer_api_examples", next(k), "Review this spec:\n\n" + "\n".join([
        "openapi: 3.1.0", "info: {title: Customers API, version: 2.3.0}", "components:", "  schemas:", "    Customer:", "      type: object", "      properties:",
        "        cpf: {type: string, pattern: '^\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}$', example: '123.456.789-09'}", "        email: {type: string, format: email, example: maria.silva@example.com}",
        "        celular: {type: string, example: '+55 11 90000-0000'}", "        curp: {type: string, example: BADD110313HCMLNS09}"] + [
        "  /v2/customers/{id}/%s:\n    get:\n      operationId: get%s\n      responses: {'200': {description: OK}}" % (rs(6, LO), rs(6, LO).title()) for _ in range(60)]))
    say("n_conf_lowercase_prose_es_pt", next(k), "Resume las notas de la reunión:\n\n- la información del piloto es confidencial hasta el anúncio, por favor no compartir\n- o relatório é de uso interno, "
        "mas pode ir para o parceiro depois da revisão jurídica\n- el dashboard interno sólo muestra agregados\n" + rep(40, lambda i: "- tarea %d: %s" % (i, R.choice(["migrar dag", "revisar métricas", "documentar tabla", "ajustar alerta"]))))
    say("n_device_telemetry_imei_ad_ids", next(k), "Which devices crash most?\n\n" + N.csv(["imei", "gaid", "model", "os", "app_version", "crashes"], [
        [imei(), ruuid(), R.choice(["SM-A546E", "moto g54", "Redmi Note 13", "iPhone15,2"]), R.choice(["Android 14", "Android 13", "iOS 17.5"]), "3.%d.%d" % (R.randint(0, 20), R.randint(0, 9)), R.randint(0, 40)] for _ in range(300)]))
    say("n_ios_crash_report_addresses", next(k), "Symbolicate mentally, where is the crash?\n\nIncident Identifier: %s\nHardware Model: iPhone15,2\nCode Type: ARM-64\n\nThread 0 Crashed:\n" % ruuid().upper() + rep(
        40, lambda i: "%-3d %-28s 0x%016x 0x%x + %d" % (i, R.choice(["Wallet", "libswiftCore.dylib", "UIKitCore", "CoreFoundation"]), R.randint(2 ** 32, 2 ** 36), R.randint(2 ** 32, 2 ** 36), R.randint(0, 99999)))
        + "\n\nBinary Images:\n" + rep(120, lambda i: "0x%x - 0x%x %s arm64 <%s> /usr/lib/%s.dylib" % (R.randint(2 ** 32, 2 ** 36), R.randint(2 ** 32, 2 ** 36), rs(8, LO), hexs(32), rs(8, LO))))
    say("n_vendor_docs_example_keys", next(k), "Explain this snippet from the docs:\n\n```bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
        "aws s3 cp s3://acme-lake/sample/ . --recursive\n```\nand the Snowflake one: `snowsql -a <account> -u <user>` then enter your password when prompted; kaggle.json goes to ~/.kaggle with `chmod 600`.\n")
    say("n_kpi_table_order_ids", next(k), "Which week had the best conversion?\n\n" + N.csv(["week", "order_id", "invoice_no", "gmv_brl", "conv_pct"], [
        ["2025-W%02d" % R.randint(1, 47), str(R.randint(10 ** 15, 10 ** 16 - 1)), "NF-e %s" % rs(44, DIG), "%.2f" % (R.random() * 10 ** 5), "%.2f" % (R.random() * 5)] for _ in range(250)]))
    say("n_geo_ibge_codes_ceps", next(k), "Plote estes pontos por município:\n\n" + N.csv(["cod_ibge", "municipio", "cep", "lat", "lon"], [
        [str(R.randint(1100015, 5300108)), rs(8, LO).title(), "%05d-%03d" % (R.randint(1000, 99999), R.randint(0, 999)), "%.6f" % (-R.random() * 30), "%.6f" % (-35 - R.random() * 30)] for _ in range(400)]))
    say("n_snowflake_query_history_ids", next(k), "Which queries spilled to remote storage?\n\n" + N.csv(["query_id", "warehouse", "bytes_spilled_remote", "elapsed_ms", "query_hash"], [
        [ruuid(), R.choice(["ETL_WH", "ANALYTICS_WH", "BI_WH"]), R.randint(0, 10 ** 10), R.randint(10, 10 ** 6), hexs(32)] for _ in range(350)]))
    say("n_data_dictionary_pii_columns", next(k), "Complete the descriptions:\n\n" + N.csv(["column", "type", "pii", "format", "example"], [
        ["cpf", "varchar(14)", "yes", "000.000.000-00", "(masked)"], ["email", "varchar", "yes", "RFC 5322", "nome@example.com"], ["celular", "varchar", "yes", "+55 DDD 9XXXX-XXXX", "(masked)"],
        ["curp", "char(18)", "yes", "AAAA000000HAAAAA00", "(masked)"], ["aadhaar", "char(12)", "yes", "XXXX XXXX 1234", "(masked)"]] + [
        [rs(9, LO), R.choice(["int", "varchar", "date", "numeric(12,2)"]), "no", "-", "-"] for _ in range(120)]))
    say("n_ab_test_results_pvalues", next(k), "Interpret these results:\n\n" + N.csv(["experiment", "variant", "users", "conv", "p_value", "ci_low", "ci_high"], [
        ["exp_%s" % rs(6, LO), R.choice(["control", "treatment"]), R.randint(1000, 10 ** 6), "%.10f" % R.random(), "%.12f" % (R.random() / 10), "%.8f" % R.random(), "%.8f" % R.random()] for _ in range(300)]))
    say("n_retail_gtin_catalog_es", next(k), "Normaliza las categorías:\n\n" + N.csv(["gtin", "sku", "descripcion", "precio_mxn"], [
        [gtin(), "MX-%06d" % R.randint(0, 999999), "%s %s" % (R.choice(["Tenis", "Playera", "Sudadera", "Gorra"]), rs(5, LO)), "%.2f" % (R.random() * 2000)] for _ in range(400)]))
