//! Explicit proxy: read the client's first request head. `CONNECT host:port`
//! becomes a tunnel that the classifier then looks into; an absolute-form
//! `http://` request is replayed into an HTTP server that forwards it.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// What the client asked the proxy for.
#[derive(Debug, PartialEq, Eq)]
pub enum ProxyRequest {
    Connect {
        host: String,
        port: u16,
        /// `Proxy-Authorization` header value, if any.
        auth: Option<String>,
        /// Bytes the client sent after the CONNECT head (usually none: clients
        /// wait for our 200 before the ClientHello).
        leftover: Vec<u8>,
    },
    /// A plain-HTTP proxy request; `buffered` holds every byte read so far,
    /// head included, for replay into an HTTP/1 server.
    Http {
        buffered: Vec<u8>,
        auth: Option<String>,
    },
}

/// Why the proxy request could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ExplicitError {
    #[error("client sent no complete request head within {0:?}")]
    Timeout(Duration),
    #[error("request head larger than {0} bytes")]
    TooLarge(usize),
    #[error("malformed proxy request: {0}")]
    Malformed(String),
    #[error("client closed the connection before a request")]
    Closed,
    #[error("reading the proxy request: {0}")]
    Io(#[from] std::io::Error),
}

impl ExplicitError {
    pub fn kind(&self) -> &'static str {
        match self {
            ExplicitError::Timeout(_) => "header_timeout",
            ExplicitError::TooLarge(_) => "header_too_large",
            ExplicitError::Malformed(_) => "malformed",
            ExplicitError::Closed => "closed",
            ExplicitError::Io(_) => "io",
        }
    }

    /// The status line to send back, if any (none after a close or timeout
    /// on a silent client would still be polite, so send 408 then).
    pub fn status(&self) -> Option<&'static str> {
        match self {
            ExplicitError::Timeout(_) => Some("408 Request Timeout"),
            ExplicitError::TooLarge(_) => Some("431 Request Header Fields Too Large"),
            ExplicitError::Malformed(_) => Some("400 Bad Request"),
            ExplicitError::Closed | ExplicitError::Io(_) => None,
        }
    }
}

/// Reads one request head, bounded by `max` bytes and `timeout`.
pub async fn read_request(
    stream: &mut TcpStream,
    max: usize,
    timeout: Duration,
) -> Result<ProxyRequest, ExplicitError> {
    match tokio::time::timeout(timeout, read_head(stream, max)).await {
        Ok(r) => r,
        Err(_) => Err(ExplicitError::Timeout(timeout)),
    }
}

async fn read_head(stream: &mut TcpStream, max: usize) -> Result<ProxyRequest, ExplicitError> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(if buf.is_empty() {
                ExplicitError::Closed
            } else {
                ExplicitError::Malformed("connection closed inside the request head".into())
            });
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(req) = parse(&buf)? {
            return Ok(req);
        }
        if buf.len() > max {
            return Err(ExplicitError::TooLarge(max));
        }
    }
}

/// Parses a complete head from `buf`; `Ok(None)` when more bytes are needed.
pub fn parse(buf: &[u8]) -> Result<Option<ProxyRequest>, ExplicitError> {
    let mut headers = [httparse::EMPTY_HEADER; 96];
    let mut req = httparse::Request::new(&mut headers);
    let status = req
        .parse(buf)
        .map_err(|e| ExplicitError::Malformed(e.to_string()))?;
    let httparse::Status::Complete(len) = status else {
        return Ok(None);
    };
    let method = req.method.unwrap_or_default();
    let target = req.path.unwrap_or_default();
    let auth = req
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("proxy-authorization"))
        .map(|h| String::from_utf8_lossy(h.value).into_owned());
    if method.eq_ignore_ascii_case("CONNECT") {
        let (host, port) = split_authority(target).ok_or_else(|| {
            ExplicitError::Malformed(format!("CONNECT target '{target}' is not host:port"))
        })?;
        return Ok(Some(ProxyRequest::Connect {
            host,
            port,
            auth,
            leftover: buf[len..].to_vec(),
        }));
    }
    if target.starts_with("http://") {
        return Ok(Some(ProxyRequest::Http {
            buffered: buf.to_vec(),
            auth,
        }));
    }
    Err(ExplicitError::Malformed(format!(
        "'{method} {target}': a proxy expects CONNECT host:port or an absolute http:// URL"
    )))
}

/// `host:port` or `[v6]:port` → (host without brackets, port).
pub fn split_authority(s: &str) -> Option<(String, u16)> {
    let (host, port) = if let Some(rest) = s.strip_prefix('[') {
        let (h, p) = rest.split_once("]:")?;
        (h, p)
    } else {
        s.rsplit_once(':')?
    };
    let port: u16 = port.parse().ok()?;
    if host.is_empty() || port == 0 {
        return None;
    }
    Some((host.to_ascii_lowercase(), port))
}

/// Accepts a CONNECT: the tunnel starts right after this line.
pub async fn reply_connected(stream: &mut TcpStream) -> std::io::Result<()> {
    stream
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .await?;
    stream.flush().await
}

/// Writes a short status-only reply (used before any tunnel exists).
pub async fn reply(
    stream: &mut TcpStream,
    status: &str,
    extra_headers: &str,
    body: &str,
) -> std::io::Result<()> {
    let msg = format!(
        "HTTP/1.1 {status}\r\n{extra_headers}content-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(msg.as_bytes()).await?;
    stream.flush().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_connect_with_auth_and_leftover() {
        let req = parse(b"CONNECT api.anthropic.com:443 HTTP/1.1\r\nHost: api.anthropic.com:443\r\nProxy-Authorization: Basic dTpw\r\n\r\n\x16\x03")
            .expect("ok")
            .expect("complete");
        assert_eq!(
            req,
            ProxyRequest::Connect {
                host: "api.anthropic.com".into(),
                port: 443,
                auth: Some("Basic dTpw".into()),
                leftover: vec![0x16, 0x03],
            }
        );
    }

    #[test]
    fn incomplete_head_needs_more() {
        assert!(parse(b"CONNECT a:443 HTTP/1.1\r\nHost: a")
            .expect("ok")
            .is_none());
    }

    #[test]
    fn ipv6_and_bad_targets() {
        assert_eq!(split_authority("[::1]:8443"), Some(("::1".into(), 8443)));
        assert_eq!(split_authority("example.com"), None);
        assert_eq!(split_authority("example.com:0"), None);
        assert!(matches!(
            parse(b"CONNECT nope HTTP/1.1\r\n\r\n"),
            Err(ExplicitError::Malformed(_))
        ));
        assert!(matches!(
            parse(b"GET / HTTP/1.1\r\n\r\n"),
            Err(ExplicitError::Malformed(_))
        ));
        assert!(matches!(
            parse(b"\x16\x03\x01\x00"),
            Err(ExplicitError::Malformed(_))
        ));
    }

    #[test]
    fn plain_http_is_replayed() {
        let raw = b"POST http://example.com/x HTTP/1.1\r\nHost: example.com\r\nContent-Length: 2\r\n\r\nhi";
        match parse(raw).expect("ok").expect("complete") {
            ProxyRequest::Http { buffered, .. } => assert_eq!(buffered, raw.to_vec()),
            other => panic!("unexpected {other:?}"),
        }
    }
}
