//! QUIC version 1 client Initial packets: header parsing, removal of header
//! protection and decryption with the initial secrets (RFC 9001 §5), and the
//! CRYPTO frames inside, which carry the TLS ClientHello.
//!
//! Initial keys derive from the client's Destination Connection ID and a
//! published salt, so anyone on the path can read the ClientHello; that is
//! the point here. Any failure (wrong version, short packet, bad tag) yields
//! `None`: to a passive observer a packet it cannot read is just not an
//! Initial, never an error.

use ring::aead::quic::{HeaderProtectionKey, AES_128};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_128_GCM};
use ring::hkdf::{KeyType, Prk, Salt, HKDF_SHA256};

/// RFC 9001 §5.2: the QUIC v1 initial salt.
const INITIAL_SALT_V1: [u8; 20] = [
    0x38, 0x76, 0x2c, 0xf7, 0xf5, 0x59, 0x34, 0xb3, 0x4d, 0x17, 0x9a, 0xe6, 0xa4, 0xc8, 0x0c, 0xad,
    0xcc, 0xbb, 0x7f, 0x0a,
];
pub const VERSION_1: u32 = 1;
/// RFC 9000 §17.2: connection IDs are at most 20 bytes in v1.
const MAX_CID: usize = 20;
/// AES-GCM tag.
const TAG_LEN: usize = 16;
/// RFC 9001 §5.4.2: the header-protection sample starts 4 bytes after the
/// packet number offset and is 16 bytes long.
const SAMPLE_LEN: usize = 16;

/// Client Initial keys derived from a Destination Connection ID.
pub struct InitialKeys {
    key: LessSafeKey,
    iv: [u8; 12],
    hp: HeaderProtectionKey,
}

/// The unprotected parts of a long-header Initial packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InitialHeader<'a> {
    pub dcid: &'a [u8],
    pub scid: &'a [u8],
    /// Offset of the (protected) packet number in the datagram.
    pub pn_offset: usize,
    /// End of this packet in the datagram (coalesced packets may follow).
    pub end: usize,
}

// === impl InitialKeys ===

impl InitialKeys {
    /// RFC 9001 §5.2: `client_initial_secret` and the key, IV and
    /// header-protection key under it. `None` only if ring rejects a length,
    /// which the fixed lengths here rule out.
    pub fn client(dcid: &[u8]) -> Option<InitialKeys> {
        let initial = Salt::new(HKDF_SHA256, &INITIAL_SALT_V1).extract(dcid);
        let mut secret = [0u8; 32];
        expand_label(&initial, b"client in", &mut secret)?;
        let client = Prk::new_less_safe(HKDF_SHA256, &secret);
        let mut key = [0u8; 16];
        let mut iv = [0u8; 12];
        let mut hp = [0u8; 16];
        expand_label(&client, b"quic key", &mut key)?;
        expand_label(&client, b"quic iv", &mut iv)?;
        expand_label(&client, b"quic hp", &mut hp)?;
        Some(InitialKeys {
            key: LessSafeKey::new(UnboundKey::new(&AES_128_GCM, &key).ok()?),
            iv,
            hp: HeaderProtectionKey::new(&AES_128, &hp).ok()?,
        })
    }

    fn nonce(&self, pn: u64) -> Nonce {
        let mut nonce = self.iv;
        for (n, p) in nonce[4..].iter_mut().zip(pn.to_be_bytes()) {
            *n ^= p;
        }
        Nonce::assume_unique_for_key(nonce)
    }
}

/// TLS 1.3 HKDF-Expand-Label with an empty context (RFC 8446 §7.1).
fn expand_label(prk: &Prk, label: &[u8], out: &mut [u8]) -> Option<()> {
    struct Len(usize);
    impl KeyType for Len {
        fn len(&self) -> usize {
            self.0
        }
    }
    let len = u16::try_from(out.len()).ok()?.to_be_bytes();
    let label_len = [u8::try_from(6 + label.len()).ok()?];
    let info: [&[u8]; 5] = [&len, &label_len, b"tls13 ", label, &[0]];
    prk.expand(&info, Len(out.len())).ok()?.fill(out).ok()
}

/// Cheap first test for the capture path: a long-header QUIC v1 Initial
/// (RFC 9000 §17.2.2), with its connection IDs and lengths checked.
pub fn parse_initial_header(dgram: &[u8]) -> Option<InitialHeader<'_>> {
    let first = *dgram.first()?;
    // Long header, fixed bit, packet type 0 (Initial).
    if first & 0xf0 != 0xc0 {
        return None;
    }
    let version = u32::from_be_bytes(dgram.get(1..5)?.try_into().ok()?);
    if version != VERSION_1 {
        return None;
    }
    let mut r = Cursor { buf: dgram, pos: 5 };
    let dcid_len = usize::from(r.u8()?);
    if dcid_len > MAX_CID {
        return None;
    }
    let dcid = r.take(dcid_len)?;
    let scid_len = usize::from(r.u8()?);
    if scid_len > MAX_CID {
        return None;
    }
    let scid = r.take(scid_len)?;
    let token_len = usize::try_from(r.varint()?).ok()?;
    r.take(token_len)?;
    let len = usize::try_from(r.varint()?).ok()?;
    let pn_offset = r.pos;
    let end = pn_offset.checked_add(len)?;
    if end > dgram.len() || len < 4 + SAMPLE_LEN {
        return None;
    }
    Some(InitialHeader {
        dcid,
        scid,
        pn_offset,
        end,
    })
}

/// Removes header protection and decrypts the packet into `scratch`;
/// returns the plaintext frames.
pub fn decrypt_initial<'s>(
    keys: &InitialKeys,
    dgram: &[u8],
    hdr: &InitialHeader<'_>,
    scratch: &'s mut Vec<u8>,
) -> Option<&'s [u8]> {
    let packet = dgram.get(..hdr.end)?;
    let sample = packet.get(hdr.pn_offset + 4..hdr.pn_offset + 4 + SAMPLE_LEN)?;
    let mask = keys.hp.new_mask(sample).ok()?;
    scratch.clear();
    scratch.extend_from_slice(packet);
    let first = scratch.first_mut()?;
    *first ^= mask[0] & 0x0f;
    let pn_len = usize::from(*first & 0x03) + 1;
    let mut pn = 0u64;
    for i in 0..pn_len {
        let b = scratch.get_mut(hdr.pn_offset + i)?;
        *b ^= mask.get(1 + i)?;
        pn = pn << 8 | u64::from(*b);
    }
    let (aad, payload) = scratch.split_at_mut(hdr.pn_offset + pn_len);
    if payload.len() < TAG_LEN {
        return None;
    }
    // A client's first Initials carry small packet numbers, so the truncated
    // number is the full one (RFC 9000 §17.1 with largest acknowledged 0).
    let plain = keys
        .key
        .open_in_place(keys.nonce(pn), Aad::from(&*aad), payload)
        .ok()?;
    Some(plain)
}

/// Walks the frames of a decrypted Initial and hands each CRYPTO frame's
/// (offset, data) to `on_crypto`. Stops quietly at frames not allowed in an
/// Initial packet; `None` on framing errors.
pub fn crypto_frames(plain: &[u8], mut on_crypto: impl FnMut(u64, &[u8])) -> Option<()> {
    let mut r = Cursor { buf: plain, pos: 0 };
    while r.pos < plain.len() {
        match r.varint()? {
            0x00 | 0x01 => {} // PADDING, PING
            t @ (0x02 | 0x03) => {
                // ACK: largest, delay, range count, first range, ranges.
                r.varint()?;
                r.varint()?;
                let ranges = r.varint()?;
                r.varint()?;
                for _ in 0..ranges.min(plain.len() as u64) {
                    r.varint()?;
                    r.varint()?;
                }
                if t == 0x03 {
                    for _ in 0..3 {
                        r.varint()?;
                    }
                }
            }
            0x06 => {
                let offset = r.varint()?;
                let len = usize::try_from(r.varint()?).ok()?;
                on_crypto(offset, r.take(len)?);
            }
            _ => break, // CONNECTION_CLOSE or a frame an Initial may not carry
        }
    }
    Some(())
}

/// Builds a protected client Initial packet carrying `crypto` in one CRYPTO
/// frame at `offset`, padded to 1200 bytes. The sending side of
/// [`decrypt_initial`], for tests, the bench and fuzz seeds.
pub fn seal_client_initial(
    dcid: &[u8],
    scid: &[u8],
    pn: u32,
    offset: u64,
    crypto: &[u8],
) -> Option<Vec<u8>> {
    let keys = InitialKeys::client(dcid)?;
    let mut frames = vec![0x06];
    put_varint(&mut frames, offset);
    put_varint(&mut frames, crypto.len() as u64);
    frames.extend_from_slice(crypto);
    let mut hdr = vec![0xc3]; // Initial, 4-byte packet number
    hdr.extend_from_slice(&VERSION_1.to_be_bytes());
    hdr.push(u8::try_from(dcid.len()).ok()?);
    hdr.extend_from_slice(dcid);
    hdr.push(u8::try_from(scid.len()).ok()?);
    hdr.extend_from_slice(scid);
    hdr.push(0); // no token
    let fixed = hdr.len() + 2 + 4 + TAG_LEN;
    if fixed + frames.len() < 1200 {
        frames.resize(1200 - fixed, 0); // PADDING frames
    }
    let len = 4 + frames.len() + TAG_LEN;
    // Always a 2-byte varint length so the padding arithmetic holds.
    hdr.extend_from_slice(&(0x4000 | u16::try_from(len).ok()?).to_be_bytes());
    let pn_offset = hdr.len();
    hdr.extend_from_slice(&pn.to_be_bytes());
    keys.key
        .seal_in_place_append_tag(keys.nonce(u64::from(pn)), Aad::from(&hdr[..]), &mut frames)
        .ok()?;
    let mut packet = hdr;
    packet.extend_from_slice(&frames);
    let sample = packet.get(pn_offset + 4..pn_offset + 4 + SAMPLE_LEN)?;
    let mask = keys.hp.new_mask(sample).ok()?;
    packet[0] ^= mask[0] & 0x0f;
    for i in 0..4 {
        packet[pn_offset + i] ^= mask[1 + i];
    }
    Some(packet)
}

fn put_varint(out: &mut Vec<u8>, v: u64) {
    if v < 1 << 6 {
        out.push(v as u8);
    } else if v < 1 << 14 {
        out.extend_from_slice(&(0x4000 | v as u16).to_be_bytes());
    } else if v < 1 << 30 {
        out.extend_from_slice(&(0x8000_0000 | v as u32).to_be_bytes());
    } else {
        out.extend_from_slice(&(0xc000_0000_0000_0000 | v).to_be_bytes());
    }
}

/// A bounds-checked reader for QUIC's variable-length integers.
struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.buf.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(*self.take(1)?.first()?)
    }

    /// RFC 9000 §16: the top two bits give the length (1, 2, 4 or 8 bytes).
    fn varint(&mut self) -> Option<u64> {
        let first = self.u8()?;
        let extra = (1usize << (first >> 6)) - 1;
        let mut v = u64::from(first & 0x3f);
        for &b in self.take(extra)? {
            v = v << 8 | u64::from(b);
        }
        Some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
            .collect()
    }

    /// RFC 9001 Appendix A.1 key derivation, checked through a round trip
    /// against the published client key/IV via an independent seal.
    #[test]
    fn rfc9001_client_keys() {
        let dcid = hex("8394c8f03e515708");
        let initial = Salt::new(HKDF_SHA256, &INITIAL_SALT_V1).extract(&dcid);
        let mut secret = [0u8; 32];
        expand_label(&initial, b"client in", &mut secret).expect("expand");
        assert_eq!(
            secret.to_vec(),
            hex("c00cf151ca5be075ed0ebfb5c80323c42d6b7db67881289af4008f1f6c357aea")
        );
        let client = Prk::new_less_safe(HKDF_SHA256, &secret);
        let (mut key, mut iv, mut hp) = ([0u8; 16], [0u8; 12], [0u8; 16]);
        expand_label(&client, b"quic key", &mut key).expect("key");
        expand_label(&client, b"quic iv", &mut iv).expect("iv");
        expand_label(&client, b"quic hp", &mut hp).expect("hp");
        assert_eq!(key.to_vec(), hex("1f369613dd76d5467730efcbe3b1a22d"));
        assert_eq!(iv.to_vec(), hex("fa044b2f42a3fd3b46fb255c"));
        assert_eq!(hp.to_vec(), hex("9f50449e04a0e810283a1e9933adedd2"));
        // RFC 9001 §A.2: header protection mask for the sample.
        let keys = InitialKeys::client(&dcid).expect("keys");
        let mask = keys
            .hp
            .new_mask(&hex("d1b1c98dd7689fb8ec11d242b123dc9b"))
            .expect("mask");
        assert_eq!(mask.to_vec(), hex("437b9aec36"));
    }

    #[test]
    fn seal_then_decrypt_round_trips() {
        let hello = b"\x01\x00\x00\x05hello";
        let dgram =
            seal_client_initial(&[1, 2, 3, 4, 5, 6, 7, 8], &[9; 5], 0, 0, hello).expect("seal");
        assert_eq!(dgram.len(), 1200);
        let hdr = parse_initial_header(&dgram).expect("header");
        assert_eq!(hdr.dcid, &[1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(hdr.end, dgram.len());
        let keys = InitialKeys::client(hdr.dcid).expect("keys");
        let mut scratch = Vec::new();
        let plain = decrypt_initial(&keys, &dgram, &hdr, &mut scratch).expect("decrypts");
        let mut got = Vec::new();
        crypto_frames(plain, |off, data| got.push((off, data.to_vec()))).expect("frames");
        assert_eq!(got, vec![(0, hello.to_vec())]);
        // A flipped ciphertext bit fails authentication.
        let mut bad = dgram.clone();
        bad[100] ^= 1;
        assert!(decrypt_initial(&keys, &bad, &hdr, &mut scratch).is_none());
        // Every truncation is rejected without panicking.
        for n in 0..dgram.len() {
            if let Some(h) = parse_initial_header(&dgram[..n]) {
                let _ = decrypt_initial(&keys, &dgram[..n], &h, &mut scratch);
            }
        }
    }

    #[test]
    fn varints() {
        for v in [
            0u64,
            63,
            64,
            16383,
            16384,
            (1 << 30) - 1,
            1 << 30,
            (1 << 62) - 1,
        ] {
            let mut b = Vec::new();
            put_varint(&mut b, v);
            assert_eq!(Cursor { buf: &b, pos: 0 }.varint(), Some(v));
        }
    }
}
