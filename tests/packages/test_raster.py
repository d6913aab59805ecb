"""Pixel tests of packages.graphics.raster against the pure-Python references
in raster_reference.py (the MIDP rules and the module's documented ones)."""

import math
import random
from array import array

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from packages.graphics import raster as R
from tests.packages.raster_reference import (
    blend_ref, dash, draw_arc_m, draw_round_rect_m, in_draw_rect, in_fill_arc,
    in_fill_rect, in_fill_round_rect, line_pixels, s32, transform_image, triangle_class)

BG = s32(0xFF203040)
RGB = 0x12AB34
INK = s32(0xFF12AB34)
INT_MIN, INT_MAX = -2 ** 31, 2 ** 31 - 1


def canvas(w, h, fill=BG):
    return array('i', [fill]) * (w * h)


def paint(fn, w, h, clip, *args):
    """A w x h canvas of BG with fn drawn on it; clip is (x1, y1, x2, y2)."""
    b = canvas(w, h)
    fn(b, w, h, *clip, *args)
    return b


def inked(b, w, h):
    return {(i % w, i // w) for i in range(w * h) if b[i] == INK}


def assert_only(b, w, h, expected):
    """Exactly the pixels in `expected` are INK; every other one is untouched."""
    got = inked(b, w, h)
    assert got == expected, (sorted(got - expected)[:10], sorted(expected - got)[:10])
    assert all(b[i] in (BG, INK) for i in range(w * h))


def window(w, h, clip):
    x1, y1, x2, y2 = clip
    return [(px, py) for py in range(max(y1, 0), min(y2, h)) for px in range(max(x1, 0), min(x2, w))]


FULL = (0, 0, 10 ** 6, 10 ** 6)        # a clip larger than any canvas here


# ------------------------------------------------------------------ fill_rect / draw_rect

@pytest.mark.parametrize('args', [(2, 3, 5, 4), (0, 0, 1, 1), (-3, -2, 6, 5), (7, 7, 10, 10),
                                  (2, 2, 0, 5), (2, 2, 5, 0), (2, 2, -1, 3)])
def test_fill_rect(args):
    w, h = 12, 10
    b = paint(R.fill_rect, w, h, FULL, *args, RGB)
    assert_only(b, w, h, {p for p in window(w, h, FULL) if in_fill_rect(*p, *args)})


@pytest.mark.parametrize('args', [(2, 3, 5, 4), (0, 0, 0, 0), (1, 1, 0, 6), (1, 1, 6, 0),
                                  (-3, -2, 6, 5), (3, 3, 1, 1), (2, 2, -1, 3), (2, 2, 3, -1)])
def test_draw_rect(args):
    w, h = 12, 10
    b = paint(R.draw_rect, w, h, FULL, *args, RGB, False)
    assert_only(b, w, h, {p for p in window(w, h, FULL) if in_draw_rect(*p, *args)})


def test_draw_rect_covers_one_more_than_fill():
    """drawRect(x, y, w, h) spans w+1 x h+1: its right column is x + w."""
    b = paint(R.draw_rect, 10, 10, FULL, 1, 1, 4, 3, RGB, False)
    got = inked(b, 10, 10)
    assert min(p[0] for p in got) == 1 and max(p[0] for p in got) == 5
    assert min(p[1] for p in got) == 1 and max(p[1] for p in got) == 4


def test_fill_rect_opaque_ignores_alpha_bits():
    b = paint(R.fill_rect, 4, 4, FULL, 0, 0, 4, 4, s32(0x0012AB34))
    assert set(b) == {INK}
    b = paint(R.fill_rect, 4, 4, FULL, 0, 0, 4, 4, s32(0x7F12AB34))
    assert set(b) == {INK}


def test_dotted_rect_pattern():
    """Top and bottom edges counted along x from x, sides along y from y."""
    w, h = 20, 16
    x, y, rw, rh = 2, 1, 13, 11
    b = paint(R.draw_rect, w, h, FULL, x, y, rw, rh, RGB, True)
    exp = set()
    for px in range(x, x + rw + 1):
        if dash(px - x):
            exp |= {(px, y), (px, y + rh)}
    for py in range(y + 1, y + rh):
        if dash(py - y):
            exp |= {(x, py), (x + rw, py)}
    assert_only(b, w, h, exp)


@pytest.mark.parametrize('dotted', [False, True])
@pytest.mark.parametrize('args', [(1, 1, 9, 6), (0, 0, 0, 7), (2, 3, 7, 0), (1, 2, 1, 8),
                                  (3, 1, 8, 1), (0, 0, 0, 0)])
def test_degenerate_rects_are_lines(args, dotted):
    """A width-0 rect is the vertical line from (x, y), a height-0 one the
    horizontal line, also when dotted; and round rect arc 0 == rect."""
    x, y, rw, rh = args
    w, h = 14, 12
    b = paint(R.draw_rect, w, h, FULL, *args, RGB, dotted)
    if rw == 0 or rh == 0:
        line = paint(R.draw_line, w, h, FULL, x, y, x + rw, y + rh, RGB, dotted)
        assert b == line
    rr = paint(R.draw_round_rect, w, h, FULL, *args, 0, 0, RGB, dotted)
    assert b == rr


# ------------------------------------------------------------------ lines

LINES = [(0, 0, 9, 0), (0, 0, 0, 9), (0, 0, 9, 9), (9, 0, 0, 9), (1, 2, 11, 5), (11, 5, 1, 2),
         (2, 1, 5, 11), (0, 0, 4, 1), (0, 0, 1, 4), (3, 3, 3, 3), (1, 8, 12, 1), (0, 5, 13, 4),
         (-5, -3, 20, 12), (6, 0, 5, 11), (0, 0, 2, 1), (0, 1, 2, 0)]


@pytest.mark.parametrize('seg', LINES)
def test_draw_line(seg):
    w, h = 14, 12
    b = paint(R.draw_line, w, h, FULL, *seg, RGB, False)
    ref = line_pixels(*seg)
    assert_only(b, w, h, {p for p in ref if 0 <= p[0] < w and 0 <= p[1] < h})


@pytest.mark.parametrize('seg', LINES)
def test_line_endpoints_and_symmetry(seg):
    w, h = 30, 30
    x1, y1, x2, y2 = seg
    a = paint(R.draw_line, w, h, FULL, x1 + 8, y1 + 8, x2 + 8, y2 + 8, RGB, False)
    b = paint(R.draw_line, w, h, FULL, x2 + 8, y2 + 8, x1 + 8, y1 + 8, RGB, False)
    assert a == b
    got = inked(a, w, h)
    assert (x1 + 8, y1 + 8) in got and (x2 + 8, y2 + 8) in got
    # One pixel per step of the major axis.
    assert len(got) == max(abs(x2 - x1), abs(y2 - y1)) + 1


def test_line_tie_rule():
    """(0,0)-(2,1) passes through y = 1/2 at x = 1: the tie goes to the larger y;
    y-major (0,0)-(1,2) likewise to the larger x, in either direction."""
    for seg in [(0, 0, 2, 1), (2, 1, 0, 0)]:
        assert inked(paint(R.draw_line, 4, 4, FULL, *seg, RGB, False), 4, 4) == {(0, 0), (1, 1), (2, 1)}
    for seg in [(0, 0, 1, 2), (1, 2, 0, 0)]:
        assert inked(paint(R.draw_line, 4, 4, FULL, *seg, RGB, False), 4, 4) == {(0, 0), (1, 1), (1, 2)}
    for seg in [(0, 1, 2, 0), (2, 0, 0, 1)]:
        assert inked(paint(R.draw_line, 4, 4, FULL, *seg, RGB, False), 4, 4) == {(0, 1), (1, 1), (2, 0)}


@pytest.mark.parametrize('seg', LINES)
def test_dotted_line_pattern(seg):
    """Dots: 2 on, 2 off, counted in major-axis steps from the first endpoint."""
    w, h = 14, 12
    b = paint(R.draw_line, w, h, FULL, *seg, RGB, True)
    ref = line_pixels(*seg)
    assert_only(b, w, h, {p for p, k in ref.items() if dash(k) and 0 <= p[0] < w and 0 <= p[1] < h})


def test_dotted_line_phase_ignores_clip():
    w, h = 20, 20
    seg = (1, 2, 18, 9)
    full = paint(R.draw_line, w, h, FULL, *seg, RGB, True)
    clip = (7, 0, 13, 20)
    clipped = paint(R.draw_line, w, h, clip, *seg, RGB, True)
    assert inked(clipped, w, h) == {p for p in inked(full, w, h) if 7 <= p[0] < 13}


def test_line_with_far_endpoints():
    """Endpoints near the int range's ends: compare a window with the exact reference."""
    w, h = 40, 30
    for seg in [(INT_MIN, INT_MIN + 7, INT_MAX, INT_MAX - 3), (INT_MAX, -5, INT_MIN, 17),
                (-1000003, 12, 999999, 15), (17, INT_MIN, 23, INT_MAX), (INT_MIN, 0, INT_MAX, 0),
                (INT_MIN, INT_MIN, INT_MAX, INT_MAX)]:
        for dotted in (False, True):
            b = paint(R.draw_line, w, h, FULL, *seg, RGB, dotted)
            ref = line_pixels(*seg, window=(0, 0, w, h))
            exp = {p for p, k in ref.items() if 0 <= p[0] < w and 0 <= p[1] < h and (not dotted or dash(k))}
            assert_only(b, w, h, exp)


# ------------------------------------------------------------------ arcs

ARC_BOXES = [(1, 1, 12, 8), (0, 0, 9, 9), (2, 1, 5, 10), (1, 2, 1, 1), (3, 3, 2, 2), (1, 1, 13, 3),
             (1, 1, 4, 4), (-4, -3, 20, 14), (1, 1, 0, 6), (1, 1, 6, 0), (2, 2, 1, 7)]
ANGLES = [(0, 360), (0, 90), (45, 90), (30, 120), (90, -135), (-45, 270), (200, 500), (10, 0),
          (0, -360), (315, 45), (0, 180), (180, 181), (-720, 45), (359, 2), (135, -90), (60, 30)]


def check_fill_arc(w, h, clip, box, start, arc):
    b = paint(R.fill_arc, w, h, clip, *box, start, arc, RGB)
    got = inked(b, w, h)
    assert all(b[i] in (BG, INK) for i in range(w * h))
    for p in window(w, h, (-10 ** 6, -10 ** 6, 10 ** 6, 10 ** 6)):
        inside_clip = clip[0] <= p[0] < clip[2] and clip[1] <= p[1] < clip[3]
        exp = in_fill_arc(*p, *box, start, arc) if inside_clip else False
        if exp is not None:
            assert (p in got) == exp, (p, box, start, arc)


def check_draw_arc(w, h, clip, box, start, arc, dotted):
    b = paint(R.draw_arc, w, h, clip, *box, start, arc, RGB, dotted)
    got = inked(b, w, h)
    assert all(b[i] in (BG, INK) for i in range(w * h))
    for p in window(w, h, (-10 ** 6, -10 ** 6, 10 ** 6, 10 ** 6)):
        inside_clip = clip[0] <= p[0] < clip[2] and clip[1] <= p[1] < clip[3]
        m = draw_arc_m(*p, *box, start, arc) if inside_clip else None
        if m == 'skip':
            continue
        exp = m is not None and m is not False and (not dotted or dash(m))
        assert (p in got) == exp, (p, box, start, arc, dotted)


@pytest.mark.parametrize('box', ARC_BOXES)
@pytest.mark.parametrize('angles', ANGLES)
def test_fill_arc(box, angles):
    check_fill_arc(16, 12, FULL, box, *angles)


@pytest.mark.parametrize('box', ARC_BOXES)
@pytest.mark.parametrize('angles', ANGLES)
def test_draw_arc(box, angles):
    check_draw_arc(16, 12, FULL, box, *angles, False)


@pytest.mark.parametrize('box', ARC_BOXES)
@pytest.mark.parametrize('angles', [(0, 360), (30, 120), (-45, 270)])
def test_dotted_arc(box, angles):
    check_draw_arc(16, 12, FULL, box, *angles, True)


def test_arc_45_degrees_is_the_box_diagonal():
    """On a 20 x 10 box the 0..45 slice is bounded by the line to the
    top-right corner, not by the plane's 45-degree line."""
    got = inked(paint(R.fill_arc, 22, 12, FULL, 0, 0, 20, 10, 0, 45, RGB), 22, 12)
    assert got
    for px, py in got:
        u, v = px + 0.5 - 10, 5 - (py + 0.5)      # centre offset, y up
        assert v >= 0 and v / 5 <= u / 10         # above the axis, below the diagonal
    # (14, 2) is at 29 degrees in the plane but above the box's diagonal.
    assert (14, 2) not in got and (15, 2) in got


def test_arc_directions():
    """0 degrees is 3 o'clock, positive is counter-clockwise, negative clockwise."""
    b = paint(R.fill_arc, 20, 20, FULL, 0, 0, 20, 20, 80, 20, RGB)   # around 12 o'clock
    assert all(py < 10 for _, py in inked(b, 20, 20))
    b = paint(R.fill_arc, 20, 20, FULL, 0, 0, 20, 20, 0, -90, RGB)   # bottom right quarter
    assert inked(b, 20, 20) and all(px >= 10 and py >= 10 for px, py in inked(b, 20, 20))
    b = paint(R.fill_arc, 20, 20, FULL, 0, 0, 20, 20, 180, 90, RGB)  # bottom left quarter
    assert inked(b, 20, 20) and all(px < 10 and py >= 10 for px, py in inked(b, 20, 20))


def test_full_ellipse_ignores_start():
    a = paint(R.fill_arc, 16, 12, FULL, 1, 1, 13, 9, 0, 360, RGB)
    for start, arc in [(17, 360), (-90, -360), (5, 1000), (0, INT_MAX), (0, INT_MIN)]:
        assert paint(R.fill_arc, 16, 12, FULL, 1, 1, 13, 9, start, arc, RGB) == a


def test_complementary_slices_tile_the_ellipse():
    """Two slices meeting at a ray share only pixels on that ray."""
    w, h = 30, 24
    for split in (0, 45, 90, 33, 200):
        a = inked(paint(R.fill_arc, w, h, FULL, 1, 1, 27, 21, 10, split - 10, RGB), w, h)
        b = inked(paint(R.fill_arc, w, h, FULL, 1, 1, 27, 21, split, 370 - split, RGB), w, h)
        whole = inked(paint(R.fill_arc, w, h, FULL, 1, 1, 27, 21, 0, 360, RGB), w, h)
        assert a | b == whole


def test_ellipse_symmetry():
    w, h = 20, 16
    for box in [(1, 1, 17, 13), (2, 2, 10, 5), (0, 0, 19, 14)]:
        for fn, extra in [(R.fill_arc, ()), (R.draw_arc, (False,))]:
            got = inked(paint(fn, w, h, FULL, *box, 0, 360, RGB, *extra), w, h)
            x, y, rw, rh = box
            span = 1 if fn is R.draw_arc else 0          # draw covers one more pixel
            assert {(2 * x + rw - 1 + span - px, py) for px, py in got} == got
            assert {(px, 2 * y + rh - 1 + span - py) for px, py in got} == got


def test_huge_arcs_window():
    """Arcs of boxes near the int range's limits, checked in a window."""
    w, h = 24, 20
    for box, angles in [((-2 ** 30, -100, 2 ** 31 - 1, 230), (0, 360)),
                        ((-1000, -1000, 2030, 2030), (10, 100)),
                        ((INT_MIN, INT_MIN, INT_MAX, INT_MAX), (0, 360)),
                        ((-2 ** 31 + 10, 5, INT_MAX, 2 ** 20), (100, 200)),
                        ((4, -99999990, 15, 200000000), (-45, 90))]:
        check_fill_arc(w, h, FULL, box, *angles)
        check_draw_arc(w, h, FULL, box, *angles, False)
        check_draw_arc(w, h, FULL, box, *angles, True)


# ------------------------------------------------------------------ round rects

RR = [(1, 1, 12, 9, 6, 4), (0, 0, 13, 10, 13, 10), (1, 1, 12, 9, 40, 40), (2, 2, 9, 7, 3, 8),
      (1, 1, 12, 9, 0, 5), (1, 1, 12, 9, 5, 0), (1, 1, 12, 9, -3, -3), (3, 3, 1, 1, 1, 1),
      (-3, -3, 20, 15, 11, 7), (2, 2, 0, 6, 4, 4), (1, 1, 7, 7, 1, 1), (1, 2, 11, 4, 2, 9)]


@pytest.mark.parametrize('args', RR)
def test_fill_round_rect(args):
    w, h = 16, 13
    b = paint(R.fill_round_rect, w, h, FULL, *args, RGB)
    assert_only(b, w, h, {p for p in window(w, h, FULL) if in_fill_round_rect(*p, *args)})


@pytest.mark.parametrize('dotted', [False, True])
@pytest.mark.parametrize('args', RR)
def test_draw_round_rect(args, dotted):
    w, h = 16, 13
    b = paint(R.draw_round_rect, w, h, FULL, *args, RGB, dotted)
    exp = set()
    for p in window(w, h, FULL):
        m = draw_round_rect_m(*p, *args)
        if m is not None and (not dotted or dash(m)):
            exp.add(p)
    assert_only(b, w, h, exp)


@pytest.mark.parametrize('box', [(1, 1, 12, 9), (0, 0, 1, 1), (2, 3, 0, 5), (2, 3, 7, 0), (-2, -1, 18, 15)])
def test_round_rect_limits(box):
    """Arc 0 (or negative) gives the plain rectangle; arcs as large as the box
    give the ellipse."""
    w, h = 16, 13
    for arcs in [(0, 0), (-5, 3), (4, -1), (0, 9)]:
        assert (paint(R.fill_round_rect, w, h, FULL, *box, *arcs, RGB)
                == paint(R.fill_rect, w, h, FULL, *box, RGB))
        for dotted in (False, True):
            assert (paint(R.draw_round_rect, w, h, FULL, *box, *arcs, RGB, dotted)
                    == paint(R.draw_rect, w, h, FULL, *box, RGB, dotted))
    x, y, rw, rh = box
    for arcs in [(rw, rh), (rw + 5, rh + 100), (INT_MAX, INT_MAX)]:
        assert (paint(R.fill_round_rect, w, h, FULL, *box, *arcs, RGB)
                == paint(R.fill_arc, w, h, FULL, *box, 0, 360, RGB))
        for dotted in (False, True):
            assert (paint(R.draw_round_rect, w, h, FULL, *box, *arcs, RGB, dotted)
                    == paint(R.draw_arc, w, h, FULL, *box, 0, 360, RGB, dotted))


# ------------------------------------------------------------------ triangles

def check_triangle(w, h, pts):
    b = paint(R.fill_triangle, w, h, FULL, *[c for p in pts for c in p], RGB)
    got = inked(b, w, h)
    for p in window(w, h, FULL):
        cls = triangle_class(*p, pts)
        if cls == 'in':
            assert p in got, (p, pts)
        elif cls == 'out':
            assert p not in got, (p, pts)
    return got


@pytest.mark.parametrize('pts', [((1, 1), (14, 3), (5, 10)), ((0, 0), (12, 0), (0, 9)),
                                 ((12, 9), (0, 9), (12, 0)), ((3, 1), (3, 11), (13, 6)),
                                 ((-5, -5), (30, 2), (4, 25)), ((0, 0), (10, 10), (0, 10)),
                                 ((2, 2), (2, 2), (9, 9))])
def test_fill_triangle(pts):
    check_triangle(16, 12, pts)


def test_degenerate_triangle_is_empty():
    for pts in [(1, 1, 1, 1, 1, 1), (0, 0, 5, 5, 10, 10), (0, 3, 9, 3, 4, 3)]:
        assert not inked(paint(R.fill_triangle, 12, 12, FULL, *pts, RGB), 12, 12)


def coverage(w, h, triangles):
    count = [0] * (w * h)
    for tri in triangles:
        b = paint(R.fill_triangle, w, h, FULL, *[c for p in tri for c in p], RGB)
        for i in range(w * h):
            count[i] += b[i] == INK
    return count


def test_triangles_sharing_edges_tile_a_square():
    """Diagonals through pixel centres: both splits of a square, in both
    vertex orders, cover it exactly once."""
    w, h = 12, 12
    for tris in [[((0, 0), (10, 0), (10, 10)), ((0, 0), (10, 10), (0, 10))],
                 [((10, 0), (0, 10), (0, 0)), ((10, 0), (10, 10), (0, 10))],
                 [((0, 10), (10, 0), (10, 10)), ((0, 0), (10, 0), (0, 10))]]:
        count = coverage(w, h, tris)
        for i in range(w * h):
            assert count[i] == (1 if i % w < 10 and i // w < 10 else 0), (i % w, i // w)


def _area(t):
    (a, b), (c, d), (e, f) = t
    return (c - a) * (f - b) - (d - b) * (e - a)


def _on_open_segment(p, a, b):
    """Is the centre of pixel p strictly between the points a and b?"""
    X, Y = 2 * p[0] + 1, 2 * p[1] + 1
    ax, ay, bx, by = 2 * a[0], 2 * a[1], 2 * b[0], 2 * b[1]
    if (bx - ax) * (Y - ay) != (by - ay) * (X - ax):
        return False
    dot = (X - ax) * (bx - ax) + (Y - ay) * (by - ay)
    return 0 < dot < (bx - ax) ** 2 + (by - ay) ** 2


def check_tiling(w, h, tris, shared_edges):
    """Triangles meeting along shared_edges: each pixel is covered at most
    once, and exactly once if its centre is inside one of them or on a
    shared edge."""
    count = coverage(w, h, tris)
    for i in range(w * h):
        p = (i % w, i // w)
        assert count[i] <= 1, p
        if (any(triangle_class(*p, t) == 'in' for t in tris)
                or any(_on_open_segment(p, a, b) for a, b in shared_edges)):
            assert count[i] == 1, p


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-4, 24), st.integers(-4, 24)), min_size=3, max_size=8,
                unique=True))
def test_triangle_fan_no_overlap_no_gap(rim):
    """A fan of triangles around (10, 10), each turning counter-clockwise by
    less than 180 degrees, so that they tile a star-shaped polygon."""
    centre = (10, 10)
    assume(centre not in rim)
    rim = sorted(rim, key=lambda p: math.atan2(p[1] - centre[1], p[0] - centre[0]))
    tris = [(centre, rim[i], rim[(i + 1) % len(rim)]) for i in range(len(rim))]
    assume(all(_area(t) > 0 for t in tris))
    check_tiling(21, 21, tris, [(centre, p) for p in rim])


def test_triangle_pairs_tile():
    """Random convex quadrilaterals split along a diagonal."""
    rnd = random.Random(7)
    done = 0
    while done < 40:
        c = (rnd.randint(8, 11), rnd.randint(8, 11))
        pts = []
        for k in range(4):
            ang, r = k * math.pi / 2 + rnd.uniform(-0.6, 0.6), rnd.uniform(3, 9)
            pts.append((round(c[0] + r * math.cos(ang)), round(c[1] + r * math.sin(ang))))
        t1, t2 = (pts[0], pts[1], pts[2]), (pts[0], pts[2], pts[3])
        if _area(t1) <= 0 or _area(t2) <= 0:
            continue
        check_tiling(20, 20, [t1, t2], [(pts[0], pts[2])])
        done += 1


def test_huge_triangle_window():
    w, h = 20, 16
    for pts in [((INT_MIN, INT_MIN), (INT_MAX, 3), (5, INT_MAX)),
                ((INT_MAX, INT_MAX), (INT_MIN, INT_MAX - 1), (7, -3)),
                ((-2 ** 30, 5), (2 ** 30, 6), (3, 7))]:
        check_triangle(w, h, pts)


def test_far_thin_triangles():
    """Vertices at the int range's ends (128-bit edge functions): inside the
    window the result matches the reference, and nothing is written outside
    the clip or past the canvas (a guard zone follows it)."""
    rnd = random.Random(3)
    ends = [INT_MIN, INT_MIN + 1, INT_MIN + 2, -1, 0, 1, 7, INT_MAX - 2, INT_MAX - 1, INT_MAX]
    w, h, guard = 12, 10, 64
    clip = (1, 2, 11, 9)
    # Edges rising by one pixel over the whole int range, with any third vertex.
    flat = [((INT_MIN, INT_MIN), (INT_MAX, INT_MIN + 1)), ((INT_MIN, INT_MAX), (INT_MAX, INT_MAX - 1)),
            ((INT_MIN, INT_MIN + 1), (INT_MAX, INT_MIN)), ((INT_MIN, INT_MAX - 1), (INT_MAX, INT_MAX))]
    crafted = [[*e, (tx, ty)] for e in flat for tx in (INT_MIN, 0, 5, INT_MAX) for ty in (INT_MIN, 0, 5, INT_MAX)]
    crafted += [t[::-1] for t in crafted]
    for n in range(1500):
        pts = crafted[n] if n < len(crafted) else [(rnd.choice(ends), rnd.choice(ends)) for _ in range(3)]
        b = canvas(w, h) + canvas(1, guard)
        R.fill_triangle(b, w, h, *clip, *[c for p in pts for c in p], RGB)
        assert list(b[w * h:]) == [BG] * guard
        got = inked(b[:w * h], w, h)
        assert all(clip[0] <= px < clip[2] and clip[1] <= py < clip[3] for px, py in got)
        if n < len(crafted) or n % 10 == 0:
            for p in window(w, h, clip):
                cls = triangle_class(*p, pts) if _area(pts) else 'out'
                if cls != 'edge':
                    assert (p in got) == (cls == 'in'), (pts, p)


# ------------------------------------------------------------------ draw_rgb

def test_draw_rgb_opaque_and_offset():
    w, h = 8, 6
    src = array('i', [s32(0x00000000 | (i * 0x010203)) for i in range(40)])
    b = canvas(w, h)
    R.draw_rgb(b, w, h, 0, 0, w, h, src, 3, 7, 2, 1, 4, 3, False)
    for py in range(h):
        for px in range(w):
            if 2 <= px < 6 and 1 <= py < 4:
                exp = s32(src[3 + (px - 2) + (py - 1) * 7] | 0xFF000000)
            else:
                exp = BG
            assert b[py * w + px] == exp


def test_draw_rgb_negative_scanlength():
    """scanlength < 0: rows read bottom-up (offset at the last row)."""
    w, h = 6, 6
    rows = [[s32(0xFF000000 | (r << 16 | c)) for c in range(4)] for r in range(3)]
    src = array('i', [v for row in rows for v in row])
    b = canvas(w, h)
    R.draw_rgb(b, w, h, 0, 0, w, h, src, 8, -4, 1, 1, 4, 3, False)
    for j in range(3):
        for i in range(4):
            assert b[(1 + j) * w + 1 + i] == rows[2 - j][i]


def test_draw_rgb_alpha():
    w, h = 5, 1
    b = array('i', [s32(0xFF808080), s32(0xFF102030), s32(0xFFFFFFFF), s32(0xFF000000), s32(0xFF123456)])
    src = array('i', [s32(0x00FF0000), s32(0xFFABCDEF), s32(0x80000000), s32(0x7FFFFFFF), s32(0x01FEDCBA)])
    before = list(b)
    R.draw_rgb(b, w, h, 0, 0, w, h, src, 0, 5, 0, 0, 5, 1, True)
    assert list(b) == [blend_ref(d, s) for d, s in zip(before, src)]
    assert b[0] == before[0] and b[1] == s32(0xFFABCDEF)
    assert b[2] == s32(0xFF7F7F7F)          # 255 * 127 / 255 = 127
    assert b[3] == s32(0xFF7F7F7F)
    # Without process_alpha every source pixel is opaque.
    b2 = array('i', before)
    R.draw_rgb(b2, w, h, 0, 0, w, h, src, 0, 5, 0, 0, 5, 1, False)
    assert list(b2) == [s32(v | 0xFF000000) for v in src]


def test_blend_formula_exhaustive_alpha():
    for a in range(256):
        for sc, dc in [(0, 255), (255, 0), (200, 13), (1, 254), (128, 128)]:
            s = s32(a << 24 | sc << 16 | dc << 8 | sc)
            d = s32(0xFF000000 | dc << 16 | sc << 8 | dc)
            assert R.blend_pixel(d, s) == blend_ref(d, s)


def test_draw_rgb_skips_indices_outside_src():
    w, h = 6, 4
    src = array('i', [s32(0xFF000000 | i) for i in range(10)])
    b = canvas(w, h)
    R.draw_rgb(b, w, h, 0, 0, w, h, src, -3, 5, 0, 0, 6, 4, False)
    for py in range(h):
        for px in range(w):
            k = -3 + px + py * 5
            assert b[py * w + px] == (src[k] if 0 <= k < 10 else BG)


def test_draw_rgb_extreme_offsets():
    """Offsets and scanlengths near the int range's ends read only valid indices."""
    w, h = 6, 5
    src = array('i', [s32(0xFF000000 | i) for i in range(30)])
    for offset, scan, x, y in [(INT_MAX, INT_MIN, INT_MIN, INT_MIN), (INT_MIN, INT_MAX, INT_MAX - 3, -3),
                               (0, INT_MIN, 0, INT_MIN), (INT_MAX, INT_MAX, INT_MIN, INT_MIN),
                               (29, -6, 0, 0), (5, INT_MIN, 1, 0)]:
        b = canvas(w, h)
        R.draw_rgb(b, w, h, 0, 0, w, h, src, offset, scan, x, y, INT_MAX, INT_MAX, False)
        for py in range(h):
            for px in range(w):
                k = offset + (px - x) + (py - y) * scan
                inside = x <= px < x + INT_MAX and y <= py < y + INT_MAX
                assert b[py * w + px] == (src[k] if inside and 0 <= k < 30 else BG)


def test_draw_rgb_clip():
    w, h = 8, 8
    src = array('i', [s32(0xFF000000 | i) for i in range(64)])
    b = canvas(w, h)
    R.draw_rgb(b, w, h, 2, 3, 5, 7, src, 0, 8, 0, 0, 8, 8, False)
    for py in range(h):
        for px in range(w):
            assert b[py * w + px] == (src[px + py * 8] if 2 <= px < 5 and 3 <= py < 7 else BG)


# ------------------------------------------------------------------ draw_region

IMG = [[s32(0xFF000000 | (10 * r + c)) for c in range(3)] for r in range(2)]   # 3 wide, 2 tall


@pytest.mark.parametrize('transform', range(8))
def test_draw_region_transforms(transform):
    """Each Sprite transform of a 3 x 2 image, placed with its box's top-left at (1, 2)."""
    src = array('i', [v for row in IMG for v in row])
    w, h = 7, 7
    b = canvas(w, h)
    R.draw_region(b, w, h, 0, 0, w, h, src, 3, 2, 0, 0, 3, 2, transform, 1, 2, False)
    exp_img = transform_image(IMG, transform)
    dh, dw = len(exp_img), len(exp_img[0])
    assert (dw, dh) == ((2, 3) if transform in (4, 5, 6, 7) else (3, 2))
    for py in range(h):
        for px in range(w):
            inside = 1 <= px < 1 + dw and 2 <= py < 2 + dh
            assert b[py * w + px] == (exp_img[py - 2][px - 1] if inside else BG), (transform, px, py)


def test_draw_region_sprite_examples():
    """TRANS_ROT90 turns clockwise: the top-left source pixel lands top-right;
    TRANS_MIRROR_ROT270 (mirror, then 270 clockwise) is the transpose."""
    src = array('i', [v for row in IMG for v in row])
    b = canvas(2, 3)
    R.draw_region(b, 2, 3, 0, 0, 2, 3, src, 3, 2, 0, 0, 3, 2, 5, 0, 0, False)
    assert list(b) == [IMG[1][0], IMG[0][0], IMG[1][1], IMG[0][1], IMG[1][2], IMG[0][2]]
    R.draw_region(b, 2, 3, 0, 0, 2, 3, src, 3, 2, 0, 0, 3, 2, 4, 0, 0, False)
    assert list(b) == [IMG[0][0], IMG[1][0], IMG[0][1], IMG[1][1], IMG[0][2], IMG[1][2]]


@pytest.mark.parametrize('transform', range(8))
def test_draw_region_subregion_clip_alpha(transform):
    sw, sh = 5, 4
    img = [[s32(((r * 60 + c * 40) & 0xFF) << 24 | (r * 50 + c) << 8 | c * 30) for c in range(sw)]
           for r in range(sh)]
    src = array('i', [v for row in img for v in row])
    region = [row[1:4] for row in img[1:3]]          # the 3 x 2 region at (1, 1)
    w, h = 8, 8
    clip = (2, 1, 6, 5)
    for alpha in (False, True):
        b = canvas(w, h)
        R.draw_region(b, w, h, *clip, src, sw, sh, 1, 1, 3, 2, transform, 3, 2, alpha)
        exp_img = transform_image(region, transform)
        for py in range(h):
            for px in range(w):
                j, i = py - 2, px - 3
                if (clip[0] <= px < clip[2] and clip[1] <= py < clip[3]
                        and 0 <= j < len(exp_img) and 0 <= i < len(exp_img[0])):
                    s = exp_img[j][i]
                    exp = blend_ref(BG, s) if alpha else s32(s | 0xFF000000)
                else:
                    exp = BG
                assert b[py * w + px] == exp, (transform, alpha, px, py)


@pytest.mark.parametrize('transform', range(8))
def test_draw_region_outside_image_not_drawn(transform):
    """Region pixels outside the source image are skipped (memory safety)."""
    src = array('i', [v for row in IMG for v in row])
    w, h = 9, 9
    b = canvas(w, h)
    R.draw_region(b, w, h, 0, 0, w, h, src, 3, 2, -1, -2, 5, 5, transform, 2, 2, False)
    # The 5 x 5 region with the image at offset (1, 2): transform a padded grid.
    grid = [[None] * 5 for _ in range(5)]
    for r in range(2):
        for c in range(3):
            grid[2 + r][1 + c] = IMG[r][c]
    exp_img = transform_image(grid, transform)
    for py in range(h):
        for px in range(w):
            j, i = py - 2, px - 2
            v = exp_img[j][i] if 0 <= j < 5 and 0 <= i < 5 else None
            assert b[py * w + px] == (BG if v is None else v)


def test_draw_region_bad_arguments():
    src = array('i', [0] * 6)
    b = canvas(4, 4)
    with pytest.raises(ValueError):
        R.draw_region(b, 4, 4, 0, 0, 4, 4, src, 3, 3, 0, 0, 3, 2, 0, 0, 0, False)
    with pytest.raises(ValueError):
        R.draw_region(b, 4, 4, 0, 0, 4, 4, src, 3, 2, 0, 0, 3, 2, 8, 0, 0, False)
    with pytest.raises(ValueError):
        R.fill_rect(b, 5, 4, 0, 0, 4, 4, 0, 0, 1, 1, 0)
    with pytest.raises(ValueError):
        R.draw_mask(b, 4, 4, 0, 0, 4, 4, b'\x01\x01', 2, 2, 0, 0, 0)


# ------------------------------------------------------------------ copy_area, draw_mask

def ramp(w, h):
    return array('i', [s32(0xFF000000 | i) for i in range(w * h)])


def copy_ref(before, w, h, clip, xs, ys, rw, rh, xd, yd):
    after = list(before)
    for j in range(rh):
        for i in range(rw):
            sx, sy, dx, dy = xs + i, ys + j, xd + i, yd + j
            if (0 <= sx < w and 0 <= sy < h and 0 <= dx < w and 0 <= dy < h
                    and clip[0] <= dx < clip[2] and clip[1] <= dy < clip[3]):
                after[dy * w + dx] = before[sy * w + sx]
    return after


@pytest.mark.parametrize('args', [(1, 1, 4, 3, 2, 2), (2, 2, 4, 3, 1, 1), (0, 0, 6, 5, 1, 0),
                                  (1, 0, 6, 5, 0, 0), (0, 1, 5, 4, 0, 0), (0, 0, 5, 4, 0, 1),
                                  (-2, -1, 5, 4, 3, 3), (3, 3, 9, 9, -1, -2), (1, 1, 3, 3, 1, 1),
                                  (0, 0, 0, 3, 1, 1)])
@pytest.mark.parametrize('clip', [(0, 0, 7, 6), (1, 2, 5, 5)])
def test_copy_area(args, clip):
    w, h = 7, 6
    b = ramp(w, h)
    before = list(b)
    R.copy_area(b, w, h, *clip, *args)
    assert list(b) == copy_ref(before, w, h, clip, *args)


def test_draw_mask():
    w, h = 8, 6
    mask = bytes([0, 1, 2, 0, 255,
                  1, 0, 0, 0, 1,
                  0, 7, 0, 9, 0])
    b = canvas(w, h)
    R.draw_mask(b, w, h, 0, 0, 5, 6, mask, 5, 3, 1, 2, RGB)
    exp = {(1 + i, 2 + j) for j in range(3) for i in range(5) if mask[j * 5 + i] and 1 + i < 5}
    assert_only(b, w, h, exp)
    b = canvas(w, h)
    R.draw_mask(b, w, h, 0, 0, w, h, mask, 5, 3, -2, -1, RGB)
    exp = {(i - 2, j - 1) for j in range(3) for i in range(5) if mask[j * 5 + i] and i >= 2 and j >= 1}
    assert_only(b, w, h, exp)


# ------------------------------------------------------------------ robustness

coord = st.one_of(st.integers(-20, 40), st.integers(INT_MIN, INT_MAX),
                  st.sampled_from([INT_MIN, INT_MIN + 1, INT_MAX, INT_MAX - 1, 0, -1]))
size = st.one_of(st.integers(-3, 40), st.integers(INT_MIN, INT_MAX), st.sampled_from([INT_MAX, INT_MIN, 0]))
angle = st.one_of(st.integers(-800, 800), st.integers(INT_MIN, INT_MAX))
clips = st.tuples(st.integers(-5, 25), st.integers(-5, 25), st.integers(-5, 25), st.integers(-5, 25))

W, H = 17, 13
SRC = array('i', [s32((i * 0x9E3779B1) & 0xFFFFFFFF) for i in range(24)])


def shape_calls(draw):
    """One random primitive call: (function, args after the clip)."""
    kind = draw(st.sampled_from(['fill_rect', 'draw_rect', 'draw_line', 'fill_round_rect',
                                 'draw_round_rect', 'fill_arc', 'draw_arc', 'fill_triangle',
                                 'draw_rgb', 'draw_region', 'copy_area', 'draw_mask']))
    c, s, a, dotted = draw(st.lists(coord, min_size=6, max_size=6)), draw(st.lists(size, min_size=4, max_size=4)), \
        draw(st.lists(angle, min_size=2, max_size=2)), draw(st.booleans())
    args = {
        'fill_rect': (c[0], c[1], s[0], s[1], RGB),
        'draw_rect': (c[0], c[1], s[0], s[1], RGB, dotted),
        'draw_line': (c[0], c[1], c[2], c[3], RGB, dotted),
        'fill_round_rect': (c[0], c[1], s[0], s[1], s[2], s[3], RGB),
        'draw_round_rect': (c[0], c[1], s[0], s[1], s[2], s[3], RGB, dotted),
        'fill_arc': (c[0], c[1], s[0], s[1], a[0], a[1], RGB),
        'draw_arc': (c[0], c[1], s[0], s[1], a[0], a[1], RGB, dotted),
        'fill_triangle': (c[0], c[1], c[2], c[3], c[4], c[5], RGB),
        'draw_rgb': (SRC, c[0], c[1], c[2], c[3], s[0], s[1], dotted),
        'draw_region': (SRC, 6, 4, c[0], c[1], s[0], s[1], draw(st.integers(0, 7)), c[2], c[3], dotted),
        'copy_area': (c[0], c[1], s[0], s[1], c[2], c[3]),
        'draw_mask': (bytes(range(12)), 4, 3, c[0], c[1], RGB),
    }[kind]
    return getattr(R, kind), args


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), clips)
def test_random_calls_stay_in_clip(data, clip):
    """Any arguments: no exception, nothing changes outside the clip."""
    fn, args = shape_calls(data.draw)
    b = ramp(W, H)
    before = list(b)
    fn(b, W, H, *clip, *args)
    x1, y1, x2, y2 = clip
    for i in range(W * H):
        px, py = i % W, i // W
        if not (x1 <= px < x2 and y1 <= py < y2):
            assert b[i] == before[i], (fn.__name__, args, px, py)
        elif fn is not R.draw_rgb and fn is not R.draw_region and fn is not R.copy_area:
            assert b[i] in (before[i], INK)


small = st.integers(-4, 20)
dim = st.integers(-1, 18)


@settings(max_examples=300, deadline=None)
@given(st.tuples(small, small, dim, dim), st.integers(-400, 400), st.integers(-400, 400), clips,
       st.booleans())
def test_random_arcs_match_reference(box, start, arc, clip, dotted):
    check_fill_arc(W, H, clip, box, start, arc)
    check_draw_arc(W, H, clip, box, start, arc, dotted)


@settings(max_examples=300, deadline=None)
@given(st.tuples(small, small, dim, dim, st.integers(-3, 25), st.integers(-3, 25)), clips, st.booleans())
def test_random_round_rects_match_reference(args, clip, dotted):
    win = [p for p in window(W, H, clip)]
    b = paint(R.fill_round_rect, W, H, clip, *args, RGB)
    assert_only(b, W, H, {p for p in win if in_fill_round_rect(*p, *args)})
    b = paint(R.draw_round_rect, W, H, clip, *args, RGB, dotted)
    exp = set()
    for p in win:
        m = draw_round_rect_m(*p, *args)
        if m is not None and (not dotted or dash(m)):
            exp.add(p)
    assert_only(b, W, H, exp)


@settings(max_examples=300, deadline=None)
@given(st.tuples(st.integers(-30, 50), st.integers(-30, 50), st.integers(-30, 50), st.integers(-30, 50)),
       clips, st.booleans())
def test_random_lines_match_reference(seg, clip, dotted):
    b = paint(R.draw_line, W, H, clip, *seg, RGB, dotted)
    exp = {p for p, k in line_pixels(*seg).items()
           if clip[0] <= p[0] < clip[2] and clip[1] <= p[1] < clip[3] and 0 <= p[0] < W
           and 0 <= p[1] < H and (not dotted or dash(k))}
    assert_only(b, W, H, exp)
    x1, y1, x2, y2 = seg
    assert paint(R.draw_line, W, H, clip, x2, y2, x1, y1, RGB, False) == \
        paint(R.draw_line, W, H, clip, *seg, RGB, False)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(-10, 30), st.integers(-10, 30)), min_size=3, max_size=3), clips)
def test_random_triangles_match_reference(pts, clip):
    b = paint(R.fill_triangle, W, H, clip, *[c for p in pts for c in p], RGB)
    got = inked(b, W, H)
    for p in window(W, H, (-99, -99, 99, 99)):
        in_clip = clip[0] <= p[0] < clip[2] and clip[1] <= p[1] < clip[3]
        if not in_clip or _area(pts) == 0:
            assert p not in got
            continue
        cls = triangle_class(*p, pts)
        if cls != 'edge':
            assert (p in got) == (cls == 'in')


@settings(max_examples=200, deadline=None)
@given(st.tuples(st.integers(-8, 20), st.integers(-8, 20), st.integers(-2, 20), st.integers(-2, 20),
                 st.integers(-8, 20), st.integers(-8, 20)), clips)
def test_random_copy_area(args, clip):
    b = ramp(W, H)
    before = list(b)
    R.copy_area(b, W, H, *clip, *args)
    assert list(b) == copy_ref(before, W, H, clip, *args)


def test_huge_shapes_are_fast():
    """2^31-wide shapes only cost their clipped area."""
    w, h = 240, 320
    b = canvas(w, h)
    clip = (0, 0, w, h)
    big = (INT_MIN, INT_MIN, INT_MAX, INT_MAX)
    calls = [
        (R.fill_rect, big + (RGB,)),
        (R.draw_rect, big + (RGB, True)),
        (R.fill_round_rect, big + (INT_MAX, INT_MAX, RGB)),
        (R.draw_round_rect, big + (INT_MAX, 1000, RGB, True)),
        (R.fill_arc, big + (10, 300, RGB)),
        (R.draw_arc, (-2 ** 30, 0, INT_MAX, 300, 0, 360, RGB, True)),
        (R.fill_triangle, (INT_MIN, INT_MIN, INT_MAX, 0, 0, INT_MAX, RGB)),
        (R.draw_line, (INT_MIN, INT_MIN, INT_MAX, INT_MAX, RGB, True)),
        (R.draw_rgb, (SRC, 0, 0, INT_MIN, INT_MIN, INT_MAX, INT_MAX, True)),
        (R.draw_region, (SRC, 6, 4, INT_MIN, INT_MIN, INT_MAX, INT_MAX, 5, INT_MIN, 0, True)),
        (R.copy_area, (INT_MIN, INT_MIN, INT_MAX, INT_MAX, 5, 5)),
    ]
    for fn, args in calls:
        fn(b, w, h, *clip, *args)     # iterates over the clipped area only, so it returns at once


