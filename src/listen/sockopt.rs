//! Socket options for the transparent listeners: the one place that talks
//! to the kernel about sockets. It needs no `unsafe`: nix and socket2 wrap
//! `getsockopt(SO_ORIGINAL_DST)` and `setsockopt(IP_TRANSPARENT)` safely.

use std::io;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6};

use nix::sys::socket::{getsockopt, sockopt};
use socket2::{Domain, Protocol, Socket, Type};
use tokio::net::{TcpListener, TcpStream};

/// The destination a REDIRECTed connection was originally sent to
/// (netfilter's conntrack entry, via `SO_ORIGINAL_DST` / `IP6T_SO_ORIGINAL_DST`).
///
/// On a dual-stack (`[::]`) listener an IPv4 flow arrives as an IPv4-mapped
/// IPv6 socket; its conntrack entry is IPv4, so it is asked with the IPv4
/// option (the IPv6 one fails with ENOENT) and the answer is plain IPv4.
pub fn original_dst(stream: &TcpStream) -> io::Result<SocketAddr> {
    let local = stream.local_addr()?;
    let ipv4 = match local {
        SocketAddr::V4(_) => true,
        SocketAddr::V6(a) => a.ip().to_ipv4_mapped().is_some(),
    };
    if ipv4 {
        let sin = getsockopt(stream, sockopt::OriginalDst).map_err(io::Error::from)?;
        let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
        Ok(SocketAddr::V4(SocketAddrV4::new(
            ip,
            u16::from_be(sin.sin_port),
        )))
    } else {
        let sin6 = getsockopt(stream, sockopt::Ip6tOriginalDst).map_err(io::Error::from)?;
        let ip = Ipv6Addr::from(sin6.sin6_addr.s6_addr);
        Ok(SocketAddr::V6(SocketAddrV6::new(
            ip,
            u16::from_be(sin6.sin6_port),
            0,
            0,
        )))
    }
}

/// `addr` with an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, what a
/// dual-stack listener reports for IPv4 peers) turned into plain IPv4, so
/// source CIDRs, logs and upstream connections see the real family.
pub fn canonical(addr: SocketAddr) -> SocketAddr {
    match addr {
        SocketAddr::V6(a) => match a.ip().to_ipv4_mapped() {
            Some(ip) => SocketAddr::V4(SocketAddrV4::new(ip, a.port())),
            None => addr,
        },
        SocketAddr::V4(_) => addr,
    }
}

/// A listener with `IP_TRANSPARENT` set, for nftables/iptables TPROXY. The
/// accepted sockets' local address is the client's original destination.
/// Needs CAP_NET_ADMIN.
pub fn tproxy_listener(addr: SocketAddr, backlog: i32) -> io::Result<TcpListener> {
    let domain = if addr.is_ipv4() {
        Domain::IPV4
    } else {
        Domain::IPV6
    };
    let socket = Socket::new(domain, Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    if addr.is_ipv4() {
        socket.set_ip_transparent_v4(true)?;
    } else {
        socket.set_ip_transparent_v6(true)?;
    }
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    socket.listen(backlog)?;
    TcpListener::from_std(socket.into())
}

/// A plain listener with SO_REUSEADDR and a large backlog.
pub fn listener(addr: SocketAddr, backlog: i32) -> io::Result<TcpListener> {
    let domain = if addr.is_ipv4() {
        Domain::IPV4
    } else {
        Domain::IPV6
    };
    let socket = Socket::new(domain, Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    if addr.is_ipv6() {
        // Dual-stack where the kernel allows it; v6-only is still usable.
        let _ = socket.set_only_v6(false);
    }
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    socket.listen(backlog)?;
    TcpListener::from_std(socket.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_unmaps_ipv4_mapped_addresses_only() {
        let mapped: SocketAddr = "[::ffff:198.18.2.2]:443".parse().expect("addr");
        assert_eq!(
            canonical(mapped),
            "198.18.2.2:443".parse::<SocketAddr>().expect("addr")
        );
        for a in ["[2001:db8::1]:443", "[::1]:3129", "198.18.1.2:40000"] {
            let a: SocketAddr = a.parse().expect("addr");
            assert_eq!(canonical(a), a);
        }
    }
}
