"""Hard negatives 2: cryptography test vectors and public key material - RFC 4231 HMAC-SHA256 vectors, RFC 8032 Ed25519
vectors, NIST CAVP AES KAT files, a Wycheproof-style HMAC test file (all computed here), TLS fixtures (certificates,
public keys), known_hosts / authorized_keys, a PGP public key and detached signature, a public JWKS, openssl x509 -text
output, an elided PEM in docs, an encrypted minisign key with its public key, age recipients, a wg config whose private
key is a file path."""
import base64, hashlib, hmac, json, re
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives import serialization as ser
from gen_common import R, rs, rb, hexs, key, KEYS, V7
from gen_sess import emit
import gen_vals as V
import os, subprocess

RAW = (ser.Encoding.Raw, ser.PublicFormat.Raw)


def build():
    sh = iter(range(41, 300))
    pad = V.pad
    E = lambda name, ask, steps, n=2: emit(name, next(sh), [("u", ask)] + steps + pad(name[2:10], n))

    # 1 RFC 4231
    cases = [(b"\x0b" * 20, b"Hi There"), (b"Jefe", b"what do ya want for nothing?"), (b"\xaa" * 20, b"\xdd" * 50), (bytes(range(1, 26)), b"\xcd" * 50)]
    t = "// RFC 4231 test vectors for HMAC-SHA-256\nstatic const struct hmac_tv rfc4231[] = {\n"
    for i, (k, d) in enumerate(cases, 1):
        t += '    /* %d */ { .key = "%s", .data = "%s",\n            .mac = "%s" },\n' % (i, k.hex(), d.hex(), hmac.new(k, d, hashlib.sha256).hexdigest())
    t += "};\n"
    E("n_rfc4231_hmac_vectors_c", "Add the SHA-512 column to these HMAC test vectors", [("t", "read", "tests/crypto/hmac_vectors.h", t)])

    # 2 RFC 8032 Ed25519
    seeds = ["9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
             "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"]
    msgs = [b"", b"\x72", b"\xaf\x82"]
    txt = ""
    for i, (s, m) in enumerate(zip(seeds, msgs), 1):
        k = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(s))
        txt += "-----TEST %d\n\nSECRET KEY:\n%s\n\nPUBLIC KEY:\n%s\n\nMESSAGE (length %d bytes):\n%s\n\nSIGNATURE:\n%s\n\n" % (
            i, s, k.public_key().public_bytes(*RAW).hex(), len(m), m.hex(), k.sign(m).hex())
    E("n_rfc8032_ed25519_test_vectors", "Turn the RFC 8032 vectors into a table-driven Rust test", [("t", "bash", "sed -n '/-----TEST 1/,/-----TEST 4/p' docs/rfc8032.txt", txt)])

    # 3 NIST CAVP AES ECB VarKey KAT
    kat = "# CAVS 11.1\n# Config info for aes_values\n# AESVS VarKey test data for ECB\n# State : Encrypt and Decrypt\n# Key Length : 128\n\n[ENCRYPT]\n\n"
    for c in range(12):
        k = ((0xffffffffffffffffffffffffffffffff << (127 - c)) & ((1 << 128) - 1)).to_bytes(16, "big")
        e = Cipher(algorithms.AES(k), modes.ECB()).encryptor()
        kat += "COUNT = %d\nKEY = %s\nPLAINTEXT = 00000000000000000000000000000000\nCIPHERTEXT = %s\n\n" % (c, k.hex(), (e.update(bytes(16)) + e.finalize()).hex())
    E("n_nist_cavp_aes_varkey_kat", "Parse this .rsp format in the Go test harness", [("t", "bash", "head -80 testdata/ECBVarKey128.rsp", kat)])

    # 4 Wycheproof-style HMAC test file (computed)
    tests = []
    for i in range(1, 9):
        k, m = rb(32), rb(R.choice([0, 1, 16, 64]))
        tag = hmac.new(k, m, hashlib.sha256).digest()
        bad = i % 3 == 0
        tests.append({"tcId": i, "comment": "modified tag" if bad else "", "flags": ["ModifiedTag"] if bad else [], "key": k.hex(), "msg": m.hex(),
                      "tag": (bytes([tag[0] ^ 1]) + tag[1:]).hex() if bad else tag.hex(), "result": "invalid" if bad else "valid"})
    wy = json.dumps({"algorithm": "HMACSHA256", "schema": "mac_test_schema_v1.json", "numberOfTests": 8,
                     "testGroups": [{"keySize": 256, "tagSize": 256, "type": "MacTest", "tests": tests}]}, indent=1)
    E("n_wycheproof_hmac_sha256_json", "Hook the wycheproof HMAC file into our test runner", [("t", "read", "testdata/wycheproof/hmac_sha256_test.json", wy)])

    # 5 TLS fixtures: certificates and public key only
    crt, ca = key("tls_testdata_ec.crt").strip(), key("ca_test.crt").strip()
    E("n_tls_fixture_certs_chain", "The chain test expects 2 certs but finds 1", [("t", "bash", "cat testdata/chain.pem", crt + "\n" + ca + "\n"),
      ("a", "chain.pem holds the leaf and the root; the intermediate is missing, so the verifier builds a 2-element path.")])

    # 6 known_hosts + authorized_keys
    pubs = [key("user%d.pub" % i).strip() for i in range(1, 5)] + [key("ci_rsa.pub").strip()]
    kh = "\n".join("|1|%s|%s %s" % (base64.b64encode(rb(20)).decode(), base64.b64encode(rb(20)).decode(), " ".join(key("host_ecdsa.pub").split()[:2])) for _ in range(4))
    E("n_ssh_known_hosts_authorized_keys", "Which keys can still log into build01?", [("t", "bash", "cat ~/.ssh/known_hosts", kh + "\n"),
      ("t", "bash", "ssh build01 cat .ssh/authorized_keys", "\n".join(('from="10.40.0.0/16" ' if i == 4 else "") + p for i, p in enumerate(pubs)) + "\n")])

    # 7 PGP public key + detached signature
    E("n_pgp_public_key_and_signature", "Verify the release signature workflow docs are right", [("t", "bash", "cat KEYS rel.txt.asc", key("maint.pub.asc").strip() + "\n" + key("rel.txt.asc").strip() + "\n")])

    # 8 public JWKS
    der = subprocess.run(["openssl", "rsa", "-pubin", "-in", os.path.join(KEYS, "jwks_src.pub"), "-noout", "-modulus"], capture_output=True, text=True).stdout
    n = bytes.fromhex(der.strip().split("=")[1])
    jw = json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16), "n": base64.urlsafe_b64encode(n).decode().rstrip("="), "e": "AQAB"},
                              {"kty": "OKP", "crv": "Ed25519", "use": "sig", "kid": hexs(16), "x": base64.urlsafe_b64encode(rb(32)).decode().rstrip("=")}]}, indent=2)
    E("n_jwks_public_keys_only", "Our verifier rejects tokens signed with the new kid", [("t", "bash", "curl -s https://auth.kestrel-os.org/.well-known/jwks.json", jw)])

    # 9 openssl x509 -text
    tx = subprocess.run(["openssl", "x509", "-in", os.path.join(KEYS, "iot_device.crt"), "-noout", "-text"], capture_output=True, text=True).stdout
    E("n_openssl_x509_text_device_cert", "Is this device cert usable for TLS client auth?", [("t", "bash", "openssl x509 -in certs/hx-gw-000417.crt -noout -text", tx)])

    # 10 elided PEM in docs
    md = ("## Rotating the device key\n\n1. Generate a key on the device: `openssl genrsa -out /etc/hx/device.key 2048`\n2. The file looks like this:\n\n```\n-----BEGIN RSA PRIVATE KEY-----\n"
          "MIIEowIBAAKCAQEA...\n...\n-----END RSA PRIVATE KEY-----\n```\n\n3. Never copy it off the device; send the CSR instead.\n")
    E("n_docs_elided_pem_example", "Review the key rotation doc", [("t", "read", "docs/ops/device-key-rotation.md", md)])

    # 11 minisign encrypted key + public key (encrypted material: not labelled)
    E("n_minisign_encrypted_key_and_pub", "Does the release job have everything it needs to sign?", [("t", "bash", "cat ~/.minisign/minisign.key keys/minisign.pub", V.minisign_sec(True) + "\n" + V.minisign_pub() + "\n"),
      ("a", "Yes: the key is password-protected (Sc), so the job needs MINISIGN_PASSWORD from the CI secret store.")])

    # 12 age recipients + wg config with key file reference
    rec = "\n".join("# %s\n%s" % (w, V7.age_public()) for w in ("ops-laptop-ana", "ops-laptop-jon", "backup-host")) + "\n"
    wg = ("[Interface]\nAddress = 10.77.0.3/24\nPostUp = wg set %%i private-key /etc/wireguard/private.key\n\n[Peer]\nPublicKey = %s\nAllowedIPs = 10.77.0.0/24\n"
          "Endpoint = vpn.kestrel-os.org:51820\nPersistentKeepalive = 25\n" % V.wg_key())
    E("n_age_recipients_wg_keyfile_ref", "Add the new backup host to the recipients and the VPN", [("t", "bash", "cat backup/recipients.txt", rec), ("t", "bash", "cat /etc/wireguard/wg0.conf", wg)])
