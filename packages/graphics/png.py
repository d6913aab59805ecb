"""PNG decoder and encoder in pure Python (stdlib zlib/struct only).

decode() backs Image.createImage(byte[], ...): the bytes come from the app,
so any malformed input raises PNGError (a ValueError) with a short message,
never another exception, and memory use is bounded by the input size plus
the pixel data that the header declares (itself bounded by max_pixels).

Supported: colour types 0, 2, 3, 4, 6 with every legal bit depth (16-bit
samples are reduced to their high byte), PLTE, tRNS, Adam7 interlacing,
all five filter types, IDAT data split over any number of chunks.
Gamma and colour-profile chunks (gAMA, cHRM, sRGB, iCCP) and every other
ancillary chunk are ignored: pixels are returned exactly as stored.

encode() writes a deterministic 8-bit RGB PNG (alpha dropped), used for
screenshots.
"""

import functools
import struct
import sys
import zlib
from array import array

__all__ = ["PNGError", "decode", "encode"]

SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_DIMENSION = 2**31 - 1
DEFAULT_MAX_PIXELS = 4 * 1024 * 1024

# Allowed bit depths per colour type, and samples per pixel.
_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}

# Adam7 passes: (first column, first row, column step, row step).
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4),
          (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))

if array("i").itemsize != 4:  # pragma: no cover - every supported platform
    raise ImportError("png needs a 4-byte array('i')")


class PNGError(ValueError):
    """The data is not a PNG this decoder accepts."""


# ---------------------------------------------------------------- chunks

class _Header:
    __slots__ = ("width", "height", "depth", "color", "interlaced")

    def __init__(self, width, height, depth, color, interlaced):
        self.width = width
        self.height = height
        self.depth = depth
        self.color = color
        self.interlaced = interlaced

    @property
    def channels(self):
        return _CHANNELS[self.color]

    def row_bytes(self, width):
        return (width * self.channels * self.depth + 7) // 8

    def filter_stride(self):
        # Distance to the "left" byte for filtering: one pixel, at least 1.
        return max(1, self.channels * self.depth // 8)


def _chunks(data):
    """Yield (type, payload memoryview) for each chunk, checking CRCs."""
    view = memoryview(data)
    pos = len(SIGNATURE)
    end = len(data)
    while True:
        if end - pos < 12:
            raise PNGError("truncated PNG (missing IEND chunk)")
        length, ctype = struct.unpack_from(">I4s", data, pos)
        if length > MAX_DIMENSION:
            raise PNGError("chunk length too large")
        if not all(65 <= c <= 90 or 97 <= c <= 122 for c in ctype):
            raise PNGError("invalid chunk type")
        body_end = pos + 8 + length
        if body_end + 4 > end:
            raise PNGError("truncated %s chunk" % ctype.decode("ascii"))
        payload = view[pos + 8:body_end]
        (crc,) = struct.unpack_from(">I", data, body_end)
        if zlib.crc32(payload, zlib.crc32(ctype)) != crc:
            raise PNGError("CRC mismatch in %s chunk" % ctype.decode("ascii"))
        yield ctype, payload
        if ctype == b"IEND":
            return  # anything after IEND is ignored
        pos = body_end + 4


def _parse_header(payload, max_pixels):
    if len(payload) != 13:
        raise PNGError("IHDR chunk has wrong length")
    width, height, depth, color, compression, filtering, interlace = \
        struct.unpack(">IIBBBBB", payload)
    if not (1 <= width <= MAX_DIMENSION and 1 <= height <= MAX_DIMENSION):
        raise PNGError("invalid image size %dx%d" % (width, height))
    if color not in _DEPTHS:
        raise PNGError("invalid colour type %d" % color)
    if depth not in _DEPTHS[color]:
        raise PNGError("invalid bit depth %d for colour type %d" % (depth, color))
    if compression != 0:
        raise PNGError("unknown compression method %d" % compression)
    if filtering != 0:
        raise PNGError("unknown filter method %d" % filtering)
    if interlace not in (0, 1):
        raise PNGError("unknown interlace method %d" % interlace)
    # Checked here, before anything is inflated.
    if width * height > max_pixels:
        raise PNGError("image too large (%dx%d)" % (width, height))
    return _Header(width, height, depth, color, interlace == 1)


def _parse_palette(payload, header):
    if header.color in (0, 4):
        raise PNGError("PLTE chunk not allowed for grayscale")
    if len(payload) == 0 or len(payload) % 3 or len(payload) > 768:
        raise PNGError("PLTE chunk has invalid length")
    return bytes(payload)


def _parse_transparency(payload, header, palette):
    """Return the tRNS contents, or None when the chunk is to be ignored."""
    color = header.color
    if color == 3:
        if palette is None:
            raise PNGError("tRNS chunk before PLTE")
        if len(payload) > len(palette) // 3:
            raise PNGError("tRNS chunk longer than palette")
    elif color == 0:
        if len(payload) != 2:
            raise PNGError("tRNS chunk has wrong length")
    elif color == 2:
        if len(payload) != 6:
            raise PNGError("tRNS chunk has wrong length")
    else:
        return None  # meaningless with an alpha channel; ignored as libpng does
    return bytes(payload)


def _read_chunks(data, max_pixels):
    """Check the chunk layout; return (header, palette, trns, idat views)."""
    header = palette = trns = None
    seen_trns = False
    idat = []
    idat_ended = False  # a non-IDAT chunk followed the IDAT run
    for ctype, payload in _chunks(data):
        if header is None:
            if ctype != b"IHDR":
                raise PNGError("first chunk is not IHDR")
            header = _parse_header(payload, max_pixels)
            continue
        if idat and ctype != b"IDAT":
            idat_ended = True
        if ctype == b"IDAT":
            if idat_ended:
                raise PNGError("IDAT chunks are not consecutive")
            if header.color == 3 and palette is None:
                raise PNGError("missing PLTE chunk")
            idat.append(payload)
        elif ctype == b"IEND":
            if not idat:
                raise PNGError("missing IDAT chunk")
            if len(payload):
                raise PNGError("IEND chunk is not empty")
        elif ctype == b"IHDR":
            raise PNGError("duplicate IHDR chunk")
        elif ctype == b"PLTE":
            if palette is not None:
                raise PNGError("duplicate PLTE chunk")
            if idat or seen_trns:
                raise PNGError("PLTE chunk out of order")
            palette = _parse_palette(payload, header)
        elif ctype == b"tRNS":
            if seen_trns:
                raise PNGError("duplicate tRNS chunk")
            if idat:
                raise PNGError("tRNS chunk after IDAT")
            seen_trns = True
            trns = _parse_transparency(payload, header, palette)
        elif not ctype[0] & 0x20:
            raise PNGError("unknown critical chunk %s" % ctype.decode("ascii"))
        # Other ancillary chunks are ignored.
    return header, palette, trns, idat


# ------------------------------------------------------------ image data

def _passes(header):
    """Yield (first column, first row, column step, row step, width, height)
    for each non-empty pass (one pass when not interlaced)."""
    if not header.interlaced:
        yield 0, 0, 1, 1, header.width, header.height
        return
    for x0, y0, dx, dy in _ADAM7:
        w = (header.width - x0 + dx - 1) // dx
        h = (header.height - y0 + dy - 1) // dy
        if w > 0 and h > 0:
            yield x0, y0, dx, dy, w, h


def _expected_size(header):
    return sum(h * (1 + header.row_bytes(w)) for *_, w, h in _passes(header))


def _inflate(idat, expected):
    """Inflate the IDAT chunks to exactly `expected` bytes.

    max_length caps every step, so a zip bomb never makes more than
    expected + 1 bytes before being rejected."""
    inflater = zlib.decompressobj()
    limit = expected + 1
    out = bytearray()
    try:
        for chunk in idat:
            pending = chunk
            while pending and len(out) < limit and not inflater.eof:
                out += inflater.decompress(pending, limit - len(out))
                pending = inflater.unconsumed_tail
    except zlib.error as exc:
        raise PNGError("corrupt image data (%s)" % exc) from None
    if len(out) < expected:
        raise PNGError("not enough image data")
    if len(out) > expected:
        raise PNGError("too much image data")
    # Like libpng, accept complete data whose zlib stream lacks its end (its
    # checksum then goes unchecked) and ignore bytes after the stream's end.
    return out


# --------------------------------------------------------------- filters
#
# Sub and Up are byte-wise additions modulo 256 without any dependency
# between the bytes of one step, so they run on whole rows at once as big
# integers (SWAR: the top bit of each byte is added separately so that no
# carry crosses into the next byte). Average and Paeth depend on the
# previous output byte and need a loop (see below).

@functools.lru_cache(maxsize=64)
def _swar_masks(n):
    return int.from_bytes(b"\x7f" * n, "little"), int.from_bytes(b"\x80" * n, "little")


def _add_bytes(a, b, low, high):
    return ((a & low) + (b & low)) ^ ((a ^ b) & high)


def _unfilter_sub(line, stride):
    n = len(line)
    low, high = _swar_masks(n)
    keep = (1 << (8 * n)) - 1
    acc = int.from_bytes(line, "little")
    shift = 8 * stride
    # Prefix sum over stride-spaced bytes by doubling the shift.
    while shift < 8 * n:
        acc = _add_bytes(acc, (acc << shift) & keep, low, high)
        shift *= 2
    return acc.to_bytes(n, "little")


def _unfilter_up(line, prev):
    n = len(line)
    low, high = _swar_masks(n)
    acc = _add_bytes(int.from_bytes(line, "little"), int.from_bytes(prev, "little"), low, high)
    return acc.to_bytes(n, "little")


# Each byte depends on the byte one pixel to its left, so a row splits into
# `stride` independent lanes (one per byte of a pixel); walking a lane keeps
# "left" and "upper left" in local variables, which is what makes these
# loops fast enough.

def _unfilter_average(line, prev, stride):
    out = bytearray(len(line))
    for lane in range(stride):
        result = bytearray()
        left = 0
        for x, up in zip(line[lane::stride], prev[lane::stride]):
            left = (x + ((left + up) >> 1)) & 255
            result.append(left)
        out[lane::stride] = result
    return out


def _unfilter_paeth(line, prev, stride):
    out = bytearray(len(line))
    for lane in range(stride):
        result = bytearray()
        a = c = 0  # left, upper left
        for x, b in zip(line[lane::stride], prev[lane::stride]):
            # Distances of a, b, c from the estimate p = a + b - c.
            pa = b - c
            pb = a - c
            pc = pa + pb
            if pa < 0:
                pa = -pa
            if pb < 0:
                pb = -pb
            if pc < 0:
                pc = -pc
            if pa <= pb and pa <= pc:
                a = (x + a) & 255
            elif pb <= pc:
                a = (x + b) & 255
            else:
                a = (x + c) & 255
            result.append(a)
            c = b
        out[lane::stride] = result
    return out


def _unfilter_rows(raw, pos, row_bytes, height, stride):
    """Unfilter one pass; return (list of rows, position after it)."""
    rows = []
    prev = bytes(row_bytes)
    for _ in range(height):
        kind = raw[pos]
        line = raw[pos + 1:pos + 1 + row_bytes]
        pos += 1 + row_bytes
        if kind == 0:
            row = bytes(line)
        elif kind == 1:
            row = _unfilter_sub(line, stride)
        elif kind == 2:
            row = _unfilter_up(line, prev)
        elif kind == 3:
            row = _unfilter_average(line, prev, stride)
        elif kind == 4:
            row = _unfilter_paeth(line, prev, stride)
        else:
            raise PNGError("invalid filter type %d" % kind)
        rows.append(row)
        prev = row
    return rows, pos


# ------------------------------------------------------ pixel conversion

def _bit_tables():
    # For depths 1, 2, 4: byte value -> its samples, most significant first.
    tables = {}
    for depth in (1, 2, 4):
        per_byte = 8 // depth
        mask = (1 << depth) - 1
        tables[depth] = [bytes((b >> (8 - depth * (k + 1))) & mask for k in range(per_byte))
                         for b in range(256)]
    return tables


_BIT_TABLES = _bit_tables()
_OPAQUE_TABLE = b"\xff" * 256


def _samples(rows, width, header):
    """Concatenate the rows' samples, one byte per sample (16-bit kept)."""
    if header.depth >= 8:
        return b"".join(rows)
    table = _BIT_TABLES[header.depth]
    count = width * header.channels
    return b"".join(b"".join(map(table.__getitem__, row))[:count] for row in rows)


def _key_alpha(pixels, size, key):
    """Alpha plane: 0 where a pixel's bytes equal `key`, else 255."""
    return bytes([0 if pixels[i:i + size] == key else 255
                  for i in range(0, len(pixels), size)])


def _rgb_key_alpha(samples, wide, trns):
    if wide:
        return _key_alpha(samples, 6, trns)
    if trns[0::2] != b"\0\0\0":
        return None  # the key is out of 8-bit range and matches nothing
    return _key_alpha(samples, 3, trns[1::2])


def _gray_planes(samples, header, trns):
    depth = header.depth
    if depth == 16:
        gray = samples[0::2]
        alpha = _key_alpha(samples, 2, trns) if trns else None
    else:
        top = (1 << depth) - 1
        gray = samples.translate(bytes(v * 255 // top if v <= top else 0 for v in range(256)))
        alpha = None
        if trns:
            key = int.from_bytes(trns, "big")
            if key <= top:  # an out-of-range key matches nothing
                table = bytearray(_OPAQUE_TABLE)
                table[key] = 0
                alpha = samples.translate(table)
    return gray, gray, gray, alpha


def _palette_planes(samples, palette, trns):
    entries = len(palette) // 3
    if max(samples) >= entries:
        raise PNGError("palette index out of range")
    pad = bytes(256 - entries)
    red = samples.translate(palette[0::3] + pad)
    green = samples.translate(palette[1::3] + pad)
    blue = samples.translate(palette[2::3] + pad)
    alpha = None
    if trns:
        alpha = samples.translate(trns + _OPAQUE_TABLE[len(trns):])
    return red, green, blue, alpha


def _planes(samples, header, palette, trns):
    """Split samples into 8-bit (red, green, blue, alpha or None) planes."""
    color, wide = header.color, header.depth == 16
    if color == 0:
        return _gray_planes(samples, header, trns)
    if color == 3:
        return _palette_planes(samples, palette, trns)
    high = samples[0::2] if wide else samples
    if color == 2:
        alpha = _rgb_key_alpha(samples, wide, trns) if trns else None
        return high[0::3], high[1::3], high[2::3], alpha
    if color == 4:
        return high[0::2], high[0::2], high[0::2], high[1::2]
    return high[0::4], high[1::4], high[2::4], high[3::4]


def _pack_argb(red, green, blue, alpha):
    """Interleave planes into an array('i') of 0xAARRGGBB values."""
    count = len(red)
    buf = bytearray(4 * count)
    # Little-endian layout of 0xAARRGGBB is B, G, R, A.
    buf[0::4] = blue
    buf[1::4] = green
    buf[2::4] = red
    buf[3::4] = alpha
    pixels = array("i")
    pixels.frombytes(buf)
    if sys.byteorder == "big":  # pragma: no cover
        pixels.byteswap()
    return pixels


def _decode_pass(raw, pos, width, height, header, palette, trns):
    rows, pos = _unfilter_rows(raw, pos, header.row_bytes(width), height,
                               header.filter_stride())
    red, green, blue, alpha = _planes(_samples(rows, width, header), header, palette, trns)
    if alpha is None:
        alpha = b"\xff" * len(red)
    return _pack_argb(red, green, blue, alpha), pos


def decode(data, max_pixels=DEFAULT_MAX_PIXELS):
    """Decode PNG bytes to (width, height, pixels, has_alpha).

    pixels is an array('i') of width * height 0xAARRGGBB values, row by
    row; has_alpha is True iff some pixel is not fully opaque. Raises
    PNGError for anything malformed, or when width * height > max_pixels.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("decode() needs bytes, not %s" % type(data).__name__)
    data = bytes(data)
    if data[:8] != SIGNATURE:
        raise PNGError("not a PNG (bad signature)")
    header, palette, trns, idat = _read_chunks(data, max_pixels)
    raw = _inflate(idat, _expected_size(header))

    width, height = header.width, header.height
    if not header.interlaced:
        pixels, _ = _decode_pass(raw, 0, width, height, header, palette, trns)
    else:
        pixels = array("i", bytes(4 * width * height))
        pos = 0
        for x0, y0, dx, dy, w, h in _passes(header):
            part, pos = _decode_pass(raw, pos, w, h, header, palette, trns)
            for row in range(h):
                start = (y0 + row * dy) * width + x0
                pixels[start:start + (w - 1) * dx + 1:dx] = part[row * w:(row + 1) * w]
    has_alpha = _any_translucent(pixels)
    return width, height, pixels, has_alpha


def _any_translucent(pixels):
    alpha = memoryview(pixels).cast("B")[3 if sys.byteorder == "little" else 0::4]
    return bytes(alpha).count(255) != len(pixels)


# ---------------------------------------------------------------- encode

def _chunk(ctype, payload):
    return (struct.pack(">I", len(payload)) + ctype + payload
            + struct.pack(">I", zlib.crc32(payload, zlib.crc32(ctype))))


def encode(width, height, pixels):
    """Encode width * height 0xAARRGGBB values as an 8-bit RGB PNG.

    Alpha is dropped. Filter type 0, zlib level 6 and no time chunk, so
    the same pixels always give the same bytes."""
    if not (isinstance(width, int) and isinstance(height, int)
            and 1 <= width <= MAX_DIMENSION and 1 <= height <= MAX_DIMENSION):
        raise ValueError("invalid image size")
    if isinstance(pixels, array) and pixels.typecode in "iI":
        buf = pixels.tobytes()
        if sys.byteorder == "big":  # pragma: no cover
            swapped = array("I", buf)
            swapped.byteswap()
            buf = swapped.tobytes()
    else:
        buf = array("I", (p & 0xFFFFFFFF for p in pixels))
        if sys.byteorder == "big":  # pragma: no cover
            buf.byteswap()
        buf = buf.tobytes()
    if len(buf) != 4 * width * height:
        raise ValueError("expected %d pixels" % (width * height))
    rgb = bytearray(3 * width * height)
    rgb[0::3] = buf[2::4]
    rgb[1::3] = buf[1::4]
    rgb[2::3] = buf[0::4]
    stride = 3 * width
    raw = b"".join(b"\x00" + rgb[y * stride:(y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (SIGNATURE + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 6)) + _chunk(b"IEND", b""))
