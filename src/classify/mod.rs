//! Classification: peek at the TLS ClientHello (with a byte cap and a
//! timeout), keep the bytes for replay, and decide: intercept a catalogue
//! host, splice everything else byte for byte, or close.

pub mod client_hello;
pub mod replay;

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt};

use crate::config::{Catalogue, ClassifyConfig, Fallback};
use client_hello::{ClientHello, HelloError};

/// What to do with a connection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Terminate TLS and inspect: the SNI belongs to `service`.
    Intercept { sni: String, service: String },
    /// Copy bytes both ways, never decrypted.
    Splice {
        sni: Option<String>,
        reason: SpliceReason,
    },
    /// Close the connection (with a log line).
    Close { reason: CloseReason },
}

/// Why a connection is spliced; a fixed vocabulary for metrics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpliceReason {
    NotCatalogue,
    NoSni,
    NotTls,
    BadClientHello,
}

impl SpliceReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SpliceReason::NotCatalogue => "not_catalogue",
            SpliceReason::NoSni => "no_sni",
            SpliceReason::NotTls => "not_tls",
            SpliceReason::BadClientHello => "bad_client_hello",
        }
    }
}

/// Why a connection is closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CloseReason {
    NoSni,
    NotTls,
    BadClientHello,
    Timeout,
    ClientClosed,
}

impl CloseReason {
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::NoSni => "no_sni",
            CloseReason::NotTls => "not_tls",
            CloseReason::BadClientHello => "bad_client_hello",
            CloseReason::Timeout => "client_hello_timeout",
            CloseReason::ClientClosed => "client_closed",
        }
    }
}

/// The outcome of peeking.
#[derive(Debug)]
pub enum PeekError {
    Hello(HelloError),
    Timeout,
    Closed,
    Io(std::io::Error),
}

/// Reads from `stream` until a whole ClientHello is parsed, the cap is hit,
/// the timeout expires, or the bytes cannot be TLS. Every byte read is
/// returned for replay, whatever the outcome.
pub async fn peek<S: AsyncRead + Unpin>(
    stream: &mut S,
    mut buf: Vec<u8>,
    max_bytes: usize,
    timeout: Duration,
) -> (Vec<u8>, Result<ClientHello, PeekError>) {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        if !buf.is_empty() {
            match client_hello::parse_records(&buf, max_bytes) {
                Ok(h) => return (buf, Ok(h)),
                Err(HelloError::Incomplete { .. }) if buf.len() < max_bytes => {}
                Err(HelloError::Incomplete { .. }) => {
                    return (buf, Err(PeekError::Hello(HelloError::TooLarge)))
                }
                Err(e) => return (buf, Err(PeekError::Hello(e))),
            }
        }
        let mut chunk = [0u8; 4096];
        let want = chunk.len().min(max_bytes.saturating_sub(buf.len()).max(1));
        match tokio::time::timeout_at(deadline, stream.read(&mut chunk[..want])).await {
            Err(_) => return (buf, Err(PeekError::Timeout)),
            Ok(Ok(0)) => return (buf, Err(PeekError::Closed)),
            Ok(Ok(n)) => buf.extend_from_slice(&chunk[..n]),
            Ok(Err(e)) => return (buf, Err(PeekError::Io(e))),
        }
    }
}

/// Decides from the peek outcome. The catalogue is matched on the SNI
/// (never on a CONNECT host alone: what we would mint for is the SNI).
pub fn decide(
    outcome: &Result<ClientHello, PeekError>,
    catalogue: &Catalogue,
    cfg: &ClassifyConfig,
) -> Decision {
    let fallback =
        |f: Fallback, splice: SpliceReason, close: CloseReason, sni: Option<String>| match f {
            Fallback::Splice => Decision::Splice {
                sni,
                reason: splice,
            },
            Fallback::Close => Decision::Close { reason: close },
        };
    match outcome {
        Ok(hello) => match &hello.sni {
            Some(sni) => match catalogue.lookup(sni) {
                Some(svc) => Decision::Intercept {
                    sni: sni.clone(),
                    service: svc.name.clone(),
                },
                None => Decision::Splice {
                    sni: Some(sni.clone()),
                    reason: SpliceReason::NotCatalogue,
                },
            },
            None => fallback(cfg.no_sni, SpliceReason::NoSni, CloseReason::NoSni, None),
        },
        Err(PeekError::Hello(HelloError::NotTls)) => {
            fallback(cfg.not_tls, SpliceReason::NotTls, CloseReason::NotTls, None)
        }
        Err(PeekError::Hello(_)) => fallback(
            cfg.bad_client_hello,
            SpliceReason::BadClientHello,
            CloseReason::BadClientHello,
            None,
        ),
        Err(PeekError::Timeout) => Decision::Close {
            reason: CloseReason::Timeout,
        },
        Err(PeekError::Closed) | Err(PeekError::Io(_)) => Decision::Close {
            reason: CloseReason::ClientClosed,
        },
    }
}
