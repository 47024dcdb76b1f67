//! TLS ClientHello parser: the SNI, ALPN and versions a client offers, read
//! from the first bytes of a TCP stream (TLS records) or from a bare
//! handshake message (QUIC CRYPTO frames).
//!
//! Used by the proxy (peek, decide, replay) and by `discover` (passive
//! capture), so it sees hostile input from both the LAN and the wire.
//!
//! Hand-written rather than a crate: it is ~300 lines over `&[u8]` with a
//! bounds-checked cursor, so the attack surface is small and auditable, it
//! has no dependencies, and it returns what a peek loop needs and a general
//! TLS parser does not give: `Incomplete { needed }` with the total input
//! length to wait for, a hard byte cap (`TooLarge`) checked before buffering,
//! and a distinction between "not TLS at all" and "broken TLS". `tls-parser`
//! (nom-based) builds a full extension tree per hello and reports
//! incompleteness per record only; rustls' `Acceptor` owns the stream state
//! and copies the bytes, which neither the replaying proxy nor the 1 M
//! packets/s capture path want. Nothing here allocates except the SNI, the
//! ALPN list and, when the hello spans records, one reassembly buffer bounded
//! by `max_len`.

use std::borrow::Cow;

/// TLS record content type for handshake messages.
const CONTENT_HANDSHAKE: u8 = 22;
/// Handshake message type of a ClientHello.
const HANDSHAKE_CLIENT_HELLO: u8 = 1;
/// Record header: type, version (2), length (2).
const RECORD_HEADER: usize = 5;
/// Handshake header: type, length (u24).
const HANDSHAKE_HEADER: usize = 4;
/// RFC 8446 §5.1: a plaintext record fragment is at most 2^14 bytes.
const MAX_RECORD: usize = 1 << 14;

const EXT_SERVER_NAME: u16 = 0;
const EXT_ALPN: u16 = 16;
const EXT_SUPPORTED_VERSIONS: u16 = 43;
const EXT_ENCRYPTED_CLIENT_HELLO: u16 = 0xfe0d;

/// What a client offers in its ClientHello, as far as routing needs it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientHello {
    /// The `host_name` of the server_name extension, lower-cased, one
    /// trailing dot removed, validated as a DNS name (letters, digits, `-`,
    /// `_`; labels of 1–63 bytes; at most 253 bytes).
    pub sni: Option<String>,
    /// ALPN protocol names in the client's order (`h2`, `http/1.1`, …).
    pub alpn: Vec<Vec<u8>>,
    /// `legacy_version` of the hello (0x0303 for TLS 1.2 and 1.3).
    pub legacy_version: u16,
    /// The supported_versions extension, in the client's order, GREASE
    /// values included; empty when the extension is absent.
    pub supported_versions: Vec<u16>,
    /// Number of cipher suites offered.
    pub cipher_suites_len: usize,
    /// Number of extensions in the hello.
    pub extensions_len: usize,
    /// The client sent an encrypted_client_hello extension: `sni` is then
    /// the outer (public) name, not necessarily the real destination.
    pub ech: bool,
    /// Input bytes the hello occupies: for [`parse_records`] up to the end of
    /// the record that completes it, for [`parse_handshake`] the message
    /// (header included).
    pub consumed: usize,
}

/// Why a buffer does not (yet) hold a usable ClientHello.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HelloError {
    /// The input is a valid prefix; `needed` is the total input length (not
    /// the additional bytes) needed at least before parsing can progress.
    #[error("incomplete ClientHello: need at least {needed} bytes")]
    Incomplete { needed: usize },
    /// The first bytes are not a TLS handshake record (plain HTTP, SSH, …).
    #[error("not a TLS handshake")]
    NotTls,
    /// A TLS handshake, but its first message is not a ClientHello.
    #[error("TLS handshake does not start with a ClientHello")]
    NotClientHello,
    /// The hello would need more input than the caller's `max_len`.
    #[error("ClientHello larger than the configured limit")]
    TooLarge,
    /// TLS framing that breaks the protocol; the text names what.
    #[error("malformed ClientHello: {0}")]
    Malformed(&'static str),
}

impl HelloError {
    /// A short fixed label for metrics and logs.
    pub fn kind(&self) -> &'static str {
        match self {
            HelloError::Incomplete { .. } => "incomplete",
            HelloError::NotTls => "not_tls",
            HelloError::NotClientHello => "not_client_hello",
            HelloError::TooLarge => "too_large",
            HelloError::Malformed(_) => "malformed",
        }
    }
}

// === impl ClientHello ===

impl ClientHello {
    /// The client offers TLS 1.3 (0x0304) in supported_versions.
    pub fn offers_tls13(&self) -> bool {
        self.supported_versions.contains(&0x0304)
    }

    /// The client offers the given ALPN protocol (`b"h2"`, `b"http/1.1"`).
    pub fn offers_alpn(&self, proto: &[u8]) -> bool {
        self.alpn.iter().any(|p| p == proto)
    }
}

/// Parses a ClientHello from the start of a TCP stream: one or more TLS
/// plaintext handshake records (content type 22); the handshake message may
/// span several records, and a record may be split anywhere.
///
/// `max_len` caps the input bytes (record headers included) the hello may
/// occupy; a hello that would need more is `TooLarge`, reported as soon as
/// the headers show it, so a caller never buffers more than `max_len`.
///
/// # Errors
/// `Incomplete` with the total input length to wait for; `NotTls` when the
/// first bytes are not a TLS handshake record (decided from the first byte
/// where possible); `NotClientHello`; `TooLarge`; `Malformed`.
/// Never panics on any input.
pub fn parse_records(buf: &[u8], max_len: usize) -> Result<ClientHello, HelloError> {
    let walk = walk_records(buf, max_len)?;
    let msg: Cow<'_, [u8]> = match walk.single {
        Some(range) => Cow::Borrowed(buf.get(range).ok_or(HelloError::Malformed("record"))?),
        None => Cow::Owned(reassemble(buf, walk.msg_len)?),
    };
    let mut hello = parse_handshake(&msg)?;
    hello.consumed = walk.consumed;
    Ok(hello)
}

/// Parses a bare handshake message (type 1, u24 length, body), as carried in
/// QUIC CRYPTO frames. Bytes after the message are ignored.
///
/// # Errors
/// `Incomplete` when `msg` is shorter than the header or the length it
/// announces; `NotClientHello` for another handshake type; `Malformed`.
/// Never panics on any input.
pub fn parse_handshake(msg: &[u8]) -> Result<ClientHello, HelloError> {
    let Some(&typ) = msg.first() else {
        return Err(HelloError::Incomplete {
            needed: HANDSHAKE_HEADER,
        });
    };
    if typ != HANDSHAKE_CLIENT_HELLO {
        return Err(HelloError::NotClientHello);
    }
    let Some(len) = msg.get(1..HANDSHAKE_HEADER).map(be24) else {
        return Err(HelloError::Incomplete {
            needed: HANDSHAKE_HEADER,
        });
    };
    let total = HANDSHAKE_HEADER + len;
    let Some(body) = msg.get(HANDSHAKE_HEADER..total) else {
        return Err(HelloError::Incomplete { needed: total });
    };
    let mut hello = parse_body(body)?;
    hello.consumed = total;
    Ok(hello)
}

// === record layer ===

/// Where the handshake message lies in the records.
struct Walk {
    /// The message's byte range when one record holds all of it.
    single: Option<std::ops::Range<usize>>,
    /// Message length, header included.
    msg_len: usize,
    /// Input bytes up to the end of the record completing the message.
    consumed: usize,
}

/// Validates record headers up to the end of the handshake message, without
/// copying. Each iteration is O(1), so hostile 1-byte records cost nothing.
fn walk_records(buf: &[u8], max_len: usize) -> Result<Walk, HelloError> {
    let mut pos = 0usize; // start of the current record
    let mut have = 0usize; // handshake bytes seen in complete records before `pos`
    let mut header = [0u8; HANDSHAKE_HEADER];
    let mut msg_len: Option<usize> = None;
    loop {
        let first = pos == 0;
        let rec = buf.get(pos..).unwrap_or_default();
        // Check what the available header bytes already rule out, so garbage
        // is rejected from its first byte.
        if let Some(&typ) = rec.first() {
            if typ != CONTENT_HANDSHAKE {
                return Err(if first {
                    HelloError::NotTls
                } else {
                    HelloError::Malformed("non-handshake record inside the ClientHello")
                });
            }
        }
        if let Some(&major) = rec.get(1) {
            if major != 3 {
                return Err(if first {
                    HelloError::NotTls
                } else {
                    HelloError::Malformed("record version")
                });
            }
        }
        let Some(rec_len) = rec.get(3..RECORD_HEADER).map(be16) else {
            let remaining = msg_len.map_or(HANDSHAKE_HEADER.saturating_sub(have), |m| m - have);
            return Err(incomplete(pos + RECORD_HEADER + remaining, max_len));
        };
        if rec_len == 0 {
            return Err(HelloError::Malformed("empty handshake record"));
        }
        if rec_len > MAX_RECORD {
            return Err(HelloError::Malformed("record longer than 2^14 bytes"));
        }
        let body_start = pos + RECORD_HEADER;
        let rec_end = body_start + rec_len;
        let avail = buf
            .get(body_start..rec_end.min(buf.len()))
            .unwrap_or_default();

        // Fill the handshake header from this record's first bytes.
        for (i, &b) in avail
            .iter()
            .enumerate()
            .take(HANDSHAKE_HEADER.saturating_sub(have))
        {
            header[have + i] = b;
        }
        if have == 0 && !avail.is_empty() && header[0] != HANDSHAKE_CLIENT_HELLO {
            return Err(HelloError::NotClientHello);
        }
        if msg_len.is_none() && have + avail.len() >= HANDSHAKE_HEADER {
            let len = HANDSHAKE_HEADER + be24(&header[1..]);
            msg_len = Some(len);
        }

        match msg_len {
            Some(m) if have + rec_len >= m => {
                // This record completes the message.
                if rec_end > max_len {
                    return Err(HelloError::TooLarge);
                }
                if buf.len() < rec_end {
                    return Err(HelloError::Incomplete { needed: rec_end });
                }
                let single = first.then(|| body_start..body_start + m);
                return Ok(Walk {
                    single,
                    msg_len: m,
                    consumed: rec_end,
                });
            }
            Some(m) => {
                // At least one more record follows this one.
                let needed = rec_end + RECORD_HEADER + (m - have - rec_len);
                if needed > max_len {
                    return Err(HelloError::TooLarge);
                }
                if buf.len() < rec_end {
                    return Err(HelloError::Incomplete { needed });
                }
            }
            None => {
                // Handshake header not known yet (record shorter than 4
                // bytes, or not all of it here).
                if buf.len() < rec_end {
                    return Err(incomplete(rec_end, max_len));
                }
                let needed = rec_end + RECORD_HEADER + (HANDSHAKE_HEADER - have - rec_len);
                if needed > max_len {
                    return Err(HelloError::TooLarge);
                }
            }
        }
        have += rec_len;
        pos = rec_end;
    }
}

/// `Incomplete`, or `TooLarge` when the bytes needed already exceed the cap.
fn incomplete(needed: usize, max_len: usize) -> HelloError {
    if needed > max_len {
        HelloError::TooLarge
    } else {
        HelloError::Incomplete { needed }
    }
}

/// Copies the fragments of a handshake message that spans records into one
/// buffer. Only called after [`walk_records`] validated the headers and the
/// message is complete, so `msg_len <= buf.len() <= max_len`.
fn reassemble(buf: &[u8], msg_len: usize) -> Result<Vec<u8>, HelloError> {
    let mut out = Vec::with_capacity(msg_len);
    let mut pos = 0usize;
    while out.len() < msg_len {
        let rec_len = buf
            .get(pos + 3..pos + RECORD_HEADER)
            .map(be16)
            .ok_or(HelloError::Malformed("record"))?;
        let start = pos + RECORD_HEADER;
        let take = rec_len.min(msg_len - out.len());
        let frag = buf
            .get(start..start + take)
            .ok_or(HelloError::Malformed("record"))?;
        out.extend_from_slice(frag);
        pos = start + rec_len;
    }
    Ok(out)
}

// === handshake body ===

/// Parses a ClientHello body (after the 4-byte handshake header).
fn parse_body(body: &[u8]) -> Result<ClientHello, HelloError> {
    let mut r = Reader::new(body);
    let legacy_version = r.u16("legacy_version")?;
    r.take(32, "random")?;
    let session_id = r.vec_u8("session_id")?;
    if session_id.len() > 32 {
        return Err(HelloError::Malformed("session_id longer than 32 bytes"));
    }
    let suites = r.vec_u16("cipher_suites")?;
    if suites.is_empty() || suites.len() % 2 != 0 {
        return Err(HelloError::Malformed("cipher_suites length"));
    }
    let compression = r.vec_u8("compression_methods")?;
    if compression.is_empty() {
        return Err(HelloError::Malformed("compression_methods empty"));
    }
    let mut hello = ClientHello {
        legacy_version,
        cipher_suites_len: suites.len() / 2,
        ..ClientHello::default()
    };
    // A TLS 1.2 hello may omit the extensions block entirely.
    if r.is_empty() {
        return Ok(hello);
    }
    let mut exts = Reader::new(r.vec_u16("extensions")?);
    if !r.is_empty() {
        return Err(HelloError::Malformed("bytes after extensions"));
    }
    let (mut seen_sni, mut seen_alpn, mut seen_versions) = (false, false, false);
    while !exts.is_empty() {
        let typ = exts.u16("extension type")?;
        let data = exts.vec_u16("extension data")?;
        hello.extensions_len += 1;
        match typ {
            EXT_SERVER_NAME => {
                once(&mut seen_sni)?;
                hello.sni = parse_server_name(data)?;
            }
            EXT_ALPN => {
                once(&mut seen_alpn)?;
                hello.alpn = parse_alpn(data)?;
            }
            EXT_SUPPORTED_VERSIONS => {
                once(&mut seen_versions)?;
                hello.supported_versions = parse_versions(data)?;
            }
            EXT_ENCRYPTED_CLIENT_HELLO => hello.ech = true,
            _ => {}
        }
    }
    Ok(hello)
}

/// RFC 8446 §4.2: an extension type appears at most once.
fn once(seen: &mut bool) -> Result<(), HelloError> {
    if std::mem::replace(seen, true) {
        Err(HelloError::Malformed("duplicate extension"))
    } else {
        Ok(())
    }
}

/// RFC 6066 §3: a list of (name_type, name); at most one `host_name` (0).
fn parse_server_name(data: &[u8]) -> Result<Option<String>, HelloError> {
    let mut outer = Reader::new(data);
    let mut list = Reader::new(outer.vec_u16("server_name list")?);
    if !outer.is_empty() {
        return Err(HelloError::Malformed("bytes after server_name list"));
    }
    if list.is_empty() {
        return Err(HelloError::Malformed("empty server_name list"));
    }
    let mut sni = None;
    while !list.is_empty() {
        let name_type = list.u8("server_name type")?;
        let name = list.vec_u16("server_name")?;
        if name_type != 0 {
            continue; // unknown name types are skipped, per RFC 6066
        }
        if sni.is_some() {
            return Err(HelloError::Malformed("more than one host_name"));
        }
        sni = Some(dns_name(name).ok_or(HelloError::Malformed("invalid server name"))?);
    }
    Ok(sni)
}

/// Validates and lower-cases a DNS host name. Underscores are accepted
/// because real hosts use them; IP literals pass the character check and
/// simply match no catalogue entry.
fn dns_name(name: &[u8]) -> Option<String> {
    let name = name.strip_suffix(b".").unwrap_or(name);
    if name.is_empty() || name.len() > 253 {
        return None;
    }
    for label in name.split(|&b| b == b'.') {
        if label.is_empty() || label.len() > 63 || label.first() == Some(&b'-') {
            return None;
        }
        if !label
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return None;
        }
    }
    // All bytes are ASCII here, so this never replaces anything.
    Some(String::from_utf8_lossy(name).to_ascii_lowercase())
}

/// RFC 7301 §3.1: a non-empty list of non-empty protocol names.
fn parse_alpn(data: &[u8]) -> Result<Vec<Vec<u8>>, HelloError> {
    let mut outer = Reader::new(data);
    let mut list = Reader::new(outer.vec_u16("ALPN list")?);
    if !outer.is_empty() || list.is_empty() {
        return Err(HelloError::Malformed("ALPN list length"));
    }
    let mut out = Vec::new();
    while !list.is_empty() {
        let proto = list.vec_u8("ALPN protocol")?;
        if proto.is_empty() {
            return Err(HelloError::Malformed("empty ALPN protocol"));
        }
        out.push(proto.to_vec());
    }
    Ok(out)
}

/// RFC 8446 §4.2.1: a u8-length list of 1–127 versions.
fn parse_versions(data: &[u8]) -> Result<Vec<u16>, HelloError> {
    let mut outer = Reader::new(data);
    let list = outer.vec_u8("supported_versions")?;
    if !outer.is_empty() || list.len() < 2 || list.len() % 2 != 0 {
        return Err(HelloError::Malformed("supported_versions length"));
    }
    Ok(list
        .chunks_exact(2)
        .map(|c| u16::from_be_bytes([c[0], c[1]]))
        .collect())
}

// === cursor ===

/// A bounds-checked cursor over a complete message: running short here means
/// a length field lies, so it is `Malformed`, never `Incomplete`.
struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8]) -> Self {
        Reader { buf }
    }

    fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], HelloError> {
        if n > self.buf.len() {
            return Err(HelloError::Malformed(what));
        }
        let (head, tail) = self.buf.split_at(n);
        self.buf = tail;
        Ok(head)
    }

    fn u8(&mut self, what: &'static str) -> Result<u8, HelloError> {
        Ok(self.take(1, what)?[0])
    }

    fn u16(&mut self, what: &'static str) -> Result<u16, HelloError> {
        let b = self.take(2, what)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    /// A vector with a one-byte length prefix.
    fn vec_u8(&mut self, what: &'static str) -> Result<&'a [u8], HelloError> {
        let n = self.u8(what)?;
        self.take(usize::from(n), what)
    }

    /// A vector with a two-byte length prefix.
    fn vec_u16(&mut self, what: &'static str) -> Result<&'a [u8], HelloError> {
        let n = self.u16(what)?;
        self.take(usize::from(n), what)
    }
}

/// Big-endian u16 from a slice of at least two bytes (callers guarantee it
/// through `get(..)`/`chunks_exact`; shorter slices read as zero bytes).
fn be16(b: &[u8]) -> usize {
    usize::from(b.first().copied().unwrap_or(0)) << 8 | usize::from(b.get(1).copied().unwrap_or(0))
}

/// Big-endian u24 from a slice of at least three bytes.
fn be24(b: &[u8]) -> usize {
    usize::from(b.first().copied().unwrap_or(0)) << 16
        | usize::from(b.get(1).copied().unwrap_or(0)) << 8
        | usize::from(b.get(2).copied().unwrap_or(0))
}

#[cfg(test)]
mod tests;
