//! classify
pub mod client_hello;
