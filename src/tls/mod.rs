//! TLS: the interception CA, leaf minting, the client-facing server config
//! and the verified upstream client config.

pub mod ca;
pub mod mint;
pub mod upstream;

use std::sync::Arc;

use rustls::ServerConfig;

use mint::{Minter, MintingResolver};

/// The server config presented to intercepted clients: leaves minted per SNI,
/// ALPN h2 and http/1.1 (rustls picks the client's preference among them).
pub fn server_config(minter: Arc<Minter>) -> Result<Arc<ServerConfig>, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(MintingResolver(minter)));
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
