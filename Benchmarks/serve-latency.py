#!/usr/bin/env python3
"""Edit-to-reload latency of `folio serve`: the time from saving a profile to the open page's
reload event having been sent and the new page being served, median over N edits.

usage: serve-latency.py PATH/TO/folio SITE [--edits 20]
SITE is a generated series (Benchmarks/generate-series.py). Each edit changes one profile's
body; the script listens on the live-reload event stream like an open page does.
"""
import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folio")
    parser.add_argument("site")
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    port = free_port()
    started = time.time()
    server = subprocess.Popen([args.folio, "serve", args.site, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = server.stdout.readline()
        while "Serving http" not in line:
            if not line:
                print("server ended: " + line)
                return 1
            line = server.stdout.readline()
        base = line.split()[1]
        startup = time.time() - started
        events = socket.create_connection(("127.0.0.1", port))
        path = base.split(str(port), 1)[1]
        events.sendall(("GET %s_folio/events HTTP/1.1\r\nHost: x\r\n\r\n" % path).encode())
        buffer = b""
        while b"event: hello" not in buffer:
            buffer += events.recv(65536)
        people = sorted(f for f in os.listdir(os.path.join(args.site, "Content", "people")) if f.endswith(".md"))
        latencies = []
        for index in range(args.edits):
            name = people[(index * 7919) % len(people)]
            file = os.path.join(args.site, "Content", "people", name)
            text = open(file, encoding="utf-8").read()
            marker = "Latency probe %d-%d." % (os.getpid(), index)
            edited = text.replace("\n## Background", "\n" + marker + "\n\n## Background", 1)
            buffer = b""
            t0 = time.time()
            with open(file, "w", encoding="utf-8") as f:
                f.write(edited)
            while b"event: reload" not in buffer:
                chunk = events.recv(65536)
                if not chunk:
                    raise SystemExit("event stream closed")
                buffer += chunk
            with urllib.request.urlopen(base + "people/" + name[:-3] + "/") as response:
                page = response.read().decode()
            elapsed = (time.time() - t0) * 1000
            if marker not in page:
                raise SystemExit("served page does not show the edit " + marker)
            latencies.append(elapsed)
            with open(file, "w", encoding="utf-8") as f:
                f.write(text)  # restore; wait for that rebuild too
            buffer = b""
            while b"event: reload" not in buffer:
                buffer += events.recv(65536)
        print("profiles: %d" % len(people))
        print("first build and start: %.2f s" % startup)
        print("edit to reload event and new page, median of %d: %.0f ms (min %.0f, max %.0f)" % (
            len(latencies), statistics.median(latencies), min(latencies), max(latencies)))
    finally:
        server.terminate()
        server.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
