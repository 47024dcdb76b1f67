//! A streaming reader for classic pcap (both byte orders, micro- and
//! nanosecond timestamps) and pcapng (section header, interface
//! description, enhanced and simple packet blocks).
//!
//! Hand-written because it is short, reads the file through one window
//! buffer and hands out records as slices of it (no per-record copy or
//! allocation: the bench reads millions of records and this reader is its
//! baseline), and reports corruption with the file offset instead of
//! panicking or allocating whatever a hostile length field asks for.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::decode::LinkType;
use super::DiscoverError;

/// Larger records are corruption (pcap snap lengths stop at 256 KiB).
const MAX_RECORD: usize = 256 * 1024;
/// pcapng blocks may carry options; this bounds any one block.
const MAX_BLOCK: usize = 16 * 1024 * 1024;
/// The read window; grows only for a pcapng block larger than it.
const WINDOW: usize = 1 << 20;

const PCAP_MAGIC_US: u32 = 0xa1b2_c3d4;
const PCAP_MAGIC_NS: u32 = 0xa1b2_3c4d;
const PCAPNG_SHB: u32 = 0x0a0d_0d0a;
const PCAPNG_BOM: u32 = 0x1a2b_3c4d;

/// One captured frame, borrowed from the reader's buffer.
#[derive(Debug)]
pub struct Record<'a> {
    /// Microseconds since the Unix epoch.
    pub ts: u64,
    /// `None` when the link type is not one [`LinkType`] decodes.
    pub link: Option<LinkType>,
    pub data: &'a [u8],
}

/// Reads records from a pcap or pcapng stream.
pub struct PcapReader<R> {
    input: R,
    path: PathBuf,
    /// Window over the file: bytes `start..end` are read but not consumed.
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    /// File offset of `buf[start]`.
    offset: u64,
    format: Format,
}

enum Format {
    Classic {
        big_endian: bool,
        nanos: bool,
        link: Option<LinkType>,
    },
    Ng {
        big_endian: bool,
        /// Per interface: link type and timestamp units per second.
        interfaces: Vec<(Option<LinkType>, u64)>,
    },
}

impl PcapReader<File> {
    /// Opens a capture file; fails with the path and reason.
    pub fn open(path: &Path) -> Result<Self, DiscoverError> {
        let file = File::open(path).map_err(|cause| DiscoverError::PcapOpen {
            path: path.to_path_buf(),
            cause,
        })?;
        PcapReader::new(file, path)
    }
}

impl<R: Read> PcapReader<R> {
    /// Reads the file header from `input`; `path` is only used in errors.
    pub fn new(input: R, path: &Path) -> Result<Self, DiscoverError> {
        let mut r = PcapReader {
            input,
            path: path.to_path_buf(),
            buf: vec![0; WINDOW],
            start: 0,
            end: 0,
            eof: false,
            offset: 0,
            format: Format::Classic {
                big_endian: false,
                nanos: false,
                link: None,
            },
        };
        let got = r.ensure(24)?;
        if got < 24 {
            return Err(r.corrupt(format!("file header cut short ({got} of 24 bytes)")));
        }
        let mut head = [0u8; 24];
        head.copy_from_slice(r.consume(24));
        let le = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
        let be = u32::from_be_bytes([head[0], head[1], head[2], head[3]]);
        let (big_endian, nanos) = match (le, be) {
            (PCAP_MAGIC_US, _) => (false, false),
            (PCAP_MAGIC_NS, _) => (false, true),
            (_, PCAP_MAGIC_US) => (true, false),
            (_, PCAP_MAGIC_NS) => (true, true),
            (PCAPNG_SHB, _) => {
                r.start_ng(&head)?;
                return Ok(r);
            }
            _ => {
                return Err(DiscoverError::PcapCorrupt {
                    path: path.to_path_buf(),
                    offset: 0,
                    reason: format!(
                        "not a pcap or pcapng file (magic {:02x}{:02x}{:02x}{:02x})",
                        head[0], head[1], head[2], head[3]
                    ),
                })
            }
        };
        let link_code = get_u32(&head[20..24], big_endian) & 0x0fff_ffff;
        let link = LinkType::from_pcap(link_code);
        if link.is_none() {
            return Err(DiscoverError::PcapCorrupt {
                path: path.to_path_buf(),
                offset: 20,
                reason: format!(
                    "unsupported link type {link_code} (supported: Ethernet, Linux cooked v1/v2, raw IP, BSD loopback)"
                ),
            });
        }
        r.format = Format::Classic {
            big_endian,
            nanos,
            link,
        };
        Ok(r)
    }

    /// After the first 24 bytes of a pcapng section header block.
    fn start_ng(&mut self, head: &[u8; 24]) -> Result<(), DiscoverError> {
        let bom_le = u32::from_le_bytes([head[8], head[9], head[10], head[11]]);
        let big_endian = match bom_le {
            PCAPNG_BOM => false,
            x if x.swap_bytes() == PCAPNG_BOM => true,
            _ => {
                return Err(DiscoverError::PcapCorrupt {
                    path: self.path.clone(),
                    offset: 8,
                    reason: "pcapng section header with a bad byte-order magic".into(),
                })
            }
        };
        self.format = Format::Ng {
            big_endian,
            interfaces: Vec::new(),
        };
        let shb_len = get_u32(&head[4..8], big_endian) as usize;
        if !(28..=MAX_BLOCK).contains(&shb_len) || shb_len % 4 != 0 {
            return Err(self.corrupt(format!("bad section header length {shb_len}")));
        }
        // Skip the rest of the section header block.
        self.take(shb_len - 24)?;
        Ok(())
    }

    /// The next record, `Ok(None)` at a clean end of file.
    ///
    /// # Errors
    /// `PcapCorrupt` (with the offset) for an impossible length or a record
    /// cut short; `PcapRead` for I/O errors.
    pub fn next_record(&mut self) -> Result<Option<Record<'_>>, DiscoverError> {
        let Format::Classic {
            big_endian,
            nanos,
            link,
        } = self.format
        else {
            return self.next_ng();
        };
        let Some(hdr) = self.header::<16>()? else {
            return Ok(None);
        };
        let secs = u64::from(get_u32(&hdr[0..4], big_endian));
        let frac = u64::from(get_u32(&hdr[4..8], big_endian));
        let caplen = get_u32(&hdr[8..12], big_endian) as usize;
        if caplen > MAX_RECORD {
            return Err(self.corrupt(format!("record length {caplen} is impossible")));
        }
        let at = self.take(caplen)?;
        let micros = if nanos { frac / 1000 } else { frac };
        Ok(Some(Record {
            ts: secs * 1_000_000 + micros,
            link,
            data: self.buf.get(at..at + caplen).unwrap_or_default(),
        }))
    }

    fn next_ng(&mut self) -> Result<Option<Record<'_>>, DiscoverError> {
        // The loop only finds the next packet block; the borrow of the buffer
        // is taken after it, so the loop can keep reading into the buffer.
        let Format::Ng { big_endian, .. } = self.format else {
            return Ok(None);
        };
        let (ts, link, start, end) = loop {
            let Some(hdr) = self.header::<8>()? else {
                return Ok(None);
            };
            let typ = get_u32(&hdr[0..4], big_endian);
            let len = get_u32(&hdr[4..8], big_endian) as usize;
            if !(12..=MAX_BLOCK).contains(&len) || len % 4 != 0 {
                return Err(self.corrupt(format!("pcapng block length {len} is impossible")));
            }
            let at = self.take(len - 8)?;
            // The body without the trailing length copy.
            let body_len = len - 12;
            let body = at..at + body_len;
            match typ {
                PCAPNG_SHB => {
                    return Err(self.corrupt("multiple pcapng sections are not supported".into()));
                }
                1 => self.interface(body)?,
                6 => {
                    let b = self.buf.get(body).unwrap_or_default();
                    if b.len() < 20 {
                        return Err(self.corrupt("short enhanced packet block".into()));
                    }
                    let ifc = get_u32(&b[0..4], big_endian) as usize;
                    let ts = u64::from(get_u32(&b[4..8], big_endian)) << 32
                        | u64::from(get_u32(&b[8..12], big_endian));
                    let caplen = get_u32(&b[12..16], big_endian) as usize;
                    let Some(&(link, per_sec)) = self.interfaces().get(ifc) else {
                        return Err(self.corrupt(format!("packet for undeclared interface {ifc}")));
                    };
                    if 20 + caplen > body_len {
                        return Err(
                            self.corrupt(format!("packet length {caplen} beyond its block"))
                        );
                    }
                    break (scale(ts, per_sec), link, at + 20, at + 20 + caplen);
                }
                3 => {
                    let Some(&(link, _)) = self.interfaces().first() else {
                        return Err(self.corrupt("simple packet before any interface".into()));
                    };
                    let orig = self
                        .buf
                        .get(at..at + 4)
                        .map_or(0, |s| get_u32(s, big_endian) as usize);
                    break (
                        0,
                        link,
                        at + 4,
                        at + 4 + orig.min(body_len.saturating_sub(4)),
                    );
                }
                _ => {} // statistics, name resolution, custom blocks
            }
        };
        Ok(Some(Record {
            ts,
            link,
            data: self.buf.get(start..end).unwrap_or_default(),
        }))
    }

    fn interfaces(&self) -> &[(Option<LinkType>, u64)] {
        match &self.format {
            Format::Ng { interfaces, .. } => interfaces,
            Format::Classic { .. } => &[],
        }
    }

    /// Records an interface description block (link type, if_tsresol).
    fn interface(&mut self, body: std::ops::Range<usize>) -> Result<(), DiscoverError> {
        let Format::Ng { big_endian, .. } = self.format else {
            return Ok(());
        };
        let b = self.buf.get(body).unwrap_or_default();
        if b.len() < 8 {
            return Err(self.corrupt("short interface description block".into()));
        }
        let link = LinkType::from_pcap(u32::from(get_u16(&b[0..2], big_endian)));
        let mut per_sec = 1_000_000u64;
        let mut opts = b.get(8..).unwrap_or_default();
        while opts.len() >= 4 {
            let code = get_u16(&opts[0..2], big_endian);
            let olen = usize::from(get_u16(&opts[2..4], big_endian));
            let val = opts.get(4..4 + olen).unwrap_or_default();
            if code == 0 {
                break;
            }
            if code == 9 {
                if let Some(&r) = val.first() {
                    per_sec = if r & 0x80 == 0 {
                        10u64.checked_pow(u32::from(r)).unwrap_or(1_000_000)
                    } else {
                        1u64.checked_shl(u32::from(r & 0x7f)).unwrap_or(1_000_000)
                    };
                }
            }
            opts = opts.get(4 + olen.div_ceil(4) * 4..).unwrap_or_default();
        }
        if let Format::Ng { interfaces, .. } = &mut self.format {
            // Bounded so a file of empty interface blocks cannot grow it.
            if interfaces.len() < 65_536 {
                interfaces.push((link, per_sec.max(1)));
            }
        }
        Ok(())
    }

    /// Reads a fixed-size header; `None` at a clean end of file.
    fn header<const N: usize>(&mut self) -> Result<Option<[u8; N]>, DiscoverError> {
        let got = self.ensure(N)?;
        if got == 0 {
            return Ok(None);
        }
        if got < N {
            return Err(self.corrupt(format!("truncated record header ({got} of {N} bytes)")));
        }
        let mut hdr = [0u8; N];
        hdr.copy_from_slice(self.consume(N));
        Ok(Some(hdr))
    }

    /// Consumes `len` bytes; returns where they start in the window.
    fn take(&mut self, len: usize) -> Result<usize, DiscoverError> {
        let got = self.ensure(len)?;
        if got < len {
            return Err(self.corrupt(format!("truncated record: {got} of {len} bytes")));
        }
        let at = self.start;
        self.consume(len);
        Ok(at)
    }

    /// Advances past `n` bytes known to be in the window; returns them.
    fn consume(&mut self, n: usize) -> &[u8] {
        let at = self.start;
        self.start += n;
        self.offset += n as u64;
        self.buf.get(at..at + n).unwrap_or_default()
    }

    /// Makes up to `n` bytes available from `start` (fewer only at end of
    /// file); returns how many are.
    fn ensure(&mut self, n: usize) -> Result<usize, DiscoverError> {
        if self.end - self.start >= n {
            return Ok(n);
        }
        if self.start + n > self.buf.len() {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
            if n > self.buf.len() {
                // Only pcapng blocks get here; their length is checked
                // against MAX_BLOCK before.
                self.buf.resize(n, 0);
            }
        }
        while self.end - self.start < n && !self.eof {
            let room = self.buf.get_mut(self.end..).unwrap_or_default();
            match self.input.read(room) {
                Ok(0) => self.eof = true,
                Ok(k) => self.end += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(cause) => {
                    return Err(DiscoverError::PcapRead {
                        path: self.path.clone(),
                        cause,
                    })
                }
            }
        }
        Ok((self.end - self.start).min(n))
    }

    fn corrupt(&self, reason: String) -> DiscoverError {
        DiscoverError::PcapCorrupt {
            path: self.path.clone(),
            offset: self.offset,
            reason,
        }
    }
}

fn get_u16(b: &[u8], big_endian: bool) -> u16 {
    let a = [
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    ];
    if big_endian {
        u16::from_be_bytes(a)
    } else {
        u16::from_le_bytes(a)
    }
}

fn get_u32(b: &[u8], big_endian: bool) -> u32 {
    let mut a = [0u8; 4];
    for (d, s) in a.iter_mut().zip(b) {
        *d = *s;
    }
    if big_endian {
        u32::from_be_bytes(a)
    } else {
        u32::from_le_bytes(a)
    }
}

/// Timestamp units → microseconds.
fn scale(ts: u64, per_sec: u64) -> u64 {
    if per_sec == 1_000_000 {
        ts
    } else {
        (u128::from(ts) * 1_000_000 / u128::from(per_sec)) as u64
    }
}

/// Writes classic pcap (microseconds, Ethernet unless told otherwise): for
/// the tests, the bench and tools that craft captures.
pub struct PcapWriter<W: io::Write> {
    out: W,
}

impl<W: io::Write> PcapWriter<W> {
    pub fn new(mut out: W, link_code: u32) -> io::Result<Self> {
        out.write_all(&PCAP_MAGIC_US.to_le_bytes())?;
        out.write_all(&2u16.to_le_bytes())?;
        out.write_all(&4u16.to_le_bytes())?;
        out.write_all(&[0; 8])?;
        out.write_all(&262_144u32.to_le_bytes())?;
        out.write_all(&link_code.to_le_bytes())?;
        Ok(PcapWriter { out })
    }

    pub fn write(&mut self, ts: u64, frame: &[u8]) -> io::Result<()> {
        let len = u32::try_from(frame.len()).map_err(|_| io::Error::other("frame too large"))?;
        self.out
            .write_all(&((ts / 1_000_000) as u32).to_le_bytes())?;
        self.out
            .write_all(&((ts % 1_000_000) as u32).to_le_bytes())?;
        self.out.write_all(&len.to_le_bytes())?;
        self.out.write_all(&len.to_le_bytes())?;
        self.out.write_all(frame)
    }

    pub fn into_inner(self) -> W {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut w = PcapWriter::new(Vec::new(), 1).expect("header");
        w.write(1_700_000_000_000_001, b"frame one").expect("write");
        w.write(1_700_000_000_500_000, b"frame two!")
            .expect("write");
        w.into_inner()
    }

    #[test]
    fn classic_round_trip_and_truncation() {
        let bytes = sample();
        let p = Path::new("t.pcap");
        let mut r = PcapReader::new(&bytes[..], p).expect("open");
        let rec = r.next_record().expect("ok").expect("some");
        assert_eq!(
            (rec.ts, rec.data),
            (1_700_000_000_000_001, &b"frame one"[..])
        );
        assert_eq!(rec.link, Some(LinkType::Ethernet));
        assert_eq!(
            r.next_record().expect("ok").expect("some").data,
            b"frame two!"
        );
        assert!(r.next_record().expect("eof").is_none());
        // Every truncation is either a clean end or a corruption error.
        for n in 0..bytes.len() {
            if let Ok(mut r) = PcapReader::new(&bytes[..n], p) {
                while let Ok(Some(_)) = r.next_record() {}
            }
        }
        let err = PcapReader::new(&b"GET / HTTP/1.1\r\n\r\n0123456789"[..], p)
            .err()
            .expect("not pcap");
        assert!(err.to_string().contains("t.pcap"), "{err}");
        let mut huge = sample();
        huge[24 + 8..24 + 12].copy_from_slice(&u32::MAX.to_le_bytes());
        let mut r = PcapReader::new(&huge[..], p).expect("header ok");
        assert!(matches!(
            r.next_record(),
            Err(DiscoverError::PcapCorrupt { offset: 40, .. })
        ));
    }

    #[test]
    fn pcapng_enhanced_packets() {
        let mut f = Vec::new();
        // Section header block: type, len 28, BOM, version 1.0, section len -1.
        for v in [PCAPNG_SHB, 28, PCAPNG_BOM] {
            f.extend_from_slice(&v.to_le_bytes());
        }
        f.extend_from_slice(&[1, 0, 0, 0]);
        f.extend_from_slice(&[0xff; 8]);
        f.extend_from_slice(&28u32.to_le_bytes());
        // Interface: Ethernet, if_tsresol = 9 (nanoseconds).
        f.extend_from_slice(&1u32.to_le_bytes());
        f.extend_from_slice(&32u32.to_le_bytes());
        f.extend_from_slice(&[1, 0, 0, 0, 0, 0, 4, 0]);
        f.extend_from_slice(&[9, 0, 1, 0, 9, 0, 0, 0, 0, 0, 0, 0]);
        f.extend_from_slice(&32u32.to_le_bytes());
        // Enhanced packet: 5 bytes of data padded to 8.
        let ts: u64 = 1_700_000_000_123_456_789;
        f.extend_from_slice(&6u32.to_le_bytes());
        f.extend_from_slice(&40u32.to_le_bytes());
        f.extend_from_slice(&0u32.to_le_bytes());
        f.extend_from_slice(&((ts >> 32) as u32).to_le_bytes());
        f.extend_from_slice(&(ts as u32).to_le_bytes());
        f.extend_from_slice(&5u32.to_le_bytes());
        f.extend_from_slice(&5u32.to_le_bytes());
        f.extend_from_slice(b"hello\0\0\0");
        f.extend_from_slice(&40u32.to_le_bytes());
        let p = Path::new("t.pcapng");
        let mut r = PcapReader::new(&f[..], p).expect("open");
        let rec = r.next_record().expect("ok").expect("record");
        assert_eq!(rec.data, b"hello");
        assert_eq!(rec.ts, 1_700_000_000_123_456);
        assert_eq!(rec.link, Some(LinkType::Ethernet));
        assert!(r.next_record().expect("eof").is_none());
        for n in 0..f.len() {
            if let Ok(mut r) = PcapReader::new(&f[..n], p) {
                while let Ok(Some(_)) = r.next_record() {}
            }
        }
    }
}
