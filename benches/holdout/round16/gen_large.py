"""Large bodies (200-400 KB): one long platform-engineering session with a needle (an ingress TLS private key inline in
a Helm values override), and three large hard negatives (a long Terraform refactoring with plans full of (sensitive
value), a long firmware port session, a long multilingual support-tooling session)."""
from gen_common import key, K
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    pem = key("ingress_tls.key").strip()
    ind = "\n".join("      " + l for l in pem.splitlines())
    vals = "ingress:\n  enabled: true\n  hosts: [grafana.lager-nord.de]\n  tls:\n    - secretName: grafana-tls\n      key: |\n%s\n      crt: ./certs/grafana.crt\n" % ind
    steps = [("u", "Consolidate the platform Helm releases into one helmfile; read the current charts first")] + V.pad("bigh-a", 9, 15000)
    steps += [("t", "bash", "cat environments/prod/values-grafana.yaml", vals), ("a", "The TLS key is inline in the values; move it to a Secret managed by cert-manager.")]
    steps += V.pad("bigh-b", 9, 15000) + [("u", "Continue with the loki and tempo releases.")]
    emit("p_large_helmfile_session_ingress_tls_key", SH.cc, steps, [(K, "ingress TLS private key inline in Helm values (indented block)", ind.lstrip())])

    plan = "\n".join("  # module.site[%d].aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n      ~ password = (sensitive value)\n    }" % i for i in range(30))
    steps = [("u", "Refactor the sites module to for_each; show me the plans as we go")] + V.pad("bigtf-a", 9, 15000)
    steps += [("t", "bash", "terraform plan -no-color | grep -A3 aws_db_instance", plan)] + V.pad("bigtf-b", 8, 15000)
    emit("n_large_terraform_for_each_refactor", SH.oai_chat, steps)

    steps = [("u", "Port the cold-room sensor firmware from ESP-IDF 4.4 to 5.3")] + V.pad_code("bigfw-a", 10, 15000)
    steps += [("t", "bash", "xxd -l 1024 build/kuehl-sensor.bin", V.hexdump(V.fw_image(1024)))] + V.pad_code("bigfw-b", 8, 15000)
    emit("n_large_firmware_idf_port", SH.gemini, steps)

    steps = [("u", "Add Hindi, Indonesian, Japanese, Korean and Arabic to the support macros service")] + V.pad("bigsup-a", 9, 15000)
    steps += [("t", "read", "macros/id.yml", "greeting: \"Halo {{customer.first_name}}, terima kasih sudah menghubungi kami.\"\ncallback: \"Kami akan menelepon {{customer.phone}}.\"\n")]
    steps += V.pad("bigsup-b", 8, 15000)
    emit("n_large_support_macros_i18n", SH.converse, steps)
