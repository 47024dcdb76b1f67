//! Reading a request body whole, up to a cap, before anything is forwarded.

use bytes::{Bytes, BytesMut};
use http_body::Body;
use http_body_util::BodyExt;

/// Why a body could not be buffered.
#[derive(Debug, thiserror::Error)]
pub enum BodyError<B> {
    /// Over the cap: what was read so far and the unread rest, so a
    /// fail-open policy can still forward the whole body.
    #[error("request body is larger than the inspection limit of {limit} bytes")]
    TooLarge {
        limit: usize,
        prefix: Bytes,
        rest: B,
    },
    #[error("reading the request body: {0}")]
    Read(String),
}

impl<B> BodyError<B> {
    pub fn kind(&self) -> &'static str {
        match self {
            BodyError::TooLarge { .. } => "oversize",
            BodyError::Read(_) => "read",
        }
    }
}

/// Reads all of `body`. A declared `Content-Length` over `limit` is refused
/// before a byte is read; otherwise reading stops as soon as the cap is
/// passed, so an oversized upload is never fully buffered.
pub async fn read_capped<B>(
    mut body: B,
    declared: Option<u64>,
    limit: usize,
) -> Result<Bytes, BodyError<B>>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: std::fmt::Display,
{
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(BodyError::TooLarge {
            limit,
            prefix: Bytes::new(),
            rest: body,
        });
    }
    let mut buf = BytesMut::with_capacity(declared.map_or(0, |n| n as usize));
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| BodyError::Read(e.to_string()))?;
        if let Ok(data) = frame.into_data() {
            if buf.len() + data.len() > limit {
                buf.extend_from_slice(&data);
                return Err(BodyError::TooLarge {
                    limit,
                    prefix: buf.freeze(),
                    rest: body,
                });
            }
            if buf.is_empty() && body.is_end_stream() {
                // Single-frame body: keep the original allocation.
                return Ok(data);
            }
            buf.extend_from_slice(&data);
        }
    }
    Ok(buf.freeze())
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::{Full, StreamBody};

    #[tokio::test]
    async fn reads_whole_body_under_cap() {
        let b = Full::new(Bytes::from_static(b"hello"));
        assert_eq!(
            read_capped(b, Some(5), 10).await.expect("ok"),
            Bytes::from_static(b"hello")
        );
    }

    #[tokio::test]
    async fn refuses_declared_and_streamed_oversize() {
        let b = Full::new(Bytes::from_static(b"hello"));
        assert!(matches!(
            read_capped(b, Some(50), 10).await,
            Err(BodyError::TooLarge { limit: 10, .. })
        ));
        let chunks: Vec<Result<http_body::Frame<Bytes>, std::convert::Infallible>> = (0..5)
            .map(|_| Ok(http_body::Frame::data(Bytes::from_static(b"xxxx"))))
            .collect();
        let s = StreamBody::new(futures_util::stream::iter(chunks));
        assert!(matches!(
            read_capped(s, None, 10).await,
            Err(BodyError::TooLarge { .. })
        ));
    }
}
