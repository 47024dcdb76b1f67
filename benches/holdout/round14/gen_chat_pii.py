"""Theme 3 (chat positives): helpdesk and telecom / fleet pastes - a user's password and MFA recovery codes in a
ticket, a BitLocker recovery key, and customers / employees from NO, DK, EE, LV, LT, BE, NL, LU, AT, CH, HU, PH, VN,
MY, PK, BD and LK with national ids (python-stdnum where it has them; HU TAJ / adoazonosito jel and the LU matricule by
their published rules; PH PhilSys / SSS, VN CCCD, BD NID and LK NIC by shape, see gen.py), mobiles, e-mails and IBANs;
and two ITSM exports under CONFIDENTIAL / INTERNAL ONLY banners."""
from gen_common import R, rs, add, S, P, C, DIG
import gen_shapes as SH
import gen_vals as V

NOTE = ("\n\n---\nService desk guidance (pinned): answer in the user's language; never ask for a password or a full recovery code, and if a user sends "
        "one, tell them to change it; identity checks go through the callback procedure (call the number in the HR system, not the one in the ticket); "
        "number porting needs the customer's signed authorisation; SIM swaps need a branch visit or BankID; keep replies short, sign as Service Desk; "
        "priority P1 only for outages affecting more than 20 users; link KB articles by number (KB0012345) instead of pasting them. Fleet: damage "
        "reports go to the fleet team with photos; fuel cards are blocked by the fleet team, not the service desk. "
        "Telephony: number porting takes three working days; eSIM QR codes are sent only to the e-mail on the contract; APN issues go to the mobile team. "
        "Hardware: loaners are issued for up to two weeks; broken screens are repaired by the vendor; lost devices are wiped remotely the same day.\n")


def chat(name, kind, text, labels):
    add(name, SH.chat(text + (NOTE if len(text) < 1400 else ""), kind), labels)


def who(cc, fmt="intl"):
    f, l, n = V.person(cc)
    return n, V.mail(cc, f, l), V.mob(cc, fmt)


def build():
    f, l, n = V.person("NO")
    e, pw = V.work_mail(f, l, "nordlys-it.no"), V.human_pw()
    chat("p_chat_helpdesk_user_pastes_password", "anth", "Ticket INC0048213 from %s (%s), please summarise and draft a reply:\n\n\"Hei, I can't log in to Outlook since "
         "this morning. I changed my password on Friday to %s and now it says wrong password. Can you reset it back? I'm at the Bergen office today.\"" % (n, e, pw),
         [(S, "user's password pasted in a ticket", pw), (P, "email (employee)", e)])

    f, l, n = V.person("DK")
    e, codes = V.work_mail(f, l, "nordlys-it.no"), V.recovery_codes(5)
    chat("p_chat_helpdesk_mfa_recovery_codes", "oai", "User %s <%s> forwarded this to the service desk asking us to 'store it safely'. What do I tell them?\n\n"
         "Okta Verify recovery codes - keep these somewhere safe\n%s\nEach code can be used once." % (n, e, "\n".join(codes)),
         [(S, "MFA recovery code %d" % i, c) for i, c in enumerate(codes)] + [(P, "email (employee)", e)])

    f, l, n = V.person("DK")
    e, m, bk = V.work_mail(f, l, "nordlys-it.no"), V.mob("DK", "nat"), V.bitlocker()
    chat("p_chat_helpdesk_bitlocker_recovery_key", "resp", "Close this ticket with a short summary:\n\nCaller: %s, %s, mobil %s\nIssue: laptop LT-%s asked for the BitLocker "
         "recovery key after a BIOS update.\nResolution: verified caller via callback, read out the recovery key %s (key ID %s), user logged in, suspended "
         "BitLocker for one reboot." % (n, e, m, rs(5, DIG), bk, V.guid().upper()[:8]),
         [(S, "BitLocker recovery key", bk), (P, "email (employee)", e), (P, "DK mobile (employee)", m)])

    n, e, m = who("NO", "nat")
    fn = V.no_fnr()
    chat("p_chat_no_port_in_fodselsnummer", "gem", "Kunde vil flytte nummeret sitt til oss. Sjekk om skjemaet er komplett:\n\nNavn: %s\nFødselsnummer: %s\n"
         "Mobilnummer som skal porteres: %s\nE-post: %s\nNåværende operatør: Telia" % (n, fn, m, e),
         [(P, "NO fodselsnummer (port-in)", fn), (P, "NO mobile (customer)", m), (P, "email (customer)", e)])

    n, e, m = who("DK", "intl")
    cp, ib = V.dk_cpr(), V.iban("DK")
    chat("p_chat_dk_fiber_order_cpr_iban", "conv", "Bestilling af fiberbredbånd, kan du tjekke oplysningerne?\n\nNavn: %s\nCPR-nr.: %s\nMobil: %s\nE-mail: %s\n"
         "Betaling via Betalingsservice, konto %s\nInstallationsadresse: Vesterbrogade, København V" % (n, cp, m, e, ib),
         [(P, "DK CPR (broadband order)", cp), (P, "DK mobile (customer)", m), (P, "email (customer)", e), (P, "DK IBAN (customer)", ib)])

    labs, txt = [], "eSIM KYC queue for the Baltics, which ones can be approved?\n"
    for cc, lab, fnid, word in (("EE", "EE isikukood", V.ee_ik, "isikukood"), ("LV", "LV personas kods", V.lv_pk, "personas kods"), ("LT", "LT asmens kodas", V.lt_ak, "asmens kodas")):
        n, e, m = who(cc, "intl")
        v = fnid()
        txt += "\n- %s, %s %s, tel. %s, %s, eSIM for iPhone 15" % (n, word, v, m, e)
        labs += [(P, "%s (eSIM KYC)" % lab, v), (P, "%s mobile (customer)" % cc, m), (P, "email (%s customer)" % cc, e)]
    chat("p_chat_baltic_esim_kyc_queue", "anth", txt, labs)

    n, e, m = who("BE", "nat")
    nn, ib, dl = V.be_nn(), V.iban("BE"), rs(10, DIG)
    chat("p_chat_be_lease_car_rijksregister", "oai", "Nieuwe leasewagen voor een medewerker, vul de aanvraag aan:\n\nNaam: %s\nRijksregisternummer: %s\nGSM: %s\n"
         "E-mail: %s\nRekeningnummer (eigen bijdrage): %s\nRijbewijs: B, nr. %s" % (n, nn, m, e, ib, dl),
         [(P, "BE national number (lease car)", nn), (P, "BE mobile (employee)", m), (P, "email (employee)", e), (P, "BE IBAN (employee)", ib), (P, "BE driving licence number", dl)])

    n, e, m = who("NL", "nat")
    bsn, ib = V.nl_bsn(), V.iban("NL")
    chat("p_chat_nl_mobile_contract_bsn", "gem", "Klant wil een zakelijk abonnement op eigen naam omzetten. Wat ontbreekt er nog?\n\n%s\nBSN: %s\nMobiel: %s\n%s\n"
         "IBAN voor automatische incasso: %s" % (n, bsn, m, e, ib),
         [(P, "NL BSN (contract)", bsn), (P, "NL mobile (customer)", m), (P, "email (customer)", e), (P, "NL IBAN (customer)", ib)])

    n, e, m = who("LU", "intl")
    mat, ib = V.lu_matricule(), V.iban("LU")
    chat("p_chat_lu_payroll_matricule", "brc", "New starter in Luxembourg, check the payroll form:\n\nName: %s\nMatricule (numéro d'identification national): %s\n"
         "Mobile: %s\nPrivate e-mail: %s\nSalary account: %s" % (n, mat, m, e, ib),
         [(P, "LU matricule (payroll)", mat), (P, "LU mobile (employee)", m), (P, "email (employee, private)", e), (P, "LU IBAN (employee)", ib)])

    n, e, m = who("AT", "nat")
    sv = V.at_svnr()
    chat("p_chat_at_krankmeldung_svnr", "mistral", "Krankmeldung weiterleiten an HR, bitte kurz zusammenfassen:\n\nMitarbeiter: %s\nSozialversicherungsnummer: %s\n"
         "Handy: %s\nE-Mail privat: %s\nArbeitsunfähig bis Freitag, Bestätigung folgt per Post." % (n, sv, m, e),
         [(P, "AT SVNR (sick note)", sv), (P, "AT mobile (employee)", m), (P, "email (employee, private)", e)])

    n, e, m = who("CH", "intl")
    ahv, ib = V.ch_ahv(), V.iban("CH")
    chat("p_chat_ch_onboarding_it_ahv", "resp", "Onboarding checklist for our Zurich hire, anything missing before IT creates the account?\n\n%s, AHV-Nr. %s, Natel %s, "
         "privat %s, Lohnkonto %s, Start 1.12., Laptop: MacBook Pro 14\", Jamf Staff blueprint" % (n, ahv, m, e, ib),
         [(P, "CH AHV (onboarding)", ahv), (P, "CH mobile (new hire)", m), (P, "email (new hire, private)", e), (P, "CH IBAN (new hire)", ib)])

    n, e, m = who("HU", "nat")
    taj, ado, ib = V.hu_taj(), V.hu_adoazon(), V.iban("HU")
    chat("p_chat_hu_belepes_taj_adoazonosito", "llama", "Új kolléga belépési adatai, ellenőrizd kérlek:\n\nNév: %s\nTAJ szám: %s\nAdóazonosító jel: %s\n"
         "Mobil: %s\nE-mail: %s\nBankszámla: %s" % (n, taj, ado, m, e, ib),
         [(P, "HU TAJ (new hire)", taj), (P, "HU adoazonosito jel (new hire)", ado), (P, "HU mobile (new hire)", m), (P, "email (new hire)", e), (P, "HU IBAN (new hire)", ib)])

    n, e, m = who("PH", "nat")
    psn, sss = V.ph_psn(), V.ph_sss()
    chat("p_chat_ph_sim_registration_philsys", "oai", "SIM registration was rejected, customer sent details by chat. Can you tell what's wrong?\n\nName: %s\n"
         "PhilSys Card Number: %s\nSSS No.: %s\nMobile: %s\nEmail: %s" % (n, psn, sss, m, e),
         [(P, "PH PhilSys number (PCN, SIM registration)", psn), (P, "PH SSS number", sss), (P, "PH mobile (customer)", m), (P, "email (customer)", e)])

    n, e, m = who("VN", "nat")
    cc = V.vn_cccd()
    chat("p_chat_vn_sim_kyc_cccd", "gem", "Khách hàng cần chuẩn hóa thông tin thuê bao, soạn trả lời giúp:\n\nHọ tên: %s\nSố CCCD: %s\nSố điện thoại: %s\nEmail: %s" % (n, cc, m, e),
         [(P, "VN CCCD (SIM KYC)", cc), (P, "VN mobile (customer)", m), (P, "email (customer)", e)])

    n, e, m = who("MY", "nat")
    ic = V.my_nric()
    chat("p_chat_my_fleet_driver_mykad", "conv", "New lorry driver for the Shah Alam depot, check the form:\n\nName: %s\nNo. MyKad: %s\nH/P: %s\nEmail: %s\nLicence class: E, GDL valid" % (n, ic, m, e),
         [(P, "MY NRIC (driver)", ic), (P, "MY mobile (driver)", m), (P, "email (driver)", e)])

    labs, txt = [], "Two rider onboarding forms from the Karachi and Dhaka hubs, summarise what's missing:\n"
    n, e, m = who("PK", "nat")
    cn = V.pk_cnic()
    txt += "\n1) %s, CNIC %s, mobile %s, %s" % (n, cn, m, e)
    labs += [(P, "PK CNIC (rider)", cn), (P, "PK mobile (rider)", m), (P, "email (PK rider)", e)]
    n, e, m = who("BD", "nat")
    nid = V.bd_nid()
    txt += "\n2) %s, NID no. %s, mobile %s, %s, bKash same number" % (n, nid, m, e)
    labs += [(P, "BD NID (rider)", nid), (P, "BD mobile (rider)", m), (P, "email (BD rider)", e)]
    chat("p_chat_pk_bd_rider_onboarding", "anth", txt, labs)

    n, e, m = who("LK", "nat")
    nic = V.lk_nic()
    chat("p_chat_lk_courier_nic", "cohere", "Courier applicant from Colombo, please verify the details are complete:\n\nName: %s\nNIC: %s\nMobile: %s\nEmail: %s\nVehicle: motorbike, own" % (n, nic, m, e),
         [(P, "LK NIC (courier)", nic), (P, "LK mobile (courier)", m), (P, "email (courier)", e)])

    rows = "\n".join("INC00%d|%s|%s|%s" % (R.randint(40000, 49999), R.choice(["P2", "P3"]), R.choice(["Network", "Identity", "Endpoint"]), R.choice(["Resolved", "In progress"])) for _ in range(12))
    chat("p_chat_itsm_export_confidential", "parts", "CONFIDENTIAL\nNordlys IT - major incident register, week 47\n\nnumber|priority|group|state\n" + rows + "\n\nSummarise trends.",
         [(C, "marker CONFIDENTIAL", "CONFIDENTIAL")])
    chat("p_chat_change_calendar_internal_only", "titan", "INTERNAL ONLY\n\nChange calendar, December freeze: core network changes only with CAB approval; Okta and Entra "
         "policy changes need two approvers; MDM profile pushes in staged rings (IT, pilot, all). Rewrite as a short announcement for team leads.",
         [(C, "marker INTERNAL ONLY", "INTERNAL ONLY")])
