"""Theme 4 (chat positives): recruiters and HR pasting CVs, onboarding forms and employee records - names with personal
e-mails and phones (US, UK, DE, FR, IN, JP, BR, NG, ZA, KE; national and international formats), national ids with
checksums (US SSN, UK NINO, IN PAN / Aadhaar, ZA ID, BR CPF, DE Steuer-ID, FR NIR), passports and a NG NIN (labelled,
see gen.py), IBANs of employees, and offer-letter banners (CONFIDENTIAL, STRICTLY CONFIDENTIAL, INTERNAL ONLY,
VERTRAULICH, CONFIDENTIEL, 社外秘)."""
from gen_common import R, rs, add, S, K, P, C, r3, R4, PV7, _r6, V9, V10
import gen_shapes as SH
import gen_vals as V

NOTE = ("\n\n---\nPeople-team assistant notes: answer in the language of the request; keep the tone neutral and factual; do not infer health, "
        "religion or union membership; when drafting letters use the templates in the HR handbook section 4; salaries are gross annual unless stated; "
        "for relocation questions point to the mobility policy; for anything about terminations involve the HR business partner first; "
        "never forward candidate documents outside the ATS; dates as 3 March 2026; currency codes after amounts; sign as People Operations. "
        "Checklists: a complete new-starter file has the contract signed by both parties, the right-to-work check recorded with the date it was done, "
        "payroll details confirmed by call-back, the equipment request raised with IT at least ten working days before the start date, and the "
        "buddy and first-week schedule agreed with the hiring manager. Letters: one page where possible, no internal grade codes, no abbreviations "
        "the candidate would not know, and the acceptance deadline in bold.\n")


def chat(name, kind, text, labels):
    if len(text) < 1400:
        text += NOTE
    add(name, SH.chat(text, kind), labels)


def who(cc, fmt="intl"):
    f, l, n = V.person(cc)
    return n, V.mail(cc, f, l), V.mob(cc, fmt)


def build():
    # 1 US candidate CV + background check SSN
    n, e, ph = who("US", "nat")
    ssn = r3.ssn()
    chat("p_chat_us_candidate_cv_background_check", "anth",
         "Can you turn this into a one-paragraph summary for the hiring manager, and draft the background-check request?\n\n%s\nSenior Firmware Engineer\n%s | %s | Austin, TX\n\n"
         "EXPERIENCE\n- Halden Embedded (2021-now): Zephyr RTOS BSPs for Cortex-M33, secure boot with MCUboot, OTA over LTE-M\n- Ridgeline Networks (2016-2021): Linux kernel drivers for 10G NICs, DPDK fast path\n"
         "EDUCATION\nB.S. Computer Engineering, UT Austin (2016)\n\nFor the check (Sterling): legal name as above, DOB 1991-04-17, SSN %s, addresses last 7 years: 2100 Guadalupe St Apt 4, Austin TX 78705." % (n, e, ph, ssn),
         [(P, "email (candidate)", e), (P, "US mobile (candidate)", ph), (P, "US SSN (candidate, background check)", ssn)])

    # 2 UK onboarding: NINO + passport + mobile + offer header
    n, e, ph = who("GB", "nat")
    nino, pp, ib = PV7.uk_nino(), V.uk_passport(), V10.iban("GB")
    chat("p_chat_uk_onboarding_nino_passport", "oai",
         "STRICTLY CONFIDENTIAL\n\nNew starter form - please check it is complete before I send it to payroll:\nName: %s\nPersonal email: %s\nMobile: %s\nNational Insurance number: %s\n"
         "Right to work: British passport no. %s, expires 2031-08-02 (checked in person 24/11)\nBank: IBAN %s\nStart date: 5 January 2026, Security Engineer L4, £92,000"
         % (n, e, ph, nino, pp, ib),
         [(C, "marker STRICTLY CONFIDENTIAL", "STRICTLY CONFIDENTIAL"), (P, "email (new starter)", e), (P, "UK mobile (new starter)", ph), (P, "UK NINO (new starter)", nino),
          (P, "UK passport number (new starter)", pp), (P, "GB IBAN (employee salary account)", ib)])

    # 3 DE employee record with Steuer-ID and IBAN, VERTRAULICH banner
    n, e, ph = who("DE", "nat")
    sid, ib = _r6.de_idnr(), V10.iban("DE")
    sidp = "%s %s %s %s" % (sid[:2], sid[2:5], sid[5:8], sid[8:])
    chat("p_chat_de_personalstammblatt_steuer_id", "gem",
         "VERTRAULICH - Personalstammblatt\n\nBitte prüfe, ob für die Lohnabrechnung etwas fehlt:\nName: %s\nE-Mail privat: %s\nMobil: %s\nSteuer-IdNr.: %s\nSteuerklasse: 1\n"
         "Krankenkasse: TK\nIBAN: %s\nEintritt: 01.02.2026, Embedded Linux Entwickler, 78.000 EUR" % (n, e, ph, sidp, ib),
         [(C, "marker VERTRAULICH", "VERTRAULICH"), (P, "email (employee)", e), (P, "DE mobile (employee)", ph), (P, "DE Steuer-ID (employee)", sidp), (P, "DE IBAN (employee)", ib)])

    # 4 FR: NIR + IBAN + CONFIDENTIEL
    n, e, ph = who("FR", "nat")
    nir, ib = _r6.fr_nir(), V10.iban("FR")
    chat("p_chat_fr_dossier_embauche_nir", "resp",
         "CONFIDENTIEL\n\nPeux-tu vérifier ce dossier d'embauche avant l'envoi à la paie ?\nNom : %s\nCourriel : %s\nPortable : %s\nN° de sécurité sociale : %s\nIBAN : %s\n"
         "Poste : ingénieur sécurité offensive, CDI, 68 000 EUR brut annuel, début le 2 mars 2026" % (n, e, ph, nir, ib),
         [(C, "marker CONFIDENTIEL", "CONFIDENTIEL"), (P, "email (new hire)", e), (P, "FR mobile (new hire)", ph), (P, "FR NIR (new hire)", nir), (P, "FR IBAN (new hire)", ib)])

    # 5 IN: PAN + Aadhaar + passport
    n, e, ph = who("IN", "intl")
    pan, aad, pp = V.V11.in_pan(), V9.aadhaar(), V.in_passport()
    chat("p_chat_in_offer_kyc_pan_aadhaar", "conv",
         "Relocation case for our Bengaluru hire, please list what's still missing for the visa and payroll:\nName: %s\nEmail: %s\nPhone: %s\nPAN: %s\nAadhaar: %s\nPassport No.: %s (valid to 2033)\n"
         "Role: Site Reliability Engineer, CTC INR 42,00,000" % (n, e, ph, pan, aad, pp),
         [(P, "email (hire)", e), (P, "IN mobile (hire)", ph), (P, "IN PAN (hire)", pan), (P, "IN Aadhaar (hire)", aad), (P, "IN passport number (hire)", pp)])

    # 6 JP: 社外秘 + mobile + email
    n, e, ph = who("JP", "nat")
    chat("p_chat_jp_naitei_tsuchi", "anth",
         "社外秘\n\n内定通知書の下書きを整えてください。\n氏名: %s\nメール: %s\n携帯: %s\n職種: セキュリティエンジニア（脆弱性診断）\n年収: 980万円\n入社日: 2026年4月1日" % (n, e, ph),
         [(C, "marker 社外秘", "社外秘"), (P, "email (candidate)", e), (P, "JP mobile (candidate)", ph)])

    # 7 BR: CPF + mobile
    n, e, ph = who("BR", "nat")
    cpf = V9.cpf()
    chat("p_chat_br_admissao_cpf", "mistral",
         "Preciso conferir a ficha de admissão antes de mandar para a contabilidade:\nNome: %s\nE-mail: %s\nCelular: %s\nCPF: %s\nCargo: Analista de Segurança Pleno\nSalário: R$ 14.500,00" % (n, e, ph, cpf),
         [(P, "email (new hire)", e), (P, "BR mobile (new hire)", ph), (P, "BR CPF (new hire)", cpf)])

    # 8 NG: NIN + mobile
    n, e, ph = who("NG", "intl")
    nin = V.ng_nin()
    chat("p_chat_ng_contractor_onboarding_nin", "oai",
         "Contractor onboarding for Lagos, can you check the form is complete?\nFull name: %s\nEmail: %s\nPhone: %s\nNIN: %s\nBank: GTBank, NUBAN account (to follow)\nRole: SOC analyst, 12-month contract" % (n, e, ph, nin),
         [(P, "email (contractor)", e), (P, "NG mobile (contractor)", ph), (P, "NG NIN (contractor)", nin)])

    # 9 ZA: SA ID + mobiles in two formats
    n, e, ph = who("ZA", "intl")
    zid = R4.za_id()
    ph2 = V.mob("ZA", "nat")
    chat("p_chat_za_employee_record_sa_id", "gem",
         "INTERNAL ONLY\n\nUpdate for the Cape Town employee file:\nName: %s\nSA ID: %s\nEmail: %s\nCell: %s\nEmergency contact (spouse): %s\nTax: registered with SARS, PAYE from March" % (n, zid, e, ph, ph2),
         [(C, "marker INTERNAL ONLY", "INTERNAL ONLY"), (P, "ZA ID (employee)", zid), (P, "email (employee)", e), (P, "ZA mobile (employee)", ph), (P, "ZA mobile (emergency contact)", ph2)])

    # 10 KE: mobile national + intl
    n, e, ph = who("KE", "nat")
    n2, e2, ph2 = who("KE", "intl")
    chat("p_chat_ke_interview_shortlist", "cohere",
         "Shortlist for the Nairobi cloud security role - please schedule first interviews next week:\n1. %s - %s - %s - 6 yrs AWS, OSCP\n2. %s - %s - %s - 4 yrs Azure, CISSP associate\n"
         "Panel: Amina (hiring manager), Brian (staff engineer). 45 minutes each, video call." % (n, e, ph, n2, e2, ph2),
         [(P, "email (candidate 1)", e), (P, "KE mobile (candidate 1)", ph), (P, "email (candidate 2)", e2), (P, "KE mobile (candidate 2)", ph2)])

    # 11 US HR CSV export with SSNs
    rows, labs = [], []
    for i in range(4):
        f, l, nm = V.person("US")
        em, p_, s_ = V.mail("US", f, l), V.mob("US", "dash"), r3.ssn()
        rows.append("%d,%s,%s,%s,%s,19%02d-%02d-%02d" % (10230 + i, nm, em, p_, s_, R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)))
        labs += [(P, "email (employee row)", em), (P, "US mobile (employee row)", p_), (P, "US SSN (employee row)", s_)]
    chat("p_chat_us_hris_export_ssn_rows", "parts",
         "The benefits vendor rejected this file, what's wrong with the format?\n\nemployee_id,name,email,phone,ssn,dob\n" + "\n".join(rows) + "\n\nThey said 'invalid record length'.", labs)

    # 12 offer letter with CONFIDENTIAL header, personal email, UK mobile intl
    n, e, ph = who("GB", "intl")
    chat("p_chat_uk_offer_letter_confidential", "brc",
         "CONFIDENTIAL\n\n%s\n%s\n%s\n\nDear %s,\n\nFurther to your interview, we are pleased to offer you the position of Principal Detection Engineer at a base salary of £118,000 per annum, "
         "plus 15%% bonus target and 20,000 RSUs vesting over four years. Please shorten this letter and make it warmer." % (n, e, ph, n.split()[0]),
         [(C, "marker CONFIDENTIAL", "CONFIDENTIAL"), (P, "email (offer recipient)", e), (P, "UK mobile (offer recipient)", ph)])

    # 13 payroll change: two employees' IBANs (DE, FR)
    n1, n2 = V.person("DE")[2], V.person("FR")[2]
    i1, i2 = V10.iban("DE"), V10.iban("FR")
    chat("p_chat_payroll_bank_change_ibans", "titan",
         "Payroll change requests received today, please format them for the bank upload template (name; old IBAN -> new IBAN):\n- %s: new salary account %s (from 1 December)\n- %s: nouveau compte %s, effective immediately\n"
         "Both confirmed by call-back to the numbers on file." % (n1, i1, n2, i2),
         [(P, "DE IBAN (employee salary account)", i1), (P, "FR IBAN (employee salary account)", i2)])

    # 14 PIP document: INTERNAL ONLY + personal contact
    n, e, ph = who("US", "intl")
    chat("p_chat_pip_internal_only", "llama",
         "INTERNAL ONLY - Performance Improvement Plan\n\nEmployee: %s (personal contact on file: %s, %s)\nManager: R. Castillo\nPeriod: 1 Dec 2025 - 28 Feb 2026\n"
         "Goals: close 80%% of assigned vuln tickets within SLA; deliver the SBOM pipeline. Rewrite this so it is supportive but clear." % (n, e, ph),
         [(C, "marker INTERNAL ONLY", "INTERNAL ONLY"), (P, "email (employee, personal)", e), (P, "US mobile (employee)", ph)])
