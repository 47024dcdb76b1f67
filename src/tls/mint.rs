//! Leaf certificates minted per server name, cached, served to rustls.
//!
//! Each leaf gets its own P-256 key: generating one costs far less than the
//! signature, and a leaked leaf key then exposes one name, not all of them.
//! Leaves are short-lived and backdated by an hour for clients with skewed
//! clocks. The cache is bounded; a full cache drops its oldest eighth.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rcgen::{
    CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, KeyPair,
    KeyUsagePurpose, PKCS_ECDSA_P256_SHA256,
};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use super::ca::{random_serial, Ca};
use crate::telemetry::metrics::Metrics;

/// Why a leaf could not be minted.
#[derive(Debug, thiserror::Error)]
pub enum MintError {
    #[error("cannot mint a certificate for '{0}': {1}")]
    Rcgen(String, rcgen::Error),
    #[error("rustls rejected the minted key: {0}")]
    Key(rustls::Error),
}

struct Entry {
    key: Arc<CertifiedKey>,
    /// Re-mint well before the leaf expires.
    refresh_at: Instant,
    inserted: Instant,
}

/// Mints and caches leaf certificates signed by the interception CA.
pub struct Minter {
    ca: Ca,
    validity: Duration,
    capacity: usize,
    cache: Mutex<HashMap<String, Entry>>,
    metrics: Metrics,
}

impl std::fmt::Debug for Minter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Minter")
            .field("validity", &self.validity)
            .field("capacity", &self.capacity)
            .finish_non_exhaustive()
    }
}

impl Minter {
    pub fn new(ca: Ca, validity: Duration, capacity: usize, metrics: Metrics) -> Self {
        Minter {
            ca,
            validity,
            capacity: capacity.max(1),
            cache: Mutex::new(HashMap::new()),
            metrics,
        }
    }

    pub fn ca_der(&self) -> &CertificateDer<'static> {
        &self.ca.cert_der
    }

    /// The cached leaf for `name`, minting one on a miss.
    pub fn leaf(&self, name: &str) -> Result<Arc<CertifiedKey>, MintError> {
        let now = Instant::now();
        {
            let cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(e) = cache.get(name) {
                if e.refresh_at > now {
                    self.metrics.cert_cache_hits.inc();
                    return Ok(e.key.clone());
                }
            }
        }
        // Minted outside the lock: two racing handshakes may both mint, which
        // is cheaper than serialising every miss.
        let key = Arc::new(self.mint(name)?);
        self.metrics.cert_mints.inc();
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        if cache.len() >= self.capacity && !cache.contains_key(name) {
            evict_oldest(&mut cache, (self.capacity / 8).max(1));
        }
        cache.insert(
            name.to_string(),
            Entry {
                key: key.clone(),
                refresh_at: now + self.validity / 2,
                inserted: now,
            },
        );
        self.metrics.cert_cache_size.set(cache.len() as i64);
        Ok(key)
    }

    fn mint(&self, name: &str) -> Result<CertifiedKey, MintError> {
        let err = |e| MintError::Rcgen(name.to_string(), e);
        let key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).map_err(err)?;
        let mut params = CertificateParams::new(vec![name.to_string()]).map_err(err)?;
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, name);
        params.distinguished_name = dn;
        let now = time::OffsetDateTime::now_utc();
        params.not_before = now - time::Duration::hours(1);
        params.not_after =
            now + time::Duration::try_from(self.validity).unwrap_or(time::Duration::days(7));
        params.serial_number = Some(random_serial());
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.use_authority_key_identifier_extension = true;
        let cert = params.signed_by(&key, &self.ca.issuer).map_err(err)?;
        let pkcs8 = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let signer =
            rustls::crypto::ring::sign::any_supported_type(&pkcs8).map_err(MintError::Key)?;
        Ok(CertifiedKey::new(
            vec![cert.der().clone(), self.ca.cert_der.clone()],
            signer,
        ))
    }

    pub fn cached(&self) -> usize {
        self.cache.lock().unwrap_or_else(|p| p.into_inner()).len()
    }
}

fn evict_oldest(cache: &mut HashMap<String, Entry>, n: usize) {
    let mut ages: Vec<(Instant, String)> =
        cache.iter().map(|(k, e)| (e.inserted, k.clone())).collect();
    ages.sort();
    for (_, k) in ages.into_iter().take(n) {
        cache.remove(&k);
    }
}

/// rustls certificate resolver over a [`Minter`].
#[derive(Debug)]
pub struct MintingResolver(pub Arc<Minter>);

impl ResolvesServerCert for MintingResolver {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        // Classification only intercepts connections that carry an SNI.
        let name = hello.server_name()?;
        match self.0.leaf(name) {
            Ok(k) => Some(k),
            Err(e) => {
                tracing::warn!(error = %e, "leaf certificate minting failed");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tls::ca;

    fn minter(cap: usize) -> (tempfile::TempDir, Minter) {
        let dir = tempfile::tempdir().expect("tempdir");
        ca::init(dir.path(), &["example.test".into()], false).expect("init");
        let ca = ca::load(dir.path()).expect("load");
        (
            dir,
            Minter::new(ca, Duration::from_secs(3600), cap, Metrics::new()),
        )
    }

    #[test]
    fn leaves_are_cached_and_bounded() {
        let (_d, m) = minter(16);
        let a = m.leaf("api.example.test").expect("mint");
        let b = m.leaf("api.example.test").expect("hit");
        assert!(Arc::ptr_eq(&a, &b));
        for i in 0..40 {
            m.leaf(&format!("h{i}.example.test")).expect("mint");
        }
        assert!(m.cached() <= 16);
        assert_eq!(m.metrics.cert_cache_hits.get(), 1);
    }

    #[test]
    fn leaf_has_san_and_chains_to_ca() {
        let (_d, m) = minter(4);
        let k = m.leaf("api.example.test").expect("mint");
        assert_eq!(k.cert.len(), 2);
        let (_, leaf) = x509_parser::parse_x509_certificate(&k.cert[0]).expect("parse");
        let san = leaf.subject_alternative_name().expect("ext").expect("san");
        assert!(format!("{:?}", san.value).contains("api.example.test"));
        assert!(!leaf.is_ca());
    }
}
