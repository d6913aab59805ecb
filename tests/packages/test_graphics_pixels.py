"""Spec-derived pixel tests of lcdui's low-level Graphics, Image and Font (MIDP 2.0).

One MIDlet suite, built once for the module, draws every primitive into its own
cell of a full-screen Canvas, over several pages (a key press turns the page);
a script screenshots each page. The expected pixels are computed here from the
MIDP 2.0 rules (the pen model: coordinates lie between pixels, fills cover the
pixels whose centres are inside, outlines cover w+1 x h+1), never from Kava's
own output. Non-pixel checks (exceptions, clip and font values) are printed by
the MIDlet as `R key=value` lines and compared with what the spec says.
"""

import os
import struct
import zlib
from fractions import Fraction

import pytest

from tests.packages.midlets import build_suite, run_suite, screenshot_pixels
from tests.packages.png_writer import chunk, filter_row, pack_samples

W, H = 240, 320                      # the qvga device
WHITE = 0xFFFFFF
IAE = 'java.lang.IllegalArgumentException'
ISE = 'java.lang.IllegalStateException'
NPE = 'java.lang.NullPointerException'
AIOOBE = 'java.lang.ArrayIndexOutOfBoundsException'
SIOOBE = 'java.lang.StringIndexOutOfBoundsException'
IOE = 'java.io.IOException'
NONE = 'none'

# Graphics anchors
HCENTER, VCENTER, LEFT, RIGHT, TOP, BOTTOM, BASELINE = 1, 2, 4, 8, 16, 32, 64
ANCHOR_NAMES = {HCENTER: 'HCENTER', VCENTER: 'VCENTER', LEFT: 'LEFT', RIGHT: 'RIGHT',
                TOP: 'TOP', BOTTOM: 'BOTTOM', BASELINE: 'BASELINE'}


def aname(anchor):
    return anchor_java(anchor).replace('Graphics.', '').replace('|', '_')


def anchor_java(anchor):
    if anchor == 0:
        return '0'
    return '|'.join('Graphics.' + ANCHOR_NAMES[bit] for bit in sorted(ANCHOR_NAMES) if anchor & bit)


# Sprite transforms (javax.microedition.lcdui.game.Sprite)
TRANS = {'NONE': 0, 'MIRROR_ROT180': 1, 'MIRROR': 2, 'ROT180': 3,
         'MIRROR_ROT270': 4, 'ROT90': 5, 'ROT270': 6, 'MIRROR_ROT90': 7}


# ---------------------------------------------------------------- spec models

def mirror(img):
    """Reflection about the vertical centre line (rows of pixels)."""
    return [list(reversed(row)) for row in img]


def rot90(img):
    """Rotation by 90 degrees clockwise: the result's top-left is the source's bottom-left."""
    h, w = len(img), len(img[0])
    return [[img[h - 1 - c][r] for c in range(h)] for r in range(w)]


def transformed(img, name):
    """The Sprite javadoc's definitions: MIRROR_ROTn reflects first, then turns clockwise."""
    if name.startswith('MIRROR'):
        img = mirror(img)
        name = name[len('MIRROR'):].lstrip('_') or 'NONE'
    turns = {'NONE': 0, 'ROT90': 1, 'ROT180': 2, 'ROT270': 3}[name]
    for _ in range(turns):
        img = rot90(img)
    return img


def anchor_offset(anchor, w, h, baseline=None):
    """How far left and up of the anchor point the box's top-left lies."""
    dx = w // 2 if anchor & HCENTER else w if anchor & RIGHT else 0
    if anchor & VCENTER:
        dy = h // 2
    elif anchor & BOTTOM:
        dy = h
    elif anchor & BASELINE:
        dy = baseline
    else:
        dy = 0
    return dx, dy


def rect_set(x, y, w, h):
    return {(i, j) for i in range(x, x + w) for j in range(y, y + h)}


def outline_set(x, y, w, h):
    """drawRect: the outline of the (w+1) x (h+1) box at (x, y)."""
    return {(i, j) for i in range(x, x + w + 1) for j in range(y, y + h + 1)
            if i in (x, x + w) or j in (y, y + h)}


def ellipse_class(i, j, x, y, w, h):
    """-1 if the centre of pixel (i, j) is strictly inside the ellipse inscribed in
    the w x h box at (x, y), 0 if exactly on it, 1 if outside (exact, doubled coords)."""
    u = 2 * (i - x) + 1 - w
    v = 2 * (j - y) + 1 - h
    value = u * u * h * h + v * v * w * w - w * w * h * h
    return (value > 0) - (value < 0)


def round_rect_class(i, j, x, y, w, h, aw, ah):
    """Like ellipse_class for the round rectangle: corners are quarters of an
    ellipse of diameters aw x ah."""
    u = 2 * (i - x) + 1
    v = 2 * (j - y) + 1
    if not (0 < u < 2 * w and 0 < v < 2 * h):
        return 1
    du = u - aw if u < aw else u - (2 * w - aw) if u > 2 * w - aw else 0
    dv = v - ah if v < ah else v - (2 * h - ah) if v > 2 * h - ah else 0
    if du == 0 or dv == 0:
        return -1
    value = du * du * ah * ah + dv * dv * aw * aw - aw * aw * ah * ah
    return (value > 0) - (value < 0)


def triangle_class(i, j, pts):
    """-1 strictly inside, 0 on an edge, 1 outside, for the centre of pixel (i, j)."""
    px, py = 2 * i + 1, 2 * j + 1
    signs = []
    for k in range(3):
        ax, ay = (2 * c for c in pts[k])
        bx, by = (2 * c for c in pts[(k + 1) % 3])
        signs.append((bx - ax) * (py - ay) - (by - ay) * (px - ax))
    if all(s > 0 for s in signs) or all(s < 0 for s in signs):
        return -1
    if all(s >= 0 for s in signs) or all(s <= 0 for s in signs):
        return 0
    return 1


def check_classified(drawn, classify, box):
    """Every pixel strictly inside is drawn, none outside; ties either way."""
    x0, y0, x1, y1 = box
    missing, extra = [], []
    for j in range(y0, y1):
        for i in range(x0, x1):
            c = classify(i, j)
            if c < 0 and (i, j) not in drawn:
                missing.append((i, j))
            if c > 0 and (i, j) in drawn:
                extra.append((i, j))
    assert not missing and not extra, 'missing %s, extra %s' % (missing[:10], extra[:10])


def components8(points):
    """The 8-connected components of a set of pixels."""
    left = set(points)
    parts = []
    while left:
        stack = [left.pop()]
        part = set(stack)
        while stack:
            i, j = stack.pop()
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    q = (i + di, j + dj)
                    if q in left:
                        left.remove(q)
                        part.add(q)
                        stack.append(q)
        parts.append(part)
    return parts


def reachable4(start, blocked, box):
    """Pixels 4-reachable from start inside box without crossing blocked."""
    x0, y0, x1, y1 = box
    seen = {start}
    stack = [start]
    while stack:
        i, j = stack.pop()
        for q in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if x0 <= q[0] < x1 and y0 <= q[1] < y1 and q not in seen and q not in blocked:
                seen.add(q)
                stack.append(q)
    return seen


def check_line(drawn, x1, y1, x2, y2):
    """MIDP drawLine: both endpoints; one pixel per step of the major axis, each
    within half a pixel of the ideal line, consecutive ones 8-connected."""
    assert (x1, y1) in drawn and (x2, y2) in drawn, 'endpoints not drawn'
    dx, dy = x2 - x1, y2 - y1
    xmajor = abs(dx) >= abs(dy)
    if not xmajor:                        # swap the axes
        drawn = {(j, i) for i, j in drawn}
        x1, y1, x2, y2, dx, dy = y1, x1, y2, x2, dy, dx
    lo, hi = min(x1, x2), max(x1, x2)
    columns = {}
    for i, j in drawn:
        assert lo <= i <= hi, 'pixel %s beyond the endpoints' % ((i, j),)
        columns.setdefault(i, []).append(j)
    for i in range(lo, hi + 1):
        js = columns.get(i, [])
        assert len(js) == 1, 'major-axis step %d has %d pixels' % (i, len(js))
        ideal = y1 + Fraction((i - x1) * dy, dx) if dx else Fraction(y1)
        assert abs(js[0] - ideal) <= Fraction(1, 2), 'step %d at %d, the line is at %s' % (i, js[0], ideal)
        if i > lo:
            assert abs(columns[i][0] - columns[i - 1][0]) <= 1, 'not 8-connected at %d' % i


def blend(dst, argb):
    a = (argb >> 24) & 0xFF
    out = 0
    for shift in (16, 8, 0):
        s = (argb >> shift) & 0xFF
        d = (dst >> shift) & 0xFF
        out |= round((s * a + d * (255 - a)) / 255) << shift
    return out


def close(c1, c2, tolerance=1):
    return all(abs(((c1 >> s) & 0xFF) - ((c2 >> s) & 0xFF)) <= tolerance for s in (16, 8, 0))


# ---------------------------------------------------------------- PNG encoder

ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


def make_png(pixels, color_type, depth=8, palette=None, trns=None, filters=(0,), interlace=False):
    """A PNG of pixels (rows of per-pixel sample tuples), written by the PNG spec."""
    height, width = len(pixels), len(pixels[0])
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color_type]
    bpp = max(1, channels * depth // 8)

    def serialize(rows):
        raw, prev = b'', None
        for n, row in enumerate(rows):
            packed = pack_samples([s for px in row for s in px], depth)
            raw += filter_row(filters[n % len(filters)], packed, prev, bpp)
            prev = packed
        return raw

    if interlace:
        raw = b''
        for x0, y0, dx, dy in ADAM7:
            rows = [[pixels[y][x] for x in range(x0, width, dx)] for y in range(y0, height, dy)]
            if rows and rows[0]:
                raw += serialize(rows)
    else:
        raw = serialize(pixels)
    data = b'\x89PNG\r\n\x1a\n'
    data += chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, depth, color_type, 0, 0, int(interlace)))
    if palette:
        data += chunk(b'PLTE', b''.join(bytes(c) for c in palette))
    if trns is not None:
        data += chunk(b'tRNS', trns)
    data += chunk(b'IDAT', zlib.compress(raw, 9))
    data += chunk(b'IEND', b'')
    return data


def java_bytes(data):
    return 'new byte[] {' + ','.join(str(b - 256 if b > 127 else b) for b in data) + '}'


def java_ints(values):
    return 'new int[] {' + ','.join(str(v - (1 << 32) if v >= 1 << 31 else v) for v in values) + '}'


# PNG images: (name, bytes, expected ARGB rows)
def _png_cases():
    cases = []
    # 8-bit RGB, one row per filter type (None, Sub, Up, Average, Paeth)
    rgb = [[(10 + 40 * i, 200 - 30 * j, (i * 37 + j * 91) % 256) for i in range(5)] for j in range(5)]
    cases.append(('rgb8', make_png(rgb, 2, filters=(0, 1, 2, 3, 4)),
                  [[0xFF000000 | r << 16 | g << 8 | b for r, g, b in row] for row in rgb]))
    # 8-bit RGB with a tRNS key color: pixels of that color are transparent
    key = (12, 34, 56)
    keyed = [[key, (200, 0, 0), key, (0, 0, 200)], [(0, 150, 0), key, (90, 90, 90), key]]
    cases.append(('rgb8_trns', make_png(keyed, 2, trns=struct.pack('>HHH', *key), filters=(1, 4)),
                  [[(0 if px == key else 0xFF000000) | px[0] << 16 | px[1] << 8 | px[2] for px in row]
                   for row in keyed]))
    # 4-bit palette with tRNS: entry 0 transparent, entry 1 half, the rest opaque
    palette = [(255, 0, 0), (0, 0, 255), (0, 200, 0), (20, 20, 20), (250, 200, 10)]
    alphas = [0, 128]
    idx = [[0, 1, 2, 3], [4, 3, 2, 1], [1, 0, 4, 2]]
    cases.append(('pal4_trns', make_png([[(k,) for k in row] for row in idx], 3, depth=4, palette=palette,
                                        trns=bytes(alphas), filters=(2, 3)),
                  [[(alphas[k] if k < len(alphas) else 255) << 24 | palette[k][0] << 16 | palette[k][1] << 8
                    | palette[k][2] for k in row] for row in idx]))
    # 8-bit RGBA
    rgba = [[(255, 0, 0, 255), (0, 255, 0, 0), (0, 0, 255, 128)],
            [(10, 20, 30, 64), (200, 100, 50, 255), (0, 0, 0, 192)],
            [(255, 255, 0, 1), (0, 255, 255, 254), (128, 0, 128, 255)]]
    cases.append(('rgba8', make_png(rgba, 6, filters=(4, 3, 1)),
                  [[a << 24 | r << 16 | g << 8 | b for r, g, b, a in row] for row in rgba]))
    # 1-bit gray
    bits = [[(i + j) % 2 for i in range(9)] for j in range(2)]
    cases.append(('gray1', make_png([[(b,) for b in row] for row in bits], 0, depth=1),
                  [[0xFFFFFFFF if b else 0xFF000000 for b in row] for row in bits]))
    # 8-bit gray + alpha
    ga = [[(0, 255), (100, 0), (200, 128)], [(50, 255), (255, 255), (30, 60)]]
    cases.append(('graya8', make_png(ga, 4, filters=(0, 2)),
                  [[a << 24 | g << 16 | g << 8 | g for g, a in row] for row in ga]))
    # 16-bit RGB (decoders keep the high byte, or round: +-1 allowed)
    rgb16 = [[(0x1234, 0xABCD, 0xFF00), (0x0000, 0x8080, 0xFFFF)],
             [(0x7F7F, 0x0101, 0x5A5A), (0xC0C0, 0x3333, 0x0F0F)]]
    cases.append(('rgb16', make_png(rgb16, 2, depth=16, filters=(1, 2)),
                  [[0xFF000000 | (r >> 8) << 16 | (g >> 8) << 8 | (b >> 8) for r, g, b in row] for row in rgb16]))
    # Adam7 interlaced RGBA, 9 x 10
    inter = [[((i * 29) % 256, (j * 23) % 256, (i * j * 7) % 256, 255 if (i + j) % 3 else 0)
              for i in range(9)] for j in range(10)]
    cases.append(('adam7', make_png(inter, 6, filters=(0, 1, 2, 3, 4), interlace=True),
                  [[a << 24 | r << 16 | g << 8 | b for r, g, b, a in row] for row in inter]))
    return cases


PNG_CASES = _png_cases()
GOOD_PNG = PNG_CASES[0][1]
BAD_PNGS = {
    'garbage': b'this is not a PNG image, not even close to one',
    'truncated': GOOD_PNG[:len(GOOD_PNG) // 2],
    'empty': b'',
    'bad_zlib': GOOD_PNG[:33] + chunk(b'IDAT', b'\x78\x9c' + b'\xff' * 40) + chunk(b'IEND', b''),
    'bad_color_type': b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 2, 2, 8, 5, 0, 0, 0))
                      + chunk(b'IDAT', zlib.compress(b'\x00' * 20)) + chunk(b'IEND', b''),
    'zero_width': b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 0, 2, 8, 2, 0, 0, 0))
                  + chunk(b'IDAT', zlib.compress(b'\x00' * 2)) + chunk(b'IEND', b''),
    'no_idat': GOOD_PNG[:33] + chunk(b'IEND', b''),
}


# ---------------------------------------------------------------- pages of cells

class Item:
    def __init__(self, name, page, x, y, w, h, java, check):
        self.name, self.page, self.x, self.y, self.w, self.h = name, page, x, y, w, h
        self.java, self.check = java, check


class Cell:
    """The pixels of one item's cell, in cell coordinates."""

    def __init__(self, item, shot):
        sw, _, pixels = shot
        self.item = item
        self.px = {(i, j): pixels[(item.y + j) * sw + item.x + i] for j in range(item.h) for i in range(item.w)}
        self.drawn = {p for p, c in self.px.items() if c != WHITE}

    def colored(self, rgb):
        return {p for p, c in self.px.items() if c == rgb}


class Layout:
    def __init__(self):
        self.pages = [[]]
        self.x = self.y = self.row = 0
        self.items = {}

    def new_page(self):
        self.pages.append([])
        self.x = self.y = self.row = 0

    def add(self, name, w, h, java, check):
        """java(X, Y) gives the statements drawing the item with its cell at (X, Y);
        check(cell, ctx) asserts on the pixels."""
        if self.x + w > W:
            self.x, self.y, self.row = 0, self.y + self.row, 0
        if self.y + h > H:
            self.new_page()
        item = Item(name, len(self.pages) - 1, self.x, self.y, w, h, java(self.x, self.y), check)
        assert name not in self.items
        self.items[name] = item
        self.pages[-1].append(item)
        self.x += w
        self.row = max(self.row, h)


L = Layout()
C_RED, C_GREEN, C_BLUE, C_MAG = 0xFF0000, 0x00A000, 0x0000FF, 0xC000C0


def exact(expected, color=None):
    def check(cell, ctx):
        assert cell.drawn == set(expected), 'extra %s, missing %s' % (
            sorted(cell.drawn - set(expected))[:10], sorted(set(expected) - cell.drawn)[:10])
        if color is not None:
            assert all(cell.px[p] == color for p in expected), 'wrong color'
    return check


def setc(color):
    return 'g.setColor(0x%06X);' % color


# --- rectangles
L.add('fillRect', 20, 16, lambda X, Y: setc(C_RED) + 'g.fillRect(%d,%d,10,7);' % (X + 2, Y + 3),
      exact(rect_set(2, 3, 10, 7), C_RED))
L.add('fillRect_empty', 20, 16, lambda X, Y: setc(C_RED) + 'g.fillRect(%d,%d,0,5); g.fillRect(%d,%d,-3,5);'
      'g.fillRect(%d,%d,5,0); g.drawRect(%d,%d,-1,5); g.drawRect(%d,%d,4,-1);'
      % (X + 2, Y + 2, X + 6, Y + 2, X + 10, Y + 2, X + 2, Y + 9, X + 6, Y + 9), exact(set()))
L.add('drawRect', 20, 16, lambda X, Y: setc(C_GREEN) + 'g.drawRect(%d,%d,10,7);' % (X + 2, Y + 3),
      exact(outline_set(2, 3, 10, 7), C_GREEN))
L.add('drawRect_degenerate', 24, 16, lambda X, Y: setc(C_GREEN) +
      'g.drawRect(%d,%d,0,0); g.drawRect(%d,%d,0,4); g.drawRect(%d,%d,6,0);' % (X + 2, Y + 2, X + 5, Y + 2, X + 8, Y + 2),
      exact({(2, 2)} | {(5, j) for j in range(2, 7)} | {(i, 2) for i in range(8, 15)}, C_GREEN))

# --- lines
for name, (x1, y1, x2, y2) in {
        'line_h': (2, 5, 22, 5), 'line_h_rev': (22, 5, 2, 5), 'line_v': (5, 2, 5, 22), 'line_v_rev': (5, 22, 5, 2),
        'line_diag': (2, 2, 22, 22), 'line_diag_rev': (22, 22, 2, 2), 'line_anti': (2, 22, 22, 2),
        'line_anti_rev': (22, 2, 2, 22), 'line_point': (7, 7, 7, 7)}.items():
    if x1 == x2:
        expected = {(x1, j) for j in range(min(y1, y2), max(y1, y2) + 1)}
    elif y1 == y2:
        expected = {(i, y1) for i in range(min(x1, x2), max(x1, x2) + 1)}
    else:
        sx, sy = (1 if x2 > x1 else -1), (1 if y2 > y1 else -1)
        expected = {(x1 + k * sx, y1 + k * sy) for k in range(abs(x2 - x1) + 1)}
    L.add(name, 26, 26, lambda X, Y, a=(x1, y1, x2, y2): setc(C_BLUE) + 'g.drawLine(%d,%d,%d,%d);'
          % (X + a[0], Y + a[1], X + a[2], Y + a[3]), exact(expected, C_BLUE))

for n, (x1, y1, x2, y2) in enumerate([(2, 2, 30, 9), (30, 9, 2, 2), (2, 2, 9, 30), (2, 20, 30, 5), (3, 30, 10, 2),
                                      (2, 2, 25, 3), (2, 2, 31, 17), (31, 17, 2, 2), (20, 2, 2, 31)]):
    L.add('line_general_%d' % n, 34, 34, lambda X, Y, a=(x1, y1, x2, y2): setc(C_BLUE) + 'g.drawLine(%d,%d,%d,%d);'
          % (X + a[0], Y + a[1], X + a[2], Y + a[3]),
          lambda cell, ctx, a=(x1, y1, x2, y2): check_line(cell.drawn, *a))

# --- clip and translate (the full-screen clip is restored after each)
RESET = 'g.translate(-g.getTranslateX(), -g.getTranslateY()); g.setClip(0, 0, getWidth(), getHeight());'
L.add('clip_setClip', 30, 30, lambda X, Y: setc(C_MAG) + 'g.setClip(%d,%d,10,8); g.fillRect(%d,%d,30,30);'
      % (X + 5, Y + 6, X, Y) + RESET, exact(rect_set(5, 6, 10, 8), C_MAG))
L.add('clip_clipRect', 30, 30, lambda X, Y: setc(C_MAG) + 'g.setClip(%d,%d,20,20); g.clipRect(%d,%d,20,20);'
      'g.fillRect(%d,%d,30,30);' % (X + 2, Y + 2, X + 10, Y + 12, X, Y) + RESET,
      exact(rect_set(10, 12, 12, 10), C_MAG))
L.add('clip_setClip_replaces', 30, 30, lambda X, Y: setc(C_MAG) + 'g.setClip(%d,%d,5,5); g.setClip(%d,%d,12,7);'
      'g.fillRect(%d,%d,30,30);' % (X + 2, Y + 2, X + 10, Y + 12, X, Y) + RESET,
      exact(rect_set(10, 12, 12, 7), C_MAG))
L.add('translate_fill', 30, 30, lambda X, Y: setc(C_MAG) + 'g.translate(%d,%d); g.fillRect(0,0,5,6);'
      'g.translate(4,10); g.fillRect(0,0,3,2);' % (X + 3, Y + 4) + RESET,
      exact(rect_set(3, 4, 5, 6) | rect_set(7, 14, 3, 2), C_MAG))
L.add('translate_clip', 30, 30, lambda X, Y: setc(C_MAG) + 'g.translate(%d,%d); g.setClip(-5,-5,10,10);'
      'g.fillRect(-10,-10,30,30);' % (X + 12, Y + 12) + RESET, exact(rect_set(7, 7, 10, 10), C_MAG))
L.add('clip_line', 30, 30, lambda X, Y: setc(C_BLUE) + 'g.setClip(%d,%d,10,30); g.drawLine(%d,%d,%d,%d);'
      'g.drawLine(%d,%d,%d,%d);' % (X + 10, Y, X, Y + 5, X + 29, Y + 5, X, Y, X + 29, Y + 29) + RESET,
      exact({(i, 5) for i in range(10, 20)} | {(i, i) for i in range(10, 20)}, C_BLUE))
L.add('clip_empty', 30, 30, lambda X, Y: setc(C_BLUE) + 'g.setClip(%d,%d,0,10); g.fillRect(%d,%d,30,30);'
      'g.setClip(%d,%d,10,10); g.clipRect(%d,%d,10,10); g.fillRect(%d,%d,30,30);'
      % (X + 5, Y + 5, X, Y, X, Y, X + 15, Y + 15, X, Y) + RESET, exact(set()))

# --- arcs
def arc_item(name, w, h, x, y, rw, rh, start, arc, classify, cw=None, ch=None, draw=False, color=C_RED):
    L.add(name, cw or rw + 2 * x + 1, ch or rh + 2 * y + 1, lambda X, Y: setc(color) + 'g.%s(%d,%d,%d,%d,%d,%d);'
          % ('drawArc' if draw else 'fillArc', X + x, Y + y, rw, rh, start, arc), classify)


def pie(x, y, w, h, quadrant_rule):
    """A fillArc check: centres inside the ellipse and the sector (quadrant_rule(u, v) on the
    doubled offsets from the centre, v growing downwards: -1 in, 0 tie, 1 out)."""
    def check(cell, ctx):
        def classify(i, j):
            e = ellipse_class(i, j, x, y, w, h)
            u, v = 2 * (i - x) + 1 - w, 2 * (j - y) + 1 - h
            return max(e, quadrant_rule(u, v))
        check_classified(cell.drawn, classify, (0, 0, cell.item.w, cell.item.h))
        assert all(cell.px[p] == C_RED for p in cell.drawn)
    return check


def sign_rule(su, sv):
    """Inside iff u has sign su and v sign sv (0 = tie)."""
    def rule(u, v):
        a, b = u * su, v * sv
        if a > 0 and b > 0:
            return -1
        return 0 if a >= 0 and b >= 0 else 1
    return rule


ALL = lambda u, v: -1  # noqa: E731
arc_item('fillArc_full_even', 0, 0, 2, 2, 40, 26, 0, 360, pie(2, 2, 40, 26, ALL))
arc_item('fillArc_full_odd', 0, 0, 2, 2, 31, 21, 0, 360, pie(2, 2, 31, 21, ALL))
arc_item('fillArc_circle', 0, 0, 2, 2, 24, 24, 90, 360, pie(2, 2, 24, 24, ALL))
arc_item('fillArc_q1', 0, 0, 2, 2, 30, 22, 0, 90, pie(2, 2, 30, 22, sign_rule(1, -1)))
arc_item('fillArc_q2', 0, 0, 2, 2, 30, 22, 90, 90, pie(2, 2, 30, 22, sign_rule(-1, -1)))
arc_item('fillArc_q3', 0, 0, 2, 2, 30, 22, 180, 90, pie(2, 2, 30, 22, sign_rule(-1, 1)))
arc_item('fillArc_q4', 0, 0, 2, 2, 30, 22, 270, 90, pie(2, 2, 30, 22, sign_rule(1, 1)))
arc_item('fillArc_neg', 0, 0, 2, 2, 30, 22, 0, -90, pie(2, 2, 30, 22, sign_rule(1, 1)))
arc_item('fillArc_left_half', 0, 0, 2, 2, 30, 22, 90, 180,
         pie(2, 2, 30, 22, lambda u, v: -1 if u < 0 else 0 if u == 0 else 1))
arc_item('fillArc_neg_start', 0, 0, 2, 2, 30, 22, -90, 90, pie(2, 2, 30, 22, sign_rule(1, 1)))


def diag45(u, v, w=40, h=20):
    """0..45 degrees on a non-square box: above the centre (v <= 0) and on the east side
    of the line from the centre to the box's top-right corner (u*h + v*w >= 0)."""
    above, east = -v, u * h + v * w
    if above > 0 and east > 0:
        return -1
    return 0 if above >= 0 and east >= 0 else 1


arc_item('fillArc_45_nonsquare', 0, 0, 2, 2, 40, 20, 0, 45, pie(2, 2, 40, 20, diag45))


def arc_outline_check(x, y, w, h):
    """drawArc of the whole ellipse: covers exactly (w+1) x (h+1), every pixel within a
    pixel of the ideal ellipse through the pen points, one 8-connected closed curve."""
    def check(cell, ctx):
        d = cell.drawn
        xs, ys = [p[0] for p in d], [p[1] for p in d]
        assert (min(xs), max(xs), min(ys), max(ys)) == (x, x + w, y, y + h), 'bounding box'
        cx, cy, a, b = x + w / 2, y + h / 2, w / 2, h / 2
        import math
        samples = [(cx + a * math.cos(t / 720 * math.pi), cy + b * math.sin(t / 720 * math.pi)) for t in range(1440)]
        for i, j in d:
            dist = min((i - sx) ** 2 + (j - sy) ** 2 for sx, sy in samples) ** 0.5
            assert dist <= 1.0, 'pixel %s is %.2f from the ellipse' % ((i, j), dist)
        assert len(components8(d)) == 1, 'not one connected curve'
        box = (0, 0, cell.item.w, cell.item.h)
        outside = reachable4((0, 0), d, box)
        assert (int(cx), int(cy)) not in outside, 'the curve does not enclose its centre'
    return check


arc_item('drawArc_full', 0, 0, 2, 2, 30, 20, 0, 360, arc_outline_check(2, 2, 30, 20), draw=True)
arc_item('drawArc_circle', 0, 0, 2, 2, 21, 21, 0, 360, arc_outline_check(2, 2, 21, 21), draw=True)
for q in range(4):
    arc_item('drawArc_q%d' % (q + 1), 0, 0, 2, 2, 30, 20, 90 * q, 90, None, draw=True)


def quarters_union(cell, ctx):
    full = ctx.cell('drawArc_full').drawn
    parts = [ctx.cell('drawArc_q%d' % (q + 1)).drawn for q in range(4)]
    assert set().union(*parts) == full, 'the four quarter arcs are not the whole arc'
    cx, cy = 2 + 15, 2 + 10
    quadrant = [lambda i, j: i >= cx and j <= cy, lambda i, j: i <= cx and j <= cy,
                lambda i, j: i <= cx and j >= cy, lambda i, j: i >= cx and j >= cy]
    for q, part in enumerate(parts):
        assert part and all(quadrant[q](i, j) for i, j in part), 'quarter %d outside its quadrant' % (q + 1)


for q in range(4):
    L.items['drawArc_q%d' % (q + 1)].check = quarters_union


def fill_quarters_union(cell, ctx):
    full = ctx.cell('fillArc_full_even2').drawn
    parts = [ctx.cell('fillArc_q%d' % (q + 1)).drawn for q in range(4)]
    assert set().union(*parts) == full
    assert sum(len(p) for p in parts) == len(full), 'quadrant pies overlap'


arc_item('fillArc_full_even2', 0, 0, 2, 2, 30, 22, 0, 360, fill_quarters_union)

# --- round rects
def round_rect_check(x, y, w, h, aw, ah):
    def check(cell, ctx):
        check_classified(cell.drawn, lambda i, j: round_rect_class(i, j, x, y, w, h, aw, ah),
                         (0, 0, cell.item.w, cell.item.h))
    return check


for name, (aw, ah) in {'fillRoundRect_0': (0, 0), 'fillRoundRect_10_8': (10, 8),
                       'fillRoundRect_full': (30, 20), 'fillRoundRect_odd': (7, 5)}.items():
    chk = exact(rect_set(2, 2, 30, 20), C_GREEN) if aw == 0 else round_rect_check(2, 2, 30, 20, aw, ah)
    L.add(name, 35, 25, lambda X, Y, a=(aw, ah): setc(C_GREEN) + 'g.fillRoundRect(%d,%d,30,20,%d,%d);'
          % (X + 2, Y + 2, a[0], a[1]), chk)
L.add('drawRoundRect_0', 36, 26, lambda X, Y: setc(C_GREEN) + 'g.drawRoundRect(%d,%d,30,20,0,0);' % (X + 2, Y + 2),
      exact(outline_set(2, 2, 30, 20), C_GREEN))


def draw_round_rect_check(cell, ctx):
    d = cell.drawn
    xs, ys = [p[0] for p in d], [p[1] for p in d]
    assert (min(xs), max(xs), min(ys), max(ys)) == (2, 32, 2, 22), 'covers (w+1) x (h+1)'
    for i in range(2 + 6, 32 - 6 + 1):
        assert (i, 2) in d and (i, 22) in d, 'straight top/bottom edge at %d' % i
    for j in range(2 + 5, 22 - 5 + 1):
        assert (2, j) in d and (32, j) in d, 'straight left/right edge at %d' % j
    assert (2, 2) not in d and (32, 22) not in d, 'corners are rounded'
    assert (17, 12) not in reachable4((0, 0), d, (0, 0, cell.item.w, cell.item.h)), 'closed outline'
    assert len(components8(d)) == 1


L.add('drawRoundRect_10_8', 36, 26, lambda X, Y: setc(C_GREEN) + 'g.drawRoundRect(%d,%d,30,20,10,8);'
      % (X + 2, Y + 2), draw_round_rect_check)

# --- triangles: MIDP 2.0 fillTriangle "fills the specified triangle ... The lines
# connecting each pair of points are included in the filled triangle": the pixels whose
# centres are inside, plus the three edges as drawLine draws them.
def near_segment(i, j, a, b):
    """Whether drawLine(a, b) may set pixel (i, j): at a major-axis step of the segment,
    within half a pixel of the ideal line."""
    (x1, y1), (x2, y2) = a, b
    if abs(x2 - x1) < abs(y2 - y1):
        i, j, x1, y1, x2, y2 = j, i, y1, x1, y2, x2
    if not min(x1, x2) <= i <= max(x1, x2):
        return False
    ideal = y1 + Fraction((i - x1) * (y2 - y1), x2 - x1) if x2 != x1 else Fraction(y1)
    return abs(j - ideal) <= Fraction(1, 2)


def segment_steps(a, b):
    """For each major-axis step of the segment, the pixels drawLine may choose there."""
    (x1, y1), (x2, y2) = a, b
    xmajor = abs(x2 - x1) >= abs(y2 - y1)
    steps = []
    lo, hi = (min(x1, x2), max(x1, x2)) if xmajor else (min(y1, y2), max(y1, y2))
    for k in range(lo, hi + 1):
        row = range(min(y1, y2, x1, x2) - 1, max(y1, y2, x1, x2) + 2)
        pts = [(k, m) if xmajor else (m, k) for m in row]
        steps.append({p for p in pts if near_segment(p[0], p[1], a, b)})
    return steps


def triangle_check(pts):
    edges = [(pts[k], pts[(k + 1) % 3]) for k in range(3)]

    def check(cell, ctx):
        d = cell.drawn
        missing = [(i, j) for i in range(cell.item.w) for j in range(cell.item.h)
                   if triangle_class(i, j, pts) < 0 and (i, j) not in d]
        assert not missing, 'centres inside not filled: %s' % missing[:10]
        extra = [(i, j) for i, j in d if triangle_class(i, j, pts) > 0
                 and not any(near_segment(i, j, a, b) for a, b in edges)]
        assert not extra, 'pixels neither inside nor on an edge: %s' % extra[:10]
        for a, b in edges:
            for step in segment_steps(a, b):
                assert step & d, 'the edge %s-%s is not included' % (a, b)
    return check


for name, pts in {'fillTriangle': ((2, 2), (30, 5), (10, 28)), 'fillTriangle_cw': ((10, 28), (30, 5), (2, 2)),
                  'fillTriangle_flat': ((2, 25), (30, 25), (16, 3)), 'fillTriangle_thin': ((2, 2), (30, 4), (3, 6))}.items():
    L.add(name, 34, 32, lambda X, Y, p=pts: setc(C_BLUE) + 'g.fillTriangle(%d,%d,%d,%d,%d,%d);'
          % (X + p[0][0], Y + p[0][1], X + p[1][0], Y + p[1][1], X + p[2][0], Y + p[2][1]), triangle_check(pts))

# Two triangles splitting a rectangle: together they cover exactly the rectangle's
# (w+1) x (h+1) pixels (no gap), and overlap only on the shared edge's line.
SPLITS = {'diag': (((2, 2), (22, 2), (22, 22)), ((2, 2), (22, 22), (2, 22)), rect_set(2, 2, 21, 21),
                   ((2, 2), (22, 22))),
          'slant': (((2, 2), (30, 2), (2, 17)), ((30, 2), (30, 17), (2, 17)), rect_set(2, 2, 29, 16),
                    ((30, 2), (2, 17)))}
for split, (ta, tb, box, shared) in SPLITS.items():
    for part, tri in (('a', ta), ('b', tb)):
        L.add('triangle_%s_%s' % (split, part), 34, 24, lambda X, Y, p=tri: setc(C_BLUE) +
              'g.fillTriangle(%d,%d,%d,%d,%d,%d);' % (X + p[0][0], Y + p[0][1], X + p[1][0], Y + p[1][1],
                                                     X + p[2][0], Y + p[2][1]), triangle_check(tri))

    def shared_edge(cell, ctx, split=split, box=box, shared=shared, ta=ta, tb=tb):
        a = ctx.cell('triangle_%s_a' % split).drawn
        b = ctx.cell('triangle_%s_b' % split).drawn
        edges = [(t[k], t[(k + 1) % 3]) for t in (ta, tb) for k in range(3)]
        off = [p for p in a & b if not any(near_segment(p[0], p[1], *e) for e in edges)]
        assert not off, 'the triangles overlap away from their edges at %s' % sorted(off)[:10]
        assert a & b, 'both include the shared edge'
        assert all(near_segment(p[0], p[1], *e) for p in a & b for e in [shared]
                   if not any(near_segment(p[0], p[1], *x) for x in edges if x not in (shared, shared[::-1])))
        assert a | b == box, 'gap at %s, beyond at %s' % (sorted(box - (a | b))[:10], sorted((a | b) - box)[:10])
        assert cell.drawn == box
    L.add('triangle_%s_shared' % split, 34, 24, lambda X, Y, p=ta, q=tb: setc(C_BLUE) +
          'g.fillTriangle(%d,%d,%d,%d,%d,%d);' % (X + p[0][0], Y + p[0][1], X + p[1][0], Y + p[1][1],
                                                 X + p[2][0], Y + p[2][1]) + setc(C_RED) +
          'g.fillTriangle(%d,%d,%d,%d,%d,%d);' % (X + q[0][0], Y + q[0][1], X + q[1][0], Y + q[1][1],
                                                 X + q[2][0], Y + q[2][1]), shared_edge)
L.add('fillTriangle_degenerate', 34, 10, lambda X, Y: setc(C_BLUE) + 'g.fillTriangle(%d,%d,%d,%d,%d,%d);'
      % (X + 2, Y + 5, X + 30, Y + 5, X + 16, Y + 5), exact({(i, 5) for i in range(2, 31)}, C_BLUE))

# --- strokes
L.add('line_solid_ref', 44, 6, lambda X, Y: setc(C_BLUE) + 'g.drawLine(%d,%d,%d,%d);' % (X + 2, Y + 2, X + 41, Y + 2),
      exact({(i, 2) for i in range(2, 42)}, C_BLUE))


def dotted_check(cell, ctx):
    solid = ctx.cell('line_solid_ref').drawn
    assert cell.drawn < solid and len(cell.drawn) >= len(solid) // 4, 'DOTTED draws part of the SOLID line'
    assert (2, 2) in cell.drawn or (3, 2) in cell.drawn


L.add('line_dotted', 44, 6, lambda X, Y: setc(C_BLUE) + 'g.setStrokeStyle(Graphics.DOTTED); g.drawLine(%d,%d,%d,%d);'
      'g.setStrokeStyle(Graphics.SOLID);' % (X + 2, Y + 2, X + 41, Y + 2), dotted_check)

# --- more arcs: angles beyond 360, negative, zero; a 90-degree wedge centred on the vertical
arc_item('fillArc_start450', 0, 0, 2, 2, 30, 22, 450, 90, pie(2, 2, 30, 22, sign_rule(-1, -1)))
arc_item('fillArc_arc720', 0, 0, 2, 2, 30, 22, 10, 720, pie(2, 2, 30, 22, ALL))
arc_item('fillArc_arc_neg360', 0, 0, 2, 2, 30, 22, 77, -360, pie(2, 2, 30, 22, ALL))
arc_item('fillArc_arc0', 0, 0, 2, 2, 30, 22, 30, 0, exact(set()))
arc_item('fillArc_wedge_45_135', 0, 0, 2, 2, 30, 30, 45, 90,
         pie(2, 2, 30, 30, lambda u, v: -1 if -v > abs(u) else 0 if -v == abs(u) else 1))
arc_item('fillArc_reflex', 0, 0, 2, 2, 30, 22, 90, 270,
         pie(2, 2, 30, 22, lambda u, v: 1 if (u > 0 and v < 0) else -1 if (u < 0 or v > 0) else 0))
L.add('fillArc_zero_size', 20, 20, lambda X, Y: setc(C_RED) + 'g.fillArc(%d,%d,0,10,0,360); g.fillArc(%d,%d,10,0,0,360);'
      'g.fillArc(%d,%d,-4,10,0,360);' % (X + 2, Y + 2, X + 5, Y + 5, X + 12, Y + 2), exact(set()))

# --- huge coordinates: clipped, no overflow
L.add('huge_coordinates', 40, 30, lambda X, Y: setc(C_MAG) + 'g.setClip(%d,%d,40,30);' % (X, Y) +
      'g.drawLine(-1000000,%d,1000000,%d);' % (Y + 5, Y + 5) +
      'g.fillRect(%d,%d,2147483647,3);' % (X + 30, Y + 10) +
      'g.fillRect(-1073741824,%d,%d,2);' % (Y + 24, 1073741824 + X + 5) +
      'g.drawRect(-2147483648,-2147483648,2147483647,2147483647);' +
      'g.fillTriangle(-100000,-100000,100000,-100000,0,%d);' % (Y - 5000) + RESET,
      exact({(i, 5) for i in range(40)} | rect_set(30, 10, 10, 3) | rect_set(0, 24, 5, 2), C_MAG))

# --- round rects with arcs larger than the box, or negative
def big_arcs_check(cell, ctx):
    """Arcs larger than the box: still inside fillRect's pixels, a full cross through the
    middle, round corners."""
    d = cell.drawn
    assert d <= rect_set(2, 2, 30, 20)
    assert rect_set(2 + 12, 2, 6, 20) <= d and rect_set(2, 2 + 7, 30, 6) <= d
    assert (2, 2) not in d and (31, 21) not in d


L.add('fillRoundRect_big_arcs', 35, 25, lambda X, Y: setc(C_GREEN) + 'g.fillRoundRect(%d,%d,30,20,100,100);' % (X + 2, Y + 2),
      big_arcs_check)
L.add('fillRoundRect_negative', 35, 25, lambda X, Y: setc(C_GREEN) + 'g.fillRoundRect(%d,%d,30,20,10,8);'
      'g.fillRoundRect(%d,%d,-3,20,10,8); g.fillRoundRect(%d,%d,30,0,10,8);' % (X + 2, Y + 2, X + 2, Y + 2, X + 2, Y + 2),
      round_rect_check(2, 2, 30, 20, 10, 8))

# --- clipping does not change what is drawn, only where: a clipped primitive is the
# unclipped one's pixels inside the clip
L.new_page()
LINE_REF = (2, 2, 82, 19)
L.add('clip_invariance_line_ref', 86, 22, lambda X, Y: setc(C_BLUE) + 'g.drawLine(%d,%d,%d,%d);'
      % (X + 2, Y + 2, X + 82, Y + 19), lambda cell, ctx: check_line(cell.drawn, *LINE_REF))
L.add('clip_invariance_line', 40, 22, lambda X, Y: setc(C_BLUE) + 'g.setClip(%d,%d,40,22); g.drawLine(%d,%d,%d,%d);'
      % (X, Y, X - 48, Y + 2, X + 32, Y + 19) + RESET,
      lambda cell, ctx: exact({(i - 50, j) for i, j in ctx.cell('clip_invariance_line_ref').drawn if 50 <= i < 90})(cell, ctx))
L.add('clip_invariance_line_rev', 40, 22, lambda X, Y: setc(C_BLUE) + 'g.setClip(%d,%d,40,22); g.drawLine(%d,%d,%d,%d);'
      % (X, Y, X + 32, Y + 19, X - 48, Y + 2) + RESET,
      lambda cell, ctx: _clipped_line_check(cell))
for name, java_shape in {'fillArc': 'fillArc(%d,%d,40,30,20,250)', 'drawArc': 'drawArc(%d,%d,40,30,20,250)',
                         'fillTriangle': 'fillTriangle(%d,%d,%d,%d,%d,%d)', 'fillRoundRect': 'fillRoundRect(%d,%d,40,30,16,12)',
                         'drawRoundRect': 'drawRoundRect(%d,%d,40,30,16,12)'}.items():
    def shape_at(X, Y, js=java_shape):
        if js.startswith('fillTriangle'):
            return 'g.' + js % (X, Y, X + 40, Y + 7, X + 11, Y + 30) + ';'
        return 'g.' + js % (X, Y) + ';'
    L.add('clip_invariance_%s_ref' % name, 44, 34, lambda X, Y, f=shape_at: setc(C_RED) + f(X + 2, Y + 2), lambda c, x: None)
    L.add('clip_invariance_%s' % name, 44, 34, lambda X, Y, f=shape_at: setc(C_RED) +
          'g.setClip(%d,%d,17,13); g.clipRect(%d,%d,30,40);' % (X + 9, Y + 5, X + 14, Y) + f(X + 2, Y + 2) + RESET,
          lambda cell, ctx, n=name: exact({(i, j) for i, j in ctx.cell('clip_invariance_%s_ref' % n).drawn
                                           if 14 <= i < 26 and 5 <= j < 18})(cell, ctx))
    L.add('translate_invariance_%s' % name, 44, 34, lambda X, Y, f=shape_at: setc(C_RED) +
          'g.translate(%d,%d);' % (X + 5, Y - 7) + f(-3, 9) + RESET,
          lambda cell, ctx, n=name: exact(ctx.cell('clip_invariance_%s_ref' % n).drawn)(cell, ctx))


# ---- text: page of its own
L.new_page()
TEXT = 'Hg'
TEXT_ANCHORS = [h | v for v in (TOP, BASELINE, BOTTOM) for h in (LEFT, HCENTER, RIGHT)]
FONTS = {'default': 'Font.getDefaultFont()',
         'large_bold': 'Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_BOLD, Font.SIZE_LARGE)',
         'small_mono': 'Font.getFont(Font.FACE_MONOSPACE, Font.STYLE_PLAIN, Font.SIZE_SMALL)',
         'underlined': 'Font.getFont(Font.FACE_SYSTEM, Font.STYLE_UNDERLINED, Font.SIZE_MEDIUM)'}
AX, AY = 40, 30                    # the anchor point in a text cell


def text_check(font, anchor, ref):
    def check(cell, ctx):
        sw = ctx.int('sw_%s_%s' % (font, TEXT))
        fh = ctx.int('height_%s' % font)
        base = ctx.int('baseline_%s' % font)
        top_left = ctx.cell(ref).drawn
        dx, dy = anchor_offset(anchor, sw, fh, base)
        expected = {(i - dx, j - dy) for i, j in top_left}
        assert cell.drawn == expected, 'anchor %s: not the TOP|LEFT pixels moved by (-%d, -%d)' % (
            anchor_java(anchor), dx, dy)
    return check


def text_box_check(font):
    def check(cell, ctx):
        sw = ctx.int('sw_%s_%s' % (font, TEXT))
        fh = ctx.int('height_%s' % font)
        assert cell.drawn, 'nothing drawn'
        assert sw > 0 and fh > 0
        assert all(AX <= i < AX + sw and AY <= j < AY + fh for i, j in cell.drawn), \
            'pixels outside [x, x+stringWidth) x [y, y+height)'
        assert all(cell.px[p] == C_BLUE for p in cell.drawn), 'text not in the current color'
    return check


for font, java_font in FONTS.items():
    ref = 'text_%s_%s' % (font, aname(TOP | LEFT))
    for anchor in TEXT_ANCHORS:
        name = 'text_%s_%s' % (font, aname(anchor))
        L.add(name, 80, 56, lambda X, Y, a=anchor, f=java_font: setc(C_BLUE) + 'g.setFont(%s);' % f +
              'g.drawString("%s",%d,%d,%s);' % (TEXT, X + AX, Y + AY, anchor_java(a)),
              text_box_check(font) if anchor == TOP | LEFT else text_check(font, anchor, ref))
L.add('text_anchor0', 80, 56, lambda X, Y: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont());'
      'g.drawString("%s",%d,%d,0);' % (TEXT, X + AX, Y + AY), text_check('default', TOP | LEFT, 'text_default_' + aname(TOP | LEFT)))
for anchor in TEXT_ANCHORS:
    an = aname(anchor)
    ref = 'text_default_' + an
    L.add('substring_' + an, 80, 56, lambda X, Y, a=anchor: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont());'
          'g.drawSubstring("xx%sxx",2,%d,%d,%d,%s);' % (TEXT, len(TEXT), X + AX, Y + AY, anchor_java(a)),
          lambda cell, ctx, r=ref: exact(ctx.cell(r).drawn)(cell, ctx))
    L.add('chars_' + an, 80, 56, lambda X, Y, a=anchor: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont());'
          'g.drawChars(new char[] {\'x\',%s,\'x\'},1,%d,%d,%d,%s);' % (','.join("'%s'" % c for c in TEXT), len(TEXT),
                                                                      X + AX, Y + AY, anchor_java(a)),
          lambda cell, ctx, r=ref: exact(ctx.cell(r).drawn)(cell, ctx))
L.add('char_H_ref', 40, 40, lambda X, Y: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont());'
      'g.drawString("H",%d,%d,Graphics.TOP|Graphics.LEFT);' % (X + 20, Y + 10), lambda cell, ctx: None)
L.add('char_H', 40, 40, lambda X, Y: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont());'
      'g.drawChar(\'H\',%d,%d,Graphics.TOP|Graphics.LEFT);' % (X + 20, Y + 10),
      lambda cell, ctx: exact(ctx.cell('char_H_ref').drawn)(cell, ctx))


def char_right_check(cell, ctx):
    cw = ctx.int('cw_default_H')
    ref = ctx.cell('char_H_ref').drawn
    assert ref, 'H draws nothing'
    exact({(i - cw, j) for i, j in ref})(cell, ctx)


L.add('char_H_right', 40, 40, lambda X, Y: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont());'
      'g.drawChar(\'H\',%d,%d,Graphics.TOP|Graphics.RIGHT);' % (X + 20, Y + 10), char_right_check)
CX, CY = 24, 24


def char_anchor_check(anchor):
    def check(cell, ctx):
        ref = ctx.cell('char_ref_' + aname(TOP | LEFT)).drawn
        assert ref, 'H draws nothing'
        dx, dy = anchor_offset(anchor, ctx.int('cw_default_H'), ctx.int('height_default'), ctx.int('baseline_default'))
        exact({(i - dx, j - dy) for i, j in ref})(cell, ctx)
    return check


for anchor in TEXT_ANCHORS:
    L.add('char_ref_' + aname(anchor), 48, 48, lambda X, Y, a=anchor: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont());'
          'g.drawString("H",%d,%d,%s);' % (X + CX, Y + CY, anchor_java(a)), char_anchor_check(anchor))
    L.add('drawChar_' + aname(anchor), 48, 48, lambda X, Y, a=anchor: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont());'
          'g.drawChar(\'H\',%d,%d,%s);' % (X + CX, Y + CY, anchor_java(a)), char_anchor_check(anchor))
L.add('text_translated', 80, 56, lambda X, Y: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont()); g.translate(%d,%d);'
      'g.drawString("%s",%d,%d,Graphics.TOP|Graphics.LEFT);' % (X + 30, Y + 10, TEXT, AX - 30, AY - 10) + RESET,
      lambda cell, ctx: exact(ctx.cell('text_default_' + aname(TOP | LEFT)).drawn)(cell, ctx))
L.add('text_clipped', 80, 56, lambda X, Y: setc(C_BLUE) + 'g.setFont(Font.getDefaultFont());'
      'g.setClip(%d,%d,5,100); g.drawString("%s",%d,%d,Graphics.TOP|Graphics.LEFT);' % (X + AX + 2, Y, TEXT, X + AX, Y + AY)
      + RESET, lambda cell, ctx: exact({(i, j) for i, j in ctx.cell('text_default_' + aname(TOP | LEFT)).drawn
                                        if AX + 2 <= i < AX + 7})(cell, ctx))

# ---- images
L.new_page()
BG = 0x336699


def image_rows(w, h):
    """A w x h asymmetric image, every pixel a distinct opaque color (none white)."""
    return [[0xFF000000 | (20 + 40 * i) << 16 | (30 + 50 * j) << 8 | (7 * i + 11 * j) for i in range(w)]
            for j in range(h)]


IMG = image_rows(6, 4)
SRC = image_rows(5, 4)
MAKE_IMG = 'Image.createRGBImage(%s, 6, 4, false)' % java_ints([p for row in IMG for p in row])
MAKE_SRC = 'Image.createRGBImage(%s, 5, 4, false)' % java_ints([p for row in SRC for p in row])


def placed(rows, x, y):
    return {(x + i, y + j): p & 0xFFFFFF for j, row in enumerate(rows) for i, p in enumerate(row)}


def pixels_check(expected, background=WHITE):
    """The cell shows exactly expected {(i, j): rgb}, background elsewhere."""
    def check(cell, ctx):
        wrong = [(p, hex(c), hex(expected.get(p, background))) for p, c in cell.px.items()
                 if c != expected.get(p, background)]
        assert not wrong, 'wrong pixels (where, got, expected): %s' % wrong[:8]
    return check


IMAGE_ANCHORS = [h | v for v in (TOP, VCENTER, BOTTOM) for h in (LEFT, HCENTER, RIGHT)] + [0]
for anchor in IMAGE_ANCHORS:
    dx, dy = anchor_offset(anchor or TOP | LEFT, 6, 4)
    L.add('drawImage_' + aname(anchor), 20, 16,
          lambda X, Y, a=anchor: 'g.drawImage(%s,%d,%d,%s);' % (MAKE_IMG, X + 8, Y + 6, anchor_java(a)),
          pixels_check(placed(IMG, 8 - dx, 6 - dy)))

REGION = [row[1:4] for row in SRC[1:3]]           # drawRegion(src, 1, 1, 3, 2, ...)
for tname, t in TRANS.items():
    for anchor in (TOP | LEFT, BOTTOM | RIGHT, HCENTER | VCENTER):
        out = transformed(REGION, tname)
        dx, dy = anchor_offset(anchor, len(out[0]), len(out))
        L.add('drawRegion_%s_%s' % (tname, aname(anchor)), 14, 14,
              lambda X, Y, t=t, a=anchor: 'g.drawRegion(%s,1,1,3,2,%d,%d,%d,%s);' % (MAKE_SRC, t, X + 6, Y + 6,
                                                                                    anchor_java(a)),
              pixels_check(placed(out, 6 - dx, 6 - dy)))
for tname, t in TRANS.items():
    out = transformed([row[0:4] for row in SRC[0:3]], tname)
    L.add('createImage_transform_%s' % tname, 14, 14, lambda X, Y, t=t: 'g.drawImage(Image.createImage(%s,0,0,4,3,%d),'
          '%d,%d,Graphics.TOP|Graphics.LEFT);' % (MAKE_SRC, t, X + 3, Y + 3), pixels_check(placed(out, 3, 3)))

# drawRGB
RGB_DATA = [0x00FF0000, 0xFF00FF00, 0x800000FF, 0x40FFFFFF, 0xFF123456, 0x00000000, 0xC0808000, 0x01FF00FF,
            0xFE00FFFF, 0x7F7F7F7F, 0xFF000000, 0x20000000]
L.add('drawRGB_opaque', 16, 8, lambda X, Y: 'g.setColor(0x%06X); g.fillRect(%d,%d,16,8);' % (BG, X, Y) +
      'g.drawRGB(%s,0,4,%d,%d,4,3,false);' % (java_ints(RGB_DATA), X + 2, Y + 2),
      pixels_check({(2 + k % 4, 2 + k // 4): v & 0xFFFFFF for k, v in enumerate(RGB_DATA)}, BG))


def blended_check(data, x, y, w, h, scan, offset, background):
    def check(cell, ctx):
        for j in range(h):
            for i in range(w):
                src = data[offset + j * scan + i]
                want = blend(background, src)
                got = cell.px[(x + i, y + j)]
                a = (src >> 24) & 0xFF
                if a in (0, 255):
                    assert got == want, 'alpha %d at %s: %06x, expected %06x' % (a, (i, j), got, want)
                else:
                    assert close(got, want), 'alpha %d at %s: %06x, expected %06x +-1' % (a, (i, j), got, want)
        inside = {(x + i, y + j) for i in range(w) for j in range(h)}
        assert all(c == background for p, c in cell.px.items() if p not in inside)
    return check


L.add('drawRGB_alpha', 16, 8, lambda X, Y: 'g.setColor(0x%06X); g.fillRect(%d,%d,16,8);' % (BG, X, Y) +
      'g.drawRGB(%s,0,4,%d,%d,4,3,true);' % (java_ints(RGB_DATA), X + 2, Y + 2),
      blended_check(RGB_DATA, 2, 2, 4, 3, 4, 0, BG))
L.add('drawRGB_negative_scan', 16, 8, lambda X, Y: 'g.setColor(0x%06X); g.fillRect(%d,%d,16,8);' % (BG, X, Y) +
      'g.drawRGB(%s,8,-4,%d,%d,4,3,true);' % (java_ints(RGB_DATA), X + 2, Y + 2),
      blended_check(RGB_DATA, 2, 2, 4, 3, -4, 8, BG))
L.add('drawRGB_wide_scan', 16, 8, lambda X, Y: 'g.setColor(0x%06X); g.fillRect(%d,%d,16,8);' % (BG, X, Y) +
      'g.drawRGB(%s,1,5,%d,%d,3,2,false);' % (java_ints(RGB_DATA), X + 2, Y + 2),
      pixels_check({(2 + i, 2 + j): RGB_DATA[1 + 5 * j + i] & 0xFFFFFF for i in range(3) for j in range(2)}, BG))
L.add('drawRGB_clipped', 16, 8, lambda X, Y: 'g.setColor(0x%06X); g.fillRect(%d,%d,16,8);' % (BG, X, Y) +
      'g.setClip(%d,%d,2,8); g.drawRGB(%s,0,4,%d,%d,4,3,false);' % (X + 3, Y, java_ints(RGB_DATA), X + 2, Y + 2) + RESET,
      pixels_check({(2 + k % 4, 2 + k // 4): v & 0xFFFFFF for k, v in enumerate(RGB_DATA) if 1 <= k % 4 <= 2}, BG))

# createRGBImage with alpha, drawn over a background
L.add('createRGBImage_alpha', 16, 8, lambda X, Y: 'g.setColor(0x%06X); g.fillRect(%d,%d,16,8);' % (BG, X, Y) +
      'g.drawImage(Image.createRGBImage(%s,4,3,true),%d,%d,Graphics.TOP|Graphics.LEFT);' % (java_ints(RGB_DATA), X + 2, Y + 2),
      blended_check(RGB_DATA, 2, 2, 4, 3, 4, 0, BG))
L.add('createRGBImage_noalpha', 16, 8, lambda X, Y: 'g.setColor(0x%06X); g.fillRect(%d,%d,16,8);' % (BG, X, Y) +
      'g.drawImage(Image.createRGBImage(%s,4,3,false),%d,%d,Graphics.TOP|Graphics.LEFT);' % (java_ints(RGB_DATA), X + 2, Y + 2),
      pixels_check({(2 + k % 4, 2 + k // 4): v & 0xFFFFFF for k, v in enumerate(RGB_DATA)}, BG))
L.add('createImage_white', 16, 14, lambda X, Y: 'g.setColor(0x%06X); g.fillRect(%d,%d,16,14);' % (BG, X, Y) +
      'g.drawImage(Image.createImage(10,8),%d,%d,Graphics.TOP|Graphics.LEFT);' % (X + 3, Y + 3),
      pixels_check({(3 + i, 3 + j): WHITE for i in range(10) for j in range(8)}, BG))

# copyArea on a mutable image
PAT_W, PAT_H = 24, 16
PATTERN = [[0xFF000000 | (i * 10) << 16 | (j * 15) << 8 | 0x80 for i in range(PAT_W)] for j in range(PAT_H)]
MAKE_PAT = ('Image m = Image.createImage(%d,%d); Graphics ig = m.getGraphics(); ig.drawRGB(%s,0,%d,0,0,%d,%d,false);'
            % (PAT_W, PAT_H, java_ints([p for row in PATTERN for p in row]), PAT_W, PAT_W, PAT_H))


def copied(src_x, src_y, w, h, dst_x, dst_y, clip=None):
    out = [row[:] for row in PATTERN]
    for j in range(h):
        for i in range(w):
            x, y = dst_x + i, dst_y + j
            if 0 <= x < PAT_W and 0 <= y < PAT_H and (clip is None or (clip[0] <= x < clip[2] and clip[1] <= y < clip[3])):
                out[y][x] = PATTERN[src_y + j][src_x + i]
    return out


for name, java, (sx, sy, cw, ch, dx, dy, clip) in [
        ('copyArea_overlap_down', 'ig.copyArea(2,3,10,6,8,5,Graphics.TOP|Graphics.LEFT);', (2, 3, 10, 6, 8, 5, None)),
        ('copyArea_overlap_up', 'ig.copyArea(8,5,10,6,2,3,Graphics.TOP|Graphics.LEFT);', (8, 5, 10, 6, 2, 3, None)),
        ('copyArea_anchor_translate', 'ig.translate(1,1); ig.copyArea(0,0,6,4,20,14,Graphics.BOTTOM|Graphics.RIGHT);',
         (1, 1, 6, 4, 15, 11, None)),
        ('copyArea_hcenter_vcenter', 'ig.copyArea(0,0,6,4,12,8,Graphics.HCENTER|Graphics.VCENTER);',
         (0, 0, 6, 4, 9, 6, None)),
        ('copyArea_clip', 'ig.setClip(10,0,5,16); ig.copyArea(0,0,20,16,3,0,Graphics.TOP|Graphics.LEFT);',
         (0, 0, 20, 16, 3, 0, (10, 0, 15, 16)))]:
    L.add(name, 28, 20, lambda X, Y, j=java: '{' + MAKE_PAT + j + 'g.drawImage(m,%d,%d,Graphics.TOP|Graphics.LEFT);}'
          % (X + 2, Y + 2), pixels_check(placed(copied(sx, sy, cw, ch, dx, dy, clip), 2, 2)))

# transforms of a translucent image: drawRegion blends the transformed pixels
ALPHA_ROWS = [RGB_DATA[4 * j:4 * j + 4] for j in range(3)]
for tname in ('ROT90', 'MIRROR', 'MIRROR_ROT270'):
    out = transformed(ALPHA_ROWS, tname)

    def alpha_region_check(cell, ctx, out=out):
        for (i, j), got in cell.px.items():
            if 2 <= i < 2 + len(out[0]) and 2 <= j < 2 + len(out):
                src = out[j - 2][i - 2]
                assert close(got, blend(BG, src), 0 if (src >> 24) in (0, 255) else 1), (i, j)
            else:
                assert got == BG
    L.add('drawRegion_alpha_' + tname, 10, 10, lambda X, Y, t=TRANS[tname]: 'g.setColor(0x%06X); g.fillRect(%d,%d,10,10);'
          % (BG, X, Y) + 'g.drawRegion(Image.createRGBImage(%s,4,3,true),0,0,4,3,%d,%d,%d,0);'
          % (java_ints(RGB_DATA), t, X + 2, Y + 2), alpha_region_check)


# PNG images over a background
L.new_page()
def png_check(rows, wide):
    ih, iw = len(rows), len(rows[0])

    def check(cell, ctx):
        for j in range(ih):
            for i in range(iw):
                want = blend(BG, rows[j][i])
                got = cell.px[(2 + i, 2 + j)]
                a = rows[j][i] >> 24
                tolerance = 1 if wide or a not in (0, 255) else 0
                assert close(got, want, tolerance), 'pixel %s: %06x, expected %06x' % ((i, j), got, want)
        assert all(c == BG for (i, j), c in cell.px.items() if not (2 <= i < 2 + iw and 2 <= j < 2 + ih))
    return check


for name, data, rows in PNG_CASES:
    ih, iw = len(rows), len(rows[0])
    L.add('png_' + name, iw + 4, ih + 4, lambda X, Y, d=data, iw=iw, ih=ih: 'g.setColor(0x%06X); g.fillRect(%d,%d,%d,%d);'
          % (BG, X, Y, iw + 4, ih + 4) + 'g.drawImage(Image.createImage(%s,0,%d),%d,%d,Graphics.TOP|Graphics.LEFT);'
          % (java_bytes(d), len(d), X + 2, Y + 2), png_check(rows, name == 'rgb16'))
_, _rgb8, _rows8 = PNG_CASES[0]
_padded = b'JUNK!' + _rgb8 + b'MORE JUNK'
L.add('png_offset', 9, 9, lambda X, Y: 'g.drawImage(Image.createImage(%s,5,%d),%d,%d,Graphics.TOP|Graphics.LEFT);'
      % (java_bytes(_padded), len(_rgb8), X + 2, Y + 2), pixels_check(placed(_rows8, 2, 2)))
L.add('png_resource', 9, 9, lambda X, Y: 'try { g.drawImage(Image.createImage("/img/ok.png"),%d,%d,'
      'Graphics.TOP|Graphics.LEFT); } catch (java.io.IOException e) { R.p("png_resource", e.toString()); }'
      % (X + 2, Y + 2), pixels_check(placed(_rows8, 2, 2)))


# --- images: snapshot, alpha onto a mutable image, InputStream, partly outside the clip
L.add('createImage_snapshot', 20, 14, lambda X, Y: '{ Image m = Image.createImage(8,6); Graphics ig = m.getGraphics();'
      'ig.setColor(0xFF0000); ig.fillRect(0,0,8,6); Image copy = Image.createImage(m); ig.setColor(0x0000FF);'
      'ig.fillRect(0,0,8,6); g.drawImage(copy,%d,%d,Graphics.TOP|Graphics.LEFT);'
      'g.drawImage(m,%d,%d,Graphics.TOP|Graphics.LEFT); }' % (X + 1, Y + 1, X + 10, Y + 1),
      pixels_check({**{(1 + i, 1 + j): 0xFF0000 for i in range(8) for j in range(6)},
                    **{(10 + i, 1 + j): 0x0000FF for i in range(8) for j in range(6)}}))
L.add('alpha_onto_mutable', 16, 8, lambda X, Y: '{ Image m = Image.createImage(4,3); Graphics ig = m.getGraphics();'
      'ig.setColor(0x%06X); ig.fillRect(0,0,4,3); ig.drawImage(Image.createRGBImage(%s,4,3,true),0,0,0);'
      'int[] o = new int[12]; m.getRGB(o,0,4,0,0,4,3); StringBuffer b = new StringBuffer();'
      'for (int i = 0; i < 12; i++) { b.append(Integer.toHexString(o[i])).append(" "); }'
      'R.p("alpha_onto_mutable", b.toString().trim()); g.drawImage(m,%d,%d,0); }' % (BG, java_ints(RGB_DATA), X + 2, Y + 2),
      lambda cell, ctx: _alpha_onto_mutable(cell))
L.add('png_inputstream', 9, 9, lambda X, Y: 'try { g.drawImage(Image.createImage(new java.io.ByteArrayInputStream(%s)),'
      '%d,%d,0); } catch (java.io.IOException e) { R.p("png_inputstream", e.toString()); }' % (java_bytes(GOOD_PNG), X + 2, Y + 2),
      pixels_check(placed(PNG_CASES[0][2], 2, 2)))
L.add('drawImage_clipped_alpha', 16, 10, lambda X, Y: 'g.setColor(0x%06X); g.fillRect(%d,%d,16,10);' % (BG, X, Y) +
      'g.setClip(%d,%d,3,10); g.drawImage(Image.createRGBImage(%s,4,3,true),%d,%d,0);'
      % (X + 3, Y, java_ints(RGB_DATA), X + 2, Y + 2) + RESET,
      lambda cell, ctx: _clipped_alpha(cell))


def _clipped_line_check(cell):
    """The reversed line, clipped: its pixels in the clip are those of a valid line from
    (82, 19) to (2, 2) shifted by -50 (the same columns, one pixel each, within half a pixel)."""
    shifted = {(i + 50, j) for i, j in cell.drawn}
    x1, y1, x2, y2 = LINE_REF
    for i in range(50, 90):
        if i > x2:
            continue
        js = [j for k, j in shifted if k == i]
        assert len(js) == 1, 'column %d has %s' % (i, js)
        ideal = y1 + Fraction((i - x1) * (y2 - y1), x2 - x1)
        assert abs(js[0] - ideal) <= Fraction(1, 2)


def _alpha_onto_mutable(cell):
    for (i, j), got in cell.px.items():
        if 2 <= i < 6 and 2 <= j < 5:
            src = RGB_DATA[(i - 2) + 4 * (j - 2)]
            assert close(got, blend(BG, src), 0 if (src >> 24) in (0, 255) else 1), (i, j)
        else:
            assert got == WHITE


def _clipped_alpha(cell):
    """drawImage of an alpha image with a clip of columns 3..5: blended inside the clip only."""
    for (i, j), got in cell.px.items():
        k = (i - 2) + 4 * (j - 2)
        if 3 <= i < 6 and 2 <= j < 5:
            want = blend(BG, RGB_DATA[k])
            assert close(got, want, 0 if (RGB_DATA[k] >> 24) in (0, 255) else 1), (i, j)
        else:
            assert got == BG, 'changed outside the clip at %s' % ((i, j),)


# ---------------------------------------------------------------- non-pixel checks

CHECKS = []       # (key, java statements before, java expression or None, expected)


def raises(key, statement, expected):
    CHECKS.append((key, statement, None, expected))


def value(key, before, expr, expected):
    CHECKS.append((key, before, expr, expected))


G = 'Graphics g = Image.createImage(100, 80).getGraphics();'
raises('setColor_r256', G + 'g.setColor(256,0,0);', IAE)
raises('setColor_gneg', G + 'g.setColor(0,-1,0);', IAE)
raises('setColor_b256', G + 'g.setColor(0,0,256);', IAE)
raises('setColor_ok', G + 'g.setColor(255,255,255); g.setColor(0,0,0);', NONE)
raises('setGrayScale_256', G + 'g.setGrayScale(256);', IAE)
raises('setGrayScale_neg', G + 'g.setGrayScale(-1);', IAE)
value('gray_100', G + 'g.setGrayScale(100);', 'g.getGrayScale()', '100')
value('gray_100_rgb', G + 'g.setGrayScale(100);',
      'g.getRedComponent()+","+g.getGreenComponent()+","+g.getBlueComponent()+","+Integer.toHexString(g.getColor())',
      '100,100,100,646464')
value('setColor_high_byte', G + 'g.setColor(0xFF123456);', 'Integer.toHexString(g.getColor())', '123456')
value('setColor_rgb', G + 'g.setColor(18,52,86);', 'Integer.toHexString(g.getColor())', '123456')
value('components', G + 'g.setColor(0xA1B2C3);',
      'g.getRedComponent()+","+g.getGreenComponent()+","+g.getBlueComponent()', '161,178,195')
for c in ('FFFFFF', '000000', 'FF0000', '00FF00', '0000FF', '808080'):
    value('grayof_' + c, G + 'g.setColor(0x%s);' % c, 'g.getGrayScale()', None)
value('gray_rgb_white', G + 'g.setColor(255,255,255);', 'g.getGrayScale()', '255')
value('gray_rgb_black', G + 'g.setColor(0,0,0);', 'g.getGrayScale()', '0')
raises('stroke_bad', G + 'g.setStrokeStyle(2);', IAE)

# clip and translate state (a 100 x 80 image's Graphics)
value('clip_initial', G, 'g.getClipX()+","+g.getClipY()+","+g.getClipWidth()+","+g.getClipHeight()', '0,0,100,80')
CLIP = 'g.getClipX()+","+g.getClipY()+","+g.getClipWidth()+","+g.getClipHeight()'
value('clip_after_translate', G + 'g.translate(10,20);', CLIP, '-10,-20,100,80')
value('clip_after_clipRect', G + 'g.translate(10,20); g.clipRect(5,5,50,50);', CLIP, '5,5,50,50')
value('clip_after_translate2', G + 'g.translate(10,20); g.clipRect(5,5,50,50); g.translate(5,5);', CLIP, '0,0,50,50')
value('clip_after_clipRect2', G + 'g.translate(10,20); g.clipRect(5,5,50,50); g.translate(5,5); g.clipRect(-10,-10,20,100);',
      CLIP, '0,0,10,50')
value('clip_setClip_translated', G + 'g.translate(10,20); g.clipRect(5,5,50,50); g.translate(5,5); g.setClip(0,0,30,30);',
      CLIP, '0,0,30,30')
value('clip_setClip_beyond', G + 'g.translate(-5,-5); g.setClip(0,0,200,200);', CLIP, None)
value('translate_sum', G + 'g.translate(10,20); g.translate(5,-3);', 'g.getTranslateX()+","+g.getTranslateY()', '15,17')
value('clip_ignores_translate', G + 'g.setClip(10,10,20,20); g.translate(3,4);', CLIP, '7,6,20,20')

# screen Graphics: copyArea is not allowed (checked in paint with the screen's g)
# text anchors
for key, anchor in {'VCENTER_LEFT': VCENTER | LEFT, 'TOP_LEFT_RIGHT': TOP | LEFT | RIGHT, 'TOP_BOTTOM_LEFT': TOP | BOTTOM | LEFT,
                    'LEFT_only': LEFT, 'TOP_only': TOP, 'bit128': 128 | TOP | LEFT, 'HCENTER_VCENTER': HCENTER | VCENTER,
                    'BASELINE_HCENTER_RIGHT': BASELINE | HCENTER | RIGHT}.items():
    a = anchor_java(anchor) if anchor < 128 else '128|Graphics.TOP|Graphics.LEFT'
    raises('drawString_anchor_' + key, G + 'g.drawString("x",5,5,%s);' % a, IAE)
    raises('drawChar_anchor_' + key, G + 'g.drawChar(\'x\',5,5,%s);' % a, IAE)
    raises('drawChars_anchor_' + key, G + 'g.drawChars(new char[] {\'x\'},0,1,5,5,%s);' % a, IAE)
    raises('drawSubstring_anchor_' + key, G + 'g.drawSubstring("xy",0,1,5,5,%s);' % a, IAE)
for anchor in TEXT_ANCHORS + [0]:
    raises('drawString_anchor_ok_%d' % anchor, G + 'g.drawString("x",5,5,%s);' % anchor_java(anchor), NONE)
raises('drawString_null', G + 'g.drawString(null,5,5,0);', NPE)
raises('drawSubstring_range', G + 'g.drawSubstring("abc",2,2,5,5,0);', SIOOBE)
raises('drawSubstring_negative', G + 'g.drawSubstring("abc",-1,1,5,5,0);', SIOOBE)
raises('drawChars_range', G + 'g.drawChars(new char[4],2,5,5,5,0);', AIOOBE)
# image anchors and regions
for key, anchor in {'BASELINE_LEFT': BASELINE | LEFT, 'LEFT_RIGHT_TOP': LEFT | RIGHT | TOP, 'TOP_VCENTER_LEFT': TOP | VCENTER | LEFT,
                    'LEFT_only': LEFT}.items():
    raises('drawImage_anchor_' + key, G + 'g.drawImage(Image.createImage(2,2),5,5,%s);' % anchor_java(anchor), IAE)
    raises('drawRegion_anchor_' + key, G + 'g.drawRegion(Image.createImage(2,2),0,0,2,2,0,5,5,%s);' % anchor_java(anchor), IAE)
    raises('copyArea_anchor_' + key, G + 'g.copyArea(0,0,2,2,5,5,%s);' % anchor_java(anchor), IAE)
raises('drawImage_null', G + 'g.drawImage(null,0,0,0);', NPE)
raises('drawRegion_transform8', G + 'g.drawRegion(Image.createImage(4,4),0,0,2,2,8,5,5,0);', IAE)
raises('drawRegion_transform_neg', G + 'g.drawRegion(Image.createImage(4,4),0,0,2,2,-1,5,5,0);', IAE)
raises('drawRegion_outside', G + 'g.drawRegion(Image.createImage(4,4),3,0,2,2,0,5,5,0);', IAE)
raises('drawRegion_negative_src', G + 'g.drawRegion(Image.createImage(4,4),-1,0,2,2,0,5,5,0);', IAE)
raises('drawRegion_self', 'Image self = Image.createImage(8,8); self.getGraphics().drawRegion(self,0,0,2,2,0,4,4,0);', IAE)
raises('drawRegion_ok', G + 'g.drawRegion(Image.createImage(4,4),2,2,2,2,7,5,5,Graphics.BOTTOM|Graphics.HCENTER);', NONE)
# drawRGB array bounds
raises('drawRGB_offset_neg', G + 'g.drawRGB(new int[16],-1,4,0,0,4,4,false);', AIOOBE)
raises('drawRGB_short', G + 'g.drawRGB(new int[15],0,4,0,0,4,4,false);', AIOOBE)
raises('drawRGB_negscan_below', G + 'g.drawRGB(new int[8],3,-4,0,0,4,2,false);', AIOOBE)
raises('drawRGB_negscan_ok', G + 'g.drawRGB(new int[8],4,-4,0,0,4,2,true);', NONE)
raises('drawRGB_null', G + 'g.drawRGB(null,0,4,0,0,4,4,false);', NPE)
raises('drawRGB_scan_overflow', G + 'g.drawRGB(new int[10],0,0x40000000,0,0,1,5,false);', AIOOBE)
raises('drawRGB_width_overflow', G + 'g.drawRGB(new int[10],5,1,0,0,0x7FFFFFFF,1,false);', AIOOBE)
raises('getRGB_scan_overflow', 'Image.createImage(1,5).getRGB(new int[10],0,0x40000000,0,0,1,5);', AIOOBE)
raises('createRGBImage_size_overflow', 'Image.createRGBImage(new int[4],65536,65536,false);', AIOOBE)
raises('drawRGB_offscreen_ok', G + 'g.drawRGB(new int[16],0,4,-50,-50,4,4,false);', NONE)
# copyArea
raises('copyArea_outside', G + 'g.copyArea(90,0,20,10,0,0,0);', IAE)
raises('copyArea_ok', G + 'g.copyArea(0,0,100,80,10,10,0);', NONE)
# Image
raises('createImage_zero', 'Image.createImage(0,5);', IAE)
raises('createImage_neg', 'Image.createImage(5,-1);', IAE)
raises('createRGBImage_short', 'Image.createRGBImage(new int[5],3,2,false);', AIOOBE)
raises('createRGBImage_null', 'Image.createRGBImage(null,3,2,false);', NPE)
raises('createRGBImage_zero', 'Image.createRGBImage(new int[5],0,2,false);', IAE)
raises('createImage_region_outside', 'Image.createImage(Image.createImage(4,4),2,2,3,2,0);', IAE)
raises('createImage_region_transform9', 'Image.createImage(Image.createImage(4,4),0,0,2,2,9);', IAE)
raises('createImage_missing_resource', 'Image.createImage("/missing.png");', IOE)
raises('createImage_bad_resource', 'Image.createImage("/img/bad.png");', IOE)
raises('createImage_bytes_null', 'Image.createImage((byte[]) null,0,0);', NPE)
raises('createImage_bytes_range', 'Image.createImage(new byte[4],2,3);', AIOOBE)
value('png_huge_dimensions', 'byte[] d = %s; String r;'
      'try { Image.createImage(d,0,d.length); r = "created"; } catch (IllegalArgumentException e) { r = "IAE"; }'
      'catch (OutOfMemoryError e) { r = "OOM"; }' % java_bytes(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack(
          '>IIBBBBB', 60000, 60000, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b'\x00' * 1000)) + chunk(b'IEND', b'')),
      'r', None)
for key, data in BAD_PNGS.items():
    raises('png_bad_' + key, 'byte[] d = %s; Image.createImage(d,0,d.length);' % java_bytes(data), IAE)
raises('png_immutable_graphics', 'byte[] d = %s; Image.createImage(d,0,d.length).getGraphics();' % java_bytes(GOOD_PNG), ISE)
raises('rgbimage_immutable_graphics', 'Image.createRGBImage(new int[4],2,2,true).getGraphics();', ISE)
value('mutable_flags', 'byte[] d = %s;' % java_bytes(GOOD_PNG),
      'Image.createImage(3,3).isMutable()+","+Image.createImage(d,0,d.length).isMutable()+","'
      '+Image.createRGBImage(new int[4],2,2,false).isMutable()+","+Image.createImage(Image.createImage(3,3)).isMutable()',
      'true,false,false,false')
value('png_size', 'byte[] d = %s; Image im = Image.createImage(d,0,d.length);' % java_bytes(GOOD_PNG),
      'im.getWidth()+"x"+im.getHeight()', '5x5')
value('mutable_getRGB', 'int[] o = new int[6]; Image.createImage(3,2).getRGB(o,0,3,0,0,3,2);',
      'Integer.toHexString(o[0])+","+Integer.toHexString(o[5])', 'ffffffff,ffffffff')
value('mutable_drawn_getRGB', 'Image m = Image.createImage(4,4); Graphics mg = m.getGraphics(); mg.setColor(0x123456);'
      'mg.fillRect(1,1,2,2); int[] o = new int[16]; m.getRGB(o,0,4,0,0,4,4);',
      'Integer.toHexString(o[0])+","+Integer.toHexString(o[5])+","+Integer.toHexString(o[10])+","+Integer.toHexString(o[15])',
      'ffffffff,ff123456,ff123456,ffffffff')
ALPHA_IN = [0xFF102030, 0x80405060, 0x00000000, 0x01FFFFFF]
value('rgbimage_alpha_getRGB', 'int[] o = new int[4]; Image.createRGBImage(%s,2,2,true).getRGB(o,0,2,0,0,2,2);'
      % java_ints(ALPHA_IN), 'Integer.toHexString(o[0])+","+Integer.toHexString(o[1])+","+Integer.toHexString(o[2] >>> 24)'
      '+","+Integer.toHexString(o[3])', 'ff102030,80405060,0,1ffffff')
value('rgbimage_noalpha_getRGB', 'int[] o = new int[4]; Image.createRGBImage(%s,2,2,false).getRGB(o,0,2,0,0,2,2);'
      % java_ints(ALPHA_IN), 'Integer.toHexString(o[1])+","+Integer.toHexString(o[2])', 'ff405060,ff000000')
value('getRGB_negscan', 'int[] o = new int[4]; Image.createRGBImage(%s,2,2,false).getRGB(o,2,-2,0,0,2,2);'
      % java_ints(ALPHA_IN), 'Integer.toHexString(o[0])+","+Integer.toHexString(o[1])+","+Integer.toHexString(o[2])+","+Integer.toHexString(o[3])',
      'ff000000,ffffffff,ff102030,ff405060')
raises('getRGB_outside', 'Image.createImage(3,3).getRGB(new int[9],0,3,1,1,3,3);', IAE)
raises('getRGB_scan_small', 'Image.createImage(3,3).getRGB(new int[9],0,2,0,0,3,3);', IAE)
raises('getRGB_short', 'Image.createImage(3,3).getRGB(new int[8],0,3,0,0,3,3);', AIOOBE)
raises('getRGB_null', 'Image.createImage(3,3).getRGB(null,0,3,0,0,3,3);', NPE)
PNG_ALPHA = PNG_CASES[3]          # rgba8
value('png_rgba_getRGB', 'byte[] d = %s; int[] o = new int[9]; Image.createImage(d,0,d.length).getRGB(o,0,3,0,0,3,3);'
      % java_bytes(PNG_ALPHA[1]), 'Integer.toHexString(o[0])+","+Integer.toHexString(o[1] >>> 24)+","'
      '+Integer.toHexString(o[4])+","+Integer.toHexString(o[2] >>> 24)', 'ffff0000,0,ffc86432,80')
value('transform_alpha_getRGB', 'int[] o = new int[12]; Image.createImage(Image.createRGBImage(%s,4,3,true),0,0,4,3,2)'
      '.getRGB(o,0,4,0,0,4,3); StringBuffer b = new StringBuffer(); for (int i = 0; i < 12; i++) {'
      'b.append(Integer.toHexString(o[i] >>> 24)).append(" "); }' % java_ints(RGB_DATA), 'b.toString().trim()',
      ' '.join('%x' % (p >> 24) for row in transformed(ALPHA_ROWS, 'MIRROR') for p in row))
value('transform_sizes', 'Image s = Image.createImage(5,3);',
      'Image.createImage(s,0,0,5,3,5).getWidth()+"x"+Image.createImage(s,0,0,5,3,5).getHeight()+","'
      '+Image.createImage(s,1,0,4,2,2).getWidth()+"x"+Image.createImage(s,1,0,4,2,2).getHeight()', '3x5,4x2')
# fonts
FONT_SPECS = {'default': 'Font.getDefaultFont()', 'large_bold': FONTS['large_bold'], 'small_mono': FONTS['small_mono'],
              'underlined': FONTS['underlined'],
              'bold_italic': 'Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_BOLD | Font.STYLE_ITALIC, Font.SIZE_MEDIUM)',
              'sys_small': 'Font.getFont(Font.FACE_SYSTEM, Font.STYLE_PLAIN, Font.SIZE_SMALL)',
              'sys_medium': 'Font.getFont(Font.FACE_SYSTEM, Font.STYLE_PLAIN, Font.SIZE_MEDIUM)',
              'sys_large': 'Font.getFont(Font.FACE_SYSTEM, Font.STYLE_PLAIN, Font.SIZE_LARGE)',
              'prop_small': 'Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_PLAIN, Font.SIZE_SMALL)',
              'prop_medium': 'Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_PLAIN, Font.SIZE_MEDIUM)',
              'prop_large': 'Font.getFont(Font.FACE_PROPORTIONAL, Font.STYLE_PLAIN, Font.SIZE_LARGE)',
              'bold_medium': 'Font.getFont(Font.FACE_SYSTEM, Font.STYLE_BOLD, Font.SIZE_MEDIUM)'}
SAMPLE = 'Hello, World! gjpq_|'
for fname, fj in FONT_SPECS.items():
    value('height_' + fname, '', fj + '.getHeight()', None)
    value('baseline_' + fname, '', fj + '.getBaselinePosition()', None)
    value('sw_%s_%s' % (fname, TEXT), '', fj + '.stringWidth("%s")' % TEXT, None)
    value('sw_%s_sample' % fname, '', fj + '.stringWidth("%s")' % SAMPLE, None)
    value('cw_%s_sample' % fname, 'Font f = %s; String s = "%s"; StringBuffer b = new StringBuffer();'
          'for (int i = 0; i < s.length(); i++) { b.append(f.charWidth(s.charAt(i))).append(":")'
          '.append(f.stringWidth(s.substring(i, i + 1))).append(" "); }' % (fj, SAMPLE), 'b.toString().trim()', None)
    value('charsWidth_%s' % fname, '', fj + '.charsWidth("x%sx".toCharArray(),1,%d)' % (SAMPLE, len(SAMPLE)), None)
    value('substringWidth_%s' % fname, '', fj + '.substringWidth("ab%scd",2,%d)' % (SAMPLE, len(SAMPLE)), None)
value('cw_default_H', '', 'Font.getDefaultFont().charWidth(\'H\')', None)
value('sw_empty', '', 'Font.getDefaultFont().stringWidth("")', '0')
raises('font_bad_face', 'Font.getFont(99, 0, 0);', IAE)
raises('font_specifier_bad', 'Font.getFont(5);', IAE)
value('font_specifiers', '', '(Font.getFont(Font.FONT_STATIC_TEXT) != null) + "," + (Font.getFont(Font.FONT_INPUT_TEXT) != null)',
      'true,true')
value('font_unusual_chars', 'Font f = Font.getDefaultFont(); String s = "\\u20ac\\u4e2d\\u00e9\\u0000x";'
      'int sum = 0; for (int i = 0; i < s.length(); i++) { sum += f.charWidth(s.charAt(i)); }'
      'Image.createImage(50, 20).getGraphics().drawString(s, 0, 0, 0);', 'sum == f.stringWidth(s)', 'true')
value('getGraphics_fresh', 'Image m = Image.createImage(20, 10); Graphics g1 = m.getGraphics(); g1.setColor(0x123456);'
      'g1.translate(3, 4); g1.setClip(1, 1, 2, 2); g1.setStrokeStyle(Graphics.DOTTED);'
      'g1.setFont(Font.getFont(Font.FACE_MONOSPACE, Font.STYLE_BOLD, Font.SIZE_LARGE)); Graphics g2 = m.getGraphics();',
      'g2.getColor()+","+g2.getTranslateX()+","+g2.getTranslateY()+","+g2.getClipX()+","+g2.getClipY()+","'
      '+g2.getClipWidth()+","+g2.getClipHeight()+","+g2.getStrokeStyle()+","+(g2.getFont() == Font.getDefaultFont())',
      '0,0,0,0,0,20,10,0,true')
value('drawRGB_alpha_onto_mutable', 'Image m = Image.createImage(2,1); m.getGraphics().drawRGB(new int[] {0x80FF0000, 0x00000000},'
      '0,2,0,0,2,1,true); int[] o = new int[2]; m.getRGB(o,0,2,0,0,2,1);',
      'Integer.toHexString(o[0] >>> 24)+","+Integer.toHexString(o[1])', None)
raises('font_bad_size', 'Font.getFont(0, 0, 3);', IAE)
raises('font_bad_style', 'Font.getFont(0, 8, 0);', IAE)
raises('font_stringWidth_null', 'Font.getDefaultFont().stringWidth(null);', NPE)
value('font_attributes', 'Font f = Font.getFont(Font.FACE_MONOSPACE, Font.STYLE_BOLD | Font.STYLE_ITALIC, Font.SIZE_LARGE);',
      'f.getFace()+","+f.getStyle()+","+f.getSize()+","+f.isBold()+","+f.isItalic()+","+f.isPlain()+","+f.isUnderlined()',
      '32,3,16,true,true,false,false')


def checks_java():
    out = []
    for key, before, expr, _ in CHECKS:
        if expr is None:
            out.append('try { %s R.p("%s", "none"); } catch (Throwable e) { R.p("%s", e.getClass().getName()); }'
                       % (before, key, key))
        else:
            out.append('try { %s R.p("%s", String.valueOf(%s)); } catch (Throwable e) { R.p("%s", "threw " + e); }'
                       % (before, key, expr, key))
    # each in its own method so no method grows past the JVM's 64 KB
    return '\n'.join('    static void c%d() { %s }' % (n, s) for n, s in enumerate(out)), len(out)


def midlet_sources():
    page_methods = []
    for n, items in enumerate(L.pages):
        body = '\n'.join('        { %s }' % item.java for item in items)
        page_methods.append('    void page%d(Graphics g) {\n%s\n    }' % (n, body))
    switch = ' '.join('case %d: page%d(g); break;' % (n, n) for n in range(len(L.pages)))
    checks, count = checks_java()
    calls = ' '.join('c%d();' % n for n in range(count))
    gfx = '''package gfx;
import javax.microedition.lcdui.*;
import javax.microedition.midlet.*;

public class GfxTest extends MIDlet {
    protected void startApp() {
        Display.getDisplay(this).setCurrent(new Pages());
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) {}
}

class Pages extends Canvas {
    int page;
    boolean reported;
    Pages() { setFullScreenMode(true); }
    protected void keyPressed(int code) { page++; repaint(); }
    protected void paint(Graphics g) {
        if (!reported) {
            reported = true;
            try { g.copyArea(0, 0, 1, 1, 2, 2, Graphics.TOP | Graphics.LEFT); R.p("copyArea_screen", "none"); }
            catch (Throwable e) { R.p("copyArea_screen", e.getClass().getName()); }
            R.p("screen_size", getWidth() + "x" + getHeight());
            R.p("screen_clip", g.getClipX() + "," + g.getClipY() + "," + g.getClipWidth() + "," + g.getClipHeight());
            Checks.run();
            R.p("checks", "done");
        }
        g.setClip(0, 0, getWidth(), getHeight());
        g.setColor(0xFFFFFF);
        g.fillRect(0, 0, getWidth(), getHeight());
        switch (page) { %s default: break; }
    }
%s
}

class Checks {
    static void run() { %s }
%s
}

class R {
    static void p(String key, String value) { System.out.println("R " + key + "=" + value); }
}
''' % (switch, '\n'.join(page_methods), calls, checks)
    colors = '''package gfx;
import javax.microedition.lcdui.*;
import javax.microedition.midlet.*;

public class ColorTest extends MIDlet {
    protected void startApp() {
        Display d = Display.getDisplay(this);
        R.p("numColors", String.valueOf(d.numColors()));
        R.p("isColor", String.valueOf(d.isColor()));
        d.setCurrent(new Ramps());
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) {}
}

class Ramps extends Canvas {
    static final int[] SAMPLES = %s;
    Ramps() { setFullScreenMode(true); }
    protected void paint(Graphics g) {
        g.setColor(0xFFFFFF);
        g.fillRect(0, 0, getWidth(), getHeight());
        StringBuffer b = new StringBuffer();
        for (int v = 0; v < 256; v++) {
            for (int c = 0; c < 3; c++) {
                int rgb = v << (16 - 8 * c);
                g.setColor(rgb);
                g.fillRect(2 + (v %% 16) + 18 * c, 2 + v / 16, 1, 1);
                b.append(Integer.toHexString(g.getDisplayColor(rgb))).append(' ');
            }
        }
        R.p("ramp_display", b.toString().trim());
        b = new StringBuffer();
        for (int k = 0; k < SAMPLES.length; k++) {
            g.setColor(SAMPLES[k]);
            g.fillRect(2 + 4 * (k %% 10), 24 + 4 * (k / 10), 4, 4);
            b.append(Integer.toHexString(g.getDisplayColor(SAMPLES[k]))).append(' ');
        }
        R.p("sample_display", b.toString().trim());
        R.p("display_high_byte", Integer.toHexString(g.getDisplayColor(0xAB000000 | SAMPLES[3])) + "," +
            Integer.toHexString(g.getDisplayColor(SAMPLES[3])));
    }
}
''' % java_ints(COLOR_SAMPLES)
    return {'gfx/GfxTest.java': gfx, 'gfx/ColorTest.java': colors}


COLOR_SAMPLES = [0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0x123456, 0x876543, 0x7F7F7F, 0x808080, 0x010203,
                 0xFEFDFC, 0x07030F, 0x080408, 0xF8FCF8, 0xF7FBF7, 0xABCDEF, 0x3C3C3C, 0xC3C3C3, 0x5A1E96, 0x0F0F0F]


# ---------------------------------------------------------------- running

class Run:
    def __init__(self, proc, folder, shots):
        self.proc = proc
        self.folder = folder
        self.results = {}
        for line in proc.stdout.splitlines():
            if line.startswith('R ') and '=' in line:
                key, _, val = line[2:].partition('=')
                self.results[key] = val
        self.shots = {}
        for name in shots:
            path = os.path.join(folder, name)
            if os.path.exists(path):
                self.shots[name] = screenshot_pixels(path)

    def describe(self):
        return 'exit %s\nstdout (tail): %s\nstderr: %s' % (self.proc.returncode, self.proc.stdout[-1500:],
                                                           self.proc.stderr[-3000:])


@pytest.fixture(scope='module')
def suite(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp('gfx'))
    resources = {'img/ok.png': GOOD_PNG, 'img/bad.png': BAD_PNGS['garbage']}
    return folder, build_suite(folder, midlet_sources(), [('Gfx', 'gfx.GfxTest'), ('Colors', 'gfx.ColorTest')],
                               resources=resources)


@pytest.fixture(scope='module')
def pages(suite):
    folder, jad = suite
    names = ['page%d.png' % n for n in range(len(L.pages))]
    script = ['wait 200']
    for n, name in enumerate(names):
        if n:
            script.append('key 1')
        script.append('screenshot ' + name)
    script.append('quit')
    proc = run_suite(jad, '\n'.join(script) + '\n', folder)
    return Run(proc, folder, names)


class Context:
    def __init__(self, run):
        self.run = run

    def cell(self, name):
        item = L.items[name]
        shot = self.run.shots.get('page%d.png' % item.page)
        assert shot is not None, 'no screenshot of page %d:\n%s' % (item.page, self.run.describe())
        return Cell(item, shot)

    def int(self, key):
        assert key in self.run.results, 'the MIDlet printed no %s:\n%s' % (key, self.run.describe())
        return int(self.run.results[key])


def test_run_completes(pages):
    assert pages.proc.returncode == 0, pages.describe()
    assert 'Traceback' not in pages.proc.stderr
    assert pages.results.get('checks') == 'done', pages.describe()
    assert len(pages.shots) == len(L.pages)
    assert all(shot[:2] == (W, H) for shot in pages.shots.values())


@pytest.mark.parametrize('name', list(L.items))
def test_pixels(pages, name):
    ctx = Context(pages)
    cell = ctx.cell(name)
    L.items[name].check(cell, ctx)


def test_nothing_outside_the_cells(pages):
    """Every pixel not in a cell stays white: no primitive (or clip) spills over."""
    for n, items in enumerate(L.pages):
        shot = pages.shots.get('page%d.png' % n)
        assert shot is not None, pages.describe()
        inside = set()
        for it in items:
            inside.update((it.x + i, it.y + j) for i in range(it.w) for j in range(it.h))
        stray = [(i, j) for j in range(H) for i in range(W) if (i, j) not in inside and shot[2][j * W + i] != WHITE]
        assert not stray, 'page %d: pixels changed outside every cell: %s' % (n, stray[:10])


@pytest.mark.parametrize('key', [c[0] for c in CHECKS if c[3] is not None])
def test_checks(pages, key):
    expected = {c[0]: c[3] for c in CHECKS}[key]
    assert key in pages.results, pages.describe()
    assert pages.results[key] == expected


def test_screen_graphics(pages):
    r = pages.results
    assert r.get('copyArea_screen') == ISE, pages.describe()
    assert r.get('screen_size') == '%dx%d' % (W, H)
    assert r.get('screen_clip') == '0,0,%d,%d' % (W, H)


def test_png_resource_loads(pages):
    assert 'png_resource' not in pages.results, pages.results.get('png_resource')
    assert 'png_inputstream' not in pages.results, pages.results.get('png_inputstream')


def test_mutable_image_stays_opaque(pages):
    """A translucent image drawn onto a mutable image blends; the mutable image's pixels
    stay fully opaque (getRGB alpha 0xFF)."""
    values = [int(v, 16) for v in pages.results['alpha_onto_mutable'].split()]
    assert len(values) == 12
    for src, got in zip(RGB_DATA, values):
        assert got >> 24 == 0xFF
        assert close(got & 0xFFFFFF, blend(BG, src), 0 if (src >> 24) in (0, 255) else 1)


def test_png_huge_dimensions(pages):
    """A PNG declaring 60000 x 60000 pixels (with almost no data) is refused, not decoded."""
    assert pages.results['png_huge_dimensions'] in ('IAE', 'OOM'), pages.results['png_huge_dimensions']


def test_drawRGB_alpha_onto_mutable(pages):
    """Blending 0x80FF0000 onto white gives an opaque pink (+-1); alpha 0 leaves white."""
    alpha, second = pages.results['drawRGB_alpha_onto_mutable'].split(',')
    assert alpha == 'ff' and second == 'ffffffff'


def test_gray_scale_of_colors(pages):
    r = pages.results
    gray = {c: int(r['grayof_' + c]) for c in ('FFFFFF', '000000', 'FF0000', '00FF00', '0000FF', '808080')}
    assert gray['FFFFFF'] == 255 and gray['000000'] == 0
    assert all(0 <= v <= 255 for v in gray.values())
    assert gray['00FF00'] > gray['0000FF'] and gray['FF0000'] > gray['0000FF'], 'brightness order of primaries'
    assert abs(gray['808080'] - 128) <= 1


def test_clip_set_beyond_image(pages):
    """setClip may reach beyond the image; what getClip reports then must still contain
    the whole visible image: (5, 5) is the image's top-left after translate(-5, -5)."""
    x, y, w, h = map(int, pages.results['clip_setClip_beyond'].split(','))
    assert x <= 5 and y <= 5 and x + w >= 105 and y + h >= 85 or (x, y, w, h) == (5, 5, 100, 80)


def test_font_metrics(pages):
    r = pages.results
    for fname in FONT_SPECS:
        height, base = int(r['height_' + fname]), int(r['baseline_' + fname])
        assert height > 0 and 0 < base <= height, fname
        pairs = [tuple(map(int, p.split(':'))) for p in r['cw_%s_sample' % fname].split()]
        assert len(pairs) == len(SAMPLE)
        assert all(cw == sw for cw, sw in pairs), '%s: charWidth != stringWidth of one char' % fname
        assert sum(cw for cw, _ in pairs) == int(r['sw_%s_sample' % fname]), '%s: widths are not additive' % fname
        assert int(r['charsWidth_%s' % fname]) == int(r['sw_%s_sample' % fname])
        assert int(r['substringWidth_%s' % fname]) == int(r['sw_%s_sample' % fname])
    for face in ('sys', 'prop'):
        s, m, lg = (int(r['height_%s_%s' % (face, size)]) for size in ('small', 'medium', 'large'))
        assert s < m < lg, '%s heights: %d %d %d' % (face, s, m, lg)
    assert r['height_default'] == r['height_sys_medium']


# ---------------------------------------------------------------- colors on each device

def run_colors(suite, device):
    folder, jad = suite
    sub = os.path.join(folder, 'colors_' + device)
    os.makedirs(sub, exist_ok=True)
    proc = run_suite(os.path.abspath(jad), 'wait 200\nscreenshot %s/colors.png\nquit\n' % sub, folder,
                     '--device', device, '--midlet', '2')
    return Run(proc, sub, ['colors.png'])


CHANNEL_BITS = {'qvga': (8, 8, 8), 's60': (5, 6, 5), 'small': (4, 4, 4)}
SIZES = {'qvga': (240, 320), 's60': (176, 220), 'small': (128, 160)}


@pytest.mark.parametrize('device', ['qvga', 's60', 'small'])
def test_display_colors(suite, device):
    run = run_colors(suite, device)
    assert run.proc.returncode == 0, run.describe()
    assert 'colors.png' in run.shots, run.describe()
    sw, sh, pixels = run.shots['colors.png']
    assert (sw, sh) == SIZES[device]
    bits = CHANNEL_BITS[device]
    assert int(run.results['numColors']) == 1 << sum(bits)
    assert run.results['isColor'] == 'true'
    ramp = [int(v, 16) for v in run.results['ramp_display'].split()]
    for c in range(3):
        shift = 16 - 8 * c
        shown = [pixels[(2 + v // 16) * sw + 2 + v % 16 + 18 * c] for v in range(256)]
        reported = [ramp[3 * v + c] for v in range(256)]
        assert shown == [r & 0xFFFFFF for r in reported], 'channel %d: screen != getDisplayColor' % c
        levels = [(p >> shift) & 0xFF for p in shown]
        # the screen keeps the top `bits` bits of the channel: equal within a group, distinct between
        groups = {}
        for v, level in enumerate(levels):
            groups.setdefault(v >> (8 - bits[c]), set()).add(level)
        assert all(len(g) == 1 for g in groups.values()), 'channel %d: not reduced to %d bits' % (c, bits[c])
        distinct = [next(iter(groups[k])) for k in sorted(groups)]
        assert len(set(distinct)) == 1 << bits[c] and distinct == sorted(distinct)
        assert all(abs(level - v) < 1 << (8 - bits[c]) for v, level in enumerate(levels)), 'far from the request'
        others = {p & ~(0xFF << shift) & 0xFFFFFF for p in shown}
        assert len(others) == 1, 'the other channels change along a one-channel ramp'
    samples = [int(v, 16) for v in run.results['sample_display'].split()]
    for k, rgb in enumerate(COLOR_SAMPLES):
        x, y = 2 + 4 * (k % 10), 24 + 4 * (k // 10)
        block = {pixels[(y + j) * sw + x + i] for i in range(4) for j in range(4)}
        assert block == {samples[k] & 0xFFFFFF}, 'sample %06x shows %s, getDisplayColor %06x' % (rgb, block, samples[k])
        if device == 'qvga':
            assert samples[k] & 0xFFFFFF == rgb
    hi, plain = run.results['display_high_byte'].split(',')
    assert hi == plain, 'getDisplayColor must ignore the high byte'
