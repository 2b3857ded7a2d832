#!/usr/bin/env python3
"""Generate the abstract sample "portraits" for the Profiles in Practice sample series.

Uses only the Python standard library (zlib + struct). Each image is a soft two-colour
diagonal gradient with a simple geometric figure on top. Rerun at will: output is
deterministic.

    python3 scripts/make-sample-photos.py

Writes Content/people/<slug>.png (and one explicitly named portrait) and
Content/static/favicon.png, relative to the repository root.
"""

import math
import os
import struct
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEOPLE = os.path.join(ROOT, "Content", "people")
STATIC = os.path.join(ROOT, "Content", "static")

SIZE = 240

# file name (in Content/people/), gradient start, gradient end, figure colour, figure
PHOTOS = [
    ("lindiwe-mokoena.png", (244, 196, 120), (196, 92, 60), (255, 244, 226), "circle"),
    ("portrait-of-femke-van-aalst.png", (170, 210, 230), (60, 110, 170), (240, 248, 255), "ring"),
    ("rafael-quintero-salcedo.png", (200, 230, 180), (70, 140, 90), (250, 255, 240), "diamond"),
    ("selin-ozkaya.png", (250, 210, 220), (170, 70, 120), (255, 240, 245), "bust"),
    ("aiko-shimura.png", (255, 236, 170), (220, 140, 40), (90, 60, 30), "triangle"),
    ("temitope-adebanjo.png", (210, 190, 240), (100, 70, 160), (250, 245, 255), "bust"),
    ("priya-raghunathan.png", (180, 235, 225), (30, 130, 130), (240, 255, 252), "bars"),
    ("ruth-kinsella.png", (235, 225, 200), (130, 110, 80), (255, 252, 240), "ring"),
]

FAVICON = ("favicon.png", 32, (244, 196, 120), (60, 110, 170), (255, 255, 255), "circle")


def png_bytes(width, height, rows):
    """rows: list of bytes objects, each width*3 long (RGB). Uses the Sub filter."""
    raw = bytearray()
    for row in rows:
        raw.append(1)  # filter type 1: Sub
        prev = (0, 0, 0)
        for x in range(width):
            r, g, b = row[3 * x], row[3 * x + 1], row[3 * x + 2]
            raw += bytes(((r - prev[0]) & 255, (g - prev[1]) & 255, (b - prev[2]) & 255))
            prev = (r, g, b)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def inside(figure, x, y, size):
    """Whether pixel (x, y) belongs to the figure, in a size x size image."""
    u = (x + 0.5) / size - 0.5  # -0.5 .. 0.5
    v = (y + 0.5) / size - 0.5
    if figure == "circle":
        return u * u + v * v < 0.28 ** 2
    if figure == "ring":
        d = math.sqrt(u * u + v * v)
        return 0.18 < d < 0.30
    if figure == "diamond":
        return abs(u) + abs(v) < 0.30
    if figure == "triangle":
        return v < 0.24 and v > -0.28 and abs(u) < (v + 0.28) * 0.6
    if figure == "bust":  # head and shoulders
        head = u * u + (v + 0.12) ** 2 < 0.14 ** 2
        shoulders = v > 0.10 and (u / 0.32) ** 2 + ((v - 0.40) / 0.30) ** 2 < 1
        return head or shoulders
    if figure == "bars":
        for i, height in enumerate((0.20, 0.34, 0.26, 0.44)):
            left = -0.30 + i * 0.16
            if left <= u < left + 0.11 and 0.28 - height < v < 0.28:
                return True
        return False
    raise ValueError(figure)


def image(size, start, end, ink, figure):
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            if inside(figure, x, y, size):
                row += bytes(ink)
                continue
            t = (x + y) / (2 * (size - 1))  # diagonal gradient, 0 .. 1
            row += bytes(round(a + (b - a) * t) for a, b in zip(start, end))
        rows.append(bytes(row))
    return png_bytes(size, size, rows)


def write(path, data):
    with open(path, "wb") as handle:
        handle.write(data)
    print(f"{os.path.relpath(path, ROOT)}: {len(data):,} bytes")


def main():
    os.makedirs(PEOPLE, exist_ok=True)
    os.makedirs(STATIC, exist_ok=True)
    for name, start, end, ink, figure in PHOTOS:
        write(os.path.join(PEOPLE, name), image(SIZE, start, end, ink, figure))
    name, size, start, end, ink, figure = FAVICON
    write(os.path.join(STATIC, name), image(size, start, end, ink, figure))


if __name__ == "__main__":
    main()
