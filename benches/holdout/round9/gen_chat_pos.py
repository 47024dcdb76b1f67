"""Theme 3 (positives): analysts' chat pastes - CSV / TSV exports and DataFrame prints with customers from Brazil, Mexico,
Chile, Argentina, Colombia, Singapore, Indonesia, China; support tickets in Portuguese, Spanish, Japanese, Korean and
Chinese; a Mexican CFDI for a person; confidentiality banners on data-governance documents (also translated)."""
from gen_common import R, rs, hexs, ruuid, add, S, P, C, R4, r3
import gen_shapes as SH
import gen_nb as N
import gen_vals as V

KINDS = ["anth", "oai", "resp", "gem", "conv", "brc", "llama", "titan", "cohere", "mistral", "parts"]
GUIDE = ("\n\n---\nData team notes pinned in this workspace: answer in the language of the question; cite table names as "
         "schema.table; for pandas prefer vectorised code over apply; for SQL target Snowflake unless BigQuery is named; keep "
         "personal data out of examples and use the anonymised sample tables (sample_*) when showing output; dates ISO 8601; "
         "amounts with two decimals and the currency code (BRL, MXN, CLP, ARS, COP, INR, JPY, KRW, CNY, SGD, IDR); round "
         "percentages to one decimal; when a metric definition is ambiguous, ask which one the dashboard uses (gross or net "
         "revenue, first-touch or last-touch attribution, calendar or ISO week).  Charts: "
         "matplotlib or plotly only, axis labels with units, no 3D charts, colour-blind safe palettes (viridis, cividis); for maps use "
         "the IBGE / INEGI / census boundaries already in the warehouse.  Reviews: every notebook that feeds a dashboard needs a second "
         "reviewer and a row-count reconciliation against the source table before it is scheduled.\n")


def say(name, kind, text, labels=()):
    if len(text) < 1400:
        text += GUIDE
    add(name, SH.chat(text, kind), labels)


def build():
    k = iter(KINDS * 4)

    # CSV export, Brazil (CPF, e-mail, celular); the store's CNPJ in the header is a company id (not labelled)
    rows, labs = [], []
    for i in range(4):
        f, l, n = V.person("BR")
        c, e, m = V.cpf(), V.mail("BR", f, l), V.mob("BR", "nat")
        rows.append([n, c, e, m, "%d,%02d" % (R.randint(50, 3000), R.randint(0, 99))])
        labs += [(P, "BR CPF in CSV", c), (P, "email in CSV", e), (P, "BR mobile in CSV", m)]
    say("p_csv_clientes_br_cpf", next(k), "Exportação da loja %s (CNPJ %s). Por que a soma de valor_total não bate com o relatório?\n\n" % ("Acme Calçados", V.cnpj())
        + N.csv(["nome", "cpf", "email", "celular", "valor_total"], rows, ";"), labs)

    # TSV, Mexico (CURP, correo, celular)
    rows, labs = [], []
    for i in range(3):
        f, l, n = V.person("MX")
        c, e, m = R4.mx_curp(), V.mail("MX", f, l), V.mob("MX", "nat")
        rows.append([n, c, e, m, R.choice(["CDMX", "Jalisco", "Nuevo León"])])
        labs += [(P, "MX CURP in TSV", c), (P, "email in TSV", e), (P, "MX mobile in TSV", m)]
    say("p_tsv_afiliados_mx_curp", next(k), "Deduplica estos afiliados, hay CURP repetidos?\n\n" + N.csv(["nombre", "curp", "correo", "celular", "estado"], rows, "\t"), labs)

    # Chile + Argentina: RUT and CUIL in a df print
    labs, rows = [], []
    for cc in ("CL", "CL", "AR", "AR"):
        f, l, n = V.person(cc)
        i_ = r3.rut() if cc == "CL" else R4.ar_cuil()
        if cc == "AR":
            i_ = "%s-%s-%s" % (i_[:2], i_[2:10], i_[10:])
        m = V.mob(cc, "intl")
        rows.append([n, cc, i_, m])
        labs += [(P, ("CL RUT" if cc == "CL" else "AR CUIL") + " in df print", i_), (P, "%s mobile in df print" % cc, m)]
    say("p_df_print_cl_rut_ar_cuil", next(k), "Why does my merge on tax_id drop these rows?\n\n>>> bad.head()\n" + N.df_text(["nombre", "pais", "tax_id", "telefono"], rows), labs)

    # Colombia: support ticket in Spanish
    f, l, n = V.person("CO")
    e, m = V.mail("CO", f, l), V.mob("CO", "nat")
    say("p_ticket_es_co_cliente", next(k), "Redacta una respuesta amable:\n\nTicket #CO-%d\nCliente: %s\nCorreo: %s\nCelular: %s\nMensaje: Hola, me cobraron dos veces el pedido "
        "%d y quiero el reembolso a mi tarjeta. Pueden llamarme en la tarde.\n" % (R.randint(10000, 99999), n, e, m, R.randint(100000, 999999)),
        [(P, "email in ticket", e), (P, "CO mobile in ticket", m)])

    # Brazil: ticket in Portuguese with CPF and WhatsApp
    f, l, n = V.person("BR")
    c, e, m = V.cpf(), V.mail("BR", f, l), V.mob("BR", "intl")
    say("p_ticket_pt_br_cpf_whatsapp", next(k), "Classifique este chamado e sugira resposta:\n\nProtocolo %d\nDe: %s <%s>\nAssunto: estorno não caiu\n\nOlá, sou %s, CPF %s. "
        "Cancelei a assinatura dia 03/11 e o estorno ainda não apareceu na fatura. Meu WhatsApp é %s, podem me chamar lá.\n" % (R.randint(10 ** 9, 10 ** 10), n, e, n, c, m),
        [(P, "BR CPF in ticket", c), (P, "email in ticket", e), (P, "BR mobile (WhatsApp) in ticket", m)])

    # Japan: ticket with My Number, mobile, e-mail
    mn = R4.jp_mynumber()
    mn_s = "%s %s %s" % (mn[:4], mn[4:8], mn[8:])
    e, m = V.mail("JP", *V.person("JP")[:2]), V.mob("JP", "nat")
    say("p_ticket_ja_mynumber", next(k), "この問い合わせへの返信を書いてください。\n\n件名: 源泉徴収票の再発行\nお客様: 佐藤 結衣 様\nメール: %s\n携帯: %s\n本文: 年末調整のため、"
        "マイナンバー %s で登録されている源泉徴収票を再発行してください。\n" % (e, m, mn_s), [(P, "JP My Number in ticket", mn_s), (P, "email in ticket", e), (P, "JP mobile in ticket", m)])

    # Korea: ticket with RRN
    rrn = R4.kr_rrn()
    e, m = V.mail("KR", *V.person("KR")[:2]), V.mob("KR", "nat")
    say("p_ticket_ko_rrn", next(k), "다음 문의에 대한 답변 초안을 작성해 주세요.\n\n고객명: 김서연\n이메일: %s\n휴대폰: %s\n주민등록번호: %s\n내용: 본인인증이 계속 실패합니다. "
        "통신사 정보를 다시 확인해 주세요.\n" % (e, m, rrn), [(P, "KR RRN in ticket", rrn), (P, "email in ticket", e), (P, "KR mobile in ticket", m)])

    # China: ticket with resident id
    cid = r3.cn_id()
    e, m = V.mail("CN", *V.person("CN")[:2]), V.mob("CN", "nat")
    say("p_ticket_zh_resident_id", next(k), "请帮我回复这位用户：\n\n工单号：ZX%d\n用户：王芳\n邮箱：%s\n手机：%s\n身份证号：%s\n问题：实名认证一直提示信息不一致，请人工审核。\n" % (
        R.randint(10 ** 7, 10 ** 8), e, m, cid), [(P, "CN resident id in ticket", cid), (P, "email in ticket", e), (P, "CN mobile in ticket", m)])

    # Singapore: df.head() with NRIC and mobile
    rows, labs = [], []
    for i in range(3):
        f, l, n = V.person("SG")
        nr, m = V.sg_nric(), V.mob("SG", "intl")
        rows.append([n, nr, m, R.choice(["Tampines", "Jurong West", "Bishan"])])
        labs += [(P, "SG NRIC in df.head", nr), (P, "SG mobile in df.head", m)]
    say("p_df_head_sg_nric", next(k), "Pandas: how do I mask the nric column before sharing?\n\n>>> members.head(3)\n" + N.df_text(["name", "nric", "mobile", "town"], rows), labs)

    # Indonesia: df with NIK
    rows, labs = [], []
    for i in range(3):
        f, l, n = V.person("ID")
        nk, m = V.id_nik(), V.mob("ID", "nat")
        rows.append([n, nk, m, R.choice(["Jakarta Selatan", "Bandung", "Surabaya"])])
        labs += [(P, "ID NIK in df print", nk), (P, "ID mobile in df print", m)]
    say("p_df_id_nik_ktp", next(k), "Kenapa kolom NIK terbaca sebagai float? Ini outputnya:\n\n" + N.df_text(["nama", "nik", "no_hp", "kota"], rows) + "\n\nDtype: nik float64", labs)

    # Mexico: CFDI to a person (receptor RFC is personal; emisor is a company)
    rfc, cur = V.mx_rfc_person(), R4.mx_curp()
    say("p_cfdi_receptor_persona_rfc", next(k), "Extrae los campos en JSON:\n\n<cfdi:Comprobante Version=\"4.0\" Serie=\"A\" Folio=\"%d\" Fecha=\"2025-11-18T10:22:31\" Moneda=\"MXN\" Total=\"%d.00\">\n"
        "  <cfdi:Emisor Rfc=\"%s\" Nombre=\"ACME DIGITAL\" RegimenFiscal=\"601\"/>\n  <cfdi:Receptor Rfc=\"%s\" Nombre=\"JORGE RAMIREZ FLORES\" DomicilioFiscalReceptor=\"06700\" "
        "RegimenFiscalReceptor=\"612\" UsoCFDI=\"G03\"/>\n  <!-- CURP del receptor (expediente): %s -->\n  <tfd:TimbreFiscalDigital UUID=\"%s\" SelloSAT=\"%s\"/>\n</cfdi:Comprobante>\n" % (
            R.randint(1000, 9999), R.randint(500, 90000), V.mx_rfc_company(), rfc, cur, ruuid().upper(), r3.b64(r3.rb(96))), [(P, "MX RFC (persona fisica) receptor", rfc), (P, "MX CURP in CFDI comment", cur)])

    # confidentiality markers on data-governance documents
    say("p_conf_dataset_datasheet_banner", next(k), "Summarise this datasheet for the model card:\n\nCONFIDENTIAL\nDataset datasheet: payments-fraud-labels v5\nOwner: Risk Data Science\n\n"
        + "\n".join("- field %s: %s, null rate %.1f%%" % (rs(8, "abcdefghijklmnopqrstuvwxyz_"), R.choice(["int64", "string", "timestamp", "bool"]), R.random() * 9) for _ in range(40))
        + "\n\nCONFIDENTIAL - do not share outside Risk\n", [(C, "banner CONFIDENTIAL", "CONFIDENTIAL")])
    say("p_conf_model_eval_internal_only", next(k), "Turn this into slides:\n\nINTERNAL ONLY\nCredit PD model v7 - validation report\n\n" + "\n".join(
        "| segment %d | AUC %.3f | KS %.3f | PSI %.3f |" % (i, .7 + R.random() * .2, .3 + R.random() * .2, R.random() * .2) for i in range(30)), [(C, "INTERNAL ONLY header", "INTERNAL ONLY")])
    say("p_conf_pt_dpia_confidencial", next(k), "Revise o texto deste RIPD:\n\nCONFIDENCIAL\nRelatório de Impacto à Proteção de Dados Pessoais - Programa de fidelidade\n\n1. Dados tratados: "
        "nome, CPF, e-mail, celular, histórico de compras.\n2. Base legal: execução de contrato (art. 7º, V, LGPD).\n3. Retenção: 5 anos após o encerramento.\n",
        [(C, "Portuguese CONFIDENCIAL banner", "CONFIDENCIAL")])
    say("p_conf_ja_shagaihi_banner", next(k), "次の資料を英語に要約してください。\n\n【社外秘】\n顧客データ分析基盤 移行計画書 v2.1\n\n1. 背景\nオンプレミスのHadoopクラスタを2026年3月までにSnowflakeへ移行する。\n"
        "2. 対象データ\n会員マスタ、購買履歴、ポイント履歴。\n3. リスク\n移行期間中の二重管理。\n", [(C, "Japanese 社外秘 banner", "社外秘")])
    say("p_conf_ko_daeoebi_banner", next(k), "다음 문서를 요약해 주세요.\n\n[대외비]\n고객 이탈 예측 모델 운영 계획\n\n1. 목적: 해지 가능성이 높은 고객을 사전에 식별\n2. 데이터: 가입 정보, 이용 로그, 상담 이력\n"
        "3. 일정: 2026년 1분기 배포\n", [(C, "Korean 대외비 banner", "대외비")])
    say("p_conf_es_clasificacion_confidencial", next(k), "Traduce al inglés este encabezado y el resumen:\n\nCLASIFICACIÓN: CONFIDENCIAL\nInforme de calidad de datos - Cartera de créditos Q3\n\n"
        "Se detectaron 1.284 registros con fecha de desembolso posterior a la fecha de corte y 312 clientes sin segmento asignado.\n", [(C, "Spanish CONFIDENCIAL classification", "CONFIDENCIAL")])
    say("p_conf_zh_jimi_banner", next(k), "请把这份文档翻译成英文摘要：\n\n【机密】\n用户画像平台数据接入规范 v1.3\n\n一、接入范围：会员、订单、客服工单。\n二、字段脱敏：手机号保留后四位，身份证号仅保留出生年份。\n"
        "三、审批：新增字段需数据安全委员会审批。\n", [(C, "Chinese 机密 banner", "机密")])
    say("p_conf_proprietary_footer_arch_doc", next(k), "Tighten the wording of this design doc:\n\nRanking service v3 - feature store design\n\n" + "\n".join(
        "%d. %s features are materialised every %d minutes from the %s stream into the online store." % (i + 1, rs(7, "abcdefghijklmnopqrstuvwxyz").title(), R.choice([5, 15, 60]),
                                                                                                R.choice(["orders", "clicks", "sessions"])) for i in range(25))
        + "\n\nAcme Pagamentos S.A. - PROPRIETARY AND CONFIDENTIAL - page 4 of 12\n", [(C, "PROPRIETARY AND CONFIDENTIAL footer", "PROPRIETARY AND CONFIDENTIAL")])
