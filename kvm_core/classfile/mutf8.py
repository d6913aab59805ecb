"""Modified UTF-8 (JVMS §4.4.7).

Java strings are sequences of UTF-16 code units.  We represent one as a Python
``str`` whose code points are exactly those code units: a supplementary
character is two surrogate code points (U+D800..U+DBFF then U+DC00..U+DFFF),
and a lone surrogate stays a lone surrogate.  Such strings cannot be encoded
with the plain ``utf-8`` codec, but they can with ``surrogatepass``.

Differences from standard UTF-8:
  * U+0000 is written as the two bytes C0 80 (never a raw zero byte);
  * supplementary characters are written as two 3-byte surrogate encodings,
    never as a 4-byte sequence (bytes F0..FF never occur).
Every other sequence must be the shortest form (no overlong encodings).
"""

_NUL2 = b"\xc0\x80"
# Bytes that may never appear in modified UTF-8: 00 and F0..FF.
_FORBIDDEN = bytes([0]) + bytes(range(0xF0, 0x100))
_DELETE_NONE = bytes.maketrans(b"", b"")

__all__ = ["decode_modified_utf8", "encode_modified_utf8", "MalformedUtf8"]


class MalformedUtf8(ValueError):
    """Raised by :func:`decode_modified_utf8` for bytes that are not modified UTF-8."""


def decode_modified_utf8(b):
    """Decode modified UTF-8 *b* into a ``str`` of UTF-16 code units.

    Raises :class:`MalformedUtf8` (a ``ValueError``) on malformed input.
    """
    b = bytes(b)
    if b.isascii():
        if 0 in b:
            raise MalformedUtf8("zero byte in modified UTF-8")
        return b.decode("ascii")
    # No raw NUL and no F0..FF lead bytes; translate(None, delete) drops them,
    # so a length change means one was present.
    if len(b.translate(_DELETE_NONE, _FORBIDDEN)) != len(b):
        raise MalformedUtf8("illegal byte in modified UTF-8")
    if _NUL2 in b:
        # C0 is never valid in standard UTF-8 and never a continuation byte,
        # so replacing the pair cannot turn a malformed sequence into a valid one.
        b = b.replace(_NUL2, b"\x00")
    try:
        # surrogatepass decodes ED A0..BF xx (3-byte surrogates) to lone
        # surrogate code points and never pairs them: exactly the UTF-16 view.
        return b.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError as e:
        raise MalformedUtf8("malformed modified UTF-8 (" + e.reason + ")") from None


def _to_code_units(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if cp > 0xFFFF:
            cp -= 0x10000
            out.append(chr(0xD800 | (cp >> 10)))
            out.append(chr(0xDC00 | (cp & 0x3FF)))
        else:
            out.append(ch)
    return "".join(out)


def encode_modified_utf8(s):
    """Encode *s* as modified UTF-8.

    Code points above U+FFFF (should a caller pass a "real" Python string) are
    first split into UTF-16 surrogate pairs, so the result is what javac would
    write for the same Java string.
    """
    if s.isascii():
        b = s.encode("ascii")
    else:
        if any(ord(ch) > 0xFFFF for ch in s):
            s = _to_code_units(s)
        b = s.encode("utf-8", "surrogatepass")
    if b"\x00" in b:
        b = b.replace(b"\x00", _NUL2)
    return b
