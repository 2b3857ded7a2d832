#!/usr/bin/env python3
"""End-to-end: a real headless Chromium shows `folio serve` live-reloading.

Opens a profile page served by `folio serve`, then, without touching the browser:
  1. edits the profile's Markdown: the page's text changes by itself;
  2. breaks its front matter: the error overlay appears with the file and line;
  3. fixes it: the overlay goes and the new text appears.
Drives Chromium through its DevTools protocol (websocket-client from PyPI).

usage: live_reload_in_browser.py PATH/TO/folio PATH/TO/fixture-site
Prints one line per check and a closing 'N passed, N failed' line; exit 1 on any failure.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout=10.0, interval=0.05):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return None


class Page:
    def __init__(self, debug_port):
        # A slow start can leave the DevTools endpoint unanswered, or answering with no page yet
        # (a CI run once saw none in 20 s): wait longer, and ask for a page if none comes.
        page = wait_for(lambda: self._page(debug_port), timeout=20)
        if page is None:
            self._request(debug_port, "/json/new?about:blank", method="PUT")
            page = wait_for(lambda: self._page(debug_port), timeout=40)
        if page is None:
            raise RuntimeError("Chromium's DevTools endpoint offered no page in 60 s")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=10)
        self.next_id = 0

    @classmethod
    def _page(cls, port):
        targets = cls._request(port, "/json") or []
        return next((t for t in targets if t.get("type") == "page"), None)

    @staticmethod
    def _request(port, path, method="GET"):
        try:
            request = urllib.request.Request("http://127.0.0.1:%d%s" % (port, path), method=method)
            with urllib.request.urlopen(request, timeout=2) as response:
                return json.load(response)
        except (OSError, ValueError):
            return None

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


def main():
    folio, fixture = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    work = tempfile.mkdtemp(prefix="folio-e2e-")
    site = os.path.join(work, "site")
    shutil.copytree(fixture, site)
    profile = os.path.join(site, "Content", "people", "ben-adair.md")
    original = open(profile, encoding="utf-8").read()
    port, debug_port = free_port(), free_port()
    server = subprocess.Popen([folio, "serve", site, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    browser = None
    passed, failed = 0, 0

    def check(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print("ok: " + name)
        else:
            failed += 1
            print("FAILED: " + name + (" (" + detail + ")" if detail else ""))

    try:
        url = "http://127.0.0.1:%d/small/people/ben-adair/" % port
        wait_for(lambda: _reachable(url), timeout=30)
        chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not chromium:
            check("chromium is installed", False, "no chromium on PATH")
            return 1
        browser = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--user-data-dir=" + os.path.join(work, "profile"), "--remote-debugging-port=%d" % debug_port, "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        page = Page(debug_port)
        page.call("Page.enable")
        page.call("Page.navigate", url=url)
        text = lambda: page.evaluate("document.body ? document.body.innerText : ''") or ""
        check("profile page opens", wait_for(lambda: "follows Mira Okafor" in text()), text()[:200])

        started = time.time()
        with open(profile, "w", encoding="utf-8") as f:
            f.write(original.replace("Ben Adair follows", "Ben Adair, edited in the test, follows"))
        changed = wait_for(lambda: "edited in the test" in text())
        check("page shows the edit by itself", changed, text()[:200])
        if changed:
            print("edit-to-updated-page in browser: %.0f ms" % ((time.time() - started) * 1000))

        with open(profile, "w", encoding="utf-8") as f:
            f.write(original.replace("number: 3", "number: three"))
        overlay = lambda: page.evaluate("(document.getElementById('folio-errors') || {}).innerText || ''") or ""
        shown = wait_for(lambda: "ben-adair.md:3:9" in overlay())
        check("overlay shows the error with file and line", shown, overlay()[:300])
        check("last good page still shown under the overlay", "edited in the test" in text())

        with open(profile, "w", encoding="utf-8") as f:
            f.write(original.replace("Ben Adair follows", "Ben Adair, fixed, follows"))
        fixed = wait_for(lambda: "fixed, follows" in text() and overlay() == "")
        check("fixing the file removes the overlay and shows the new text", fixed, overlay()[:200] + " | " + text()[:200])
    finally:
        if browser:
            browser.terminate()
            browser.wait(timeout=10)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)
    print("browser: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


def _reachable(url):
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


if __name__ == "__main__":
    sys.exit(main())
