//! Splicing: the exact bytes both ways, never decrypted. The peeked
//! ClientHello is written first, so the upstream sees what the client sent.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::http::idle::Idle;

#[derive(Debug, thiserror::Error)]
pub enum SpliceError {
    #[error("connecting to {0} timed out")]
    ConnectTimeout(SocketAddr),
    #[error("connecting to {0}: {1}")]
    Connect(SocketAddr, std::io::Error),
    #[error("relaying: {0}")]
    Relay(std::io::Error),
}

/// Connects to `addr`, replays `prefix`, then copies until either side
/// closes or the connection is idle for `idle`.
pub async fn run(
    client: TcpStream,
    prefix: Vec<u8>,
    addr: SocketAddr,
    connect_timeout: Duration,
    idle: Duration,
) -> Result<(u64, u64), SpliceError> {
    let mut upstream = match tokio::time::timeout(connect_timeout, TcpStream::connect(addr)).await {
        Err(_) => return Err(SpliceError::ConnectTimeout(addr)),
        Ok(Err(e)) => return Err(SpliceError::Connect(addr, e)),
        Ok(Ok(s)) => s,
    };
    let _ = upstream.set_nodelay(true);
    if !prefix.is_empty() {
        upstream
            .write_all(&prefix)
            .await
            .map_err(SpliceError::Relay)?;
    }
    let mut client = Idle::new(client, idle);
    let (up, down) =
        tokio::io::copy_bidirectional_with_sizes(&mut client, &mut upstream, 64 << 10, 64 << 10)
            .await
            .map_err(SpliceError::Relay)?;
    Ok((up + prefix.len() as u64, down))
}
