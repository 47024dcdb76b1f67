//! `promptwall scan`: the detectors offline, on files or stdin.
//!
//! A file that parses as JSON is inspected exactly as the proxy would
//! inspect a captured request body (API shape detected from the content);
//! anything else is scanned as plain text. One finding per line; exit code
//! 1 when something was found, 0 when clean, 2 on error (from `main`).
//! Offsets are byte offsets into the input; the value is never printed.

use std::io::{Read, Write};
use std::path::PathBuf;

use crate::config::{ApiKind, Config, ConfigError};

use super::{DecodeLimits, InspectError, Inspector};

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `file:line: detector (category) bytes start..end`
    Text,
    /// One JSON object per finding.
    Jsonl,
}

/// Arguments of `promptwall scan`.
#[derive(Clone, Debug, clap::Args)]
pub struct ScanArgs {
    /// Config whose `detect:` section sets keywords and custom rules.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Also report known documentation/example values (not counted for
    /// the exit code).
    #[arg(long)]
    pub examples: bool,
    /// Print the detector table (id, category) and exit.
    #[arg(long)]
    pub list: bool,
    /// Files to scan; `-` or nothing reads stdin.
    pub files: Vec<PathBuf>,
}

/// Why a scan could not run.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Inspect(#[from] InspectError),
    #[error("reading {path}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("writing output: {0}")]
    Write(#[from] std::io::Error),
}

/// Runs the scan; returns the process exit code (0 clean, 1 found).
pub fn run(args: &ScanArgs) -> Result<u8, ScanError> {
    let cfg = Config::load_or_builtin(args.config.as_deref())?;
    let mut detect = cfg.detect.clone();
    // One-shot: the delta cache only costs memory here.
    detect.cache_max_bytes = 0;
    let inspector = Inspector::new(&detect)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.list {
        for r in inspector.engine().detectors() {
            writeln!(out, "{}\t{}", r.id, r.category.as_str())?;
        }
        out.flush()?;
        return Ok(0);
    }
    let files: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let mut found = false;
    for f in &files {
        let name = f.display().to_string();
        let data = read_input(f).map_err(|source| ScanError::Read {
            path: name.clone(),
            source,
        })?;
        let shown = if name == "-" {
            "<stdin>".to_string()
        } else {
            name
        };
        found |= scan_one(&inspector, &shown, &data, args, &mut out)?;
    }
    out.flush()?;
    Ok(u8::from(found))
}

fn read_input(f: &PathBuf) -> std::io::Result<Vec<u8>> {
    if f.as_os_str() == "-" {
        let mut v = Vec::new();
        std::io::stdin().lock().read_to_end(&mut v)?;
        Ok(v)
    } else {
        std::fs::read(f)
    }
}

/// Scans one input and prints its findings; true when a non-example
/// finding was printed.
pub fn scan_one(
    inspector: &Inspector,
    name: &str,
    data: &[u8],
    args: &ScanArgs,
    out: &mut impl Write,
) -> Result<bool, ScanError> {
    let limits = DecodeLimits {
        max_decoded: usize::MAX,
        ..DecodeLimits::default()
    };
    // `Generic` lets the extractor recognise the API shape from content;
    // non-JSON falls back to raw text inside `inspect`.
    let ins = inspector.inspect(ApiKind::Generic, "", None, data, &limits)?;
    let mut found = false;
    for f in &ins.findings {
        if f.example && !args.examples {
            continue;
        }
        found |= !f.example;
        // The line within the file: the segment line is relative to the
        // JSON string, the file line is what an editor shows.
        let line = if f.location.is_empty() {
            f.line
        } else {
            1 + memchr::memchr_iter(b'\n', data.get(..f.start).unwrap_or_default()).count() as u32
        };
        match args.format {
            Format::Text => writeln!(
                out,
                "{name}:{line}: {} ({}) bytes {}..{}{}{}",
                f.detector,
                f.category.as_str(),
                f.start,
                f.end,
                if f.location.is_empty() {
                    String::new()
                } else {
                    format!(" at {}", f.location)
                },
                if f.example { " [example]" } else { "" }
            )?,
            Format::Jsonl => {
                let obj = serde_json::json!({
                    "file": name,
                    "detector": &*f.detector,
                    "category": f.category.as_str(),
                    "start": f.start,
                    "end": f.end,
                    "line": line,
                    "location": f.location,
                    "confidence": f.confidence.as_str(),
                    "example": f.example,
                });
                writeln!(out, "{obj}")?;
            }
        }
    }
    Ok(found)
}
