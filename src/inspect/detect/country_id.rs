//! National ids under a generic label: a `national_id` column of an HR
//! export with a `country` column beside it (`DK;171097-1977`), a KYC
//! record `{"type": "national_id", "issuing_country": "TR", "number":
//! "…"}`, a `Tax / ID number` column next to a `Nationality` one. The
//! label names no scheme, so the row or object must name the country; the
//! value is then validated with that country's checksums
//! (`national_id.rs`). A generic label without a country names nothing a
//! checksum could confirm, and is not reported.

use super::national_id::{self, IdKind};
use super::table::{self, Table};
use super::Confidence;

/// Generic labels of an id column or field (matched ignoring case; they
/// are the rule's anchors).
pub(super) const LABELS: &[&str] = &[
    "national_id",
    "national id",
    "national-id",
    "nationalid",
    "id number",
    "id_number",
    "idnumber",
    "id no",
    "identity number",
    "identity_number",
    "document number",
    "document_number",
    "documentnumber",
    "personal id",
    "personal_id",
    "tax id",
    "tax_id",
    "taxid",
    // A KYC record's document type (`"type": "national_identity_card"`).
    "identity card",
    "identity_card",
    "id card",
    "id_card",
];

/// Names of the column or field that holds the country.
const COUNTRY_NAMES: &[&str] = &[
    "country",
    "country_code",
    "countrycode",
    "country code",
    "issuing_country",
    "issuingcountry",
    "issuing country",
    "country_of_issue",
    "issuer_country",
    "nationality",
    "citizenship",
    "nation",
    // Spanish and Portuguese, French, Italian.
    "pais",
    "pa\u{ed}s",
    "pays",
    "paese",
];

/// Names of the field holding the number when the label is the record's
/// type (`"type": "national_id"`), not its key.
const VALUE_NAMES: &[&str] = &["number", "value", "id", "document_number", "id_number"];

/// Countries by ISO code, name and adjective (lower case), with the ids
/// a generic label may mean there.
const COUNTRIES: &[(&[&str], &[IdKind])] = &[
    (
        &["ar", "argentina", "argentine", "argentinian"],
        &[IdKind::ArCuil],
    ),
    (
        &["au", "australia", "australian"],
        &[IdKind::AuTfn, IdKind::AuMedicare],
    ),
    (&["be", "belgium", "belgian"], &[IdKind::BeNrn]),
    (&["bg", "bulgaria", "bulgarian"], &[IdKind::BgEgn]),
    (&["br", "brazil", "brazilian"], &[IdKind::BrCpf]),
    (&["ca", "canada", "canadian"], &[IdKind::CaSin]),
    (&["ch", "switzerland", "swiss"], &[IdKind::ChAhv]),
    (&["cl", "chile", "chilean"], &[IdKind::ClRut]),
    (&["cn", "china", "chinese"], &[IdKind::CnRic]),
    (
        &["cz", "czechia", "czech republic", "czech"],
        &[IdKind::CzSkRc],
    ),
    (&["sk", "slovakia", "slovak"], &[IdKind::CzSkRc]),
    (
        &["de", "germany", "german"],
        &[IdKind::DeTaxId, IdKind::DeRvnr],
    ),
    (&["dk", "denmark", "danish"], &[IdKind::DkCpr]),
    (&["ee", "estonia", "estonian"], &[IdKind::EeIk]),
    (&["es", "spain", "spanish"], &[IdKind::EsDniNie]),
    (&["fi", "finland", "finnish"], &[IdKind::FiHetu]),
    (&["fr", "france", "french"], &[IdKind::FrNir]),
    (
        &["gb", "uk", "united kingdom", "great britain", "british"],
        &[IdKind::UkNhs, IdKind::UkUtr],
    ),
    (&["gr", "greece", "greek"], &[IdKind::GrAmka, IdKind::GrAfm]),
    (
        &["ae", "uae", "emirati", "united arab emirates"],
        &[IdKind::AeEid],
    ),
    (&["sa", "ksa", "saudi", "saudi arabia"], &[IdKind::SaNid]),
    (&["eg", "egypt", "egyptian"], &[IdKind::EgNid]),
    (&["tw", "taiwan", "taiwanese"], &[IdKind::TwNid]),
    (&["hk", "hong kong"], &[IdKind::HkId]),
    (
        &["hu", "hungary", "hungarian"],
        &[IdKind::HuTaj, IdKind::HuTax],
    ),
    (&["lu", "luxembourg"], &[IdKind::LuMatricule]),
    (&["at", "austria", "austrian"], &[IdKind::AtSvnr]),
    (&["lv", "latvia", "latvian"], &[IdKind::LvPk]),
    (&["pk", "pakistan", "pakistani"], &[IdKind::PkCnic]),
    (&["lk", "sri lanka", "sri lankan"], &[IdKind::LkNic]),
    (
        &["vn", "vietnam", "viet nam", "vietnamese"],
        &[IdKind::VnCccd],
    ),
    (&["hr", "croatia", "croatian"], &[IdKind::HrOib]),
    (&["id", "indonesia", "indonesian"], &[IdKind::IdNik]),
    (&["ie", "ireland", "irish"], &[IdKind::IePpsn]),
    (&["il", "israel", "israeli"], &[IdKind::IlTz]),
    (
        &["in", "india", "indian"],
        &[IdKind::InAadhaar, IdKind::InPan],
    ),
    (&["is", "iceland", "icelandic"], &[IdKind::IsKt]),
    (&["it", "italy", "italian"], &[IdKind::ItCf]),
    (&["jp", "japan", "japanese"], &[IdKind::JpMyNumber]),
    (
        &["kr", "south korea", "korea", "korean", "south korean"],
        &[IdKind::KrRrn],
    ),
    (&["lt", "lithuania", "lithuanian"], &[IdKind::LtAk]),
    (
        &["mx", "mexico", "m\u{e9}xico", "mexican"],
        &[IdKind::MxCurp, IdKind::MxRfc],
    ),
    (&["my", "malaysia", "malaysian"], &[IdKind::MyNric]),
    (
        &["nl", "netherlands", "the netherlands", "dutch"],
        &[IdKind::NlBsn],
    ),
    (&["no", "norway", "norwegian"], &[IdKind::NoFnr]),
    (&["nz", "new zealand", "new zealander"], &[IdKind::NzIrd]),
    (&["pl", "poland", "polish"], &[IdKind::PlPesel]),
    (&["pt", "portugal", "portuguese"], &[IdKind::PtNif]),
    (&["ro", "romania", "romanian"], &[IdKind::RoCnp]),
    (&["se", "sweden", "swedish"], &[IdKind::SePnr]),
    (&["sg", "singapore", "singaporean"], &[IdKind::SgNric]),
    (&["si", "slovenia", "slovenian"], &[IdKind::SiEmso]),
    (&["th", "thailand", "thai"], &[IdKind::ThPin]),
    (&["tr", "turkey", "türkiye", "turkish"], &[IdKind::TrTck]),
    (
        &["us", "usa", "united states", "american"],
        &[IdKind::UsSsnCol, IdKind::UsItin],
    ),
    (&["za", "south africa", "south african"], &[IdKind::ZaId]),
];

/// Rows of a table looked at below one header.
const MAX_ROWS: usize = 2_000;
/// How far around the label a record's braces are looked for.
const RECORD_REACH: usize = 400;

/// A found id: its byte range, confidence and whether it is an example.
pub(super) type Found = (usize, usize, Confidence, bool);

/// The ids a generic label at `ls..le` names, as a table column or as a
/// field of a JSON record, appended to `out`.
pub(super) fn find(text: &[u8], ls: usize, le: usize, out: &mut Vec<Found>) {
    if word_at(text, ls, le) {
        in_table(text, ls, out);
        in_record(text, ls, le, out);
    }
}

/// The label is whole words (`_`, quotes and punctuation around it are
/// breaks): not `valid_id_number_len`'s middle.
fn word_at(text: &[u8], ls: usize, le: usize) -> bool {
    let alnum = |i: Option<usize>| {
        i.and_then(|i| text.get(i))
            .is_some_and(u8::is_ascii_alphanumeric)
    };
    !alnum(ls.checked_sub(1)) && !alnum(Some(le))
}

/// The kinds of the country `name` names (ISO code, name or adjective).
fn kinds(name: &[u8]) -> &'static [IdKind] {
    let name = name.trim_ascii();
    COUNTRIES
        .iter()
        .find(|(names, _)| {
            names
                .iter()
                .any(|n| name.eq_ignore_ascii_case(n.as_bytes()))
        })
        .map_or(&[], |(_, k)| k)
}

fn one_of(name: &[u8], list: &[&str]) -> bool {
    list.iter().any(|n| name.eq_ignore_ascii_case(n.as_bytes()))
}

/// Checks the value at `vs..ve` as each id the country may mean; the
/// first that passes is reported.
fn check(text: &[u8], vs: usize, ve: usize, kinds: &[IdKind], out: &mut Vec<Found>) {
    if let Some((conf, example)) = kinds
        .iter()
        .find_map(|&k| national_id::value_ok(k, text, vs, ve))
    {
        out.push((vs, ve, conf, example));
    }
}

/// The label is a header cell: each row's value in that column, checked
/// as an id of the country in the row's country column.
fn in_table(text: &[u8], ls: usize, out: &mut Vec<Found>) {
    let Some(t) = Table::with_header_at(text, ls) else {
        in_aligned(text, ls, out);
        return;
    };
    let (Some(col), Some(country)) = (
        t.column_at(ls),
        t.column_named(text, |n| one_of(n, COUNTRY_NAMES)),
    ) else {
        return;
    };
    // The label is the column's name, not a value with a label in it,
    // nor a column about the id (`id_number_valid`, `tax_id_status`).
    let name = t.name(text, col);
    if name.len() > 32 || national_id::names_other(name) {
        return;
    }
    for row in t.rows(text, MAX_ROWS) {
        let cell = |c: usize| row.get(c).and_then(|&(a, b)| Some((a, text.get(a..b)?)));
        let (Some((_, c)), Some((a, v))) = (cell(country), cell(col)) else {
            continue;
        };
        let k = kinds(table::trim_cell(c));
        let value = table::trim_cell(v);
        if k.is_empty() || value.is_empty() {
            continue;
        }
        let vs = a + (value.as_ptr() as usize - v.as_ptr() as usize);
        check(text, vs, vs + value.len(), k, out);
    }
}

/// The label names a column of a table printed with aligned columns (a
/// `DataFrame`): each row's cell, checked as an id of the country in the
/// same row's country column.
fn in_aligned(text: &[u8], ls: usize, out: &mut Vec<Found>) {
    let (hs, he) = table::line_at(text, ls);
    // The label is a whole header name, not part of one about the id.
    let name = text
        .get(hs..he)
        .and_then(|h| h.get(ls.saturating_sub(hs)..))
        .map(|rest| rest.split(|&c| c == b' ').next().unwrap_or_default())
        .unwrap_or_default();
    if name.len() > 32 || national_id::names_other(name) {
        return;
    }
    let Some(country) = table::aligned_name(text, ls, |n| one_of(n, COUNTRY_NAMES)) else {
        return;
    };
    let ids = table::aligned_cells(text, ls, MAX_ROWS);
    let countries = table::aligned_cells(text, country, MAX_ROWS);
    for (&(a, b), &(ca, cb)) in ids.iter().zip(&countries) {
        let (Some(v), Some(c)) = (text.get(a..b), text.get(ca..cb)) else {
            continue;
        };
        let (k, value) = (kinds(table::trim_cell(c)), table::trim_cell(v));
        if k.is_empty() || value.is_empty() {
            continue;
        }
        let vs = a + (value.as_ptr() as usize - v.as_ptr() as usize);
        check(text, vs, vs + value.len(), k, out);
    }
}

/// One `"key": value` pair of a flat JSON record: the key, and the value's
/// byte range (a string's contents or a bare number's digits).
struct Field {
    key: (usize, usize),
    value: (usize, usize),
}

/// The flat JSON record around the label (no nested braces between): its
/// country field names the country, and the id is the label's own value
/// (`"national_id": "…"`) or, when the label is the record's type, its
/// `number` / `value` / `id` field.
fn in_record(text: &[u8], ls: usize, le: usize, out: &mut Vec<Found>) {
    let before = text
        .get(ls.saturating_sub(RECORD_REACH)..ls)
        .unwrap_or_default();
    let Some(open) = memchr::memrchr2(b'{', b'}', before)
        .filter(|&i| before.get(i) == Some(&b'{'))
        .map(|i| ls - before.len() + i)
    else {
        return;
    };
    let after = text
        .get(le..(le + RECORD_REACH).min(text.len()))
        .unwrap_or_default();
    let Some(close) = memchr::memchr2(b'{', b'}', after)
        .filter(|&i| after.get(i) == Some(&b'}'))
        .map(|i| le + i)
    else {
        return;
    };
    let fields = fields(text, open + 1, close);
    let name = |f: &Field| text.get(f.key.0..f.key.1).unwrap_or_default();
    let value = |f: &Field| text.get(f.value.0..f.value.1).unwrap_or_default();
    let Some(k) = fields
        .iter()
        .find(|f| one_of(name(f), COUNTRY_NAMES))
        .map(|f| kinds(value(f)))
        .filter(|k| !k.is_empty())
    else {
        return;
    };
    // The label is a key (`"national_id": "…"`) or the type's value.
    let keyed = fields
        .iter()
        .find(|f| f.key.0 <= ls && le <= f.key.1 && !national_id::names_other(name(f)));
    let typed = fields.iter().any(|f| f.value.0 <= ls && le <= f.value.1);
    for f in &fields {
        let id = match keyed {
            Some(kf) => std::ptr::eq(f, kf),
            None => typed && one_of(name(f), VALUE_NAMES),
        };
        if id {
            check(text, f.value.0, f.value.1, k, out);
        }
    }
}

/// The `"key": "value"` and `"key": 123` pairs of `text[from..to]`, a
/// flat record; anything else in it is skipped.
fn fields(text: &[u8], from: usize, to: usize) -> Vec<Field> {
    let mut out = Vec::new();
    let body = text.get(..to).unwrap_or_default();
    let quoted = |s: usize| -> Option<(usize, usize)> {
        let e = s + 1 + memchr::memchr(b'"', body.get(s + 1..)?)?;
        Some((s + 1, e))
    };
    let mut i = from;
    while let Some(q) = memchr::memchr(b'"', body.get(i..).unwrap_or_default()) {
        let Some(key) = quoted(i + q) else {
            break;
        };
        let mut j = key.1 + 1;
        while body.get(j).is_some_and(u8::is_ascii_whitespace) {
            j += 1;
        }
        if body.get(j) != Some(&b':') {
            i = key.1 + 1;
            continue;
        }
        j += 1;
        while body.get(j).is_some_and(u8::is_ascii_whitespace) {
            j += 1;
        }
        let value = match body.get(j) {
            Some(b'"') => quoted(j),
            Some(c) if c.is_ascii_digit() => {
                let n = body
                    .get(j..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                Some((j, j + n))
            }
            _ => None,
        };
        match value {
            Some(v) => {
                out.push(Field { key, value: v });
                i = v.1 + 1;
            }
            None => i = j,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::national_id::value;
    use super::super::samples::Gen;
    use crate::config::DetectSection;
    use crate::inspect::Engine;

    /// The `national_id` hits of `text`: (value, example).
    fn found(text: &str) -> Vec<(String, bool)> {
        let e = Engine::new(&DetectSection::default()).expect("engine");
        e.scan(text.as_bytes())
            .iter()
            .filter(|h| e.rule_id(h.rule).as_ref() == "national_id")
            .map(|h| (text[h.start..h.end].to_string(), h.example))
            .collect()
    }

    fn v(g: &mut Gen, id: &str) -> String {
        value(g, id).expect("a sample value")
    }

    #[test]
    fn table_rows_are_checked_per_country() {
        let g = &mut Gen::new(5);
        let (dk, is, tr) = (v(g, "dk_cpr"), v(g, "is_kennitala"), v(g, "tr_tc_kimlik"));
        let bad = v(g, "tr_tc_kimlik_bad");
        let csv = format!(
            "employee_id;last_name;country;national_id;start\n\
             E1;Murphy;DK;{dk};2024-03-01\n\
             E2;Rossi;IS;{is};2024-11-01\n\
             E3;Nguyen;TR;{tr};2024-05-01\n\
             E4;Keller;TR;{bad};2024-05-01\n\
             E5;Moreau;XX;{tr};2024-05-01\n"
        );
        let got: Vec<String> = found(&csv).into_iter().map(|(v, _)| v).collect();
        // The bad checksum and the unknown country are not reported.
        assert_eq!(got, vec![dk.clone(), is, tr.clone()], "{csv}");
        // A DK number under TR is checked as a TC Kimlik, and fails.
        let swapped = format!("country,national_id\nTR,{dk}\nDK,{tr}\n");
        assert!(found(&swapped).is_empty(), "{swapped}");
    }

    #[test]
    fn markdown_columns_by_nationality() {
        let g = &mut Gen::new(6);
        let (pan, th, utr) = (v(g, "in_pan"), v(g, "th_national_id"), v(g, "uk_utr"));
        let md = format!(
            "| Contractor | Nationality | Tax / ID number | Rate |\n\
             |---|---|---|---|\n\
             | Lucia Visser | Indian | {pan} | 350/day |\n\
             | Aarav Garcia | Thai | {th} | 654/day |\n\
             | Joao Nguyen | UK | {utr} | 393/day |\n"
        );
        let got: Vec<String> = found(&md).into_iter().map(|(v, _)| v).collect();
        assert_eq!(got, vec![pan, th, utr], "{md}");
    }

    #[test]
    fn json_records_name_their_country() {
        let g = &mut Gen::new(7);
        let (tck, cpr) = (v(g, "tr_tc_kimlik"), v(g, "dk_cpr"));
        let typed = format!(
            r#"{{"full_name": "T N", "document": {{"type": "national_id", "issuing_country": "TR", "number": "{tck}"}}, "status": "ok"}}"#
        );
        assert_eq!(found(&typed), vec![(tck.clone(), false)], "{typed}");
        let keyed = format!(r#"{{"country": "Denmark", "national_id": "{cpr}"}}"#);
        assert_eq!(found(&keyed), vec![(cpr.clone(), false)], "{keyed}");
        // A KYC document typed as an identity card, its scheme named by
        // the issuing country.
        for (cc, id) in [
            ("SE", "650313-5821"),
            ("DK", "270376-7014"),
            ("FI", "270288-2582"),
            ("ES", "78842764Y"),
        ] {
            let t = format!(
                r#"{{"id_document": {{"type": "national_identity_card", "id_type": "x", "number": "{id}", "issuing_country": "{cc}"}}}}"#
            );
            assert_eq!(found(&t), vec![(id.to_string(), false)], "{t}");
        }
        // No country in the record, or another country's scheme.
        for t in [
            r#"{"type": "national_identity_card", "number": "650313-5821"}"#.to_string(),
            r#"{"type": "identity_card", "issuing_country": "SE", "number": "650313-5822"}"#
                .to_string(),
            r#"{"type": "id_card", "issuing_country": "DK", "number": "650313-5821"}"#.to_string(),
            format!(r#"{{"type": "national_id", "number": "{tck}"}}"#),
            format!(r#"{{"type": "national_id", "issuing_country": "DE", "number": "{tck}"}}"#),
            format!(r#"{{"country": "TR", "national_id": "x", "other": {{"number": "{tck}"}}}}"#),
        ] {
            assert!(found(&t).is_empty(), "{t}");
        }
    }

    #[test]
    fn code_and_tables_without_a_country_are_not_ids() {
        let g = &mut Gen::new(8);
        let tck = v(g, "tr_tc_kimlik");
        for t in [
            format!("fn national_id(country: &str, id_number: &str) {{}}\nlet n = \"{tck}\";\n"),
            format!("national_id,name\n{tck},x\n"),
            format!("country;valid_id_number_len\nTR;{tck}\n"),
            format!("country = TR; id_number = {tck}\n"),
        ] {
            assert!(found(&t).is_empty(), "{t}: {:?}", found(&t));
        }
    }
}
