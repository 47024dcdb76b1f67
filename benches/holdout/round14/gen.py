#!/usr/bin/env python3
"""Blind holdout corpus generator for promptwall (holdout round 14: enterprise IT, identity and helpdesk; telecom / ISP
operations; automotive / IoT fleet and logistics).

    python3 -B gen.py       # runs make_keys.sh when keys/ is missing, writes bodies/*.json and labels.json

Modules: gen_agent_idm.py (Okta, Entra ID, Google Workspace, Jamf / Kandji, Intune, ServiceNow / JSM, LDAP, UniFi),
gen_agent_tel.py (HSS Ki / OPc, ONT PPPoE / Wi-Fi, Asterisk, FreeSWITCH, MQTT, Samsara / Geotab, HERE / TomTom, FedEx /
UPS / DHL, AS2, a driver roster, a TLP:AMBER review), gen_chat_pii.py (helpdesk and telecom / fleet chats with personal
data of NO, DK, EE, LV, LT, BE, NL, LU, AT, CH, HU, PH, VN, MY, PK, BD, LK and pasted user secrets), gen_neg_idm.py,
gen_neg_tel.py, gen_neg_fleet.py, gen_chat_neg.py (hard negatives), gen_large.py (2 positive, 2 negative large bodies);
gen_vals.py holds the new value generators.  gen_common.py loads round 13's helpers (and through them rounds 12 to 3).
Needs python-stdnum, phonenumbers and cryptography; make_keys.sh needs openssl and ssh-keygen.

labels.json: { body_name: [[category, description, planted_value, (optional raw_form)], ...] }; n_* bodies are hard
negatives (no label).  "a|b": counted under a, b also accepted.  Fixed seed; every value generated at run time (keys by
make_keys.sh).  The documented examples of the negatives (Microsoft Learn's example GUIDs and client secret, the TS
35.208 Milenage test set 1, GSMA's example activation code, libphonenumber's example numbers) are either built from
their published pattern at run time or are published test vectors (the OPc is computed and asserted against the spec).

Labelling policy: round 3's (../round3/gen.py) with the decisions of rounds 5 to 13 (their gen.py docstrings): spans
are the value only (a PEM block whole); references, dummies, documented examples, vendor defaults, encrypted material,
hashes, ids, public keys and certificates, role mailboxes, example.com, company switchboards / service numbers and
masked values are not labelled.

Decisions new in this round:
  * Identity: Okta SSWS tokens and OIDC client secrets (round 11), Entra ID client secrets (also in `az ad app
    credential reset` output and PowerShell), Jamf Pro API client secrets, Kandji API tokens (a UUID named a token is a
    secret: round 10's UUID rule), ServiceNow integration / MID passwords, Jira Service Management (Atlassian) tokens,
    LDAP bind passwords (sssd ldap_default_authtok, ldap3) are secrets.  Client ids, tenant ids, issuer URLs, JWKS and
    SAML certificates are public / identifiers.  Microsoft Learn's example values (00001111-aaaa-2222-bbbb-3333cccc4444,
    the Aa1Bb~2Cc3.-... client secret) and Okta's {yourClientSecret} templates are documented examples.  {SSHA} hashes
    in LDIF are hashes (round 3).  Graph's preSharedKeyIsSet without a value is nothing.
  * Telecom: SIM Ki and OPc of real subscribers (an HSS import batch) are secrets, each value a label; the published
    3GPP TS 35.208 test sets are documented examples.  IMSI, ICCID and IMEI are subscription / device identifiers and
    not labelled as personal data in this corpus (round 13 did the same for IMEIs); test-PLMN 001-01 IMSIs and Ofcom's
    drama range +44 7700 900xxx are fiction by definition.  PPPoE passwords, SIP trunk / peer secrets, FreeSWITCH
    gateway passwords, MQTT passwords, Wi-Fi PSKs (OpenWrt option key, UniFi x_passphrase) are secrets; FreeSWITCH's
    shipped default_password=1234 is a vendor default; operators' published APN settings are public; SNMP "public" is
    a default (round 12); `<removed>` / `******` masks and type 5 hashes are not secrets (round 12).
  * Helpdesk: a password a user types into a ticket, MFA recovery codes (each code a label) and a BitLocker recovery
    key are secrets; a KB's masked / all-zero key and "xxxxx-xxxxx" are not.
  * Fleet / logistics: Samsara tokens, Geotab passwords, server-side HERE / TomTom keys, FedEx / UPS / DHL client
    secrets, AS2 keystore passwords are secrets; a HERE key in a browser page restricted by referrer is public by
    design (round 13's rule for browser map keys); the Geotab SDK's demo / user@example.com / password sample is a
    documented example.  A VIN identifies a vehicle, not a person: not personal data (round 11); company fleet plates,
    tracking numbers, SSCCs, GTINs, order numbers are identifiers.  A driver's licence number is a national document
    number of a person and is labelled (round 12's passport rule): UK DVLA numbers and a Belgian licence number.
  * Personal data, national ids: NO fodselsnummer, DK CPR, EE isikukood, LV personas kods, LT asmens kodas, BE
    national number, NL BSN, AT SVNR, CH AHV, MY NRIC, PK CNIC (python-stdnum); LU matricule (13 digits, Luhn and
    Verhoeff of the first 11), HU TAJ (weights 3/7 mod 10) and HU adoazonosito jel (8 + days since 1867-01-01 + serial
    + check mod 11), by their published rules; PH PhilSys card number and SSS number, VN CCCD (province, century/sex,
    year, 6 digits), BD NID (10 digits) and LK NIC (YYYY + day of year (+500) + 5 digits) have no published check digit
    and are labelled by shape and national scope (round 13's rule for the Egyptian id).  Mobiles of all these
    countries in national and international formats, never libphonenumber's example number; e-mails of employees and
    customers; employees' / customers' IBANs (NO, DK, BE, NL, LU, CH, HU).  Names, dates of birth, addresses are not
    labelled (round 3).
  * Markers: CONFIDENTIAL, INTERNAL ONLY and TLP:AMBER as banners; lowercase "confidential" in a policy is not.
"""
import gen_common as G  # noqa: E402
import gen_agent_idm, gen_agent_tel, gen_chat_pii, gen_neg_idm, gen_neg_tel, gen_neg_fleet, gen_chat_neg, gen_large  # noqa: E402

MODULES = (gen_agent_idm, gen_agent_tel, gen_chat_pii, gen_neg_idm, gen_neg_tel, gen_neg_fleet, gen_chat_neg, gen_large)


def main():
    G.write_corpus(MODULES, "olt_jump_ed25519")


if __name__ == "__main__":
    main()
