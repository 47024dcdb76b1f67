//! tracing subscriber setup from the `log:` config section.

use tracing_subscriber::EnvFilter;

use crate::config::{LogConfig, LogFormat};

#[derive(Debug, thiserror::Error)]
pub enum LoggingError {
    #[error("log.level '{0}': {1}")]
    Filter(String, String),
    #[error("a logger is already installed")]
    AlreadySet,
}

/// Installs the global subscriber. `RUST_LOG`, when set, wins over `log.level`.
/// Logs go to stderr so stdout stays free for the audit log.
pub fn init(cfg: &LogConfig) -> Result<(), LoggingError> {
    let filter = match std::env::var("RUST_LOG") {
        Ok(v) if !v.is_empty() => {
            EnvFilter::try_new(&v).map_err(|e| LoggingError::Filter(v, e.to_string()))?
        }
        _ => EnvFilter::try_new(&cfg.level)
            .map_err(|e| LoggingError::Filter(cfg.level.clone(), e.to_string()))?,
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let res = match cfg.format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    res.map_err(|_| LoggingError::AlreadySet)
}
