# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""Pixel rasterizer behind javax.microedition.lcdui.Graphics (MIDP 2.0).

Every function draws into an opaque destination buffer `dst` (int[::1],
row-major, w x h, pixels 0xAARRGGBB as signed ints) and only inside the clip
rectangle [cx1, cx2) x [cy1, cy2), given in absolute pixels (translation
already applied); the clip is clamped to the buffer here.  Coordinates are
arbitrary Java ints: all geometry is done in 64-bit (and, where products of
two coordinates meet, 128-bit) integers, and every loop runs over the
clipped area only.  Shape colours are 0xRRGGBB; their alpha bits are ignored.

Geometry, in the MIDP "pen" model: pixel (px, py) is the unit square whose
top-left corner is the point (px, py) and whose centre is (px+.5, py+.5).

* Fills (fill_rect, fill_round_rect, fill_arc, fill_triangle) cover the
  pixels whose centre lies inside the shape (boundary included, except for
  triangles: see fill_triangle).
* Outlines (draw_rect, draw_round_rect, draw_arc) cover (w+1) x (h+1): an
  outline is the set of pixels of the same shape filled one pixel larger
  (with corner ellipses one pixel larger) that have a 4-neighbour (left,
  right, up, down) outside that filled shape.  It is one pixel thick and
  8-connected.
* Lines (draw_line): in each column of an x-major line (|dx| >= |dy|) the
  pixel nearest the ideal line through the two endpoints, a tie going to the
  larger y; y-major lines the same with the axes swapped (a tie goes to the
  larger x).  Both endpoints are drawn, and A->B covers the same pixels as
  B->A.

DOTTED strokes: 2 pixels on, 2 off.  Each stroke pixel has an index m and is
drawn iff m mod 4 is 0 or 1:
* draw_line: m = number of steps along the major axis from the start point
  (x1, y1), so the dashes start at the first endpoint, whatever the clip.
* outlines: m = px - x (counted along x) or, for a pixel on a vertical
  stretch, m = py - y (counted along y), (x, y) being the shape's top-left.
  A pixel is on a vertical stretch iff the pixels above and below it are
  both inside the filled shape, or those left and right of it both outside.
  So a rectangle's top and bottom edges are counted along x and its sides
  along y; a width-0 rectangle is the vertical line from (x, y), a height-0
  one the horizontal line from (x, y).
"""

from libc.math cimport sqrt
from libc.string cimport memcpy, memmove
import math

# The C compiler's 128-bit integer (gcc, clang); used only in C expressions.
cdef extern from *:
    ctypedef long long i128 "__int128"

ctypedef long long i64

# 0xFF000000 as a signed int: the alpha of every written pixel.
cdef int OPAQUE = -0x1000000


cdef struct Clip:
    i64 x1, y1, x2, y2          # end-exclusive, within the buffer


# ---------------------------------------------------------------- helpers

cdef inline i64 fdiv(i64 a, i64 b) noexcept nogil:
    """floor(a / b) for b > 0 (C division truncates)."""
    cdef i64 q = a / b
    if q * b > a:
        q -= 1
    return q


cdef inline i64 cdiv(i64 a, i64 b) noexcept nogil:
    """ceil(a / b) for b > 0."""
    return -fdiv(-a, b)


cdef inline i128 fdiv128(i128 a, i128 b) noexcept nogil:
    cdef i128 q = a / b
    if q * b > a:
        q -= 1
    return q


cdef inline i128 cdiv128(i128 a, i128 b) noexcept nogil:
    return -fdiv128(-a, b)


cdef inline i64 imax(i64 a, i64 b) noexcept nogil:
    return a if a > b else b


cdef inline i64 imin(i64 a, i64 b) noexcept nogil:
    return a if a < b else b


cdef inline i64 isqrt(i64 n) noexcept nogil:
    """floor(sqrt(n)) for 0 <= n < 2^63."""
    cdef i64 r = <i64>sqrt(<double>n)
    while r * r > n:
        r -= 1
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r


cdef int _setup(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
                Clip* c) except -1:
    """Checks dst holds w x h pixels, clamps the clip into c; 0 if it is empty."""
    if w < 0 or h < 0 or <i64>w * h > dst.shape[0]:
        raise ValueError(f'buffer of {dst.shape[0]} pixels is not {w} x {h}')
    c.x1 = imax(cx1, 0)
    c.y1 = imax(cy1, 0)
    c.x2 = imin(cx2, w)
    c.y2 = imin(cy2, h)
    return c.x1 < c.x2 and c.y1 < c.y2


cdef inline bint _dash(i64 m) noexcept nogil:
    """The DOTTED pattern: 2 on, 2 off (m >= 0)."""
    return (m & 3) < 2


cdef void _fill_box(int* p, int w, const Clip* c, i64 x1, i64 y1, i64 x2, i64 y2,
                    int color) noexcept nogil:
    """Fills [x1, x2) x [y1, y2) within the clip: the first row by a loop,
    the others copied from it."""
    cdef i64 px, py
    x1 = imax(x1, c.x1)
    x2 = imin(x2, c.x2)
    y1 = imax(y1, c.y1)
    y2 = imin(y2, c.y2)
    if x1 >= x2 or y1 >= y2:
        return
    cdef int* first = p + y1 * w + x1
    for px in range(x2 - x1):
        first[px] = color
    for py in range(y1 + 1, y2):
        memcpy(p + py * w + x1, first, (x2 - x1) * sizeof(int))


cdef void _hrun(int* p, int w, const Clip* c, i64 py, i64 xa, i64 xb, int color,
                bint dotted, i64 origin) noexcept nogil:
    """Pixels xa..xb of row py; dotted: those with (px - origin) on."""
    cdef i64 px
    if py < c.y1 or py >= c.y2:
        return
    cdef int* row = p + py * w
    for px in range(imax(xa, c.x1), imin(xb + 1, c.x2)):
        if not dotted or _dash(px - origin):
            row[px] = color


cdef void _vrun(int* p, int w, const Clip* c, i64 px, i64 ya, i64 yb, int color,
                bint dotted, i64 origin) noexcept nogil:
    """Pixels ya..yb of column px; dotted: those with (py - origin) on."""
    cdef i64 py
    if px < c.x1 or px >= c.x2:
        return
    for py in range(imax(ya, c.y1), imin(yb + 1, c.y2)):
        if not dotted or _dash(py - origin):
            p[py * w + px] = color


# ---------------------------------------------------------------- rectangles

def fill_rect(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
              int x, int y, int rw, int rh, int rgb):
    """Pixels x..x+rw-1 x y..y+rh-1; nothing if rw <= 0 or rh <= 0."""
    cdef Clip c
    if rw <= 0 or rh <= 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    _fill_box(&dst[0], w, &c, x, y, <i64>x + rw, <i64>y + rh, rgb | OPAQUE)


def draw_rect(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
              int x, int y, int rw, int rh, int rgb, bint dotted=False):
    """The outline of the (rw+1) x (rh+1) box at (x, y); nothing if rw < 0 or rh < 0."""
    cdef Clip c
    if rw < 0 or rh < 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    cdef int* p = &dst[0]
    cdef int color = rgb | OPAQUE
    cdef i64 x2 = <i64>x + rw, y2 = <i64>y + rh
    if rw == 0:                 # a vertical line: counted along y throughout
        _vrun(p, w, &c, x, y, y2, color, dotted, y)
        return
    _hrun(p, w, &c, y, x, x2, color, dotted, x)
    if rh > 0:
        _hrun(p, w, &c, y2, x, x2, color, dotted, x)
    _vrun(p, w, &c, x, <i64>y + 1, y2 - 1, color, dotted, y)
    _vrun(p, w, &c, x2, <i64>y + 1, y2 - 1, color, dotted, y)


# ---------------------------------------------------------------- lines

cdef void _line_major(int* p, i64 sa, i64 sb, i64 a1, i64 b1, i64 n, i64 db,
                      i64 alo, i64 ahi, i64 blo, i64 bhi, bint from_end, bint dotted,
                      int color) noexcept nogil:
    """A line along a major axis a (address stride sa) with minor axis b
    (stride sb): pixel t in 0..n is (a1 + t, b1 + round(db * t / n)), halves
    rounded up, i.e. b = b1 + floor((2*db*t + n) / (2*n)); n > 0, |db| <= n.
    Only t with a in [alo, ahi) are visited; pixels with b outside
    [blo, bhi) are skipped.  The dash index is t, or n - t if from_end."""
    cdef i64 t0 = imax(0, alo - a1), t1 = imin(n, ahi - 1 - a1)
    if t0 > t1:
        return
    cdef i64 den = 2 * n, t, b, r
    cdef i128 num = <i128>2 * db * t0 + n
    cdef i128 q = fdiv128(num, den)
    b = b1 + <i64>q
    r = <i64>(num - q * den)        # remainder in [0, den): the Bresenham error
    for t in range(t0, t1 + 1):
        if blo <= b < bhi and (not dotted or _dash(n - t if from_end else t)):
            p[(a1 + t) * sa + b * sb] = color
        r += 2 * db
        if r >= den:
            r -= den
            b += 1
        elif r < 0:
            r += den
            b -= 1


def draw_line(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
              int x1, int y1, int x2, int y2, int rgb, bint dotted=False):
    """A one-pixel line with both endpoints (rules in the module docstring)."""
    cdef Clip c
    if not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    cdef int* p = &dst[0]
    cdef int color = rgb | OPAQUE
    cdef i64 ax = x1, ay = y1, bx = x2, by = y2
    cdef i64 dx = bx - ax, dy = by - ay
    cdef bint xmajor = (dx if dx >= 0 else -dx) >= (dy if dy >= 0 else -dy)
    # Walk from the lower end of the major axis, so that the pixels do not
    # depend on the order of the endpoints; dashes still count from (x1, y1).
    cdef bint from_end = dx < 0 if xmajor else dy < 0
    if from_end:
        ax, bx = bx, ax
        ay, by = by, ay
        dx, dy = -dx, -dy
    if dx == 0 and dy == 0:
        if c.x1 <= ax < c.x2 and c.y1 <= ay < c.y2:
            p[ay * w + ax] = color
    elif xmajor:
        _line_major(p, 1, w, ax, ay, dx, dy, c.x1, c.x2, c.y1, c.y2, from_end, dotted, color)
    else:
        _line_major(p, w, 1, ay, ax, dy, dx, c.y1, c.y2, c.x1, c.x2, from_end, dotted, color)


# ---------------------------------------------------------------- rounded shapes

cdef struct Shape:
    # A W x H box at (x, y) whose corners are the quarters of an ellipse of
    # aw x ah (0 <= aw <= W, 0 <= ah <= H): a round rect, or an ellipse when
    # aw == W and ah == H, a rectangle when aw or ah is 0.
    i64 x, y, W, H, aw, ah


cdef bint _span(const Shape* s, i64 py, i64* lo, i64* hi) noexcept nogil:
    """The pixels lo..hi of row py whose centres lie in the shape; False if none.

    In doubled coordinates from the box's left edge a centre is at u = 2*i+1
    (i = px - x).  Its doubled distance from the corner ellipse's centre is
    du = u - aw left of the ellipse's centre, u - (2W - aw) right of the
    mirrored one, else 0; likewise dv.  The centre is inside iff
    du^2 ah^2 + dv^2 aw^2 <= aw^2 ah^2, i.e. |du| <= t with t the largest
    integer such that t^2 ah^2 <= aw^2 (ah^2 - dv^2)."""
    cdef i64 v, dv, t
    if py < s.y or py >= s.y + s.H:
        return False
    if s.aw == 0 or s.ah == 0:
        lo[0] = s.x
        hi[0] = s.x + s.W - 1
        return True
    v = 2 * (py - s.y) + 1
    if v < s.ah:
        dv = v - s.ah
    elif v > 2 * s.H - s.ah:
        dv = v - (2 * s.H - s.ah)
    else:
        dv = 0
    # t^2 <= floor(aw^2 (ah^2 - dv^2) / ah^2), a value <= aw^2 < 2^63.
    t = isqrt(<i64>((<i128>s.aw * s.aw * (<i128>s.ah * s.ah - <i128>dv * dv))
                    / (<i128>s.ah * s.ah)))
    lo[0] = s.x + cdiv(s.aw - t - 1, 2)             # u >= aw - t
    hi[0] = s.x + fdiv(2 * s.W - s.aw + t - 1, 2)   # u <= 2W - aw + t
    return lo[0] <= hi[0]


cdef struct Sector:
    # Pixels of an arc are kept iff their skewed direction P lies in the
    # closed sector swept counter-clockwise from ray A to ray B.
    bint full                   # the whole ellipse
    bint wide                   # the sweep exceeds 180 degrees
    i64 ax, ay, bx, by          # the rays, scaled by 2^40
    i64 mu, mv                  # the skew: P = (u * mu, -v * mv)


# round(2^40 cos(r degrees)) for r in 0..90: the directions of the rays at
# integer degrees.  cos 0 and cos 90 come out exact (2^40 and 0), and the
# 45-degree ray has equal components, so rays on the axes and diagonals are
# exact; sin r is taken as cos(90 - r) to keep the quadrants symmetric.
cdef i64 _COS[91]
for _r in range(91):
    _COS[_r] = round(2.0 ** 40 * math.cos(math.radians(_r)))


cdef void _ray(i64 deg, i64* x, i64* y) noexcept nogil:
    """The direction of deg in [0, 360) degrees: 0 = east, counter-clockwise,
    y pointing up."""
    cdef i64 cx = _COS[deg % 90], cy = _COS[90 - deg % 90], q
    for q in range(deg // 90):      # a quarter turn counter-clockwise
        cx, cy = -cy, cx
    x[0] = cx
    y[0] = cy


cdef bint _sector(Sector* sec, int start, int arc, i64 mu, i64 mv) noexcept nogil:
    """Sets up the range of start_angle/arc_angle; False if it is empty (arc 0).

    A negative arc sweeps clockwise, i.e. counter-clockwise from start + arc;
    |arc| >= 360 is the whole ellipse."""
    cdef i64 sweep = arc if arc >= 0 else -<i64>arc
    cdef i64 a0 = <i64>start + arc if arc < 0 else <i64>start
    sec.mu = mu
    sec.mv = mv
    sec.full = sweep >= 360
    if sec.full or sweep == 0:
        return sec.full
    a0 -= fdiv(a0, 360) * 360
    sec.wide = sweep > 180
    _ray(a0, &sec.ax, &sec.ay)
    _ray((a0 + sweep) % 360, &sec.bx, &sec.by)
    return True


cdef inline bint _in_sector(i128 c1, i128 c2, bint wide) noexcept nogil:
    """c1 = cross(A, P), c2 = cross(P, B): P is in the closed sector iff it is
    left of (or on) A and right of (or on) B; for a sweep over 180 degrees,
    iff it is not strictly inside the complementary sector.  The centre
    (P = 0) is in every sector."""
    if wide:
        return c1 >= 0 or c2 >= 0
    return c1 >= 0 and c2 >= 0


cdef void _fill_row(int* row, const Clip* c, const Shape* s, const Sector* sec,
                    i64 py, i64 lo, i64 hi, int color) noexcept nogil:
    """Fills lo..hi of a row of a filled shape, keeping only the sector's pixels."""
    cdef i64 px
    lo = imax(lo, c.x1)
    hi = imin(hi, c.x2 - 1)
    if lo > hi:
        return
    if sec.full:
        for px in range(lo, hi + 1):
            row[px] = color
        return
    # P = (U, V) for the first pixel; cross products then move by constant
    # steps as U grows by 2 * mu per pixel.
    cdef i128 U = <i128>(2 * (lo - s.x) + 1 - s.W) * sec.mu
    cdef i128 V = -<i128>(2 * (py - s.y) + 1 - s.H) * sec.mv
    cdef i128 c1 = sec.ax * V - sec.ay * U, c2 = U * sec.by - V * sec.bx
    cdef i128 d1 = -<i128>sec.ay * 2 * sec.mu, d2 = <i128>sec.by * 2 * sec.mu
    for px in range(lo, hi + 1):
        if _in_sector(c1, c2, sec.wide):
            row[px] = color
        c1 += d1
        c2 += d2


cdef void _outline_run(int* row, const Clip* c, const Shape* s, const Sector* sec,
                       i64 py, i64 xa, i64 xb, i64 lo, i64 hi,
                       bint has_up, i64 ulo, i64 uhi, bint has_dn, i64 dlo, i64 dhi,
                       bint dotted, int color) noexcept nogil:
    """Draws the outline pixels xa..xb of row py (the row's filled span being
    lo..hi, the rows above and below ulo..uhi and dlo..dhi)."""
    cdef i64 px, m
    cdef bint vertical
    cdef i128 U, V
    for px in range(imax(xa, c.x1), imin(xb + 1, c.x2)):
        if dotted:
            vertical = ((has_up and ulo <= px <= uhi and has_dn and dlo <= px <= dhi)
                        or (px - 1 < lo and px + 1 > hi))
            m = py - s.y if vertical else px - s.x
            if not _dash(m):
                continue
        if not sec.full:
            U = <i128>(2 * (px - s.x) + 1 - s.W) * sec.mu
            V = -<i128>(2 * (py - s.y) + 1 - s.H) * sec.mv
            if not _in_sector(sec.ax * V - sec.ay * U, U * sec.by - V * sec.bx, sec.wide):
                continue
        row[px] = color


cdef void _shape(int* p, int w, const Clip* c, const Shape* s, const Sector* sec,
                 bint outline, bint dotted, int color) noexcept nogil:
    """Fills a shape, or draws its outline, within the clip."""
    cdef i64 py, lo = 0, hi = -1, ulo = 0, uhi = -1, dlo = 0, dhi = -1, ilo, ihi
    cdef i64 py0 = imax(c.y1, s.y), py1 = imin(c.y2, s.y + s.H)
    cdef bint has, has_up, has_dn
    if py0 >= py1:
        return
    has_up = _span(s, py0 - 1, &ulo, &uhi)
    has = _span(s, py0, &lo, &hi)
    for py in range(py0, py1):
        has_dn = _span(s, py + 1, &dlo, &dhi)
        if has and not outline:
            _fill_row(p + py * w, c, s, sec, py, lo, hi, color)
        elif has:
            # Interior pixels have all four neighbours in the shape; the
            # outline is the rest of the span: one run, or one at each end.
            ilo = lo + 1
            ihi = hi - 1
            if has_up and has_dn:
                ilo = imax(ilo, imax(ulo, dlo))
                ihi = imin(ihi, imin(uhi, dhi))
            else:
                ilo = hi + 1
            if ilo > ihi:
                ilo = hi + 1
                ihi = hi
            _outline_run(p + py * w, c, s, sec, py, lo, ilo - 1, lo, hi,
                         has_up, ulo, uhi, has_dn, dlo, dhi, dotted, color)
            _outline_run(p + py * w, c, s, sec, py, ihi + 1, hi, lo, hi,
                         has_up, ulo, uhi, has_dn, dlo, dhi, dotted, color)
        has_up, ulo, uhi = has, lo, hi
        has, lo, hi = has_dn, dlo, dhi


cdef inline i64 _clamp_arc(int arc, int size) noexcept nogil:
    """A corner ellipse's size: negative means 0, at most the box's."""
    return 0 if arc < 0 else imin(arc, size)


def fill_round_rect(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
                    int x, int y, int rw, int rh, int arc_w, int arc_h, int rgb):
    """fill_rect's rw x rh pixels, less the corners outside quarter ellipses of
    arc_w x arc_h (clamped to rw, rh; a negative or 0 size keeps the corner square)."""
    cdef Clip c
    cdef Shape s
    cdef Sector sec
    if rw <= 0 or rh <= 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    s = Shape(x, y, rw, rh, _clamp_arc(arc_w, rw), _clamp_arc(arc_h, rh))
    sec.full = True
    _shape(&dst[0], w, &c, &s, &sec, False, False, rgb | OPAQUE)


def draw_round_rect(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
                    int x, int y, int rw, int rh, int arc_w, int arc_h, int rgb,
                    bint dotted=False):
    """Outline over (rw+1) x (rh+1) like draw_rect, with corners like draw_arc's
    of arc_w x arc_h (clamped as in fill_round_rect).  Arc 0 gives draw_rect."""
    cdef Clip c
    cdef Shape s
    cdef Sector sec
    if rw < 0 or rh < 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    s = Shape(x, y, <i64>rw + 1, <i64>rh + 1,
              _clamp_arc(arc_w, rw) + 1, _clamp_arc(arc_h, rh) + 1)
    sec.full = True
    _shape(&dst[0], w, &c, &s, &sec, True, dotted, rgb | OPAQUE)


def fill_arc(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
             int x, int y, int rw, int rh, int start_angle, int arc_angle, int rgb):
    """A pie slice of the ellipse inscribed in the rw x rh box at (x, y).

    Pixel (px, py) is filled iff its centre is inside the ellipse and its
    skewed direction P = (u * rh, -v * rw) lies in the closed sector from
    start_angle sweeping arc_angle degrees, where (u, v) = (2(px-x)+1-rw,
    2(py-y)+1-rh) is the doubled offset of the centre from the ellipse's
    centre.  (P is the direction of (u/rw, -v/rh): angles as on a square, so
    45 degrees is the line to the box's top-right corner.)  Angles: 0 at 3
    o'clock, counter-clockwise; arc_angle < 0 sweeps clockwise; |arc_angle|
    >= 360 is the whole ellipse, arc_angle == 0 nothing.  Rays at integer
    degrees have directions round(2^40 (cos, sin)), exact on axes and
    diagonals, so pixels on the start or end ray are filled."""
    cdef Clip c
    cdef Sector sec
    cdef Shape s
    if rw <= 0 or rh <= 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    if not _sector(&sec, start_angle, arc_angle, rh, rw):
        return
    s = Shape(x, y, rw, rh, rw, rh)
    _shape(&dst[0], w, &c, &s, &sec, False, False, rgb | OPAQUE)


def draw_arc(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
             int x, int y, int rw, int rh, int start_angle, int arc_angle, int rgb,
             bint dotted=False):
    """The arc of the ellipse inscribed in the rw x rh box at (x, y), covering
    (rw+1) x (rh+1): the outline of the (rw+1) x (rh+1) filled ellipse, less
    the pixels outside the sector.  A pixel's direction is taken at its pen
    point (px, py): P = (u * rh, -v * rw) with (u, v) = (2(px-x)-rw,
    2(py-y)-rh) (a size of 0 counts as 1 there); the sector as in fill_arc.
    Nothing if rw < 0 or rh < 0."""
    cdef Clip c
    cdef Sector sec
    cdef Shape s
    if rw < 0 or rh < 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    if not _sector(&sec, start_angle, arc_angle, imax(rh, 1), imax(rw, 1)):
        return
    s = Shape(x, y, <i64>rw + 1, <i64>rh + 1, <i64>rw + 1, <i64>rh + 1)
    _shape(&dst[0], w, &c, &s, &sec, True, dotted, rgb | OPAQUE)


# ---------------------------------------------------------------- triangles

def fill_triangle(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
                  int x1, int y1, int x2, int y2, int x3, int y3, int rgb):
    """The pixels whose centres lie inside the triangle.

    A centre exactly on an edge is filled only if that edge is a top edge
    (horizontal, the triangle below it) or a left edge (the triangle to its
    right): the top-left rule, so triangles sharing an edge neither overlap
    nor leave a gap.  A triangle of zero area fills nothing."""
    cdef Clip c
    if not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    # Doubled coordinates: vertices at even points, pixel centres at odd ones.
    cdef i64 vx[3]
    cdef i64 vy[3]
    vx[0], vy[0], vx[1], vy[1], vx[2], vy[2] = 2 * <i64>x1, 2 * <i64>y1, 2 * <i64>x2, 2 * <i64>y2, 2 * <i64>x3, 2 * <i64>y3
    cdef i128 area = (<i128>(vx[1] - vx[0]) * (vy[2] - vy[0])
                      - <i128>(vy[1] - vy[0]) * (vx[2] - vx[0]))
    if area == 0:
        return
    if area < 0:                # orient so that the inside is where E > 0
        vx[1], vx[2] = vx[2], vx[1]
        vy[1], vy[2] = vy[2], vy[1]
    # Edge k runs from vertex k to k+1.  E(P) = ex*(Py - ay) - ey*(Px - ax) > 0
    # inside; E == 0 (on the edge) counts only for top-left edges.
    cdef i64 ex[3]
    cdef i64 ey[3]
    cdef int bias[3]
    cdef int k
    for k in range(3):
        ex[k] = vx[(k + 1) % 3] - vx[k]
        ey[k] = vy[(k + 1) % 3] - vy[k]
        bias[k] = 0 if ey[k] < 0 or (ey[k] == 0 and ex[k] > 0) else 1
    cdef i64 ymin = imin(y1, imin(y2, y3)), ymax = imax(y1, imax(y2, y3))
    cdef i64 py, px
    cdef i128 C, lo, hi, b
    cdef int* row
    cdef int color = rgb | OPAQUE
    for py in range(imax(c.y1, ymin), imin(c.y2, ymax)):
        lo = c.x1
        hi = c.x2 - 1
        for k in range(3):
            # E = C - ey * Px >= bias, with Px = 2px + 1.
            C = <i128>ex[k] * (2 * py + 1 - vy[k]) + <i128>ey[k] * vx[k]
            if ey[k] == 0:
                if C < bias[k]:
                    hi = lo - 1
            elif ey[k] < 0:     # Px >= ceil((bias - C) / -ey)
                b = cdiv128(cdiv128(bias[k] - C, -ey[k]) - 1, 2)
                if b > lo:
                    lo = b
            else:               # Px <= floor((C - bias) / ey)
                b = fdiv128(fdiv128(C - bias[k], ey[k]) - 1, 2)
                if b < hi:
                    hi = b
        # Rows lie strictly between the vertices' ys, so each bound is near the
        # int range; a row can still be empty within the clip.
        if lo > hi:
            continue
        row = &dst[0] + py * w
        for px in range(<i64>lo, <i64>hi + 1):
            row[px] = color


# ---------------------------------------------------------------- images

def draw_rgb(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
             const int[::1] src, int offset, int scanlength, int x, int y, int rw, int rh,
             bint process_alpha):
    """MIDP drawRGB: pixel (px, py) of the rw x rh region at (x, y) comes from
    src[offset + (px - x) + (py - y) * scanlength]; indices outside src are
    skipped.  process_alpha: blend (source-over, see blend); else opaque copy."""
    cdef Clip c
    if rw <= 0 or rh <= 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    cdef i64 n = src.shape[0]
    cdef i64 x0 = imax(c.x1, x), x1 = imin(c.x2, <i64>x + rw)
    cdef i64 y0 = imax(c.y1, y), y1 = imin(c.y2, <i64>y + rh)
    cdef i64 px, py, a, b, k
    cdef i128 base
    cdef int s
    cdef int* row
    if n == 0:
        return
    cdef const int* sp = &src[0]
    for py in range(y0, y1):
        # src index of px is base + px; base may pass 2^63 for rows that
        # read nothing, hence 128 bits until the row is known to be valid.
        base = <i128>offset + <i128>(py - y) * scanlength - x
        if base + x0 >= n or base + x1 <= 0:
            continue
        k = <i64>base
        a = imax(x0, -k)
        b = imin(x1, n - k)
        row = &dst[0] + py * w
        if process_alpha:
            for px in range(a, b):
                s = sp[k + px]
                if (s >> 24) & 0xFF == 0xFF:
                    row[px] = s
                elif s >> 24:
                    row[px] = blend(row[px], s)
        else:
            for px in range(a, b):
                row[px] = sp[k + px] | OPAQUE


def draw_region(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
                const int[::1] src, int sw, int sh, int x_src, int y_src, int rw, int rh,
                int transform, int x_dest, int y_dest, bint src_alpha):
    """Copies the rw x rh region of the sw x sh image src at (x_src, y_src),
    transformed, with the transformed box's top-left at (x_dest, y_dest).

    transform is a Sprite constant (0..7): bit 2 swaps the axes (the box is
    rh x rw), then, writing (a, b) for the destination offset (dx, dy), or
    (dy, dx) when swapped, the source offset is sx = a, or rw-1-a with bit 1,
    and sy = b, or rh-1-b with bit 0.  That is: TRANS_MIRROR (2) reflects
    about the vertical axis, TRANS_ROT90 (5) turns clockwise, and
    TRANS_MIRROR_ROTn reflects first, then turns.  Region pixels outside src
    are not drawn.  src_alpha: blend by the source alpha; else opaque copy."""
    cdef Clip c
    if sw < 0 or sh < 0 or <i64>sw * sh > src.shape[0]:
        raise ValueError(f'image of {src.shape[0]} pixels is not {sw} x {sh}')
    if transform < 0 or transform > 7:
        raise ValueError(f'bad transform {transform}')
    if rw <= 0 or rh <= 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    cdef bint swap = transform & 4, flip_x = transform & 2, flip_y = transform & 1
    # The region's offsets that lie within src: [sx0, sx1) x [sy0, sy1).
    cdef i64 sx0 = imax(0, -<i64>x_src), sx1 = imin(rw, <i64>sw - x_src)
    cdef i64 sy0 = imax(0, -<i64>y_src), sy1 = imin(rh, <i64>sh - y_src)
    if sx0 >= sx1 or sy0 >= sy1:
        return
    # Their image in the destination box: map the offsets along each axis.
    cdef i64 a0 = rw - sx1 if flip_x else sx0, a1 = rw - sx0 if flip_x else sx1
    cdef i64 b0 = rh - sy1 if flip_y else sy0, b1 = rh - sy0 if flip_y else sy1
    if swap:
        a0, a1, b0, b1 = b0, b1, a0, a1
    cdef i64 px0 = imax(c.x1, x_dest + a0), px1 = imin(c.x2, x_dest + a1)
    cdef i64 py0 = imax(c.y1, y_dest + b0), py1 = imin(c.y2, y_dest + b1)
    if px0 >= px1 or py0 >= py1:
        return
    # The source index is linear in (dx, dy): at the box's origin, then steps.
    # (128 bits: the origin itself may lie far outside src.)
    cdef i64 step_a = -1 if flip_x else 1
    cdef i64 step_b = -<i64>sw if flip_y else sw
    cdef i128 origin = ((<i128>y_src + (rh - 1 if flip_y else 0)) * sw
                        + x_src + (rw - 1 if flip_x else 0))
    cdef i64 step_dx = step_b if swap else step_a
    cdef i64 step_dy = step_a if swap else step_b
    cdef i64 px, py, i
    cdef int s
    cdef int* row
    cdef const int* sp = &src[0]
    for py in range(py0, py1):
        row = &dst[0] + py * w
        i = <i64>(origin + <i128>(py - y_dest) * step_dy + <i128>(px0 - x_dest) * step_dx)
        if src_alpha:
            for px in range(px0, px1):
                s = sp[i]
                if (s >> 24) & 0xFF == 0xFF:
                    row[px] = s
                elif s >> 24:
                    row[px] = blend(row[px], s)
                i += step_dx
        else:
            for px in range(px0, px1):
                row[px] = sp[i] | OPAQUE
                i += step_dx


def copy_area(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
              int x_src, int y_src, int rw, int rh, int x_dest, int y_dest):
    """Copies the rw x rh area at (x_src, y_src) to (x_dest, y_dest) in the same
    buffer, as if through a temporary.  Only the part of the source inside
    the buffer is copied, and only into the clip."""
    cdef Clip c
    if rw <= 0 or rh <= 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    cdef i64 dx = <i64>x_dest - x_src, dy = <i64>y_dest - y_src
    cdef i64 x0 = imax(imax(x_src, 0) + dx, c.x1), x1 = imin(imin(<i64>x_src + rw, w) + dx, c.x2)
    cdef i64 y0 = imax(imax(y_src, 0) + dy, c.y1), y1 = imin(imin(<i64>y_src + rh, h) + dy, c.y2)
    cdef i64 py, k
    cdef int* p = &dst[0]
    if x0 >= x1 or y0 >= y1:
        return
    # Moving down, copy the bottom row first so no source row is overwritten
    # before it is read; memmove handles the overlap within a row.
    for k in range(y1 - y0):
        py = y0 + k if dy <= 0 else y1 - 1 - k
        memmove(p + py * w + x0, p + (py - dy) * w + x0 - dx, (x1 - x0) * sizeof(int))


def draw_mask(int[::1] dst, int w, int h, int cx1, int cy1, int cx2, int cy2,
              const unsigned char[::1] mask, int mw, int mh, int x, int y, int rgb):
    """Sets the pixels (x + i, y + j) where mask[j * mw + i] != 0 (text glyphs)."""
    cdef Clip c
    if mw < 0 or mh < 0 or <i64>mw * mh > mask.shape[0]:
        raise ValueError(f'mask of {mask.shape[0]} bytes is not {mw} x {mh}')
    if mw == 0 or mh == 0 or not _setup(dst, w, h, cx1, cy1, cx2, cy2, &c):
        return
    cdef i64 x0 = imax(c.x1, x), x1 = imin(c.x2, <i64>x + mw)
    cdef i64 y0 = imax(c.y1, y), y1 = imin(c.y2, <i64>y + mh)
    cdef i64 px, py
    cdef int color = rgb | OPAQUE
    cdef int* row
    cdef const unsigned char* m
    for py in range(y0, y1):
        row = &dst[0] + py * w
        m = &mask[0] + (py - y) * mw + (x0 - x)      # the mask byte of x0
        for px in range(x0, x1):
            if m[px - x0]:
                row[px] = color


def blend_pixel(int dst_pixel, int src_argb):
    """blend() for Python callers: source-over onto an opaque pixel."""
    return blend(dst_pixel, src_argb)
