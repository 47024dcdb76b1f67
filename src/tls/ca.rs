//! The interception CA: create it, load it safely, describe it.
//!
//! The CA key is the most dangerous file on the box: anyone holding it can
//! impersonate the AI services to every client that trusts it. So `init`
//! writes it with mode 0600, `load` refuses a key readable by group or others,
//! and by default the certificate carries X.509 name constraints that limit it
//! to the catalogue's domains — a stolen key cannot sign for anything else.

use std::fs;
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, GeneralSubtree, IsCa, Issuer,
    KeyPair, KeyUsagePurpose, NameConstraints, PKCS_ECDSA_P256_SHA256,
};
use rustls_pki_types::CertificateDer;
use time::{Duration, OffsetDateTime};

/// File names inside the CA directory.
pub const CERT_FILE: &str = "ca.pem";
pub const KEY_FILE: &str = "ca.key";

/// Why the CA could not be created or loaded.
#[derive(Debug, thiserror::Error)]
pub enum CaError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} already exists; pass --force to replace the CA (every client must then trust the new one)")]
    Exists(PathBuf),
    #[error("no CA in {dir}: create one with `promptwall ca init --dir {dir}`")]
    Missing { dir: PathBuf },
    #[error("{path} is readable by group or others (mode {mode:o}); fix with `chmod 600 {path}`")]
    KeyTooOpen { path: PathBuf, mode: u32 },
    #[error("{path}: not a usable CA: {reason}")]
    Invalid { path: PathBuf, reason: String },
    #[error("generating the CA: {0}")]
    Generate(#[from] rcgen::Error),
}

impl CaError {
    /// A small fixed label for metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            CaError::Io { .. } => "io",
            CaError::Exists(_) => "exists",
            CaError::Missing { .. } => "missing",
            CaError::KeyTooOpen { .. } => "key_permissions",
            CaError::Invalid { .. } => "invalid",
            CaError::Generate(_) => "generate",
        }
    }
}

/// Where `init` wrote the CA.
#[derive(Debug, Clone)]
pub struct CaPaths {
    pub cert: PathBuf,
    pub key: PathBuf,
}

impl CaPaths {
    pub fn in_dir(dir: &Path) -> Self {
        CaPaths {
            cert: dir.join(CERT_FILE),
            key: dir.join(KEY_FILE),
        }
    }
}

/// A loaded CA, ready to sign leaves.
pub struct Ca {
    pub issuer: Issuer<'static, KeyPair>,
    pub cert_der: CertificateDer<'static>,
    pub cert_path: PathBuf,
}

impl std::fmt::Debug for Ca {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ca")
            .field("cert_path", &self.cert_path)
            .finish_non_exhaustive()
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CaError + '_ {
    move |source| CaError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Creates a new ECDSA P-256 CA in `dir`. `permitted` lists the DNS subtrees
/// the CA may sign for; empty means no name constraints.
///
/// ECDSA P-256 because every TLS client accepts it, leaves sign fast, and
/// rustls-based clients (Codex) reject weak MITM CAs.
pub fn init(dir: &Path, permitted: &[String], force: bool) -> Result<CaPaths, CaError> {
    let paths = CaPaths::in_dir(dir);
    if !force {
        for p in [&paths.cert, &paths.key] {
            if p.exists() {
                return Err(CaError::Exists(p.clone()));
            }
        }
    }
    fs::create_dir_all(dir).map_err(io(dir))?;
    let key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256)?;
    let params = ca_params(permitted)?;
    let cert = params.self_signed(&key)?;

    // Write the key first, created 0600 from the start (no window in which it
    // is world-readable), and replace atomically.
    let tmp_key = dir.join(".ca.key.tmp");
    let _ = fs::remove_file(&tmp_key);
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp_key)
        .map_err(io(&tmp_key))?;
    f.write_all(key.serialize_pem().as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(io(&tmp_key))?;
    fs::rename(&tmp_key, &paths.key).map_err(io(&paths.key))?;
    fs::write(&paths.cert, cert.pem()).map_err(io(&paths.cert))?;
    fs::set_permissions(&paths.cert, fs::Permissions::from_mode(0o644)).map_err(io(&paths.cert))?;
    Ok(paths)
}

fn ca_params(permitted: &[String]) -> Result<CertificateParams, rcgen::Error> {
    let mut params = CertificateParams::new(Vec::<String>::new())?;
    let mut dn = DistinguishedName::new();
    dn.push(DnType::OrganizationName, "promptwall");
    dn.push(DnType::CommonName, "promptwall interception CA");
    params.distinguished_name = dn;
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let now = OffsetDateTime::now_utc();
    params.not_before = now - Duration::days(1);
    params.not_after = now + Duration::days(825);
    params.serial_number = Some(random_serial());
    if !permitted.is_empty() {
        params.name_constraints = Some(NameConstraints {
            permitted_subtrees: permitted
                .iter()
                .map(|d| GeneralSubtree::DnsName(d.clone()))
                .collect(),
            excluded_subtrees: Vec::new(),
        });
    }
    Ok(params)
}

/// A random positive 128-bit serial, as RFC 5280 allows up to 20 octets.
pub fn random_serial() -> rcgen::SerialNumber {
    let mut bytes: [u8; 16] = rand::random();
    bytes[0] &= 0x7f;
    rcgen::SerialNumber::from_slice(&bytes)
}

/// Loads the CA from `dir`, refusing a key that others can read.
pub fn load(dir: &Path) -> Result<Ca, CaError> {
    let paths = CaPaths::in_dir(dir);
    if !paths.cert.exists() && !paths.key.exists() {
        return Err(CaError::Missing {
            dir: dir.to_path_buf(),
        });
    }
    let meta = fs::metadata(&paths.key).map_err(io(&paths.key))?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(CaError::KeyTooOpen {
            path: paths.key,
            mode,
        });
    }
    let key_pem = fs::read_to_string(&paths.key).map_err(io(&paths.key))?;
    let cert_pem = fs::read_to_string(&paths.cert).map_err(io(&paths.cert))?;
    let key = KeyPair::from_pem(&key_pem).map_err(|e| CaError::Invalid {
        path: paths.key.clone(),
        reason: e.to_string(),
    })?;
    let cert_der = pem_to_der(&cert_pem).ok_or_else(|| CaError::Invalid {
        path: paths.cert.clone(),
        reason: "no CERTIFICATE block".into(),
    })?;
    let issuer = Issuer::from_ca_cert_der(&cert_der, key).map_err(|e| CaError::Invalid {
        path: paths.cert.clone(),
        reason: e.to_string(),
    })?;
    Ok(Ca {
        issuer,
        cert_der,
        cert_path: paths.cert,
    })
}

/// Loads the CA, creating it first when missing and `create` is set.
pub fn load_or_create(
    dir: &Path,
    permitted: &[String],
    create: bool,
) -> Result<(Ca, bool), CaError> {
    match load(dir) {
        Err(CaError::Missing { .. }) if create => {
            init(dir, permitted, false)?;
            Ok((load(dir)?, true))
        }
        other => other.map(|ca| (ca, false)),
    }
}

fn pem_to_der(pem: &str) -> Option<CertificateDer<'static>> {
    use rustls_pki_types::pem::PemObject;
    CertificateDer::pem_slice_iter(pem.as_bytes())
        .next()
        .and_then(Result::ok)
}

/// Human-readable summary for `promptwall ca show`.
pub fn describe(dir: &Path) -> Result<String, CaError> {
    let path = dir.join(CERT_FILE);
    let pem = fs::read_to_string(&path).map_err(io(&path))?;
    let der = pem_to_der(&pem).ok_or_else(|| CaError::Invalid {
        path: path.clone(),
        reason: "no CERTIFICATE block".into(),
    })?;
    let invalid = |reason: String| CaError::Invalid {
        path: path.clone(),
        reason,
    };
    let (_, cert) =
        x509_parser::parse_x509_certificate(&der).map_err(|e| invalid(e.to_string()))?;
    let fp = ring::digest::digest(&ring::digest::SHA256, &der);
    let fingerprint = fp
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":");
    let mut out = String::new();
    out.push_str(&format!("certificate: {}\n", path.display()));
    out.push_str(&format!("subject:     {}\n", cert.subject()));
    out.push_str(&format!("sha256:      {fingerprint}\n"));
    out.push_str(&format!("not before:  {}\n", cert.validity().not_before));
    out.push_str(&format!("not after:   {}\n", cert.validity().not_after));
    let remaining = cert.validity().time_to_expiration();
    out.push_str(&format!(
        "expires in:  {}\n",
        remaining.map_or_else(
            || "EXPIRED".to_string(),
            |d| format!("{} days", d.whole_days())
        )
    ));
    match cert
        .name_constraints()
        .map_err(|e| invalid(e.to_string()))?
    {
        Some(nc) => {
            let permitted = nc.value.permitted_subtrees.as_ref().map_or(0, Vec::len);
            out.push_str(&format!(
                "constraints: {permitted} permitted DNS subtrees\n"
            ));
            for s in nc.value.permitted_subtrees.iter().flatten() {
                match &s.base {
                    x509_parser::extensions::GeneralName::DNSName(d) => {
                        out.push_str(&format!("  permit DNS {d}\n"))
                    }
                    other => out.push_str(&format!("  permit {other}\n")),
                }
            }
        }
        None => out.push_str("constraints: NONE — this CA can sign for any name\n"),
    }
    let key = dir.join(KEY_FILE);
    match fs::metadata(&key) {
        Ok(m) => out.push_str(&format!(
            "key:         {} (mode {:o})\n",
            key.display(),
            m.permissions().mode() & 0o777
        )),
        Err(_) => out.push_str(&format!("key:         {} (missing)\n", key.display())),
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_writes_0600_key_and_load_refuses_open_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        let paths = init(dir.path(), &["api.anthropic.com".into()], false).expect("init");
        let mode = fs::metadata(&paths.key).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(load(dir.path()).is_ok());
        assert!(matches!(
            init(dir.path(), &[], false),
            Err(CaError::Exists(_))
        ));

        fs::set_permissions(&paths.key, fs::Permissions::from_mode(0o644)).expect("chmod");
        let err = load(dir.path()).expect_err("must refuse");
        assert!(matches!(err, CaError::KeyTooOpen { .. }));
        assert!(err.to_string().contains("chmod 600"), "{err}");
    }

    #[test]
    fn describe_shows_constraints() {
        let dir = tempfile::tempdir().expect("tempdir");
        init(
            dir.path(),
            &["api.anthropic.com".into(), "openai.azure.com".into()],
            false,
        )
        .expect("init");
        let text = describe(dir.path()).expect("describe");
        assert!(text.contains("2 permitted DNS subtrees"), "{text}");
        assert!(text.contains("permit DNS api.anthropic.com"), "{text}");
        assert!(text.contains("CN=promptwall interception CA"), "{text}");
        assert!(text.contains("(mode 600)"), "{text}");
    }

    #[test]
    fn missing_ca_says_how_to_create_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = load(dir.path()).expect_err("missing");
        assert!(err.to_string().contains("promptwall ca init"), "{err}");
        let (_, created) = load_or_create(dir.path(), &[], true).expect("created");
        assert!(created);
    }
}
