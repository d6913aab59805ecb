"""Draw Gem Raider's pixel art and write it as PNGs with alpha into ../res/.

    python3 examples/game/tools/make_art.py

Everything is computed from coordinates (no randomness, no input files), so running the
script again gives the same bytes. The PNGs are 8-bit RGBA (colour type 6): MIDP keeps
the alpha channel, so a sprite's background is fully transparent.

    tiles.png   7 tiles of 16x16 in a row: 1 grass, 2 flowers, 3 sand path, 4 stone wall,
                5 water, 6 water (second frame), 7 bush
    player.png  4 frames of 16x16: 0-1 walking right (mirrored for left), 2-3 walking down/up
    gem.png     4 frames of 12x12: a turning gem with a travelling glint
    enemy.png   2 frames of 16x16: a slime, relaxed and squashed
    heart.png   9x8: one life in the status bar
    icon.png    16x16: the suite's icon
"""

import os
import struct
import zlib

RES = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'res')
CLEAR = (0, 0, 0, 0)


def png_rgba(width, height, pixels):
    """The bytes of an 8-bit RGBA PNG; pixels is a list of rows of (r, g, b, a)."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)
    raw = bytearray()
    for row in pixels:
        raw.append(0)                          # filter type None
        for r, g, b, a in row:
            raw += bytes((r, g, b, a))
    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header)
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


class Sheet:
    def __init__(self, width, height, fill=CLEAR):
        self.width = width
        self.height = height
        self.rows = [[fill] * width for _ in range(height)]

    def put(self, x, y, color):
        if 0 <= x < self.width and 0 <= y < self.height:
            self.rows[y][x] = color if len(color) == 4 else color + (255,)

    def rect(self, x, y, w, h, color):
        for j in range(y, y + h):
            for i in range(x, x + w):
                self.put(i, j, color)

    def disc(self, cx, cy, r, color):
        """A filled circle centred on the pixel-corner point (cx, cy)."""
        for j in range(int(cy - r) - 1, int(cy + r) + 2):
            for i in range(int(cx - r) - 1, int(cx + r) + 2):
                if (i + 0.5 - cx) ** 2 + (j + 0.5 - cy) ** 2 <= r * r:
                    self.put(i, j, color)

    def save(self, name):
        with open(os.path.join(RES, name), 'wb') as f:
            f.write(png_rgba(self.width, self.height, self.rows))


def noise(x, y, salt=0):
    """A fixed pseudo-random number 0..255 for a pixel (an integer hash, no state)."""
    n = (x * 374761393 + y * 668265263 + salt * 2147483647) & 0xFFFFFFFF
    n = ((n ^ (n >> 13)) * 1274126177) & 0xFFFFFFFF
    return (n ^ (n >> 16)) & 0xFF


def shade(color, amount):
    return tuple(max(0, min(255, c + amount)) for c in color[:3])


# ---------------------------------------------------------------------------- tiles

GRASS = (58, 138, 58)
SAND = (214, 186, 124)
STONE = (128, 128, 140)
WATER = (40, 96, 200)


def grass(sheet, ox, salt):
    for y in range(16):
        for x in range(16):
            n = noise(x, y, salt)
            c = shade(GRASS, 22) if n < 26 else shade(GRASS, -18) if n > 228 else GRASS
            sheet.put(ox + x, y, c)


def tiles():
    s = Sheet(16 * 7, 16)
    grass(s, 0, 1)                                            # 1 grass
    grass(s, 16, 2)                                           # 2 flowers
    for fx, fy, petal in ((4, 4, (250, 240, 90)), (11, 7, (240, 110, 160)), (6, 12, (250, 250, 250))):
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            s.put(16 + fx + dx, fy + dy, petal)
        s.put(16 + fx, fy, (230, 150, 30))
    for y in range(16):                                       # 3 sand path
        for x in range(16):
            n = noise(x, y, 3)
            s.put(32 + x, y, shade(SAND, -20) if n > 220 else shade(SAND, 12) if n < 30 else SAND)
    for y in range(16):                                       # 4 stone wall: two rows of bricks
        for x in range(16):
            row = y // 8
            mortar = y % 8 == 7 or (x + row * 8) % 16 == 15
            if mortar:
                c = (70, 70, 78)
            elif y % 8 == 0 or (x + row * 8) % 16 == 0:
                c = shade(STONE, 40)                          # lit top and left edges
            else:
                c = shade(STONE, (noise(x, y, 4) % 17) - 8)
            s.put(48 + x, y, c)
    for frame in (0, 1):                                      # 5, 6 water: drifting wave crests
        ox = 64 + 16 * frame
        for y in range(16):
            for x in range(16):
                s.put(ox + x, y, shade(WATER, (y % 8) * 2 - 6))
            if y % 5 == 2:
                shift = frame * 4 + (y // 5) * 5
                for x in range(16):
                    if (x + shift) % 8 < 3:
                        s.put(ox + x, y, (150, 200, 255))
    grass(s, 96, 7)                                           # 7 bush on grass
    s.disc(96 + 8, 8.5, 7, (24, 92, 34))
    s.disc(96 + 7, 7, 5, (40, 124, 48))
    s.disc(96 + 6, 5.5, 2, (88, 170, 80))
    s.save('tiles.png')


# ---------------------------------------------------------------------------- sprites

SKIN = (250, 204, 160)
SHIRT = (220, 50, 40)
TROUSERS = (40, 60, 150)
HAIR = (100, 60, 20)
OUTLINE = (30, 20, 20)


def person(s, ox, facing_right, step):
    s.disc(ox + 8, 5, 4, SKIN)                                # head
    s.rect(ox + 4, 1, 8, 2, HAIR)
    if facing_right:
        s.rect(ox + 4, 3, 2, 2, HAIR)
        s.put(ox + 10, 4, OUTLINE)                            # one eye, looking right
    else:
        s.put(ox + 6, 5, OUTLINE)
        s.put(ox + 9, 5, OUTLINE)
    s.rect(ox + 4, 9, 8, 4, SHIRT)                            # body
    arm = 1 if step else 0
    s.rect(ox + 3, 9 + arm, 1, 3, SKIN)
    s.rect(ox + 12, 10 - arm, 1, 3, SKIN)
    if step:                                                  # legs apart, then together
        s.rect(ox + 4, 13, 3, 3, TROUSERS)
        s.rect(ox + 9, 13, 3, 2, TROUSERS)
    else:
        s.rect(ox + 5, 13, 6, 3, TROUSERS)
        s.rect(ox + 7, 13, 2, 3, shade(TROUSERS, -20))


def player():
    s = Sheet(64, 16)
    person(s, 0, True, 0)
    person(s, 16, True, 1)
    person(s, 32, False, 0)
    person(s, 48, False, 1)
    s.save('player.png')


def gem():
    s = Sheet(48, 12)
    widths = (5, 4, 2, 4)                                     # half-width as it turns
    for f in range(4):
        ox = 12 * f
        hw = widths[f]
        for y in range(12):
            half = hw * (y + 1) // 5 if y < 5 else hw * (12 - y) // 7
            for x in range(6 - half, 6 + half):
                left = x < 6
                base = (60, 220, 230) if y < 5 else (30, 150, 200)
                s.put(ox + x, y, shade(base, 30 if left else -10))
        gy = (f * 3) % 10 + 1                                 # the glint moves down
        s.put(ox + 6, gy, (255, 255, 255))
        s.put(ox + 5, gy, (220, 255, 255))
    s.save('gem.png')


def enemy():
    s = Sheet(32, 16)
    for f in range(2):
        ox = 16 * f
        top = 4 if f == 0 else 7
        width = 6.5 if f == 0 else 7.5
        for y in range(top, 16):
            t = (y - top) / (16 - top)
            half = width * min(1.0, 0.45 + t)
            for x in range(16):
                if abs(x + 0.5 - 8) <= half:
                    s.put(ox + x, y, shade((150, 60, 190), int(-40 * t)))
        s.rect(ox + 5, top + 3, 2, 3, (255, 255, 255))        # eyes
        s.rect(ox + 10, top + 3, 2, 3, (255, 255, 255))
        s.put(ox + 6, top + 4, (0, 0, 0))
        s.put(ox + 11, top + 4, (0, 0, 0))
        s.rect(ox + 6, 13 if f == 0 else 14, 5, 1, (70, 20, 90))  # mouth
    s.save('enemy.png')


def heart():
    s = Sheet(9, 8)
    rows = ('.XX...XX.', 'XXXX.XXXX', 'XXXXXXXXX', 'XXXXXXXXX',
            '.XXXXXXX.', '..XXXXX..', '...XXX...', '....X....')
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == 'X':
                s.put(x, y, (255, 255, 255) if (x, y) == (2, 1) else (230, 30, 60))
    s.save('heart.png')


def icon():
    s = Sheet(16, 16, (20, 40, 30, 255))
    s.rect(0, 12, 16, 4, GRASS)
    for y in range(2, 14):
        half = (y - 1) if y < 7 else (14 - y)
        for x in range(8 - half, 8 + half):
            s.put(x, y, (80, 230, 240) if x < 8 else (40, 160, 210))
    s.put(7, 4, (255, 255, 255))
    s.save('icon.png')


if __name__ == '__main__':
    os.makedirs(RES, exist_ok=True)
    tiles()
    player()
    gem()
    enemy()
    heart()
    icon()
