"""Kava's bitmap font: metrics, derived styles, coverage and the glyph-source parser."""

import os

import pytest

from packages.graphics import font as F
from packages.graphics.font import (FACE_MONOSPACE, FACE_PROPORTIONAL, FACE_SYSTEM, SIZE_LARGE,
                                    SIZE_MEDIUM, SIZE_SMALL, STYLE_BOLD, STYLE_ITALIC,
                                    STYLE_PLAIN, STYLE_UNDERLINED, FontSourceError, get_font)

FACES = (FACE_SYSTEM, FACE_MONOSPACE, FACE_PROPORTIONAL)
SIZES = (SIZE_SMALL, SIZE_MEDIUM, SIZE_LARGE)
STYLES = range(8)
ALL_FONTS = [(f, st, sz) for f in FACES for st in STYLES for sz in SIZES]
COVERED = [c for c in range(32, 127)] + [c for c in range(160, 256)]
SAMPLES = ["", " ", "A", "Hello, World!", "gjpqy", "MIDP 2.0 @ 100%", "Ærøskøbing — ÿ",
           "naïve café ½ × ¾", "\u4e2d\x00\n\U0001F600", "".join(map(chr, COVERED))]


def rows(mask, width, height):
    return [mask[r * width:(r + 1) * width] for r in range(height)]


def art(font, text):
    return F.show(font, text).split("\n")


# ---------------------------------------------------------------- interface and metrics

def test_get_font_is_cached():
    assert get_font(FACE_SYSTEM, STYLE_BOLD, SIZE_LARGE) is get_font(0, 1, 16)


@pytest.mark.parametrize("face, style, size", [(1, 0, 0), (0, 8, 0), (0, -1, 0), (0, 0, 4),
                                               (0, "1", 0), (None, 0, 0), (0, 0, 24)])
def test_unknown_constants_raise_value_error(face, style, size):
    with pytest.raises(ValueError):
        get_font(face, style, size)


def test_metrics_per_size():
    metrics = [(get_font(0, 0, sz).height, get_font(0, 0, sz).baseline) for sz in SIZES]
    assert metrics == [(9, 7), (12, 9), (16, 12)]
    for face, style, size in ALL_FONTS:
        f = get_font(face, style, size)
        assert (f.height, f.baseline) == metrics[SIZES.index(size)]
        assert 0 < f.baseline < f.height - 1          # room for the underline row


@pytest.mark.parametrize("face, style, size", ALL_FONTS)
def test_render_width_is_string_width(face, style, size):
    f = get_font(face, style, size)
    for s in SAMPLES:
        mask, width, height = f.render(s)
        assert width == f.string_width(s) == sum(f.char_width(ord(c)) for c in s)
        assert height == f.height and len(mask) == width * height
        assert set(mask) <= {0, 1}


@pytest.mark.parametrize("face, style, size", ALL_FONTS)
def test_render_is_glyphs_side_by_side(face, style, size):
    f = get_font(face, style, size)
    a, b = "Wij", "ý_q!"
    mask, width, height = f.render(a + b)
    ma, wa, _ = f.render(a)
    mb, wb, _ = f.render(b)
    assert width == wa + wb
    assert rows(mask, width, height) == [ra + rb for ra, rb in
                                         zip(rows(ma, wa, height), rows(mb, wb, height))]
    for ch in a + b:
        g_mask, g_width, g_height = f.glyph(ord(ch))
        assert (g_mask, g_width, g_height) == f.render(ch)
        assert g_width == f.char_width(ord(ch))


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("size", SIZES)
def test_monospace_advances_are_all_equal(size, style):
    f = get_font(FACE_MONOSPACE, style, size)
    widths = {f.char_width(c) for c in COVERED + [0, 0x4E2D, 0xFFFD]}
    cell = F.load_design(size).max_advance + (1 if style & STYLE_BOLD else 0)
    assert widths == {cell}


@pytest.mark.parametrize("size", SIZES)
def test_monospace_centres_the_proportional_glyph(size):
    mono, prop = get_font(FACE_MONOSPACE, 0, size), get_font(FACE_PROPORTIONAL, 0, size)
    for ch in "iW.m":
        m_mask, m_w, h = mono.glyph(ord(ch))
        p_mask, p_w, _ = prop.glyph(ord(ch))
        left = (m_w - p_w) // 2
        assert [r[left:left + p_w] for r in rows(m_mask, m_w, h)] == rows(p_mask, p_w, h)
        assert sum(m_mask) == sum(p_mask)


def test_system_and_proportional_faces_draw_alike():
    for size in SIZES:
        for ch in "Kava 1.0":
            assert get_font(FACE_SYSTEM, 0, size).glyph(ord(ch)) == \
                get_font(FACE_PROPORTIONAL, 0, size).glyph(ord(ch))


# ---------------------------------------------------------------- coverage

@pytest.mark.parametrize("size", SIZES)
def test_every_covered_character_has_ink(size):
    f = get_font(FACE_PROPORTIONAL, STYLE_PLAIN, size)
    for code in COVERED:
        mask, width, _ = f.glyph(code)
        assert f.covers(code), hex(code)
        assert width >= 2, hex(code)
        if code in (0x20, 0xA0):
            assert not any(mask), "space draws nothing"
        else:
            assert any(mask), f"U+{code:04X} is blank"
            assert not any(mask[width - 1::width]) or chr(code) in "_¯", \
                f"U+{code:04X} has no blank right column"


@pytest.mark.parametrize("size", SIZES)
def test_unknown_characters_draw_the_replacement_box(size):
    f = get_font(FACE_SYSTEM, STYLE_PLAIN, size)
    box = f.glyph(0xFFFD)
    for code in (0x00, 0x0A, 0x7F, 0x9F, 0x4E2D, 0xD800, 0xFFFF, 0x1F600):
        assert not f.covers(code)
        assert f.glyph(code) == box
        assert f.char_width(code) == box[1]
    mask, width, height = box
    inked = [r for r in rows(mask, width, height) if any(r)]
    assert inked[0] == inked[-1] == b"\1" * (width - 1) + b"\0"     # closed top and bottom
    assert all(r[0] == r[width - 2] == 1 for r in inked)           # closed sides


@pytest.mark.parametrize("size", SIZES)
def test_capitals_sit_on_the_baseline_and_descenders_go_below(size):
    f = get_font(FACE_SYSTEM, STYLE_PLAIN, size)

    def inked_rows(ch):
        mask, width, height = f.glyph(ord(ch))
        return [r for r, row in enumerate(rows(mask, width, height)) if any(row)]

    cap = inked_rows("H")
    assert cap[-1] == f.baseline - 1
    for ch in "ABCDEFGHIKLMNOPRSTUVWXYZ":
        assert inked_rows(ch) == cap, ch
    for ch in "gjpqy":
        assert inked_rows(ch)[-1] >= f.baseline + 1, ch
    assert inked_rows("x")[0] == f.baseline - F.load_design(size).xheight


def test_accented_letters_are_base_plus_mark():
    f = get_font(FACE_SYSTEM, STYLE_PLAIN, SIZE_MEDIUM)
    for accented, base, above in [("É", "E", True), ("ü", "u", True), ("ñ", "n", True),
                                  ("Ç", "C", False), ("ÿ", "y", True)]:
        a_mask, a_w, h = f.glyph(ord(accented))
        b_mask, b_w, _ = f.glyph(ord(base))
        assert a_w == b_w
        extra = [r for r in range(h) if rows(a_mask, a_w, h)[r] != rows(b_mask, b_w, h)[r]]
        assert extra, accented
        b_rows = [r for r in range(h) if any(rows(b_mask, b_w, h)[r])]
        assert all(r < b_rows[0] for r in extra) if above else all(r > b_rows[-1] for r in extra)


def test_a_drawn_glyph_wins_over_composition():
    source = open(os.path.join(F.FONT_DIR, "small.txt"), encoding="utf-8").read()
    drawn = F.parse_design(source, "small.txt")
    assert ord("Å") in drawn.glyphs and ord("À") not in drawn.glyphs
    assert F.load_design(SIZE_SMALL).glyphs[ord("Å")] == drawn.glyphs[ord("Å")]


# ---------------------------------------------------------------- derived styles

def test_styles_on_a_known_glyph():
    small = {st: get_font(FACE_SYSTEM, st, SIZE_SMALL) for st in STYLES}
    assert art(small[STYLE_PLAIN], "L") == [
        "....", "....", "#...", "#...", "#...", "#...", "###.", "....", "...."]
    assert art(small[STYLE_BOLD], "L") == [                       # OR with itself 1 px right
        ".....", ".....", "##...", "##...", "##...", "##...", "####.", ".....", "....."]
    assert art(small[STYLE_ITALIC], "L") == [                     # rows above 7 - 2 move right
        "....", "....", ".#..", ".#..", ".#..", "#...", "###.", "....", "...."]
    assert art(small[STYLE_UNDERLINED], "L") == [                 # row baseline + 1
        "....", "....", "#...", "#...", "#...", "#...", "###.", "....", "####"]
    assert art(small[STYLE_BOLD | STYLE_ITALIC | STYLE_UNDERLINED], "L") == [
        ".....", ".....", ".##..", ".##..", ".##..", "##...", "####.", ".....", "#####"]


def bolder(row):
    """The documented bold rule, pixel by pixel: grow right unless into a 1-px gap."""
    at = lambda x: 0 <= x < len(row) and row[x] != 0
    return bytes(1 if at(x) or (at(x - 1) and not at(x + 1)) else 0 for x in range(len(row) + 1))


def test_bold_keeps_small_counters_open():
    assert bolder(b"\1\0\1") == b"\1\0\1\1"
    assert bolder(b"\1\0\0\1") == b"\1\1\0\1\1"
    small_bold = get_font(FACE_SYSTEM, STYLE_BOLD, SIZE_SMALL)
    for ch in "4680aeo":
        mask, w, h = small_bold.glyph(ord(ch))
        plain_mask, pw, _ = get_font(FACE_SYSTEM, STYLE_PLAIN, SIZE_SMALL).glyph(ord(ch))
        # every blank pixel enclosed left and right within a plain row stays blank
        for r in range(h):
            prow = plain_mask[r * pw:(r + 1) * pw]
            brow = mask[r * w:(r + 1) * w]
            for x in range(1, pw - 1):
                if not prow[x] and prow[x - 1] and prow[x + 1]:
                    assert not brow[x], (ch, r, x)


@pytest.mark.parametrize("size", SIZES)
def test_styles_follow_the_documented_rules_for_every_glyph(size):
    plain = get_font(FACE_PROPORTIONAL, STYLE_PLAIN, size)
    bold = get_font(FACE_PROPORTIONAL, STYLE_BOLD, size)
    italic = get_font(FACE_PROPORTIONAL, STYLE_ITALIC, size)
    under = get_font(FACE_PROPORTIONAL, STYLE_UNDERLINED, size)
    design = F.load_design(size)
    split = design.baseline - (design.xheight + 1) // 2
    h = plain.height
    for code in COVERED + [0xFFFD]:
        p_mask, w, _ = plain.glyph(code)
        p_rows = rows(p_mask, w, h)
        b_mask, b_w, _ = bold.glyph(code)
        assert b_w == w + 1
        assert rows(b_mask, b_w, h) == [bolder(r) for r in p_rows]
        i_mask, i_w, _ = italic.glyph(code)
        assert i_w == w
        assert rows(i_mask, w, h) == [b"\0" + r[:-1] if n < split else r
                                      for n, r in enumerate(p_rows)]
        u_mask, u_w, _ = under.glyph(code)
        expected = list(p_rows)
        expected[plain.baseline + 1] = b"\1" * w
        assert u_w == w and rows(u_mask, w, h) == expected


def test_underline_runs_unbroken_across_a_string():
    f = get_font(FACE_SYSTEM, STYLE_UNDERLINED | STYLE_BOLD, SIZE_LARGE)
    mask, width, height = f.render("a b")
    assert rows(mask, width, height)[f.baseline + 1] == b"\1" * width


# ---------------------------------------------------------------- bundled sources

@pytest.mark.parametrize("size", SIZES)
def test_bundled_source_names_its_size(size):
    assert F.load_design(size).name == F.SIZE_NAMES[size]


def test_compose_table_only_names_marks_every_size_draws():
    entries = F.parse_compose(open(os.path.join(F.FONT_DIR, "compose.txt"),
                                   encoding="utf-8").read())
    assert {chr(code) for _, code, _, _ in entries} >= set("ÀÉÎÕÜÇàéîõüçÿÑñÅå")
    for size in SIZES:
        design = F.load_design(size)
        assert {mark for _, _, _, mark in entries} <= set(design.marks)


# ---------------------------------------------------------------- parser errors

HEADER = "size tiny\nheight 4\nbaseline 2\nxheight 1\n"
BOX = "glyph U+FFFD advance 3\n##.\n##.\n...\n...\n"
GOOD = HEADER + BOX + "; the letter i\nglyph U+0069 i advance 2\n#.\n#.\n..\n..\n"


def parse(text):
    return F.parse_design(text, "test.txt")


def test_minimal_source_parses():
    design = parse(GOOD + "mark dot above\n#\n\nmark hook below\n.#\n#.\n")
    assert (design.name, design.height, design.baseline, design.xheight) == ("tiny", 4, 2, 1)
    assert design.glyphs[0x69] == (bytes([1, 0, 1, 0, 0, 0, 0, 0]), 2)
    assert design.marks["hook"].rows == [".#", "#."] and design.marks["hook"].below


@pytest.mark.parametrize("text, line, words", [
    (HEADER + BOX + "glyph U+0041 A advance 2\n#.\n#\n..\n..\n", 12, "1 wide"),
    (HEADER + BOX + "glyph U+0041 A advance 2\n#.\n#x\n..\n..\n", 12, "'#x'"),
    (HEADER + BOX + "glyph U+0041 A advance 2\n#.\n#.\n..\nglyph U+0042 advance 2\n", 14,
     "row 4 of 4"),
    (HEADER + BOX + "glyph U+0041 A advance 2\n#.\n", 12, "end of file"),
    (HEADER + BOX + "glyph U+0041 B advance 2\n#.\n#.\n..\n..\n", 10, "'B' is not U+0041"),
    (GOOD + "glyph U+0069 advance 2\n#.\n#.\n..\n..\n", 16, "drawn twice"),
    (HEADER + BOX + "glyph A advance 2\n", 10, "expected 'glyph U+XXXX"),
    (HEADER + BOX + "glyph U+0041 advance 0\n", 10, "at least 1"),
    (HEADER + BOX + "height 5\n", 10, "before the first glyph"),
    ("size tiny\nheight 4\n" + BOX, 3, "missing baseline, xheight"),
    ("size tiny\nheight four\n", 2, "'height <number>'"),
    (GOOD + "kerning A V -1\n", 16, "unknown line"),
    (GOOD + "mark dot\n#\n", 16, "'mark <name> above|below'"),
    (GOOD + "mark dot above\n\n", 17, "has no rows"),
    (GOOD + "mark dot above\n#.\n#\n", 18, "row is 1 wide, its first row 2"),
])
def test_malformed_source_names_the_line(text, line, words):
    with pytest.raises(FontSourceError) as error:
        parse(text)
    assert f"test.txt, line {line}:" in str(error.value)
    assert words in str(error.value)


@pytest.mark.parametrize("text, words", [
    ("; nothing here\n", "missing size, height, baseline, xheight"),
    ("size tiny\nheight 4\n", "missing baseline, xheight"),
    (HEADER + "glyph U+0041 advance 1\n#\n.\n.\n.\n", r"no replacement glyph U\+FFFD"),
    (HEADER.replace("baseline 2", "baseline 3") + BOX, "no row for the underline"),
    (HEADER.replace("xheight 1", "xheight 3") + BOX, "xheight 3"),
])
def test_malformed_source_as_a_whole(text, words):
    with pytest.raises(FontSourceError, match=words):
        parse(text)


def test_compose_errors_name_the_line():
    with pytest.raises(FontSourceError, match=r"compose.txt, line 2: expected"):
        F.parse_compose("; c\nÀ A\n", "compose.txt")
    design = parse(GOOD + "mark dot above\n#\n")
    with pytest.raises(FontSourceError, match=r"compose.txt, line 1: size tiny has no mark 'ring'"):
        F.compose(design, F.parse_compose("í i ring\n"), "compose.txt")
    with pytest.raises(FontSourceError, match=r"line 2: size tiny has no base U\+0041"):
        F.compose(design, F.parse_compose("í i dot\nÀ A dot\n"), "compose.txt")


def test_compose_centres_a_mark_and_keeps_a_blank_column():
    design = parse(HEADER.replace("height 4", "height 5").replace("baseline 2", "baseline 3")
                   + "glyph U+FFFD advance 2\n#.\n#.\n#.\n#.\n#.\n"
                   + "glyph U+006F o advance 4\n....\n....\n###.\n....\n....\n"
                   + "glyph U+0131 advance 2\n..\n..\n#.\n..\n..\n"
                   + "mark bar above\n###\n\nmark tick below\n#\n")
    F.compose(design, F.parse_compose("ō o bar\nì ı bar\nǫ o tick\n"))
    assert design.glyphs[ord("ō")] == (bytes([1, 1, 1, 0] + [0] * 4 + [1, 1, 1, 0] + [0] * 8), 4)
    # a mark wider than its base moves the base right instead of hanging off the left
    assert design.glyphs[ord("ì")] == (bytes([1, 1, 1, 0] + [0] * 4 + [0, 1, 0, 0] + [0] * 8), 4)
    assert design.glyphs[ord("ǫ")][0][12:16] == bytes([0, 1, 0, 0])


def test_text_is_cut_to_the_clip_before_rendering():
    """Graphics.drawString renders only the characters whose advances meet the clip
    (packages/graphics/natives.visible_part): the same pixels, bounded work."""
    from packages.graphics.natives import visible_part
    f = get_font(FACE_SYSTEM, STYLE_PLAIN, SIZE_MEDIUM)
    text = "Hello, clipped world " * 4000
    part, x = visible_part(f, text, -10000, 0, 100)
    assert x <= 0 < x + f.char_width(ord(part[0]))
    assert x + f.string_width(part) >= 100 > x + f.string_width(part[:-1])
    k = 0
    while -10000 + f.string_width(text[:k + 1]) <= 0:
        k += 1
    assert x == -10000 + f.string_width(text[:k]) and text[k:k + len(part)] == part
    assert visible_part(f, "abc", 500, 0, 100) == ("", 500)
