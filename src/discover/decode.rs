//! Link, network and transport headers of a captured frame, decoded in place.
//!
//! Hand-written over `&[u8]` instead of `pnet_packet`: the capture path must
//! reject bulk traffic at well over a million packets per second, and every
//! field read here is one bounds-checked slice access, with nothing built
//! that the caller does not use. Anything that is not IPv4/IPv6 carrying TCP
//! or UDP, or whose headers are cut short, decodes to `None`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The link layer a capture was taken on (pcap LINKTYPE values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkType {
    /// LINKTYPE_ETHERNET (1), optionally with 802.1Q / 802.1ad tags.
    Ethernet,
    /// LINKTYPE_LINUX_SLL (113), `tcpdump -i any`.
    LinuxSll,
    /// LINKTYPE_LINUX_SLL2 (276).
    LinuxSll2,
    /// LINKTYPE_RAW (101) and the IPv4/IPv6-only variants (228, 229).
    RawIp,
    /// LINKTYPE_NULL (0): BSD loopback, 4-byte address family in host order.
    Null,
}

impl LinkType {
    /// Maps a pcap link-type code; `None` for link types not decoded here.
    pub fn from_pcap(code: u32) -> Option<LinkType> {
        match code {
            1 => Some(LinkType::Ethernet),
            113 => Some(LinkType::LinuxSll),
            276 => Some(LinkType::LinuxSll2),
            12 | 14 | 101 | 228 | 229 => Some(LinkType::RawIp),
            0 => Some(LinkType::Null),
            _ => None,
        }
    }
}

/// TCP flag bits.
pub const FIN: u8 = 0x01;
pub const SYN: u8 = 0x02;
pub const RST: u8 = 0x04;
pub const ACK: u8 = 0x10;

/// One decoded IP packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Packet<'a> {
    pub src: IpAddr,
    pub dst: IpAddr,
    pub l4: L4<'a>,
}

/// The transport part of a packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum L4<'a> {
    Tcp {
        sport: u16,
        dport: u16,
        seq: u32,
        flags: u8,
        payload: &'a [u8],
    },
    Udp {
        sport: u16,
        dport: u16,
        payload: &'a [u8],
    },
}

const ETHERTYPE_IPV4: u16 = 0x0800;
const ETHERTYPE_IPV6: u16 = 0x86dd;
const ETHERTYPE_VLAN: u16 = 0x8100;
const ETHERTYPE_QINQ: u16 = 0x88a8;
const ETHERTYPE_QINQ_OLD: u16 = 0x9100;
/// More stacked tags than this is not a real network.
const MAX_VLAN_TAGS: usize = 4;

const PROTO_TCP: u8 = 6;
const PROTO_UDP: u8 = 17;

/// Decodes a frame down to TCP/UDP. `None` for anything else.
pub fn decode(link: LinkType, frame: &[u8]) -> Option<Packet<'_>> {
    let (ethertype, ip) = match link {
        LinkType::Ethernet => ethernet(frame)?,
        LinkType::LinuxSll => (be16(frame, 14)?, frame.get(16..)?),
        LinkType::LinuxSll2 => (be16(frame, 0)?, frame.get(20..)?),
        LinkType::RawIp => (0, frame),
        LinkType::Null => (0, frame.get(4..)?),
    };
    match ethertype {
        ETHERTYPE_IPV4 => ipv4(ip),
        ETHERTYPE_IPV6 => ipv6(ip),
        // Raw and loopback captures: the IP version nibble decides.
        0 => match ip.first()? >> 4 {
            4 => ipv4(ip),
            6 => ipv6(ip),
            _ => None,
        },
        _ => None,
    }
}

/// Ethernet II with up to [`MAX_VLAN_TAGS`] 802.1Q/802.1ad tags.
fn ethernet(frame: &[u8]) -> Option<(u16, &[u8])> {
    let mut off = 12;
    let mut ethertype = be16(frame, off)?;
    for _ in 0..MAX_VLAN_TAGS {
        if !matches!(
            ethertype,
            ETHERTYPE_VLAN | ETHERTYPE_QINQ | ETHERTYPE_QINQ_OLD
        ) {
            break;
        }
        off += 4;
        ethertype = be16(frame, off)?;
    }
    Some((ethertype, frame.get(off + 2..)?))
}

fn ipv4(ip: &[u8]) -> Option<Packet<'_>> {
    let vihl = *ip.first()?;
    let ihl = usize::from(vihl & 0x0f) * 4;
    if vihl >> 4 != 4 || ihl < 20 {
        return None;
    }
    let total = usize::from(be16(ip, 2)?);
    // Later fragments carry no transport header; only the first is read.
    let frag = be16(ip, 6)?;
    if frag & 0x1fff != 0 {
        return None;
    }
    let proto = *ip.get(9)?;
    let src = IpAddr::V4(Ipv4Addr::from(be32(ip, 12)?));
    let dst = IpAddr::V4(Ipv4Addr::from(be32(ip, 16)?));
    // Trim Ethernet padding; a snap-length cut leaves what was captured.
    // (Not `clamp`: it panics when a cut-off header makes ihl > len.)
    let end = total.min(ip.len());
    let l4 = transport(proto, ip.get(ihl..end)?)?;
    Some(Packet { src, dst, l4 })
}

fn ipv6(ip: &[u8]) -> Option<Packet<'_>> {
    if ip.first()? >> 4 != 6 {
        return None;
    }
    let payload_len = usize::from(be16(ip, 4)?);
    let mut next = *ip.get(6)?;
    let src = IpAddr::V6(Ipv6Addr::from(be128(ip, 8)?));
    let dst = IpAddr::V6(Ipv6Addr::from(be128(ip, 24)?));
    let end = (40 + payload_len).min(ip.len());
    let mut off = 40;
    // Extension headers; bounded so a chain of them costs little.
    for _ in 0..8 {
        match next {
            // hop-by-hop, routing, destination options
            0 | 43 | 60 => {
                next = *ip.get(off)?;
                off += (usize::from(*ip.get(off + 1)?) + 1) * 8;
            }
            // fragment: only the first fragment holds the transport header
            44 => {
                next = *ip.get(off)?;
                if be16(ip, off + 2)? & 0xfff8 != 0 {
                    return None;
                }
                off += 8;
            }
            _ => break,
        }
    }
    let l4 = transport(next, ip.get(off..end)?)?;
    Some(Packet { src, dst, l4 })
}

fn transport(proto: u8, seg: &[u8]) -> Option<L4<'_>> {
    match proto {
        PROTO_TCP => {
            let data_off = usize::from(*seg.get(12)? >> 4) * 4;
            if data_off < 20 {
                return None;
            }
            Some(L4::Tcp {
                sport: be16(seg, 0)?,
                dport: be16(seg, 2)?,
                seq: be32(seg, 4)?,
                flags: *seg.get(13)?,
                payload: seg.get(data_off..)?,
            })
        }
        PROTO_UDP => Some(L4::Udp {
            sport: be16(seg, 0)?,
            dport: be16(seg, 2)?,
            payload: seg.get(8..)?,
        }),
        _ => None,
    }
}

fn be16(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at + 2)?;
    Some(u16::from_be_bytes([s[0], s[1]]))
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    let s: [u8; 4] = b.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_be_bytes(s))
}

fn be128(b: &[u8], at: usize) -> Option<u128> {
    let s: [u8; 16] = b.get(at..at + 16)?.try_into().ok()?;
    Some(u128::from_be_bytes(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ethernet + IPv4 + TCP with the given payload.
    pub(crate) fn tcp4(payload: &[u8]) -> Vec<u8> {
        let mut f = vec![0u8; 12];
        f.extend_from_slice(&ETHERTYPE_IPV4.to_be_bytes());
        let total = 20 + 20 + payload.len();
        f.extend_from_slice(&[
            0x45,
            0,
            (total >> 8) as u8,
            total as u8,
            0,
            0,
            0x40,
            0,
            64,
            6,
            0,
            0,
        ]);
        f.extend_from_slice(&[198, 18, 0, 1, 198, 18, 0, 2]);
        f.extend_from_slice(&[
            0xc0, 0x00, 0x01, 0xbb, 0, 0, 0, 7, 0, 0, 0, 0, 0x50, 0x18, 0, 0,
        ]);
        f.extend_from_slice(&[0, 0, 0, 0]);
        f.extend_from_slice(payload);
        f
    }

    #[test]
    fn ethernet_ipv4_tcp() {
        let f = tcp4(b"hello");
        let p = decode(LinkType::Ethernet, &f).expect("decodes");
        assert_eq!(p.src, IpAddr::from([198, 18, 0, 1]));
        assert_eq!(
            p.l4,
            L4::Tcp {
                sport: 49152,
                dport: 443,
                seq: 7,
                flags: 0x18,
                payload: b"hello"
            }
        );
    }

    #[test]
    fn vlan_and_qinq_tags() {
        let f = tcp4(b"x");
        for tags in [
            &[0x81, 0x00, 0, 5][..],
            &[0x88, 0xa8, 0, 5, 0x81, 0x00, 0, 6],
        ] {
            let mut t = f[..12].to_vec();
            t.extend_from_slice(tags);
            t.extend_from_slice(&f[12..]);
            let p = decode(LinkType::Ethernet, &t).expect("tagged frame decodes");
            assert!(matches!(p.l4, L4::Tcp { payload: b"x", .. }));
        }
    }

    #[test]
    fn padding_trimmed_and_garbage_rejected() {
        let mut f = tcp4(b"");
        f.extend_from_slice(&[0; 6]); // Ethernet minimum-size padding
        let p = decode(LinkType::Ethernet, &f).expect("decodes");
        assert!(matches!(p.l4, L4::Tcp { payload: b"", .. }));
        for n in 0..f.len() {
            let _ = decode(LinkType::Ethernet, &f[..n]);
        }
        assert_eq!(decode(LinkType::RawIp, b"GET / HTTP/1.1"), None);
        // IHL of 60 bytes in a 30-byte packet, and a total length below IHL.
        let mut short = vec![0x4f, 0, 0, 30, 0, 0, 0, 0, 64, 6];
        short.resize(30, 0);
        assert_eq!(decode(LinkType::RawIp, &short), None);
        short[0] = 0x45;
        short[3] = 10;
        assert_eq!(decode(LinkType::RawIp, &short), None);
        assert_eq!(decode(LinkType::Null, &[]), None);
    }
}
