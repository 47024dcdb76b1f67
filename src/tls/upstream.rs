//! The verified client TLS config for upstream connections.
//!
//! Upstream certificates are checked against the webpki (Mozilla) roots plus
//! the config's extra roots. There is deliberately no switch to turn
//! verification off.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::{ClientConfig, RootCertStore};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::CertificateDer;

use crate::config::UpstreamConfig;

#[derive(Debug, thiserror::Error)]
pub enum UpstreamTlsError {
    #[error("upstream.extra_roots: {path}: {reason}")]
    Roots { path: PathBuf, reason: String },
    #[error("no trusted roots: enable upstream.webpki_roots or list upstream.extra_roots")]
    NoRoots,
}

fn read_roots(path: &Path) -> Result<Vec<CertificateDer<'static>>, UpstreamTlsError> {
    let bad = |reason: String| UpstreamTlsError::Roots {
        path: path.to_path_buf(),
        reason,
    };
    let certs: Vec<_> = CertificateDer::pem_file_iter(path)
        .map_err(|e| bad(e.to_string()))?
        .collect::<Result<_, _>>()
        .map_err(|e| bad(e.to_string()))?;
    if certs.is_empty() {
        return Err(bad("no CERTIFICATE blocks".into()));
    }
    Ok(certs)
}

/// Builds the upstream client config; ALPN offers h2 and http/1.1.
pub fn client_config(cfg: &UpstreamConfig) -> Result<Arc<ClientConfig>, UpstreamTlsError> {
    let mut roots = RootCertStore::empty();
    if cfg.webpki_roots {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    for path in &cfg.extra_roots {
        for cert in read_roots(path)? {
            roots.add(cert).map_err(|e| UpstreamTlsError::Roots {
                path: path.clone(),
                reason: e.to_string(),
            })?;
        }
    }
    if roots.is_empty() {
        return Err(UpstreamTlsError::NoRoots);
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| UpstreamTlsError::Roots {
            path: PathBuf::new(),
            reason: e.to_string(),
        })?
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
