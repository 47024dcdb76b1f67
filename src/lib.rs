//! promptwall: an egress filter for AI traffic.
//!
//! The modules follow the flow of one connection (see `DESIGN.md` in the
//! shared docs): `listen` accepts, `classify` peeks at the ClientHello,
//! `identity` names the client, `tls` terminates, `http` serves requests,
//! `inspect` finds what must not leave, `policy` decides, `enforce` acts.
//! `config` and `telemetry` are used by all of them; `app` wires them.
//! A module depends only on modules earlier in that flow.

pub mod app;
pub mod classify;
pub mod config;
pub mod discover;
pub mod enforce;
pub mod http;
pub mod identity;
pub mod inspect;
pub mod listen;
pub mod policy;
pub mod telemetry;
pub mod tls;
