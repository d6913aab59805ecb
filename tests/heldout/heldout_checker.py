"""Independent checker for the held-out MIDlet.

Every expectation here is worked out from the MIDP 2.0 / CLDC 1.1 rules, not from
Kava: the pixel coordinate system of Graphics (fills cover w x h, outlines and lines
cover their end points, so drawRect covers (w+1) x (h+1)), translate and clip, the
anchor points of drawImage/drawRegion, the transform definitions (mirror about the
vertical centre, then turn clockwise), drawRGB/createRGBImage with source-over alpha,
fillArc as the pixels whose centres lie inside the ellipse (or pie wedge) bounded by
the rectangle, Sprite/TiledLayer/LayerManager geometry and collisions, GameCanvas
key-state latching, key codes and game actions, Display.callSerially ordering.

`check(run_dir, stdout)` returns {check name: [failure messages]}; an empty list
means the check passed.
"""
from __future__ import annotations

import math
import re
import struct
import zlib
from pathlib import Path

W, H = 240, 320
WHITE = (255, 255, 255)


# ---------------------------------------------------------------- PNG reading
def read_png(path: Path):
    """A small PNG decoder (8-bit grey/RGB/RGBA/palette, not interlaced) -> rows of (r,g,b)."""
    data = Path(path).read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos = 8
    idat = b""
    palette = None
    width = height = depth = ctype = interlace = None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = [tuple(body[i:i + 3]) for i in range(0, len(body), 3)]
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    if depth != 8 or interlace != 0:
        raise ValueError(f"{path}: unsupported PNG (depth {depth}, interlace {interlace})")
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = width * channels
    rows = []
    prev = bytearray(stride)
    i = 0
    for _ in range(height):
        ftype = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 255
        prev = line
        row = []
        for x in range(width):
            px = line[x * channels:(x + 1) * channels]
            if ctype == 0:
                row.append((px[0], px[0], px[0]))
            elif ctype == 3:
                row.append(palette[px[0]])
            elif ctype == 4:
                row.append((px[0], px[0], px[0]))
            else:
                row.append(tuple(px[:3]))
        rows.append(row)
    return width, height, rows


# ---------------------------------------------------------------- helpers
def rgb(v: int):
    return ((v >> 16) & 255, (v >> 8) & 255, v & 255)


def over(src, alpha, dst):
    """Source-over compositing of an RGB colour with alpha 0..255 onto dst."""
    return tuple((s * alpha + d * (255 - alpha)) / 255.0 for s, d in zip(src, dst))


def mirror(grid):
    return [list(reversed(r)) for r in grid]


def rot90cw(grid):
    h, w = len(grid), len(grid[0])
    return [[grid[h - 1 - c][r] for c in range(h)] for r in range(w)]


def turn(grid, quarter_turns):
    for _ in range(quarter_turns):
        grid = rot90cw(grid)
    return grid


# the transform constants of Sprite/Graphics (MIDP 2.0 values) and their definitions
TRANS = {
    0: (False, 0),  # TRANS_NONE
    5: (False, 1),  # TRANS_ROT90
    3: (False, 2),  # TRANS_ROT180
    6: (False, 3),  # TRANS_ROT270
    2: (True, 0),   # TRANS_MIRROR
    7: (True, 1),   # TRANS_MIRROR_ROT90
    1: (True, 2),   # TRANS_MIRROR_ROT180
    4: (True, 3),   # TRANS_MIRROR_ROT270
}
TRANS_ORDER = [0, 5, 3, 6, 2, 7, 1, 4]  # the order the MIDlet draws them in


def transform(grid, t):
    m, q = TRANS[t]
    return turn(mirror(grid) if m else [list(r) for r in grid], q)


class Expect:
    """Per-feature expectations: exact pixels, tolerant pixels and don't-care pixels."""

    def __init__(self, name):
        self.name = name
        self.pixels = {}  # (x, y) -> (rgb floats, tolerance)
        self.anything = set()

    def set(self, x, y, colour, tol=0):
        self.pixels[(x, y)] = (tuple(colour), tol)
        self.anything.discard((x, y))

    def fill(self, x, y, w, h, colour, tol=0):
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                self.set(xx, yy, colour, tol)

    def claimed(self):
        return set(self.pixels) | self.anything

    def compare(self, img, limit=12):
        bad = []
        for (x, y), (col, tol) in sorted(self.pixels.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            got = img[y][x]
            if any(abs(g - c) > tol + 1e-9 for g, c in zip(got, col)):
                bad.append(f"{self.name}: pixel ({x},{y}) is {fmt(got)}, expected "
                           f"{fmt(tuple(round(c) for c in col))}" + (f" +-{tol}" if tol else ""))
        if len(bad) > limit:
            bad = bad[:limit] + [f"{self.name}: ... {len(bad) - limit} more wrong pixels"]
        return bad


def fmt(c):
    return "#%02X%02X%02X" % tuple(int(v) for v in c)


def paint_grid(e: Expect, grid, x0, y0, under=None):
    """grid cells are (rgb, alpha); alpha 0 shows `under` (or claims nothing)."""
    for j, row in enumerate(grid):
        for i, (col, alpha) in enumerate(row):
            if alpha == 255:
                e.set(x0 + i, y0 + j, col)
            elif alpha == 0:
                if under is not None:
                    e.set(x0 + i, y0 + j, under)
            else:
                e.set(x0 + i, y0 + j, over(col, alpha, under), tol=3)


# ---------------------------------------------------------------- stdout
def observations(stdout: str):
    return [line[4:] for line in stdout.splitlines() if line.startswith("OBS ")]


def find(obs, prefix):
    for o in obs:
        if o.startswith(prefix):
            return o
    return None


# ---------------------------------------------------------------- the card (Canvas)
def card_expectations(font):
    ex = []
    e = Expect("fillRect")
    e.fill(10, 10, 20, 15, rgb(0xFF0000))
    ex.append(e)

    e = Expect("drawRect")
    for x in range(40, 61):
        e.set(x, 10, rgb(0x0000FF))
        e.set(x, 25, rgb(0x0000FF))
    for y in range(10, 26):
        e.set(40, y, rgb(0x0000FF))
        e.set(60, y, rgb(0x0000FF))
    for y in range(11, 25):
        for x in range(41, 60):
            e.set(x, y, WHITE)
    ex.append(e)

    e = Expect("drawLine")
    green = rgb(0x008000)
    for i in range(11):
        e.set(70 + i, 10 + i, green)
        e.set(100 + i, 10 + i, green)
    for x in range(70, 91):
        e.set(x, 30, green)
    for y in range(10, 31):
        e.set(95, y, green)
    e.set(120, 10, green)
    for (x, y) in [(69, 30), (91, 30), (95, 9), (95, 31), (69, 9), (81, 21), (99, 9), (111, 21),
                   (119, 10), (121, 10), (120, 9), (120, 11)]:
        e.set(x, y, WHITE)
    ex.append(e)

    e = Expect("translate")
    e.fill(100, 40, 10, 10, rgb(0x00FFFF))
    e.fill(99, 39, 12, 1, WHITE)
    e.fill(99, 50, 12, 1, WHITE)
    ex.append(e)

    e = Expect("setClip")
    e.fill(10, 40, 15, 15, rgb(0xFF00FF))
    e.fill(9, 39, 17, 1, WHITE)
    e.fill(9, 55, 17, 1, WHITE)
    e.fill(9, 40, 1, 15, WHITE)
    e.fill(25, 40, 1, 15, WHITE)
    ex.append(e)

    e = Expect("clipRect")
    e.fill(30, 40, 30, 30, WHITE)
    e.fill(45, 50, 15, 20, rgb(0x808000))
    e.fill(60, 50, 1, 20, WHITE)
    e.fill(45, 70, 15, 1, WHITE)
    ex.append(e)

    e = Expect("clip_translated")
    e.fill(125, 35, 15, 15, WHITE)
    e.fill(130, 40, 5, 5, rgb(0x000080))
    ex.append(e)

    tile = [[(((x * 30 + 10), (y * 40 + 10), 0x55), 255) for x in range(8)] for y in range(6)]
    e = Expect("drawImage_anchors")
    for (x0, y0) in [(10, 70), (36, 77), (62, 84), (86, 70), (100, 74), (120, 70)]:
        e.fill(x0 - 1, y0 - 1, 10, 8, WHITE)
    for (x0, y0) in [(10, 70), (36, 77), (62, 84), (86, 70), (100, 74), (120, 70)]:
        paint_grid(e, tile, x0, y0)
    ex.append(e)

    src = [[((x * 40 + 20), (y * 60 + 20), 0xA0) for x in range(6)] for y in range(4)]
    region = [[(src[1 + j][1 + i], 255) for i in range(4)] for j in range(2)]
    for idx, t in enumerate(TRANS_ORDER):
        e = Expect(f"drawRegion_transform_{t}")
        e.fill(10 + idx * 8 - 1, 99, 6, 6, WHITE)
        paint_grid(e, transform(region, t), 10 + idx * 8, 100)
        ex.append(e)
    e = Expect("drawRegion_anchors")
    g = transform(region, 5)             # 2 wide, 4 tall; BOTTOM|RIGHT at (120,120)
    e.fill(116, 115, 5, 6, WHITE)
    paint_grid(e, g, 120 - 2, 120 - 4)
    g = transform(region, 4)             # 2x4; HCENTER|VCENTER at (140,110)
    e.fill(138, 107, 4, 6, WHITE)
    paint_grid(e, g, 140 - 1, 110 - 2)
    g = transform(region, 2)             # 4x2; HCENTER|VCENTER at (160,110)
    e.fill(157, 108, 6, 4, WHITE)
    paint_grid(e, g, 160 - 2, 110 - 1)
    ex.append(e)

    grey = rgb(0x404040)
    e = Expect("drawRGB_alpha")
    e.fill(9, 129, 14, 6, WHITE)
    for y in range(130, 134):
        for i in range(12):
            if i < 4:
                e.set(10 + i, y, grey)
            elif i < 8:
                e.set(10 + i, y, rgb(0x0000FF))
            else:
                e.set(10 + i, y, over(rgb(0x00FF00), 0x80, grey), tol=3)
    ex.append(e)
    e = Expect("drawRGB_offset_scanlength_opaque")
    e.fill(29, 129, 8, 4, WHITE)
    for j in range(2):
        for i in range(6):
            k = 1 + i
            e.set(30 + i, 130 + j, rgb(0xFF0000) if k < 4 else rgb(0x0000FF))
    ex.append(e)

    yellow = rgb(0xFFFF00)
    e = Expect("createRGBImage_alpha")
    e.fill(50, 130, 10, 4, yellow)
    e.fill(49, 129, 12, 1, WHITE)
    e.fill(49, 134, 12, 1, WHITE)
    for x in range(50, 54):
        e.set(x, 130, yellow)
        e.set(x, 131, rgb(0xFF00FF))
        e.set(x, 132, over(rgb(0x0000FF), 0x80, yellow), tol=3)
        e.set(x, 133, over(WHITE, 0x40, yellow), tol=3)
    ex.append(e)
    e = Expect("createRGBImage_opaque")
    e.fill(60, 130, 10, 4, yellow)
    e.fill(59, 134, 12, 1, WHITE)
    for x in range(60, 64):
        e.set(x, 130, (0, 0, 0))
        e.set(x, 131, rgb(0xFF00FF))
        e.set(x, 132, rgb(0x0000FF))
        e.set(x, 133, WHITE)
    ex.append(e)

    purple = rgb(0x800080)

    def arc(name, x, y, w, h, inside):
        e = Expect(name)
        cx, cy, a, b = x + w / 2, y + h / 2, w / 2, h / 2
        for py in range(y - 2, y + h + 2):
            for px in range(x - 2, x + w + 2):
                u, v = px + 0.5 - cx, py + 0.5 - cy
                d = (u / a) ** 2 + (v / b) ** 2
                if abs(d - 1) < 1e-9:
                    e.anything.add((px, py))  # centre exactly on the ellipse: either way
                elif d < 1 and inside(u, -v):
                    e.set(px, py, purple)
                else:
                    e.set(px, py, WHITE)
        return e

    ex.append(arc("fillArc_ellipse", 150, 10, 30, 20, lambda u, v: True))
    ex.append(arc("fillArc_circle_odd", 190, 10, 21, 21, lambda u, v: True))
    ex.append(arc("fillArc_quadrant", 150, 40, 40, 40, lambda u, v: u > 0 and v > 0))
    ex.append(arc("fillArc_negative_angle", 200, 40, 30, 30, lambda u, v: u > 0))

    e = Expect("mutable_image_copyArea_translate")
    e.fill(149, 279, 12, 8, WHITE)
    for y in range(6):
        for x in range(10):
            red = (x < 3 and y < 3) or (5 <= x < 8 and 2 <= y < 5)
            blue = y == 5 and 1 <= x <= 9
            e.set(150 + x, 280 + y, rgb(0xFF0000) if red else rgb(0x0000FF) if blue else WHITE)
    ex.append(e)
    e = Expect("createImage_region_transform")
    e.fill(179, 279, 4, 6, WHITE)
    paint_grid(e, transform(region, 6), 180, 280)
    ex.append(e)

    e = Expect("degenerate_rects")
    e.fill(198, 278, 32, 9, WHITE)
    e.set(200, 280, (0, 0, 0))
    for y in range(280, 284):
        e.set(205, y, (0, 0, 0))
    e.set(225, 280, (0, 0, 0))
    ex.append(e)

    # text: the ink of each string must lie within its box (no glyph shapes checked)
    sw, fh, base = font["width"], font["height"], font["baseline"]
    boxes = [
        ("text_top_left", (10, 160, 10 + sw, 160 + fh)),
        ("text_baseline_hcenter", (120 - (sw + 1) // 2, 200 - base, 120 - sw // 2 + sw, 200 - base + fh)),
        ("text_bottom_right", (230 - sw, 240 - fh, 230, 240)),
        ("text_large_top_left", (10, 260, 10 + font["lwidth"], 260 + font["lheight"])),
    ]
    texts = []
    for name, (x0, y0, x1, y1) in boxes:
        e = Expect(name)
        for yy in range(y0 - 4, y1 + 4):
            for xx in range(x0 - 4, x1 + 4):
                if x0 <= xx < x1 and y0 <= yy < y1:
                    e.anything.add((xx, yy))
                else:
                    e.set(xx, yy, WHITE)
        e.box = (x0, y0, x1, y1)
        ex.append(e)
        texts.append(e)
    return ex, texts


def check_screen(img, expectations, texts, prefix):
    res = {}
    claimed = set()
    for e in expectations:
        res[f"{prefix}{e.name}"] = e.compare(img)
        claimed |= e.claimed()
    for e in texts:
        x0, y0, x1, y1 = e.box
        ink = sum(1 for yy in range(y0, y1) for xx in range(x0, x1) if img[yy][xx] != WHITE)
        if ink == 0:
            res[f"{prefix}{e.name}"].append(f"{e.name}: no ink at all inside {e.box}")
    stray = []
    for y in range(H):
        for x in range(W):
            if (x, y) not in claimed and img[y][x] != WHITE:
                stray.append(f"stray pixel ({x},{y}) is {fmt(img[y][x])}, expected white")
    res[f"{prefix}nothing_else_drawn"] = stray[:12] + ([f"... {len(stray) - 12} more"] if len(stray) > 12 else [])
    return res


# ---------------------------------------------------------------- the game screen
def sheet_pixel(x, y):
    if (x, y) == (5, 3):
        return ((0, 0, 0), 0)
    return (((x * 40 + 15), (y * 50 + 15), 0x77), 255)


def frame(k):
    fx, fy = (k % 2) * 3, (k // 2) * 2
    return [[sheet_pixel(fx + i, fy + j) for i in range(3)] for j in range(2)]


def game_expectations():
    ex = []
    red = rgb(0xFF0000)
    e = Expect("sprite_frame_rot90")
    e.fill(18, 98, 8, 8, red)
    paint_grid(e, transform(frame(3), 5), 20, 100, under=red)
    ex.append(e)

    e = Expect("sprite_sequence_mirror_rot90")
    e.fill(38, 98, 6, 7, WHITE)
    paint_grid(e, transform(frame(0), 7), 40, 100, under=WHITE)
    ex.append(e)

    tiles = {1: rgb(0x00C000), 2: rgb(0xFF8000)}
    cells = [[1, 2, 0, 1], [2, 1, 1, 0]]

    def world(wx, wy):
        if 10 <= wx < 18 and 4 <= wy < 12:
            return rgb(0x0000FF)          # the sprite (layer 0) is on top
        if 0 <= wx < 32 and 0 <= wy < 16:
            t = cells[wy // 8][wx // 8]
            if t:
                return tiles[t]
        return WHITE

    e = Expect("layermanager_default_window")
    for sy in range(98, 120):
        for sx in range(98, 134):
            e.set(sx, sy, world(sx - 100, sy - 100))
    ex.append(e)

    e = Expect("layermanager_view_window")
    for sy in range(98, 112):
        for sx in range(148, 172):
            inside = 150 <= sx < 170 and 100 <= sy < 110
            e.set(sx, sy, world(sx - 150 + 4, sy - 100 + 4) if inside else WHITE)
    ex.append(e)
    e = Expect("tiledlayer_animated_tile")
    e.fill(59, 129, 18, 10, WHITE)
    e.fill(60, 130, 8, 8, tiles[2])
    e.fill(68, 130, 8, 8, tiles[1])
    ex.append(e)
    return ex


# ---------------------------------------------------------------- collisions (model)
class Body:
    """Opaque pixels and collision-rectangle pixels of a layer, in painter's coordinates."""

    def __init__(self, opaque, rect, visible=True):
        self.opaque, self.rect, self.visible = opaque, rect, visible


def sprite_body(grid_alpha, x, y, t=0, crect=None, visible=True):
    h, w = len(grid_alpha), len(grid_alpha[0])
    cx, cy, cw, ch = crect if crect else (0, 0, w, h)
    mask = [[(grid_alpha[j][i], cx <= i < cx + cw and cy <= j < cy + ch) for i in range(w)] for j in range(h)]
    g = transform(mask, t)
    opaque, rect = set(), set()
    for j, row in enumerate(g):
        for i, (op, inr) in enumerate(row):
            if inr:
                rect.add((x + i, y + j))
                if op:
                    opaque.add((x + i, y + j))
    return Body(opaque, rect, visible)


def collides(a: Body, b: Body, pixel: bool):
    if not (a.visible and b.visible):
        return False
    if pixel:
        return bool((a.opaque & a.rect) & (b.opaque & b.rect))
    return bool(a.rect & b.rect)


def expected_collisions():
    A = [[x < 4 for x in range(8)] for _ in range(8)]
    B = [[True] * 8 for _ in range(8)]
    C = [[x == 0 for x in range(8)] for _ in range(4)]
    exp = {}
    a = sprite_body(A, 0, 0)
    exp["c1_rect"] = collides(a, sprite_body(B, 6, 0), False)
    exp["c1_pixel"] = collides(a, sprite_body(B, 6, 0), True)
    exp["c2_pixel"] = collides(a, sprite_body(B, 3, 0), True)
    am = sprite_body(A, 0, 0, t=2)
    exp["c3_mirror_pixel_right"] = collides(am, sprite_body(B, 6, 0), True)
    exp["c3_mirror_pixel_left"] = collides(am, sprite_body(B, -5, 0), True)
    exp["c3_mirror_rect_left"] = collides(am, sprite_body(B, -5, 0), False)
    asmall = sprite_body(A, 0, 0, crect=(0, 0, 2, 2))
    exp["c4_small_rect_far"] = collides(asmall, sprite_body(B, 3, 0), False)
    exp["c4_small_rect_near"] = collides(asmall, sprite_body(B, 1, 1), False)
    exp["c5_invisible"] = collides(a, sprite_body(B, 2, 2, visible=False), False)
    exp["c5_visible"] = collides(a, sprite_body(B, 2, 2), False)
    exp["c6_adjacent"] = collides(a, sprite_body(B, 8, 0), False)
    exp["c6_corner"] = collides(a, sprite_body(B, 7, 7), False)
    exp["c7_image_pixel_overlap"] = collides(a, sprite_body(B, 2, 0), True)
    exp["c7_image_pixel_clear"] = collides(a, sprite_body(B, 4, 0), True)
    exp["c7_image_rect"] = collides(a, sprite_body(B, 4, 0), False)
    c = sprite_body(C, 20, 20, t=5)
    exp["c8_rot90_below"] = collides(c, sprite_body(B, 20, 21), True)
    exp["c8_rot90_above"] = collides(c, sprite_body(B, 20, 13), True)
    # TiledLayer 4x2 of 8x8 at (40,40): cell (0,0) = tile 1 (opaque), (2,0) = tile 2 (clear)
    tl_rect, tl_opaque = set(), set()
    for (col, row, tile) in [(0, 0, 1), (2, 0, 2)]:
        for j in range(8):
            for i in range(8):
                p = (40 + col * 8 + i, 40 + row * 8 + j)
                tl_rect.add(p)
                if tile == 1:
                    tl_opaque.add(p)
    tl = Body(tl_opaque, tl_rect)
    exp["c9_empty_cell"] = collides(sprite_body(B, 48, 40), tl, False)
    exp["c9_tile_cell"] = collides(sprite_body(B, 44, 40), tl, False)
    exp["c9_clear_tile_rect"] = collides(sprite_body(B, 56, 40), tl, False)
    exp["c9_clear_tile_pixel"] = collides(sprite_body(B, 56, 40), tl, True)
    return exp


# ---------------------------------------------------------------- stdout checks
def check_stdout(obs):
    res = {}

    def expect(name, cond, msg):
        res.setdefault(name, [])
        if not cond:
            res[name].append(msg)

    expect("lifecycle", obs[:2] == ["CONSTRUCT", "START"], f"first observations {obs[:2]}")
    expect("lifecycle", obs and obs[-1] == "DESTROY true", f"last observation {obs[-1:]} (quit -> destroyApp(true))")
    expect("lifecycle", "PAUSE" not in obs, "pauseApp was called")
    expect("app_properties", "APPPROP Heldout-Greeting=hello from the JAD" in obs, "JAD attribute not read")
    expect("app_properties", "APPPROP MIDlet-Name=Heldout Card" in obs, "MIDlet-Name not read")
    expect("app_properties", "SYSPROP microedition.profiles=MIDP-2.0" in obs, "microedition.profiles")
    expect("app_properties", "SYSPROP microedition.configuration=CLDC-1.1" in obs, "microedition.configuration")

    expect("canvas_size", "CANVAS 240x320" in obs, f"full-screen Canvas size: {find(obs, 'CANVAS')}")
    expect("canvas_size", "GAMECANVAS 240x320" in obs, f"full-screen GameCanvas size: {find(obs, 'GAMECANVAS')}")
    expect("graphics_state", "TRANSLATE 100,40" in obs, f"{find(obs, 'TRANSLATE')}")
    expect("graphics_state", "CLIP 45,50,15,20" in obs, f"clipRect intersection: {find(obs, 'CLIP ')}")
    expect("graphics_state", "CLIPTRANS 0,130" in obs, f"clip follows translation: {find(obs, 'CLIPTRANS')}")
    expect("graphics_state", "COLOR 00123456 18,52,86" in obs, f"{find(obs, 'COLOR')}")
    expect("graphics_state", "GRAY 128 00808080" in obs, f"{find(obs, 'GRAY')}")

    # images
    expect("image_getRGB", "IMAGE tile86 8x6 mutable=false" in obs, f"{find(obs, 'IMAGE tile86')}")
    expect("image_getRGB", "IMAGE mutable 5x3 mutable=true" in obs, f"{find(obs, 'IMAGE mutable')}")
    expect("image_getRGB", "GETRGB mutable-new FFFFFFFF" in obs,
           f"a new mutable image is white and opaque: {find(obs, 'GETRGB mutable')}")
    line = find(obs, "GETRGB alpha ") or ""
    parts = line.split()[2:]
    expect("image_getRGB", len(parts) == 3 and parts[0][:2] == "00" and parts[1] == "FFFF00FF",
           f"alpha image getRGB: transparent pixel must have alpha 0, opaque one stays FFFF00FF: {line}")
    expect("image_getRGB", "GETRGB opaque FF000000 FFFF00FF FF0000FF" in obs,
           f"processAlpha=false makes every pixel opaque: {find(obs, 'GETRGB opaque')}")

    # fonts: substringWidth/charsWidth equal stringWidth of the same characters
    m = re.search(r"FONT medium width=(\d+) height=(\d+) baseline=(\d+) sub=(\d+) subref=(\d+) "
                  r"chars=(\d+) charsref=(\d+) empty=(\d+)", "\n".join(obs))
    expect("font_metrics", m is not None, "no FONT medium line")
    if m:
        v = list(map(int, m.groups()))
        expect("font_metrics", v[3] == v[4], f"substringWidth {v[3]} != stringWidth {v[4]}")
        expect("font_metrics", v[5] == v[6], f"charsWidth {v[5]} != stringWidth {v[6]}")
        expect("font_metrics", v[7] == 0, "stringWidth(\"\") != 0")
        expect("font_metrics", 0 < v[2] <= v[1], f"baseline {v[2]} not within height {v[1]}")
    m2 = re.search(r"FONT large width=(\d+) height=(\d+) baseline=(\d+) bold=(\w+) size=(\d+)", "\n".join(obs))
    expect("font_metrics", m2 is not None and m2.group(4) == "true" and m2.group(5) == "16",
           f"large bold font: {m2.group(0) if m2 else None}")

    # keys
    expect("game_actions", "KEYCODE UP=1 DOWN=6 LEFT=2 RIGHT=5 FIRE=8" in obs,
           f"getGameAction(getKeyCode(a)) == a: {find(obs, 'KEYCODE')}")
    presses = [o for o in obs if o.startswith("KEY pressed")]
    digits = presses[:10]
    want = [f"KEY pressed {48 + d}" for d in range(10)]
    expect("digit_key_codes", [p.split(" action")[0] for p in digits] == want,
           f"digit presses {digits} (expected codes 48..57 in order)")
    rel = [o for o in obs if o.startswith("KEY released")][:10]
    expect("digit_key_codes", rel == [f"KEY released {48 + d}" for d in range(10)],
           f"digit releases {rel}")
    arrows = presses[10:14]
    acts = [int(p.split("action=")[1]) for p in arrows]
    expect("arrow_game_actions", acts == [1, 6, 2, 5], f"arrow presses {arrows}: actions should be UP,DOWN,LEFT,RIGHT")
    fire = [p for p in presses if p.endswith("action=8") and int(p.split()[2]) not in range(48, 58)]
    expect("arrow_game_actions", len(fire) == 1, f"FIRE key press with action FIRE: {fire}")
    # every press delivered before its release, strictly alternating on the Canvas
    seq = [o for o in obs if o.startswith("KEY ")]
    ok = all(seq[i].startswith("KEY pressed") for i in range(0, len(seq) - 1, 2)) and all(
        seq[i].startswith("KEY released") and seq[i].split()[2] == seq[i - 1].split()[2]
        for i in range(1, len(seq), 2))
    expect("key_delivery", ok, f"keyPressed/keyReleased not paired in order: {seq}")

    # virtual time
    times = [int(o.split()[1]) for o in obs if o.startswith("TIME ")]
    start = int((find(obs, "STARTTIME") or "STARTTIME 0").split()[1])
    expect("virtual_time", len(times) == 2, f"TIME lines {times}")
    if len(times) == 2:
        d = times[1] - times[0]
        expect("virtual_time", 5000 <= d <= 5000 + 2100,
               f"currentTimeMillis advanced {d} ms across `wait 5000` (+ one key)")
        expect("virtual_time", start <= times[0], "clock went backwards")
    expect("virtual_time", 1262304000000 <= start < 1262304000000 + 60000,
           f"scripted clock starts at 2010-01-01T00:00:00Z (docs/phone.md): {start}")

    # callSerially
    try:
        i_q = obs.index("SERIAL queued")
        tail = obs[i_q + 1:]
        serial = [o for o in tail if o.startswith("SERIAL") or o.startswith("PAINT")]
        expect("callSerially_order", serial[:5] == ["PAINT marker=1", "SERIAL 1 painted=1 of 1", "SERIAL 2",
                                                   "SERIAL 3", "SERIAL 4"],
               f"after repaint()+callSerially(1,2,3) (1 queues 4): {serial[:6]}")
        expect("callSerially_order", sum(1 for o in obs if o.startswith("SERIAL ") and o != "SERIAL queued") == 4,
               "each run() exactly once")
    except ValueError:
        expect("callSerially_order", False, "no SERIAL queued line")

    # collisions
    exp = expected_collisions()
    got = {}
    for o in obs:
        if o.startswith("COLL "):
            _, name, val = o.split()
            got[name] = val == "true"
    for name, v in exp.items():
        expect(f"collision_{name}", got.get(name) == v, f"{name}: Kava says {got.get(name)}, spec gives {v}")
    expect("sprite_api", "SPRITE rot90 size 4x8" in obs,
           f"getWidth/getHeight follow the transform: {find(obs, 'SPRITE rot90')}")
    expect("sprite_api", "SPRITE frames raw=4 seq=4" in obs, f"{find(obs, 'SPRITE frames')}")
    expect("sprite_api", "SPRITE seq frame=1 len=2" in obs, f"{find(obs, 'SPRITE seq')}")
    expect("sprite_api", "LAYERS size=2 top=true" in obs, f"{find(obs, 'LAYERS')}")
    expect("sprite_api", "ANIMTILE index=-1 shows=2 cell=-1 size=16x8" in obs, f"{find(obs, 'ANIMTILE')}")
    expect("image_getRGB", "TURNED 2x4 mutable=false" in obs, f"createImage(img,x,y,w,h,ROT270): {find(obs, 'TURNED')}")

    # key states: polls 1..8 (poll 0 only clears the latch)
    states = {}
    for o in obs:
        if o.startswith("STATES "):
            _, i, v = o.split()
            states[int(i)] = int(v)
    want = {1: 1 << 1, 2: 0, 3: 1 << 2, 4: 1 << 2, 5: 0, 6: (1 << 5) | (1 << 6), 7: 0, 8: 1 << 8}
    for i, v in want.items():
        expect("getKeyStates_latching", states.get(i) == v, f"poll {i}: getKeyStates() = {states.get(i)}, expected {v}")
    gk = [o for o in obs if o.startswith("GKEY pressed") and not o.startswith("GKEY pressed 48")]
    acts = [int(o.split("action=")[1]) for o in gk]
    expect("gamecanvas_key_events", acts == [1, 2, 5, 6, 8, 0],
           f"GameCanvas(false) still gets keyPressed for game keys: {gk}")
    expect("gamecanvas_key_events", "FLUSHED partial" in obs, "the * key was not delivered")
    return res


# ---------------------------------------------------------------- entry point
def check(run_dir: Path, stdout: str):
    obs = observations(stdout)
    results = check_stdout(obs)
    m = re.search(r"FONT medium width=(\d+) height=(\d+) baseline=(\d+)", stdout)
    m2 = re.search(r"FONT large width=(\d+) height=(\d+)", stdout)
    font = {"width": int(m.group(1)), "height": int(m.group(2)), "baseline": int(m.group(3)),
            "lwidth": int(m2.group(1)), "lheight": int(m2.group(2))} if m and m2 else \
        {"width": 44, "height": 12, "baseline": 9, "lwidth": 16, "lheight": 16}

    card_ex, texts = card_expectations(font)
    for shot in ("card", "card2"):
        w, h, img = read_png(run_dir / f"{shot}.png")
        results[f"{shot}_size"] = [] if (w, h) == (W, H) else [f"{shot}.png is {w}x{h}, expected {W}x{H}"]
        if (w, h) == (W, H):
            results.update(check_screen(img, card_ex, texts, f"{shot}_"))

    game_ex = game_expectations()
    w, h, img = read_png(run_dir / "game.png")
    results.update(check_screen(img, game_ex, [], "game_"))

    flush_ex = game_expectations()
    e = Expect("flushGraphics_region")
    e.fill(99, 199, 42, 22, WHITE)
    e.fill(100, 200, 20, 20, rgb(0x00AA00))
    flush_ex.append(e)
    w, h, img = read_png(run_dir / "flush.png")
    results.update(check_screen(img, flush_ex, [], "flush_"))
    return results


if __name__ == "__main__":
    import sys
    d = Path(sys.argv[1])
    out = (d / "stdout.txt").read_text() if (d / "stdout.txt").exists() else sys.stdin.read()
    r = check(d, out)
    for k in sorted(r):
        print(("FAIL " if r[k] else "ok   ") + k)
        for msg in r[k]:
            print("     " + msg)


def all_check_names():
    """Every check name `check` reports, known before running (for pytest parametrization)."""
    names = set(check_stdout([]))
    names |= {f"collision_{n}" for n in expected_collisions()}
    card_ex, texts = card_expectations({"width": 44, "height": 12, "baseline": 9, "lwidth": 16, "lheight": 16})
    for shot in ("card", "card2"):
        names.add(f"{shot}_size")
        names |= {f"{shot}_{e.name}" for e in card_ex}
        names.add(f"{shot}_nothing_else_drawn")
    for shot, extra in (("game", []), ("flush", ["flushGraphics_region"])):
        names |= {f"{shot}_{e.name}" for e in game_expectations()}
        names |= {f"{shot}_{n}" for n in extra}
        names.add(f"{shot}_nothing_else_drawn")
    return sorted(names)
