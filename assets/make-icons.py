#!/usr/bin/env python3
"""Writes assets/icon.ico (Windows) and assets/icon.icns (macOS) from the PNG icons beside it.

Both formats may hold PNG images as they are (ICO since Windows Vista, ICNS since macOS 10.7),
so no image library is needed. Run again after changing the PNGs: python3 assets/make-icons.py
"""
import struct
from pathlib import Path

ASSETS = Path(__file__).resolve().parent
PNGS = {16: "icon-16.png", 32: "icon-32.png", 64: "icon-64.png", 128: "icon-128.png", 256: "icon.png"}
# ICNS element types that hold a PNG of the given edge length.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}


def png(size):
    data = (ASSETS / PNGS[size]).read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    if data[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (size, size):
        raise SystemExit(f"{PNGS[size]}: expected a {size}x{size} PNG, found {width}x{height}")
    return data


def ico():
    sizes = sorted(PNGS)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = png(size)
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns():
    body = b""
    for size, kind in sorted(ICNS_TYPES.items()):
        data = png(size)
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


if __name__ == "__main__":
    (ASSETS / "icon.ico").write_bytes(ico())
    (ASSETS / "icon.icns").write_bytes(icns())
    print("wrote", ASSETS / "icon.ico", "and", ASSETS / "icon.icns")
