"""Tests for packages.graphics.png: the decoder against hand-built PNGs of
every colour type, bit depth, filter and interlace method, against PNGs
written by pygame, and against malformed and hostile input (only PNGError
may escape); the encoder by round trips and by pygame reading its output."""

import io
import os
import random
import struct
import tracemalloc
import zlib
from array import array

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packages.graphics import png
from packages.graphics.png import PNGError, decode, encode
from tests.packages.png_writer import chunk, filter_row, pack_samples

SIG = b"\x89PNG\r\n\x1a\n"
DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
COMBOS = [(color, depth) for color, depths in DEPTHS.items() for depth in depths]
ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4),
         (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


# ------------------------------------------------ a test-only PNG writer
#
# Written the slow, obvious way, independently of the module under test.

def ihdr(width, height, depth=8, color=2, compression=0, filtering=0, interlace=0):
    return chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, color,
                                      compression, filtering, interlace))


def pack_row(pixels, depth):
    """pixels: list of tuples of samples at the native depth."""
    return pack_samples([s for pixel in pixels for s in pixel], depth)


def scanlines(rows, depth, channels, filters):
    """Filter a (sub-)image; filters: an int, or a list cycled per row."""
    bpp = max(1, depth * channels // 8)
    out = bytearray()
    prev = None
    for y, pixels in enumerate(rows):
        packed = pack_row(pixels, depth)
        prev = prev or bytes(len(packed))
        kind = filters if isinstance(filters, int) else filters[y % len(filters)]
        out += filter_row(kind, packed, prev, bpp)
        prev = packed
    return bytes(out)


def image_data(rows, depth, channels, filters=0, interlace=0):
    if not interlace:
        return scanlines(rows, depth, channels, filters)
    height = len(rows)
    out = b""
    for x0, y0, dx, dy in ADAM7:
        sub = [rows[y][x0::dx] for y in range(y0, height, dy)]
        if sub and sub[0]:
            out += scanlines(sub, depth, channels, filters)
    return out


def build_png(rows, color, depth, filters=0, interlace=0, plte=None, trns=None,
              idat_pieces=1, before_idat=b"", after_idat=b"", level=6):
    height, width = len(rows), len(rows[0])
    raw = image_data(rows, depth, CHANNELS[color], filters, interlace)
    compressed = zlib.compress(raw, level)
    step = max(1, -(-len(compressed) // idat_pieces))
    idats = b"".join(chunk(b"IDAT", compressed[i:i + step])
                     for i in range(0, len(compressed), step))
    return (SIG + ihdr(width, height, depth, color, interlace=interlace)
            + (chunk(b"PLTE", plte) if plte is not None else b"")
            + (chunk(b"tRNS", trns) if trns is not None else b"")
            + before_idat + idats + after_idat + chunk(b"IEND"))


def png_with_raw(width, height, raw, depth=8, color=2, plte=None, interlace=0):
    """A PNG whose IDAT holds exactly `raw` (already filtered) bytes."""
    return (SIG + ihdr(width, height, depth, color, interlace=interlace)
            + (chunk(b"PLTE", plte) if plte is not None else b"")
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND"))


# ----------------------------------------------- expected pixel values

def to8(value, depth):
    if depth == 16:
        return value >> 8
    return value * 255 // ((1 << depth) - 1)


def argb(a, r, g, b):
    value = (a << 24) | (r << 16) | (g << 8) | b
    return value - (1 << 32) if value >= 1 << 31 else value


def expected_pixels(rows, color, depth, plte=None, trns=None):
    out = []
    for row in rows:
        for pixel in row:
            if color == 0:
                g = to8(pixel[0], depth)
                opaque = trns is None or struct.unpack(">H", trns)[0] != pixel[0]
                out.append(argb(255 if opaque else 0, g, g, g))
            elif color == 2:
                r, g, b = (to8(s, depth) for s in pixel)
                opaque = trns is None or struct.unpack(">HHH", trns) != pixel
                out.append(argb(255 if opaque else 0, r, g, b))
            elif color == 3:
                i = pixel[0]
                alpha = trns[i] if trns is not None and i < len(trns) else 255
                out.append(argb(alpha, *plte[3 * i:3 * i + 3]))
            elif color == 4:
                g, a = (to8(s, depth) for s in pixel)
                out.append(argb(a, g, g, g))
            else:
                r, g, b, a = (to8(s, depth) for s in pixel)
                out.append(argb(a, r, g, b))
    return out


def random_rows(rng, width, height, color, depth):
    top = (1 << depth) - 1
    return [[tuple(rng.randint(0, top) for _ in range(CHANNELS[color]))
             for _ in range(width)] for _ in range(height)]


def random_palette(rng, entries):
    return bytes(rng.randrange(256) for _ in range(3 * entries))


def check(data, width, height, expected, **kwargs):
    w, h, pixels, has_alpha = decode(data, **kwargs)
    assert (w, h) == (width, height)
    assert isinstance(pixels, array) and pixels.typecode == "i"
    assert list(pixels) == expected
    assert has_alpha == any(((p >> 24) & 255) != 255 for p in expected)
    return pixels


# -------------------------------------------- every colour type and depth

FILTERS = [0, 1, 2, 3, 4, [0, 1, 2, 3, 4]]


@pytest.mark.parametrize("color,depth", COMBOS)
@pytest.mark.parametrize("filters", FILTERS, ids=["none", "sub", "up", "avg", "paeth", "mixed"])
@pytest.mark.parametrize("interlace", [0, 1])
def test_every_type_depth_filter(color, depth, filters, interlace):
    rng = random.Random(hash((color, depth, str(filters), interlace)) & 0xFFFF)
    width, height = 13, 11  # odd sizes: partial bytes and uneven Adam7 passes
    rows = random_rows(rng, width, height, color, depth)
    plte = random_palette(rng, 1 << depth) if color == 3 else None
    data = build_png(rows, color, depth, filters, interlace, plte=plte)
    check(data, width, height, expected_pixels(rows, color, depth, plte))


@pytest.mark.parametrize("color,depth", COMBOS)
@pytest.mark.parametrize("size", [(1, 1), (1, 9), (9, 1), (2, 2), (3, 5), (8, 8), (17, 3)])
def test_adam7_matches_plain(color, depth, size):
    width, height = size
    rng = random.Random(width * 100 + height + color * 7 + depth)
    rows = random_rows(rng, width, height, color, depth)
    plte = random_palette(rng, 1 << depth) if color == 3 else None
    plain = decode(build_png(rows, color, depth, 4, 0, plte=plte))
    interlaced = decode(build_png(rows, color, depth, [1, 3, 4, 2], 1, plte=plte))
    assert plain == interlaced
    assert list(plain[2]) == expected_pixels(rows, color, depth, plte)


def test_gray_sample_scaling():
    for depth in (1, 2, 4, 8, 16):
        top = (1 << depth) - 1
        rows = [[(0,), (top,), (top // 2 + 1,)]]
        _, _, pixels, _ = decode(build_png(rows, 0, depth))
        white = argb(255, 255, 255, 255)
        assert pixels[0] == argb(255, 0, 0, 0) and pixels[1] == white
        assert pixels[2] == expected_pixels(rows, 0, depth)[2]


def test_sixteen_bit_takes_high_byte():
    rows = [[(0x12FF, 0x3400, 0xABCD, 0x7F80)]]
    _, _, pixels, _ = decode(build_png(rows, 6, 16))
    assert pixels[0] == argb(0x7F, 0x12, 0x34, 0xAB)


# ------------------------------------------------------------ tRNS

def test_palette_trns_partial():
    rng = random.Random(5)
    plte = random_palette(rng, 6)
    trns = bytes([0, 128, 255])  # entries 3..5 have no tRNS entry: opaque
    rows = [[(i % 6,) for i in range(12)] for _ in range(3)]
    data = build_png(rows, 3, 8, plte=plte, trns=trns)
    pixels = check(data, 12, 3, expected_pixels(rows, 3, 8, plte, trns))
    assert (pixels[0] >> 24) & 255 == 0 and (pixels[1] >> 24) & 255 == 128
    assert all((p >> 24) & 255 == 255 for p in pixels[3:6])


@pytest.mark.parametrize("depth", [1, 2, 4, 8, 16])
def test_gray_trns(depth):
    rng = random.Random(depth)
    rows = random_rows(rng, 9, 4, 0, depth)
    key = rows[1][2][0]
    trns = struct.pack(">H", key)
    data = build_png(rows, 0, depth, filters=4, trns=trns)
    pixels = check(data, 9, 4, expected_pixels(rows, 0, depth, trns=trns))
    assert pixels[9 + 2] & 0xFFFFFFFF == (to8(key, depth) * 0x010101)


def test_gray16_trns_compares_all_sixteen_bits():
    rows = [[(0x1234,), (0x1235,)]]
    _, _, pixels, has_alpha = decode(build_png(rows, 0, 16, trns=b"\x12\x34"))
    assert has_alpha
    assert [(p >> 24) & 255 for p in pixels] == [0, 255]


def test_gray_trns_key_out_of_range_matches_nothing():
    rows = [[(0,), (1,), (3,)]]
    _, _, pixels, has_alpha = decode(build_png(rows, 0, 2, trns=b"\x01\x03"))
    assert not has_alpha


@pytest.mark.parametrize("depth", [8, 16])
def test_rgb_trns(depth):
    rng = random.Random(depth)
    rows = random_rows(rng, 7, 5, 2, depth)
    key = rows[2][3]
    rows[4][6] = key
    trns = struct.pack(">HHH", *key)
    data = build_png(rows, 2, depth, filters=[1, 4], interlace=1, trns=trns)
    pixels = check(data, 7, 5, expected_pixels(rows, 2, depth, trns=trns))
    assert (pixels[2 * 7 + 3] >> 24) & 255 == 0 and (pixels[4 * 7 + 6] >> 24) & 255 == 0


def test_rgb16_trns_near_miss_is_opaque():
    rows = [[(0x1000, 0x2000, 0x3000), (0x1000, 0x2000, 0x3001)]]
    trns = struct.pack(">HHH", 0x1000, 0x2000, 0x3000)
    _, _, pixels, _ = decode(build_png(rows, 2, 16, trns=trns))
    assert [(p >> 24) & 255 for p in pixels] == [0, 255]


def test_rgb8_trns_with_high_bytes_matches_nothing():
    rows = [[(1, 2, 3)]]
    trns = struct.pack(">HHH", 0x0101, 2, 3)
    assert decode(build_png(rows, 2, 8, trns=trns))[3] is False


def test_trns_ignored_with_alpha_channel():
    rows = [[(1, 2, 3, 255)]]
    assert decode(build_png(rows, 6, 8, trns=b"\0\1\0\2\0\3"))[2][0] == argb(255, 1, 2, 3)


def test_has_alpha_false_when_trns_matches_nothing():
    plte = bytes(range(6))
    rows = [[(1,), (1,)]]
    assert decode(build_png(rows, 3, 8, plte=plte, trns=b"\x00"))[3] is False
    assert decode(build_png(rows, 3, 8, plte=plte, trns=b"\x00\x80"))[3] is True


# ------------------------------------------------ chunk-level features

def sample_rgba(width=6, height=5, seed=1):
    rng = random.Random(seed)
    return random_rows(rng, width, height, 6, 8)


def test_many_idat_chunks_including_empty():
    rows = sample_rgba(20, 10)
    data = build_png(rows, 6, 8, filters=[0, 1, 2, 3, 4], idat_pieces=40)
    assert data.count(b"IDAT") > 20
    expected = expected_pixels(rows, 6, 8)
    check(data, 20, 10, expected)
    # Empty IDAT chunks anywhere in the run are fine.
    first = data.index(b"IDAT") - 4
    data = data[:first] + chunk(b"IDAT") + data[first:]
    end = data.index(b"IEND") - 4
    data = data[:end] + chunk(b"IDAT") + data[end:]
    check(data, 20, 10, expected)


def test_ancillary_chunks_ignored():
    rows = sample_rgba()
    extras = (chunk(b"gAMA", struct.pack(">I", 45455)) + chunk(b"sRGB", b"\0")
              + chunk(b"tEXt", b"Comment\0hi") + chunk(b"prIv", b"\xff" * 10))
    data = build_png(rows, 6, 8, before_idat=extras, after_idat=chunk(b"tIME", bytes(7)))
    check(data, 6, 5, expected_pixels(rows, 6, 8))


def test_plte_for_truecolour_is_ignored():
    rows = sample_rgba()
    data = build_png(rows, 6, 8, plte=bytes(range(30)))
    check(data, 6, 5, expected_pixels(rows, 6, 8))


def test_trailing_data_after_iend_ignored():
    rows = sample_rgba()
    data = build_png(rows, 6, 8)
    check(data + b"garbage\0\xff" * 10, 6, 5, expected_pixels(rows, 6, 8))


def test_bytes_like_input():
    rows = sample_rgba()
    data = build_png(rows, 6, 8)
    assert decode(bytearray(data)) == decode(memoryview(data)) == decode(data)


def test_non_bytes_is_a_type_error():
    with pytest.raises(TypeError):
        decode("not bytes")


def test_extra_bytes_after_zlib_stream_ignored():
    rows = sample_rgba()
    raw = image_data(rows, 8, 4)
    stream = zlib.compress(raw) + b"junk"
    data = SIG + ihdr(6, 5, 8, 6) + chunk(b"IDAT", stream) + chunk(b"IEND")
    check(data, 6, 5, expected_pixels(rows, 6, 8))


def test_zlib_stream_without_checksum_accepted():
    # As in libpng: all the image data is there, only the Adler-32 is missing.
    rows = sample_rgba()
    stream = zlib.compress(image_data(rows, 8, 4))[:-4]
    data = SIG + ihdr(6, 5, 8, 6) + chunk(b"IDAT", stream) + chunk(b"IEND")
    check(data, 6, 5, expected_pixels(rows, 6, 8))


# ------------------------------------------------------------- pygame

@pytest.fixture(scope="module")
def pygame():
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame
    return pygame


def pygame_png(pygame, surface):
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "image.png")
    return buffer.getvalue()


def surface_argb(surface):
    width, height = surface.get_size()
    return [argb(c.a, c.r, c.g, c.b) for y in range(height) for x in range(width)
            for c in [surface.get_at((x, y))]]


def fill_pattern(surface, rng, alpha):
    width, height = surface.get_size()
    for y in range(height):
        for x in range(width):
            if (x // 8 + y // 8) % 2:
                color = (x * 9 & 255, y * 5 & 255, (x ^ y) & 255, (x + y) & 255)
            else:
                color = tuple(rng.randrange(256) for _ in range(4))
            surface.set_at((x, y), color if alpha else color[:3])


def test_pygame_rgba_per_pixel_alpha(pygame):
    surface = pygame.Surface((37, 23), pygame.SRCALPHA, 32)
    fill_pattern(surface, random.Random(1), alpha=True)
    data = pygame_png(pygame, surface)
    assert data[25] == 6  # colour type RGBA
    check(data, 37, 23, surface_argb(surface))


def test_pygame_rgb(pygame):
    surface = pygame.Surface((31, 17), 0, 24)
    fill_pattern(surface, random.Random(2), alpha=False)
    data = pygame_png(pygame, surface)
    assert data[25] == 2
    check(data, 31, 17, surface_argb(surface))


def test_pygame_palette(pygame):
    surface = pygame.Surface((19, 7), 0, 8)
    surface.set_palette([(i, 255 - i, (i * 7) & 255) for i in range(256)])
    for y in range(7):
        for x in range(19):
            surface.set_at((x, y), surface.get_palette_at((x * 13 + y * 31) & 255))
    data = pygame_png(pygame, surface)
    assert data[25] == 3
    check(data, 19, 7, surface_argb(surface))


def test_pygame_large_screen(pygame):
    surface = pygame.Surface((240, 320), pygame.SRCALPHA, 32)
    fill_pattern(surface, random.Random(3), alpha=True)
    check(pygame_png(pygame, surface), 240, 320, surface_argb(surface))


def test_pygame_reads_encoder_output(pygame):
    rng = random.Random(4)
    width, height = 29, 13
    pixels = [rng.randrange(1 << 32) for _ in range(width * height)]
    surface = pygame.image.load(io.BytesIO(encode(width, height, pixels)), "x.png")
    got = [c[:3] for c in (surface.get_at((x, y)) for y in range(height) for x in range(width))]
    assert got == [((p >> 16) & 255, (p >> 8) & 255, p & 255) for p in pixels]


# ------------------------------------------------------------- encoder

def test_encode_round_trip():
    rng = random.Random(6)
    width, height = 23, 17
    pixels = array("i", (argb(rng.randrange(256), rng.randrange(256), rng.randrange(256),
                              rng.randrange(256)) for _ in range(width * height)))
    data = encode(width, height, pixels)
    w, h, decoded, has_alpha = decode(data)
    assert (w, h, has_alpha) == (width, height, False)
    assert list(decoded) == [p | argb(255, 0, 0, 0) for p in pixels]
    assert data[24:26] == b"\x08\x02"  # 8-bit RGB


def test_encode_accepts_lists_and_unsigned_values():
    pixels = [0xFF112233, 0x00445566, -1, 0]
    from_list = encode(2, 2, pixels)
    assert from_list == encode(2, 2, array("i", [argb(0xFF, 0x11, 0x22, 0x33),
                                                   argb(0, 0x44, 0x55, 0x66), -1, 0]))
    assert from_list == encode(2, 2, array("I", [p & 0xFFFFFFFF for p in pixels]))
    assert list(decode(from_list)[2]) == [argb(255, 0x11, 0x22, 0x33),
                                          argb(255, 0x44, 0x55, 0x66), -1, argb(255, 0, 0, 0)]


def test_encode_is_deterministic():
    pixels = [(i * 2654435761) & 0xFFFFFFFF for i in range(50 * 40)]
    first = encode(50, 40, pixels)
    assert first == encode(50, 40, list(pixels)) == encode(50, 40, iter(pixels))
    assert b"tIME" not in first


def test_encode_rejects_bad_arguments():
    with pytest.raises(ValueError):
        encode(2, 2, [0, 0, 0])
    with pytest.raises(ValueError):
        encode(0, 1, [])
    with pytest.raises(ValueError):
        encode(1, -1, [])


# ------------------------------------------------------------ malformed

def small_png():
    """A small valid PNG with PLTE, tRNS and an ancillary chunk."""
    plte = bytes(range(12))
    rows = [[(0,), (1,), (2,)], [(3,), (2,), (1,)]]
    return build_png(rows, 3, 2, filters=[1, 4], plte=plte, trns=b"\x00\x80",
                     before_idat=chunk(b"tEXt", b"k\0v"))


def rejects(data, message=None, **kwargs):
    with pytest.raises(PNGError) as info:
        decode(data, **kwargs)
    if message:
        assert message in str(info.value)
    return str(info.value)


def test_small_png_is_valid():
    assert decode(small_png())[:2] == (3, 2)


def test_truncation_at_every_offset():
    data = small_png()
    for end in range(len(data)):
        rejects(data[:end])


def test_too_short():
    for data in (b"", b"\x89", SIG[:7], SIG, SIG + b"\0\0\0\x0dIHDR"):
        rejects(data)


def test_bad_signature():
    data = small_png()
    for i in range(8):
        bad = bytearray(data)
        bad[i] ^= 0x20
        rejects(bytes(bad), "signature")


def chunk_offsets(data):
    pos, out = 8, []
    while pos < len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        out.append((data[pos + 4:pos + 8], pos, length))
        pos += 12 + length
    return out


def test_bad_crc_in_every_chunk():
    data = small_png()
    for ctype, pos, length in chunk_offsets(data):
        bad = bytearray(data)
        bad[pos + 8 + length] ^= 1
        rejects(bytes(bad), "CRC")
        if length:
            bad = bytearray(data)
            bad[pos + 8] ^= 0x40
            rejects(bytes(bad), "CRC")


def test_chunk_length_past_end():
    data = bytearray(small_png())
    data[8:12] = struct.pack(">I", 0x7FFFFFFF)
    rejects(bytes(data))
    data[8:12] = struct.pack(">I", 0x80000000)
    rejects(bytes(data))


def test_invalid_chunk_type():
    rows = sample_rgba()
    rejects(build_png(rows, 6, 8, before_idat=chunk(b"a1bc", b"")), "chunk type")
    rejects(build_png(rows, 6, 8, before_idat=chunk(b"ab c", b"")), "chunk type")


def test_missing_idat():
    rejects(SIG + ihdr(1, 1) + chunk(b"IEND"), "IDAT")


def test_missing_iend():
    data = small_png()
    rejects(data[:-12], "IEND")


def test_iend_not_empty():
    data = small_png()[:-12] + chunk(b"IEND", b"x")
    rejects(data, "IEND")


def test_missing_ihdr():
    data = small_png()
    rejects(SIG + data[8 + 25:], "IHDR")


def test_duplicate_ihdr():
    data = small_png()
    rejects(data[:33] + data[8:33] + data[33:], "IHDR")


@pytest.mark.parametrize("length", [0, 12, 14])
def test_wrong_ihdr_length(length):
    payload = (struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0) + b"\0")[:length]
    raw = b"\0\0\0\0"
    rejects(SIG + chunk(b"IHDR", payload) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND"), "IHDR")


@pytest.mark.parametrize("field,value,message", [
    ("compression", 1, "compression"),
    ("filtering", 1, "filter method"),
    ("interlace", 2, "interlace"),
])
def test_bad_ihdr_methods(field, value, message):
    rows = sample_rgba()
    good = build_png(rows, 6, 8)
    header = ihdr(6, 5, 8, 6, **{field: value})
    rejects(good[:8] + header + good[33:], message)


def test_invalid_depth_colour_combinations():
    raw = zlib.compress(bytes(64))
    for color in range(8):
        for depth in range(17):
            if color in DEPTHS and depth in DEPTHS[color]:
                continue
            data = SIG + ihdr(1, 1, depth, color) + chunk(b"IDAT", raw) + chunk(b"IEND")
            rejects(data)


@pytest.mark.parametrize("size", [(0, 1), (1, 0), (0, 0), (2**31, 1), (1, 2**31),
                                  (2**32 - 1, 2**32 - 1)])
def test_bad_dimensions(size):
    data = SIG + ihdr(*size) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND")
    rejects(data, "size")


def test_max_pixels():
    rows = sample_rgba(10, 10)
    data = build_png(rows, 6, 8)
    assert decode(data, max_pixels=100)[:2] == (10, 10)
    rejects(data, "too large", max_pixels=99)


def test_zlib_garbage():
    for idat in (b"", b"\x00", b"garbage!" * 10, b"\x78\x9c" + bytes(20)):
        rejects(SIG + ihdr(4, 4) + chunk(b"IDAT", idat) + chunk(b"IEND"))


def test_zlib_preset_dictionary_rejected():
    packer = zlib.compressobj(zdict=b"dictionary")
    stream = packer.compress(bytes(4 * 13)) + packer.flush()
    rejects(SIG + ihdr(4, 4) + chunk(b"IDAT", stream) + chunk(b"IEND"), "corrupt")


def test_corrupt_zlib_checksum():
    stream = bytearray(zlib.compress(bytes(4 * 13)))
    stream[-1] ^= 1
    rejects(SIG + ihdr(4, 4) + chunk(b"IDAT", bytes(stream)) + chunk(b"IEND"), "corrupt")


def test_too_little_and_too_much_data():
    raw = bytes(4 * (1 + 12))  # 4x4 RGB, filter 0
    assert decode(png_with_raw(4, 4, raw))[:2] == (4, 4)
    rejects(png_with_raw(4, 4, raw[:-1]), "not enough")
    rejects(png_with_raw(4, 4, raw + b"\0"), "too much")
    rejects(png_with_raw(4, 4, raw, interlace=1), "not enough")  # Adam7 needs 55 bytes


def test_bad_filter_type():
    raw = bytearray(4 * (1 + 12))
    raw[13] = 5
    rejects(png_with_raw(4, 4, bytes(raw)), "filter type")


def test_palette_index_out_of_range():
    plte = bytes(range(9))  # 3 entries
    rows = [[(0,), (1,), (2,), (3,)]]
    rejects(build_png(rows, 3, 2, plte=plte), "palette index")
    rows = [[(0,), (2,)], [(1,), (255,)]]
    rejects(build_png(rows, 3, 8, plte=plte, interlace=1), "palette index")


def test_padding_bits_are_not_palette_indices():
    # Width 3 at depth 2 leaves 2 padding bits per row; set them all.
    plte = bytes(range(6))
    raw = bytes([0, 0b00010011]) * 2
    assert decode(png_with_raw(3, 2, raw, depth=2, color=3, plte=plte))[2][1] == argb(255, 3, 4, 5)


def test_chunk_order_errors():
    rows = [[(0,), (1,)]]
    plte = bytes(range(6))
    idat = chunk(b"IDAT", zlib.compress(image_data(rows, 8, 1)))
    head = SIG + ihdr(2, 1, 8, 3)
    end = chunk(b"IEND")
    cases = {
        "missing PLTE": head + idat + end,
        "PLTE after IDAT": head + idat + chunk(b"PLTE", plte) + end,
        "tRNS before PLTE": head + chunk(b"tRNS", b"\0") + chunk(b"PLTE", plte) + idat + end,
        "tRNS after IDAT": head + chunk(b"PLTE", plte) + idat + chunk(b"tRNS", b"\0") + end,
        "split IDAT": head + chunk(b"PLTE", plte) + idat + chunk(b"tEXt", b"a\0b") + idat + end,
        "two PLTE": head + chunk(b"PLTE", plte) * 2 + idat + end,
        "two tRNS": head + chunk(b"PLTE", plte) + chunk(b"tRNS", b"\0") * 2 + idat + end,
        "IHDR not first": SIG + chunk(b"tEXt", b"a\0b") + ihdr(2, 1, 8, 3) + chunk(b"PLTE", plte)
        + idat + end,
    }
    assert decode(head + chunk(b"PLTE", plte) + idat + end)[:2] == (2, 1)
    for name, data in cases.items():
        with pytest.raises(PNGError):
            decode(data)
            pytest.fail(name)


def test_unknown_critical_chunk():
    rows = sample_rgba()
    rejects(build_png(rows, 6, 8, before_idat=chunk(b"ABCD", b"x")), "critical")
    rejects(build_png(rows, 6, 8, after_idat=chunk(b"XxXx")), "critical")


def test_bad_plte():
    rows = [[(0,)]]
    for plte in (b"", b"\1\2", bytes(771)):
        rejects(build_png(rows, 3, 8, plte=plte), "PLTE")
    rejects(build_png(rows, 0, 8, plte=bytes(3)), "PLTE")
    rejects(build_png([[(0, 0)]], 4, 8, plte=bytes(3)), "PLTE")


def test_bad_trns():
    rejects(build_png([[(0,)]], 3, 8, plte=bytes(6), trns=bytes(3)), "tRNS")
    rejects(build_png([[(0,)]], 0, 8, trns=bytes(1)), "tRNS")
    rejects(build_png([[(0, 0, 0)]], 2, 8, trns=bytes(2)), "tRNS")


# ------------------------------------------------------------ zip bombs

def test_huge_dimensions_rejected_before_inflating(monkeypatch):
    def no_inflate(*args):
        raise AssertionError("inflated despite max_pixels")
    monkeypatch.setattr(png, "_inflate", no_inflate)
    bomb = zlib.compress(bytes(300_000), 9)[:1000]
    data = SIG + ihdr(30000, 30000, 8, 6) + chunk(b"IDAT", bomb) + chunk(b"IEND")
    assert len(data) < 1100
    rejects(data, "too large")


def test_overlong_idat_not_inflated_in_full(monkeypatch):
    expected = 100 * (1 + 300)  # 100x100 RGB
    bomb = zlib.compress(bytes(64 * 1024 * 1024), 9)
    data = SIG + ihdr(100, 100) + chunk(b"IDAT", bomb) + chunk(b"IEND")
    produced = []
    real = zlib.decompressobj

    class Spy:
        def __init__(self, *args):
            self.inner = real(*args)

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def decompress(self, *args):
            out = self.inner.decompress(*args)
            produced.append(len(out))
            return out

    monkeypatch.setattr(png.zlib, "decompressobj", Spy)
    tracemalloc.start()
    try:
        rejects(data, "too much")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sum(produced) <= expected + 1
    assert peak < 8 * 1024 * 1024


# -------------------------------------------------- hypothesis mutations

def _seeds():
    rng = random.Random(9)
    seeds = [small_png()]
    for color, depth in [(0, 1), (2, 16), (3, 4), (4, 8), (6, 8)]:
        rows = random_rows(rng, 5, 4, color, depth)
        plte = random_palette(rng, 1 << depth) if color == 3 else None
        trns = b"\x00\x80\x00" if color == 3 else None
        seeds.append(build_png(rows, color, depth, [0, 1, 2, 3, 4], interlace=color % 2,
                               plte=plte, trns=trns, idat_pieces=2))
    return seeds


SEEDS = _seeds()
FUZZ = settings(max_examples=400, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def only_png_error(data):
    try:
        decode(data, max_pixels=1 << 16)
    except PNGError as exc:
        assert str(exc)


def rechunk(data):
    """The chunks of a (valid) PNG as (type, payload) pairs."""
    return [(ctype, data[pos + 8:pos + 8 + length]) for ctype, pos, length in chunk_offsets(data)]


def rebuild(chunks):
    return SIG + b"".join(chunk(ctype, payload) for ctype, payload in chunks)


@FUZZ
@given(st.sampled_from(SEEDS), st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)),
                                        min_size=1, max_size=8), st.integers(0, 10_000))
def test_fuzz_raw_bytes(seed, edits, cut):
    data = bytearray(seed)
    for pos, value in edits:
        data[pos % len(data)] = value
    only_png_error(bytes(data[:max(cut, 8)]))


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_fuzz_payloads_with_valid_crcs(seed, draw):
    """Mutate chunk payloads and fix the CRCs, so the decoder gets past them."""
    chunks = rechunk(seed)
    for _ in range(draw.draw(st.integers(1, 4))):
        i = draw.draw(st.integers(0, len(chunks) - 1))
        ctype, payload = chunks[i]
        payload = bytearray(payload)
        action = draw.draw(st.sampled_from(["set", "cut", "insert", "type", "drop", "dup"]))
        if action == "set" and payload:
            payload[draw.draw(st.integers(0, len(payload) - 1))] = draw.draw(st.integers(0, 255))
        elif action == "cut":
            del payload[draw.draw(st.integers(0, len(payload))):]
        elif action == "insert":
            pos = draw.draw(st.integers(0, len(payload)))
            payload[pos:pos] = draw.draw(st.binary(min_size=1, max_size=8))
        elif action == "type":
            ctype = draw.draw(st.sampled_from([b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND",
                                                b"gAMA", b"QQQQ"]))
        elif action == "drop":
            del chunks[i]
            continue
        elif action == "dup":
            chunks.insert(i, (ctype, bytes(payload)))
        chunks[i] = (ctype, bytes(payload))
    only_png_error(rebuild(chunks))


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_fuzz_image_data_and_header(seed, draw):
    """Mutate the inflated image data and IHDR fields, re-compressing, so the
    filters, bit unpacking and palette lookups see hostile values."""
    chunks = rechunk(seed)
    idat = b"".join(p for t, p in chunks if t == b"IDAT")
    raw = bytearray(zlib.decompress(idat))
    for _ in range(draw.draw(st.integers(0, 6))):
        if raw:
            raw[draw.draw(st.integers(0, len(raw) - 1))] = draw.draw(st.integers(0, 255))
    if draw.draw(st.booleans()):
        del raw[draw.draw(st.integers(0, len(raw))):]
    header = bytearray(chunks[0][1])
    if draw.draw(st.booleans()):
        header[draw.draw(st.integers(0, 12))] = draw.draw(st.sampled_from([0, 1, 2, 3, 4, 6, 8, 16, 255]))
    rest = [c for c in chunks[1:] if c[0] != b"IDAT" and c[0] != b"IEND"]
    out = [(b"IHDR", bytes(header))] + rest + [(b"IDAT", zlib.compress(bytes(raw))), (b"IEND", b"")]
    only_png_error(rebuild(out))
