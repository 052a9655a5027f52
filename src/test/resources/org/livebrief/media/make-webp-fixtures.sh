#!/usr/bin/env bash
# Makes camera.webp and alpha.webp (see README.md) in this directory. Needs python3 and Debian's webp package.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import struct, sys, zlib
work = sys.argv[1]
def png(path, w, h, rgba):
    raw = b''
    for y in range(h):
        raw += b'\0'
        for x in range(w):
            if rgba:
                raw += bytes([255, 0, 0, 255]) if x < w // 2 else bytes([0, 0, 255, 0])
            else:
                raw += bytes([255, 0, 0]) if x < w // 2 else bytes([0, 0, 255])
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack('>IIBBBBB', w, h, 8, 6 if rgba else 2, 0, 0, 0)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
png(f'{work}/opaque.png', 120, 80, False)
png(f'{work}/alpha.png', 60, 40, True)
serial = b'SERIAL-4711-SECRET\0'
n0 = 2
serial_at = 8 + 2 + n0 * 12 + 4
gps_at = serial_at + len(serial)
t = b'MM\0\x2a' + struct.pack('>I', 8) + struct.pack('>H', n0)
t += struct.pack('>HHII', 0x8825, 4, 1, gps_at) + struct.pack('>HHII', 0xA431, 2, len(serial), serial_at)
t += struct.pack('>I', 0) + serial
rat_at = gps_at + 2 + 2 * 12 + 4
t += struct.pack('>H', 2) + struct.pack('>HHI', 1, 2, 2) + b'N\0\0\0' + struct.pack('>HHII', 2, 5, 3, rat_at)
t += struct.pack('>I', 0) + struct.pack('>IIIIII', 50, 1, 27, 1, 0, 1)
open(f'{work}/exif.bin', 'wb').write(t)
open(f'{work}/xmp.xml', 'wb').write(b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
    b"xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
    b"xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='50,27.0N'>SERIAL-4711-SECRET</rdf:Description>"
    b"</rdf:RDF></x:xmpmeta>")
PY
cwebp -quiet -q 80 "$work/opaque.png" -o "$work/plain.webp"
webpmux -set exif "$work/exif.bin" "$work/plain.webp" -o "$work/exif.webp"
webpmux -set xmp "$work/xmp.xml" "$work/exif.webp" -o camera.webp
cwebp -quiet -lossless "$work/alpha.png" -o alpha.webp
