use std::sync::Arc;

use super::*;
use crate::config::Config;
use crate::inspect::{Confidence, Inspector};

fn policy(yaml: &str) -> (Config, Policy) {
    let cfg = Config::from_yaml(yaml, "p.yaml").unwrap_or_else(|e| panic!("{e}"));
    let insp = Inspector::new(&cfg.detect).expect("engine");
    let p = Policy::new(&cfg, insp.engine()).unwrap_or_else(|e| panic!("{e}"));
    (cfg, p)
}

fn finding(detector: &str, category: Category) -> Finding {
    Finding {
        detector: Arc::from(detector),
        category,
        location: "/messages/0/content".into(),
        start: 10,
        end: 20,
        line: 1,
        confidence: Confidence::High,
        example: false,
        hash: 7,
        bare: false,
    }
}

fn id(group: Option<&str>) -> Identity {
    Identity {
        addr: "10.0.0.1".parse().expect("ip"),
        user: None,
        group: group.map(str::to_string),
        source: crate::identity::Source::Address,
    }
}

const YAML: &str = "
policy:
  groups:
    - name: eng
      cidrs: [10.0.0.0/8]
    - name: contractors
      cidrs: [192.168.0.0/16]
  deny_services: [chatgpt]
  rules:
    - name: contractors-no-ai
      groups: [contractors]
      action: deny
    - name: eng-models
      groups: [eng]
      services: [openai]
      paths: ['/v1/models*']
      action: allow
    - name: eng
      groups: [eng]
      action: inspect
      on:
        secret: block
        pii: redact
        email_address: log
  default:
    action: inspect
    on:
      secret: redact
";

#[test]
fn first_match_wins_and_deny_services_come_first() {
    let (cfg, p) = policy(YAML);
    let openai = cfg.catalogue.get("openai").expect("svc");
    let chatgpt = cfg.catalogue.get("chatgpt").expect("svc");
    assert_eq!(
        p.decide(&id(Some("eng")), chatgpt, "POST", "/").rule,
        "deny_services"
    );
    assert_eq!(
        p.decide(&id(Some("contractors")), openai, "POST", "/").rule,
        "contractors-no-ai"
    );
    assert!(matches!(
        p.decide(&id(Some("eng")), openai, "GET", "/v1/models?x=1")
            .action,
        Action::Allow
    ));
    assert_eq!(
        p.decide(&id(Some("eng")), openai, "POST", "/v1/chat/completions")
            .rule,
        "eng"
    );
    assert_eq!(p.decide(&id(None), openai, "POST", "/").rule, "default");
}

#[test]
fn detector_overrides_category_and_examples_only_log() {
    let (cfg, p) = policy(YAML);
    let openai = cfg.catalogue.get("openai").expect("svc");
    let Action::Inspect(a) = p.decide(&id(Some("eng")), openai, "POST", "/").action else {
        panic!("inspect");
    };
    let email = finding("email_address", Category::Pii);
    let phone = finding("phone_number", Category::Pii);
    let key = finding("aws_access_key_id", Category::Secret);
    assert_eq!(a.for_finding(&email), FindingAction::Log);
    assert_eq!(a.for_finding(&phone), FindingAction::Redact);
    assert_eq!(a.for_finding(&key), FindingAction::Block);
    let mut example = key.clone();
    example.example = true;
    assert_eq!(a.for_finding(&example), FindingAction::Log);
    assert_eq!(
        a.judge(std::slice::from_ref(&email), false).0,
        Verdict::Pass
    );
    assert_eq!(
        a.judge(&[email.clone(), phone.clone()], false).0,
        Verdict::Redact
    );
    assert_eq!(a.judge(&[phone.clone(), key], false).0, Verdict::Block);
    // A signed body cannot be redacted: it is blocked instead.
    assert_eq!(
        a.judge(std::slice::from_ref(&phone), true).0,
        Verdict::Block
    );
}

#[test]
fn unknown_detector_is_named_with_its_line() {
    let cfg = Config::from_yaml(
        "policy:\n  default:\n    action: inspect\n    on:\n      no_such_detector: block\n",
        "p.yaml",
    )
    .expect("valid yaml");
    let insp = Inspector::new(&cfg.detect).expect("engine");
    let err = Policy::new(&cfg, insp.engine()).expect_err("unknown detector");
    assert!(err.to_string().starts_with("p.yaml:5:"), "{err}");
}

#[test]
fn config_cross_references_are_checked() {
    let err = Config::from_yaml(
        "policy:\n  rules:\n    - groups: [ghosts]\n      services: [nope]\n      action: maybe\n",
        "p.yaml",
    )
    .expect_err("invalid");
    let text = err.to_string();
    assert!(
        text.contains("p.yaml:3:") && text.contains("unknown group 'ghosts'"),
        "{text}"
    );
    assert!(
        text.contains("p.yaml:4:") && text.contains("unknown service 'nope'"),
        "{text}"
    );
    assert!(
        text.contains("p.yaml:5:") && text.contains("one of: allow, deny, inspect"),
        "{text}"
    );
}
