//! `promptwall scan` end to end: exit codes, jsonl shape, no secret in the
//! output, captured API bodies located by JSON pointer.

use std::process::Command;

use promptwall::inspect::detect::samples::Gen;

fn scan(args: &[&str], stdin: Option<&str>) -> (i32, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_promptwall"));
    cmd.arg("scan").args(args);
    let out = if let Some(input) = stdin {
        use std::io::Write;
        let mut child = cmd
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write");
        child.wait_with_output().expect("wait")
    } else {
        cmd.output().expect("run")
    };
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn exit_codes_and_jsonl() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut g = Gen::new(77);
    let token = g.github("ghp_");
    let src = dir.path().join("config.py");
    std::fs::write(&src, format!("import os\n\nGITHUB = \"{token}\"\n")).expect("write");
    let clean = dir.path().join("clean.rs");
    std::fs::write(
        &clean,
        "fn main() { let password = std::env::var(\"PW\"); }\n",
    )
    .expect("write");
    let body = dir.path().join("body.json");
    let json = serde_json::json!({
        "model": "claude-x",
        "messages": [{"role": "user", "content": [{"type": "text", "text": format!("line one\n{token}")}]}]
    });
    std::fs::write(&body, serde_json::to_string_pretty(&json).expect("json")).expect("write");

    let (code, out) = scan(&[clean.to_str().expect("path")], None);
    assert_eq!(code, 0, "{out}");
    assert!(out.is_empty());

    let (code, out) = scan(
        &[
            "--format",
            "jsonl",
            src.to_str().expect("p"),
            body.to_str().expect("p"),
        ],
        None,
    );
    assert_eq!(code, 1);
    assert!(!out.contains(&token), "secret leaked: {out}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("jsonl"))
        .collect();
    assert_eq!(lines.len(), 2);
    let src_text = std::fs::read_to_string(&src).expect("read");
    let (s, e) = (
        lines[0]["start"].as_u64().expect("start") as usize,
        lines[0]["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&src_text[s..e], token);
    assert_eq!(lines[0]["detector"], "github_pat");
    assert_eq!(lines[0]["category"], "secret");
    assert_eq!(lines[0]["line"], 3);
    assert_eq!(lines[1]["location"], "/messages/0/content/0/text");

    // stdin, examples hidden by default and never counted
    let (code, out) = scan(&["-"], Some("key = AKIAIOSFODNN7EXAMPLE\n"));
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, out) = scan(&["--examples", "-"], Some("key = AKIAIOSFODNN7EXAMPLE\n"));
    assert_eq!(code, 0);
    assert!(out.contains("[example]"));

    let (code, _) = scan(&["/nonexistent/file"], None);
    assert_eq!(code, 2);
}
