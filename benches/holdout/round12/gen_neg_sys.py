"""Hard negatives 3: systems output that looks like key material - a firmware hex dump, a tcpdump -X capture of a TLS
handshake, a gdb backtrace with registers, an ASan report, rustc / gcc output with hashed artifact names, a go build log
and go.sum, Nix store paths and flake.lock, Docker image digests, git objects (one body turned positive after scoring: its author e-mail), Cargo.lock checksums, strace output, a
linker map, TPM PCR values."""
import base64
from gen_common import R, rs, rb, hexs
from gen_sess import emit
import gen_vals as V


def xxd(data, base=0):
    out = []
    for o in range(0, len(data), 16):
        ch = data[o:o + 16]
        hx = " ".join(ch[i:i + 2].hex() for i in range(0, len(ch), 2))
        out.append("%08x: %-39s  %s" % (base + o, hx, "".join(chr(c) if 32 <= c < 127 else "." for c in ch)))
    return "\n".join(out)


def tcpx(data):
    out = []
    for o in range(0, len(data), 16):
        ch = data[o:o + 16]
        out.append("\t0x%04x:  %-39s  %s" % (o, " ".join(ch[i:i + 2].hex() for i in range(0, len(ch), 2)), "".join(chr(c) if 32 <= c < 127 else "." for c in ch)))
    return "\n".join(out)


def sri():
    return "sha256-" + base64.b64encode(rb(32)).decode()


def build():
    sh = iter(range(61, 300))
    pad = V.pad
    E = lambda name, ask, steps, n=2: emit(name, next(sh), [("u", ask)] + steps + pad(name[2:10], n))

    # 1 firmware hex dump
    fw = b"HXFW\x02\x00\x01\x00" + rb(56) + b"U-Boot 2024.01 (Nov 02 2025)\x00bootcmd=run distro_bootcmd\x00" + rb(300) + b"console=ttyS0,115200\x00" + rb(200)
    E("n_firmware_hexdump_uboot_env", "Where does the U-Boot env start in this image?", [("t", "bash", "xxd -s 0x40000 -l 704 build/hx-gw.bin", xxd(fw, 0x40000))])

    # 2 tcpdump -X of a TLS ClientHello
    ch = b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + rb(32) + b"\x20" + rb(32) + b"\x00\x20" + rb(32) + b"\x01\x00\x01\x93\x00\x00\x00\x14\x00\x12\x00\x00\x0fapi.kestrel.dev" + rb(120)
    E("n_tcpdump_hex_tls_clienthello", "Why does the server reset after ClientHello?", [("t", "bash", "sudo tcpdump -i eth0 -X -c 1 'tcp port 443 and tcp[tcpflags] & tcp-push != 0'",
      "09:14:02.118734 IP 10.40.3.17.51544 > 172.16.8.4.443: Flags [P.], seq 1:518, ack 1, win 502, length 517\n" + tcpx(ch))])

    # 3 gdb backtrace + registers
    regs = "\n".join("%-7s 0x%s  %d" % (r, hexs(16), R.randint(0, 2 ** 40)) for r in ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "rsp", "r8", "r9", "r12", "r13", "rip"])
    bt = "\n".join("#%d  0x%s in %s (%s) at %s" % (i, "00005" + hexs(11), fn, args, loc) for i, (fn, args, loc) in enumerate([
        ("ring_pop", "r=0x7ffff0001a40", "src/ring.c:88"), ("dispatch_frame", "ctx=0x5555555a92c0, buf=0x7ffff7fb6010 \"\\027\\003\\003\", len=4096", "src/net.c:212"),
        ("worker_main", "arg=0x5555555a92c0", "src/worker.c:57"), ("start_thread", "arg=<optimized out>", "pthread_create.c:442")]))
    E("n_gdb_backtrace_registers", "Segfault in the ring buffer under load, what does the core say?", [("t", "bash", "gdb -batch -ex bt -ex 'info registers' ./hxd core.41877", "Program terminated with signal SIGSEGV, Segmentation fault.\n" + bt + "\n" + regs)])

    # 4 ASan report
    a = "0x6020000000" + hexs(2)
    asan = ("=================================================================\n==41877==ERROR: AddressSanitizer: heap-buffer-overflow on address %s at pc 0x55d1%s bp 0x7ffd%s sp 0x7ffd%s\n"
            "READ of size 8 at %s thread T0\n    #0 0x55d1%s in parse_tlv src/tlv.c:41\n    #1 0x55d1%s in main tests/fuzz_tlv.c:19\n"
            "Shadow bytes around the buggy address:\n  0x0c047fff7fb0: fa fa 00 00 fa fa 00 fa fa fa 00 00 fa fa 00 04\n=>0x0c047fff8000: fa fa 00 00 fa fa[04]fa fa fa fa fa fa fa fa fa\n"
            % (a, hexs(8), hexs(8), hexs(8), a, hexs(8), hexs(8)))
    E("n_asan_heap_overflow_report", "Fuzzer found this, explain the bug", [("t", "bash", "./fuzz_tlv crash-" + hexs(40), asan)])

    # 5 rustc / cargo output with hashed artifacts
    lines = "\n".join("       Fresh %s v%d.%d.%d" % (c, R.randint(0, 2), R.randint(0, 40), R.randint(0, 9)) for c in ["libc", "cfg-if", "ring", "rustls", "tokio", "bytes", "zeroize", "subtle"])
    err = ("error[E0599]: no method named `as_bytes` found for struct `SecretKey` in the current scope\n  --> crates/agentd/src/seal.rs:44:28\n   |\n44 |     let k = self.key.as_bytes();\n"
           "   |                      ^^^^^^^^ method not found in `SecretKey`\n\nerror: could not compile `agentd` (lib) due to 1 previous error\nwarning: build failed, waiting for other jobs to finish...\n"
           "note: /work/target/debug/deps/libring-%s.rlib, /work/target/debug/deps/librustls-%s.rmeta\n" % (hexs(16), hexs(16)))
    E("n_cargo_build_error_hashed_deps", "Fix the compile error in seal.rs", [("t", "bash", "cargo build -p agentd 2>&1", lines + "\n   Compiling agentd v0.3.0 (/work/crates/agentd)\n" + err)])

    # 6 go build -x + go.sum
    gs = "\n".join("%s %s h1:%s" % (m, v, base64.b64encode(rb(32)).decode()) for m, v in [("golang.org/x/crypto", "v0.29.0"), ("golang.org/x/crypto", "v0.29.0/go.mod"),
                   ("github.com/golang-jwt/jwt/v5", "v5.2.1"), ("golang.org/x/sys", "v0.27.0"), ("github.com/miekg/dns", "v1.1.62")])
    wk = "WORK=/tmp/go-build%d\nmkdir -p $WORK/b001/\ncd /work/hxd\n/usr/local/go/pkg/tool/linux_amd64/compile -o $WORK/b001/_pkg_.a -trimpath \"$WORK/b001=>\" -p main -buildid %s/%s -goversion go1.23.3 -c=4 ./main.go\n" % (R.randint(10 ** 8, 10 ** 9), rs(20), rs(20))
    E("n_go_build_log_go_sum", "Is go.sum consistent with the build?", [("t", "bash", "cat go.sum", gs + "\n"), ("t", "bash", "go build -x ./cmd/hxd 2>&1 | head -6", wk)])

    # 7 Nix store paths + flake.lock
    sp = "\n".join("/nix/store/%s-%s" % (rs(32, "0123456789abcdfghijklmnpqrsvwxyz"), p) for p in ["openssl-3.3.2", "openssh-9.9p1", "wireguard-tools-1.0.20210914", "glibc-2.40-36", "hxd-0.3.0"])
    fl = '{\n  "nodes": {\n    "nixpkgs": {\n      "locked": {\n        "lastModified": 1732014248,\n        "narHash": "%s",\n        "owner": "NixOS",\n        "repo": "nixpkgs",\n        "rev": "%s",\n        "type": "github"\n      }\n    }\n  },\n  "version": 7\n}\n' % (sri(), hexs(40))
    E("n_nix_store_paths_flake_lock", "Why does the closure include two glibc versions?", [("t", "bash", "nix-store -qR result | tail -5", sp + "\n"), ("t", "read", "flake.lock", fl)])

    # 8 docker digests
    dg = "\n".join("%s@sha256:%s" % (i, hexs(64)) for i in ["ghcr.io/kestrel-os/hxd", "docker.io/library/alpine", "quay.io/prometheus/node-exporter", "cgr.dev/chainguard/static"])
    E("n_docker_image_digests_pinning", "Pin all images in the compose file by digest", [("t", "bash", "docker images --digests --format '{{.Repository}}@{{.Digest}}'", dg + "\n")])

    # 9 git objects
    go = ("tree %s\nparent %s\nauthor Ana Lindqvist <ana@kestrel-os.org> 1763981234 +0100\ncommitter Ana Lindqvist <ana@kestrel-os.org> 1763981234 +0100\ngpgsig -----BEGIN SSH SIGNATURE-----\n"
          " U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAg%s\n %s\n -----END SSH SIGNATURE-----\n\nring: fix wraparound in ring_pop\n" % (hexs(40), hexs(40), base64.b64encode(rb(24)).decode(), base64.b64encode(rb(60)).decode()))
    tr = "\n".join("100644 blob %s\t%s" % (hexs(40), f) for f in ["Makefile", "README.md", "src/ring.c", "src/net.c", "src/tlv.c"])
    # Fixed after scoring: the author / committer address (firstname@company) is personal data under round 8's rule, so
    # this body is a positive with that label (it was first emitted as the negative n_git_cat_file_signed_commit; body
    # text, padding seed and Random draws unchanged).
    emit("p_git_cat_file_signed_commit_author_email", next(sh), [("u", "Is this commit signed by a maintainer key?"), ("t", "bash", "git cat-file -p HEAD", go),
         ("t", "bash", "git cat-file -p HEAD^{tree}", tr)] + pad("git_cat_", 2), [("pii", "email (commit author, firstname@company)", "ana@kestrel-os.org")])

    # 10 Cargo.lock
    cl = "# This file is automatically @generated by Cargo.\nversion = 4\n\n" + "\n".join('[[package]]\nname = "%s"\nversion = "%d.%d.%d"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n' % (
        c, R.randint(0, 2), R.randint(0, 30), R.randint(0, 9), hexs(64)) for c in ["aead", "aes-gcm", "chacha20poly1305", "ed25519-dalek", "hkdf", "hmac", "sha2", "x25519-dalek", "zeroize"])
    E("n_cargo_lock_checksums", "Which crypto crates do we pull in?", [("t", "read", "Cargo.lock", cl)])

    # 11 strace
    st = "\n".join(['openat(AT_FDCWD, "/etc/hx/device.key", O_RDONLY|O_CLOEXEC) = 3', "fstat(3, {st_mode=S_IFREG|0600, st_size=1679, ...}) = 0",
                    'read(3, "-----BEGIN RSA PRIVATE KEY-----\\nMIIE"..., 4096) = 1679', "close(3)                                = 0",
                    'connect(4, {sa_family=AF_INET, sin_port=htons(8883), sin_addr=inet_addr("20.50.1.9")}, 16) = -1 EINPROGRESS', 'write(4, "\\26\\3\\1\\2\\0\\1\\0\\1\\374\\3\\3"..., 517) = 517'])
    E("n_strace_key_read_truncated", "Does the agent actually read the device key?", [("t", "bash", "strace -f -e trace=openat,read,connect,write -s 32 hx-agent 2>&1 | head", st + "\n")])

    # 12 linker map
    mp = "Memory Configuration\n\nName             Origin             Length             Attributes\nFLASH            0x08000000         0x00100000         xr\nRAM              0x20000000         0x00040000         xrw\n\n" + \
         "\n".join(" .text.%-24s 0x%08x 0x%4x build/%s.o" % (f, 0x08000000 + R.randint(0, 0xfffff), R.randint(16, 4000), f.split("_")[0]) for f in ["mbedtls_sha256_update", "aes_encrypt_block", "hkdf_expand", "boot_validate_slot", "uart_write"])
    E("n_linker_map_flash_layout", "How much flash does mbedtls take?", [("t", "bash", "grep -A40 'Memory Configuration' build/zephyr/zephyr.map | head -20", mp + "\n")])

    # 13 TPM PCRs
    pcr = "sha256:\n" + "\n".join("  %-2d : 0x%s" % (i, hexs(64).upper()) for i in range(10))
    E("n_tpm_pcr_values_measured_boot", "Which PCRs changed after the BIOS update?", [("t", "bash", "tpm2_pcrread sha256:0,1,2,3,4,5,6,7,8,9", pcr + "\n")])
