use super::samples::{Gen, ALNUM, B64, HEX};
use super::*;
use crate::config::detect::CustomRule;

fn engine() -> Engine {
    let cfg = DetectSection {
        keywords: vec![
            "CONFIDENTIAL".into(),
            "INTERNAL ONLY".into(),
            "DO NOT DISTRIBUTE".into(),
        ],
        ..DetectSection::default()
    };
    Engine::new(&cfg).expect("engine")
}

/// Non-example detector ids found in `text`.
fn live(e: &Engine, text: &str) -> Vec<String> {
    e.scan(text.as_bytes())
        .iter()
        .filter(|h| !h.example)
        .map(|h| e.rule_id(h.rule).to_string())
        .collect()
}

fn examples(e: &Engine, text: &str) -> Vec<String> {
    e.scan(text.as_bytes())
        .iter()
        .filter(|h| h.example)
        .map(|h| e.rule_id(h.rule).to_string())
        .collect()
}

#[test]
fn builtin_regexes_compile_and_count() {
    for def in rules::RULES {
        if !def.re.is_empty() {
            RegexBuilder::new(&rules::expand(def.re))
                .unicode(false)
                .size_limit(1 << 24)
                .build()
                .unwrap_or_else(|e| panic!("{}: {e}", def.id));
        }
    }
    let e = engine();
    assert!(e.len() >= 60, "only {} detectors", e.len());
}

#[test]
fn every_detector_has_a_positive() {
    let e = engine();
    let mut g = Gen::new(7);
    for info in e.rules() {
        for round in 0..5 {
            let sample = g
                .sample(&info.id)
                .unwrap_or_else(|| panic!("no sample for {}", info.id));
            // Embedded in surrounding prose/code on both sides.
            let text = format!("some context here\n{sample}\nmore text after");
            let found = live(&e, &text);
            assert!(
                found.iter().any(|f| **f == *info.id),
                "{} not found (round {round}) in {text:?}; found {found:?}",
                info.id
            );
            // The value range lies inside the sample.
            for h in e.scan(text.as_bytes()) {
                assert!(h.start >= 18 && h.end <= 18 + sample.len(), "{}", info.id);
            }
        }
    }
}

#[test]
fn specific_beats_generic() {
    let e = engine();
    let mut g = Gen::new(3);
    let tok = g.github("ghp_");
    let f = live(&e, &format!("token = \"{tok}\""));
    assert_eq!(f, vec!["github_pat"]);
}

#[test]
fn github_checksum_matters() {
    let e = engine();
    let mut g = Gen::new(9);
    let mut tok = g.github("ghp_");
    let last = tok.pop().expect("nonempty");
    tok.push(if last == 'a' { 'b' } else { 'a' });
    assert!(live(&e, &format!("GITHUB_TOKEN={tok}")).is_empty());
}

#[test]
fn known_examples_are_examples() {
    let e = engine();
    let t = "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n";
    assert!(live(&e, t).is_empty(), "{:?}", live(&e, t));
    let ex = examples(&e, t);
    assert!(ex.contains(&"aws_access_key_id".to_string()));
    assert!(ex.contains(&"aws_secret_access_key".to_string()));
    assert!(live(&e, "card 4111 1111 1111 1111 and 4242424242424242").is_empty());
    assert!(live(&e, "mail jane@example.com or bob@test.com").is_empty());
    assert!(live(&e, "SSN 123-45-6789").is_empty());
    assert!(live(&e, "call 555-555-0123 or (212) 555-0199").is_empty());
    let jwt_io = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    assert!(live(&e, jwt_io).is_empty());
}

#[test]
fn aws_pair_is_high_confidence() {
    let e = engine();
    let mut g = Gen::new(11);
    let t = format!(
        "{}\n{}",
        g.sample("aws_access_key_id").expect("s"),
        g.sample("aws_secret_access_key").expect("s")
    );
    let hits = e.scan(t.as_bytes());
    assert_eq!(hits.len(), 2);
    assert!(hits.iter().all(|h| h.confidence == Confidence::High));
    let alone = e.scan(g.sample("aws_access_key_id").expect("s").as_bytes());
    assert_eq!(alone[0].confidence, Confidence::Medium);
}

/// Hard negatives: things that look like secrets or PII to a naive regex.
#[test]
fn hard_negatives() {
    let e = engine();
    let mut g = Gen::new(5);
    let b64img = g.s(400, B64);
    let integrity = g.s(86, B64);
    let negatives: Vec<String> = vec![
        // UUIDs, hashes, lockfiles
        "id: 123e4567-e89b-12d3-a456-426614174000".into(),
        format!("token: \"{}\"", g.uuid()),
        format!("api_key_id = \"{}\"", g.s(32, ALNUM)),
        "commit 3f786850e387550fdab836ed7e6dc881de23001b".into(),
        format!("\"sha\": \"{}\"", g.s(40, HEX)),
        format!("\"integrity\": \"sha512-{integrity}==\""),
        format!("resolved \"https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#{}\"", g.s(40, HEX)),
        format!("<img src=\"data:image/png;base64,{b64img}\">"),
        // minified code
        "var a=function(e,t){return e.token=t,e.secret=n.secretKey,e};function b(e){return e.apiKey||e.password}".into(),
        "const token = await getToken(); const password = form.password.value;".into(),
        // password-ish code that is not a password
        "password = os.environ[\"DB_PASSWORD\"]".into(),
        "password: ${DB_PASS}".into(),
        "\"password\": \"changeme\"".into(),
        "password_hash = bcrypt.hashpw(password, salt)".into(),
        "password: String,".into(),
        "def check_password(password: str) -> bool:".into(),
        "PASSWORD_MIN_LENGTH = 12".into(),
        "<input type=\"password\" name=\"password\" placeholder=\"Enter your password\">".into(),
        "secret_name: my-app-staging-secret".into(),
        "token = request.headers.get(\"Authorization\")".into(),
        "max_tokens: 4096, \"max_tokens_to_sample\": 1024".into(),
        "SECRET_KEY = settings.SECRET_KEY".into(),
        "tokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\")".into(),
        "secret_key_ref: {name: db-credentials, key: password}".into(),
        // URLs without real passwords
        "postgres://user:password@localhost:5432/db".into(),
        "postgres://${PGUSER}:${PGPASSWORD}@db:5432/app".into(),
        "mongodb://localhost:27017/test".into(),
        "https://github.com/org/repo.git".into(),
        // e-mail lookalikes
        "<img src=\"logo@2x.png\"> @types/node lodash@4.17.21 @Override".into(),
        "git@github.com:org/repo.git".into(),
        "12345+octocat@users.noreply.github.com".into(),
        // number lookalikes
        "version 1.2.3456789 build 20240115103000".into(),
        "timestamp 1700000000000 and 1700000000123".into(),
        "ip 192.168.100.200 and 10.0.0.1:8080".into(),
        "at 2024-01-15 10:30:00.123456".into(),
        "order id 4111111111111112".into(),
        "1234 5678 9012 3456".into(),
        "range(0, 1000000000)".into(),
        "000-12-3456 666-12-3456 900-12-3456".into(),
        "float 3.14159265358979".into(),
        "phone-like 0x1234567890".into(),
        "checksum = \"9ad4e5d3d2b7c5e8a4111111111111111f0e9d8c7b6a5948372615041526374\"".into(),
        "sha512-4111111111111111+5555555555554444/ZGVhZGJlZWY=".into(),
        // structure without key material
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----".into(),
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----".into(),
        "if (line.startsWith('-----BEGIN PRIVATE KEY-----')) {".into(),
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.".into(),
        // confidential in prose
        "OAuth confidential clients must keep the client secret internal only".into(),
        // prefixes inside words
        "the precious associated decision skipped ASIAN markets".into(),
        "const AKIA = 'prefix'; // AKIA keys".into(),
        format!("sk_test_{}", g.s(24, ALNUM)),
        format!("ghp_{}", "x".repeat(36)),
    ];
    for n in &negatives {
        let f = live(&e, n);
        assert!(f.is_empty(), "false positive {f:?} in {n:?}");
    }
}

#[test]
fn pem_with_escaped_newlines() {
    let e = engine();
    let mut g = Gen::new(2);
    let pem = g.pem("RSA PRIVATE KEY", 12).replace('\n', "\\n");
    let t = format!("{{\"key\": \"{pem}\"}}");
    let hits = e.scan(t.as_bytes());
    assert_eq!(live(&e, &t), vec!["pem_rsa_private_key"]);
    let h = hits[0];
    assert_eq!(&t[h.start..h.end], pem);
}

#[test]
fn confidential_markers_and_custom_rules() {
    let cfg = DetectSection {
        keywords: vec!["CONFIDENTIAL".into(), "Internal Only".into()],
        custom: vec![
            CustomRule {
                id: "project_falcon".into(),
                regex: None,
                keywords: vec!["Project Falcon".into()],
                category: Some("confidential".into()),
            },
            CustomRule {
                id: "employee_id".into(),
                regex: Some(r"\bEMP-[0-9]{6}\b".into()),
                keywords: vec![],
                category: None,
            },
        ],
        ..DetectSection::default()
    };
    let e = Engine::new(&cfg).expect("engine");
    assert_eq!(
        live(&e, "Header: CONFIDENTIAL"),
        vec!["confidential_marker"]
    );
    assert!(live(&e, "a confidential client").is_empty());
    assert!(live(&e, "for internal only use").is_empty());
    assert_eq!(
        live(&e, "Internal Only - draft"),
        vec!["confidential_marker"]
    );
    assert_eq!(live(&e, "about project falcon."), vec!["project_falcon"]);
    assert!(live(&e, "project falconry").is_empty());
    assert_eq!(live(&e, "id EMP-123456 here"), vec!["employee_id"]);
    let info = e.rule(
        e.rules()
            .iter()
            .position(|r| &*r.id == "employee_id")
            .expect("id") as u16,
    );
    assert_eq!(info.map(|i| i.category), Some(Category::Custom));

    let bad = DetectSection {
        custom: vec![CustomRule {
            id: "broken".into(),
            regex: Some("(unclosed".into()),
            keywords: vec![],
            category: None,
        }],
        ..DetectSection::default()
    };
    let err = Engine::new(&bad).expect_err("bad regex");
    assert!(err.to_string().contains("broken"), "{err}");
    let dup = DetectSection {
        custom: vec![CustomRule {
            id: "jwt".into(),
            regex: Some("x".into()),
            keywords: vec![],
            category: None,
        }],
        ..DetectSection::default()
    };
    assert!(matches!(Engine::new(&dup), Err(RuleError::DuplicateId(_))));
    let unknown = DetectSection {
        disabled: vec!["nope".into()],
        ..DetectSection::default()
    };
    assert!(matches!(
        Engine::new(&unknown),
        Err(RuleError::UnknownDisabled(_))
    ));
}

#[test]
fn disabled_rules_do_not_fire() {
    let cfg = DetectSection {
        disabled: vec!["email_address".into()],
        ..DetectSection::default()
    };
    let e = Engine::new(&cfg).expect("engine");
    assert!(live(&e, "mail jane.smith@acme-corp.io").is_empty());
}

#[test]
fn pii_positives() {
    let e = engine();
    for (t, id) in [
        ("IBAN GB29 NWBK 6016 1331 9268 19 x", "iban"),
        ("phone +44 20 7946 0958", "phone_number"),
        ("phone +14158675309", "phone_number"),
        ("tel (415) 867-5309", "phone_number"),
        ("tel 415-867-5309", "phone_number"),
        ("amex 3498 765432 10986", "credit_card_number"),
        ("mc 5425233430109903", "credit_card_number"),
        ("ssn 536-22-8726", "us_ssn"),
        ("AB123456C", "uk_national_insurance_number"),
        (
            "write to a.b-c+tag@mail.corp-example.co.uk",
            "email_address",
        ),
    ] {
        let f = live(&e, t);
        // GB29NWBK… is the UK's documented example IBAN: reported, as example.
        if t.contains("GB29") {
            assert_eq!(examples(&e, t), vec![id], "{t}");
            continue;
        }
        assert_eq!(f, vec![id], "{t}");
    }
}

#[test]
#[ignore = "diagnostic: anchor and hit counts on this crate's source"]
fn anchor_stats() {
    let e = engine();
    let text: String = [
        include_str!("mod.rs"),
        include_str!("../extract/mod.rs"),
        include_str!("../json.rs"),
        include_str!("../../config/mod.rs"),
        include_str!("../../../Cargo.lock"),
    ]
    .concat();
    let mut found = Vec::new();
    e.anchors.find(text.as_bytes(), &mut found);
    let n = found.len();
    eprintln!("anchors {n}");
    e.anchors.debug_stats(text.as_bytes());
    let hits = e.scan(text.as_bytes());
    let mut by = std::collections::BTreeMap::new();
    for h in &hits {
        *by.entry(e.rule_id(h.rule).to_string()).or_insert(0) += 1;
    }
    eprintln!("hits {} {by:?}", hits.len());
    eprintln!("regions {}", digit_regions(text.as_bytes()).len());
}
