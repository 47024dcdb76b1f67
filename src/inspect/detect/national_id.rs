//! National identifiers with a check digit: validators, context rules and
//! sample generators for the `Check::NationalId` rules in `rules.rs`.
//!
//! Most of these numbers are short digit strings that order ids, phone
//! numbers and row ids collide with; their checksums only catch 1 in 10 to
//! 1 in 100 random look-alikes. So every rule but the spaced Aadhaar needs
//! the number named: a keyword just before the value on the same line
//! (`CPF: …`, `"bsn": "…"`), or a table column whose header names it (a
//! CSV/TSV/Markdown export with a `cpf` column). The keyword rules'
//! windows reach 8 KiB past the keyword so the rows under a header are
//! seen; the validator decides whether the header is really this column.
//!
//! Forms the digit probe cannot see (no run of 4 digits: `123.456.789-09`,
//! `1 84 12 76 451 089 46`, codice fiscale) can only be found through a
//! keyword anchor; that is why none of them may fire bare.

use super::samples::{Gen, DIGITS, UPPER};
use super::table;
use super::validate;
use super::Confidence;

/// Which identifier a `Check::NationalId` rule validates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IdKind {
    /// Canada SIN: 9 digits, Luhn, first digit not 0 or 8.
    CaSin,
    /// France NIR / INSEE: 13 digits + key 97 - (n mod 97), 2A/2B Corsica.
    FrNir,
    /// Spain DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter).
    EsDniNie,
    /// Italy codice fiscale: 16 characters, check letter.
    ItCf,
    /// Netherlands BSN: 9 digits, 11-proof.
    NlBsn,
    /// Brazil CPF: 11 digits, two mod-11 check digits.
    BrCpf,
    /// India Aadhaar after a keyword: 12 digits, Verhoeff.
    InAadhaar,
    /// India Aadhaar without a keyword: only `NNNN NNNN NNNN`, found by the
    /// digit probe.
    InAadhaarBare,
    /// Germany Steuer-ID: 11 digits, digit-repetition rule, ISO 7064 mod 11,10.
    DeTaxId,
    /// Australia TFN: 9 digits, weighted mod 11.
    AuTfn,
    /// Poland PESEL: 11 digits, birth date, weighted mod 10.
    PlPesel,
    /// Sweden personnummer / samordningsnummer: date + 4 digits, Luhn.
    SePnr,
    /// Finland henkilötunnus: `DDMMYY`, century sign, 3 digits, check
    /// character (the 9 digits mod 31).
    FiHetu,
    /// Norway fødselsnummer / D-number: date + 3 digits + two mod-11 checks.
    NoFnr,
    /// Estonia isikukood: century/sex digit 1-6, date, 3 digits, two-stage
    /// mod 11.
    EeIk,
    /// Portugal NIF: 9 digits, weights 9..2 mod 11.
    PtNif,
    /// Ireland PPSN: 7 digits, check letter (mod 23), optional second letter.
    IePpsn,
    /// Switzerland AHV/AVS number after a keyword: 13 digits from `756`,
    /// EAN-13 check digit.
    ChAhv,
    /// Switzerland AHV/AVS number without a keyword: only the dotted
    /// `756.NNNN.NNNN.NN` form, found by its `756.` anchor.
    ChAhvBare,
    /// Belgium national register number: date, 3 digits, mod 97 (with the
    /// `2` prefix for births from 2000).
    BeNrn,
    /// Croatia OIB: 11 digits, ISO 7064 MOD 11,10.
    HrOib,
    /// Romania CNP: 13 digits, date, county, weights 279146358279 mod 11.
    RoCnp,
    /// Czech / Slovak birth number: date (+50/+20 months), 10 digits
    /// divisible by 11, or 9 digits before 1954.
    CzSkRc,
    /// Chile RUT / RUN: body + mod-11 check digit or `K`.
    ClRut,
    /// China resident identity number: 18 characters, date, ISO 7064
    /// MOD 11-2 (check `X` for 10).
    CnRic,
    /// UK NHS number: 10 digits, weights 10..2 mod 11.
    UkNhs,
    /// US ITIN: `9XX-GG-SSSS`, group in the IRS ranges.
    UsItin,
    /// Denmark CPR: `DDMMYY-SSSS`, valid date (century from the 7th
    /// digit); mod 11 is not required since 2007.
    DkCpr,
    /// Iceland kennitala: `DDMMYY-RRCK`, weights 3,2,7,6,5,4,3,2 mod 11,
    /// century 9 or 0 (persons only: day < 40).
    IsKt,
    /// Bulgaria EGN: `YYMMDDSSSC`, month +20/+40 for the century, weights
    /// 2,4,8,5,10,9,7,3,6 mod 11 mod 10.
    BgEgn,
    /// Slovenia EMŠO: `DDMMYYYRRBBBK`, weights 7..2,7..2 mod 11.
    SiEmso,
    /// Lithuania asmens kodas: the Estonian isikukood algorithm.
    LtAk,
    /// Greece AMKA: `DDMMYY` + 5 digits, Luhn.
    GrAmka,
    /// Turkey TC Kimlik No: 11 digits, two check digits.
    TrTck,
    /// Israel Teudat Zehut: 9 digits, Luhn.
    IlTz,
    /// South Africa ID: `YYMMDD SSSS C A Z`, citizenship 0/1, Luhn.
    ZaId,
    /// Korea RRN: `YYMMDD-GNNNNNN`, date from the gender digit; place and
    /// check digit for numbers issued before the 2020 reform.
    KrRrn,
    /// Mexico CURP: 18 characters, date, sex, state, check digit.
    MxCurp,
    /// India PAN: `AAAPA9999A`, 4th letter a holder category.
    InPan,
    /// Malaysia NRIC / MyKad: `YYMMDD-PB-NNNN`, valid date and place of
    /// birth code.
    MyNric,
    /// Thailand national id: 13 digits, weights 13..2 mod 11.
    ThPin,
    /// Japan My Number: 12 digits, weights 6..2,7..2 mod 11.
    JpMyNumber,
    /// Argentina CUIL/CUIT of a person: prefix 20/23/24/27, weights
    /// 5,4,3,2,7,6,5,4,3,2 mod 11.
    ArCuil,
    /// New Zealand IRD number: 8-9 digits, two mod-11 weightings.
    NzIrd,
    /// UK Unique Taxpayer Reference: 10 digits, the first a mod-11 check
    /// of the other nine.
    UkUtr,
    /// Germany Rentenversicherungsnummer: area, birth date `DDMMYY`, the
    /// birth name's initial, serial, check digit over the 13 digits (the
    /// letter as its alphabet position) weighted 2,1,2,5,7,1,2,1,2,1,2,1,
    /// digit sums mod 10.
    DeRvnr,
    /// Germany Krankenversichertennummer (statutory health insurance): a
    /// letter, eight digits and a check digit over the letter as its
    /// alphabet position (two digits) and the eight, weighted 1,2,1,2,…,
    /// digit sums mod 10.
    DeKvnr,
    /// US Medicare Beneficiary Identifier: 11 characters in CMS's fixed
    /// pattern (digit 1-9, letter, letter or digit, digit, letter, letter
    /// or digit, digit, letter, letter, digit, digit; no S, L, O, I, B, Z).
    /// It has no check digit: the keyword and the pattern carry it.
    UsMbi,
    /// US SSN as 9 plain digits or `NNN NN NNNN`, in a table column named
    /// `ssn` (the `us_ssn` context rule takes the same-line forms).
    UsSsnCol,
    /// Singapore NRIC / FIN: `S`/`T` (citizens) or `F`/`G` (foreigners),
    /// 7 digits weighted 2,7,6,5,4,3,2 (+4 for `T`/`G`), check letter
    /// from the prefix's table by the sum mod 11.
    SgNric,
    /// Indonesia NIK: 16 digits, a province code, the birth date `DDMMYY`
    /// (day + 40 for women) and a serial other than 0000. No check digit.
    IdNik,
    /// Mexico RFC of a person: 4 letters, the birth date `YYMMDD` and a
    /// 3-character homoclave (13 characters; a company's has 3 letters).
    /// The check character is not required: the keyword carries it.
    MxRfc,
    /// Australia Medicare card number: 10 digits, the first 2-6, the
    /// ninth a check over the first eight weighted 1,3,7,9,1,3,7,9 mod
    /// 10, the tenth the card's issue number.
    AuMedicare,
    /// UAE Emirates ID: `784`, the birth year, 7 digits and a Luhn check
    /// digit (15 digits, printed `784-YYYY-NNNNNNN-C`).
    AeEid,
    /// Saudi national id (`1…`, citizens) or iqama (`2…`, residents): 10
    /// digits with a Luhn check.
    SaNid,
    /// Egypt national id: 14 digits, century `2`/`3`, the birth date
    /// `YYMMDD`, a governorate code, a serial. No published check digit.
    EgNid,
    /// Taiwan national id: a region letter, `1`/`2`, 8 digits; the
    /// letter's two digits and the rest weighted 1,9,8,…,1,1 sum to 0 mod 10.
    TwNid,
    /// Hong Kong HKID: one or two letters, 6 digits and a check digit or
    /// `A` (mod 11, a missing first letter counted as 36), printed
    /// `A123456(3)`.
    HkId,
    /// Greece AFM (tax number): 9 digits, the first eight weighted by
    /// powers of 2, mod 11, mod 10.
    GrAfm,
    /// Hungary TAJ (social security): 9 digits, weights 3,7 mod 10.
    HuTaj,
    /// Hungary tax id (adóazonosító jel): 10 digits starting `8`, weights
    /// 1-9 mod 11.
    HuTax,
    /// Luxembourg matricule: 13 digits, the birth date `YYYYMMDD`, 3
    /// digits, then a Luhn and a Verhoeff check digit over the first 11.
    LuMatricule,
    /// Pakistan CNIC: 13 digits printed 5-7-1, the first (province) 1-7.
    /// No check digit: the keyword carries it.
    PkCnic,
    /// Sri Lanka NIC: 12 digits (birth year 19xx/20xx, day of year 1-366,
    /// +500 for women, 5 digits) or the old 9 digits and `V`/`X`.
    LkNic,
    /// Vietnam CCCD: 12 digits, a province code, a century-and-sex digit
    /// 0-3, the birth year, 6 digits.
    VnCccd,
    /// UK (DVLA) driving licence number: 5 characters of the surname
    /// (padded with 9), the birth date as decade, month (+50 for women),
    /// day and year digits, 2 initials, a digit and 2 check characters.
    UkDl,
    /// Austria social insurance number (SVNR): 3 serial digits, a check
    /// digit, the birth date `DDMMYY`; the check is the other nine
    /// weighted 3,7,9,5,8,4,2,1,6 mod 11.
    AtSvnr,
    /// Latvia personas kods: `DDMMYY-CNNNN`, the last digit
    /// (1101 − Σ first ten × 1,6,3,7,9,10,5,8,4,2) mod 11.
    LvPk,
}

impl IdKind {
    /// Rules run by the digit probe (no anchors).
    pub(crate) fn probed(self) -> bool {
        self == IdKind::InAadhaarBare
    }

    /// Words that name the number, lower case; matched case-insensitively
    /// as whole words (`_` and punctuation are word breaks, so `customer_cpf`
    /// and `"cpf":` count).
    fn keywords(self) -> &'static [&'static str] {
        match self {
            IdKind::CaSin => &["sin", "social insurance", "assurance sociale", "nas"],
            IdKind::FrNir => &[
                "nir",
                "insee",
                "s\u{e9}curit\u{e9} sociale",
                "securite sociale",
                "s\u{e9}cu",
                "secu",
                "carte vitale",
                "social security",
                "num\u{e9}ro ss",
            ],
            IdKind::EsDniNie => &[
                "dni",
                "nie",
                "nif",
                "d.n.i",
                "n.i.e",
                "documento nacional",
                "documento de identidad",
            ],
            IdKind::ItCf => &[
                "codice fiscale",
                "codicefiscale",
                "codice_fiscale",
                "cod. fiscale",
                "cod. fisc",
                "cod.fisc",
                "fiscal code",
                "fiscal_code",
                "c.f",
                "cf",
                "tax code",
            ],
            IdKind::NlBsn => &[
                "bsn",
                "burgerservicenummer",
                "sofinummer",
                "sofi-nummer",
                "sofinr",
                "sofi",
            ],
            IdKind::BrCpf => BR_CPF_WORDS,
            IdKind::InAadhaar | IdKind::InAadhaarBare => IN_AADHAAR_WORDS,
            IdKind::DeTaxId => &[
                "steuer-id",
                "steuerid",
                "steuer id",
                "steuer_id",
                "steuer-idnr",
                "steuer-identifikationsnummer",
                "steueridentifikationsnummer",
                "identifikationsnummer",
                "idnr",
                "tax id",
                "tax_id",
                "tax-id",
                "taxid",
            ],
            IdKind::AuTfn => &["tfn", "tax file number", "tax file no"],
            IdKind::PlPesel => PL_PESEL_WORDS,
            IdKind::SePnr => SE_PNR_WORDS,
            IdKind::FiHetu => FI_HETU_WORDS,
            IdKind::NoFnr => NO_FNR_WORDS,
            IdKind::EeIk => EE_IK_WORDS,
            IdKind::PtNif => &["nif", "n.i.f", "contribuinte"],
            IdKind::IePpsn => &[
                "pps",
                "ppsn",
                "pps no",
                "pps number",
                "personal public service",
            ],
            IdKind::ChAhv | IdKind::ChAhvBare => CH_AHV_WORDS,
            IdKind::BeNrn => BE_NRN_WORDS,
            IdKind::HrOib => HR_OIB_WORDS,
            IdKind::RoCnp => RO_CNP_WORDS,
            IdKind::CzSkRc => CZ_RC_WORDS,
            IdKind::ClRut => &[
                "rut",
                "run",
                "r.u.t",
                "r.u.n",
                "rol \u{fa}nico tributario",
                "rol unico tributario",
                "rol \u{fa}nico nacional",
                "rol unico nacional",
            ],
            IdKind::CnRic => CN_RIC_WORDS,
            IdKind::UkNhs => UK_NHS_WORDS,
            IdKind::UsItin => US_ITIN_WORDS,
            IdKind::DkCpr => DK_CPR_WORDS,
            IdKind::IsKt => IS_KT_WORDS,
            IdKind::BgEgn => BG_EGN_WORDS,
            IdKind::SiEmso => SI_EMSO_WORDS,
            IdKind::LtAk => LT_AK_WORDS,
            IdKind::GrAmka => GR_AMKA_WORDS,
            IdKind::TrTck => TR_TCK_WORDS,
            IdKind::IlTz => IL_TZ_WORDS,
            IdKind::ZaId => ZA_ID_WORDS,
            IdKind::KrRrn => KR_RRN_WORDS,
            IdKind::MxCurp => MX_CURP_WORDS,
            IdKind::InPan => IN_PAN_WORDS,
            IdKind::MyNric => MY_NRIC_WORDS,
            IdKind::ThPin => TH_PIN_WORDS,
            IdKind::JpMyNumber => JP_MYNUMBER_WORDS,
            IdKind::ArCuil => AR_CUIL_WORDS,
            IdKind::NzIrd => NZ_IRD_WORDS,
            IdKind::UkUtr => UK_UTR_WORDS,
            IdKind::DeRvnr => DE_RVNR_WORDS,
            IdKind::DeKvnr => DE_KVNR_WORDS,
            IdKind::UsMbi => US_MBI_WORDS,
            IdKind::UsSsnCol => US_SSN_WORDS,
            IdKind::SgNric => SG_NRIC_WORDS,
            IdKind::IdNik => ID_NIK_WORDS,
            IdKind::MxRfc => MX_RFC_WORDS,
            IdKind::AuMedicare => AU_MEDICARE_WORDS,
            IdKind::AeEid => AE_EID_WORDS,
            IdKind::SaNid => SA_NID_WORDS,
            IdKind::EgNid => EG_NID_WORDS,
            IdKind::TwNid => TW_NID_WORDS,
            IdKind::HkId => HK_ID_WORDS,
            IdKind::GrAfm => GR_AFM_WORDS,
            IdKind::HuTaj => HU_TAJ_WORDS,
            IdKind::HuTax => HU_TAX_WORDS,
            IdKind::LuMatricule => LU_MATRICULE_WORDS,
            IdKind::PkCnic => PK_CNIC_WORDS,
            IdKind::LkNic => LK_NIC_WORDS,
            IdKind::VnCccd => VN_CCCD_WORDS,
            IdKind::UkDl => UK_DL_WORDS,
            IdKind::AtSvnr => AT_SVNR_WORDS,
            IdKind::LvPk => LV_PK_WORDS,
        }
    }
}

// Keyword lists that are also their rule's anchors (`rules.rs`), kept
// once: every word that names the number opens the rule's window.
pub(super) const BR_CPF_WORDS: &[&str] = &["cpf", "cadastro de pessoas"];
pub(super) const IN_AADHAAR_WORDS: &[&str] = &[
    "aadhaar",
    "aadhar",
    "adhaar",
    "uidai",
    "\u{906}\u{927}\u{93e}\u{930}",
];
pub(super) const PL_PESEL_WORDS: &[&str] = &["pesel"];
pub(super) const SE_PNR_WORDS: &[&str] = &[
    "personnummer",
    "personnr",
    "person-nr",
    "pers.nr",
    "samordningsnummer",
    "personal identity number",
];
pub(super) const FI_HETU_WORDS: &[&str] = &[
    "hetu",
    "henkil\u{f6}tunnus",
    "henkil\u{d6}tunnus",
    "henkilotunnus",
    "personal identity code",
    "sotu",
    "sosiaaliturvatunnus",
    "personbeteckning",
];
pub(super) const NO_FNR_WORDS: &[&str] = &[
    "f\u{f8}dselsnummer",
    "f\u{f8}dselsnr",
    "fodselsnummer",
    "fodselsnr",
    "foedselsnummer",
    "fnr",
    "personnummer",
    "d-nummer",
];
pub(super) const EE_IK_WORDS: &[&str] = &["isikukood", "isikukoodi", "personal code"];
pub(super) const CH_AHV_WORDS: &[&str] = &[
    "ahv",
    "avs",
    "oasi",
    "ahv-nr",
    "ahvn13",
    "sozialversicherungsnummer",
];
pub(super) const BE_NRN_WORDS: &[&str] = &[
    "national number",
    "national register number",
    "national registry number",
    "rijksregisternummer",
    "rijksregister",
    "rijksregisternr",
    "num\u{e9}ro national",
    "numero national",
    "registre national",
    "nationalregisternummer",
    "niss",
    "insz",
];
pub(super) const HR_OIB_WORDS: &[&str] = &["oib", "osobni identifikacijski broj"];
pub(super) const RO_CNP_WORDS: &[&str] = &["cnp", "cod numeric personal", "codul numeric personal"];
/// `cnp` and `numeric personal` (`cod numeric` would be entered under
/// `ric `, common in code).
pub(super) const RO_CNP_ANCHORS: &[&str] = &["cnp", "numeric personal"];
pub(super) const CZ_RC_WORDS: &[&str] = &[
    "rodn\u{e9} \u{10d}\u{ed}slo",
    "rodn\u{e9} \u{10d}islo",
    "rodn\u{c9} \u{10c}\u{cd}slo",
    "rodne cislo",
    "rodne_cislo",
    "rodnecislo",
    "rodn\u{e9} \u{10d}",
    "birth number",
    "r\u{10d}",
    "r\u{10c}",
    "r.\u{10d}",
    "r.\u{10c}",
];
pub(super) const CN_RIC_WORDS: &[&str] = &[
    "\u{8eab}\u{4efd}\u{8bc1}",
    "\u{8eab}\u{5206}\u{8b49}",
    "\u{8eab}\u{4efd}\u{53f7}\u{7801}",
    "resident id",
    "resident identity",
    "identity card",
];
pub(super) const UK_NHS_WORDS: &[&str] = &["nhs", "nhs number", "nhs no"];
pub(super) const US_ITIN_WORDS: &[&str] = &["itin", "individual taxpayer"];
/// `itin` with what follows it (`?iti` would pass at every `sition`).
pub(super) const US_ITIN_ANCHORS: &[&str] = &[
    "itin:",
    "itin ",
    "itin\"",
    "itin,",
    "itin=",
    "itin\t",
    "itin|",
    "itin/",
    "itin#",
    "individual taxpayer",
];

// Keywords of the national ids added with `dk_cpr`. Short ones (`cpr`,
// `egn`, `pan`, `ird`, `utr`) are anchored only as labels (`cpr:`,
// `pan "`): the keyword check wants them as whole words anyway.
pub(super) const DK_CPR_WORDS: &[&str] = &[
    "cpr",
    "cpr-nr",
    "cpr nr",
    "cprnr",
    "cpr-nummer",
    "cpr nummer",
    "cpr number",
    "cpr_nr",
    "cpr_number",
];
pub(super) const IS_KT_WORDS: &[&str] = &["kennitala", "kennit\u{f6}lu", "kt"];
pub(super) const BG_EGN_WORDS: &[&str] = &[
    "egn",
    "\u{435}\u{433}\u{43d}",
    "\u{415}\u{413}\u{41d}",
    "\u{435}\u{434}\u{438}\u{43d}\u{435}\u{43d} \u{433}\u{440}\u{430}\u{436}\u{434}\u{430}\u{43d}\u{441}\u{43a}\u{438} \u{43d}\u{43e}\u{43c}\u{435}\u{440}",
];
pub(super) const SI_EMSO_WORDS: &[&str] = &[
    "emso",
    "em\u{161}o",
    "em\u{160}o",
    "enotna mati\u{10d}na \u{161}tevilka",
];
pub(super) const LT_AK_WORDS: &[&str] =
    &["asmens kodas", "asmens kodo", "asmens_kodas", "asmenskodas"];
pub(super) const GR_AMKA_WORDS: &[&str] = &[
    "amka",
    "\u{3b1}\u{3bc}\u{3ba}\u{3b1}",
    "\u{391}\u{39c}\u{39a}\u{391}",
    "\u{391}.\u{39c}.\u{39a}.\u{391}",
];
pub(super) const TR_TCK_WORDS: &[&str] = &[
    "tc kimlik",
    "t.c. kimlik",
    "tc kimlik no",
    "tckimlik",
    "tckimlikno",
    "tc_kimlik_no",
    "kimlik no",
    "kimlik numaras\u{131}",
    "kimlik numarasi",
    "tckn",
];
pub(super) const IL_TZ_WORDS: &[&str] = &[
    "teudat zehut",
    "teudat_zehut",
    "teudat-zehut",
    "\u{5ea}\u{5e2}\u{5d5}\u{5d3}\u{5ea} \u{5d6}\u{5d4}\u{5d5}\u{5ea}",
    "\u{5ea}.\u{5d6}",
    "israeli id",
];
pub(super) const ZA_ID_WORDS: &[&str] = &[
    "south african id",
    "sa id",
    "rsa id",
    "sa id number",
    "rsa id number",
];
pub(super) const KR_RRN_WORDS: &[&str] = &[
    "\u{c8fc}\u{bbfc}\u{b4f1}\u{b85d}\u{bc88}\u{d638}",
    "\u{c8fc}\u{bbfc}\u{bc88}\u{d638}",
    "resident registration number",
    "resident registration no",
    "rrn",
];
pub(super) const SG_NRIC_WORDS: &[&str] = &[
    "nric",
    "nric/fin",
    "nric no",
    "fin no",
    "fin number",
    "singapore ic",
];
pub(super) const ID_NIK_WORDS: &[&str] = &[
    "nik",
    "ktp",
    "no. ktp",
    "no ktp",
    "nomor ktp",
    "e-ktp",
    "nomor induk kependudukan",
];
pub(super) const AE_EID_WORDS: &[&str] = &[
    "emirates id",
    "emirates-id",
    "emirates_id",
    "emiratesid",
    "emirates identity",
    "uae id",
    "eid no",
    "eid number",
    // الهوية الإماراتية (Emirati identity).
    "\u{627}\u{644}\u{625}\u{645}\u{627}\u{631}\u{627}\u{62a}\u{64a}\u{629}",
];
// `national id` too: a 10-digit Luhn number after it is someone's either
// way.
pub(super) const SA_NID_WORDS: &[&str] = &[
    "iqama",
    "saudi id",
    "saudi national id",
    "national id",
    "national_id",
    "muqeem",
    // الهوية الوطنية (national identity), رقم الهوية (id number).
    "\u{627}\u{644}\u{647}\u{648}\u{64a}\u{629} \u{627}\u{644}\u{648}\u{637}\u{646}\u{64a}\u{629}",
    "\u{631}\u{642}\u{645} \u{627}\u{644}\u{647}\u{648}\u{64a}\u{629}",
];
pub(super) const EG_NID_WORDS: &[&str] = &[
    "egyptian id",
    "egyptian national id",
    "national id",
    "national_id",
    // الرقم القومي (the national number).
    "\u{627}\u{644}\u{631}\u{642}\u{645} \u{627}\u{644}\u{642}\u{648}\u{645}\u{64a}",
];
pub(super) const TW_NID_WORDS: &[&str] = &[
    // 身分證字號, 身份證字號, 身分證號, 身份證號.
    "\u{8eab}\u{5206}\u{8b49}\u{5b57}\u{865f}",
    "\u{8eab}\u{4efd}\u{8b49}\u{5b57}\u{865f}",
    "\u{8eab}\u{5206}\u{8b49}\u{865f}",
    "\u{8eab}\u{4efd}\u{8b49}\u{865f}",
    "taiwan id",
    "roc id",
];
pub(super) const HK_ID_WORDS: &[&str] = &[
    "hkid",
    "hong kong id",
    // 香港身份證, 香港身分證, 身份證號碼.
    "\u{9999}\u{6e2f}\u{8eab}\u{4efd}\u{8b49}",
    "\u{9999}\u{6e2f}\u{8eab}\u{5206}\u{8b49}",
    "\u{8eab}\u{4efd}\u{8b49}\u{865f}\u{78bc}",
];
// ΑΦΜ / αφμ / Α.Φ.Μ.; `afm` with what follows it (a bare 3-byte anchor
// costs the anchor filter on every text).
pub(super) const GR_AFM_WORDS: &[&str] = &[
    "afm:",
    "afm ",
    "a.f.m",
    "\u{391}\u{3a6}\u{39c}",
    "\u{3b1}\u{3c6}\u{3bc}",
    "\u{391}.\u{3a6}.\u{39c}",
];
pub(super) const HU_TAJ_WORDS: &[&str] = &[
    "taj sz\u{e1}m",
    "taj-sz\u{e1}m",
    "tajsz\u{e1}m",
    "taj szam",
    "taj:",
    "taj no",
];
pub(super) const HU_TAX_WORDS: &[&str] = &[
    "ad\u{f3}azonos\u{ed}t\u{f3}",
    "adoazonosito",
    "ad\u{f3}sz\u{e1}m",
];
pub(super) const LU_MATRICULE_WORDS: &[&str] = &[
    "matricule",
    "num\u{e9}ro d'identification national",
    "numero d'identification national",
    "identifiant national",
    "sozialversicherungsnummer (lu)",
];
pub(super) const PK_CNIC_WORDS: &[&str] = &[
    "cnic",
    "computerized national identity card",
    "computerised national identity card",
];
pub(super) const LK_NIC_WORDS: &[&str] = &[
    "nic:",
    "nic no",
    "nic number",
    "nic ",
    "national identity card",
];
pub(super) const VN_CCCD_WORDS: &[&str] = &[
    "cccd",
    "c\u{103}n c\u{1b0}\u{1edb}c",
    "can cuoc",
    "cmnd",
    "s\u{1ed1} \u{111}\u{1ecb}nh danh",
];
pub(super) const AT_SVNR_WORDS: &[&str] = &[
    "sozialversicherungsnummer",
    "versicherungsnummer",
    "svnr",
    "sv-nr",
    "sv-nummer",
    "e-card",
];
pub(super) const LV_PK_WORDS: &[&str] = &[
    "personas kods",
    "personas kodu",
    "personas koda",
    "personas_kods",
];
pub(super) const UK_DL_WORDS: &[&str] = &[
    "driving licence",
    "driving license",
    "driver licence",
    "driver's licence",
    "licence no",
    "licence_no",
    "licence number",
    "dvla",
];
pub(super) const AU_MEDICARE_WORDS: &[&str] = &[
    "medicare",
    "medicare card",
    "medicare card number",
    "medicare number",
    "medicare no",
];
pub(super) const MX_RFC_WORDS: &[&str] = &["rfc", "r.f.c", "registro federal de contribuyentes"];
pub(super) const MX_CURP_WORDS: &[&str] =
    &["curp", "clave \u{fa}nica de registro de poblaci\u{f3}n"];
pub(super) const IN_PAN_WORDS: &[&str] = &[
    "pan",
    "pan no",
    "pan number",
    "pan card",
    "permanent account number",
];
pub(super) const MY_NRIC_WORDS: &[&str] = &[
    "nric",
    "mykad",
    "no. kp",
    "no kp",
    "kad pengenalan",
    "ic no",
    "i/c no",
];
pub(super) const TH_PIN_WORDS: &[&str] = &[
    "thai id",
    "thai national id",
    "\u{e40}\u{e25}\u{e02}\u{e1b}\u{e23}\u{e30}\u{e08}\u{e33}\u{e15}\u{e31}\u{e27}\u{e1b}\u{e23}\u{e30}\u{e0a}\u{e32}\u{e0a}\u{e19}",
    "\u{e1a}\u{e31}\u{e15}\u{e23}\u{e1b}\u{e23}\u{e30}\u{e0a}\u{e32}\u{e0a}\u{e19}",
];
pub(super) const JP_MYNUMBER_WORDS: &[&str] = &[
    "my number",
    "mynumber",
    "my_number",
    "\u{30de}\u{30a4}\u{30ca}\u{30f3}\u{30d0}\u{30fc}",
    "\u{500b}\u{4eba}\u{756a}\u{53f7}",
];
pub(super) const AR_CUIL_WORDS: &[&str] = &["cuil", "cuit", "c.u.i.l", "c.u.i.t"];
pub(super) const NZ_IRD_WORDS: &[&str] = &[
    "ird",
    "ird no",
    "ird number",
    "ird_number",
    "inland revenue number",
];
pub(super) const UK_UTR_WORDS: &[&str] = &[
    "utr",
    "utr no",
    "utr number",
    "unique taxpayer reference",
    "unique tax reference",
    "self assessment utr",
];
pub(super) const DE_RVNR_WORDS: &[&str] = &[
    "rentenversicherungsnummer",
    "versicherungsnummer",
    "sozialversicherungsnummer",
    "rvnr",
    "rv-nr",
    "rv-nummer",
    "sv-nr",
    "sv-nummer",
    "svnr",
];
pub(super) const DE_KVNR_WORDS: &[&str] = &[
    "krankenversichertennummer",
    "krankenversichertennr",
    "krankenversicherungsnummer",
    "kvnr",
    "kv-nr",
    "versichertennummer",
    "versicherten-nr",
    "egk-nummer",
];
pub(super) const US_MBI_WORDS: &[&str] = &[
    "mbi",
    "medicare beneficiary identifier",
    "medicare_beneficiary_identifier",
    "medicare beneficiary id",
    "medicare number",
    "medicare no",
    "medicare id",
    "medicare_id",
    "medicare #",
];
pub(super) const US_SSN_WORDS: &[&str] = &[
    "ssn",
    "ss#",
    "social security number",
    "social security no",
    "social_security_number",
];

/// Documented example values (compact, upper case): reported as examples.
const EXAMPLES: &[&[u8]] = &[
    // The HKID and Taiwan id every explainer prints.
    b"A1234563",
    b"A123456789",
    // Sequential-looking value that passes TFN, BSN and SIN checks alike.
    b"123456782",
    b"046454286",
    b"111222333",
    b"184127645108946",
    b"255081416802538",
    b"12345678Z",
    b"X1234567L",
    b"RSSMRA85T10A562S",
    b"12345678909",
    b"11144477735",
    b"86095742719",
    b"65929970489",
    b"12345678995",
    b"44051401359",
    b"1212121212",
    b"8112189876",
    // CMS's sample Medicare card.
    b"1EG4TE5MK73",
    // Published examples: DVV's henkilötunnus, the AHV number on the
    // federal office's sample card, GB 11643's worked example, the NHS
    // data dictionary's number, the Irish PPSN and Chilean RUT textbook
    // values.
    b"131052308T",
    b"7561234567897",
    b"11010519491231002X",
    b"9434765919",
    b"1234567T",
    b"1234567TW",
    b"123456785",
];

/// Validates a match of a `NationalId` rule: shape, checksum, degenerate
/// values, then context (keyword or column header) unless the kind may
/// fire bare. Returns the confidence and whether it is an example value.
pub(crate) fn validate(
    kind: IdKind,
    text: &[u8],
    vs: usize,
    ve: usize,
) -> Option<(Confidence, bool)> {
    let found = value_ok(kind, text, vs, ve)?;
    let v = text.get(vs..ve)?;
    match kind {
        IdKind::InAadhaarBare => {
            if !bare_aadhaar_ok(text, vs, ve) {
                return None;
            }
        }
        // The bare rule reports the spaced form itself: one finding per value.
        IdKind::InAadhaar if bare_aadhaar_ok(text, vs, ve) => return None,
        // The dotted AHV number is its own label (`756.` + EAN-13); the
        // keyword rule leaves it to the bare one.
        IdKind::ChAhvBare => {
            if !ahv_dotted(v) {
                return None;
            }
        }
        IdKind::ChAhv if ahv_dotted(v) => return None,
        // The `us_ssn` context rule takes the keyword on the same line.
        IdKind::UsSsnCol => {
            if !column_named(kind, text, vs, ve) {
                return None;
            }
        }
        _ => {
            if !(named_before(kind, text, vs) || column_named(kind, text, vs, ve)) {
                return None;
            }
        }
    }
    Some(found)
}

/// The value alone, whatever names it: a whole token (not glued to
/// another), the kind's shape and checksum, not a hand-typed run. Returns
/// the confidence and whether it is an example value.
pub(crate) fn value_ok(
    kind: IdKind,
    text: &[u8],
    vs: usize,
    ve: usize,
) -> Option<(Confidence, bool)> {
    let v = text.get(vs..ve)?;
    if glued(text, vs, ve) {
        return None;
    }
    let compact = checksum_ok(kind, v)?;
    let digits: Vec<u8> = compact.iter().copied().filter(u8::is_ascii_digit).collect();
    let listed = EXAMPLES.contains(&compact.as_slice());
    // Documented values such as `12345678Z` are reported as examples, not
    // dropped as hand-typed runs.
    if degenerate(&digits) && !listed {
        return None;
    }
    let example = listed || validate::is_example(&compact);
    Some(if example {
        (Confidence::Low, true)
    } else {
        (Confidence::Medium, false)
    })
}

/// The value continues a larger token: `.5`, `-12`, `/3` after it, or a
/// digit/letter run with `.`/`-`/`/`/`+` before it (a version, a date, a
/// UUID's last group, a path). A `,5` after it is a decimal comma, unless
/// the value starts a line or follows a `,`: a CSV cell, the next cell a
/// number (`85060217946,512 919 671`).
fn glued(text: &[u8], vs: usize, ve: usize) -> bool {
    let at = |i: Option<usize>| i.and_then(|i| text.get(i)).copied();
    let alnum = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_');
    let (b1, b2) = (at(vs.checked_sub(1)), at(vs.checked_sub(2)));
    let (a1, a2) = (at(Some(ve)), at(Some(ve + 1)));
    let cell = matches!(b1, None | Some(b',' | b'\n'));
    alnum(b1)
        || alnum(a1)
        || (matches!(b1, Some(b'.' | b'-' | b'/' | b'+')) && alnum(b2))
        || (matches!(a1, Some(b'.' | b'-' | b'/')) && a2.is_some_and(|c| c.is_ascii_digit()))
        || (a1 == Some(b',') && !cell && a2.is_some_and(|c| c.is_ascii_digit()))
}

/// All one digit, or a run like `123456789` / `987654321`: typed by hand,
/// not issued.
fn degenerate(d: &[u8]) -> bool {
    let same = d.first().is_some_and(|f| d.iter().all(|c| c == f));
    let up = d.windows(2).all(|w| (w[1] + 10 - w[0]) % 10 == 1);
    let down = d.windows(2).all(|w| (w[0] + 10 - w[1]) % 10 == 1);
    d.len() >= 6 && (same || up || down)
}

/// The bare Aadhaar form: `NNNN NNNN NNNN`, not one slice of a longer run
/// of digit groups (a card number `4111 1111 1111 1111`, an IBAN, a byte
/// dump), not after a phone keyword or `+91`.
fn bare_aadhaar_ok(text: &[u8], vs: usize, ve: usize) -> bool {
    let v = text.get(vs..ve).unwrap_or_default();
    let shape = v.len() == 14
        && v.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 9 {
                *c == b' '
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return false;
    }
    let at = |i: Option<usize>| i.and_then(|i| text.get(i)).copied();
    let digit = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_digit());
    let run_before =
        matches!(at(vs.checked_sub(1)), Some(b' ' | b'-')) && digit(at(vs.checked_sub(2)));
    let run_after = matches!(at(Some(ve)), Some(b' ' | b'-')) && digit(at(Some(ve + 1)));
    if run_before || run_after {
        return false;
    }
    let line = line_before(text, vs, 40).to_ascii_lowercase();
    !BARE_OTHER
        .iter()
        .any(|k| memchr::memmem::find(&line, k.as_bytes()).is_some())
}

/// Words that turn a label about the id into a label about something
/// else: `cpf_verified`, `bsn_lookup_ms`, `sin_count`, `tfn_status`.
const OTHER_WORDS: &[&str] = &[
    "verified",
    "valid",
    "validated",
    "validation",
    "status",
    "check",
    "checked",
    "lookup",
    "hash",
    "hashed",
    "masked",
    "ms",
    "count",
    "len",
    "length",
    "type",
    "flag",
    "format",
    "present",
    "missing",
    "exists",
    "error",
    "errors",
    "ok",
    "pattern",
    "regex",
    "mask",
];

pub(super) fn names_other(label: &[u8]) -> bool {
    label.split(|c| !c.is_ascii_alphanumeric()).any(|w| {
        OTHER_WORDS
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o.as_bytes()))
    })
}

/// What else a spaced 12-digit number is when the line names it: a
/// tracking, order or account number, a phone number.
const BARE_OTHER: &[&str] = &[
    "phone",
    "mobile",
    "tel",
    "+91",
    "fax",
    "whatsapp",
    "tracking",
    "track",
    "awb",
    "order",
    "invoice",
    "ref",
    "txn",
    "transaction",
    "utr",
    "upi",
    "account",
    "acct",
    "a/c",
    "card",
    "iban",
    "serial",
    "imei",
    "policy",
    "pnr",
    "ticket",
    "shipment",
    "consignment",
    "fedex",
];

/// Up to `max` bytes before `vs` on the same line.
fn line_before(text: &[u8], vs: usize, max: usize) -> &[u8] {
    let from = vs.saturating_sub(max);
    let pre = text.get(from..vs).unwrap_or_default();
    match memchr::memrchr(b'\n', pre) {
        Some(i) => pre.get(i + 1..).unwrap_or_default(),
        None => pre,
    }
}

/// Case-insensitive whole-word search for any keyword of `kind` in `hay`;
/// the end of the last occurrence.
fn last_keyword_end(kind: IdKind, hay: &[u8]) -> Option<usize> {
    let lower = hay.to_ascii_lowercase();
    let word = |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let mut best = None;
    for k in kind.keywords() {
        let k = k.as_bytes();
        for s in memchr::memmem::find_iter(&lower, k) {
            let e = s + k.len();
            let before = s.checked_sub(1).and_then(|i| lower.get(i));
            // A keyword ending in punctuation (`c.f`) may be followed by `.`.
            if word(before) || word(lower.get(e)) {
                continue;
            }
            best = best.max(Some(e));
        }
    }
    best
}

/// A keyword naming the number just before it on the same line, with only
/// a short label between (`CPF: `, `"bsn": "`, `Aadhaar No. `, `NIR : `):
/// no digits, and no other field after a separator (`CPF n/a, phone: …`).
fn named_before(kind: IdKind, text: &[u8], vs: usize) -> bool {
    let pre = line_before(text, vs, 64);
    let Some(k) = last_keyword_end(kind, pre) else {
        return false;
    };
    let gap = pre.get(k..).unwrap_or_default();
    if gap.len() > 40 || gap.iter().any(u8::is_ascii_digit) || names_other(gap) {
        return false;
    }
    match gap
        .iter()
        .rposition(|c| matches!(c, b',' | b';' | b'|' | b'\t'))
    {
        Some(i) => {
            // A FHIR identifier names its system, then the `value`:
            // `{"system": "…/sid/us-mbi", "value": "…"}`.
            let tail = gap.get(i..).unwrap_or_default();
            let letters: Vec<u8> = tail
                .iter()
                .copied()
                .filter(u8::is_ascii_alphabetic)
                .collect();
            letters.is_empty() || letters == b"value"
        }
        None => true,
    }
}

/// The value is a whole cell of a table (CSV, TSV, `;`-separated or
/// Markdown) whose header, above it in the same block of lines, names the
/// number in the same column.
fn column_named(kind: IdKind, text: &[u8], vs: usize, ve: usize) -> bool {
    let ls = memchr::memrchr(b'\n', text.get(..vs).unwrap_or_default()).map_or(0, |i| i + 1);
    let le =
        memchr::memchr(b'\n', text.get(ve..).unwrap_or_default()).map_or(text.len(), |i| ve + i);
    let line = text.get(ls..le).unwrap_or_default();
    let (cs, ce) = (vs - ls, ve - ls);
    for sep in [b',', b';', b'\t', b'|'] {
        let Some(col) = table::cell_of(line, sep, cs, ce) else {
            continue;
        };
        // Walk up at most 400 lines of this block (a blank line ends it).
        let mut end = ls.saturating_sub(1);
        for _ in 0..400 {
            if end == 0 {
                break;
            }
            let start =
                memchr::memrchr(b'\n', text.get(..end).unwrap_or_default()).map_or(0, |i| i + 1);
            let prev = text.get(start..end).unwrap_or_default();
            if prev.iter().all(u8::is_ascii_whitespace) {
                break;
            }
            let cell = table::cells(prev, sep)
                .get(col)
                .and_then(|&(a, b)| prev.get(a..b));
            if let Some(cell) = cell {
                // (A code line is no header: see `keyword_reach`.)
                if cell.len() <= 48
                    && last_keyword_end(kind, cell).is_some()
                    && !names_other(cell)
                    && !table::code_line(prev)
                {
                    return true;
                }
            }
            if start == 0 {
                break;
            }
            end = start - 1;
        }
    }
    // A table printed with aligned columns (a `DataFrame`, `psql`).
    table::aligned_column_header(text, vs, ve)
        .is_some_and(|name| last_keyword_end(kind, name).is_some() && !names_other(name))
}

/// Shape and checksum; the value compacted (separators dropped, upper
/// case) when it passes.
fn checksum_ok(kind: IdKind, v: &[u8]) -> Option<Vec<u8>> {
    // One kind of separator at most (`123-456 789` is two numbers).
    let seps: Vec<u8> = v
        .iter()
        .copied()
        .filter(|c| !c.is_ascii_alphanumeric())
        .collect();
    // CPF, the Belgian and Chilean numbers check their mixed forms below.
    let mixed = matches!(
        kind,
        IdKind::BrCpf | IdKind::BeNrn | IdKind::ClRut | IdKind::HkId
    );
    if !mixed && seps.windows(2).any(|w| w[0] != w[1]) {
        return None;
    }
    let c: Vec<u8> = v
        .iter()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(u8::to_ascii_uppercase)
        .collect();
    let d: Vec<u8> = c
        .iter()
        .filter(|c| c.is_ascii_digit())
        .map(|c| c - b'0')
        .collect();
    let ok = match kind {
        IdKind::CaSin => {
            d.len() == 9 && c.len() == 9 && !matches!(d[0], 0 | 8) && validate::luhn(&c)
        }
        IdKind::FrNir => nir_ok(&c),
        IdKind::EsDniNie => dni_ok(&c),
        IdKind::ItCf => cf_ok(&c),
        IdKind::NlBsn => c.len() == 9 && d.len() == 9 && bsn_sum(&d) % 11 == 0,
        IdKind::BrCpf => {
            // `NNN.NNN.NNN-NN` or bare: the separators must be the real ones.
            let formatted = v.len() == 14
                && v.get(3) == Some(&b'.')
                && v.get(7) == Some(&b'.')
                && v.get(11) == Some(&b'-');
            (seps.is_empty() || formatted || (v.len() == 12 && v.get(9) == Some(&b'-')))
                && d.len() == 11
                && c.len() == 11
                && d.get(9..) == Some(&cpf_checks(&d[..9])[..])
        }
        IdKind::InAadhaar | IdKind::InAadhaarBare => {
            c.len() == 12 && d.len() == 12 && d[0] >= 2 && verhoeff_ok(&d)
        }
        IdKind::DeTaxId => steuer_ok(&d) && c.len() == 11,
        IdKind::AuTfn => c.len() == 9 && d.len() == 9 && tfn_sum(&d) % 11 == 0,
        IdKind::PlPesel => c.len() == 11 && d.len() == 11 && pesel_ok(&d),
        IdKind::SePnr => se_ok(&c),
        IdKind::FiHetu => hetu_ok(&v.to_ascii_uppercase()),
        IdKind::NoFnr => c.len() == 11 && d.len() == 11 && fnr_ok(&d),
        IdKind::EeIk => c.len() == 11 && d.len() == 11 && ee_ok(&d),
        IdKind::PtNif => c.len() == 9 && d.len() == 9 && nif_ok(&d),
        IdKind::IePpsn => ppsn_ok(&c),
        IdKind::ChAhv | IdKind::ChAhvBare => c.len() == 13 && d.len() == 13 && ahv_ok(&d),
        IdKind::BeNrn => {
            // `YY.MM.DD-SSS.CC` or one kind of separator (or none).
            let formatted = v.len() == 15
                && [2, 5].iter().all(|&i| v.get(i) == Some(&b'.'))
                && v.get(8) == Some(&b'-')
                && v.get(12) == Some(&b'.');
            (formatted || seps.windows(2).all(|w| w[0] == w[1]))
                && c.len() == 11
                && d.len() == 11
                && be_ok(&d)
        }
        IdKind::HrOib => c.len() == 11 && d.len() == 11 && mod11_10(&d[..10]) == d[10],
        IdKind::RoCnp => c.len() == 13 && d.len() == 13 && cnp_ok(&d),
        IdKind::CzSkRc => {
            c.len() == d.len()
                && rc_ok(&d)
                && seps.iter().all(|&s| s == b'/')
                && (seps.is_empty() || v.get(6) == Some(&b'/'))
        }
        IdKind::ClRut => rut_ok(v, &c),
        IdKind::CnRic => ric_ok(&c),
        IdKind::UkNhs => c.len() == 10 && d.len() == 10 && nhs_ok(&d),
        IdKind::UsItin => c.len() == 9 && d.len() == 9 && itin_ok(&d),
        IdKind::DkCpr => c.len() == 10 && d.len() == 10 && cpr_ok(&d),
        IdKind::IsKt => c.len() == 10 && d.len() == 10 && kt_ok(&d),
        IdKind::BgEgn => c.len() == 10 && d.len() == 10 && egn_ok(&d),
        IdKind::SiEmso => c.len() == 13 && d.len() == 13 && emso_ok(&d),
        IdKind::LtAk => c.len() == 11 && d.len() == 11 && ee_ok(&d),
        IdKind::GrAmka => c.len() == 11 && d.len() == 11 && amka_ok(&c, &d),
        IdKind::TrTck => c.len() == 11 && d.len() == 11 && tck_ok(&d),
        IdKind::IlTz => c.len() == 9 && d.len() == 9 && number(&d) != 0 && validate::luhn(&c),
        IdKind::ZaId => c.len() == 13 && d.len() == 13 && za_ok(&c, &d),
        IdKind::KrRrn => c.len() == 13 && d.len() == 13 && rrn_ok(&d),
        IdKind::MxCurp => curp_ok(&c),
        // PANs are printed in capitals.
        IdKind::InPan => pan_ok(&c) && !v.iter().any(u8::is_ascii_lowercase),
        IdKind::MyNric => c.len() == 12 && d.len() == 12 && nric_ok(&d),
        IdKind::ThPin => c.len() == 13 && d.len() == 13 && th_ok(&d),
        IdKind::JpMyNumber => c.len() == 12 && d.len() == 12 && jp_ok(&d),
        IdKind::ArCuil => c.len() == 11 && d.len() == 11 && cuil_ok(&d),
        IdKind::NzIrd => c.len() == d.len() && ird_ok(&d),
        IdKind::UkUtr => utr_ok(&c),
        IdKind::DeRvnr => rvnr_ok(&c),
        IdKind::DeKvnr => kvnr_ok(&c),
        // Dashes only as CMS prints them (`1EG4-TE5-MK73`).
        IdKind::UsMbi => {
            mbi_ok(&c) && (seps.is_empty() || (v.get(4) == Some(&b'-') && v.get(8) == Some(&b'-')))
        }
        IdKind::SgNric => c.len() == 9 && d.len() == 7 && sg_nric_ok(&c),
        IdKind::IdNik => seps.is_empty() && d.len() == 16 && nik_ok(&d),
        IdKind::MxRfc => seps.is_empty() && rfc_person_ok(&c),
        IdKind::AuMedicare => c.len() == 10 && d.len() == 10 && medicare_ok(&d),
        IdKind::AeEid => {
            c.len() == 15
                && d.len() == 15
                && c.starts_with(b"784")
                && (1900..=2030).contains(&(number(d.get(3..7).unwrap_or_default()) as u32))
                && seps.iter().all(|&s| s == b'-')
                && validate::luhn(&c)
        }
        IdKind::SaNid => {
            c.len() == 10 && d.len() == 10 && matches!(d[0], 1 | 2) && validate::luhn(&c)
        }
        IdKind::EgNid => seps.is_empty() && c.len() == 14 && d.len() == 14 && eg_ok(&d),
        IdKind::TwNid => seps.is_empty() && tw_ok(&c),
        IdKind::HkId => hkid_ok(v, &c),
        IdKind::GrAfm => c.len() == 9 && d.len() == 9 && afm_ok(&d),
        IdKind::HuTaj => c.len() == 9 && d.len() == 9 && taj_ok(&d),
        IdKind::HuTax => c.len() == 10 && d.len() == 10 && hu_tax_ok(&d),
        IdKind::LuMatricule => seps.is_empty() && c.len() == 13 && d.len() == 13 && lu_ok(&d),
        IdKind::PkCnic => {
            c.len() == 13
                && d.len() == 13
                && (1..=7).contains(&d[0])
                && (seps.is_empty() || (v.get(5) == Some(&b'-') && v.get(13) == Some(&b'-')))
        }
        IdKind::LkNic => lk_ok(&c),
        IdKind::VnCccd => seps.is_empty() && c.len() == 12 && d.len() == 12 && cccd_ok(&d),
        IdKind::UkDl => seps.is_empty() && uk_dl_ok(&c),
        IdKind::AtSvnr => {
            c.len() == 10
                && d.len() == 10
                && svnr_ok(&d)
                && (seps.is_empty() || v.get(4) == Some(&b' '))
        }
        IdKind::LvPk => {
            c.len() == 11
                && d.len() == 11
                && lv_pk_ok(&d)
                && (seps.is_empty() || v.get(6) == Some(&b'-'))
        }
        IdKind::UsSsnCol => {
            // Plain or spaced only: the dashed form is the digit probe's.
            c.len() == 9
                && d.len() == 9
                && seps.iter().all(|&s| s == b' ')
                && validate::ssn_ok(&c[..3], &c[3..5], &c[5..])
        }
    };
    ok.then_some(c)
}

fn bsn_sum(d: &[u8]) -> u32 {
    d.iter().enumerate().fold(0u32, |s, (i, &x)| {
        if i == 8 {
            s + 11 * 10 - u32::from(x)
        } else {
            s + (9 - i as u32) * u32::from(x)
        }
    })
}

fn tfn_sum(d: &[u8]) -> u32 {
    const W: [u32; 9] = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    weighted(d, &W)
}

fn cpf_checks(d9: &[u8]) -> [u8; 2] {
    let check = |ds: &[u8], top: u32| {
        let s: u32 = ds
            .iter()
            .enumerate()
            .map(|(i, &x)| u32::from(x) * (top - i as u32))
            .sum();
        ((s * 10) % 11 % 10) as u8
    };
    let a = check(d9, 10);
    let mut ten = d9.to_vec();
    ten.push(a);
    [a, check(&ten, 11)]
}

const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

fn dni_ok(c: &[u8]) -> bool {
    let (num, letter) = match c {
        [p @ (b'X' | b'Y' | b'Z'), rest @ .., l] if rest.len() == 7 => {
            let mut n = vec![b'0' + (p - b'X')];
            n.extend_from_slice(rest);
            (n, *l)
        }
        [rest @ .., l] if rest.len() == 8 => (rest.to_vec(), *l),
        _ => return false,
    };
    if !num.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = num.iter().fold(0u64, |a, &x| a * 10 + u64::from(x - b'0'));
    DNI_LETTERS.get((n % 23) as usize) == Some(&letter)
}

/// ISO 7064 MOD 11,10 check digit of `d`.
fn mod11_10(d: &[u8]) -> u8 {
    let mut p = 10u32;
    for &x in d {
        let mut s = (u32::from(x) + p) % 10;
        if s == 0 {
            s = 10;
        }
        p = (s * 2) % 11;
    }
    ((11 - p) % 10) as u8
}

fn steuer_ok(d: &[u8]) -> bool {
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    // In the first ten digits exactly one digit occurs twice or three
    // times; the others at most once.
    let mut n = [0u8; 10];
    for &x in &d[..10] {
        n[x as usize] += 1;
    }
    let repeated = n.iter().filter(|&&k| k >= 2).count();
    repeated == 1 && n.iter().all(|&k| k <= 3) && mod11_10(&d[..10]) == d[10]
}

fn pesel_ok(d: &[u8]) -> bool {
    const W: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let s = weighted(d, &W);
    if (10 - s % 10) % 10 != u32::from(d[10]) {
        return false;
    }
    let yy = u32::from(d[0] * 10 + d[1]);
    let mm = u32::from(d[2] * 10 + d[3]);
    let dd = u32::from(d[4] * 10 + d[5]);
    // The month carries the century: +80 (1800s), +0, +20, +40, +60.
    let (century, month) = match mm {
        81..=92 => (1800, mm - 80),
        1..=12 => (1900, mm),
        21..=32 => (2000, mm - 20),
        41..=52 => (2100, mm - 40),
        61..=72 => (2200, mm - 60),
        _ => return false,
    };
    (1..=days_in_month(century + yy, month)).contains(&dd)
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

fn se_ok(c: &[u8]) -> bool {
    if !c.iter().all(u8::is_ascii_digit) || !(c.len() == 10 || c.len() == 12) {
        return false;
    }
    let ten = c.get(c.len() - 10..).unwrap_or_default();
    let n = |i: usize| u32::from(ten[i] - b'0') * 10 + u32::from(ten[i + 1] - b'0');
    let (mm, dd) = (n(2), n(4));
    // Samordningsnummer add 60 to the day.
    let day_ok = (1..=31).contains(&dd) || (61..=91).contains(&dd);
    let century_ok = c.len() == 10 || matches!(c.get(..2), Some(b"19" | b"20"));
    (1..=12).contains(&mm) && day_ok && century_ok && validate::luhn(ten)
}

/// Two digits at `i` of `d` (digit values) as a number.
fn num2(d: &[u8], i: usize) -> u32 {
    d.get(i..i + 2)
        .map_or(99, |p| u32::from(p[0]) * 10 + u32::from(p[1]))
}

/// The number `d` (digit values) spells.
fn number(d: &[u8]) -> u64 {
    d.iter().fold(0u64, |a, &x| a * 10 + u64::from(x))
}

fn date_ok(y: u32, m: u32, dd: u32) -> bool {
    (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&dd)
}

const HETU_CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// Henkilötunnus `DDMMYYCZZZQ` (upper case): century sign (`+` 1800s,
/// `-`/`U`-`Y` 1900s, `A`-`F` 2000s), valid date, individual number
/// 002-999, check character = table[DDMMYYZZZ mod 31].
fn hetu_ok(v: &[u8]) -> bool {
    if v.len() != 11 {
        return false;
    }
    let century = match v[6] {
        b'+' => 1800,
        b'-' | b'U'..=b'Y' => 1900,
        b'A'..=b'F' => 2000,
        _ => return false,
    };
    let digits: Vec<u8> = v[..6].iter().chain(&v[7..10]).copied().collect();
    if !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = digits.iter().map(|c| c - b'0').collect();
    let (dd, mm, yy) = (num2(&d, 0), num2(&d, 2), num2(&d, 4));
    let serial = number(&d[6..]);
    date_ok(century + yy, mm, dd)
        && serial >= 2
        && HETU_CHECK.get((number(&d) % 31) as usize) == Some(&v[10])
}

/// `Σ dᵢwᵢ` over the digits the weights cover.
fn weighted(d: &[u8], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(&x, &w)| u32::from(x) * w).sum()
}

/// TAJ: the first eight weighted 3,7,… mod 10 is the ninth.
fn taj_ok(d: &[u8]) -> bool {
    weighted(d, &[3, 7, 3, 7, 3, 7, 3, 7]) % 10 == u32::from(d[8])
}

/// Adóazonosító jel: `8`, then the first nine weighted 1…9 mod 11 is the
/// tenth.
fn hu_tax_ok(d: &[u8]) -> bool {
    d[0] == 8 && weighted(d, &[1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11 == u32::from(d[9])
}

/// SVNR `SSSC DDMMYY`: serial not starting 0, the other nine weighted
/// 3,7,9,5,8,4,2,1,6 mod 11 is the check `C`, a day and month.
fn svnr_ok(d: &[u8]) -> bool {
    d[0] != 0
        && weighted(d, &[3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11 == u32::from(d[3])
        && (1..=12).contains(&num2(d, 6))
        && (1..=31).contains(&num2(d, 4))
}

/// Personas kods `DDMMYY-CNNNN`: a real date, the last digit
/// `(1101 − Σ first ten × 1,6,3,7,9,10,5,8,4,2) mod 11`.
fn lv_pk_ok(d: &[u8]) -> bool {
    let sum = weighted(d, &[1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
    (1101 - sum % 11) % 11 == u32::from(d[10]) && date_ok(1900 + num2(d, 4), num2(d, 2), num2(d, 0))
}

/// `11 - (Σ dᵢwᵢ mod 11)` with 11 as 0; 10 has no check digit.
fn mod11_check(d: &[u8], w: &[u32]) -> Option<u8> {
    let s = weighted(d, w);
    match 11 - s % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k as u8),
    }
}

/// Fødselsnummer `DDMMYYIIIKK`: D-numbers add 40 to the day, H-numbers
/// 40 to the month; the individual number gives the century; two
/// weighted mod-11 check digits.
fn fnr_ok(d: &[u8]) -> bool {
    const W1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    const W2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let (mut dd, mut mm, yy) = (num2(d, 0), num2(d, 2), num2(d, 4));
    if dd > 40 {
        dd -= 40;
    }
    if mm > 40 {
        mm -= 40;
    }
    let ind = number(&d[6..9]);
    let year = match ind {
        0..=499 => 1900 + yy,
        500..=749 if yy >= 54 => 1800 + yy,
        500..=999 if yy < 40 => 2000 + yy,
        900..=999 => 1900 + yy,
        _ => return false,
    };
    date_ok(year, mm, dd)
        && mod11_check(&d[..9], &W1) == Some(d[9])
        && mod11_check(&d[..10], &W2) == Some(d[10])
}

/// Isikukood `GYYMMDDSSSC`: G 1-6 (sex and century), valid date, check
/// = Σ weights 1..9,1 mod 11, or with weights 3..9,1,2,3 when that is
/// 10 (and 0 when that is 10 again).
fn ee_ok(d: &[u8]) -> bool {
    const W1: [u32; 10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
    const W2: [u32; 10] = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];
    if !(1..=6).contains(&d[0]) {
        return false;
    }
    let year = 1800 + 100 * u32::from((d[0] - 1) / 2) + num2(d, 1);
    if !date_ok(year, num2(d, 3), num2(d, 5)) {
        return false;
    }
    let sum = |w: &[u32]| weighted(d, w);
    let mut k = sum(&W1) % 11;
    if k == 10 {
        k = sum(&W2) % 11 % 10;
    }
    k == u32::from(d[10])
}

/// Portuguese NIF: first digit 1-3, 5-9 (or `45`), check = 11 -
/// (Σ weights 9..2 mod 11), 0 for 10 and 11.
fn nif_ok(d: &[u8]) -> bool {
    let first = matches!(d[0], 1 | 2 | 3 | 5 | 6 | 7 | 8 | 9) || (d[0] == 4 && d[1] == 5);
    let s: u32 = d[..8]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * (9 - i as u32))
        .sum();
    let k = match s % 11 {
        0 | 1 => 0,
        r => 11 - r,
    };
    first && k == u32::from(d[8])
}

const PPSN_CHECK: &[u8; 23] = b"WABCDEFGHIJKLMNOPQRSTUV";

/// PPSN `NNNNNNNC[S]` (upper case): Σ weights 8..2 over the digits, plus
/// 9 × the second letter (`A`-`I` as 1-9, `W` as 0), mod 23 names the
/// check letter.
fn ppsn_ok(c: &[u8]) -> bool {
    if !(c.len() == 8 || c.len() == 9) || !c[..7].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let second = match c.get(8) {
        None | Some(b'W') => 0,
        Some(&l @ b'A'..=b'I') => u32::from(l - b'A' + 1),
        _ => return false,
    };
    let s: u32 = c[..7]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x - b'0') * (8 - i as u32))
        .sum::<u32>()
        + 9 * second;
    PPSN_CHECK.get((s % 23) as usize) == Some(&c[7])
}

/// AHV/AVS number: `756` (Switzerland's GS1 prefix) and the EAN-13 check
/// digit (weights 1,3 from the left).
fn ahv_ok(d: &[u8]) -> bool {
    let s: u32 = d[..12]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * if i % 2 == 0 { 1 } else { 3 })
        .sum();
    d.starts_with(&[7, 5, 6]) && (10 - s % 10) % 10 == u32::from(d[12])
}

/// `756.NNNN.NNNN.NN`, the form printed on the card.
fn ahv_dotted(v: &[u8]) -> bool {
    v.len() == 16
        && v.starts_with(b"756.")
        && v.iter().enumerate().all(|(i, c)| {
            if matches!(i, 3 | 8 | 13) {
                *c == b'.'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Belgian national register number `YYMMDDSSSCC`: month 0-12 (0 when
/// unknown; +20/+40 for BIS numbers), day 0-31 and a real date when both
/// are known, serial 001-998, check = 97 - (YYMMDDSSS mod 97), or of
/// `2YYMMDDSSS` for births from 2000 (not after this year).
fn be_ok(d: &[u8]) -> bool {
    let (yy, mm, dd) = (num2(d, 0), num2(d, 2), num2(d, 4));
    let serial = number(&d[6..9]);
    let cc = u64::from(num2(d, 9));
    let n = number(&d[..9]);
    let century = if cc == 97 - n % 97 {
        1900
    } else if cc == 97 - (2_000_000_000 + n) % 97 && 2000 + yy <= current_year() {
        2000
    } else {
        return false;
    };
    let month = match mm {
        0..=12 => mm,
        20..=32 => mm - 20,
        40..=52 => mm - 40,
        _ => return false,
    };
    let date = if month == 0 || dd == 0 {
        dd <= 31
    } else {
        date_ok(century + yy, month, dd)
    };
    date && (1..=998).contains(&serial)
}

/// This year (UTC, to within a day), for dates that cannot lie ahead.
fn current_year() -> u32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    1970 + (secs / 31_556_952) as u32
}

/// Romanian CNP `SYYMMDDJJNNNC`: sex/century digit 1-9, valid date
/// (century from S; 1900 assumed for residents and foreigners), county
/// 01-48, 51, 52, 70, 80-83, serial not 000, check = Σ weights
/// 2,7,9,1,4,6,3,5,8,2,7,9 mod 11 (10 as 1).
fn cnp_ok(d: &[u8]) -> bool {
    const W: [u32; 12] = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
    let century = match d[0] {
        1 | 2 => 1900,
        3 | 4 => 1800,
        5 | 6 => 2000,
        7..=9 => 1900,
        _ => return false,
    };
    let county = num2(d, 7);
    let county_ok = matches!(county, 1..=48 | 51 | 52 | 70 | 80..=83);
    let s = weighted(d, &W);
    let k = match s % 11 {
        10 => 1,
        r => r,
    };
    date_ok(century + num2(d, 1), num2(d, 3), num2(d, 5))
        && county_ok
        && number(&d[9..12]) != 0
        && k == u32::from(d[12])
}

/// Czech/Slovak birth number `YYMMDDSSS[C]`: month +50 for women, +20
/// (men) or +70 (women) from 2004; 9 digits only before 1954; the 10-digit
/// number is divisible by 11, or its first nine leave 10 and it ends in 0.
fn rc_ok(d: &[u8]) -> bool {
    if !(d.len() == 9 || d.len() == 10) {
        return false;
    }
    let yy = num2(d, 0);
    let mm = num2(d, 2);
    let year = if d.len() == 9 {
        if yy >= 54 {
            return false;
        }
        1900 + yy
    } else if yy >= 54 {
        1900 + yy
    } else {
        2000 + yy
    };
    let month = match mm {
        1..=12 => mm,
        51..=62 => mm - 50,
        21..=32 if year >= 2004 => mm - 20,
        71..=82 if year >= 2004 => mm - 70,
        _ => return false,
    };
    if !date_ok(year, month, num2(d, 4)) {
        return false;
    }
    match d.len() {
        10 => (number(&d[..9]) % 11 % 10) as u8 == d[9],
        _ => number(&d[6..]) != 0,
    }
}

/// Chilean RUT/RUN: `NN.NNN.NNN-C`, `NNNNNNNN-C` or bare; body of 7-8
/// digits; check = 11 - (Σ digits × 2,3,4,5,6,7,2,… from the right mod
/// 11), `K` for 10, 0 for 11.
fn rut_ok(v: &[u8], c: &[u8]) -> bool {
    let dots = v.iter().filter(|&&x| x == b'.').count();
    let dash = v.iter().filter(|&&x| x == b'-').count();
    let n = v.len();
    // Dots only as thousands separators, with the dash before the check.
    let shape = match (dots, dash) {
        (0, 0) => true,
        (0, 1) => v.get(n.wrapping_sub(2)) == Some(&b'-'),
        (2, 1) => {
            v.get(n.wrapping_sub(2)) == Some(&b'-')
                && v.get(n.wrapping_sub(6)) == Some(&b'.')
                && v.get(n.wrapping_sub(10)) == Some(&b'.')
        }
        _ => false,
    };
    let Some((&check, body)) = c.split_last() else {
        return false;
    };
    if !shape || !(7..=8).contains(&body.len()) || !body.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let s: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| u32::from(x - b'0') * (2 + (i as u32) % 6))
        .sum();
    let want = match 11 - s % 11 {
        11 => b'0',
        10 => b'K',
        k => b'0' + k as u8,
    };
    body[0] != b'0' && check == want
}

/// Chinese resident identity number: region (first digit 1-8), birth
/// date `YYYYMMDD` from 1900, sequence, ISO 7064 MOD 11-2 check (`X` for
/// 10).
fn ric_ok(c: &[u8]) -> bool {
    const CHECK: &[u8; 11] = b"10X98765432";
    if c.len() != 18 || !c[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = c[..17].iter().map(|x| x - b'0').collect();
    let year = num2(&d, 6) * 100 + num2(&d, 8);
    if !(1..=8).contains(&d[0])
        || !(1900..=2099).contains(&year)
        || !date_ok(year, num2(&d, 10), num2(&d, 12))
    {
        return false;
    }
    // Weights 2^(17-i) mod 11.
    let mut w = 1u32;
    let mut s = 0u32;
    for &x in d.iter().rev() {
        w = w * 2 % 11;
        s += u32::from(x) * w;
    }
    CHECK.get((s % 11) as usize) == Some(&c[17])
}

/// NHS number: 10 digits, check = 11 - (Σ weights 10..2 mod 11), 0 for
/// 11, none for 10.
fn nhs_ok(d: &[u8]) -> bool {
    const W: [u32; 9] = [10, 9, 8, 7, 6, 5, 4, 3, 2];
    mod11_check(&d[..9], &W) == Some(d[9])
}

/// ITIN `9XX-GG-SSSS`: group 50-65, 70-88, 90-92 or 94-99 (the IRS
/// ranges), serial not 0000. No check digit.
fn itin_ok(d: &[u8]) -> bool {
    d[0] == 9 && matches!(num2(d, 3), 50..=65 | 70..=88 | 90..=92 | 94..=99) && number(&d[5..]) != 0
}

/// Danish CPR `DDMMYYSSSS`: the 7th digit and the year give the
/// century; a real date not in the future. Numbers issued since 2007 need
/// not pass mod 11, so only the date is checked.
fn cpr_ok(d: &[u8]) -> bool {
    let yy = num2(d, 4);
    let year = match d[6] {
        5..=8 if yy >= 58 => 1800 + yy,
        0..=3 => 1900 + yy,
        4 | 9 if yy >= 37 => 1900 + yy,
        _ => 2000 + yy,
    };
    year <= current_year() && date_ok(year, num2(d, 2), num2(d, 0)) && number(&d[6..]) != 0
}

/// Kennitala `DDMMYYRRCK`: a person's (day < 40), century 9 (1900s) or 0
/// (2000s), Σ weights 3,2,7,6,5,4,3,2,1 ≡ 0 mod 11.
fn kt_ok(d: &[u8]) -> bool {
    const W: [u32; 9] = [3, 2, 7, 6, 5, 4, 3, 2, 1];
    let year = match d[9] {
        9 => 1900,
        0 => 2000,
        _ => return false,
    } + num2(d, 4);
    let s = weighted(d, &W);
    date_ok(year, num2(d, 2), num2(d, 0)) && s % 11 == 0
}

/// EGN `YYMMDDSSSC`: month +20 for the 1800s, +40 for the 2000s; check =
/// Σ weights 2,4,8,5,10,9,7,3,6 mod 11 mod 10.
fn egn_ok(d: &[u8]) -> bool {
    const W: [u32; 9] = [2, 4, 8, 5, 10, 9, 7, 3, 6];
    let (yy, mm) = (num2(d, 0), num2(d, 2));
    let (year, month) = match mm {
        41..=52 => (2000 + yy, mm - 40),
        21..=32 => (1800 + yy, mm - 20),
        _ => (1900 + yy, mm),
    };
    let s = weighted(d, &W);
    date_ok(year, month, num2(d, 4)) && s % 11 % 10 == u32::from(d[9])
}

/// EMŠO `DDMMYYYRRBBBK`: date with a 3-digit year (below 800 is 2000+),
/// check = 11 - (Σ weights 7..2,7..2 mod 11), 0 for 10 and 11.
fn emso_ok(d: &[u8]) -> bool {
    const W: [u32; 12] = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let yyy = number(&d[4..7]) as u32;
    let year = if yyy < 800 { 2000 + yyy } else { 1000 + yyy };
    let s = weighted(d, &W);
    date_ok(year, num2(d, 2), num2(d, 0)) && (11 - s % 11) % 11 % 10 == u32::from(d[12])
}

/// AMKA `DDMMYY` + 5 digits: a real date (1900s or 2000s) and Luhn.
fn amka_ok(c: &[u8], d: &[u8]) -> bool {
    let (dd, mm, yy) = (num2(d, 0), num2(d, 2), num2(d, 4));
    (date_ok(1900 + yy, mm, dd) || date_ok(2000 + yy, mm, dd)) && validate::luhn(c)
}

/// TC Kimlik No: first digit not 0; d10 = (7 × odd-place sum − even-place
/// sum) mod 10 over the first nine, d11 = sum of the first ten mod 10.
fn tck_ok(d: &[u8]) -> bool {
    let odd: u32 = d[..9].iter().step_by(2).map(|&x| u32::from(x)).sum();
    let even: u32 = d[1..9].iter().step_by(2).map(|&x| u32::from(x)).sum();
    let c1 = (7 * odd + 9 * even) % 10;
    let c2 = d[..10].iter().map(|&x| u32::from(x)).sum::<u32>() % 10;
    d[0] != 0 && c1 == u32::from(d[9]) && c2 == u32::from(d[10])
}

/// South African ID `YYMMDDSSSSCAZ`: a real date (the latest century not
/// ahead of this year), citizenship 0 or 1, Luhn.
fn za_ok(c: &[u8], d: &[u8]) -> bool {
    let yy = num2(d, 0);
    let year = if 2000 + yy > current_year() {
        1900 + yy
    } else {
        2000 + yy
    };
    date_ok(year, num2(d, 2), num2(d, 4)) && d[10] <= 1 && validate::luhn(c)
}

/// Korean RRN `YYMMDDGNNNNNN`: G gives sex and century; before the 2020
/// reform the next digits name the place (≤ 96) and the last is a check
/// digit (weights 2..9,2..5 mod 11); numbers from 2020 are random after G.
fn rrn_ok(d: &[u8]) -> bool {
    const W: [u32; 12] = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    let yy = num2(d, 0);
    let year = match d[6] {
        1 | 2 | 5 | 6 => 1900 + yy,
        3 | 4 | 7 | 8 => 2000 + yy,
        _ => 1800 + yy,
    };
    if !date_ok(year, num2(d, 2), num2(d, 4)) || year > current_year() {
        return false;
    }
    if year >= 2020 {
        return true;
    }
    let s = weighted(d, &W);
    num2(d, 7) <= 96 && (11 - s % 11) % 10 == u32::from(d[12])
}

const CURP_STATES: &[&[u8; 2]] = &[
    b"AS", b"BC", b"BS", b"CC", b"CH", b"CL", b"CM", b"CS", b"DF", b"DG", b"GR", b"GT", b"HG",
    b"JC", b"MC", b"MN", b"MS", b"NE", b"NL", b"NT", b"OC", b"PL", b"QR", b"QT", b"SL", b"SP",
    b"SR", b"TC", b"TL", b"TS", b"VZ", b"YN", b"ZS",
];

/// CURP `AAAAYYMMDDSEEBBBHC` (upper case): 4 letters, birth date (the
/// 17th character a digit before 2000, a letter after), sex H/M/X, state,
/// 3 consonants, check = 10 − (Σ value × (18 − i) mod 10) over the
/// alphabet `0-9A-N&O-Z`.
fn curp_ok(c: &[u8]) -> bool {
    const ALPHA: &[u8] = b"0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
    if c.len() != 18 {
        return false;
    }
    let shape = c[..4].iter().all(u8::is_ascii_uppercase)
        && c[4..10].iter().all(u8::is_ascii_digit)
        && matches!(c[10], b'H' | b'M' | b'X')
        && c[11..16].iter().all(u8::is_ascii_uppercase)
        && c[16].is_ascii_alphanumeric()
        && c[17].is_ascii_digit();
    if !shape || !CURP_STATES.iter().any(|s| c[11..13] == s[..]) {
        return false;
    }
    let d: Vec<u8> = c[4..10].iter().map(|x| x - b'0').collect();
    let century = if c[16].is_ascii_digit() { 1900 } else { 2000 };
    if !date_ok(century + num2(&d, 0), num2(&d, 2), num2(&d, 4)) {
        return false;
    }
    let mut s = 0u32;
    for (i, x) in c[..17].iter().enumerate() {
        let Some(v) = ALPHA.iter().position(|a| a == x) else {
            return false;
        };
        s += v as u32 * (18 - i as u32);
    }
    (10 - s % 10) % 10 == u32::from(c[17] - b'0')
}

/// Egypt `CYYMMDDGGSSSSK`: century 2 (1900s) or 3 (2000s), a real date, a
/// governorate code (01-04, 11-19, 21-35, 88 abroad).
fn eg_ok(d: &[u8]) -> bool {
    let y = if d[0] == 2 { 1900 } else { 2000 } + num2(d, 1);
    matches!(d[0], 2 | 3)
        && date_ok(y, num2(d, 3), num2(d, 5))
        && matches!(num2(d, 7), 1..=4 | 11..=19 | 21..=35 | 88)
}

/// Taiwan `A123456789` (upper case): the letter's value (A=10 … in the
/// order below), its two digits and the 9 digits weighted 1,9,8,7,6,5,4,3,
/// 2,1,1 sum to 0 mod 10; the second character 1 or 2 (8/9 for residents).
fn tw_ok(c: &[u8]) -> bool {
    const LETTERS: &[u8; 26] = b"ABCDEFGHJKLMNPQRSTUVXYWZIO";
    let Some(n) = c.first().and_then(|l| LETTERS.iter().position(|x| x == l)) else {
        return false;
    };
    let n = n as u32 + 10;
    let rest = c.get(1..).unwrap_or_default();
    if rest.len() != 9
        || !rest.iter().all(u8::is_ascii_digit)
        || !matches!(rest.first(), Some(b'1' | b'2' | b'8' | b'9'))
    {
        return false;
    }
    let digits = [n / 10, n % 10]
        .into_iter()
        .chain(rest.iter().map(|&x| u32::from(x - b'0')));
    let weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];
    digits.zip(weights).map(|(x, w)| x * w).sum::<u32>() % 10 == 0
}

/// HKID `A123456(3)` or `AB987654(A)` (also without the parentheses):
/// letters A=10 … Z=35, a missing first letter 36, weights 9 … 2 over
/// letters and digits, check = 11 - sum mod 11 (10 is `A`, 11 is 0).
fn hkid_ok(v: &[u8], c: &[u8]) -> bool {
    let paren = v.contains(&b'(');
    if paren && !(v.ends_with(b")") && v.get(v.len().saturating_sub(3)) == Some(&b'(')) {
        return false;
    }
    if !paren && v.iter().any(|c| !c.is_ascii_alphanumeric()) {
        return false;
    }
    let letters = c.iter().take_while(|x| x.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || c.len() != letters + 7 {
        return false;
    }
    let (body, check) = c.split_at(c.len() - 1);
    if !body
        .get(letters..)
        .unwrap_or_default()
        .iter()
        .all(u8::is_ascii_digit)
    {
        return false;
    }
    let vals = std::iter::repeat_n(36, 2 - letters).chain(body.iter().map(|&x| {
        if x.is_ascii_uppercase() {
            u32::from(x - b'A') + 10
        } else {
            u32::from(x - b'0')
        }
    }));
    let sum: u32 = vals.zip((2..=9).rev()).map(|(x, w)| x * w).sum();
    let want = match (11 - sum % 11) % 11 {
        10 => b'A',
        k => b'0' + k as u8,
    };
    check.first() == Some(&want)
}

/// AFM: `sum(d[i] * 2^(8-i)) mod 11 mod 10` is the ninth digit; not all
/// zeros.
fn afm_ok(d: &[u8]) -> bool {
    let sum: u32 = d
        .iter()
        .take(8)
        .enumerate()
        .map(|(i, &x)| u32::from(x) << (8 - i))
        .sum();
    number(d) != 0 && sum % 11 % 10 == u32::from(d[8])
}

/// Matricule `YYYYMMDDXXXLV`: a real date, then a Luhn check digit and a
/// Verhoeff check digit, each over the first 11 digits.
fn lu_ok(d: &[u8]) -> bool {
    let y = number(d.get(..4).unwrap_or_default()) as u32;
    let first = d.get(..11).unwrap_or_default();
    let ascii: Vec<u8> = first
        .iter()
        .chain(d.get(11..12).unwrap_or_default())
        .map(|x| x + b'0')
        .collect();
    let mut with_v = first.to_vec();
    with_v.extend(d.get(12..13).unwrap_or_default());
    (1900..=2030).contains(&y)
        && date_ok(y, num2(d, 4), num2(d, 6))
        && validate::luhn(&ascii)
        && verhoeff_ok(&with_v)
}

/// Sri Lanka NIC: `YYYYDDDSSSSS` (year 19xx/20xx) or the old `YYDDDSSSSV`;
/// the day of year 1-366, or 501-866 for a woman.
fn lk_ok(c: &[u8]) -> bool {
    let day = |p: &[u8]| {
        let d: Vec<u8> = p.iter().map(|x| x.wrapping_sub(b'0')).collect();
        let n = number(&d);
        (1..=366).contains(&n) || (501..=866).contains(&n)
    };
    match c.len() {
        12 => {
            c.iter().all(u8::is_ascii_digit)
                && matches!(c.get(..2), Some(b"19" | b"20"))
                && c.get(4..7).is_some_and(day)
        }
        10 => {
            c.get(..9).is_some_and(|p| p.iter().all(u8::is_ascii_digit))
                && matches!(c.get(9), Some(b'V' | b'X'))
                && c.get(2..5).is_some_and(day)
        }
        _ => false,
    }
}

/// CCCD `PPPGYYNNNNNN`: a province code (001-096), a century-and-sex digit
/// (0/1 1900s, 2/3 2000s), a birth year not in the future.
fn cccd_ok(d: &[u8]) -> bool {
    let p = number(d.get(..3).unwrap_or_default());
    let year = if d[3] < 2 { 1900 } else { 2000 } + num2(d, 4);
    (1..=96).contains(&p) && d[3] <= 3 && year <= 2026
}

/// DVLA `MORGA657054SM9IJ`: 5 surname characters (letters, `9` padding
/// only after a letter), the decade, month (01-12, 51-62), day, year
/// digit, 2 initials (letters or `9`), a digit and 2 check characters.
fn uk_dl_ok(c: &[u8]) -> bool {
    if c.len() != 16 {
        return false;
    }
    let name = c.get(..5).unwrap_or_default();
    let letters = name.iter().take_while(|x| x.is_ascii_uppercase()).count();
    if !c
        .get(5..11)
        .is_some_and(|p| p.iter().all(u8::is_ascii_digit))
    {
        return false;
    }
    let date: Vec<u8> = c
        .get(5..11)
        .unwrap_or_default()
        .iter()
        .map(|x| x - b'0')
        .collect();
    let (month, day) = (num2(&date, 1), num2(&date, 3));
    letters >= 1
        && name
            .get(letters..)
            .unwrap_or_default()
            .iter()
            .all(|&x| x == b'9')
        && matches!(month, 1..=12 | 51..=62)
        && (1..=31).contains(&day)
        && c.get(11..13)
            .is_some_and(|p| p.iter().all(|x| x.is_ascii_uppercase() || *x == b'9'))
        && c.get(13).is_some_and(u8::is_ascii_digit)
        && c.get(14..16)
            .is_some_and(|p| p.iter().all(u8::is_ascii_alphanumeric))
}

/// Medicare `2123 45670 1`: first digit 2-6, check digit over the first
/// eight.
fn medicare_ok(d: &[u8]) -> bool {
    const WEIGHTS: [u32; 8] = [1, 3, 7, 9, 1, 3, 7, 9];
    let sum = weighted(d, &WEIGHTS);
    d.first().is_some_and(|x| (2..=6).contains(x))
        && d.get(8).is_some_and(|&c| u32::from(c) == sum % 10)
}

/// NRIC / FIN `S1234567D`: the check letter of the prefix's series.
fn sg_nric_ok(c: &[u8]) -> bool {
    const WEIGHTS: [u32; 7] = [2, 7, 6, 5, 4, 3, 2];
    let (Some(&prefix), Some(&check)) = (c.first(), c.last()) else {
        return false;
    };
    let Some(digits) = c.get(1..8).filter(|d| d.iter().all(u8::is_ascii_digit)) else {
        return false;
    };
    let sum: u32 = digits
        .iter()
        .zip(WEIGHTS)
        .map(|(&x, w)| u32::from(x - b'0') * w)
        .sum::<u32>()
        + if matches!(prefix, b'T' | b'G') { 4 } else { 0 };
    let table: &[u8; 11] = match prefix {
        b'S' | b'T' => b"JZIHGFEDCBA",
        b'F' | b'G' => b"XWUTRQPNMLK",
        _ => return false,
    };
    table.get((sum % 11) as usize) == Some(&check)
}

/// Province codes of a NIK's first two digits (Sumatra 11-19, Riau
/// Islands 21, Java 31-36, Bali and Nusa Tenggara 51-53, Kalimantan
/// 61-65, Sulawesi 71-76, Maluku 81-82, Papua 91-97).
fn nik_province(p: u32) -> bool {
    matches!(p, 11..=19 | 21 | 31..=36 | 51..=53 | 61..=65 | 71..=76 | 81..=82 | 91..=97)
}

/// NIK `PPKKCCDDMMYYSSSS`: province, a regency and district other than
/// 00, a real date (day + 40 for women), serial other than 0000.
fn nik_ok(d: &[u8]) -> bool {
    let (day, mm, yy) = (num2(d, 6) % 40, num2(d, 8), num2(d, 10));
    nik_province(num2(d, 0))
        && num2(d, 2) != 0
        && num2(d, 4) != 0
        && matches!(num2(d, 6), 1..=31 | 41..=71)
        && (date_ok(1900 + yy, mm, day) || date_ok(2000 + yy, mm, day))
        && number(d.get(12..).unwrap_or_default()) != 0
}

/// RFC of a person `AAAAYYMMDDHHC` (upper case): four letters (`&` and
/// `Ñ` aside), a real date, a homoclave of letters and digits ending in a
/// digit or `A`.
fn rfc_person_ok(c: &[u8]) -> bool {
    c.len() == 13
        && c[..4].iter().all(u8::is_ascii_uppercase)
        && c[4..10].iter().all(u8::is_ascii_digit)
        && c[10..12].iter().all(u8::is_ascii_alphanumeric)
        && (c[12].is_ascii_digit() || c[12] == b'A')
        && {
            let d: Vec<u8> = c[4..10].iter().map(|x| x - b'0').collect();
            let (yy, mm, dd) = (num2(&d, 0), num2(&d, 2), num2(&d, 4));
            date_ok(1900 + yy, mm, dd) || date_ok(2000 + yy, mm, dd)
        }
}

/// PAN `AAAPA9999A` (upper case): the 4th letter a holder category
/// (P person, C company, H HUF, F firm, A AOP, B BOI, G government, J
/// juridical, L local authority, T trust, K krish), serial not 0000.
fn pan_ok(c: &[u8]) -> bool {
    c.len() == 10
        && c[..5].iter().all(u8::is_ascii_uppercase)
        && c[5..9].iter().all(u8::is_ascii_digit)
        && c[9].is_ascii_uppercase()
        && b"ABCFGHJKLPT".contains(&c[3])
        && &c[5..9] != b"0000"
}

/// NRIC `YYMMDDPBNNNN`: a real date (1900s or 2000s) and a place-of-birth
/// code the registry issues (states 01-16, 21-59; countries 60-68, 71-72,
/// 74-79, 82-93, 98-99).
fn nric_ok(d: &[u8]) -> bool {
    let (yy, mm, dd) = (num2(d, 0), num2(d, 2), num2(d, 4));
    let pb = num2(d, 6);
    (date_ok(1900 + yy, mm, dd) || date_ok(2000 + yy, mm, dd))
        && matches!(pb, 1..=16 | 21..=68 | 71 | 72 | 74..=79 | 82..=93 | 98 | 99)
}

/// Thai PIN: first digit 1-8, check = (11 − Σ weights 13..2 mod 11) mod 10.
fn th_ok(d: &[u8]) -> bool {
    let s: u32 = d[..12]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * (13 - i as u32))
        .sum();
    (1..=8).contains(&d[0]) && (11 - s % 11) % 10 == u32::from(d[12])
}

/// My Number: check = 11 − (Σ weights 6..2,7..2 mod 11), 0 when the
/// remainder is 0 or 1.
fn jp_ok(d: &[u8]) -> bool {
    const W: [u32; 11] = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let s = weighted(d, &W);
    let k = match s % 11 {
        0 | 1 => 0,
        r => 11 - r,
    };
    k == u32::from(d[11])
}

/// CUIL/CUIT of a person: prefix 20, 23, 24 or 27, check = 11 − (Σ
/// weights 5,4,3,2,7,6,5,4,3,2 mod 11), 0 for 11 and 9 for 10 (the `23`
/// numbers).
fn cuil_ok(d: &[u8]) -> bool {
    const W: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let s = weighted(d, &W);
    let k = match 11 - s % 11 {
        11 => 0,
        10 => 9,
        k => k,
    };
    matches!(num2(d, 0), 20 | 23 | 24 | 27) && k == u32::from(d[10])
}

/// IRD number: 8 or 9 digits between 10,000,000 and 150,000,000; check =
/// −Σ weights 3,2,7,6,5,4,3,2 mod 11 over the 8 digits before it
/// (zero-padded), with weights 7,4,3,2,5,2,7,6 when that is 10 (and no
/// number when that is 10 again).
fn ird_ok(d: &[u8]) -> bool {
    const W1: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];
    const W2: [u32; 8] = [7, 4, 3, 2, 5, 2, 7, 6];
    if !(d.len() == 8 || d.len() == 9) {
        return false;
    }
    let n = number(d);
    if !(10_000_001..150_000_000).contains(&n) {
        return false;
    }
    let mut body = vec![0u8; 9 - d.len()];
    body.extend_from_slice(&d[..d.len() - 1]);
    let check = |w: &[u32; 8]| {
        let s = weighted(&body, w);
        (11 - s % 11) % 11
    };
    let k = match check(&W1) {
        10 => check(&W2),
        k => k,
    };
    k == u32::from(d[d.len() - 1])
}

/// UTR: 10 digits (a trailing `K` allowed), the first a check of the
/// other nine: `21987654321`[Σ weights 6,7,8,9,10,5,4,3,2 mod 11].
fn utr_ok(c: &[u8]) -> bool {
    const W: [u32; 9] = [6, 7, 8, 9, 10, 5, 4, 3, 2];
    let c = c.strip_suffix(b"K").unwrap_or(c);
    if c.len() != 10 || !c.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let s: u32 = c[1..]
        .iter()
        .zip(W)
        .map(|(&x, w)| u32::from(x - b'0') * w)
        .sum();
    b"21987654321".get((s % 11) as usize) == Some(&c[0])
}

/// Rentenversicherungsnummer (compact, upper case): `BBDDMMYYLSSP`, a
/// real day and month, the letter as two digits (A = 01), check = Σ digit
/// sums of the 12 weighted digits mod 10.
/// A Krankenversichertennummer: letter, nine digits, the last checking
/// the letter's position (`01`-`26`) and the first eight, weighted
/// 1,2,1,2,… (digit sums) mod 10. The card's worked example `A123456780`
/// passes.
fn kvnr_ok(c: &[u8]) -> bool {
    let (Some(&letter), Some(digits)) = (c.first(), c.get(1..)) else {
        return false;
    };
    if c.len() != 10 || !letter.is_ascii_uppercase() || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let pos = u32::from(letter - b'A' + 1);
    let sum: u32 = [pos / 10, pos % 10]
        .into_iter()
        .chain(digits.iter().take(8).map(|&x| u32::from(x - b'0')))
        .enumerate()
        .map(|(i, d)| {
            let p = d * if i % 2 == 0 { 1 } else { 2 };
            p / 10 + p % 10
        })
        .sum();
    digits
        .get(8)
        .is_some_and(|&x| u32::from(x - b'0') == sum % 10)
}

/// The MBI pattern: `C A N N A N N A A N N` by position, where C is a digit
/// 1-9, A a letter other than S, L, O, I, B and Z, and N a digit or, at
/// positions 3 and 6, such a letter.
fn mbi_ok(c: &[u8]) -> bool {
    let letter = |x: &u8| x.is_ascii_uppercase() && !b"SLOIBZ".contains(x);
    let either = |x: &u8| x.is_ascii_digit() || letter(x);
    c.len() == 11
        && c.iter().enumerate().all(|(i, x)| match i {
            0 => (b'1'..=b'9').contains(x),
            1 | 4 | 7 | 8 => letter(x),
            2 | 5 => either(x),
            _ => x.is_ascii_digit(),
        })
}

fn rvnr_ok(c: &[u8]) -> bool {
    const W: [u32; 12] = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
    let (Some(head), Some(&letter), Some(tail)) = (c.get(..8), c.get(8), c.get(9..)) else {
        return false;
    };
    if c.len() != 12
        || !head.iter().chain(tail).all(u8::is_ascii_digit)
        || !letter.is_ascii_uppercase()
    {
        return false;
    }
    let values: Vec<u8> = head.iter().map(|x| x - b'0').collect();
    let (day, month) = (num2(&values, 2), num2(&values, 4));
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return false;
    }
    let pos = u32::from(letter - b'A' + 1);
    let digits: Vec<u32> = head
        .iter()
        .map(|&x| u32::from(x - b'0'))
        .chain([pos / 10, pos % 10])
        .chain(tail.iter().take(2).map(|&x| u32::from(x - b'0')))
        .collect();
    let sum: u32 = digits
        .iter()
        .zip(W)
        .map(|(&d, w)| {
            let p = d * w;
            p / 10 + p % 10
        })
        .sum();
    tail.get(2)
        .is_some_and(|&x| u32::from(x - b'0') == sum % 10)
}

/// NIR: sex digit, year, month (01-12 or the INSEE pseudo-months), the
/// department (2A/2B for Corsica), commune, order and the mod-97 key.
fn nir_ok(c: &[u8]) -> bool {
    if c.len() != 15 {
        return false;
    }
    let Some(n13) = nir_number(c.get(..13).unwrap_or_default()) else {
        return false;
    };
    let key = c.get(13..15).unwrap_or_default();
    if !key.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let key = u64::from(key[0] - b'0') * 10 + u64::from(key[1] - b'0');
    let month = c.get(3..5).unwrap_or_default();
    let mm = if month.iter().all(u8::is_ascii_digit) {
        u32::from(month[0] - b'0') * 10 + u32::from(month[1] - b'0')
    } else {
        return false;
    };
    let month_ok = matches!(mm, 1..=12 | 20 | 30..=42 | 50..=99);
    matches!(c[0], b'1' | b'2' | b'3' | b'4' | b'7' | b'8')
        && month_ok
        && c.get(5..7) != Some(b"00")
        && c.get(7..10) != Some(b"000")
        && c.get(10..13) != Some(b"000")
        && key == 97 - n13 % 97
}

/// The 13-digit NIR as a number; Corsican 2A/2B count as 19/18 minus one
/// and two million (INSEE's rule).
fn nir_number(c: &[u8]) -> Option<u64> {
    let dept = c.get(5..7)?;
    let (repl, minus): (&[u8], u64) = match dept {
        b"2A" => (b"19", 1_000_000),
        b"2B" => (b"18", 2_000_000),
        _ => (dept, 0),
    };
    let mut n = 0u64;
    for (i, &x) in c.iter().enumerate() {
        let x = if (5..7).contains(&i) { repl[i - 5] } else { x };
        if !x.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u64::from(x - b'0');
    }
    n.checked_sub(minus)
}

/// Codice fiscale: structure (surname/name letters, year, month letter,
/// day 1-31 or 41-71, municipality, check letter; digits may be replaced
/// by the omocodia letters L-V) and the check letter.
fn cf_ok(c: &[u8]) -> bool {
    const OMO: &[u8] = b"LMNPQRSTUV";
    const MONTHS: &[u8] = b"ABCDEHLMPRST";
    if c.len() != 16 {
        return false;
    }
    let num = |x: u8| -> Option<u8> {
        if x.is_ascii_digit() {
            Some(x - b'0')
        } else {
            OMO.iter().position(|&o| o == x).map(|p| p as u8)
        }
    };
    let letters = c[..6].iter().all(u8::is_ascii_uppercase)
        && c[11].is_ascii_uppercase()
        && MONTHS.contains(&c[8]);
    let digits_at = [6usize, 7, 9, 10, 12, 13, 14];
    if !letters || digits_at.iter().any(|&i| num(c[i]).is_none()) {
        return false;
    }
    let day = num(c[9]).unwrap_or(0) * 10 + num(c[10]).unwrap_or(0);
    if !((1..=31).contains(&day) || (41..=71).contains(&day)) {
        return false;
    }
    cf_check(&c[..15]) == Some(c[15])
}

fn cf_check(c15: &[u8]) -> Option<u8> {
    // Values of characters at odd (1st, 3rd, …) positions; digits share
    // the value of the letter with the same index (0 as A, …).
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    let mut s = 0u32;
    for (i, &x) in c15.iter().enumerate() {
        let idx = if x.is_ascii_digit() {
            x - b'0'
        } else if x.is_ascii_uppercase() {
            x - b'A'
        } else {
            return None;
        } as usize;
        s += if i % 2 == 0 {
            *ODD.get(idx)?
        } else {
            idx as u32
        };
    }
    Some(b'A' + (s % 26) as u8)
}

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV: [u8; 10] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/// Verhoeff over digits (values 0-9) including the check digit.
fn verhoeff_ok(d: &[u8]) -> bool {
    verhoeff_state(d, 0) == 0
}

fn verhoeff_state(d: &[u8], shift: usize) -> u8 {
    d.iter().rev().enumerate().fold(0u8, |c, (i, &x)| {
        VERHOEFF_D[c as usize % 10][VERHOEFF_P[(i + shift) % 8][x as usize % 10] as usize]
    })
}

fn verhoeff_digit(d: &[u8]) -> u8 {
    VERHOEFF_INV[verhoeff_state(d, 1) as usize % 10]
}

// ---- sample generation ----

/// Digits (values) drawn at random, none of the degenerate shapes.
fn rand_digits(g: &mut Gen, n: usize) -> Vec<u8> {
    loop {
        let d: Vec<u8> = g.s(n, DIGITS).bytes().map(|c| c - b'0').collect();
        if !degenerate(&d) {
            return d;
        }
    }
}

fn txt(d: &[u8]) -> String {
    d.iter().map(|&x| char::from(b'0' + x)).collect()
}

fn gen_sin(g: &mut Gen) -> String {
    loop {
        let mut d = rand_digits(g, 8);
        if matches!(d[0], 0 | 8) {
            continue;
        }
        d.push(0);
        for c in 0..10 {
            d[8] = c;
            if validate::luhn(txt(&d).as_bytes()) {
                break;
            }
        }
        let t = txt(&d);
        if !EXAMPLES.contains(&t.as_bytes()) {
            return t;
        }
    }
}

fn gen_nir(g: &mut Gen) -> String {
    let sex = if g.next_u64() % 2 == 0 { "1" } else { "2" };
    let yy = g.s(2, DIGITS);
    let mm = format!("{:02}", 1 + g.next_u64() % 12);
    let dept = match g.next_u64() % 6 {
        0 => "2A".to_string(),
        1 => "2B".to_string(),
        _ => format!("{:02}", 1 + g.next_u64() % 95).replace("20", "21"),
    };
    let commune = format!("{:03}", 1 + g.next_u64() % 998);
    let order = format!("{:03}", 1 + g.next_u64() % 998);
    let body = format!("{sex}{yy}{mm}{dept}{commune}{order}");
    let key = nir_number(body.as_bytes()).map_or(0, |n| 97 - n % 97);
    format!("{body}{key:02}")
}

fn gen_dni(g: &mut Gen, nie: bool) -> String {
    if nie {
        let p = (g.next_u64() % 3) as u8;
        let rest = txt(&rand_digits(g, 7));
        let n: u64 = format!("{p}{rest}").parse().unwrap_or(0);
        let l = DNI_LETTERS.get((n % 23) as usize).copied().unwrap_or(b'T');
        format!("{}{rest}{}", char::from(b'X' + p), char::from(l))
    } else {
        let num = txt(&rand_digits(g, 8));
        let n: u64 = num.parse().unwrap_or(0);
        let l = DNI_LETTERS.get((n % 23) as usize).copied().unwrap_or(b'T');
        format!("{num}{}", char::from(l))
    }
}

fn gen_cf(g: &mut Gen) -> String {
    const MONTHS: &str = "ABCDEHLMPRST";
    let mut s = g.s(6, "BCDFGHLMNPRSTVZ");
    s.push_str(&g.s(2, DIGITS));
    s.push_str(&g.s(1, MONTHS));
    let day = 1 + g.next_u64() % 28 + if g.next_u64() % 2 == 0 { 40 } else { 0 };
    s.push_str(&format!("{day:02}"));
    s.push_str(&g.s(1, "ABCDEFGHILMZ"));
    s.push_str(&g.s(3, DIGITS));
    let check = cf_check(s.as_bytes()).unwrap_or(b'A');
    s.push(char::from(check));
    s
}

fn gen_weighted(g: &mut Gen, n: usize, ok: fn(&[u8]) -> bool) -> Vec<u8> {
    loop {
        let mut d = rand_digits(g, n - 1);
        d.push(0);
        for c in 0..10 {
            d[n - 1] = c;
            if ok(&d) && !degenerate(&d) {
                return d;
            }
        }
    }
}

fn gen_cpf(g: &mut Gen) -> Vec<u8> {
    let mut d = rand_digits(g, 9);
    d.extend_from_slice(&cpf_checks(&d));
    d
}

fn gen_aadhaar(g: &mut Gen) -> Vec<u8> {
    let mut d = rand_digits(g, 11);
    d[0] = 2 + (g.next_u64() % 8) as u8;
    d.push(verhoeff_digit(&d));
    d
}

fn gen_steuer(g: &mut Gen) -> Vec<u8> {
    loop {
        // Nine distinct digits, one of them repeated once, shuffled.
        let mut pool: Vec<u8> = (0..10).collect();
        let drop = (g.next_u64() % 10) as usize;
        pool.remove(drop);
        let dup = pool[(g.next_u64() % 9) as usize];
        pool.push(dup);
        for i in (1..pool.len()).rev() {
            let j = (g.next_u64() % (i as u64 + 1)) as usize;
            pool.swap(i, j);
        }
        if pool[0] == 0 {
            continue;
        }
        pool.push(mod11_10(&pool));
        if steuer_ok(&pool) {
            return pool;
        }
    }
}

fn gen_pesel(g: &mut Gen) -> Vec<u8> {
    loop {
        let yy = (g.next_u64() % 100) as u8;
        let m = 1 + (g.next_u64() % 12) as u8;
        let mm = if yy < 10 { m + 20 } else { m };
        let dd = 1 + (g.next_u64() % 28) as u8;
        let mut d = vec![yy / 10, yy % 10, mm / 10, mm % 10, dd / 10, dd % 10];
        d.extend(rand_digits(g, 4));
        d.push(0);
        for c in 0..10 {
            d[10] = c;
            if pesel_ok(&d) {
                return d;
            }
        }
    }
}

fn gen_se(g: &mut Gen) -> String {
    loop {
        let yy = g.next_u64() % 100;
        let mm = 1 + g.next_u64() % 12;
        let dd = 1 + g.next_u64() % 28;
        let base = format!("{yy:02}{mm:02}{dd:02}{}", g.s(3, DIGITS));
        for c in 0..10 {
            let t = format!("{base}{c}");
            if validate::luhn(t.as_bytes()) && !EXAMPLES.contains(&t.as_bytes()) {
                return t;
            }
        }
    }
}

/// A random date as (year, month, day) in `from..from + span`, day 1-28.
fn rand_date(g: &mut Gen, from: u32, span: u32) -> (u32, u32, u32) {
    let y = from + (g.next_u64() % u64::from(span)) as u32;
    (
        y,
        1 + (g.next_u64() % 12) as u32,
        1 + (g.next_u64() % 28) as u32,
    )
}

fn below(g: &mut Gen, n: u32) -> u32 {
    (g.next_u64() % u64::from(n)) as u32
}

fn gen_hetu(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1930, 95);
    let sign = if y >= 2000 {
        'A'
    } else if below(g, 4) == 0 {
        'Y'
    } else {
        '-'
    };
    let serial = 2 + below(g, 898);
    let n = u64::from(d * 10_000_000 + m * 100_000 + (y % 100) * 1000 + serial);
    let check = char::from(HETU_CHECK[(n % 31) as usize]);
    format!("{d:02}{m:02}{:02}{sign}{serial:03}{check}", y % 100)
}

/// Fødselsnummer; a D-number (day + 40) one time in four.
fn gen_fnr(g: &mut Gen) -> Vec<u8> {
    const W1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    const W2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    loop {
        let (y, m, d) = rand_date(g, 1940, 80);
        let ind = if y >= 2000 {
            500 + below(g, 500)
        } else {
            below(g, 500)
        };
        let day = if below(g, 4) == 0 { d + 40 } else { d };
        let mut v: Vec<u8> = format!("{day:02}{m:02}{:02}{ind:03}", y % 100)
            .bytes()
            .map(|c| c - b'0')
            .collect();
        let Some(k1) = mod11_check(&v, &W1) else {
            continue;
        };
        v.push(k1);
        let Some(k2) = mod11_check(&v, &W2) else {
            continue;
        };
        v.push(k2);
        return v;
    }
}

fn gen_ee(g: &mut Gen) -> Vec<u8> {
    loop {
        let (y, m, d) = rand_date(g, 1930, 95);
        let sex = 1 + below(g, 2);
        let first = (y - 1800) / 100 * 2 + sex;
        let mut v: Vec<u8> = format!("{first}{:02}{m:02}{d:02}{:03}", y % 100, below(g, 1000))
            .bytes()
            .map(|c| c - b'0')
            .collect();
        v.push(0);
        for c in 0..10 {
            v[10] = c;
            if ee_ok(&v) {
                return v;
            }
        }
    }
}

fn gen_nif(g: &mut Gen) -> Vec<u8> {
    let mut d = rand_digits(g, 8);
    d[0] = 1 + (g.next_u64() % 3) as u8;
    d.push(0);
    for c in 0..10 {
        d[8] = c;
        if nif_ok(&d) {
            break;
        }
    }
    d
}

/// PPSN; the new two-letter form (second letter `A`) one time in three.
fn gen_ppsn(g: &mut Gen) -> String {
    let digits = txt(&rand_digits(g, 7));
    let second = if below(g, 3) == 0 { "A" } else { "" };
    for l in PPSN_CHECK {
        let t = format!("{digits}{}{second}", char::from(*l));
        if ppsn_ok(t.as_bytes()) {
            return t;
        }
    }
    unreachable!("every sum mod 23 names a letter")
}

fn gen_ahv(g: &mut Gen) -> Vec<u8> {
    let mut d = vec![7, 5, 6];
    d.extend(rand_digits(g, 9));
    d.push(0);
    for c in 0..10 {
        d[12] = c;
        if ahv_ok(&d) {
            break;
        }
    }
    d
}

fn gen_be(g: &mut Gen) -> Vec<u8> {
    let (y, m, d) = rand_date(g, 1940, 84);
    let serial = 1 + below(g, 997);
    let body = format!("{:02}{m:02}{d:02}{serial:03}", y % 100);
    let n: u64 = body.parse().unwrap_or(0);
    let n = if y >= 2000 { 2_000_000_000 + n } else { n };
    let mut v: Vec<u8> = body.bytes().map(|c| c - b'0').collect();
    let cc = 97 - n % 97;
    v.extend([(cc / 10) as u8, (cc % 10) as u8]);
    v
}

fn gen_oib(g: &mut Gen) -> Vec<u8> {
    let mut d = rand_digits(g, 10);
    d[0] = 1 + d[0] % 9;
    d.push(mod11_10(&d));
    d
}

fn gen_cnp(g: &mut Gen) -> Vec<u8> {
    let (y, m, d) = rand_date(g, 1930, 94);
    let sex = 1 + below(g, 2) + if y >= 2000 { 4 } else { 0 };
    let county = 1 + below(g, 46);
    let serial = 1 + below(g, 999);
    let mut v: Vec<u8> = format!("{sex}{:02}{m:02}{d:02}{county:02}{serial:03}", y % 100)
        .bytes()
        .map(|c| c - b'0')
        .collect();
    v.push(0);
    for c in 0..10 {
        v[12] = c;
        if cnp_ok(&v) {
            break;
        }
    }
    v
}

/// Birth number, 10 digits (women's months +50, and +20/+70 one time in
/// three from 2004), or the 9-digit form before 1954 when `old`.
fn gen_rc(g: &mut Gen, old: bool) -> String {
    loop {
        let (y, m, d) = if old {
            rand_date(g, 1900, 54)
        } else {
            rand_date(g, 1954, 70)
        };
        let woman = below(g, 2) == 1;
        let extra = y >= 2004 && below(g, 3) == 0;
        let mm = m + if woman { 50 } else { 0 } + if extra { 20 } else { 0 };
        let body = format!("{:02}{mm:02}{d:02}{:03}", y % 100, below(g, 1000));
        if old {
            if !body.ends_with("000") {
                return body;
            }
            continue;
        }
        let n: u64 = body.parse().unwrap_or(0);
        // Numbers whose remainder is 10 (check 0) are rare: skip them.
        if n % 11 < 10 {
            return format!("{body}{}", n % 11);
        }
    }
}

fn gen_rut(g: &mut Gen) -> String {
    loop {
        let body = 5_000_000 + g.next_u64() % 20_000_000;
        let s = body.to_string();
        for c in "0123456789K".chars() {
            let t = format!("{s}{c}");
            if rut_ok(t.as_bytes(), t.as_bytes()) && !EXAMPLES.contains(&t.as_bytes()) {
                return t;
            }
        }
    }
}

fn gen_ric(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 84);
    let region = format!("{}{}{}", 1 + below(g, 6), below(g, 10), g.s(4, DIGITS));
    let body = format!("{region}{y}{m:02}{d:02}{:03}", below(g, 1000));
    for c in "0123456789X".chars() {
        let t = format!("{body}{c}");
        if ric_ok(t.as_bytes()) {
            return t;
        }
    }
    unreachable!("every sum mod 11 names a check character")
}

fn gen_nhs(g: &mut Gen) -> Vec<u8> {
    loop {
        let mut d = rand_digits(g, 9);
        d[0] = [4, 6, 7][below(g, 3) as usize];
        d.push(0);
        for c in 0..10 {
            d[9] = c;
            if nhs_ok(&d) && !EXAMPLES.contains(&txt(&d).as_bytes()) {
                return d;
            }
        }
    }
}

fn gen_itin(g: &mut Gen) -> String {
    const GROUPS: &[u32] = &[50, 57, 63, 65, 70, 78, 88, 90, 92, 94, 99];
    let group = GROUPS[below(g, GROUPS.len() as u32) as usize];
    format!("9{:02}-{group}-{:04}", below(g, 100), 1 + below(g, 9999))
}

/// A value of `kind` from `make` (random fields, check digit left to
/// chance), drawn until it passes.
fn gen_ok(g: &mut Gen, kind: IdKind, make: fn(&mut Gen) -> String) -> String {
    loop {
        let t = make(g);
        if let Some(c) = checksum_ok(kind, t.as_bytes()) {
            let d: Vec<u8> = c.iter().copied().filter(u8::is_ascii_digit).collect();
            if !degenerate(&d) && !EXAMPLES.contains(&c.as_slice()) && !validate::is_example(&c) {
                return t;
            }
        }
    }
}

/// A value of `kind` with the character at `i` changed until the check
/// fails.
fn gen_bad(g: &mut Gen, kind: IdKind, make: fn(&mut Gen) -> String, i: usize) -> String {
    // A PAN has no check digit: the holder category is what breaks.
    if kind == IdKind::InPan {
        let mut t = gen_ok(g, kind, make);
        t.replace_range(3..4, "Q");
        return t;
    }
    broken(&gen_ok(g, kind, make), i, |t| {
        checksum_ok(kind, t.as_bytes()).is_some()
    })
}

fn mk_cpr(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    let first = if y >= 2000 { 4 } else { below(g, 4) };
    format!("{d:02}{m:02}{:02}-{first}{}", y % 100, g.s(3, DIGITS))
}

fn mk_kt(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    let c = if y >= 2000 { 0 } else { 9 };
    format!("{d:02}{m:02}{:02}-{}{c}", y % 100, g.s(3, DIGITS))
}

fn mk_egn(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    let mm = if y >= 2000 { m + 40 } else { m };
    format!("{:02}{mm:02}{d:02}{}", y % 100, g.s(4, DIGITS))
}

fn mk_emso(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    format!("{d:02}{m:02}{:03}50{}", y % 1000, g.s(4, DIGITS))
}

fn mk_lt(g: &mut Gen) -> String {
    txt(&gen_ee(g))
}

fn mk_amka(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    format!("{d:02}{m:02}{:02}{}", y % 100, g.s(5, DIGITS))
}

fn mk_tck(g: &mut Gen) -> String {
    format!("{}{}", 1 + below(g, 9), g.s(10, DIGITS))
}

fn mk_tz(g: &mut Gen) -> String {
    format!("{}{}", below(g, 4), g.s(8, DIGITS))
}

fn mk_za(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    format!(
        "{:02}{m:02}{d:02}{}{}8{}",
        y % 100,
        g.s(4, DIGITS),
        below(g, 2),
        g.s(1, DIGITS)
    )
}

fn mk_rrn(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 79);
    let sex = 1 + below(g, 2) + if y >= 2000 { 2 } else { 0 };
    format!(
        "{:02}{m:02}{d:02}-{sex}{:02}{}",
        y % 100,
        below(g, 97),
        g.s(4, DIGITS)
    )
}

fn mk_curp(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    let state = CURP_STATES[below(g, CURP_STATES.len() as u32) as usize];
    let century = if y >= 2000 {
        g.s(1, "ABC")
    } else {
        g.s(1, DIGITS)
    };
    format!(
        "{}{}{}{:02}{m:02}{d:02}{}{}{}{century}{}",
        g.s(1, "BCGHLMPRS"),
        g.s(1, "AEIOU"),
        g.s(2, "BCDGHLMNPRSTVZ"),
        y % 100,
        g.s(1, "HM"),
        String::from_utf8_lossy(state),
        g.s(3, "BCDFGHJKLMNPQRSTVXZ"),
        g.s(1, DIGITS)
    )
}

fn mk_pan(g: &mut Gen) -> String {
    const UP: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    format!(
        "{}P{}{}{}",
        g.s(3, UP),
        g.s(1, UP),
        g.s(4, DIGITS),
        g.s(1, UP)
    )
}

fn mk_nric(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1950, 70);
    let pb = [1, 8, 10, 14, 21, 45, 59, 71, 82][below(g, 9) as usize];
    format!("{:02}{m:02}{d:02}-{pb:02}-{}", y % 100, g.s(4, DIGITS))
}

fn mk_at_svnr(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    format!(
        "{}{}{} {d:02}{m:02}{:02}",
        1 + below(g, 9),
        g.s(2, DIGITS),
        g.s(1, DIGITS),
        y % 100
    )
}

fn mk_lv(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 59);
    format!(
        "{d:02}{m:02}{:02}-{}{}",
        y % 100,
        below(g, 2),
        g.s(4, DIGITS)
    )
}

fn mk_afm(g: &mut Gen) -> String {
    g.s(9, DIGITS)
}

fn mk_eid(g: &mut Gen) -> String {
    format!(
        "784-{}-{}-{}",
        1960 + below(g, 45),
        g.s(7, DIGITS),
        g.s(1, DIGITS)
    )
}

fn mk_sa(g: &mut Gen) -> String {
    format!("{}{}", 1 + below(g, 2), g.s(9, DIGITS))
}

fn mk_eg(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1950, 55);
    let gov = [1, 2, 12, 13, 21, 24, 88][below(g, 7) as usize];
    format!(
        "{}{:02}{m:02}{d:02}{gov:02}{}",
        if y >= 2000 { 3 } else { 2 },
        y % 100,
        g.s(5, DIGITS)
    )
}

fn mk_tw(g: &mut Gen) -> String {
    format!("{}{}{}", g.s(1, "ABEFHT"), 1 + below(g, 2), g.s(8, DIGITS))
}

fn mk_hkid(g: &mut Gen) -> String {
    format!(
        "{}{}({})",
        g.s(1, "ACDEGHKMPRVYZ"),
        g.s(6, DIGITS),
        g.s(1, "0123456789A")
    )
}

fn mk_taj(g: &mut Gen) -> String {
    let t = g.s(9, DIGITS);
    group(&t, &[3, 3, 3], " ")
}

fn mk_hu_tax(g: &mut Gen) -> String {
    format!("8{}", g.s(9, DIGITS))
}

fn mk_lu(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    format!("{y}{m:02}{d:02}{}", g.s(5, DIGITS))
}

fn mk_cnic(g: &mut Gen) -> String {
    format!(
        "{}{}-{}-{}",
        1 + below(g, 7),
        g.s(4, DIGITS),
        g.s(7, DIGITS),
        g.s(1, DIGITS)
    )
}

fn mk_lk(g: &mut Gen) -> String {
    format!(
        "{}{:03}{}",
        1950 + below(g, 55),
        1 + below(g, 365) + 500 * below(g, 2),
        g.s(5, DIGITS)
    )
}

fn mk_cccd(g: &mut Gen) -> String {
    format!(
        "0{:02}{}{:02}{}",
        1 + below(g, 95),
        below(g, 2),
        50 + below(g, 50),
        g.s(6, DIGITS)
    )
}

fn mk_uk_dl(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1950, 50);
    format!(
        "{}{}{:02}{d:02}{}{}9{}",
        g.s(5, UPPER),
        (y / 10) % 10,
        m + 50 * below(g, 2),
        y % 10,
        g.s(2, UPPER),
        g.s(2, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    )
}

fn mk_medicare(g: &mut Gen) -> String {
    format!(
        "{}{} {} {}",
        2 + below(g, 5),
        g.s(3, DIGITS),
        g.s(5, DIGITS),
        g.s(1, DIGITS)
    )
}

fn mk_sg_nric(g: &mut Gen) -> String {
    format!(
        "{}{}{}",
        g.s(1, "STFG"),
        g.s(7, DIGITS),
        g.s(1, "ABCDEFGHIJKLMNPQRTUWXZ")
    )
}

fn mk_nik(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1950, 55);
    let p = [11, 12, 31, 32, 33, 35, 51, 64, 73, 94][below(g, 10) as usize];
    let day = d + 40 * below(g, 2);
    format!(
        "{p}{:02}{:02}{day:02}{m:02}{:02}{:04}",
        1 + below(g, 70),
        1 + below(g, 30),
        y % 100,
        1 + below(g, 9998)
    )
}

fn mk_rfc(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1950, 55);
    format!(
        "{}{}{}{:02}{m:02}{d:02}{}{}",
        g.s(1, "BCDFGHJLMNPRSTVZ"),
        g.s(1, "AEIOU"),
        g.s(2, "BCDFGHJLMNPRSTVZ"),
        y % 100,
        g.s(2, "123456789ABCDEFGHJKLMNPRSTUVWXYZ"),
        g.s(1, "0123456789A")
    )
}

fn mk_th(g: &mut Gen) -> String {
    format!("{}{}", 1 + below(g, 8), g.s(12, DIGITS))
}

fn mk_jp(g: &mut Gen) -> String {
    group(&g.s(12, DIGITS), &[4, 4, 4], " ")
}

fn mk_cuil(g: &mut Gen) -> String {
    let p = ["20", "27"][below(g, 2) as usize];
    format!("{p}-{}-{}", g.s(8, DIGITS), g.s(1, DIGITS))
}

fn mk_ird(g: &mut Gen) -> String {
    let n = 10_000_001 + below(g, 139_999_998);
    let t = format!("{n:09}");
    group(&t, &[3, 3, 3], "-")
}

fn mk_utr(g: &mut Gen) -> String {
    group(&g.s(10, DIGITS), &[5, 5], " ")
}

fn mk_rvnr(g: &mut Gen) -> String {
    let (y, m, d) = rand_date(g, 1940, 80);
    let letter = char::from(b'A' + below(g, 26) as u8);
    format!(
        "{:02} {d:02}{m:02}{:02} {letter} {}",
        10 + below(g, 80),
        y % 100,
        g.s(3, DIGITS)
    )
}

fn mk_kvnr(g: &mut Gen) -> String {
    let letter = char::from(b'A' + below(g, 26) as u8);
    format!("{letter}{}", g.s(9, DIGITS))
}

fn mk_mbi(g: &mut Gen) -> String {
    const L: &[u8] = b"ACDEFGHJKMNPQRTUVWXY";
    let c = |g: &mut Gen| char::from(L.get(below(g, 20) as usize).copied().unwrap_or(b'A'));
    let d = |g: &mut Gen| char::from(b'0' + below(g, 10) as u8);
    let first = char::from(b'1' + below(g, 9) as u8);
    format!(
        "{first}{}{}{}-{}{}{}-{}{}{}{}",
        c(g),
        c(g),
        d(g),
        c(g),
        c(g),
        d(g),
        c(g),
        c(g),
        d(g),
        d(g)
    )
}

fn mk_ssn(g: &mut Gen) -> String {
    format!(
        "{}{:02}{:04}",
        100 + below(g, 565),
        1 + below(g, 99),
        1 + below(g, 9999)
    )
}

/// A kind added with `dk_cpr`: detector id, kind, maker, the index of a
/// checked character to break, and the keyword of its sample.
type Round4 = (
    &'static str,
    IdKind,
    fn(&mut Gen) -> String,
    usize,
    &'static str,
);

const ROUND4: &[Round4] = &[
    ("dk_cpr", IdKind::DkCpr, mk_cpr, 2, "CPR-nr.:"),
    ("is_kennitala", IdKind::IsKt, mk_kt, 9, "Kennitala:"),
    ("bg_egn", IdKind::BgEgn, mk_egn, 9, "\u{415}\u{413}\u{41d}:"),
    ("si_emso", IdKind::SiEmso, mk_emso, 12, "EM\u{160}O:"),
    ("lt_asmens_kodas", IdKind::LtAk, mk_lt, 10, "Asmens kodas:"),
    ("gr_amka", IdKind::GrAmka, mk_amka, 10, "AMKA:"),
    ("tr_tc_kimlik", IdKind::TrTck, mk_tck, 10, "T.C. Kimlik No:"),
    ("il_teudat_zehut", IdKind::IlTz, mk_tz, 8, "Teudat Zehut:"),
    ("za_id_number", IdKind::ZaId, mk_za, 12, "SA ID number:"),
    (
        "kr_rrn",
        IdKind::KrRrn,
        mk_rrn,
        13,
        "\u{c8fc}\u{bbfc}\u{b4f1}\u{b85d}\u{bc88}\u{d638}:",
    ),
    ("mx_curp", IdKind::MxCurp, mk_curp, 17, "CURP:"),
    ("in_pan", IdKind::InPan, mk_pan, 3, "PAN:"),
    ("my_nric", IdKind::MyNric, mk_nric, 2, "NRIC No.:"),
    ("th_national_id", IdKind::ThPin, mk_th, 12, "Thai ID:"),
    ("jp_my_number", IdKind::JpMyNumber, mk_jp, 13, "My Number:"),
    ("ar_cuil", IdKind::ArCuil, mk_cuil, 12, "CUIL:"),
    ("nz_ird_number", IdKind::NzIrd, mk_ird, 10, "IRD number:"),
    ("uk_utr", IdKind::UkUtr, mk_utr, 0, "UTR:"),
    (
        "de_rentenversicherungsnummer",
        IdKind::DeRvnr,
        mk_rvnr,
        14,
        "Rentenversicherungsnummer:",
    ),
    (
        "de_krankenversichertennummer",
        IdKind::DeKvnr,
        mk_kvnr,
        9,
        "Krankenversichertennummer:",
    ),
    // No check digit: the first character breaks the pattern at `0`.
    ("us_medicare_mbi", IdKind::UsMbi, mk_mbi, 0, "Medicare MBI:"),
    ("sg_nric", IdKind::SgNric, mk_sg_nric, 7, "NRIC:"),
    // No check digit either: the month breaks.
    ("id_nik", IdKind::IdNik, mk_nik, 8, "NIK:"),
    ("mx_rfc", IdKind::MxRfc, mk_rfc, 6, "RFC:"),
    (
        "au_medicare_number",
        IdKind::AuMedicare,
        mk_medicare,
        8,
        "Medicare card number:",
    ),
    ("ae_emirates_id", IdKind::AeEid, mk_eid, 17, "Emirates ID:"),
    ("sa_national_id", IdKind::SaNid, mk_sa, 9, "Iqama:"),
    // No check digit: the month breaks.
    (
        "eg_national_id",
        IdKind::EgNid,
        mk_eg,
        3,
        "Egyptian national ID:",
    ),
    ("tw_national_id", IdKind::TwNid, mk_tw, 9, "Taiwan ID:"),
    ("hk_hkid", IdKind::HkId, mk_hkid, 1, "HKID:"),
    ("gr_afm", IdKind::GrAfm, mk_afm, 8, "AFM:"),
    ("hu_taj", IdKind::HuTaj, mk_taj, 10, "TAJ sz\u{e1}m:"),
    (
        "hu_tax_id",
        IdKind::HuTax,
        mk_hu_tax,
        9,
        "Ad\u{f3}azonos\u{ed}t\u{f3} jel:",
    ),
    ("lu_matricule", IdKind::LuMatricule, mk_lu, 12, "Matricule:"),
    // No check digit: the province digit breaks.
    ("pk_cnic", IdKind::PkCnic, mk_cnic, 0, "CNIC:"),
    // The day of year breaks.
    ("lk_nic", IdKind::LkNic, mk_lk, 4, "NIC:"),
    // The century digit breaks.
    ("vn_cccd", IdKind::VnCccd, mk_cccd, 3, "CCCD:"),
    // The month breaks.
    (
        "uk_driving_licence",
        IdKind::UkDl,
        mk_uk_dl,
        6,
        "Driving licence no:",
    ),
    ("at_svnr", IdKind::AtSvnr, mk_at_svnr, 3, "SVNR:"),
    (
        "lv_personas_kods",
        IdKind::LvPk,
        mk_lv,
        11,
        "Personas kods:",
    ),
];

fn round4(id: &str) -> Option<&'static Round4> {
    ROUND4.iter().find(|r| r.0 == id)
}

/// `good` with the digit at `i` changed until `ok` rejects it.
fn broken(good: &str, i: usize, ok: impl Fn(&str) -> bool) -> String {
    let mut t = good.to_string();
    for _ in 0..10 {
        t = bump(&t, i);
        if !ok(&t) {
            return t;
        }
    }
    t
}

fn group(s: &str, sizes: &[usize], sep: &str) -> String {
    let mut out = Vec::new();
    let mut i = 0;
    for &n in sizes {
        out.push(s.get(i..i + n).unwrap_or_default());
        i += n;
    }
    out.join(sep)
}

/// A bare value for a national-id detector or one of its variants
/// (`*_bad`: right shape, wrong check; `br_cpf_digits`, `in_aadhaar_spaced`,
/// `fr_insee_spaced`, `es_nie`), or `None` for an unknown id.
pub(crate) fn value(g: &mut Gen, id: &str) -> Option<String> {
    if let Some(&(_, kind, make, _, _)) = round4(id) {
        return Some(gen_ok(g, kind, make));
    }
    if let Some(&(_, kind, make, i, _)) = id.strip_suffix("_bad").and_then(round4) {
        return Some(gen_bad(g, kind, make, i));
    }
    Some(match id {
        "us_ssn_digits" => mk_ssn(g),
        "us_ssn_spaced" => group(&mk_ssn(g), &[3, 2, 4], " "),
        "ca_social_insurance_number" => group(&gen_sin(g), &[3, 3, 3], "-"),
        "ca_sin_spaced" => group(&gen_sin(g), &[3, 3, 3], " "),
        "ca_sin_bad" => group(&bump(&gen_sin(g), 8), &[3, 3, 3], "-"),
        "fr_insee_number" => gen_nir(g),
        "fr_insee_spaced" => group(&gen_nir(g), &[1, 2, 2, 2, 3, 3, 2], " "),
        "fr_insee_bad" => group(&bump(&gen_nir(g), 14), &[1, 2, 2, 2, 3, 3, 2], " "),
        "es_dni_nie" => gen_dni(g, false),
        "es_nie" => gen_dni(g, true),
        "es_dni_bad" => {
            let mut s = gen_dni(g, false);
            let l = s.pop().unwrap_or('T');
            s.push(if l == 'T' { 'R' } else { 'T' });
            s
        }
        "it_codice_fiscale" => gen_cf(g),
        "it_cf_bad" => {
            let mut s = gen_cf(g);
            let l = s.pop().unwrap_or('A');
            s.push(if l == 'A' { 'B' } else { 'A' });
            s
        }
        "nl_bsn" => txt(&gen_weighted(g, 9, |d| bsn_sum(d) % 11 == 0)),
        "nl_bsn_bad" => bump(&txt(&gen_weighted(g, 9, |d| bsn_sum(d) % 11 == 0)), 8),
        "br_cpf" => {
            let t = txt(&gen_cpf(g));
            format!("{}.{}.{}-{}", &t[..3], &t[3..6], &t[6..9], &t[9..])
        }
        "br_cpf_digits" => txt(&gen_cpf(g)),
        "br_cpf_bad" => {
            let t = bump(&txt(&gen_cpf(g)), 10);
            format!("{}.{}.{}-{}", &t[..3], &t[3..6], &t[6..9], &t[9..])
        }
        "in_aadhaar" | "in_aadhaar_spaced" => group(&txt(&gen_aadhaar(g)), &[4, 4, 4], " "),
        "in_aadhaar_digits" => txt(&gen_aadhaar(g)),
        "in_aadhaar_bad" => group(&bump(&txt(&gen_aadhaar(g)), 11), &[4, 4, 4], " "),
        "de_tax_id" => txt(&gen_steuer(g)),
        "de_tax_id_spaced" => group(&txt(&gen_steuer(g)), &[2, 3, 3, 3], " "),
        "de_tax_id_bad" => bump(&txt(&gen_steuer(g)), 10),
        "au_tfn" => group(
            &txt(&gen_weighted(g, 9, |d| tfn_sum(d) % 11 == 0)),
            &[3, 3, 3],
            " ",
        ),
        "au_tfn_bad" => bump(&txt(&gen_weighted(g, 9, |d| tfn_sum(d) % 11 == 0)), 8),
        "pl_pesel" => txt(&gen_pesel(g)),
        "pl_pesel_bad" => bump(&txt(&gen_pesel(g)), 10),
        "se_personnummer" => {
            let t = gen_se(g);
            format!("{}-{}", &t[..6], &t[6..])
        }
        "se_personnummer_bad" => {
            let t = bump(&gen_se(g), 9);
            format!("{}-{}", &t[..6], &t[6..])
        }
        "fi_hetu" => gen_hetu(g),
        "fi_hetu_bad" => broken(&gen_hetu(g), 9, |t| hetu_ok(t.as_bytes())),
        "no_fodselsnummer" => txt(&gen_fnr(g)),
        "no_fnr_spaced" => {
            let t = txt(&gen_fnr(g));
            format!("{} {}", &t[..6], &t[6..])
        }
        "no_fnr_bad" => broken(&txt(&gen_fnr(g)), 10, |t| fnr_ok(&vals(t))),
        "ee_isikukood" => txt(&gen_ee(g)),
        "ee_isikukood_bad" => broken(&txt(&gen_ee(g)), 10, |t| ee_ok(&vals(t))),
        "pt_nif" => group(&txt(&gen_nif(g)), &[3, 3, 3], " "),
        "pt_nif_digits" => txt(&gen_nif(g)),
        "pt_nif_bad" => broken(&txt(&gen_nif(g)), 8, |t| nif_ok(&vals(t))),
        "ie_ppsn" => gen_ppsn(g),
        "ie_ppsn_bad" => broken(&gen_ppsn(g), 6, |t| ppsn_ok(t.as_bytes())),
        "ch_ahv" => group(&txt(&gen_ahv(g)), &[3, 4, 4, 2], "."),
        "ch_ahv_digits" => txt(&gen_ahv(g)),
        "ch_ahv_bad" => group(
            &broken(&txt(&gen_ahv(g)), 12, |t| ahv_ok(&vals(t))),
            &[3, 4, 4, 2],
            ".",
        ),
        "be_national_number" => {
            let t = txt(&gen_be(g));
            format!(
                "{}.{}.{}-{}.{}",
                &t[..2],
                &t[2..4],
                &t[4..6],
                &t[6..9],
                &t[9..]
            )
        }
        "be_nrn_digits" => txt(&gen_be(g)),
        "be_nrn_bad" => broken(&txt(&gen_be(g)), 8, |t| be_ok(&vals(t))),
        "hr_oib" => txt(&gen_oib(g)),
        "hr_oib_bad" => broken(&txt(&gen_oib(g)), 10, |t| {
            let d = vals(t);
            mod11_10(&d[..10]) == d[10]
        }),
        "ro_cnp" => txt(&gen_cnp(g)),
        "ro_cnp_bad" => broken(&txt(&gen_cnp(g)), 12, |t| cnp_ok(&vals(t))),
        "cz_sk_birth_number" => {
            let t = gen_rc(g, false);
            format!("{}/{}", &t[..6], &t[6..])
        }
        "cz_rc_digits" => gen_rc(g, false),
        "cz_rc_old" => {
            let t = gen_rc(g, true);
            format!("{}/{}", &t[..6], &t[6..])
        }
        "cz_rc_bad" => {
            let t = broken(&gen_rc(g, false), 9, |t| rc_ok(&vals(t)));
            format!("{}/{}", &t[..6], &t[6..])
        }
        "cl_rut" => {
            let t = gen_rut(g);
            let n = t.len();
            format!(
                "{}.{}.{}-{}",
                &t[..n - 7],
                &t[n - 7..n - 4],
                &t[n - 4..n - 1],
                &t[n - 1..]
            )
        }
        "cl_rut_dash" => {
            let t = gen_rut(g);
            format!("{}-{}", &t[..t.len() - 1], &t[t.len() - 1..])
        }
        "cl_rut_bad" => {
            let t = broken(&gen_rut(g), 2, |t| rut_ok(t.as_bytes(), t.as_bytes()));
            format!("{}-{}", &t[..t.len() - 1], &t[t.len() - 1..])
        }
        "cn_resident_id" => gen_ric(g),
        "cn_ric_bad" => broken(&gen_ric(g), 16, |t| ric_ok(t.as_bytes())),
        "uk_nhs_number" => group(&txt(&gen_nhs(g)), &[3, 3, 4], " "),
        "uk_nhs_digits" => txt(&gen_nhs(g)),
        "uk_nhs_bad" => group(
            &broken(&txt(&gen_nhs(g)), 9, |t| nhs_ok(&vals(t))),
            &[3, 3, 4],
            " ",
        ),
        "us_itin" => gen_itin(g),
        // Group 93 and 66-69 are not ITIN ranges.
        "us_itin_bad" => {
            let t = gen_itin(g);
            let group = ["93", "66", "69", "89"][below(g, 4) as usize];
            format!("{}{group}{}", &t[..4], &t[6..])
        }
        _ => return None,
    })
}

/// Digit values of the digits of `t`.
fn vals(t: &str) -> Vec<u8> {
    t.bytes()
        .filter(u8::is_ascii_digit)
        .map(|c| c - b'0')
        .collect()
}

/// `s` with the digit at `i` changed (a typo: the checksum no longer holds).
fn bump(s: &str, i: usize) -> String {
    s.char_indices()
        .map(|(j, c)| match (j == i, c.to_digit(10)) {
            (true, Some(d)) => char::from(b'0' + ((d + 1) % 10) as u8),
            _ => c,
        })
        .collect()
}

/// A value in a minimal context (`CPF: …`) for a national-id detector, or
/// `None` for an unknown id.
pub(crate) fn sample(g: &mut Gen, id: &str) -> Option<String> {
    if id == "national_id" {
        // A generic label: the record names the country (`country_id.rs`).
        let v = value(g, "tr_tc_kimlik")?;
        return Some(format!(
            r#"{{"type": "national_id", "issuing_country": "TR", "number": "{v}"}}"#
        ));
    }
    let v = value(g, id)?;
    if let Some(&(_, _, _, _, key)) = round4(id) {
        return Some(format!("{key} {v}"));
    }
    Some(match id {
        "ca_social_insurance_number" => format!("SIN: {v}"),
        "fr_insee_number" => format!("N\u{b0} de s\u{e9}curit\u{e9} sociale : {v}"),
        "es_dni_nie" => format!("DNI {v}"),
        "it_codice_fiscale" => format!("Codice Fiscale: {v}"),
        "nl_bsn" => format!("BSN: {v}"),
        "br_cpf" => format!("CPF {v}"),
        "in_aadhaar" => format!("customer aadhaar {v} verified"),
        "de_tax_id" => format!("Steuer-ID: {v}"),
        "au_tfn" => format!("TFN {v}"),
        "pl_pesel" => format!("PESEL: {v}"),
        "se_personnummer" => format!("personnummer {v}"),
        "fi_hetu" => format!("Henkil\u{f6}tunnus: {v}"),
        "no_fodselsnummer" => format!("F\u{f8}dselsnummer: {v}"),
        "ee_isikukood" => format!("isikukood {v}"),
        "pt_nif" => format!("NIF: {v}"),
        "ie_ppsn" => format!("PPS No: {v}"),
        "ch_ahv" => format!("AHV-Nr. {v}"),
        "be_national_number" => format!("Rijksregisternummer: {v}"),
        "hr_oib" => format!("OIB: {v}"),
        "ro_cnp" => format!("CNP {v}"),
        "cz_sk_birth_number" => format!("Rodn\u{e9} \u{10d}\u{ed}slo: {v}"),
        "cl_rut" => format!("RUT: {v}"),
        "cn_resident_id" => format!("\u{8eab}\u{4efd}\u{8bc1}\u{53f7}\u{7801}\u{ff1a}{v}"),
        "uk_nhs_number" => format!("NHS number: {v}"),
        "us_itin" => format!("ITIN {v}"),
        _ => return None,
    })
}

/// One near miss per national-id detector, for the engine-wide hard
/// negative table (right shape and keyword, wrong checksum; or a valid
/// checksum without anything naming the number).
#[cfg(test)]
pub(crate) fn hard_negatives(g: &mut Gen) -> Vec<(&'static str, String)> {
    let mut v = |id: &str| value(g, id).unwrap_or_default();
    vec![
        // A generic label in a record that names no country.
        (
            "national_id",
            format!(
                r#"{{"type": "national_id", "number": "{}"}}"#,
                v("tr_tc_kimlik")
            ),
        ),
        (
            "ca_social_insurance_number",
            format!("SIN: {}", v("ca_sin_bad")),
        ),
        ("fr_insee_number", format!("NIR {}", v("fr_insee_bad"))),
        ("es_dni_nie", format!("DNI: {}", v("es_dni_bad"))),
        (
            "it_codice_fiscale",
            format!("codice fiscale {}", v("it_cf_bad")),
        ),
        ("nl_bsn", format!("order 12 shipped, ref {}", v("nl_bsn"))),
        ("br_cpf", format!("CPF: {}", v("br_cpf_bad"))),
        ("in_aadhaar", format!("Aadhaar {}", v("in_aadhaar_bad"))),
        ("de_tax_id", format!("Steuer-ID {}", v("de_tax_id_bad"))),
        ("au_tfn", format!("TFN: {}", v("au_tfn_bad"))),
        ("pl_pesel", format!("PESEL {}", v("pl_pesel_bad"))),
        (
            "se_personnummer",
            format!("personnummer {}", v("se_personnummer_bad")),
        ),
        ("fi_hetu", format!("HETU {}", v("fi_hetu_bad"))),
        (
            "no_fodselsnummer",
            format!("f\u{f8}dselsnummer {}", v("no_fnr_bad")),
        ),
        (
            "ee_isikukood",
            format!("isikukood: {}", v("ee_isikukood_bad")),
        ),
        ("pt_nif", format!("NIF {}", v("pt_nif_bad"))),
        ("ie_ppsn", format!("PPSN: {}", v("ie_ppsn_bad"))),
        ("ch_ahv", format!("AHV-Nr. {}", v("ch_ahv_bad"))),
        ("be_national_number", format!("INSZ {}", v("be_nrn_bad"))),
        ("hr_oib", format!("OIB: {}", v("hr_oib_bad"))),
        ("ro_cnp", format!("CNP: {}", v("ro_cnp_bad"))),
        (
            "cz_sk_birth_number",
            format!("rodne cislo {}", v("cz_rc_bad")),
        ),
        ("cl_rut", format!("RUT {}", v("cl_rut_bad"))),
        ("cn_resident_id", format!("resident ID {}", v("cn_ric_bad"))),
        ("uk_nhs_number", format!("NHS No {}", v("uk_nhs_bad"))),
        ("us_itin", format!("ITIN: {}", v("us_itin_bad"))),
    ]
    .into_iter()
    .chain(
        ROUND4
            .iter()
            .map(|&(id, kind, make, i, key)| (id, format!("{key} {}", gen_bad(g, kind, make, i)))),
    )
    .collect()
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::{DetectSection, Engine};
    use super::*;

    fn engine() -> Engine {
        Engine::new(&DetectSection::default()).expect("engine")
    }

    /// (detector id, example flag) of every hit.
    fn hits(e: &Engine, text: &str) -> Vec<(String, bool)> {
        e.scan(text.as_bytes())
            .iter()
            .map(|h| (e.rule_id(h.rule).to_string(), h.example))
            .collect()
    }

    fn live(e: &Engine, text: &str, id: &str) -> usize {
        hits(e, text)
            .iter()
            .filter(|(d, ex)| d == id && !ex)
            .count()
    }

    #[test]
    fn checksums_of_known_values() {
        // Published worked examples of each algorithm.
        assert!(verhoeff_ok(&[2, 3, 6, 3]));
        assert!(!verhoeff_ok(&[2, 3, 6, 4]));
        assert_eq!(verhoeff_digit(&[2, 3, 6]), 3);
        assert!(steuer_ok(&[8, 6, 0, 9, 5, 7, 4, 2, 7, 1, 9]));
        assert!(!steuer_ok(&[8, 6, 0, 9, 5, 7, 4, 2, 7, 1, 8]));
        assert!(cf_ok(b"RSSMRA85T10A562S"));
        assert!(!cf_ok(b"RSSMRA85T10A562T"));
        assert!(dni_ok(b"12345678Z") && dni_ok(b"X1234567L"));
        assert!(!dni_ok(b"12345678A"));
        assert!(nir_ok(b"184127645108946") && nir_ok(b"255081416802538"));
        assert!(!nir_ok(b"184127645108947"));
        assert_eq!(cpf_checks(&[1, 1, 1, 4, 4, 4, 7, 7, 7]), [3, 5]);
        assert!(pesel_ok(&[4, 4, 0, 5, 1, 4, 0, 1, 3, 5, 9]));
        assert!(se_ok(b"8112189876") && !se_ok(b"8112189875"));
        assert_eq!(tfn_sum(&[1, 2, 3, 4, 5, 6, 7, 8, 2]) % 11, 0);
        assert_eq!(bsn_sum(&[1, 1, 1, 2, 2, 2, 3, 3, 3]) % 11, 0);
    }

    /// Synthetic values (random digits whose check digits, and for the
    /// bad ones the rejection, come from an independent implementation,
    /// python-stdnum) and the published examples: valid as written, not
    /// after the one-digit change. Every kind's checksum is pinned here, so
    /// breaking one fails this test even where the generators share it.
    #[test]
    fn checksums_of_new_kinds() {
        use IdKind::*;
        let table: &[(IdKind, &[&str], &[&str])] = &[
            (
                FiHetu,
                &[
                    "280790-267J",
                    "191156-376P",
                    "050396-344H",
                    "280133-2393",
                    "131052-308T",
                ],
                &[
                    "280792-267J",
                    "161156-376P",
                    "050398-344H",
                    "280333-2393",
                    "131052-308U",
                ],
            ),
            (
                NoFnr,
                &["13104210397", "23046900138", "27016115369", "28037720579"],
                &["13102210397", "23046900134", "27016119369", "23037720579"],
            ),
            (
                EeIk,
                &[
                    "39606154631",
                    "36902068266",
                    "33911056051",
                    "50211205162",
                    "37605030299",
                ],
                &[
                    "39606154231",
                    "38902068266",
                    "33911056054",
                    "55211205162",
                    "37605030298",
                ],
            ),
            (
                PtNif,
                &["353805807", "135586089", "114409749", "392135574"],
                &["353805804", "155586089", "114403749", "392935574"],
            ),
            (
                IePpsn,
                &["9622490R", "8075165B", "6140532T", "3526915L", "1234567TW"],
                &["9622450R", "8075665B", "6240532T", "3526715L", "1234567TA"],
            ),
            (
                ChAhv,
                &[
                    "756.8443.6821.44",
                    "7564832665361",
                    "7567030159250",
                    "756.1234.5678.97",
                ],
                &[
                    "756.8443.6821.45",
                    "7564832665362",
                    "7568030159250",
                    "756.1234.5678.98",
                ],
            ),
            (
                BeNrn,
                &[
                    "65011805697",
                    "14022743038",
                    "98.10.05-292.37",
                    "58020380645",
                ],
                &[
                    "63011805697",
                    "14022043038",
                    "98.15.05-292.37",
                    "58020381645",
                ],
            ),
            (
                HrOib,
                &["39105241855", "85545326955", "39407561368", "74442787798"],
                &["39105201855", "85545326905", "31407561368", "74542787798"],
            ),
            (
                RoCnp,
                &[
                    "1600513017096",
                    "5050418440093",
                    "1840219266314",
                    "1620305352777",
                ],
                &[
                    "1600513017091",
                    "5080418440093",
                    "1040219266314",
                    "1620305362777",
                ],
            ),
            (
                CzSkRc,
                &["6060282393", "965722/9219", "9856121671", "1758308717"],
                &["6060282373", "965722/7219", "9856121673", "1758308727"],
            ),
            (
                ClRut,
                &[
                    "16.750.760-3",
                    "11795652-0",
                    "20529202-0",
                    "152244460",
                    "12.345.678-5",
                ],
                &[
                    "16.750.720-3",
                    "11795682-0",
                    "20509202-0",
                    "152244469",
                    "12.345.678-K",
                ],
            ),
            (
                CnRic,
                &[
                    "310104196901196014",
                    "110105201309055901",
                    "310104198507100167",
                    "110105197707073188",
                    "11010519491231002X",
                ],
                &[
                    "310104196901199014",
                    "110105201309058901",
                    "310104198507103167",
                    "110105197707076188",
                    "110105194912310021",
                ],
            ),
            (
                UkNhs,
                &[
                    "609 139 0996",
                    "6030824627",
                    "7194821990",
                    "7351819092",
                    "9434765919",
                ],
                &[
                    "609 139 0997",
                    "6030824628",
                    "7194821991",
                    "7351819093",
                    "9434765918",
                ],
            ),
            (
                UsItin,
                &[
                    "937-50-8657",
                    "997655432",
                    "931709487",
                    "957884911",
                    "986902527",
                    "955949797",
                ],
                &[
                    "949497465",
                    "907665291",
                    "970693423",
                    "966897127",
                    "968934268",
                    "846705632",
                ],
            ),
            (
                DkCpr,
                &["110350-0181", "121007-8301", "140708-3186", "021015-3909"],
                &["111350-0181", "122007-8301", "141708-3186", "022015-3909"],
            ),
            (
                IsKt,
                &["111244-9799", "130810-2769", "070626-7990", "140227-4129"],
                &["111244-9899", "130810-2869", "070626-7090", "140227-4229"],
            ),
            (
                BgEgn,
                &["0212177371", "2906135020", "4251209207", "3449075606"],
                &["0212177372", "2906135021", "4251209208", "3449075607"],
            ),
            (
                SiEmso,
                &[
                    "0709963507576",
                    "1311013500206",
                    "0112996500317",
                    "0701947500340",
                ],
                &[
                    "0709963507577",
                    "1311013500207",
                    "0112996500318",
                    "0701947500341",
                ],
            ),
            (
                LtAk,
                &["58204136306", "45103214562", "47812310484", "41009012433"],
                &["58204136307", "45103214563", "47812310485", "41009012434"],
            ),
            (
                GrAmka,
                &["25062581613", "18049178058", "23078746270", "31109377221"],
                &["25062581614", "18049178059", "23078746271", "31109377222"],
            ),
            (
                TrTck,
                &["13453709710", "95986365168", "29072637792", "95113115444"],
                &["13453709711", "95986365169", "29072637793", "95113115445"],
            ),
            (
                IlTz,
                &["106805385", "231174772", "143814622", "061041422"],
                &["106805386", "231174773", "143814623", "061041423"],
            ),
            (
                ZaId,
                &[
                    "3108228958086",
                    "7807211797189",
                    "0304240384087",
                    "9303168802188",
                ],
                &[
                    "3108228958087",
                    "7807211797180",
                    "0304240384088",
                    "9303168802189",
                ],
            ),
            (
                KrRrn,
                &[
                    "680508-2392391",
                    "520225-1758584",
                    "750914-1192164",
                    "820220-2542754",
                ],
                &[
                    "680508-2392392",
                    "520225-1758585",
                    "750914-1192165",
                    "820220-2542755",
                ],
            ),
            (
                MxCurp,
                &[
                    "RIBT461221HJCRLP04",
                    "RAHD340802HNLRSM62",
                    "LALL230726HNLFNN20",
                    "LOZH010404MMCKRK59",
                ],
                &[
                    "RIBT461221HJCRLP05",
                    "RAHD340802HNLRSM63",
                    "LALL230726HNLFNN21",
                    "LOZH010404MMCKRK50",
                ],
            ),
            (
                InPan,
                &["HMUPQ8447Y", "WPOPB6739T", "YXOCJ7301C", "CFLPN6874W"],
                &["HMUQQ8447Y", "WPOQB6739T", "YXOQJ7301C", "CFLQN6874W"],
            ),
            (
                MyNric,
                &[
                    "440912-91-2188",
                    "630212-37-8336",
                    "450620-78-8944",
                    "970220-91-5158",
                ],
                &[
                    "440912-69-2188",
                    "630212-17-8336",
                    "450620-00-8944",
                    "970220-20-5158",
                ],
            ),
            (
                ThPin,
                &[
                    "8733448324603",
                    "3359144517469",
                    "8686346198769",
                    "1864901161939",
                ],
                &[
                    "8733448324604",
                    "3359144517460",
                    "8686346198760",
                    "1864901161930",
                ],
            ),
            (
                JpMyNumber,
                &[
                    "782628745623",
                    "795192132323",
                    "170076816320",
                    "073597614990",
                ],
                &[
                    "782628745624",
                    "795192132324",
                    "170076816321",
                    "073597614991",
                ],
            ),
            (
                ArCuil,
                &["27546577079", "24879561090", "24694827752", "23287575033"],
                &["27546577070", "24879561091", "24694827753", "23287575034"],
            ),
            (
                NzIrd,
                &["82247920", "127706190", "117711277", "34980551"],
                &["82247921", "127706191", "117711278", "34980552"],
            ),
            (
                UkUtr,
                &["6522950118", "1528278544", "5581947688", "8403218357"],
                &["7522950118", "2528278544", "6581947688", "9403218357"],
            ),
            (
                // The first is the Deutsche Rentenversicherung's worked
                // example.
                DeRvnr,
                &["15 070649 C 103", "43130786S497"],
                &["15 070649 C 104", "43130786S496", "43 133386 S 497"],
            ),
            (
                // The first is the card's worked example.
                DeKvnr,
                &["A123456780", "N775279602"],
                &["A123456781", "N775279603", "775279602N"],
            ),
            (
                UsMbi,
                &["1EG4-TE5-MK73", "4WQ1WR1NQ08"],
                &[
                    "0EG4-TE5-MK73",
                    "4WQ1WL1NQ08",
                    "4WQ1LR1NQ08",
                    "4WQ1W-R1NQ-08",
                    "4WQ1WR1NQ0",
                ],
            ),
        ];
        let mut wrong = Vec::new();
        for (kind, good, bad) in table {
            for v in *good {
                if checksum_ok(*kind, v.as_bytes()).is_none() {
                    wrong.push(format!("{kind:?} rejects {v}"));
                }
            }
            for v in *bad {
                if checksum_ok(*kind, v.as_bytes()).is_some() {
                    wrong.push(format!("{kind:?} accepts {v}"));
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn corsica_departments() {
        let mut g = Gen::new(5);
        let mut seen = (false, false);
        for _ in 0..200 {
            let n = gen_nir(&mut g);
            assert!(nir_ok(n.as_bytes()), "{n}");
            seen.0 |= n.contains("2A");
            seen.1 |= n.contains("2B");
        }
        assert!(seen.0 && seen.1);
        // 2A and 2B are not interchangeable: the key differs.
        let a = "184122A451089";
        let n = nir_number(&a.as_bytes()[..13]).unwrap_or(0);
        let good = format!("{}{:02}", &a[..13], 97 - n % 97);
        assert!(nir_ok(good.as_bytes()));
        assert!(!nir_ok(good.replacen("2A", "2B", 1).as_bytes()));
    }

    /// Every national-id rule, in the order they were added.
    pub(in crate::inspect::detect) const IDS: &[&str] = &[
        "ca_social_insurance_number",
        "fr_insee_number",
        "es_dni_nie",
        "it_codice_fiscale",
        "nl_bsn",
        "br_cpf",
        "in_aadhaar",
        "de_tax_id",
        "au_tfn",
        "pl_pesel",
        "se_personnummer",
        "fi_hetu",
        "no_fodselsnummer",
        "ee_isikukood",
        "pt_nif",
        "ie_ppsn",
        "ch_ahv",
        "be_national_number",
        "hr_oib",
        "ro_cnp",
        "cz_sk_birth_number",
        "cl_rut",
        "cn_resident_id",
        "uk_nhs_number",
        "us_itin",
        "dk_cpr",
        "is_kennitala",
        "bg_egn",
        "si_emso",
        "lt_asmens_kodas",
        "gr_amka",
        "tr_tc_kimlik",
        "il_teudat_zehut",
        "za_id_number",
        "kr_rrn",
        "mx_curp",
        "in_pan",
        "my_nric",
        "th_national_id",
        "jp_my_number",
        "ar_cuil",
        "nz_ird_number",
        "uk_utr",
        "de_rentenversicherungsnummer",
    ];

    #[test]
    fn positives_in_several_formats() {
        let e = engine();
        let mut g = Gen::new(99);
        let mut v = |id: &str| value(&mut g, id).unwrap_or_default();
        let cases: Vec<(&str, String)> = vec![
            (
                "ca_social_insurance_number",
                format!("Employee SIN: {}", v("ca_social_insurance_number")),
            ),
            (
                "ca_social_insurance_number",
                format!(
                    "num\u{e9}ro d'assurance sociale (NAS) : {}",
                    v("ca_sin_spaced")
                ),
            ),
            (
                "ca_social_insurance_number",
                format!(
                    "{{\"name\": \"Li Wei\", \"sin\": \"{}\"}}",
                    v("ca_sin_spaced")
                ),
            ),
            ("fr_insee_number", format!("NIR : {}", v("fr_insee_spaced"))),
            (
                "fr_insee_number",
                format!(
                    "num\u{e9}ro de s\u{e9}curit\u{e9} sociale {}",
                    v("fr_insee_number")
                ),
            ),
            (
                "es_dni_nie",
                format!("Cliente con DNI: {}", v("es_dni_nie")),
            ),
            ("es_dni_nie", format!("NIE {} (residente)", v("es_nie"))),
            (
                "it_codice_fiscale",
                format!("C.F. {}", v("it_codice_fiscale")),
            ),
            (
                "it_codice_fiscale",
                format!("\"codice_fiscale\": \"{}\"", v("it_codice_fiscale")),
            ),
            ("nl_bsn", format!("burgerservicenummer {}", v("nl_bsn"))),
            ("nl_bsn", format!("bsn={}", v("nl_bsn"))),
            ("br_cpf", format!("CPF: {}", v("br_cpf"))),
            ("br_cpf", format!("cliente cpf {}", v("br_cpf_digits"))),
            (
                "in_aadhaar",
                format!("Aadhaar No. {}", v("in_aadhaar_digits")),
            ),
            (
                "in_aadhaar",
                format!("KYC done, id {} on file", v("in_aadhaar_spaced")),
            ),
            (
                "de_tax_id",
                format!(
                    "Steuerliche Identifikationsnummer: {}",
                    v("de_tax_id_spaced")
                ),
            ),
            ("de_tax_id", format!("IdNr {}", v("de_tax_id"))),
            ("au_tfn", format!("Tax File Number: {}", v("au_tfn"))),
            ("pl_pesel", format!("Numer PESEL: {}", v("pl_pesel"))),
            (
                "se_personnummer",
                format!("Personnummer: {}", v("se_personnummer")),
            ),
        ];
        for (id, text) in &cases {
            assert_eq!(
                live(&e, text, id),
                1,
                "{id} in {text:?}: {:?}",
                hits(&e, text)
            );
        }
        for id in IDS {
            for _ in 0..20 {
                let s = sample(&mut g, id).unwrap_or_default();
                assert_eq!(live(&e, &s, id), 1, "{s:?}");
            }
        }
    }

    #[test]
    fn csv_columns_named_by_header() {
        let e = engine();
        let mut g = Gen::new(3);
        let mut rows = String::from("id,name,cpf,phone\n");
        let mut md = String::from("| Nome | CPF | Cidade |\n|---|---|---|\n");
        for i in 0..5 {
            let cpf = value(&mut g, "br_cpf").unwrap_or_default();
            rows.push_str(&format!(
                "{},Ana {i},{cpf},+55 11 9{}\n",
                100 + i,
                g.s(8, DIGITS)
            ));
            md.push_str(&format!("| Jo\u{e3}o {i} | {cpf} | Recife |\n"));
        }
        assert_eq!(live(&e, &rows, "br_cpf"), 5, "{rows}");
        assert_eq!(live(&e, &md, "br_cpf"), 5, "{md}");
        // The same numbers in a column the header names differently.
        let other = rows.replace(",cpf,", ",order_ref,");
        assert_eq!(live(&e, &other, "br_cpf"), 0, "{other}");
        // A blank line ends the table the header names.
        let mut tsv = String::from("nome\tbsn\n");
        tsv.push_str(&format!("Piet\t{}\n\nref\t{}\n", v1(&mut g), v1(&mut g)));
        assert_eq!(live(&e, &tsv, "nl_bsn"), 1, "{tsv}");
    }

    fn v1(g: &mut Gen) -> String {
        value(g, "nl_bsn").unwrap_or_default()
    }

    #[test]
    fn hard_negatives_stay_quiet() {
        let e = engine();
        let mut g = Gen::new(11);
        for (id, text) in hard_negatives(&mut g) {
            assert_eq!(live(&e, &text, id), 0, "{id} fired on {text:?}");
        }
        let mut v = |id: &str| value(&mut g, id).unwrap_or_default();
        let cases: Vec<String> = vec![
            // Valid checksums with nothing naming the number.
            format!("order {} shipped", v("br_cpf_digits")),
            format!("invoice {} paid", v("nl_bsn")),
            format!("job {} took 3s", v("pl_pesel")),
            format!("row {} ref {}", v("de_tax_id"), v("au_tfn")),
            format!("trace {} span {}", v("fr_insee_number"), v("ca_sin_spaced")),
            format!("SKU {} qty 2", v("es_dni_nie")),
            format!("Aadhaar {}", v("in_aadhaar_bad")),
            // The keyword, but then another field's number.
            format!("CPF: n/a, phone: {}", v("br_cpf_digits")),
            format!("BSN unknown, order 7 ref {}", v("nl_bsn")),
            // Degenerate values that pass the checks.
            "BSN: 111111110, CPF 111.111.111-11, Aadhaar 2222 2222 2222".into(),
            "SIN 123-456-789, TFN 987 654 321".into(),
            // Glued into longer tokens.
            format!(
                "cpf={}7 and cpf v1.{}",
                v("br_cpf_digits"),
                v("br_cpf_digits")
            ),
            format!("BSN id-{}-x", v("nl_bsn")),
            format!(
                "uuid 123e4567-e89b-12d3-a456-{} aadhaar",
                v("in_aadhaar_digits")
            ),
            // Card numbers and IBANs are not Aadhaar numbers.
            "card 4539 1488 0343 6467, IBAN DE89 3704 0044 0532 0130 00".into(),
            // Phone numbers after a phone keyword; other spaced 12-digit
            // numbers named as what they are.
            format!("mobile {}", v("in_aadhaar_spaced")),
            format!("FedEx tracking {} delivered", v("in_aadhaar_spaced")),
            // Labels about the id, not the id.
            format!("bsn_lookup_ms: {}", v("nl_bsn")),
            format!("job,cpf_lookup_ms\nsync,{}", v("br_cpf_digits")),
            // Timestamps, dates and versions near a keyword.
            "PESEL checked at 2024-03-12 10:31:55, build 20240312103155".into(),
            "personnummer field added in 2023-10-01, v12.1.0".into(),
        ];
        for t in &cases {
            let found: Vec<_> = hits(&e, t)
                .into_iter()
                .filter(|(d, ex)| !ex && IDS.contains(&d.as_str()))
                .collect();
            assert!(found.is_empty(), "{t:?}: {found:?}");
        }
    }

    #[test]
    fn example_values_are_examples() {
        let e = engine();
        for t in [
            "DNI 12345678Z",
            "Codice Fiscale: RSSMRA85T10A562S",
            "CPF 123.456.789-09",
            "Steuer-ID 86095742719",
            "PESEL 44051401359",
            "NIR 1 84 12 76 451 089 46",
            "TFN 123 456 782",
            "HETU 131052-308T",
            "NHS number 943 476 5919",
            "\u{8eab}\u{4efd}\u{8bc1} 11010519491231002X",
            "PPSN 1234567T",
            "RUT 12.345.678-5",
        ] {
            let h = hits(&e, t);
            assert!(!h.is_empty() && h.iter().all(|(_, ex)| *ex), "{t}: {h:?}");
        }
    }

    /// The other forms and contexts of the national ids added with
    /// `fi_hetu`: plain and grouped digits, JSON members, table columns,
    /// the bare dotted AHV number.
    #[test]
    fn new_ids_in_several_formats() {
        let e = engine();
        let mut g = Gen::new(41);
        for _ in 0..10 {
            let mut v = |id: &str| value(&mut g, id).unwrap_or_default();
            let cases: Vec<(&str, String)> = vec![
                ("fi_hetu", format!("{{\"hetu\": \"{}\"}}", v("fi_hetu"))),
                (
                    "fi_hetu",
                    format!("personal identity code {}", v("fi_hetu")),
                ),
                ("no_fodselsnummer", format!("fnr: {}", v("no_fnr_spaced"))),
                (
                    "no_fodselsnummer",
                    format!("Personnummer {}", v("no_fodselsnummer")),
                ),
                (
                    "ee_isikukood",
                    format!("Personal code: {}", v("ee_isikukood")),
                ),
                (
                    "pt_nif",
                    format!("N\u{fa}mero de contribuinte {}", v("pt_nif_digits")),
                ),
                ("pt_nif", format!("\"nif\": \"{}\"", v("pt_nif"))),
                ("ie_ppsn", format!("PPSN {}", v("ie_ppsn"))),
                ("ch_ahv", format!("AVS: {}", v("ch_ahv_digits"))),
                ("ch_ahv", format!("OASI number {}", v("ch_ahv"))),
                // The dotted form needs no keyword.
                (
                    "ch_ahv",
                    format!("Versichertennummer {} (Karte)", v("ch_ahv")),
                ),
                (
                    "be_national_number",
                    format!("NISS: {}", v("be_nrn_digits")),
                ),
                (
                    "be_national_number",
                    format!("num\u{e9}ro national {}", v("be_national_number")),
                ),
                ("hr_oib", format!("\"oib\":\"{}\"", v("hr_oib"))),
                // A payroll export's column named in snake case.
                (
                    "de_tax_id",
                    format!(
                        "personalnr;name;steuer_id;brutto\n40110;Giulia Tanaka;{};3120,00",
                        v("de_tax_id")
                    ),
                ),
                ("ro_cnp", format!("Cod numeric personal: {}", v("ro_cnp"))),
                (
                    "cz_sk_birth_number",
                    format!("R\u{10c}: {}", v("cz_rc_digits")),
                ),
                (
                    "cz_sk_birth_number",
                    format!("birth number {}", v("cz_rc_old")),
                ),
                (
                    "cz_sk_birth_number",
                    format!("rodne cislo {}", v("cz_sk_birth_number")),
                ),
                ("cl_rut", format!("RUN: {}", v("cl_rut_dash"))),
                ("cl_rut", format!("R.U.T. {}", v("cl_rut"))),
                (
                    "cn_resident_id",
                    format!(
                        "\u{5c45}\u{6c11}\u{8eab}\u{4efd}\u{8bc1}\u{ff1a}{}",
                        v("cn_resident_id")
                    ),
                ),
                (
                    "cn_resident_id",
                    format!("Resident ID: {}", v("cn_resident_id")),
                ),
                (
                    "uk_nhs_number",
                    format!("nhs_number={}", v("uk_nhs_digits")),
                ),
                ("uk_nhs_number", format!("NHS No. {}", v("uk_nhs_number"))),
                ("us_itin", format!("ITIN: {}", v("us_itin"))),
                (
                    "us_itin",
                    format!(
                        "Individual Taxpayer Identification Number {}",
                        v("us_itin").replace('-', "")
                    ),
                ),
            ];
            for (id, text) in &cases {
                assert_eq!(
                    live(&e, text, id),
                    1,
                    "{id} in {text:?}: {:?}",
                    hits(&e, text)
                );
            }
        }
        // Table columns named by their header.
        let mut csv = String::from("name;hetu;city\n");
        let mut md = String::from("| Nome | NIF | Cidade |\n|---|---|---|\n");
        for i in 0..4 {
            let h = value(&mut g, "fi_hetu").unwrap_or_default();
            csv.push_str(&format!("Aino {i};{h};Espoo\n"));
            let n = value(&mut g, "pt_nif_digits").unwrap_or_default();
            md.push_str(&format!("| Ana {i} | {n} | Porto |\n"));
        }
        assert_eq!(live(&e, &csv, "fi_hetu"), 4, "{csv}");
        assert_eq!(live(&e, &md, "pt_nif"), 4, "{md}");
    }

    #[test]
    fn new_ids_hard_negatives() {
        let e = engine();
        let mut g = Gen::new(13);
        let mut v = |id: &str| value(&mut g, id).unwrap_or_default();
        let mut cases: Vec<String> = Vec::new();
        for _ in 0..10 {
            cases.extend([
                // Valid values with nothing naming them.
                format!("order {} shipped", v("fi_hetu")),
                format!("invoice {} paid", v("no_fodselsnummer")),
                format!("job {} took 3s", v("ee_isikukood")),
                format!("row {} ref {}", v("pt_nif_digits"), v("hr_oib")),
                format!("SKU {} qty 2", v("ie_ppsn")),
                format!("trace {} span {}", v("ch_ahv_digits"), v("be_nrn_digits")),
                format!("build {} id {}", v("ro_cnp"), v("cz_sk_birth_number")),
                format!("ticket {} / {}", v("cl_rut"), v("cn_resident_id")),
                format!("call {} or fax {}", v("uk_nhs_number"), v("us_itin")),
                // The keyword, wrong check digit (or ITIN group).
                format!("HETU: {}", v("fi_hetu_bad")),
                format!("fnr {}", v("no_fnr_bad")),
                format!("isikukood {}", v("ee_isikukood_bad")),
                format!("NIF: {}", v("pt_nif_bad")),
                format!("PPS No {}", v("ie_ppsn_bad")),
                format!("AHV {}", v("ch_ahv_bad")),
                format!("Versichertennummer {}", v("ch_ahv_bad")),
                format!("rijksregisternummer {}", v("be_nrn_bad")),
                format!("OIB {}", v("hr_oib_bad")),
                format!("CNP: {}", v("ro_cnp_bad")),
                format!("RČ {}", v("cz_rc_bad")),
                format!("RUT: {}", v("cl_rut_bad")),
                format!("\u{8eab}\u{4efd}\u{8bc1} {}", v("cn_ric_bad")),
                format!("NHS number {}", v("uk_nhs_bad")),
                format!("ITIN {}", v("us_itin_bad")),
                // The keyword, then another field's number.
                format!("NHS trust, phone: {}", v("uk_nhs_digits")),
                format!("OIB n/a, order {}", v("hr_oib")),
                // Labels about the id.
                format!("cnp_lookup_ms: {}", v("ro_cnp")),
                format!("itin_status {}", v("us_itin")),
                // Glued into longer tokens.
                format!("OIB {}7", v("hr_oib")),
                format!("CNP v2.{}", v("ro_cnp")),
                format!("AVS id-{}-x", v("ch_ahv_digits")),
                format!("see v{} and 1{}", v("ch_ahv"), v("ch_ahv")),
            ]);
        }
        cases.extend(
            [
                // Phone numbers, dates, timestamps, hashes, order ids near
                // the keywords.
                "NHS 111, call 020 7946 0958 or 0161 496 0000",
                "fnr updated 2024-03-12T10:31:55Z, epoch 1710239515123",
                "CNP migrated at 20240312103155, batch 2024031210",
                "OIB sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "RUT field since 2023/10/01, build 20231001.1",
                "rodne cislo format YYMMDD/XXXX, e.g. 2024/01/15",
                "ITIN renewals: 2024-06-30, call 1-800-829-1040",
                "PPS order 1234567 shipped, tracking 9400110200881234567890",
                "HETU 2024-03-12 12:00:00, uuid 550e8400-e29b-41d4-a716-446655440000",
                "resident id 20240312103155999, row 123456789012345678",
                "AHV 756 ms elapsed; version 756.1.2",
                "NIF 123 456 789 012 (IBAN fragment)",
                // Degenerate values.
                "OIB 11111111111, CNP 1111111111111, NHS 123 456 7890",
            ]
            .map(String::from),
        );
        let new_ids = &IDS[11..];
        for t in &cases {
            let found: Vec<_> = hits(&e, t)
                .into_iter()
                .filter(|(d, ex)| !ex && new_ids.contains(&d.as_str()))
                .collect();
            assert!(found.is_empty(), "{t:?}: {found:?}");
        }
    }

    /// An ITIN is not a Social Security number: `us_ssn` refuses area
    /// 9xx, `us_itin` wants its keyword and group ranges, and a valid SSN
    /// is still `us_ssn` only.
    #[test]
    fn itin_and_ssn_do_not_overlap() {
        let e = engine();
        let mut g = Gen::new(17);
        for _ in 0..20 {
            let itin = value(&mut g, "us_itin").unwrap_or_default();
            for t in [
                format!("ITIN: {itin}"),
                format!("SSN/ITIN {itin}"),
                format!("taxpayer itin={itin}"),
            ] {
                let h = hits(&e, &t);
                assert_eq!(live(&e, &t, "us_itin"), 1, "{t}: {h:?}");
                assert_eq!(live(&e, &t, "us_ssn"), 0, "{t}: {h:?}");
            }
            let bare = format!("ref {itin} filed");
            assert!(hits(&e, &bare).is_empty(), "{bare}: {:?}", hits(&e, &bare));
            let ssn = format!(
                "{}-{}-{}",
                100 + g.next_u64() % 500,
                10 + g.next_u64() % 89,
                1000 + g.next_u64() % 8999
            );
            for t in [format!("SSN: {ssn}"), format!("ITIN or SSN {ssn}")] {
                let h = hits(&e, &t);
                assert_eq!(live(&e, &t, "us_ssn"), 1, "{t}: {h:?}");
                assert_eq!(live(&e, &t, "us_itin"), 0, "{t}: {h:?}");
            }
        }
    }

    #[test]
    fn bare_ahv_is_reported_once() {
        let e = engine();
        let mut g = Gen::new(23);
        for _ in 0..20 {
            let a = value(&mut g, "ch_ahv").unwrap_or_default();
            for t in [format!("AHV-Nr.: {a}"), format!("Karte {a} liegt bei")] {
                assert_eq!(live(&e, &t, "ch_ahv"), 1, "{t}: {:?}", hits(&e, &t));
            }
        }
        let h = hits(&e, "756.1234.5678.97");
        assert_eq!(h, vec![("ch_ahv".to_string(), true)]);
    }

    #[test]
    fn bare_aadhaar_is_reported_once() {
        let e = engine();
        let mut g = Gen::new(8);
        for _ in 0..20 {
            let a = value(&mut g, "in_aadhaar_spaced").unwrap_or_default();
            for t in [format!("Aadhaar: {a}"), format!("id proof {a} attached")] {
                assert_eq!(live(&e, &t, "in_aadhaar"), 1, "{t}: {:?}", hits(&e, &t));
            }
        }
    }

    /// The ids added with `dk_cpr` in other labels and layouts: JSON
    /// members, `;`/`|` table columns named by their header.
    #[test]
    fn round4_ids_in_several_formats() {
        let e = engine();
        let mut g = Gen::new(71);
        for _ in 0..10 {
            let mut v = |id: &str| value(&mut g, id).unwrap_or_default();
            let cases: Vec<(&str, String)> = vec![
                ("dk_cpr", format!("{{\"cpr\": \"{}\"}}", v("dk_cpr"))),
                (
                    "dk_cpr",
                    format!("CPR nummer {}", v("dk_cpr").replace('-', "")),
                ),
                ("is_kennitala", format!("kt. {}", v("is_kennitala"))),
                ("bg_egn", format!("egn={}", v("bg_egn"))),
                ("si_emso", format!("EMSO {}", v("si_emso"))),
                (
                    "lt_asmens_kodas",
                    format!("\"asmens_kodas\": \"{}\"", v("lt_asmens_kodas")),
                ),
                (
                    "gr_amka",
                    format!("\u{391}\u{39c}\u{39a}\u{391}: {}", v("gr_amka")),
                ),
                (
                    "tr_tc_kimlik",
                    format!("\"tckn\":\"{}\"", v("tr_tc_kimlik")),
                ),
                (
                    "il_teudat_zehut",
                    format!("Israeli ID {}", v("il_teudat_zehut")),
                ),
                ("za_id_number", format!("RSA ID: {}", v("za_id_number"))),
                ("kr_rrn", format!("RRN: {}", v("kr_rrn"))),
                ("mx_curp", format!("\"curp\": \"{}\"", v("mx_curp"))),
                ("in_pan", format!("PAN No. {}", v("in_pan"))),
                (
                    "in_pan",
                    format!("Permanent Account Number: {}", v("in_pan")),
                ),
                (
                    "my_nric",
                    format!("MyKad {}", v("my_nric").replace('-', "")),
                ),
                (
                    "th_national_id",
                    format!("Thai national ID {}", v("th_national_id")),
                ),
                (
                    "jp_my_number",
                    format!(
                        "\u{30de}\u{30a4}\u{30ca}\u{30f3}\u{30d0}\u{30fc}\u{ff1a}{}",
                        v("jp_my_number")
                    ),
                ),
                ("ar_cuil", format!("CUIT {}", v("ar_cuil").replace('-', ""))),
                (
                    "nz_ird_number",
                    format!("ird_number: {}", v("nz_ird_number")),
                ),
                (
                    "uk_utr",
                    format!("Unique Taxpayer Reference {}", v("uk_utr").replace(' ', "")),
                ),
            ];
            for (id, text) in &cases {
                assert_eq!(
                    live(&e, text, id),
                    1,
                    "{id} in {text:?}: {:?}",
                    hits(&e, text)
                );
            }
        }
        let mut csv = String::from("employee_id;name;cpr;egn\n");
        let mut md = String::from("| Name | PAN | UTR |\n|---|---|---|\n");
        for i in 0..4 {
            let (c, b) = (
                value(&mut g, "dk_cpr").unwrap_or_default(),
                value(&mut g, "bg_egn").unwrap_or_default(),
            );
            csv.push_str(&format!("E{i};Ann {i};{c};{b}\n"));
            let (p, u) = (
                value(&mut g, "in_pan").unwrap_or_default(),
                value(&mut g, "uk_utr").unwrap_or_default(),
            );
            md.push_str(&format!("| Raj {i} | {p} | {u} |\n"));
        }
        assert_eq!(live(&e, &csv, "dk_cpr"), 4, "{csv}");
        assert_eq!(live(&e, &csv, "bg_egn"), 4, "{csv}");
        assert_eq!(live(&e, &md, "in_pan"), 4, "{md}");
        assert_eq!(live(&e, &md, "uk_utr"), 4, "{md}");
    }

    #[test]
    fn round4_ids_hard_negatives() {
        let e = engine();
        let mut g = Gen::new(73);
        let mut cases: Vec<String> = Vec::new();
        for _ in 0..10 {
            for &(id, kind, make, i, key) in ROUND4 {
                let good = gen_ok(&mut g, kind, make);
                cases.extend([
                    // The keyword, a broken check (or date, or category).
                    format!("{key} {}", gen_bad(&mut g, kind, make, i)),
                    // Valid values with nothing naming them.
                    format!("order {good} shipped"),
                    format!("row,ref\n1,{good}"),
                    // The keyword, then another field's number.
                    format!("{key} n/a, phone: {good}"),
                    // Labels about the id, glued values.
                    format!("{}_lookup_ms: {good}", id.split('_').nth(1).unwrap_or(id)),
                    format!("{key} v2.{good}"),
                    format!("{key} {good}7"),
                ]);
            }
        }
        cases.extend(
            [
                // Short keywords inside words and code.
                "<span class=\"x\">ABCPD1234E</span> third 100000009 neutral 1234567890",
                "pan_zoom.reset(); ird 2024-03-12, utr since 2023-10-01",
                "CPR training 2024-03-12 10:31:55, epoch 1710239515",
                "cpr 120390 units, kt 12.5 knots, egn 2024031210",
                "PAN 4111 1111 1111 1111 exp 12/27",
                "my number is 0161 496 0000, call me",
                "kimlik 2024-03-12T10:31:55Z, build 20240312103155",
                // Degenerate values.
                "CPR 111111-1111, TCKN 11111111110, UTR 1111111111, IRD 111-111-111",
            ]
            .map(String::from),
        );
        let ids: Vec<&str> = ROUND4.iter().map(|r| r.0).collect();
        for t in &cases {
            let found: Vec<_> = hits(&e, t)
                .into_iter()
                .filter(|(d, ex)| !ex && ids.contains(&d.as_str()))
                .collect();
            assert!(found.is_empty(), "{t:?}: {found:?}");
        }
    }

    /// SSNs as 9 plain digits or `NNN NN NNNN` in a column headed `ssn`;
    /// not in other columns, not with an invalid area, group or serial,
    /// and the same-line keyword form is reported once.
    #[test]
    fn ssn_without_dashes_in_named_columns() {
        let e = engine();
        let mut g = Gen::new(29);
        for _ in 0..10 {
            let (a, b) = (
                value(&mut g, "us_ssn_digits").unwrap_or_default(),
                value(&mut g, "us_ssn_spaced").unwrap_or_default(),
            );
            let tsv =
                format!("emp_no\tname\tssn\tstate\n1182\tAnn Lee\t{a}\tCA\n1190\tBo Li\t{b}\tNY\n");
            assert_eq!(live(&e, &tsv, "us_ssn"), 2, "{tsv}: {:?}", hits(&e, &tsv));
            let csv = format!("id,name,social_security_number\n7,Ann,{b}\n");
            assert_eq!(live(&e, &csv, "us_ssn"), 1, "{csv}");
            for t in [
                format!("SSN: {a}"),
                format!("SS# {b}"),
                format!("name|ssn\nAnn|{a}"),
            ] {
                assert_eq!(live(&e, &t, "us_ssn"), 1, "{t}: {:?}", hits(&e, &t));
            }
            for t in [
                format!("emp_no\tname\tssn\n{a}\tAnn\tn/a\n"),
                format!("order_id,ssn_hash\n{a},x\n"),
                format!("ref {a} and {b}"),
                format!(
                    "id\tssn\n1\t666{}\n2\t000{}\n3\t9{}\n",
                    &a[3..],
                    &a[3..],
                    &a[1..]
                ),
                format!("ssn\n{}00{}\n", &a[..3], &a[5..]),
            ] {
                assert_eq!(live(&e, &t, "us_ssn"), 0, "{t}: {:?}", hits(&e, &t));
            }
        }
    }
}
