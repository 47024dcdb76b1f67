//! The audit log: one JSON line per intercepted request and per denied
//! connection, to stdout or a file (reopened on SIGHUP for logrotate).
//!
//! Records name detectors, locations and keyed hashes — never a found value,
//! never a raw URL query (API keys travel there).

use std::fs::{File, OpenOptions};
use std::io::{self, LineWriter, Write};
use std::path::PathBuf;
use std::sync::Mutex;

use serde::Serialize;

use crate::config::AuditTarget;

/// One finding as the audit log records it.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct AuditFinding {
    pub detector: String,
    pub category: &'static str,
    /// JSON pointer of the segment.
    pub location: String,
    /// Line within the segment text.
    pub line: u32,
    /// Keyed hash of the value (hex), for correlation across requests.
    pub hash: String,
    pub confidence: &'static str,
    pub example: bool,
    /// `block`, `redact` or `log`.
    pub action: &'static str,
}

/// One audit record.
#[derive(Clone, Debug, Default, Serialize)]
pub struct AuditRecord {
    pub time: String,
    /// `request` or `connection`.
    pub kind: &'static str,
    pub conn_id: u64,
    pub request_id: String,
    /// Set when the request was blocked, redacted or denied; quoted to the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident_id: Option<String>,
    pub client: String,
    pub mode: &'static str,
    pub user: Option<String>,
    pub group: Option<String>,
    /// How the identity was established: address, proxy_auth, api_key.
    pub identity_source: &'static str,
    pub service: String,
    pub host: String,
    pub method: String,
    /// Path with secret-looking query values removed.
    pub path: String,
    pub model: Option<String>,
    /// The policy rule that matched.
    pub rule: String,
    /// allow, deny, pass, block, redact, oversize_blocked, …
    pub verdict: &'static str,
    pub findings: Vec<AuditFinding>,
    pub bytes_in: u64,
    pub bytes_out: u64,
    pub inspect_us: u64,
    pub upstream_status: Option<u16>,
    pub upstream_ms: Option<u64>,
    /// Tokens the provider reported in the response's usage.
    pub tokens_in: u64,
    pub tokens_out: u64,
    /// Why the request was not inspected, when it was not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uninspected: Option<&'static str>,
}

/// Where records are written; cheap to share behind an `Arc`.
pub struct Audit {
    target: AuditTarget,
    sink: Mutex<Option<Box<dyn Write + Send>>>,
}

impl std::fmt::Debug for Audit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Audit")
            .field("target", &self.target)
            .finish()
    }
}

fn open(path: &PathBuf) -> io::Result<File> {
    OpenOptions::new().create(true).append(true).open(path)
}

impl Audit {
    pub fn new(target: &AuditTarget) -> io::Result<Audit> {
        let sink: Option<Box<dyn Write + Send>> = match target {
            AuditTarget::Off => None,
            AuditTarget::Stdout => Some(Box::new(LineWriter::new(io::stdout()))),
            AuditTarget::File(p) => Some(Box::new(LineWriter::new(open(p)?))),
        };
        Ok(Audit {
            target: target.clone(),
            sink: Mutex::new(sink),
        })
    }

    /// Reopens a file target (after logrotate moved it).
    pub fn reopen(&self) -> io::Result<()> {
        if let AuditTarget::File(p) = &self.target {
            let f = open(p)?;
            *self.sink.lock().unwrap_or_else(|e| e.into_inner()) =
                Some(Box::new(LineWriter::new(f)));
        }
        Ok(())
    }

    pub fn target(&self) -> &AuditTarget {
        &self.target
    }

    pub fn write(&self, record: &AuditRecord) {
        let Ok(mut line) = serde_json::to_vec(record) else {
            return;
        };
        line.push(b'\n');
        let mut sink = self.sink.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(w) = sink.as_mut() {
            if let Err(e) = w.write_all(&line) {
                tracing::warn!(error = %e, "audit log write failed");
            }
        }
    }
}

/// RFC 3339 UTC timestamp with milliseconds.
pub fn now() -> String {
    let t = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

/// Query parameter names whose values are never logged.
const SECRET_PARAMS: &[&str] = &[
    "key",
    "api_key",
    "apikey",
    "api-key",
    "token",
    "access_token",
    "id_token",
    "refresh_token",
    "sig",
    "signature",
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-security-token",
    "password",
    "secret",
    "code",
    "auth",
    "sas",
    "client_secret",
];

/// The path with the values of secret-looking query parameters replaced.
pub fn sanitize_path(path_and_query: &str) -> String {
    let Some((path, query)) = path_and_query.split_once('?') else {
        return path_and_query.to_string();
    };
    let q: Vec<String> = query
        .split('&')
        .map(|kv| match kv.split_once('=') {
            Some((k, _)) if SECRET_PARAMS.iter().any(|s| s.eq_ignore_ascii_case(k)) => {
                format!("{k}=REDACTED")
            }
            _ => kv.to_string(),
        })
        .collect();
    format!("{path}?{}", q.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_urls_are_removed() {
        assert_eq!(
            sanitize_path("/v1beta/models/g:streamGenerateContent?alt=sse&key=AIzaSyA-secret"),
            "/v1beta/models/g:streamGenerateContent?alt=sse&key=REDACTED"
        );
        assert_eq!(sanitize_path("/v1/messages"), "/v1/messages");
    }

    #[test]
    fn file_sink_writes_json_lines_and_reopens() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("audit.jsonl");
        let audit = Audit::new(&AuditTarget::File(path.clone())).expect("open");
        audit.write(&AuditRecord {
            kind: "request",
            verdict: "pass",
            ..Default::default()
        });
        std::fs::rename(&path, dir.path().join("audit.jsonl.1")).expect("rotate");
        audit.reopen().expect("reopen");
        audit.write(&AuditRecord {
            kind: "request",
            verdict: "block",
            ..Default::default()
        });
        let now = std::fs::read_to_string(&path).expect("read");
        assert_eq!(now.lines().count(), 1);
        let v: serde_json::Value = serde_json::from_str(now.trim()).expect("json");
        assert_eq!(v["verdict"], "block");
    }
}
