"""Theme 3 (positives): systems programming - JWT signing secrets in C, Go and Rust, a Sentry auth token and a Datadog
API key in a crash-reporting daemon's deployment, a PagerDuty routing key, GitHub / GitLab tokens in a kernel-module
project's CI, embedded device provisioning (Azure IoT Hub device key, a Tailscale auth key, a device RSA key, per-device
PSKs in a factory CSV)."""
from gen_common import R, rs, hexs, key, S, K, P, V7, r3
from gen_sess import emit
import gen_vals as V


def build():
    sh = iter(range(21, 200))
    pad = V.pad

    # 1 C: libjwt secret in an embedded web server
    cs = V.secret(32, V.AL)
    c = ("#include <jwt.h>\n#include <string.h>\n#include \"httpd.h\"\n\n/* HS256 key shared with the cloud bridge (see provisioning/README) */\n"
         "static const char jwt_secret[] = \"%s\";\n\nint issue_token(const char *user, char *out, size_t outlen)\n{\n    jwt_t *jwt = NULL;\n"
         "    if (jwt_new(&jwt))\n        return -1;\n    jwt_add_grant(jwt, \"sub\", user);\n    jwt_add_grant_int(jwt, \"exp\", time(NULL) + 3600);\n"
         "    jwt_set_alg(jwt, JWT_ALG_HS256, (const unsigned char *)jwt_secret, strlen(jwt_secret));\n    char *tok = jwt_encode_str(jwt);\n"
         "    strncpy(out, tok, outlen - 1);\n    jwt_free_str(tok);\n    jwt_free(jwt);\n    return 0;\n}\n" % cs)
    emit("p_c_libjwt_hs256_secret", next(sh), [("u", "Tokens from the device web UI are rejected by the cloud bridge after the firmware bump"),
         ("t", "read", "firmware/httpd/auth_token.c", c), ("a", "exp is set from time(NULL), and the RTC is unset at boot, so tokens look expired; wait for NTP sync before issuing.")] + pad("cjwt", 2),
         [(S, "JWT HS256 signing secret in C source", cs)])

    # 2 Go: jwt signing key
    gs = V.secret(40, V.AL + "-_")
    go = ("package auth\n\nimport (\n\t\"time\"\n\n\t\"github.com/golang-jwt/jwt/v5\"\n)\n\nvar signingKey = []byte(\"%s\")\n\n"
          "func Issue(node string) (string, error) {\n\tt := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{\n\t\tSubject:   node,\n"
          "\t\tExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)),\n\t})\n\treturn t.SignedString(signingKey)\n}\n" % gs)
    emit("p_go_jwt_signing_key_var", next(sh), [("u", "Add key rotation to the node auth package"), ("t", "read", "internal/auth/token.go", go),
         ("a", "Introduce a keyring with a kid header; the current hard-coded key becomes the first entry loaded from the environment.")] + pad("gojwt", 2),
         [(S, "JWT signing key in Go source", gs)])

    # 3 Rust: const JWT secret
    rsx = V.secret(36, V.AL)
    rust = ("use jsonwebtoken::{encode, EncodingKey, Header};\nuse serde::Serialize;\n\nconst JWT_SECRET: &[u8] = b\"%s\";\n\n#[derive(Serialize)]\n"
            "struct Claims<'a> {\n    sub: &'a str,\n    exp: usize,\n}\n\npub fn mint(sub: &str, exp: usize) -> anyhow::Result<String> {\n"
            "    Ok(encode(&Header::default(), &Claims { sub, exp }, &EncodingKey::from_secret(JWT_SECRET))?)\n}\n" % rsx)
    emit("p_rust_const_jwt_secret", next(sh), [("u", "clippy complains about this module, clean it up"), ("t", "read", "crates/agentd/src/token.rs", rust),
         ("t", "bash", "cargo clippy -p agentd 2>&1 | tail -4", "warning: this function could have a `#[must_use]` attribute\n  --> crates/agentd/src/token.rs:13:1\n\nwarning: `agentd` (lib) generated 1 warning")] + pad("rsjwt", 2),
         [(S, "JWT secret (Rust byte string const)", rsx)])

    # 4 sentry-cli auth token for symbol upload + Datadog API key in a systemd unit
    st, dd = V7.sentry_user(), hexs(32)
    unit = ("[Unit]\nDescription=crashd - minidump collector\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/local/bin/crashd --spool /var/spool/crashd\n"
            "Environment=DD_API_KEY=%s\nEnvironment=DD_SITE=datadoghq.eu\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n" % dd)
    mk = ("upload-symbols:\n\tsentry-cli --auth-token %s debug-files upload --org halden --project crashd build/symbols/\n" % st)
    emit("p_crashd_sentry_token_datadog_key", next(sh), [("u", "Symbol upload works locally but crashd metrics never show up in Datadog"),
         ("t", "bash", "systemctl cat crashd", "# /etc/systemd/system/crashd.service\n" + unit), ("t", "bash", "grep -A1 upload-symbols Makefile", mk),
         ("a", "DD_SITE is datadoghq.eu but the key belongs to the US1 org; metrics are rejected with 403.")] + pad("crash", 2),
         [(S, "Datadog API key (systemd Environment)", dd), (S, "Sentry user auth token", st)])

    # 5 PagerDuty routing key in an alerting daemon config
    pdk = hexs(32)
    y = ("receivers:\n  - name: storage-oncall\n    pagerduty_configs:\n      - routing_key: %s\n        severity: critical\n        send_resolved: true\n"
         "route:\n  receiver: storage-oncall\n  group_by: [alertname, cluster]\n  repeat_interval: 4h\n" % pdk)
    emit("p_alertmanager_pagerduty_routing_key", next(sh), [("u", "We got paged 30 times for one disk; fix grouping"), ("t", "read", "deploy/alertmanager/alertmanager.yml", y)] + pad("pd1", 2),
         [(S, "PagerDuty Events v2 routing key", pdk)])

    # 6 GitHub PAT and GitLab PAT in a kernel module project's CI
    ghp, glp = r3.gh("ghp_"), V7.gitlab_pat()
    wf = ("name: dkms-build\non: [push]\njobs:\n  build:\n    runs-on: [self-hosted, kernel]\n    env:\n      GH_TOKEN: %s\n    steps:\n      - uses: actions/checkout@v4\n"
          "      - run: make -C /lib/modules/$(uname -r)/build M=$PWD modules\n      - run: gh release upload nightly hx_can.ko --clobber\n" % ghp)
    gl = ("mirror:\n  stage: deploy\n  script:\n    - git push --mirror https://oauth2:%s@gitlab.halden-embedded.io/drivers/hx-can.git\n  only: [main]\n" % glp)
    emit("p_kernel_module_ci_github_gitlab_tokens", next(sh), [("u", "The nightly .ko upload and the GitLab mirror both broke after I moved CI to the new runner"),
         ("t", "read", ".github/workflows/dkms.yml", wf), ("t", "bash", "cat .gitlab-ci.yml", gl)] + pad("kmod", 2),
         [(S, "GitHub personal access token (classic)", ghp), (S, "GitLab personal access token", glp)])

    # 7 Azure IoT Hub device connection string in a firmware header
    ak = V.b64key(32)
    h = ("#pragma once\n/* generated by provision.py for hx-gw-000417 - do not edit */\n#define HX_DEVICE_ID \"hx-gw-000417\"\n"
         "#define HX_IOTHUB_CONN \"HostName=halden-prod-hub.azure-devices.net;DeviceId=hx-gw-000417;SharedAccessKey=%s\"\n#define HX_MQTT_KEEPALIVE 240\n" % ak)
    emit("p_firmware_header_azure_iot_device_key", next(sh), [("u", "MQTT connects then drops every 4 minutes on the gateway"), ("t", "read", "firmware/include/device_config.h", h)] + pad("iot1", 2),
         [(S, "Azure IoT Hub device SharedAccessKey", ak)])

    # 8 provisioning script: Tailscale auth key + device RSA key printed by the script
    ts, dk = V7.tailscale(), key("iot_device.key").strip()
    sc = "#!/bin/sh\n# factory provisioning, station 3\ntailscale up --authkey=%s --hostname=\"hx-gw-$(cat /etc/serial)\" --advertise-tags=tag:gateway\n" % ts
    emit("p_factory_provisioning_tailscale_device_key", next(sh), [("u", "Provisioning station 3 leaves gateways without the device key, debug the script"),
         ("t", "bash", "cat provisioning/station3.sh", sc), ("t", "bash", "ssh root@hx-gw-000417 cat /etc/hx/device.key", dk + "\n"),
         ("a", "The key is there; the script runs tailscale up before the key copy finishes, so the cloud agent starts without it.")] + pad("prov", 2),
         [(S, "Tailscale auth key", ts), (K, "device RSA private key", dk)])

    # 9 factory CSV of per-device PSKs (DTLS) - key column labelled
    rows, labs = [], []
    for i in range(6):
        k = hexs(32)
        rows.append("hx-sn-%06d,%s,2025-11-%02d,station%d" % (4100 + i, k, 10 + i, 1 + i % 3))
        labs.append((S, "per-device DTLS PSK (factory CSV)", k))
    csvt = "serial,dtls_psk_hex,provisioned,station\n" + "\n".join(rows) + "\n"
    emit("p_factory_csv_device_psks", next(sh), [("u", "Dedupe this factory export, some serials appear twice"), ("t", "bash", "head -7 exports/factory-2025-11.csv", csvt)] + pad("csv", 2), labs)
