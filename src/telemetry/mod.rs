//! Telemetry: Prometheus metrics (a registry passed down, no globals),
//! logging setup, and the audit sink.

pub mod audit;
pub mod logging;
pub mod metrics;
pub mod nft;
