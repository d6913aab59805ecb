"""Kava's own bitmap font, the one every lcdui Font draws with.

The glyphs are drawn by hand in ``fonts/<size>.txt`` (one design per MIDP size) and accented
letters are composed from a base letter and an accent mark (``fonts/compose.txt``); the
format is described in ``docs/font.md``. A size's source is parsed the first time a font of
that size is asked for and kept (importing this module reads nothing).

Styles are derived from the plain design, always in this order:

* MONOSPACE face: each glyph is centred (extra column on the right when odd) in a cell as wide
  as the widest advance of the size;
* BOLD: every stroke grows 1 px to the right, except into a one-pixel gap before another
  stroke (so the counters of small glyphs such as 4, 6, 8 and o stay open); the advance
  grows by 1;
* ITALIC: every row above ``baseline - ceil(xheight / 2)`` moves 1 px right; the advance is
  unchanged and a pixel pushed past it is dropped (glyphs keep a blank right column, so only
  glyphs that fill their whole advance, such as ``_``, lose one);
* UNDERLINED: row ``baseline + 1`` is set across the whole advance.

Metrics are exact: a glyph's mask is as wide as its advance, and ``render(s)`` is the glyphs
side by side, so drawing "AB" equals drawing "A" at x and "B" at x + char_width('A').
Rows are counted from the top of the line; the baseline is the line between row
``baseline - 1`` (bottom of a capital) and row ``baseline`` (first descender row).
"""

import functools
import os
import re

FACE_SYSTEM, FACE_MONOSPACE, FACE_PROPORTIONAL = 0, 32, 64
STYLE_PLAIN, STYLE_BOLD, STYLE_ITALIC, STYLE_UNDERLINED = 0, 1, 2, 4
SIZE_MEDIUM, SIZE_SMALL, SIZE_LARGE = 0, 8, 16

REPLACEMENT = 0xFFFD   # drawn for every character a design does not cover
FONT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fonts")
SIZE_NAMES = {SIZE_SMALL: "small", SIZE_MEDIUM: "medium", SIZE_LARGE: "large"}
_FACES = (FACE_SYSTEM, FACE_MONOSPACE, FACE_PROPORTIONAL)
_HEADER_KEYS = ("height", "baseline", "xheight")
_GLYPH_LINE = re.compile(r"glyph U\+([0-9A-F]{4,6})(?: (\S))? advance (\d+)")
_MARK_LINE = re.compile(r"mark ([a-z]+) (above|below)")
_ROW = re.compile(r"[.#]+")


class FontSourceError(ValueError):
    """A glyph source file is malformed; the message names the file and line."""


class Mark:
    """An accent drawn on a base letter: above it (1 row clear) or below it (touching)."""

    def __init__(self, rows, below):
        self.rows, self.below = rows, below


class Design:
    """One size's parsed glyphs: code -> (mask, advance), masks ``height`` rows tall."""

    def __init__(self, name, height, baseline, xheight, glyphs, marks):
        self.name, self.height, self.baseline, self.xheight = name, height, baseline, xheight
        self.glyphs, self.marks = glyphs, marks

    @functools.cached_property
    def max_advance(self):
        return max(width for _, width in self.glyphs.values())


# ---------------------------------------------------------------- parsing

def parse_design(text, source="<font>"):
    """Parse one size file (see docs/font.md) into a Design without composed letters."""
    lines = text.splitlines()
    header, glyphs, marks = {}, {}, {}
    index = 0

    def fail(lineno, message):
        raise FontSourceError(f"{source}, line {lineno}: {message}")

    def take_rows(start, count, width, what):
        rows = []
        for lineno in range(start + 1, start + count + 1):
            row = lines[lineno - 1].strip() if lineno <= len(lines) else None
            if row is None or not _ROW.fullmatch(row):
                fail(lineno, f"{what}: expected row {len(rows) + 1} of {count} "
                             f"made of '#' and '.', found {row if row is not None else 'end of file'!r}")
            if len(row) != width:
                fail(lineno, f"{what}: row is {len(row)} wide, the advance is {width}")
            rows.append(row)
        return rows

    while index < len(lines):
        lineno, line = index + 1, lines[index].strip()
        index += 1
        if not line or line.startswith(";"):
            continue
        word = line.split()[0]
        if word in _HEADER_KEYS or word == "size":
            parts = line.split()
            if len(parts) != 2 or (word != "size" and not parts[1].isdigit()):
                fail(lineno, f"expected '{word} <{'name' if word == 'size' else 'number'}>'")
            if glyphs or marks:
                fail(lineno, f"'{word}' must come before the first glyph")
            header[word] = parts[1] if word == "size" else int(parts[1])
        elif word == "glyph":
            missing = [key for key in ("size",) + _HEADER_KEYS if key not in header]
            if missing:
                fail(lineno, f"header incomplete before the first glyph: missing {', '.join(missing)}")
            match = _GLYPH_LINE.fullmatch(line)
            if not match:
                fail(lineno, "expected 'glyph U+XXXX [char] advance N'")
            code, char, width = int(match[1], 16), match[2], int(match[3])
            if char is not None and ord(char) != code:
                fail(lineno, f"character {char!r} is not U+{code:04X}")
            if code in glyphs:
                fail(lineno, f"U+{code:04X} is drawn twice")
            if width < 1:
                fail(lineno, "advance must be at least 1")
            rows = take_rows(lineno, header["height"], width, f"U+{code:04X}")
            glyphs[code] = (_mask(rows), width)
            index += header["height"]
        elif word == "mark":
            match = _MARK_LINE.fullmatch(line)
            if not match:
                fail(lineno, "expected 'mark <name> above|below'")
            if match[1] in marks:
                fail(lineno, f"mark {match[1]!r} is drawn twice")
            rows = []
            while index < len(lines) and _ROW.fullmatch(lines[index].strip()):
                rows.append(lines[index].strip())
                index += 1
            if not rows:
                fail(lineno + 1, f"mark {match[1]!r} has no rows")
            for offset, row in enumerate(rows):
                if len(row) != len(rows[0]):
                    fail(lineno + 1 + offset, f"mark {match[1]!r}: row is {len(row)} wide, "
                                              f"its first row {len(rows[0])}")
            marks[match[1]] = Mark(rows, match[2] == "below")
        else:
            fail(lineno, f"unknown line {line[:40]!r} (expected size, height, baseline, "
                         f"xheight, glyph or mark)")

    missing = [key for key in ("size",) + _HEADER_KEYS if key not in header]
    if missing:
        raise FontSourceError(f"{source}: header incomplete: missing {', '.join(missing)}")
    height, baseline, xheight = header["height"], header["baseline"], header["xheight"]
    if not 0 < baseline < height - 1:
        raise FontSourceError(f"{source}: baseline {baseline} leaves no row for the underline "
                              f"(needs 0 < baseline < height - 1 = {height - 1})")
    if not 0 < xheight <= baseline:
        raise FontSourceError(f"{source}: xheight {xheight} must be between 1 and the baseline")
    if REPLACEMENT not in glyphs:
        raise FontSourceError(f"{source}: no replacement glyph U+FFFD")
    return Design(header["size"], height, baseline, xheight, glyphs, marks)


def parse_compose(text, source="<compose>"):
    """Parse ``composed base mark`` lines (characters written as themselves)."""
    entries = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        parts = line.split()
        if len(parts) != 3 or len(parts[0]) != 1 or len(parts[1]) != 1:
            raise FontSourceError(f"{source}, line {lineno}: expected '<letter> <base letter> <mark>'")
        entries.append((lineno, ord(parts[0]), ord(parts[1]), parts[2]))
    return entries


def compose(design, entries, source="<compose>"):
    """Add every composed letter the design does not draw itself."""
    for lineno, code, base, mark_name in entries:
        if code in design.glyphs:
            continue
        if base not in design.glyphs or mark_name not in design.marks:
            missing = f"base U+{base:04X}" if base not in design.glyphs else f"mark {mark_name!r}"
            raise FontSourceError(f"{source}, line {lineno}: size {design.name} has no {missing}")
        design.glyphs[code] = _attach(design, design.glyphs[base], design.marks[mark_name])


def _attach(design, glyph, mark):
    """Place a mark centred on the base's ink: above with one clear row (moved down to row 0
    when there is no room, then touching), or below touching the base's bottom. The glyph
    keeps a blank right column."""
    mask, width = glyph
    height = design.height
    inked_rows = [r for r in range(height) if any(mask[r * width:(r + 1) * width])]
    inked_cols = [c for c in range(width) if any(mask[c::width])]
    mark_w, mark_h = len(mark.rows[0]), len(mark.rows)
    if mark.below:
        top = min(inked_rows[-1] + 1, height - mark_h)
    else:
        top = max(inked_rows[0] - 1 - mark_h, 0)
    ink_w = inked_cols[-1] - inked_cols[0] + 1
    left = inked_cols[0] + (ink_w - mark_w + 1) // 2
    shift = max(-left, 0)            # a mark wider than a narrow base widens the glyph
    left += shift
    new_w = max(width + shift, left + mark_w + 1)
    out = bytearray(new_w * height)
    for r in range(height):
        out[r * new_w + shift:r * new_w + shift + width] = mask[r * width:(r + 1) * width]
    for r, row in enumerate(mark.rows):
        for c, pixel in enumerate(row):
            if pixel == "#":
                out[(top + r) * new_w + left + c] = 1
    return bytes(out), new_w


def _mask(rows):
    return bytes(pixel == "#" for row in rows for pixel in row)


@functools.cache
def load_design(size):
    """The composed design for a MIDP size constant (parsed once)."""
    name = f"{SIZE_NAMES[size]}.txt"
    design = parse_design(_read(name), name)
    compose(design, parse_compose(_read("compose.txt"), "compose.txt"), "compose.txt")
    return design


def _read(name):
    with open(os.path.join(FONT_DIR, name), encoding="utf-8") as source:
        return source.read()


# ---------------------------------------------------------------- styles

def _rows(mask, width, height):
    return [mask[r * width:(r + 1) * width] for r in range(height)]


def centre(mask, width, height, cell):
    left = (cell - width) // 2
    pad_l, pad_r = bytes(left), bytes(cell - width - left)
    return b"".join(pad_l + row + pad_r for row in _rows(mask, width, height)), cell


def embolden(mask, width, height):
    return b"".join(bold_row(row) for row in _rows(mask, width, height)), width + 1


def bold_row(row):
    """Pixel x is set if it was, or if x-1 was and x+1 was not (x is not a 1-px gap)."""
    padded = b"\0" + row + b"\0\0"          # padded[x + 1] is row[x]
    return bytes(1 if padded[x + 1] or (padded[x] and not padded[x + 2]) else 0
                 for x in range(len(row) + 1))


def slant(mask, width, height, split):
    rows = _rows(mask, width, height)
    return b"".join(b"\0" + row[:-1] if r < split else row for r, row in enumerate(rows))


def underline(mask, width, height, row):
    rows = _rows(mask, width, height)
    rows[row] = b"\1" * width
    return b"".join(rows)


# ---------------------------------------------------------------- fonts

class KavaFont:
    """One face/style/size: metrics and 0/1 pixel masks (see the module docstring)."""

    def __init__(self, face, style, size):
        self.face, self.style, self.size = face, style, size
        self._design = load_design(size)
        self.height = self._design.height
        self.baseline = self._design.baseline
        self._cache = {}

    def __repr__(self):
        return f"KavaFont(face={self.face}, style={self.style}, size={self.size})"

    def covers(self, code):
        return code in self._design.glyphs

    def _styled(self, code):
        found = self._cache.get(code)
        if found is None:
            design, height = self._design, self.height
            mask, width = design.glyphs.get(code) or design.glyphs[REPLACEMENT]
            if self.face == FACE_MONOSPACE:
                mask, width = centre(mask, width, height, design.max_advance)
            if self.style & STYLE_BOLD:
                mask, width = embolden(mask, width, height)
            if self.style & STYLE_ITALIC:
                mask = slant(mask, width, height, design.baseline - (design.xheight + 1) // 2)
            if self.style & STYLE_UNDERLINED:
                mask = underline(mask, width, height, design.baseline + 1)
            found = self._cache[code] = (mask, width)
        return found

    def char_width(self, code):
        return self._styled(code)[1]

    def string_width(self, s):
        return sum(self._styled(ord(ch))[1] for ch in s)

    def glyph(self, code):
        mask, width = self._styled(code)
        return mask, width, self.height

    def render(self, s):
        glyphs = [self._styled(ord(ch)) for ch in s]
        width = sum(w for _, w in glyphs)
        rows = (b"".join(mask[r * w:(r + 1) * w] for mask, w in glyphs) for r in range(self.height))
        return b"".join(rows), width, self.height


def get_font(face, style, size):
    """The (cached) font for MIDP face/style/size constants; ValueError for anything else."""
    if face not in _FACES or size not in SIZE_NAMES or not (
            isinstance(style, int) and 0 <= style <= 7):
        raise ValueError(f"no font for face={face!r}, style={style!r}, size={size!r}")
    return _get_font(face, style, size)


@functools.cache
def _get_font(face, style, size):
    return KavaFont(face, style, size)


def show(font, s):
    """The text as rows of '#' and '.' (for editing glyphs: python -m packages.graphics.font)."""
    mask, width, height = font.render(s)
    return "\n".join("".join(".#"[p] for p in mask[r * width:(r + 1) * width]) for r in range(height))


if __name__ == "__main__":
    import sys
    sizes = {"small": SIZE_SMALL, "medium": SIZE_MEDIUM, "large": SIZE_LARGE}
    if len(sys.argv) < 3 or sys.argv[1] not in sizes:
        sys.exit("usage: python -m packages.graphics.font small|medium|large TEXT [STYLE]")
    print(show(get_font(FACE_PROPORTIONAL, int(sys.argv[3]) if len(sys.argv) > 3 else 0,
                        sizes[sys.argv[1]]), sys.argv[2]))
