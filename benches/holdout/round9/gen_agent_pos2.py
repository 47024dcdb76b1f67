"""Theme 2 (positives): mobile engineering (Android signing, App Store Connect .p8, Fastlane, Expo / EAS, Sentry, Firebase
Admin SDK) and notebooks whose outputs print customer personal data (Brazil, India, Mexico, Korea)."""
import json

from gen_common import R, rs, hexs, ruuid, key, slack_webhook, sentry_org, S, P, K, V7, R4, r3
from gen_sess import emit
import gen_nb as N
import gen_vals as V


def build():
    sh = iter(range(3, 200))

    # 1 gradle.properties with upload keystore passwords (+ a Maps key in local.properties: public by design)
    sp, kp, mk = V.dbpw(16), V.dbpw(16), V7.google_api()
    gp = ("org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g\nandroid.useAndroidX=true\nandroid.nonTransitiveRClass=true\nhermesEnabled=true\nnewArchEnabled=true\n"
          "MYAPP_UPLOAD_STORE_FILE=acme-wallet-upload.keystore\nMYAPP_UPLOAD_KEY_ALIAS=upload\nMYAPP_UPLOAD_STORE_PASSWORD=%s\nMYAPP_UPLOAD_KEY_PASSWORD=%s\n" % (sp, kp))
    lp = "## This file must *NOT* be checked into Version Control Systems,\nsdk.dir=/Users/tnakamura/Library/Android/sdk\nMAPS_API_KEY=%s\n" % mk
    emit("p_android_gradle_properties_keystore", next(sh), [("u", "bundleRelease fails with 'Keystore was tampered with, or password was incorrect'"),
         ("t", "read", "android/gradle.properties", gp), ("t", "read", "android/local.properties", lp)] + N.data_reads("agp", 2),
         [(S, "Android upload keystore store password", sp), (S, "Android upload key password", kp)])

    # 2 build.gradle.kts signingConfigs with literal passwords
    s2, k2 = V.dbpw(18), V.dbpw(12)
    kts = ('android {\n    namespace = "com.acme.wallet"\n    signingConfigs {\n        create("release") {\n            storeFile = file("../keystores/release.jks")\n'
           '            storePassword = "%s"\n            keyAlias = "wallet-release"\n            keyPassword = "%s"\n        }\n    }\n    buildTypes {\n        release {\n'
           '            isMinifyEnabled = true\n            signingConfig = signingConfigs.getByName("release")\n        }\n    }\n}\n' % (s2, k2))
    emit("p_build_gradle_kts_signing_passwords", next(sh), [("u", "Move signing to CI, keep local builds working"), ("t", "read", "app/build.gradle.kts", kts)] + N.data_reads("kts", 2),
         [(S, "release keystore storePassword", s2), (S, "release keyPassword", k2)])

    # 3 App Store Connect API key (.p8)
    pem, kid = key("asc_authkey.p8").strip(), rs(10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    emit("p_asc_authkey_p8_cat", next(sh), [("u", "altool says the JWT is malformed, check my key file"), ("t", "bash", "ls ~/.appstoreconnect/private_keys/ && cat ~/.appstoreconnect/private_keys/AuthKey_%s.p8" % kid,
          "AuthKey_%s.p8\n%s" % (kid, pem)), ("a", "The file is a valid PKCS#8 EC key; the issuer id is probably wrong."), ("u", "issuer is %s" % ruuid())] + N.data_reads("asc", 1),
         [(K, "App Store Connect API private key (.p8)", pem)])

    # 4 fastlane .env.default: match password, Apple app-specific password, Slack webhook
    mp, asp, sw = V.dbpw(20), V.apple_asp(), slack_webhook()
    env = ("FASTLANE_USER=ios-release@acme.io\nMATCH_GIT_URL=git@github.com:acme/ios-certificates.git\nMATCH_PASSWORD=%s\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=%s\n"
           "SLACK_URL=%s\nFASTLANE_SKIP_UPDATE_CHECK=1\nFL_OUTPUT_DIR=build\n" % (mp, asp, sw))
    emit("p_fastlane_env_match_asp_slack", next(sh), [("u", "match nuke ran by accident, help me restore"), ("t", "read", "fastlane/.env.default", env)] + N.data_reads("fl", 2),
         [(S, "fastlane MATCH_PASSWORD", mp), (S, "Apple app-specific password", asp), (S, "Slack webhook URL", sw)])

    # 5 EAS: EXPO_TOKEN and SENTRY_AUTH_TOKEN in a CI env dump; the Sentry DSN in app.json is public (not labelled)
    et, st = V.expo_token(), sentry_org()
    dsn = "https://%s@o%d.ingest.us.sentry.io/%d" % (hexs(32), R.randint(100000, 999999), R.randint(1000000, 9999999))
    emit("p_eas_ci_env_expo_sentry_tokens", next(sh), [("u", "The EAS build step can't upload sourcemaps"), ("t", "bash", "env | grep -E 'EXPO|SENTRY|EAS' | sort",
          "EAS_BUILD_PROFILE=production\nEXPO_PUBLIC_SENTRY_DSN=%s\nEXPO_TOKEN=%s\nSENTRY_AUTH_TOKEN=%s\nSENTRY_ORG=acme-mobile\nSENTRY_PROJECT=wallet-app\n" % (dsn, et, st)),
         ("t", "read", "app.json", json.dumps({"expo": {"name": "Acme Wallet", "slug": "acme-wallet", "version": "3.14.0", "plugins": [["@sentry/react-native/expo", {"organization": "acme-mobile", "project": "wallet-app"}]],
                                                "extra": {"sentryDsn": dsn, "eas": {"projectId": ruuid()}}}}, indent=2))] + N.data_reads("eas", 2),
         [(S, "EXPO_TOKEN", et), (S, "Sentry org auth token", st)])

    # 6 ios/sentry.properties with a user auth token
    ut = V7.sentry_user()
    emit("p_ios_sentry_properties_user_token", next(sh), [("u", "Xcode build phase 'Upload Debug Symbols to Sentry' fails"), ("t", "read", "ios/sentry.properties",
          "defaults.url=https://sentry.io/\ndefaults.org=acme-mobile\ndefaults.project=wallet-ios\nauth.token=%s\ncli.executable=../node_modules/@sentry/cli/bin/sentry-cli\n" % ut)]
         + N.data_reads("sp", 2), [(S, "Sentry user auth token in sentry.properties", ut)])

    # 7 Firebase Admin SDK service-account JSON (cat) next to google-services.json (public API key: not labelled)
    pem = key("firebase_sa.pem")
    sa = json.dumps({"type": "service_account", "project_id": "acme-wallet-prod", "private_key_id": hexs(40), "private_key": pem,
                     "client_email": "firebase-adminsdk-%s@acme-wallet-prod.iam.gserviceaccount.com" % rs(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                     "client_id": str(R.randint(10 ** 20, 10 ** 21 - 1)), "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}, indent=2)
    gs = json.dumps({"project_info": {"project_number": str(R.randint(10 ** 11, 10 ** 12 - 1)), "project_id": "acme-wallet-prod", "storage_bucket": "acme-wallet-prod.appspot.com"},
                     "client": [{"client_info": {"mobilesdk_app_id": "1:%d:android:%s" % (R.randint(10 ** 11, 10 ** 12 - 1), hexs(16)), "android_client_info": {"package_name": "com.acme.wallet"}},
                                 "api_key": [{"current_key": V7.google_api()}], "services": {"appinvite_service": {"other_platform_oauth_client": []}}}], "configuration_version": "1"}, indent=2)
    emit("p_firebase_admin_sa_json_cat", next(sh), [("u", "Push notifications from the backend return 'invalid_grant'"), ("t", "bash", "cat backend/firebase-adminsdk.json", sa),
         ("t", "read", "android/app/google-services.json", gs)] + N.data_reads("fb", 1), [("private_key|secret", "Firebase Admin SDK private key (JSON-escaped PEM)", V.pem_inline(pem).rstrip("\\n"))])

    # 8 dbt BigQuery profile with an inline keyfile_json private key
    pem = key("bq_sa.pem")
    prof = ("bq_marts:\n  target: prod\n  outputs:\n    prod:\n      type: bigquery\n      method: service-account-json\n      project: acme-analytics-prod\n      dataset: marts\n"
            "      threads: 8\n      keyfile_json:\n        type: service_account\n        project_id: acme-analytics-prod\n        private_key_id: %s\n        private_key: \"%s\"\n"
            "        client_email: dbt-runner@acme-analytics-prod.iam.gserviceaccount.com\n        client_id: \"%d\"\n        token_uri: https://oauth2.googleapis.com/token\n"
            % (hexs(40), V.pem_inline(pem), R.randint(10 ** 20, 10 ** 21 - 1)))
    emit("p_dbt_bigquery_keyfile_json_inline", next(sh), [("u", "dbt run on BigQuery: 'Could not deserialize key data'"), ("t", "bash", "cat profiles/profiles.yml", prof)] + N.data_reads("bqk", 2),
         [("private_key|secret", "BigQuery SA private key inline in profiles.yml (escaped PEM)", V.pem_inline(pem).rstrip("\\n"))])

    # 9 notebook: Brazilian customers df.head() printed (text/plain and text/html)
    rows, labs = [], []
    for i in range(4):
        f, l, n = V.person("BR")
        c, e, m = V.cpf(), V.mail("BR", f, l), V.mob("BR", "nat")
        rows.append([n, c, e, m, R.choice(["São Paulo", "Recife", "Curitiba", "Belo Horizonte"]), R.randint(0, 40)])
        labs += [(P, "BR CPF in df.head", c), (P, "email in df.head", e), (P, "BR mobile in df.head", m)]
    nb = N.notebook([N.code("df = pd.read_parquet('s3://acme-lake/crm/clientes/dt=2025-11-19/')\ndf.head(4)", [N.df_out(["nome", "cpf", "email", "celular", "cidade", "pedidos_90d"], rows)]),
                     N.code("df['pedidos_90d'].hist(bins=40)", [N.image()])])
    emit("p_nb_br_clientes_df_head", next(sh), [("u", "Build an RFM segmentation on top of this notebook"), ("t", "read", "notebooks/rfm_clientes.ipynb", nb)] + N.data_reads("rfm", 1), labs)

    # 10 notebook: Indian loan applicants scoring output (Aadhaar, PAN, mobile)
    rows, labs = [], []
    for i in range(3):
        f, l, n = V.person("IN")
        a, p, m = V.aadhaar(), R4.in_pan(), V.mob("IN", "e164")
        rows.append([ruuid()[:8], n, a, p, m, round(R.random(), 4)])
        labs += [(P, "IN Aadhaar in scoring output", a), (P, "IN PAN in scoring output", p), (P, "IN mobile in scoring output", m)]
    nb = N.notebook([N.code("scored = model.predict_proba(X_holdout)[:, 1]\nout = applicants.assign(pd_score=scored).sort_values('pd_score', ascending=False)\nout.head(3)",
                            [N.df_out(["app_id", "name", "aadhaar", "pan", "mobile", "pd_score"], rows)]), N.code("RocCurveDisplay.from_predictions(y, scored)", [N.image(480, 480, 2)])])
    emit("p_nb_in_loan_scoring_aadhaar_pan", next(sh), [("u", "Why are the top scores all from one branch?"), ("t", "read", "credit/pd_model_v7.ipynb", nb)] + N.data_reads("pd", 2), labs)

    # 11 notebook: Mexican KYC table (CURP, RFC of persons, mobile) as a stream print
    rows, labs = [], []
    for i in range(3):
        f, l, n = V.person("MX")
        c, r, m = R4.mx_curp(), V.mx_rfc_person(), V.mob("MX", "intl")
        rows.append([n, c, r, m, R.choice(["aprobado", "revisión manual"])])
        labs += [(P, "MX CURP in KYC print", c), (P, "MX RFC (persona fisica) in KYC print", r), (P, "MX mobile in KYC print", m)]
    nb = N.notebook([N.code("print(kyc[['nombre','curp','rfc','celular','estatus']].to_string())", [N.stream(N.df_text(["nombre", "curp", "rfc", "celular", "estatus"], rows) + "\n")])])
    emit("p_nb_mx_kyc_curp_rfc", next(sh), [("u", "Add a CURP/RFC consistency check to this notebook"), ("t", "read", "kyc/validacion_identidad.ipynb", nb)] + N.data_reads("kyc", 2), labs)

    # 12 notebook: Korean members with RRN and mobile, in a failed assertion output
    f, l, n = V.person("KR")
    rrn, m = R4.kr_rrn(), V.mob("KR", "nat")
    nb = N.notebook([N.code("assert members.rrn.str.match(RRN_RE).all()", [{"ename": "AssertionError", "evalue": "bad row: {'name': '%s', 'rrn': '%s', 'phone': '%s'}" % (n, rrn, m),
                                                                            "output_type": "error", "traceback": ["\u001b[0;31mAssertionError\u001b[0m: bad row"]}])])
    emit("p_nb_kr_rrn_assert_error", next(sh), [("u", "The RRN regex rejects a valid-looking row, fix the regex"), ("t", "read", "members/clean_members.ipynb", nb)] + N.data_reads("rrn", 2),
         [(P, "KR RRN in assertion output", rrn), (P, "KR mobile in assertion output", m)])
