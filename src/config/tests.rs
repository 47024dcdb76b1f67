use super::*;

#[test]
fn builtin_default_is_valid() {
    let cfg = Config::builtin().expect("built-in config validates");
    assert_eq!(
        cfg.listen.explicit,
        Some("127.0.0.1:3128".parse().expect("addr"))
    );
    assert_eq!(
        cfg.listen.admin,
        Some("127.0.0.1:9090".parse().expect("addr"))
    );
    assert!(cfg.catalogue.lookup("api.anthropic.com").is_some());
}

#[test]
fn empty_file_means_defaults() {
    let cfg = Config::from_yaml("", "t.yaml").expect("valid");
    assert_eq!(cfg.limits.max_inspect_body, 32 << 20);
    assert_eq!(cfg.policy.oversize, BodyAction::Block);
    assert_eq!(cfg.classify.no_sni, Fallback::Splice);
    assert_eq!(cfg.classify.not_tls, Fallback::Close);
}

#[test]
fn unknown_key_is_rejected_with_line() {
    let err = Config::from_yaml("listen:\n  explicit: 127.0.0.1:1\n  explict: 1\n", "t.yaml")
        .expect_err("typo must fail");
    let text = err.to_string();
    assert!(text.starts_with("t.yaml:3:"), "{text}");
    assert!(text.contains("explict"), "{text}");
}

#[test]
fn every_semantic_error_is_reported_with_its_line() {
    let yaml = "listen:\n  explicit: nowhere\nlimits:\n  idle_timeout: forever\n  max_inspect_body: lots\nclassify:\n  no_sni: maybe\n";
    let err = Config::from_yaml(yaml, "p.yaml").expect_err("invalid");
    let lines: Vec<u32> = err.problems().iter().map(|p| p.line).collect();
    assert_eq!(lines, vec![2, 4, 5, 7], "{err}");
    let text = err.to_string();
    assert!(text.contains("p.yaml:2:"), "{text}");
    assert!(text.contains("one of: splice, close"), "{text}");
}

#[test]
fn services_extend_and_override_the_catalogue() {
    let yaml = "services:\n  - name: internal-llm\n    hosts: ['llm.corp.example', '*.llm.corp.example']\n    api: openai\n  - name: anthropic\n    api: generic\n";
    let cfg = Config::from_yaml(yaml, "s.yaml").expect("valid");
    let svc = cfg.catalogue.lookup("a.llm.corp.example").expect("added");
    assert_eq!(svc.name, "internal-llm");
    assert_eq!(svc.api, ApiKind::Openai);
    let a = cfg
        .catalogue
        .lookup("api.anthropic.com")
        .expect("kept hosts");
    assert_eq!(a.api, ApiKind::Generic);
    assert!(cfg
        .catalogue
        .constraint_domains()
        .contains(&"llm.corp.example".to_string()));
}

#[test]
fn bad_host_pattern_names_its_line() {
    let yaml = "services:\n  - name: x\n    hosts:\n      - 'api.*.example'\n";
    let err = Config::from_yaml(yaml, "s.yaml").expect_err("invalid");
    assert_eq!(err.problems()[0].line, 4, "{err}");
}

#[test]
fn nft_counter_spec_is_checked() {
    let ok = Config::from_yaml(
        "metrics:\n  nft_quic_counter: inet promptwall_redirect quic_dropped\n",
        "m.yaml",
    )
    .expect("valid");
    assert_eq!(
        ok.nft_quic_counter.as_deref(),
        Some("inet promptwall_redirect quic_dropped")
    );
    let err = Config::from_yaml("metrics:\n  nft_quic_counter: quic_dropped\n", "m.yaml")
        .expect_err("invalid");
    assert_eq!(err.problems()[0].line, 2, "{err}");
}
