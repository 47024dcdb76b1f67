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
    // Prefer AES-128-GCM-SHA256 over the clients' usual AES-256-GCM-SHA384:
    // both are strong, and SHA-384's key schedule costs ~10% more CPU per
    // handshake with ring on CPUs where it lacks an assembly SHA-512.
    let mut provider = rustls::crypto::ring::default_provider();
    provider
        .cipher_suites
        .sort_by_key(|s| s.suite() != rustls::CipherSuite::TLS13_AES_128_GCM_SHA256);
    let provider = Arc::new(provider);
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(MintingResolver(minter)));
    config.ignore_client_order = true;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
