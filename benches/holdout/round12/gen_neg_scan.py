"""Hard negatives 1: the source of secret scanners and linters - gitleaks-style rule TOML, a trufflehog-style Go detector
and its test (checksum-invalid and EXAMPLE tokens), a Python regex table, detect-secrets baseline (sha1 of secrets),
semgrep rules, a SARIF report with redacted matches, a Rust scanner's unit tests, redaction golden files, an ESLint rule
test with dummy values, scanner docs with elided tokens."""
from gen_common import R, rs, hexs, r3
from gen_sess import emit
import gen_vals as V

AWS_EX, AWS_EX_SECRET = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def build():
    sh = iter(range(31, 300))
    pad = V.pad
    E = lambda name, ask, steps, n=2: emit(name, next(sh), [("u", ask)] + steps + pad(name[2:10], n))

    # 1 gitleaks-style rules
    toml = ('title = "kestrel secret rules"\n\n[[rules]]\nid = "github-pat"\ndescription = "GitHub Personal Access Token"\nregex = \'\'\'ghp_[0-9a-zA-Z]{36}\'\'\'\nkeywords = ["ghp_"]\n\n'
            '[[rules]]\nid = "aws-access-key"\nregex = \'\'\'(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\'\'\'\nkeywords = ["akia", "asia"]\n\n'
            '[[rules]]\nid = "slack-bot-token"\nregex = \'\'\'xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*\'\'\'\n\n[[rules]]\nid = "generic-api-key"\n'
            'regex = \'\'\'(?i)(?:key|api|token|secret|passwd|password)(?:[0-9a-z\\-_\\t .]{0,20})(?:[\\s|\']|[\\s|"]){0,3}(?:=|>|:{1,3}=)(?:\'|\\"|\\s|=|\\x60){0,5}([0-9a-z\\-_.=]{10,150})\'\'\'\n'
            'entropy = 3.5\n\n[allowlist]\ndescription = "test fixtures"\npaths = [\'\'\'testdata/\'\'\', \'\'\'(.*?)(jpg|gif|doc|pdf|bin)$\'\'\']\nregexes = [\'\'\'EXAMPLE\'\'\', \'\'\'xoxb-not-a-real-token\'\'\']\n')
    E("n_gitleaks_rules_toml", "Add a rule for GitLab runner tokens to our gitleaks config", [("t", "read", ".gitleaks.toml", toml),
      ("a", "Add id gitlab-runner-token with regex glrt-[0-9A-Za-z_-]{20} and keyword glrt-.")])

    # 2 Go detector + test with invalid-checksum and EXAMPLE tokens
    bad1, bad2 = V.fake_gh("ghp_"), V.fake_gh("gho_")
    test = ('package github\n\nimport "testing"\n\nfunc TestDetector_Checksum(t *testing.T) {\n\tcases := []struct {\n\t\tname  string\n\t\tinput string\n\t\twant  bool\n\t}{\n'
            '\t\t{"crc mismatch", "token = %s", false},\n\t\t{"oauth crc mismatch", "GH_TOKEN=%s", false},\n\t\t{"all zeros", "ghp_000000000000000000000000000000000000", false},\n'
            '\t\t{"aws example", "aws_access_key_id = %s", false},\n\t}\n\tfor _, c := range cases {\n\t\tif got := len(New().FromData([]byte(c.input))) > 0; got != c.want {\n'
            '\t\t\tt.Errorf("%%s: got %%v", c.name, got)\n\t\t}\n\t}\n}\n' % (bad1, bad2, AWS_EX))
    E("n_go_detector_test_invalid_checksums", "Why does TestDetector_Checksum pass even when I break the CRC code?", [("t", "read", "pkg/detectors/github/github_test.go", test),
      ("a", "All cases expect false; add a positive case built at test time with a valid CRC, not a literal.")])

    # 3 Python regex table
    py = ('import re\n\nPATTERNS = {\n    "aws_access_key_id": re.compile(r"\\b(AKIA|ASIA)[A-Z0-9]{16}\\b"),\n    "stripe_live": re.compile(r"\\bsk_live_[0-9a-zA-Z]{24,99}\\b"),\n'
          '    "slack_webhook": re.compile(r"https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}"),\n    "private_key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----"),\n'
          '    "jwt": re.compile(r"eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"),\n    "google_api": re.compile(r"AIza[0-9A-Za-z_-]{35}"),\n}\n\n'
          'EXAMPLES = {\n    "aws_access_key_id": "%s",\n    "stripe_live": "sk_live_" + "x" * 24,\n    "private_key": "-----BEGIN RSA PRIVATE KEY-----\\n...\\n-----END RSA PRIVATE KEY-----",\n}\n' % AWS_EX)
    E("n_python_secret_regex_table", "Make these patterns word-bounded consistently", [("t", "read", "scanner/patterns.py", py)])

    # 4 detect-secrets baseline (hashes of findings)
    res = ",\n".join('      {\n        "type": "%s",\n        "filename": "%s",\n        "hashed_secret": "%s",\n        "is_verified": false,\n        "line_number": %d\n      }'
                     % (t, f, hexs(40), R.randint(3, 300)) for t, f in [("Secret Keyword", "deploy/values.yaml"), ("Hex High Entropy String", "tests/fixtures/hmac.json"),
                                                                          ("Base64 High Entropy String", "docs/tls.md"), ("JSON Web Token", "tests/auth_test.py")])
    bl = '{\n  "version": "1.5.0",\n  "plugins_used": [{"name": "AWSKeyDetector"}, {"name": "Base64HighEntropyString", "limit": 4.5}],\n  "results": {\n    "all": [\n%s\n    ]\n  },\n  "generated_at": "2025-11-20T10:12:03Z"\n}\n' % res
    E("n_detect_secrets_baseline", "Audit the baseline: which entries are still present in the code?", [("t", "bash", "cat .secrets.baseline", bl)])

    # 5 semgrep rules
    sg = ("rules:\n  - id: hardcoded-jwt-secret\n    languages: [go]\n    message: JWT signed with a hard-coded key\n    severity: ERROR\n    patterns:\n"
          "      - pattern: jwt.NewWithClaims(...).SignedString([]byte(\"$KEY\"))\n      - metavariable-regex:\n          metavariable: $KEY\n          regex: ^(?!test|changeme).{8,}$\n"
          "  - id: hardcoded-password-c\n    languages: [c]\n    message: password literal\n    pattern: static const char $X[] = \"...\";\n    metadata:\n      cwe: \"CWE-798\"\n")
    E("n_semgrep_rules_hardcoded_secrets", "Extend the rule to Rust const byte strings", [("t", "read", ".semgrep/secrets.yml", sg)])

    # 6 SARIF report with redacted matches
    sarif = ('{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "kestrel-scan", "version": "0.14.2"}}, "results": [' +
             ", ".join('{"ruleId": "%s", "message": {"text": "%s detected: %s"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "%s"}, "region": {"startLine": %d}}}], '
                       '"partialFingerprints": {"secretHash/v1": "%s"}}' % (r, r, red, f, R.randint(1, 200), hexs(64))
                       for r, red, f in [("github-pat", "ghp_****************************Xa9Q", "ci/release.sh"), ("aws-access-key", "AKIA************WQ7T", "infra/old/terraform.tfvars"),
                                         ("private-key", "-----BEGIN OPENSSH PRIVATE KEY----- [REDACTED]", "ops/keys/README.md")]) + "]}]}\n")
    E("n_sarif_report_redacted_findings", "Summarise these scanner findings for the weekly security report", [("t", "bash", "cat out/scan.sarif", sarif)])

    # 7 Rust scanner unit tests with obvious fakes
    rt = ('#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn rejects_dummy_passwords() {\n        for v in ["password", "changeme", "hunter2", "<your-password>", "${DB_PASSWORD}", "********"] {\n'
          '            assert!(!is_secret("password", v), "{v}");\n        }\n    }\n\n    #[test]\n    fn aws_docs_example_is_example() {\n        let f = scan("aws_secret_access_key = %s");\n'
          '        assert!(f.iter().all(|f| f.example));\n    }\n\n    #[test]\n    fn slack_docs_token() {\n        assert!(scan("xoxb-not-a-real-token-this-will-not-work").is_empty());\n    }\n}\n' % AWS_EX_SECRET)
    E("n_rust_scanner_unit_tests_dummies", "Add a test for the Vault token prefix", [("t", "read", "crates/scan-core/src/rules/tests.rs", rt)])

    # 8 redaction golden files
    gold = ("# input\nDATABASE_URL=postgres://app:[REDACTED:database_url_password:9f1c2a7e]@db:5432/app\nAUTH=Bearer [REDACTED:http_bearer_token:0b44e1d2]\n"
            "key: [REDACTED:secret_assignment:77aa03c1]\n# expected findings: 3\n")
    E("n_redaction_golden_output", "The golden test fails after I changed the marker format, update the fixture", [("t", "bash", "cat tests/golden/redact_env.out", gold)])

    # 9 ESLint rule test with dummy values
    es = ("const { RuleTester } = require('eslint');\nconst rule = require('../rules/no-hardcoded-credentials');\n\nnew RuleTester().run('no-hardcoded-credentials', rule, {\n"
          "  valid: [\"const password = process.env.DB_PASSWORD;\", \"const apiKey = config.get('apiKey');\", \"const token = '';\"],\n"
          "  invalid: [\n    { code: \"const password = 'P@ssw0rd';\", errors: 1 },\n    { code: \"const apiKey = 'YOUR_API_KEY_HERE';\", errors: 1 },\n"
          "    { code: \"const secret = 'xxxxxxxxxxxxxxxxxxxx';\", errors: 1 },\n  ],\n});\n")
    E("n_eslint_rule_tests_dummy_values", "The invalid cases should report the literal, not the declaration. Fix the rule", [("t", "read", "tests/no-hardcoded-credentials.test.js", es)])

    # 10 scanner docs with elided tokens
    md = ("## Supported formats\n\n| Provider | Example | Notes |\n|---|---|---|\n| GitHub | `ghp_` + 36 chars | CRC32 checked |\n| Slack | `xoxb-1234…` | exact shape |\n"
          "| AWS | `%s` | the docs example is ignored |\n| Stripe | `sk_live_…` | test mode keys ignored |\n| PEM | `-----BEGIN RSA PRIVATE KEY-----` … | elided keys ignored |\n" % AWS_EX)
    E("n_scanner_docs_supported_formats", "Proofread the formats table", [("t", "read", "docs/formats.md", md)])

    # 11 pre-commit config + hook output
    pc = ("repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.21.2\n    hooks:\n      - id: gitleaks\n  - repo: https://github.com/Yelp/detect-secrets\n    rev: v1.5.0\n"
          "    hooks:\n      - id: detect-secrets\n        args: ['--baseline', '.secrets.baseline']\n")
    out = "gitleaks.................................................................Passed\nDetect secrets...........................................................Passed\n"
    E("n_precommit_secret_hooks", "Do the pre-commit hooks actually run in CI?", [("t", "read", ".pre-commit-config.yaml", pc), ("t", "bash", "pre-commit run --all-files", out)])
