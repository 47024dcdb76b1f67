//! Content-Encoding decoding with bomb protection.
//!
//! A request body is decoded before extraction. Every decoder reads through a
//! bounded sink: decoding stops as soon as the decoded size passes the limit
//! or the expansion ratio passes the ratio limit, so a decompression bomb is
//! refused with a named error after at most `max_decoded + 64 KiB` bytes of
//! output, never buffered whole.

use std::io::Read;

/// Limits applied while decoding a request body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeLimits {
    /// Largest decoded body accepted, in bytes.
    pub max_decoded: usize,
    /// Largest accepted ratio decoded/encoded (e.g. 100 = 100:1). Bodies
    /// whose decoded size is below `ratio_floor` are never refused for ratio:
    /// a tiny highly compressible body is not a bomb.
    pub max_ratio: u32,
    /// Decoded size below which the ratio is not checked.
    pub ratio_floor: usize,
}

impl Default for DecodeLimits {
    fn default() -> Self {
        DecodeLimits {
            max_decoded: 16 * 1024 * 1024,
            max_ratio: 200,
            ratio_floor: 1024 * 1024,
        }
    }
}

/// Why a body could not be decoded.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The Content-Encoding names a coding this build does not decode.
    #[error("unsupported content-encoding {0:?}")]
    UnknownEncoding(String),
    /// The compressed stream is corrupt or truncated.
    #[error("corrupt {encoding} stream: {reason}")]
    Corrupt {
        encoding: &'static str,
        reason: String,
    },
    /// Decoding would exceed `DecodeLimits::max_decoded`.
    #[error("decoded body exceeds {limit} bytes")]
    TooLarge { limit: usize },
    /// Decoding would exceed `DecodeLimits::max_ratio` (decompression bomb).
    #[error("expansion ratio exceeds {limit}:1 (decompression bomb)")]
    Ratio { limit: u32 },
}

impl DecodeError {
    /// Fixed metric label.
    pub fn kind(&self) -> &'static str {
        match self {
            DecodeError::UnknownEncoding(_) => "unknown_encoding",
            DecodeError::Corrupt { .. } => "corrupt",
            DecodeError::TooLarge { .. } => "too_large",
            DecodeError::Ratio { .. } => "bomb",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Coding {
    Gzip,
    Deflate,
    Brotli,
    Zstd,
}

impl Coding {
    fn name(self) -> &'static str {
        match self {
            Coding::Gzip => "gzip",
            Coding::Deflate => "deflate",
            Coding::Brotli => "br",
            Coding::Zstd => "zstd",
        }
    }
}

/// Decodes `body` according to a Content-Encoding header value.
///
/// Returns `Ok(None)` when the body is identity-encoded (no header,
/// `identity`, or empty), `Ok(Some(decoded))` otherwise. Lists such as
/// `gzip, br` are undone in reverse order, as RFC 9110 prescribes. The
/// ratio is checked against the size of the original body.
pub fn decode(
    content_encoding: Option<&str>,
    body: &[u8],
    limits: &DecodeLimits,
) -> Result<Option<Vec<u8>>, DecodeError> {
    let Some(header) = content_encoding else {
        return Ok(None);
    };
    let mut codings = Vec::new();
    for token in header.split(',') {
        let token = token.trim().to_ascii_lowercase();
        let coding = match token.as_str() {
            "" | "identity" => continue,
            "gzip" | "x-gzip" => Coding::Gzip,
            "deflate" => Coding::Deflate,
            "br" => Coding::Brotli,
            "zstd" => Coding::Zstd,
            _ => return Err(DecodeError::UnknownEncoding(token)),
        };
        codings.push(coding);
    }
    if codings.is_empty() {
        return Ok(None);
    }
    let mut current: Option<Vec<u8>> = None;
    for coding in codings.into_iter().rev() {
        let input = current.as_deref().unwrap_or(body);
        let out = decode_one(coding, input, body.len(), limits)?;
        current = Some(out);
    }
    Ok(current)
}

fn decode_one(
    coding: Coding,
    input: &[u8],
    original_len: usize,
    limits: &DecodeLimits,
) -> Result<Vec<u8>, DecodeError> {
    match coding {
        Coding::Gzip => {
            // Concatenated gzip members are legal; MultiGzDecoder reads them all.
            read_bounded(
                coding,
                flate2::read::MultiGzDecoder::new(input),
                original_len,
                limits,
            )
        }
        Coding::Deflate => {
            // "deflate" in HTTP means zlib-wrapped, but raw deflate is common
            // in the wild; try zlib first and fall back to raw.
            match read_bounded(
                coding,
                flate2::read::ZlibDecoder::new(input),
                original_len,
                limits,
            ) {
                Ok(out) => Ok(out),
                Err(DecodeError::Corrupt { .. }) => read_bounded(
                    coding,
                    flate2::read::DeflateDecoder::new(input),
                    original_len,
                    limits,
                ),
                Err(other) => Err(other),
            }
        }
        Coding::Brotli => read_bounded(
            coding,
            brotli::Decompressor::new(input, 32 * 1024),
            original_len,
            limits,
        ),
        Coding::Zstd => {
            let dec = zstd::stream::read::Decoder::with_buffer(input).map_err(|e| {
                DecodeError::Corrupt {
                    encoding: coding.name(),
                    reason: e.to_string(),
                }
            })?;
            read_bounded(coding, dec, original_len, limits)
        }
    }
}

fn read_bounded<R: Read>(
    coding: Coding,
    mut reader: R,
    original_len: usize,
    limits: &DecodeLimits,
) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::with_capacity(original_len.saturating_mul(4).min(limits.max_decoded));
    let mut chunk = vec![0u8; 64 * 1024];
    let ratio_base = original_len.max(1) as u128;
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(DecodeError::Corrupt {
                    encoding: coding.name(),
                    reason: e.to_string(),
                })
            }
        };
        if out.len() + n > limits.max_decoded {
            return Err(DecodeError::TooLarge {
                limit: limits.max_decoded,
            });
        }
        out.extend_from_slice(chunk.get(..n).unwrap_or_default());
        if out.len() > limits.ratio_floor
            && out.len() as u128 > ratio_base * u128::from(limits.max_ratio)
        {
            return Err(DecodeError::Ratio {
                limit: limits.max_ratio,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(data).expect("write");
        enc.finish().expect("finish")
    }

    #[test]
    fn identity_is_none() {
        let l = DecodeLimits::default();
        assert_eq!(decode(None, b"x", &l), Ok(None));
        assert_eq!(decode(Some("identity"), b"x", &l), Ok(None));
    }

    #[test]
    fn all_codings_roundtrip() {
        let data = b"{\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}".repeat(50);
        let l = DecodeLimits::default();
        assert_eq!(
            decode(Some("gzip"), &gzip(&data), &l),
            Ok(Some(data.clone()))
        );
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(&data).expect("w");
        assert_eq!(
            decode(Some("deflate"), &z.finish().expect("f"), &l),
            Ok(Some(data.clone()))
        );
        let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        raw.write_all(&data).expect("w");
        assert_eq!(
            decode(Some("deflate"), &raw.finish().expect("f"), &l),
            Ok(Some(data.clone()))
        );
        let mut br = Vec::new();
        {
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, 5, 22);
            w.write_all(&data).expect("w");
        }
        assert_eq!(decode(Some("br"), &br, &l), Ok(Some(data.clone())));
        let zs = zstd::encode_all(&data[..], 3).expect("zstd");
        assert_eq!(decode(Some("zstd"), &zs, &l), Ok(Some(data.clone())));
        // Stacked: gzip applied first, then zstd.
        let stacked = zstd::encode_all(&gzip(&data)[..], 3).expect("zstd");
        assert_eq!(decode(Some("gzip, zstd"), &stacked, &l), Ok(Some(data)));
    }

    #[test]
    fn bomb_is_refused() {
        let data = vec![b'a'; 8 * 1024 * 1024];
        let gz = gzip(&data);
        let l = DecodeLimits::default();
        assert_eq!(
            decode(Some("gzip"), &gz, &l),
            Err(DecodeError::Ratio { limit: 200 })
        );
        let small = DecodeLimits {
            max_decoded: 1024,
            ..DecodeLimits::default()
        };
        assert_eq!(
            decode(Some("gzip"), &gzip(&[b'x'; 4096]), &small),
            Err(DecodeError::TooLarge { limit: 1024 })
        );
    }

    #[test]
    fn errors_are_named() {
        let l = DecodeLimits::default();
        assert_eq!(
            decode(Some("compress"), b"x", &l).map_err(|e| e.kind()),
            Err("unknown_encoding")
        );
        assert_eq!(
            decode(Some("gzip"), b"not gzip at all", &l).map_err(|e| e.kind()),
            Err("corrupt")
        );
        let gz = gzip(b"hello world, this is truncated");
        assert_eq!(
            decode(Some("gzip"), &gz[..gz.len() - 6], &l).map_err(|e| e.kind()),
            Err("corrupt")
        );
    }
}
