#!/usr/bin/env python3
"""`folio serve` under load and abuse, on loopback, bounded in time.

usage: server_load_soak.py PATH/TO/folio SITE [--saves 10000] [--seconds 150]

1. 500 connections at once, each a GET: all answered 200.
2. Idle and slow clients: 50 connections that send nothing are closed by the server after its
   idle timeout, a client that sends its request a byte at a time is still answered, and other
   requests are answered meanwhile.
3. Malformed requests (garbage, bad versions, huge headers, NUL bytes, bad chunking): each gets a
   4xx answer or a closed connection, never a crash; the server answers normally afterwards.
4. Path traversal (encoded, double-encoded, backslash, overlong UTF-8, absolute, NUL): never 200,
   never a byte of the file aimed at.
5. Soak: SAVES saves of one profile over about SECONDS seconds while pages are requested: no
   crash, memory within a bound, no stale page at the end, no leaked descriptors or watches.
SITE is copied to a temporary folder first.
"""
import argparse
import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

IDLE_TIMEOUT = 5
failures = []


def check(condition, message):
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        failures.append(message)


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def descriptors(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


def watches(pid):
    count = 0
    for fd in os.listdir("/proc/%d/fd" % pid):
        try:
            with open("/proc/%d/fdinfo/%s" % (pid, fd)) as f:
                count += sum(1 for line in f if line.startswith("inotify wd:"))
        except OSError:
            pass
    return count


def raw(port, data, timeout=5.0):
    """Sends bytes, returns what comes back until the server closes or goes quiet."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(data)
        except OSError:
            return b""
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks) and len(b"".join(chunks)) > 12:
                    s.settimeout(0.5)
        except (socket.timeout, ConnectionResetError):
            pass
        return b"".join(chunks)


def status(response):
    try:
        return int(response.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return None


async def one_get(port, path):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path).encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    return status(data)


async def many_gets(port, paths):
    return await asyncio.gather(*(one_get(port, p) for p in paths), return_exceptions=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folio")
    parser.add_argument("site")
    parser.add_argument("--saves", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=150)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="folio-soak-")
    site = os.path.join(work, "site")
    shutil.copytree(args.site, site, ignore=shutil.ignore_patterns("Output"))
    server = subprocess.Popen([os.path.abspath(args.folio), "serve", site, "--port", "0",
                               "--idle-timeout", str(IDLE_TIMEOUT)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = server.stdout.readline()
        while line and "Serving http" not in line:
            line = server.stdout.readline()
        base = line.split()[1]
        port = int(base.split(":")[2].split("/")[0])
        prefix = "/" + base.split("/", 3)[3]
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
        people = sorted(n[:-3] for n in os.listdir(os.path.join(site, "Content", "people")) if n.endswith(".md"))
        page = prefix + "people/%s/" % people[0]

        # 1. Many connections at once.
        results = asyncio.run(many_gets(port, [page if i % 2 else prefix for i in range(500)]))
        check(all(r == 200 for r in results),
              "500 concurrent connections all answered 200 (%d were not)" % sum(1 for r in results if r != 200))

        # 2. Idle and slow clients.
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(50)]
        slow = socket.create_connection(("127.0.0.1", port), timeout=10)
        request = ("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % page).encode()
        for i in range(len(request)):
            slow.sendall(request[i:i + 1])
            if i % 10 == 0:
                time.sleep(0.02)
        answer = b""
        while True:
            chunk = slow.recv(65536)
            if not chunk:
                break
            answer += chunk
        check(status(answer) == 200, "a client sending its request byte by byte is answered")
        check(asyncio.run(one_get(port, page)) == 200, "other requests are answered while 50 clients idle")
        time.sleep(IDLE_TIMEOUT + 3)
        closed = 0
        for s in idle:
            s.settimeout(2)
            try:
                closed += 1 if s.recv(1) == b"" else 0
            except (socket.timeout, ConnectionResetError):
                pass
            s.close()
        check(closed == 50, "idle connections closed after the %d s idle timeout (%d of 50)" % (IDLE_TIMEOUT, closed))

        # 3. Malformed requests.
        malformed = [
            b"\x00\x01\x02garbage\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
            b"GET / FOO/1.1\r\n\r\n", b"BREW / HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200000 + b"\r\n\r\n",
            b"GET /" + b"a" * 100000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
            b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n", b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 5000 + b"\r\n",
            b"\r\n\r\n\r\n", b"GET / HTTP/1.1\nHost: x\n\n", b"get / http/1.1\r\n\r\n",
        ]
        bad = []
        for data in malformed:
            response = raw(port, data)
            code = status(response)
            if response and code is not None and not (400 <= code < 500 or code == 405):
                bad.append((data[:30], code))
        check(not bad, "%d malformed requests answered with 4xx or a closed connection %s"
              % (len(malformed), bad if bad else ""))
        check(server.poll() is None and asyncio.run(one_get(port, page)) == 200,
              "the server still answers after malformed requests")

        # 4. Traversal.
        secret = "/etc/passwd"
        attempts = ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%252e%252e/%252e%252e/etc/passwd",
                    "/..%2f..%2f..%2fetc%2fpasswd", "/..\\..\\..\\etc\\passwd", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
                    "//etc/passwd", "/people/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%00/etc/passwd",
                    "/people/..%5c..%5c..%5cetc%5cpasswd", prefix + "../../../etc/passwd",
                    prefix + "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"]
        leaks = []
        for path in attempts:
            response = raw(port, ("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path).encode())
            if status(response) == 200 or b"root:" in response:
                leaks.append(path)
        check(not leaks, "%d traversal attempts: none answered 200 or with %s %s" % (len(attempts), secret, leaks))

        # 5. Soak: saves while pages are requested.
        time.sleep(1)
        start_rss, start_fds, start_watches = rss_kb(server.pid), descriptors(server.pid), watches(server.pid)
        profile = os.path.join(site, "Content", "people", people[0] + ".md")
        with open(profile, encoding="utf-8") as f:
            original = f.read()
        stop = threading.Event()
        errors = []
        served = [0]

        def reader():
            while not stop.is_set():
                try:
                    with urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, page), timeout=10) as r:
                        r.read()
                    served[0] += 1
                except (urllib.error.URLError, OSError) as error:
                    errors.append(str(error))
        threads = [threading.Thread(target=reader) for _ in range(4)]
        for t in threads:
            t.start()
        interval = args.seconds / args.saves
        started = time.time()
        peak = start_rss
        for i in range(args.saves):
            with open(profile, "w", encoding="utf-8") as f:
                f.write(original.rstrip("\n") + "\n\nSoak save %d.\n" % i)
            if i % 500 == 0:
                peak = max(peak, rss_kb(server.pid))
            next_at = started + (i + 1) * interval
            if next_at > time.time():
                time.sleep(next_at - time.time())
        stop.set()
        for t in threads:
            t.join()
        elapsed = time.time() - started
        time.sleep(1.5)
        with urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, page), timeout=10) as r:
            final = r.read().decode()
        end_rss, end_fds, end_watches = rss_kb(server.pid), descriptors(server.pid), watches(server.pid)
        check(server.poll() is None, "%d saves in %.0f s with %d pages served meanwhile: the server is running"
              % (args.saves, elapsed, served[0]))
        check(not errors, "no failed request during the soak (%d failed)" % len(errors))
        check("Soak save %d." % (args.saves - 1) in final, "the page shows the last save: nothing stale")
        bound = start_rss + 64 * 1024
        check(end_rss <= bound and peak <= bound,
              "memory: %d MB before, %d MB peak, %d MB after the soak (bound: %d MB, before + 64)"
              % (start_rss // 1024, peak // 1024, end_rss // 1024, bound // 1024))
        check(end_fds <= start_fds + 2, "descriptors: %d before, %d after" % (start_fds, end_fds))
        check(end_watches == start_watches, "inotify watches: %d before, %d after" % (start_watches, end_watches))
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)
    print("load and soak: %d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
