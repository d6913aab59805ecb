"""Draw the Pocket Menu's icons and write them as RGBA PNGs into ../res/.

    python3 examples/menu/tools/make_art.py

Each icon is a small character grid below, so the PNGs are the same bytes on every run.
"""

import os
import struct
import zlib

RES = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'res')

PALETTE = {
    '.': (0, 0, 0, 0),
    'k': (40, 40, 40, 255),
    'w': (255, 255, 255, 255),
    'g': (130, 130, 140, 255),
    'y': (240, 190, 40, 255),
    'r': (210, 50, 40, 255),
    'o': (240, 140, 40, 255),
    'b': (40, 100, 200, 255),
    'l': (150, 200, 250, 255),
    'n': (60, 150, 60, 255),
}

ICONS = {
    'settings.png': (
        '....gggg....',
        '.g..gggg..g.',
        '.gggggggggg.',
        '..gggkkggg..',
        'gggkk..kkggg',
        'gggk....kggg',
        'gggk....kggg',
        'gggkk..kkggg',
        '..gggkkggg..',
        '.gggggggggg.',
        '.g..gggg..g.',
        '....gggg....',
    ),
    'toppings.png': (
        '....yyyy....',
        '..yyyyyyyy..',
        '.yyrryyyyyy.',
        '.yyrryyynyy.',
        'yyyyyyyyyyyy',
        'yyyyyrryyyyy',
        'yynyyrryyyyy',
        'yyyyyyyyyrry',
        '.yyyyyyyyrr.',
        '.yyrryyyyyy.',
        '..yrryyyyy..',
        '....yyyy....',
    ),
    'note.png': (
        '.kkkkkkkk...',
        '.kwwwwwwkk..',
        '.kwwwwwwkwk.',
        '.kwbbbbwkkkk',
        '.kwwwwwwwwwk',
        '.kwbbbbbbwwk',
        '.kwwwwwwwwwk',
        '.kwbbbbbwwwk',
        '.kwwwwwwwwwk',
        '.kwbbbbbbwwk',
        '.kwwwwwwwwwk',
        '.kkkkkkkkkkk',
    ),
    'about.png': (
        '....bbbb....',
        '..bbbbbbbb..',
        '.bbbbwwbbbb.',
        '.bbbbwwbbbb.',
        'bbbbbbbbbbbb',
        'bbbbwwwbbbbb',
        'bbbbbwwbbbbb',
        'bbbbbwwbbbbb',
        '.bbbbwwbbbb.',
        '.bbbwwwwbbb.',
        '..bbbbbbbb..',
        '....bbbb....',
    ),
    'icon.png': (
        '................',
        '.kkkkkkkkkkkkkk.',
        '.kllllllllllllk.',
        '.kbbbbbbbbbbbbk.',
        '.kwwwwwwwwwwwwk.',
        '.kwoowkkkkkkwwk.',
        '.kwoowwwwwwwwwk.',
        '.kwwwwwwwwwwwwk.',
        '.kwnnwkkkkkwwwk.',
        '.kwnnwwwwwwwwwk.',
        '.kwwwwwwwwwwwwk.',
        '.kwrrwkkkkkkkwk.',
        '.kwrrwwwwwwwwwk.',
        '.kwwwwwwwwwwwwk.',
        '.kkkkkkkkkkkkkk.',
        '................',
    ),
}


def png_rgba(rows):
    """An 8-bit RGBA PNG of a character grid, one PALETTE entry per character."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)
    raw = bytearray()
    for row in rows:
        raw.append(0)
        for ch in row:
            raw += bytes(PALETTE[ch])
    header = struct.pack('>IIBBBBB', len(rows[0]), len(rows), 8, 6, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header)
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


if __name__ == '__main__':
    os.makedirs(RES, exist_ok=True)
    for name, rows in sorted(ICONS.items()):
        assert len(set(map(len, rows))) == 1, name
        with open(os.path.join(RES, name), 'wb') as f:
            f.write(png_rgba(rows))
