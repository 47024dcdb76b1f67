"""Hard negatives 5 (chats): HR and recruiting text without personal data - a policy naming the SSN / passport fields,
a résumé template (john.doe@example.com, 555 numbers), id-format questions answered with the issuers' documented
examples, salary bands, an interview rubric, an anonymised pipeline, a handbook excerpt with lowercase 'confidential' and
a switchboard in Ofcom's drama range, a phishing-awareness quiz, a job post with a role mailbox, a retention schedule."""
from gen_common import R, rs, add
import gen_shapes as SH
from gen_chat_hr import NOTE


def chat(name, kind, text):
    if len(text) < 1400:
        text += NOTE
    add(name, SH.chat(text, kind), ())


def build():
    chat("n_chat_hr_policy_id_fields", "anth", "Summarise this policy section for managers in five bullets:\n\n6.3 Identity documents. During onboarding People Ops collects the employee's Social Security Number (US), "
         "National Insurance number (UK) or the local tax identifier, and a copy of the passport or national identity card for right-to-work checks. The SSN field in Workday is masked after entry and visible only "
         "to payroll. Passport numbers are stored in the document vault, never in e-mail or chat. Managers must not ask employees to send these numbers by Slack.")
    chat("n_chat_resume_template_dummy_contacts", "oai", "Make this résumé template more modern:\n\nJOHN DOE\nSenior Security Engineer\njohn.doe@example.com | (555) 555-0123 | linkedin.com/in/johndoe | Anytown, USA\n\n"
         "SUMMARY\n[Two lines about your focus: detection engineering, cloud security, incident response]\n\nEXPERIENCE\nCompany Name - Job Title (Month YYYY - Present)\n- Achievement with a metric\n\n"
         "REFERENCES\nJane Roe, jane.roe@example.org, +1 202-555-0173")
    chat("n_chat_id_format_documented_examples", "gem", "For our HRIS validation rules: what formats do these have? UK NI number (HMRC's example is QQ 12 34 56 C), "
         "US SSN (the famous invalid 078-05-1120 from the wallet insert, and 123-45-6789), South African ID (13 digits, YYMMDD then gender, citizenship and a Luhn check), "
         "Indian PAN (ABCDE1234F pattern). Give a regex and a checksum note for each.")
    chat("n_chat_salary_bands_security", "resp", "Format these bands as a table:\nSecurity Engineer L3: 95-120k USD / 70-85k GBP / 65-80k EUR\nL4: 120-150k USD / 85-105k GBP / 80-98k EUR\n"
         "L5 (Staff): 150-190k USD / 105-130k GBP / 98-120k EUR\nPrincipal: 190-240k USD. Equity refresh 25% of initial grant yearly. Sign-on bonus only for L5+.")
    chat("n_chat_interview_rubric_careers_mailbox", "conv", "Tidy up this interview rubric. Candidates send questions to careers@kestrel-os.org and scheduling goes through recruiting@kestrel-os.org.\n\n"
         "Round 1 (60 min): threat modelling a firmware update service - STRIDE, trust boundaries, key custody.\nRound 2 (90 min): hands-on - triage a SIEM alert, write a Sigma rule.\n"
         "Round 3 (45 min): values and collaboration. Score 1-4 per area, 3 = hire bar.")
    chat("n_chat_anonymised_pipeline", "brc", "Weekly pipeline update, anonymised for the leadership deck:\nREQ-2291 Detection Engineer: 41 applied, 9 screened, 3 onsite (cand. A.K., M.O., T.S.), 1 offer pending\n"
         "REQ-2304 Firmware Security: 17 applied, 4 screened, 1 onsite (cand. J.W.)\nREQ-2310 IT Ops (Nairobi): 63 applied, 12 screened\nTime to hire median 38 days. Please make it a short narrative.")
    chat("n_chat_handbook_confidential_prose", "mistral", "Rewrite in plainer English:\n\nEmployees must keep customer information confidential and must not discuss compensation details of colleagues. "
         "Questions about this handbook go to the People team; the office switchboard is 020 7946 0123 and the benefits hotline is 0800 028 6040. Breaches are handled under the disciplinary procedure.")
    chat("n_chat_phishing_quiz_examples", "cohere", "Write 5 quiz questions from these phishing-awareness examples:\n1. 'Your password expires today' from it-support@kestrel-0s.org (zero instead of o)\n"
         "2. A 'shared document' link to https://login.example.com/ms/auth\n3. A request to reset your password to something like P@ssw0rd1 or Summer2025!\n4. An invoice from billing@example.net with a .html attachment\n5. A text from +1 (555) 010-4477 about a parcel")
    chat("n_chat_job_post_pentester", "titan", "Improve this job post:\n\nWe're hiring a Penetration Tester (remote, EU). You'll run internal and external tests, Active Directory attacks, "
         "and write reports customers actually read. OSCP or CRTO preferred. Apply with your CV to jobs@kestrel-os.org - no agencies. Salary 70-90k EUR.")
    chat("n_chat_retention_schedule_fields", "llama", "Check this retention schedule for GDPR gaps:\n- candidate CVs and contact details: 6 months after the role closes\n- right-to-work copies (passport / ID card): 2 years after employment ends\n"
         "- payroll records incl. tax id and bank account: 6 years\n- background-check results: deleted 30 days after the decision\n- interview notes: 12 months")
