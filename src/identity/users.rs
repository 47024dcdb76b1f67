//! Proxy authentication: a users file of `user:hash` lines (argon2id PHC
//! strings or bcrypt), checked against `Proxy-Authorization: Basic …`.
//!
//! Password hashing is deliberately slow, so successful checks are cached by
//! a SHA-256 of the header value: a client that sends the same credentials
//! on every CONNECT pays the hash cost once.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use base64::Engine as _;

/// Why a users file or a credential was refused.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("{path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {reason}")]
    Parse {
        path: String,
        line: usize,
        reason: String,
    },
    #[error("no Proxy-Authorization header")]
    Missing,
    #[error("Proxy-Authorization is not Basic user:password")]
    Malformed,
    #[error("unknown user or wrong password")]
    Denied,
}

impl AuthError {
    pub fn kind(&self) -> &'static str {
        match self {
            AuthError::Read { .. } | AuthError::Parse { .. } => "users_file",
            AuthError::Missing => "missing",
            AuthError::Malformed => "malformed",
            AuthError::Denied => "denied",
        }
    }
}

enum Hash {
    Argon2(String),
    Bcrypt(String),
}

/// The users file, loaded.
#[derive(Default)]
pub struct Users {
    hashes: HashMap<String, Hash>,
    verified: Mutex<HashMap<[u8; 32], String>>,
}

impl std::fmt::Debug for Users {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Users")
            .field("users", &self.hashes.len())
            .finish()
    }
}

const VERIFIED_CAP: usize = 4096;

impl Users {
    pub fn load(path: &Path) -> Result<Users, AuthError> {
        let text = std::fs::read_to_string(path).map_err(|source| AuthError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Users::parse(&text, &path.display().to_string())
    }

    pub fn parse(text: &str, path: &str) -> Result<Users, AuthError> {
        let mut hashes = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason: &str| AuthError::Parse {
                path: path.to_string(),
                line: i + 1,
                reason: reason.to_string(),
            };
            let (user, hash) = line
                .split_once(':')
                .ok_or_else(|| err("expected user:hash"))?;
            let hash = if hash.starts_with("$argon2") {
                argon2::PasswordHash::new(hash)
                    .map_err(|e| err(&format!("bad argon2 hash: {e}")))?;
                Hash::Argon2(hash.to_string())
            } else if hash.starts_with("$2") {
                Hash::Bcrypt(hash.to_string())
            } else {
                return Err(err("hash must be argon2id ($argon2id$…) or bcrypt ($2b$…)"));
            };
            if hashes.insert(user.to_string(), hash).is_some() {
                return Err(err(&format!("user '{user}' listed twice")));
            }
        }
        Ok(Users {
            hashes,
            verified: Mutex::new(HashMap::new()),
        })
    }

    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// Checks a `Proxy-Authorization` value; returns the user name.
    pub fn authenticate(&self, header: Option<&str>) -> Result<String, AuthError> {
        let header = header.ok_or(AuthError::Missing)?;
        let key: [u8; 32] = ring::digest::digest(&ring::digest::SHA256, header.as_bytes())
            .as_ref()
            .try_into()
            .map_err(|_| AuthError::Malformed)?;
        if let Some(u) = self
            .verified
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return Ok(u.clone());
        }
        let b64 = header
            .strip_prefix("Basic ")
            .or_else(|| header.strip_prefix("basic "))
            .ok_or(AuthError::Malformed)?;
        let raw = base64::engine::general_purpose::STANDARD
            .decode(b64.trim())
            .map_err(|_| AuthError::Malformed)?;
        let text = String::from_utf8(raw).map_err(|_| AuthError::Malformed)?;
        let (user, password) = text.split_once(':').ok_or(AuthError::Malformed)?;
        let ok = match self.hashes.get(user) {
            Some(Hash::Argon2(h)) => {
                use argon2::PasswordVerifier;
                argon2::PasswordHash::new(h)
                    .map(|parsed| {
                        argon2::Argon2::default()
                            .verify_password(password.as_bytes(), &parsed)
                            .is_ok()
                    })
                    .unwrap_or(false)
            }
            Some(Hash::Bcrypt(h)) => bcrypt::verify(password, h).unwrap_or(false),
            None => false,
        };
        if !ok {
            return Err(AuthError::Denied);
        }
        let mut cache = self.verified.lock().unwrap_or_else(|p| p.into_inner());
        if cache.len() >= VERIFIED_CAP {
            cache.clear();
        }
        cache.insert(key, user.to_string());
        Ok(user.to_string())
    }
}

/// An argon2id PHC string for `password` (for `promptwall passwd`).
pub fn hash_password(password: &str) -> Result<String, String> {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let bytes: [u8; 16] = rand::random();
    let salt = SaltString::encode_b64(&bytes).map_err(|e| e.to_string())?;
    argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn basic(u: &str, p: &str) -> String {
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))
        )
    }

    #[test]
    fn argon2_and_bcrypt_users() {
        let a = hash_password("s3cret").expect("hash");
        let b = bcrypt::hash("hunter2", 4).expect("bcrypt");
        let users = Users::parse(&format!("# users\nalice:{a}\nbob:{b}\n"), "u").expect("parse");
        assert_eq!(
            users
                .authenticate(Some(&basic("alice", "s3cret")))
                .expect("ok"),
            "alice"
        );
        assert_eq!(
            users
                .authenticate(Some(&basic("alice", "s3cret")))
                .expect("cached"),
            "alice"
        );
        assert_eq!(
            users
                .authenticate(Some(&basic("bob", "hunter2")))
                .expect("ok"),
            "bob"
        );
        assert!(matches!(
            users.authenticate(Some(&basic("bob", "nope"))),
            Err(AuthError::Denied)
        ));
        assert!(matches!(
            users.authenticate(Some(&basic("eve", "x"))),
            Err(AuthError::Denied)
        ));
        assert!(matches!(users.authenticate(None), Err(AuthError::Missing)));
        assert!(matches!(
            users.authenticate(Some("Bearer x")),
            Err(AuthError::Malformed)
        ));
    }

    #[test]
    fn bad_lines_name_their_line() {
        let err = Users::parse("alice:$argon2id$bad\n", "users.txt").expect_err("error");
        assert!(err.to_string().starts_with("users.txt:1:"), "{err}");
        let err = Users::parse("\nbob:plaintext\n", "users.txt").expect_err("error");
        assert!(err.to_string().starts_with("users.txt:2:"), "{err}");
    }
}
