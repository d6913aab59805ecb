"""Draw the Trip Planner's images and write them as RGBA PNGs into ../res/.

    python3 examples/forms/tools/make_art.py

Computed from coordinates only, so the bytes are the same on every run.

    banner.png  the picture at the top of the form: hills, sea and a sun (200x48)
    icon.png    the suite's icon: a suitcase (16x16)
"""

import os
import struct
import zlib

RES = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'res')


def png_rgba(width, height, pixel):
    """An 8-bit RGBA PNG of width x height whose colour at (x, y) is pixel(x, y) = (r, g, b, a)."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(pixel(x, y))
    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header)
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def banner(x, y):
    w, h = 200, 48
    if (x - 160) ** 2 + (y - 14) ** 2 <= 64:                  # the sun
        return (255, 210, 60, 255)
    far = 26 + int(6 * ((x * 7919) % 97) / 97.0) - abs((x % 60) - 30) // 5
    near = 34 + abs((x % 90) - 45) // 6
    if y >= 40:                                               # the sea with a few wave crests
        crest = (x + 3 * y) % 23 == 0
        return (200, 230, 255, 255) if crest else (30, 110 - (y - 40) * 3, 190, 255)
    if y >= near and x < 120:
        return (50, 140, 60, 255)
    if y >= far:
        return (110, 170, 110, 255)
    top = (120, 190, 250)                                     # sky: lighter towards the horizon
    return (top[0] + y, top[1] + y // 2, top[2], 255) if x < w else (0, 0, 0, 0)


def icon(x, y):
    if 2 <= y <= 4 and 5 <= x <= 10 and not (y > 2 and 7 <= x <= 8):   # the handle
        return (60, 40, 20, 255)
    if 5 <= y <= 14 and 1 <= x <= 14:
        if y in (5, 14) or x in (1, 14):
            return (90, 50, 20, 255)
        if x in (4, 11):
            return (230, 200, 120, 255)                       # straps
        return (200, 110, 40, 255)
    return (0, 0, 0, 0)


if __name__ == '__main__':
    os.makedirs(RES, exist_ok=True)
    for name, size, pixel in (('banner.png', (200, 48), banner), ('icon.png', (16, 16), icon)):
        with open(os.path.join(RES, name), 'wb') as f:
            f.write(png_rgba(size[0], size[1], pixel))
