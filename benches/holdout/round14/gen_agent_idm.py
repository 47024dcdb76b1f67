"""Theme 1 (agent positives): enterprise identity, MDM and ITSM integrations - Okta terraform vars with an SSWS API
token and an OIDC client secret, an Entra ID app credential reset, a Google Workspace admin service account (domain-wide
delegation), Jamf Pro API client and Kandji token, an Intune Graph script with an Entra client secret, a ServiceNow MID
server and Jira Service Management token, sssd / ldap3 bind passwords, a UniFi WLAN export with a PSK."""
import json
from gen_common import R, rs, hexs, key, S, K, P
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V

DOM = "nordlys-it.no"


def build():
    tok, sec, cid = V.okta_ssws(), V.okta_secret(), V.okta_client_id()
    tf = ('okta_org_name  = "nordlys"\nokta_base_url  = "okta-emea.com"\nokta_api_token = "%s"\n\n# OIDC app for the service desk portal\n'
          'portal_client_id     = "%s"\nportal_client_secret = "%s"\nportal_redirect_uris = ["https://desk.%s/callback"]\n' % (tok, cid, sec, DOM))
    emit("p_agent_okta_terraform_tfvars", SH.cc, [("u", "terraform plan fails on the okta provider with 401, check the vars"),
         ("t", "read", "infra/okta/terraform.tfvars", tf), ("t", "bash", "terraform plan -var-file=terraform.tfvars 2>&1 | tail -4",
         "Error: failed to get group: the API returned an error: Invalid token provided, HTTP status 401\n\n  with okta_group.helpdesk_agents,\n  on groups.tf line 3"),
         ("a", "The token was revoked when the admin who created it was deactivated; create a new one under a service account.")] + V.V13.pad("okta", 1),
         [(S, "Okta API token", tok), (S, "Okta OIDC client secret", sec)])

    es, app, ten = V.entra_secret(), V.guid(), V.guid()
    out = json.dumps({"appId": app, "password": es, "tenant": ten}, indent=2)
    emit("p_agent_entra_app_credential_reset", SH.oai_chat, [("u", "The Intune compliance sync app's secret expired, rotate it and update the key vault"),
         ("t", "bash", "az ad app credential reset --id %s --display-name intune-sync-2026 --years 1" % app,
          "The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.\n" + out),
         ("a", "New secret created; next I'll write it to kv-nordlys-itops as intune-sync-secret.")] + V.V13.pad("entra", 1),
         [(S, "Entra ID client secret (az output)", es)])

    pem = key("gws_admin_sa.pem").strip()
    sa = json.dumps({"type": "service_account", "project_id": "nordlys-gws-admin", "private_key_id": hexs(40), "private_key": pem + "\n",
                     "client_email": "dwd-directory-sync@nordlys-gws-admin.iam.gserviceaccount.com", "client_id": rs(21, "0123456789"),
                     "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}, indent=2)
    emit("p_agent_gws_directory_sync_sa", SH.gemini, [("u", "GAM says unauthorized_client for the directory sync; check the SA file"),
         ("t", "read", "gam/oauth2service.json", sa), ("a", "The client id must be authorised for domain-wide delegation in the Admin console with the directory scopes.")],
         [("private_key|secret", "Google Workspace admin service account private key", pem)])

    js, kt, jid = V.jamf_secret(), V.kandji_token(), V.guid()
    cfg = ("[jamf]\nurl = https://nordlys.jamfcloud.com\nclient_id = %s\nclient_secret = %s\n\n[kandji]\napi_url = https://nordlys.api.eu.kandji.io/api/v1\n"
           "api_token = %s\nblueprint = Staff Macs 2026\n" % (jid, js, kt))
    emit("p_agent_mdm_migration_jamf_kandji", SH.converse, [("u", "Write the script that moves our Macs from Jamf to Kandji blueprints, config is in mdm.ini"),
         ("t", "read", "mdm-migrate/mdm.ini", cfg), ("a", "I'll read both inventories first and match devices on serial number.")] + V.V13.pad("mdm", 1),
         [(S, "Jamf Pro API client secret", js), (S, "Kandji API token (UUID)", kt)])

    es2 = V.entra_secret()
    ps = ('$TenantId = "%s"\n$ClientId = "%s"\n$ClientSecret = "%s"\n\n$body = @{ grant_type = "client_credentials"; scope = "https://graph.microsoft.com/.default";\n'
          '  client_id = $ClientId; client_secret = $ClientSecret }\n$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body\n'
          'Invoke-RestMethod -Headers @{Authorization = "Bearer $($token.access_token)"} -Uri "https://graph.microsoft.com/beta/deviceManagement/managedDevices?`$filter=complianceState eq \'noncompliant\'"\n'
          % (V.guid(), V.guid(), es2))
    emit("p_agent_intune_noncompliant_report_ps1", SH.oai_resp, [("u", "Make this report script page through all results"),
         ("t", "read", "scripts/Get-NoncompliantDevices.ps1", ps), ("a", "Graph pages with @odata.nextLink; loop until it is absent.")] + V.V13.pad("intune", 1),
         [(S, "Entra ID client secret (PowerShell)", es2)])

    mp, jt = V.snow_pw(), V.atlassian()
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<parameters>\n  <parameter name="url" value="https://nordlys.service-now.com/"/>\n'
           '  <parameter name="mid.instance.username" value="svc_mid_oslo"/>\n  <parameter name="mid.instance.password" value="%s"/>\n'
           '  <parameter name="name" value="mid-oslo-01"/>\n</parameters>\n' % mp)
    emit("p_agent_servicenow_mid_jsm_sync", SH.bedrock_claude, [("u", "The MID server on oslo-01 is down and the Jira sync stopped too; look at both configs"),
         ("t", "read", "/opt/servicenow/mid/agent/config.xml", xml),
         ("t", "bash", "cat /etc/jsm-sync/env", "JSM_SITE=https://nordlys.atlassian.net\nJSM_USER=svc-jsm-sync@%s\nJSM_API_TOKEN=%s\nJSM_PROJECT=ITSD\n" % (DOM, jt)),
         ("a", "The MID password was rotated in the instance but not here; the JSM token is fine.")],
         [(S, "ServiceNow MID server integration password", mp), (S, "Jira Service Management API token", jt)])

    lp, lp2 = V.pw(18), V.pw(20)
    sssd = ("[domain/corp.nordlys]\nid_provider = ldap\nauth_provider = ldap\nldap_uri = ldaps://ldap1.corp.nordlys-it.no\n"
            "ldap_search_base = dc=corp,dc=nordlys\nldap_default_bind_dn = cn=svc-sssd,ou=services,dc=corp,dc=nordlys\nldap_default_authtok_type = password\n"
            "ldap_default_authtok = %s\ncache_credentials = true\n" % lp)
    py = ('from ldap3 import Server, Connection, ALL\n\nserver = Server("ldaps://ldap1.corp.nordlys-it.no", get_info=ALL)\n'
          'conn = Connection(server, "cn=svc-helpdesk-tool,ou=services,dc=corp,dc=nordlys", "%s", auto_bind=True)\n'
          'conn.search("ou=people,dc=corp,dc=nordlys", "(pwdAccountLockedTime=*)", attributes=["uid", "pwdAccountLockedTime"])\n' % lp2)
    emit("p_agent_ldap_bind_sssd_helpdesk_tool", SH.cc, [("u", "Locked-out users can still log in on the jump hosts; check sssd and the unlock tool"),
         ("t", "read", "/etc/sssd/sssd.conf", sssd), ("t", "read", "tools/unlock/list_locked.py", py),
         ("a", "sssd caches credentials, so a locked account still logs in offline; set cache_credentials = false on jump hosts.")],
         [(S, "LDAP bind password (sssd)", lp), (S, "LDAP bind password (ldap3)", lp2)])

    psk, psk2 = V.wifi_psk(), V.wifi_psk()
    wl = json.dumps({"data": [{"_id": hexs(24), "name": "NORDLYS-STAFF", "security": "wpapsk", "wpa_mode": "wpa2", "x_passphrase": psk, "vlan": 20, "enabled": True},
                              {"_id": hexs(24), "name": "NORDLYS-IOT", "security": "wpapsk", "wpa_mode": "wpa2", "x_passphrase": psk2, "vlan": 40, "hide_ssid": True},
                              {"_id": hexs(24), "name": "NORDLYS-GUEST", "security": "open", "is_guest": True, "vlan": 99}], "meta": {"rc": "ok"}}, indent=1)
    emit("p_agent_unifi_wlan_export_psk", SH.oai_chat, [("u", "Audit our UniFi WLANs: which ones are still WPA2-PSK?"),
         ("t", "bash", "curl -sk -b cookie.txt https://unifi.nordlys.local:8443/api/s/default/rest/wlanconf", wl),
         ("a", "STAFF and IOT use WPA2 personal; move STAFF to 802.1X against NPS.")] + V.V13.pad("unifi", 1),
         [(S, "Wi-Fi PSK (UniFi x_passphrase, staff)", psk), (S, "Wi-Fi PSK (UniFi x_passphrase, IoT)", psk2)])
