#!/usr/bin/env python3
"""Idle intercepted connections: how much memory does promptwall hold per
open, TLS-terminated, idle client connection?

Starts the release binary on loopback, opens N connections through its
explicit proxy (CONNECT api.anthropic.com:443 + a full TLS handshake with a
leaf minted by promptwall), keeps them all open and idle, and reads the
proxy's RSS from /proc before and after. Bounded: N connections, one
handshake each, then everything is closed and the proxy stopped.

    cargo build --release
    python3 benches/idle_connections.py            # N = 10000
    python3 benches/idle_connections.py 2000       # fewer

Target (DESIGN.md): >= 10,000 idle intercepted connections under 1 GiB RSS.
"""
import asyncio
import os
import resource
import signal
import ssl
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "promptwall")


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


async def open_one(port: int, ctx: ssl.SSLContext, held: list) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"CONNECT api.anthropic.com:443 HTTP/1.1\r\nHost: api.anthropic.com:443\r\n\r\n")
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(head)
    await writer.start_tls(ctx, server_hostname="api.anthropic.com")
    held.append(writer)


async def main(n: int) -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    # Client and proxy are separate processes, each holding about n sockets.
    want = min(hard, n + 1024)
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    if want < n + 64:
        print(f"fd limit {want} too low for {n} connections (raise `ulimit -Hn`)")
        return 2
    if not os.path.exists(BIN):
        print(f"{BIN} missing: run `cargo build --release` first")
        return 2
    tmp = tempfile.mkdtemp(prefix="pw-idle-")
    port = 20000 + os.getpid() % 20000
    cfg = os.path.join(tmp, "pw.yaml")
    with open(cfg, "w") as f:
        f.write(
            f"listen:\n  explicit: 127.0.0.1:{port}\n  admin: off\nca:\n  dir: {tmp}/ca\n"
            f"limits:\n  idle_timeout: 600s\n  max_connections: {n + 100}\naudit:\n  path: off\nlog:\n  level: warn\n"
        )
    proxy = subprocess.Popen([BIN, "run", "--config", cfg], stdout=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if os.path.exists(f"{tmp}/ca/ca.pem"):
                break
            time.sleep(0.1)
        await asyncio.sleep(0.5)
        ctx = ssl.create_default_context(cafile=f"{tmp}/ca/ca.pem")
        ctx.set_alpn_protocols(["h2", "http/1.1"])
        before = rss_kib(proxy.pid)
        held: list = []
        sem = asyncio.Semaphore(64)
        started = time.monotonic()

        async def guarded() -> None:
            async with sem:
                await open_one(port, ctx, held)

        results = await asyncio.gather(*(guarded() for _ in range(n)), return_exceptions=True)
        failed = [r for r in results if isinstance(r, Exception)]
        took = time.monotonic() - started
        await asyncio.sleep(2)
        after = rss_kib(proxy.pid)
        per = (after - before) * 1024 / max(len(held), 1)
        print(f"idle intercepted connections held: {len(held)} of {n} ({len(failed)} failed) in {took:.1f} s")
        print(f"proxy RSS: {before / 1024:.1f} MiB before, {after / 1024:.1f} MiB with them open")
        print(f"per connection: {per / 1024:.1f} KiB; 10,000 would need {per * 10000 / 2**20:.0f} MiB")
        print(f"target (>= 10,000 under 1 GiB RSS): {'met' if len(held) >= min(n, 10000) and after < 2**20 else 'NOT met'}")
        if failed:
            print(f"first failure: {failed[0]!r}")
        for w in held:
            w.close()
        await asyncio.gather(*(w.wait_closed() for w in held), return_exceptions=True)
        return 0
    finally:
        proxy.send_signal(signal.SIGTERM)
        try:
            proxy.wait(timeout=40)
        except subprocess.TimeoutExpired:
            proxy.kill()


if __name__ == "__main__":
    sys.exit(asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)))
