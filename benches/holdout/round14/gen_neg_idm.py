"""Hard negatives, identity and endpoint management: public OIDC discovery and JWKS, SAML metadata with the public
signing certificate, Okta / MSAL configs with client ids only, Microsoft's documented example GUIDs and client secret,
Okta docs' template values, an LDIF with {SSHA} hashes of service accounts, Entra sign-in logs of service principals,
an Intune Wi-Fi profile with the PSK unset, an MDM device export (serials, MACs, asset tags), an ansible-vault block,
a Postman collection with variables, pytest fixtures with dummy tokens, a mobileconfig with payload UUIDs."""
import base64, hashlib, json
from cryptography.hazmat.primitives import serialization
from gen_common import R, rs, hexs, key, rb, DIG, UP, LO, AL
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V

pad = V.V13.pad
ISS = "https://nordlys.okta-emea.com/oauth2/default"


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def ms_example_secret():
    """Microsoft Learn's documented example client secret (Aa1Bb~2Cc3.-Dd4...), built from its pattern."""
    s = ""
    for i in range(12):
        s += chr(65 + i) + chr(97 + i) + ("~" if i == 1 else "") + str((i + 1) % 10) + (".-" if i == 2 else "_" if i == 8 else "")
    return s


def ms_example_guid():
    return "00001111-aaaa-2222-bbbb-3333cccc4444"


def build():
    pub = serialization.load_pem_public_key(key("idp_signing.pub").encode()).public_numbers()
    n = b64u(pub.n.to_bytes((pub.n.bit_length() + 7) // 8, "big"))
    jwks = json.dumps({"keys": [{"kty": "RSA", "alg": "RS256", "kid": rs(43, AL + "-_"), "use": "sig", "e": "AQAB", "n": n}]}, indent=2)
    disc = json.dumps({"issuer": ISS, "authorization_endpoint": ISS + "/v1/authorize", "token_endpoint": ISS + "/v1/token", "jwks_uri": ISS + "/v1/keys",
                       "response_types_supported": ["code", "id_token", "code id_token"], "id_token_signing_alg_values_supported": ["RS256"],
                       "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt", "none"],
                       "claims_supported": ["iss", "sub", "aud", "email", "email_verified", "name", "groups"]}, indent=2)
    emit("n_agent_oidc_discovery_and_jwks", SH.cc, [("u", "Our API rejects Okta tokens after key rotation; compare the JWKS with what we cache"),
         ("t", "bash", "curl -s %s/.well-known/openid-configuration" % ISS, disc), ("t", "bash", "curl -s %s/v1/keys" % ISS, jwks),
         ("a", "The cache keeps the old kid for 24h; refetch the JWKS on an unknown kid.")] + pad("disc", 1))

    cert = "".join(key("idp_signing.crt").strip().splitlines()[1:-1])
    md = ('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk%s">\n <md:IDPSSODescriptor WantAuthnRequestsSigned="false" '
          'protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n  <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">'
          '<ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n  <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>\n'
          '  <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://nordlys.okta-emea.com/app/nordlys_jira_1/exk%s/sso/saml"/>\n'
          ' </md:IDPSSODescriptor>\n</md:EntityDescriptor>\n' % (rs(17, AL), cert, rs(17, AL)))
    emit("n_agent_saml_metadata_public_cert", SH.oai_chat, [("u", "Jira SSO broke after the Okta cert renewal; here is the new IdP metadata"),
         ("t", "read", "sso/okta-idp-metadata.xml", md), ("a", "Upload this metadata in Atlassian Guard; the fingerprint changed.")] + pad("saml", 1))

    cid = V.okta_client_id()
    yml = ("okta:\n  oauth2:\n    issuer: %s\n    client-id: %s\n    client-secret: ${OKTA_CLIENT_SECRET}\n    redirect-uri: /login/oauth2/code/okta\n"
           "    scopes: openid, profile, email, groups\n    groups-claim: groups\n" % (ISS, cid))
    msal = json.dumps({"auth": {"clientId": V.guid(), "authority": "https://login.microsoftonline.com/" + V.guid(), "redirectUri": "https://desk.nordlys-it.no/auth"},
                       "cache": {"cacheLocation": "sessionStorage"}, "scopes": ["User.Read", "api://%s/Tickets.ReadWrite" % V.guid()]}, indent=2)
    emit("n_agent_okta_msal_public_client_configs", SH.gemini, [("u", "Do the portal's SSO configs contain anything that shouldn't be in git?"),
         ("t", "read", "portal/src/main/resources/application.yml", yml), ("t", "read", "portal-spa/src/authConfig.json", msal),
         ("a", "No: client ids and tenant ids are identifiers, and the secret comes from the environment.")] + pad("msal", 1))

    docs = ('# Register the daemon app (from Microsoft Learn, copied into our wiki)\n\n```json\n{\n  "instance": "https://login.microsoftonline.com/",\n  "tenantId": "%s",\n'
            '  "clientId": "%s",\n  "clientSecret": "%s"\n}\n```\nReplace the values with your own app registration. Okta equivalent: `https://{yourOktaDomain}/oauth2/default`, '
            'client id `{yourClientId}`, secret `{yourClientSecret}`, API token header `Authorization: SSWS ${api_token}`.\n' % ("aaaabbbb-0000-cccc-1111-dddd2222eeee", ms_example_guid(), ms_example_secret()))
    emit("n_agent_wiki_vendor_example_values", SH.converse, [("u", "Turn this wiki page into a runbook for new app registrations"),
         ("t", "read", "wiki/identity/app-registration.md", docs), ("a", "Runbook drafted; values stay as the vendor's examples.")] + pad("wiki", 1))

    lines = []
    for u in ("svc-backup", "svc-printers", "svc-jamf-ldap", "svc-snow-ldap", "noc-readonly"):
        h = "{SSHA}" + base64.b64encode(hashlib.sha1(rb(12)).digest() + rb(8)).decode()
        lines.append("dn: uid=%s,ou=services,dc=corp,dc=nordlys\nobjectClass: account\nobjectClass: simpleSecurityObject\nuid: %s\nuserPassword:: %s\n"
                     "description: service account, owner it-operations@nordlys-it.no\n" % (u, u, base64.b64encode(h.encode()).decode()))
    emit("n_agent_ldif_service_accounts_ssha", SH.cc, [("u", "Which service accounts still use SSHA hashes? Plan a move to PBKDF2"),
         ("t", "bash", "ldapsearch -LLL -H ldaps://ldap1 -b ou=services,dc=corp,dc=nordlys userPassword", "\n".join(lines)),
         ("a", "All five; set olcPasswordHash to {PBKDF2-SHA512} and force a reset.")] + pad("ldif", 1))

    logs = [{"id": V.guid(), "createdDateTime": "2025-11-24T0%d:%02d:%02dZ" % (R.randint(0, 9), R.randint(0, 59), R.randint(0, 59)), "appId": V.guid(),
             "appDisplayName": R.choice(["Intune Sync", "Jamf Connector", "ServiceNow Graph", "Samsara SCIM"]), "servicePrincipalId": V.guid(),
             "ipAddress": "20.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "correlationId": V.guid(),
             "status": {"errorCode": R.choice([0, 7000215, 7000222]), "failureReason": R.choice(["", "Invalid client secret provided.", "The provided client secret keys are expired."])},
             "resourceDisplayName": "Microsoft Graph"} for _ in range(14)]
    emit("n_agent_entra_sp_signin_logs", SH.oai_resp, [("u", "Why do service principal sign-ins fail since Friday?"),
         ("t", "bash", "az rest --url 'https://graph.microsoft.com/beta/auditLogs/servicePrincipalSignIns?$top=14'", json.dumps({"value": logs}, indent=1)),
         ("a", "Two apps fail with 7000222: expired secrets.")])

    prof = json.dumps({"@odata.type": "#microsoft.graph.windowsWifiConfiguration", "displayName": "Warehouse scanners Wi-Fi", "ssid": "NORDLYS-WMS",
                       "wifiSecurityType": "wpa2Personal", "preSharedKey": None, "preSharedKeyIsSet": True, "connectAutomatically": True,
                       "id": V.guid(), "version": 3}, indent=2)
    emit("n_agent_intune_wifi_profile_psk_unset", SH.oai_chat, [("u", "Check the scanners' Wi-Fi profile in Intune"),
         ("t", "bash", "mggraph get deviceManagement/deviceConfigurations --filter \"displayName eq 'Warehouse scanners Wi-Fi'\"", prof),
         ("a", "Graph never returns the PSK (preSharedKeyIsSet only).")] + pad("wifiprof", 1))

    rows = ["serial,model,wifi_mac,ethernet_mac,asset_tag,os,last_checkin,assigned_pool"]
    for _ in range(30):
        rows.append("%s,%s,%s,%s,NL-IT-%05d,%s,2025-11-%02d,%s" % (V.serial(), R.choice(["MacBookPro18,3", "Latitude 7440", "ThinkPad T14 G4"]), V.mac(), V.mac(),
                    R.randint(1, 99999), R.choice(["macOS 15.1", "Windows 11 23H2"]), R.randint(1, 24), R.choice(["loaner", "warehouse", "kiosk", "spare"])))
    emit("n_agent_mdm_device_export_serials_macs", SH.converse, [("u", "Find loaner laptops that haven't checked in for two weeks"),
         ("t", "read", "exports/devices_2025-11-24.csv", "\n".join(rows) + "\n"), ("a", "Nine loaners are stale.")])

    vault = "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(8))
    emit("n_agent_ansible_vault_pppoe_vars", SH.cc, [("u", "Add the new BNG to the inventory; credentials are in the vault file"),
         ("t", "read", "inventories/prod/group_vars/bng/vault.yml", vault), ("t", "read", "inventories/prod/group_vars/bng/vars.yml",
         "pppoe_radius_secret: \"{{ vault_pppoe_radius_secret }}\"\nbng_admin_password: \"{{ vault_bng_admin_password }}\"\nbng_loopback: 10.255.0.14\n"),
         ("a", "Encrypted values stay in vault.yml; only the loopback is new.")] + pad("vault", 1))

    pm = json.dumps({"info": {"name": "ITSM integrations", "_postman_id": V.guid()}, "variable": [{"key": "okta_api_token", "value": ""}, {"key": "snow_password", "value": ""}],
                     "item": [{"name": "List Okta users", "request": {"method": "GET", "header": [{"key": "Authorization", "value": "SSWS {{okta_api_token}}"}],
                               "url": "https://{{okta_domain}}/api/v1/users?limit=200"}},
                              {"name": "Create incident", "request": {"method": "POST", "auth": {"type": "basic", "basic": [{"key": "username", "value": "{{snow_user}}"},
                               {"key": "password", "value": "{{snow_password}}"}]}, "url": "https://{{snow_instance}}.service-now.com/api/now/table/incident"}}]}, indent=1)
    emit("n_agent_postman_collection_variables", SH.gemini, [("u", "Review this Postman collection before we share it with the MSP"),
         ("t", "read", "postman/itsm.postman_collection.json", pm), ("a", "Safe to share: every credential is a variable with an empty value.")] + pad("pm", 1))

    fx = ('import pytest\n\nFAKE_SSWS = "00' + "x" * 40 + '"\n\n@pytest.fixture\ndef okta_client(monkeypatch):\n    monkeypatch.setenv("OKTA_API_TOKEN", "test-token")\n'
          '    monkeypatch.setenv("ENTRA_CLIENT_SECRET", "dummy-secret")\n    monkeypatch.setenv("LDAP_BIND_PASSWORD", "changeme")\n    return OktaClient("https://example.okta.com", FAKE_SSWS)\n')
    emit("n_agent_pytest_identity_fixtures", SH.oai_resp, [("u", "Tests hit the real Okta org sometimes; make the fixtures safer"),
         ("t", "read", "tests/conftest.py", fx), ("a", "Patch the HTTP session too so nothing leaves the test run.")] + pad("pyt", 1))

    mc = ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>\n <key>PayloadContent</key><array><dict>\n  <key>PayloadType</key><string>com.apple.wifi.managed</string>\n'
          '  <key>SSID_STR</key><string>NORDLYS-STAFF</string><key>EncryptionType</key><string>WPA2</string>\n  <key>EAPClientConfiguration</key><dict><key>AcceptEAPTypes</key>'
          '<array><integer>13</integer></array><key>UserName</key><string>$USERNAME</string><key>UserPassword</key><string></string></dict>\n  <key>PayloadUUID</key><string>%s</string>\n'
          ' </dict></array>\n <key>PayloadIdentifier</key><string>no.nordlys.wifi.%s</string>\n <key>PayloadUUID</key><string>%s</string>\n</dict></plist>\n' % (V.guid().upper(), hexs(8), V.guid().upper()))
    emit("n_agent_mobileconfig_eap_tls_profile", SH.bedrock_claude, [("u", "Convert this Wi-Fi profile to EAP-TLS with the SCEP payload"),
         ("t", "read", "profiles/wifi-staff.mobileconfig", mc), ("a", "Replace the EAP-PEAP dict with a certificate payload reference.")] + pad("mc", 1))
