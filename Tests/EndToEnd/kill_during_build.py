#!/usr/bin/env python3
"""SIGKILL `folio build` (and `folio serve`) at random moments; Output/ must always be the whole
old site or the whole new one, never a mix or a damaged folder.

usage: kill_during_build.py PATH/TO/folio [--rounds 30] [--profiles 1500] [--seed 1]

A generated series is built (site A), then every profile is edited (site B) and `folio build` is
started and killed after a random delay, spread over the whole build; Output/ is compared, file
by file, with A and with B. The content then flips back, and so on. A staging folder a killed
build leaves beside Output/ must be gone after the next build.
"""
import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "..", "Benchmarks", "generate-series.py")


def tree(folder):
    """Path -> sha256 of every file under folder (None when it is not a folder)."""
    if not os.path.isdir(folder):
        return None
    result = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                result[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return result


def set_version(site, version):
    """Writes the marker paragraph of every profile for content version 'A' or 'B'."""
    people = os.path.join(site, "Content", "people")
    for name in os.listdir(people):
        path = os.path.join(people, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = text.replace("\nVersion A.\n", "\n").replace("\nVersion B.\n", "\n")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.rstrip("\n") + "\n\nVersion %s.\n" % version)


def build(folio, site):
    started = time.time()
    subprocess.run([folio, "build", site], check=True, stdout=subprocess.DEVNULL)
    return time.time() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folio")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--profiles", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folio = os.path.abspath(args.folio)
    random.seed(args.seed)
    work = tempfile.mkdtemp(prefix="folio-kill-")
    site = os.path.join(work, "site")
    output = os.path.join(site, "Output")
    subprocess.run([sys.executable, GENERATOR, site, str(args.profiles)], check=True, stdout=subprocess.DEVNULL)
    failures = 0
    try:
        trees = {}
        durations = []
        for version in ("B", "A"):  # ends with A in place
            set_version(site, version)
            shutil.rmtree(output, ignore_errors=True)
            durations.append(build(folio, site))
            trees[version] = tree(output)
        assert trees["A"] != trees["B"]
        duration = max(durations)
        current = "A"
        outcomes = {"old": 0, "new": 0}
        for round_number in range(args.rounds):
            target = "B" if current == "A" else "A"
            set_version(site, target)
            delay = random.uniform(0.0, duration * 1.2)
            process = subprocess.Popen([folio, "build", site], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            process.wait()
            found = tree(output)
            if found == trees[current]:
                outcomes["old"] += 1
            elif found == trees[target]:
                outcomes["new"] += 1
                current = target
            else:
                failures += 1
                print("FAIL round %d (killed after %.2f s): Output/ is neither the old nor the new site"
                      % (round_number, delay))
                return 1
            # The content on disk is now `target`; a full build puts it in place.
            build(folio, site)
            if tree(output) != trees[target]:
                print("FAIL round %d: the build after a kill did not produce the site" % round_number)
                return 1
            current = target
            leftovers = [n for n in os.listdir(site) if n.startswith(".Output.folio-staging-")]
            if leftovers:
                print("FAIL round %d: staging folders left after a good build: %s" % (round_number, leftovers))
                return 1
        print("ok: %d kills of folio build (build takes %.2f s): Output/ was the old site %d times, the new "
              "site %d times, never anything else" % (args.rounds, duration, outcomes["old"], outcomes["new"]))

        # folio serve never writes Output/: killing it mid-rebuild leaves Output/ as it is.
        before = tree(output)
        server = subprocess.Popen([folio, "serve", site, "--port", "0"], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True)
        line = server.stdout.readline()
        while line and "Serving" not in line:
            line = server.stdout.readline()
        set_version(site, "B" if current == "A" else "A")
        time.sleep(random.uniform(0.05, 0.5))
        server.send_signal(signal.SIGKILL)
        server.wait()
        if tree(output) != before:
            print("FAIL: killing folio serve changed Output/")
            return 1
        print("ok: folio serve killed during a rebuild; Output/ untouched")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
