//! Live capture with `pnet_datalink` (an AF_PACKET socket on Linux) on a
//! mirror/SPAN port or the gateway's own interface.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use pnet_datalink::{Channel, Config as ChannelConfig};

use super::decode::LinkType;
use super::engine::Engine;
use super::DiscoverError;

/// How long one read may block, so `--seconds` and Ctrl-C are noticed.
const READ_TIMEOUT: Duration = Duration::from_millis(100);
/// Frames bigger than this (GRO/TSO super-packets on loopback or veth) are
/// truncated by the kernel; only their byte count suffers.
const READ_BUFFER: usize = 256 * 1024;

/// Captures on `iface` until `seconds` pass or `stop` is set.
pub fn capture(
    engine: &mut Engine,
    iface: &str,
    seconds: Option<u64>,
    stop: &Arc<AtomicBool>,
) -> Result<(), DiscoverError> {
    let interfaces = pnet_datalink::interfaces();
    let Some(interface) = interfaces.iter().find(|i| i.name == iface) else {
        let mut names: Vec<_> = interfaces.iter().map(|i| i.name.clone()).collect();
        names.sort();
        return Err(DiscoverError::NoSuchInterface {
            name: iface.to_string(),
            available: names.join(", "),
        });
    };
    let config = ChannelConfig {
        read_timeout: Some(READ_TIMEOUT),
        read_buffer_size: READ_BUFFER,
        promiscuous: true,
        ..ChannelConfig::default()
    };
    let mut rx = match pnet_datalink::channel(interface, config) {
        Ok(Channel::Ethernet(_tx, rx)) => rx,
        Ok(_) => {
            return Err(DiscoverError::Capture {
                iface: iface.to_string(),
                cause: io::Error::other("unsupported channel type"),
            })
        }
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied || e.raw_os_error() == Some(1) => {
            return Err(DiscoverError::Privileges {
                iface: iface.to_string(),
            })
        }
        Err(cause) => {
            return Err(DiscoverError::Capture {
                iface: iface.to_string(),
                cause,
            })
        }
    };
    // Interfaces without a hardware address (tun, wireguard) deliver bare
    // IP packets on a packet socket.
    let link = if interface.mac.is_some() {
        LinkType::Ethernet
    } else {
        LinkType::RawIp
    };
    let deadline = seconds.map(|s| Instant::now() + Duration::from_secs(s));
    loop {
        if stop.load(Ordering::Relaxed) || deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(());
        }
        match rx.next() {
            Ok(frame) => engine.process(now_micros(), link, frame),
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::TimedOut
                        | io::ErrorKind::WouldBlock
                        | io::ErrorKind::Interrupted
                ) =>
            {
                // Idle: let expiry run on wall-clock time.
                engine.sweep(now_micros());
            }
            Err(cause) => {
                return Err(DiscoverError::Capture {
                    iface: iface.to_string(),
                    cause,
                })
            }
        }
    }
}

fn now_micros() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_micros()).unwrap_or(u64::MAX))
}
