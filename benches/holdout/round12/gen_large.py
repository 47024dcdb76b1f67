"""Large bodies (200-400 KB): two long coding-agent sessions of a systems team with one or two needles (a PKCS#8 key
of a KDC backup job; a Vault token and a WireGuard private key), and two large hard negatives (a long session on the
secret scanner's own code and fixtures; a kernel / firmware CI build log with checksums)."""
from gen_common import R, rs, hexs, key, S, K, vault_hvs
from gen_sess import emit
import gen_shapes as SH
import gen_vals as V


def build():
    pad = V.pad
    # positive 1: one needle (PKCS#8 RSA key) in the middle of a long session
    pem = key("kdc_backup.pem").strip()
    steps = [("u", "We're porting the KDC backup tool from Python to Rust; walk the old code with me and keep notes of what each module does.")]
    steps += pad("bigkdc-a", 8, 15000)
    steps += [("t", "bash", "cat /etc/kdc-backup/signing.pem", pem + "\n"), ("a", "The backup manifests are signed with this RSA key; the Rust port should load it via a path, not embed it.")]
    steps += pad("bigkdc-b", 8, 15000) + [("u", "Now draft the Rust module layout.")]
    emit("p_large_kdc_backup_port_session_pkcs8", SH.cc, steps, [(K, "PKCS#8 RSA private key (KDC backup signing)", pem)])

    # positive 2: two needles (Vault token in an env dump, WireGuard private key in a config) in a long session
    hv, wk = vault_hvs(), V.wg_private()
    env = "SHELL=/bin/bash\nPWD=/srv/meshd\nVAULT_ADDR=https://vault.corp.lan:8200\nVAULT_TOKEN=%s\nRUST_LOG=meshd=debug\nLANG=C.UTF-8\n" % hv
    wg = "[Interface]\nAddress = 10.99.0.1/16\nListenPort = 51821\nPrivateKey = %s\nMTU = 1380\n" % wk
    steps = [("u", "meshd leaks file descriptors after a few hours; go through the code and find it")] + pad("bigmesh-a", 8, 15000)
    steps += [("t", "bash", "sudo cat /proc/$(pidof meshd)/environ | tr '\\0' '\\n'", env)] + pad("bigmesh-b", 6, 15000)
    steps += [("t", "bash", "sudo cat /etc/wireguard/mesh0.conf", wg)] + pad("bigmesh-c", 5, 15000) + [("a", "The leak is in the reconnect loop: the old socket is never closed when the handshake times out.")]
    emit("p_large_meshd_fd_leak_session_two_needles", SH.oai_chat, steps, [(S, "Vault service token", hv), (K, "WireGuard interface private key", wk)])

    # negative 1: the scanner's own code and fixtures
    fx = ("# fixtures: every value below must NOT be reported\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nSLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work\nGITHUB_TOKEN=%s\n"
          "DB_PASSWORD=changeme\nSTRIPE_KEY=sk_test_%s\nPRIVATE_KEY=\"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\"\n" % (V.fake_gh(), "0" * 24))
    steps = [("u", "Refactor the scanner's rule loading; start by reading the modules")] + pad("bigscan-a", 8, 15000)
    steps += [("t", "bash", "cat tests/fixtures/negatives.env", fx)] + pad("bigscan-b", 8, 15000)
    emit("n_large_scanner_refactor_session_fixtures", SH.cc, steps)

    # negative 2: a kernel / firmware CI build log with checksums
    cc = []
    dirs = ["drivers/net/ethernet/hx", "drivers/can/hx", "arch/arm64/kernel", "crypto", "net/ipv4", "fs/ext4", "kernel/sched", "mm", "security/keys", "lib/crypto"]
    for i in range(6600):
        d = R.choice(dirs)
        cc.append("  %s      %s/%s_%d.o" % (R.choice(["CC", "CC", "CC", "AS", "LD"]), d, rs(6, "abcdefghijklmnopqrstuvwxyz"), i % 97))
    sums = "\n".join("%s  %s" % (hexs(64), f) for f in ["Image.gz", "hx-gw.dtb", "modules.tar.xz", "rootfs.squashfs", "u-boot.itb", "hx-gw-2025.11.3.swu"])
    log = "\n".join(cc) + "\n  OBJCOPY arch/arm64/boot/Image\n  GZIP    arch/arm64/boot/Image.gz\nccache: hits 31877 misses 412 (98.7%%)\n+ sha256sum dist/*\n%s\nuploaded artifacts (6) to s3://kestrel-ci-artifacts/fw/%s/\n" % (sums, hexs(40))
    emit("n_large_kernel_ci_build_log_checksums", SH.converse, [("u", "The firmware build got slower this week; anything odd in the log?"), ("t", "bash", "buildkite-agent artifact download build.log . && cat build.log", log),
         ("a", "ccache hit rate is 98.7%, so compilation is not the problem; the upload step took 6 minutes.")])
