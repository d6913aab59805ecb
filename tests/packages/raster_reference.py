"""Slow pure-Python references for tests/packages/test_raster.py.

Written from the MIDP Graphics wording and the rules documented in
packages/graphics/raster.pyx, with exact rationals, pixel by pixel, without
calling the rasterizer.  Each shape is a predicate on one pixel, so it can be
evaluated on a small window of a huge shape.  Pixel (px, py) has its centre at
(px + 1/2, py + 1/2) and its pen point at (px, py).
"""

import math
from fractions import Fraction as F

HALF = F(1, 2)


def dash(m):
    """The documented DOTTED pattern: 2 on, 2 off."""
    return m % 4 < 2


# ------------------------------------------------------------------ rects, lines

def in_fill_rect(px, py, x, y, rw, rh):
    return x <= px < x + rw and y <= py < y + rh


def in_draw_rect(px, py, x, y, rw, rh):
    """drawRect covers the border of the (rw+1) x (rh+1) box."""
    if rw < 0 or rh < 0 or not (x <= px <= x + rw and y <= py <= y + rh):
        return False
    return px in (x, x + rw) or py in (y, y + rh)


def line_pixels(x1, y1, x2, y2, window=None):
    """{(px, py): dash index}: in each column (x-major) the pixel nearest the
    ideal line, a tie to the larger y; y-major likewise with axes swapped.
    The dash index is the number of major-axis steps from (x1, y1).  With a
    window (x0, y0, x1, y1 exclusive), only its columns/rows are computed."""
    dx, dy = x2 - x1, y2 - y1
    out = {}
    if abs(dx) >= abs(dy):
        lo, hi = min(x1, x2), max(x1, x2)
        if window:
            lo, hi = max(lo, window[0]), min(hi, window[2] - 1)
        for px in range(lo, hi + 1):
            yy = y1 + (F(dy * (px - x1), dx) if dx else 0)
            out[(px, math.floor(yy + HALF))] = abs(px - x1)
    else:
        lo, hi = min(y1, y2), max(y1, y2)
        if window:
            lo, hi = max(lo, window[1]), min(hi, window[3] - 1)
        for py in range(lo, hi + 1):
            xx = x1 + F(dx * (py - y1), dy)
            out[(math.floor(xx + HALF), py)] = abs(py - y1)
    return out


# ------------------------------------------------------------------ ellipses, round rects

def in_round_shape(X, Y, x, y, W, H, aw, ah):
    """Point (X, Y) inside the W x H box at (x, y) whose corners are quarters
    of an aw x ah ellipse (aw or ah 0: square corners), boundary included."""
    if not (x <= X <= x + W and y <= Y <= y + H):
        return False
    if aw == 0 or ah == 0:
        return True
    a, b = F(aw, 2), F(ah, 2)
    # The corner ellipse's centre nearest to the point (the point itself,
    # along an axis where it lies between the corner zones).
    ex = x + a if X < x + a else (x + W - a if X > x + W - a else X)
    ey = y + b if Y < y + b else (y + H - b if Y > y + H - b else Y)
    return ((X - ex) / a) ** 2 + ((Y - ey) / b) ** 2 <= 1


def clamp_arc(arc, size):
    return min(max(arc, 0), size)


def in_fill_round_rect(px, py, x, y, rw, rh, aw, ah):
    if rw <= 0 or rh <= 0:
        return False
    return in_round_shape(px + HALF, py + HALF, x, y, rw, rh,
                          clamp_arc(aw, rw), clamp_arc(ah, rh))


def in_ellipse(px, py, x, y, rw, rh):
    """Centre of (px, py) inside the ellipse inscribed in the rw x rh box."""
    if rw <= 0 or rh <= 0:
        return False
    cx, cy = x + F(rw, 2), y + F(rh, 2)
    return ((px + HALF - cx) / F(rw, 2)) ** 2 + ((py + HALF - cy) / F(rh, 2)) ** 2 <= 1


# Exact directions of the rays at multiples of 45 degrees (y up).
_RAYS45 = {0: (1, 0), 45: (1, 1), 90: (0, 1), 135: (-1, 1), 180: (-1, 0),
           225: (-1, -1), 270: (0, -1), 315: (1, -1)}


def in_angles(nx, ny, start, arc):
    """Is the direction (nx, ny) (exact rationals, y up, already skewed onto
    the square) within the closed range start..start+arc?  None when it lies
    so close to a ray at a non-multiple of 45 degrees that floating point
    cannot tell (the rasterizer's rays there are rounded)."""
    if arc == 0:
        return False
    if abs(arc) >= 360 or (nx == 0 and ny == 0):
        return True
    lo = start if arc > 0 else start + arc
    sweep = abs(arc)
    for b in (lo % 360, (lo + sweep) % 360):
        if b % 45 == 0:
            rx, ry = _RAYS45[b]
            if rx * ny - ry * nx == 0 and rx * nx + ry * ny > 0:
                return True          # exactly on a boundary ray
    phi = math.degrees(math.atan2(float(ny), float(nx)))
    for b in (lo, lo + sweep):
        gap = abs((phi - b + 180) % 360 - 180)
        if gap < 1e-6 and b % 45 != 0:
            return None
    return (phi - lo) % 360 <= sweep


def in_fill_arc(px, py, x, y, rw, rh, start, arc):
    if not in_ellipse(px, py, x, y, rw, rh):
        return False
    # Skewed direction of the centre: (X - cx) / rw, -(Y - cy) / rh.
    nx = (px + HALF - x - F(rw, 2)) / rw
    ny = -(py + HALF - y - F(rh, 2)) / rh
    return in_angles(nx, ny, start, arc)


def outline(inside, px, py, x, y):
    """Outline membership and dash index of pixel (px, py) for the filled
    shape `inside(px, py)`: a pixel of the shape with a 4-neighbour outside.
    Returns None if not on the outline, else the dash index m: py - y on a
    vertical stretch (above and below inside, or left and right outside),
    else px - x."""
    if not inside(px, py):
        return None
    up, down = inside(px, py - 1), inside(px, py + 1)
    left, right = inside(px - 1, py), inside(px + 1, py)
    if up and down and left and right:
        return None
    vertical = (up and down) or (not left and not right)
    return py - y if vertical else px - x


def draw_round_rect_m(px, py, x, y, rw, rh, aw, ah):
    """Dash index of (px, py) on draw_round_rect's outline, or None."""
    if rw < 0 or rh < 0:
        return None
    aw, ah = clamp_arc(aw, rw) + 1, clamp_arc(ah, rh) + 1

    def inside(i, j):
        return in_round_shape(i + HALF, j + HALF, x, y, rw + 1, rh + 1, aw, ah)
    return outline(inside, px, py, x, y)


def draw_arc_m(px, py, x, y, rw, rh, start, arc):
    """Dash index of (px, py) on draw_arc's outline, False if off the angle
    range, None if not on the outline; 'skip' when the angle is undecidable."""
    if rw < 0 or rh < 0:
        return None

    def inside(i, j):
        return in_ellipse(i, j, x, y, rw + 1, rh + 1)
    m = outline(inside, px, py, x, y)
    if m is None:
        return None
    # Direction of the pen point, skewed by the box (a size 0 counts as 1).
    nx = (px - x - F(rw, 2)) / max(rw, 1)
    ny = -(py - y - F(rh, 2)) / max(rh, 1)
    ok = in_angles(nx, ny, start, arc)
    if ok is None:
        return 'skip'
    return m if ok else False


# ------------------------------------------------------------------ triangles

def edge_side(ax, ay, bx, by, X, Y):
    """Sign of the cross product (b - a) x (P - a) (y down)."""
    v = (bx - ax) * (Y - ay) - (by - ay) * (X - ax)
    return (v > 0) - (v < 0)


def triangle_class(px, py, pts):
    """'in' if the centre of (px, py) is strictly inside, 'out' if strictly
    outside, 'edge' if on an edge of the (non-degenerate) triangle."""
    X, Y = px + HALF, py + HALF
    (x1, y1), (x2, y2), (x3, y3) = pts
    s = [edge_side(x1, y1, x2, y2, X, Y), edge_side(x2, y2, x3, y3, X, Y),
         edge_side(x3, y3, x1, y1, X, Y)]
    if all(v > 0 for v in s) or all(v < 0 for v in s):
        return 'in'
    if (any(v > 0 for v in s) and any(v < 0 for v in s)):
        return 'out'
    return 'edge'


# ------------------------------------------------------------------ images

def s32(v):
    """An int as a Java int (signed 32-bit)."""
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v & 0x80000000 else v


def blend_ref(d, s):
    """Source-over onto an opaque pixel, each channel rounded to nearest."""
    a = (s >> 24) & 0xFF
    out = 0xFF000000
    for shift in (16, 8, 0):
        sc, dc = (s >> shift) & 0xFF, (d >> shift) & 0xFF
        out |= round(F(sc * a + dc * (255 - a), 255)) << shift
    return s32(out)


def transform_image(img, transform):
    """img (list of rows) under a javax.microedition.lcdui.game.Sprite
    transform: mirror about the vertical axis first (if any), then rotate
    clockwise."""
    mirror, quarter_turns = {
        0: (False, 0), 5: (False, 1), 3: (False, 2), 6: (False, 3),
        2: (True, 0), 7: (True, 1), 1: (True, 2), 4: (True, 3)}[transform]
    if mirror:
        img = [row[::-1] for row in img]
    for _ in range(quarter_turns):
        img = [list(col) for col in zip(*img[::-1])]   # clockwise quarter turn
    return img
