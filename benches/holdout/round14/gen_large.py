"""Large bodies (200-400 KB): two long agent sessions with one or two needles (an OLT jump-host OpenSSH key in a long
ISP automation session; a Kandji token and an Entra client secret in a long MDM migration session), and two large
hard negatives (a long fleet-telemetry refactor; a long ITSM knowledge-base tooling session)."""
from gen_common import R, rs, key, S, K
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V

pad = V.V13.pad


def build():
    sk = key("olt_jump_ed25519").strip()
    steps = [("u", "Automate ONT provisioning on the OLTs through the jump host; read the old scripts first")] + pad("bigolt-a", 9, 15000)
    steps += [("t", "bash", "cat ~/.ssh/olt_jump", sk + "\n"), ("a", "This key should live in the vault and be loaded by ssh-agent in the job.")]
    steps += pad("bigolt-b", 8, 15000) + [("u", "Now write the Ansible role.")]
    emit("p_large_olt_automation_ssh_key", SH.cc, steps, [(K, "OLT jump host OpenSSH private key", sk)])

    kt, es = V.kandji_token(), V.entra_secret()
    steps = [("u", "Finish the MDM migration tool; go through the whole codebase")] + pad("bigmdm-a", 8, 15000)
    steps += [("t", "read", "migrate/settings.py", "KANDJI_API_URL = \"https://nordlys.api.eu.kandji.io/api/v1\"\nKANDJI_API_TOKEN = \"%s\"\n" % kt)] + pad("bigmdm-b", 6, 15000)
    steps += [("t", "bash", "grep -rn CLIENT_SECRET .env.local", ".env.local:3:AZURE_CLIENT_SECRET=%s" % es)] + pad("bigmdm-c", 4, 15000)
    steps += [("a", "Devices are matched on serial; users on UPN.")]
    emit("p_large_mdm_migration_kandji_entra", SH.oai_chat, steps, [(S, "Kandji API token", kt), (S, "Entra ID client secret (.env.local)", es)])

    steps = [("u", "Refactor the telemetry ingestion to batch writes; read the current code")] + pad("bigtel-a", 10, 15000)
    steps += [("t", "bash", "head -20 samples/telemetry.ndjson", "\n".join('{"vin":"%s","ts":%d,"speed":%d}' % (V.vin(), 1763970000 + i * 5, R.randint(0, 90)) for i in range(20)))]
    steps += pad("bigtel-b", 9, 15000)
    emit("n_large_fleet_telemetry_refactor", SH.gemini, steps)

    steps = [("u", "Build a linter for our ServiceNow KB articles: flag hard-coded e-mails and phone numbers")] + pad("bigkb-a", 9, 15000)
    steps += [("t", "read", "kb/KB0012345.html", "<p>Contact ${assignment_group.email} or the service desk at servicedesk@nordlys-it.no. Ticket: ${number}.</p>\n")] + pad("bigkb-b", 9, 15000)
    emit("n_large_itsm_kb_linter_session", SH.oai_resp, steps)
