"""Float/double <-> text conversions that match OpenJDK 17 exactly.

Public API
----------
``double_to_string(x)``  -- ``Double.toString(double)``
``float_to_string(x)``   -- ``Float.toString(float)`` (x holds a float32 value)
``parse_double(s)``      -- ``Double.parseDouble(String)``
``parse_float(s)``       -- ``Float.parseFloat(String)`` (returns a float32 value)
``to_float32(x)``        -- round a double to the nearest float32 (ties-to-even)

Why not simply ``repr``?
------------------------
Before JDK 19, ``Double.toString``/``Float.toString`` are produced by the
classic ``FloatingDecimal`` digit generator (Steele & White's free-format
algorithm, 1990s vintage).  For most values it yields the shortest
correctly-rounded digit string -- i.e. what Python's ``repr`` produces -- but
not always.  The observable deviations (all reproduced here) are:

* The rounding interval is treated as symmetric and (in the 32/64-bit
  arithmetic paths) *open*: a shortest candidate that lies exactly on the
  half-ulp boundary is rejected even when round-half-even would read it back
  correctly, e.g. ``2e23`` prints as ``1.9999999999999998E23``.
* For an exact power of two the interval is shrunk to a quarter ulp on both
  sides, which can add digits (``Math.pow(2, -44)`` etc.).
* In E-notation at least two significant digits are *generated* (not just
  padded with ``.0``); the second digit is then picked by rounding, so
  ``Double.MIN_VALUE`` prints ``4.9E-324`` rather than ``5.0E-324``.
* A rounded-up result keeps the trailing zeros that the carry produced.
* Integral values below ``2**63`` take an "easy" integer path that prints all
  digits of the integer except ``floor(p*log10(2))`` rounded-off low ones,
  where ``2**p`` is roughly the ulp (``p = binExp - precision - 1``).  That is
  exact for small integers but too long above ``2**53`` (doubles) or
  ``2**24`` (floats), e.g. ``4.6116860184273889E18`` for ``2**62 + 1024`` and
  ``1.07374182E9`` for ``(float) (1 << 30)``.
* The 32- and 64-bit fast paths wrap around on overflow exactly like Java
  ``int``/``long`` arithmetic does.

The module therefore contains a bit-exact model of that algorithm
(``_dtoa``), written from its published description and checked against a
real JDK 17 (see ``tests/unit/floatfmt_fixtures``).  ``double_to_string``
uses ``repr`` as a fast path for the (very common) class of doubles for which
the two provably coincide and falls back to the model otherwise.
"""

import math
import re
import struct

__all__ = [
    'double_to_string', 'float_to_string', 'parse_double', 'parse_float',
    'to_float32',
]

_pack_d = struct.Struct('<d').pack
_unpack_q = struct.Struct('<Q').unpack
_pack_q = struct.Struct('<Q').pack
_unpack_d = struct.Struct('<d').unpack
_f32 = struct.Struct('<f')
_pack_f = _f32.pack
_unpack_f = _f32.unpack
_unpack_I = struct.Struct('<I').unpack
_pack_I = struct.Struct('<I').pack

_MASK32 = (1 << 32) - 1
_MASK64 = (1 << 64) - 1


def _wrap32(v):
    v &= _MASK32
    return v - (1 << 32) if v >> 31 else v


def _wrap64(v):
    v &= _MASK64
    return v - (1 << 64) if v >> 63 else v


# Bit length of 5**i (0 for i == 0): used by the path-selection heuristics,
# which over-estimate as 3 bits per factor of five beyond the table.
_N_5_BITS = tuple(0 if i == 0 else (5 ** i).bit_length() for i in range(27))
_LOG10_2 = math.log10(2)
# Number of low-order decimal digits that are "insignificant" below 2**p.
_INSIGNIFICANT = tuple(int(math.floor(p * _LOG10_2)) for p in range(64))


def _n5bits(i):
    return _N_5_BITS[i] if i < len(_N_5_BITS) else i * 3


def _estimate_dec_exp(fract_bits, bin_exp):
    """floor(log10(value)) approximation, computed with the same double
    arithmetic as the JDK (it is never too low; sometimes one too high)."""
    d2 = _unpack_d(_pack_q(0x3FF0000000000000 |
                           (fract_bits & 0xFFFFFFFFFFFFF)))[0]
    d = ((d2 - 1.5) * 0.289529654 + 0.176091259
         + float(bin_exp) * 0.301029995663981)
    return math.floor(d)


def _long_digits(lvalue, insignificant):
    """The integral "easy" path: returns (digits, decExponent)."""
    dec_exp = 0
    if insignificant:
        pow10 = 10 ** insignificant
        lvalue, residue = divmod(lvalue, pow10)
        dec_exp = insignificant
        if residue >= (pow10 >> 1):
            lvalue += 1
    s = str(lvalue)
    stripped = s.rstrip('0')
    return stripped, dec_exp + len(s)


def _dtoa(bin_exp, fract_bits, n_significant_bits):
    """Model of FloatingDecimal's dtoa (compatible format).

    ``fract_bits`` is the significand normalised so that bit 52 is set,
    ``bin_exp`` the unbiased binary exponent of that bit and
    ``n_significant_bits`` the precision of the source type (53 or 24 for
    normal numbers, fewer for subnormals).  Returns ``(digits, decExponent)``
    where the value is ``0.digits * 10**decExponent``.
    """
    tail_zeros = (fract_bits & -fract_bits).bit_length() - 1
    n_fract_bits = 53 - tail_zeros
    n_tiny_bits = max(0, n_fract_bits - bin_exp - 1)
    if -21 <= bin_exp <= 62 and n_tiny_bits == 0:
        # Integral value that fits in a long.
        if bin_exp > n_significant_bits:
            p2 = bin_exp - n_significant_bits - 1
            insignificant = _INSIGNIFICANT[p2] if 1 < p2 < 64 else 0
        else:
            insignificant = 0
        if bin_exp >= 52:
            lvalue = fract_bits << (bin_exp - 52)
        else:
            lvalue = fract_bits >> (52 - bin_exp)
        return _long_digits(lvalue, insignificant)

    dec_exp = _estimate_dec_exp(fract_bits, bin_exp)

    b5 = max(0, -dec_exp)
    b2 = b5 + n_tiny_bits + bin_exp
    s5 = max(0, dec_exp)
    s2 = s5 + n_tiny_bits
    m5 = b5
    m2 = b2 - n_significant_bits

    fract_bits >>= tail_zeros
    b2 -= n_fract_bits - 1
    common2 = min(b2, s2)
    b2 -= common2
    s2 -= common2
    m2 -= common2
    if n_fract_bits == 1:
        # Exact power of two: the JDK narrows the (symmetric) interval.
        m2 -= 1
    if m2 < 0:
        b2 -= m2
        s2 -= m2
        m2 = 0

    b_bits = n_fract_bits + b2 + _n5bits(b5)
    ten_s_bits = s2 + 1 + _n5bits(s5 + 1)

    b = (fract_bits * 5 ** b5) << b2
    s = (5 ** s5) << s2
    m = (5 ** m5) << m2
    tens = s * 10
    digits = []

    if b_bits < 64 and ten_s_bits < 64:
        wrap = _wrap32 if (b_bits < 32 and ten_s_bits < 32) else _wrap64
        q, r = divmod(b, s)
        b = 10 * r
        m = wrap(m * 10)
        low = b < m
        high = wrap(b + m) > tens
        if q == 0 and not high:
            dec_exp -= 1
        else:
            digits.append(q)
        if dec_exp < -3 or dec_exp >= 8:
            low = high = False
        while not low and not high:
            q, r = divmod(b, s)
            b = 10 * r
            m = wrap(m * 10)
            if m > 0:
                low = b < m
                high = wrap(b + m) > tens
            else:
                low = high = True
            digits.append(q)
        low_diff = wrap((b << 1) - tens)
    else:
        q, r = divmod(b, s)
        b = 10 * r
        m *= 10
        low = b < m
        high = b + m >= tens
        if q == 0 and not high:
            dec_exp -= 1
        else:
            digits.append(q)
        if dec_exp < -3 or dec_exp >= 8:
            low = high = False
        while not low and not high:
            q, r = divmod(b, s)
            b = 10 * r
            m *= 10
            low = b < m
            high = b + m >= tens
            digits.append(q)
        low_diff = (b << 1) - tens

    dec_exponent = dec_exp + 1
    if high and (not low or low_diff > 0 or
                 (low_diff == 0 and digits[-1] & 1)):
        # roundup(): propagate the carry, keeping the zeros it leaves behind.
        i = len(digits) - 1
        while digits[i] == 9 and i > 0:
            digits[i] = 0
            i -= 1
        if digits[i] == 9:
            dec_exponent += 1
            digits[0] = 1
        else:
            digits[i] += 1
    return ''.join(map(str, digits)), dec_exponent


def _format(digits, dec_exponent, negative):
    """FloatingDecimal's getChars() for the compatible format."""
    n = len(digits)
    if 0 < dec_exponent < 8:
        if n <= dec_exponent:
            body = digits + '0' * (dec_exponent - n) + '.0'
        else:
            body = digits[:dec_exponent] + '.' + digits[dec_exponent:]
    elif -3 < dec_exponent <= 0:
        body = '0.' + '0' * -dec_exponent + digits
    else:
        body = (digits[0] + '.' + (digits[1:] or '0') + 'E' +
                str(dec_exponent - 1))
    return '-' + body if negative else body


def _double_slow(bits):
    negative = bits >> 63
    bexp = (bits >> 52) & 0x7FF
    fract = bits & 0xFFFFFFFFFFFFF
    if bexp == 0:
        # subnormal (zero is handled by the caller)
        nsig = fract.bit_length()
        shift = 53 - nsig
        fract <<= shift
        bexp = 1 - shift
    else:
        fract |= 1 << 52
        nsig = 53
    digits, dec_exponent = _dtoa(bexp - 1023, fract, nsig)
    return _format(digits, dec_exponent, negative)


def _double_to_string_model(x):
    """Pure model of Double.toString (no fast path); used by the tests."""
    if x != x:
        return 'NaN'
    bits = _unpack_q(_pack_d(x))[0]
    if x == 0.0:
        return '-0.0' if bits >> 63 else '0.0'
    if x in (math.inf, -math.inf):
        return 'Infinity' if x > 0 else '-Infinity'
    return _double_slow(bits)


_TWO53 = 9007199254740992.0
_frexp = math.frexp


def double_to_string(x):
    """``Double.toString(double)`` of JDK 17."""
    ax = -x if x < 0.0 else x
    # Fast path: for a normal double below 2**53 that is not a power of two
    # below 1, FloatingDecimal's digits are the shortest, nearest ones (no
    # digit string of <= 17 digits can sit on a rounding-interval boundary,
    # no 32/64-bit overflow can occur), i.e. exactly repr's digits -- except
    # that E-notation forces a second generated digit, so one-digit results
    # below 1e-3 are left to the model.
    if 2.2250738585072014e-308 <= ax < _TWO53:
        if ax < 1.0 and _frexp(ax)[0] == 0.5:
            return _double_slow(_unpack_q(_pack_d(x))[0])
        r = repr(ax)
        if 1e-3 <= ax < 1e7:
            # repr is positional here and formatted exactly like the JDK.
            return '-' + r if x < 0.0 else r
        if 'e' in r:
            # ax < 1e-4 (repr is positional up to 1e16 > 2**53)
            mant, _, e = r.partition('e')
            if len(mant) == 1:
                return _double_slow(_unpack_q(_pack_d(x))[0])
            s = mant + 'E' + str(int(e))
        else:
            ip, _, fp = r.partition('.')
            if ip == '0':
                # 1e-4 <= ax < 1e-3: '0.000ddd'
                ds = fp.lstrip('0')
                if len(ds) == 1:
                    return _double_slow(_unpack_q(_pack_d(x))[0])
                s = ds[0] + '.' + ds[1:] + 'E' + str(len(ds) - len(fp) - 1)
            else:
                # 1e7 <= ax < 2**53
                ds = (ip + fp).rstrip('0') if fp == '0' else ip + fp
                s = (ds[0] + '.' + (ds[1:] or '0') + 'E' +
                     str(len(ip) - 1))
        return '-' + s if x < 0.0 else s
    if x != x:
        return 'NaN'
    bits = _unpack_q(_pack_d(x))[0]
    if x == 0.0:
        return '-0.0' if bits >> 63 else '0.0'
    if ax == math.inf:
        return 'Infinity' if x > 0 else '-Infinity'
    return _double_slow(bits)


def float_to_string(x):
    """``Float.toString(float)`` of JDK 17 (``x`` must hold a float32)."""
    if x != x:
        return 'NaN'
    bits = _unpack_I(_pack_f(x))[0]
    negative = bits >> 31
    if x == 0.0:
        return '-0.0' if negative else '0.0'
    if x in (math.inf, -math.inf):
        return 'Infinity' if x > 0 else '-Infinity'
    bexp = (bits >> 23) & 0xFF
    fract = bits & 0x7FFFFF
    if bexp == 0:
        nsig = fract.bit_length()
        shift = 24 - nsig
        fract <<= shift
        bexp = 1 - shift
    else:
        fract |= 1 << 23
        nsig = 24
    digits, dec_exponent = _dtoa(bexp - 127, fract << 29, nsig)
    return _format(digits, dec_exponent, negative)


def to_float32(x):
    """Round a double to the nearest float32 (ties-to-even, overflow to inf)."""
    try:
        return _unpack_f(_pack_f(x))[0]
    except OverflowError:
        # struct refuses finite values beyond FLT_MAX; round by hand.
        # Values >= FLT_MAX + half an ulp (2**104 * (2**24 - 0.5)) overflow.
        if abs(x) >= 3.4028235677973366e38:
            return math.copysign(math.inf, x)
        return math.copysign(3.4028234663852886e38, x)


# ---------------------------------------------------------------------------
# Parsing (Double.parseDouble / Float.parseFloat)
# ---------------------------------------------------------------------------

_JAVA_WS = ''.join(map(chr, range(33)))   # String.trim(): chars <= ' '
_RUN_RE = re.compile(r'[0-9.]*')
_EXP_RE = re.compile(r'[+-]?([0-9]*)')
_HEX_RE = re.compile(
    r'([-+])?0[xX](?:([0-9a-fA-F]+)\.?|([0-9a-fA-F]*)\.([0-9a-fA-F]+))'
    r'[pP]([-+])?([0-9]+)[fFdD]?\Z')
_INT_MAX = 2147483647


def _fail(t):
    return ValueError('For input string: "%s"' % t)


def _round_binary(mant, exp, prec, emin_ulp, emax):
    """Correctly round mant * 2**exp (mant > 0) to a binary format with
    ``prec`` significand bits, smallest ulp 2**emin_ulp and values below
    2**emax; returns a Python float (or inf)."""
    top = mant.bit_length() + exp          # value < 2**top
    if top > emax + 1:
        return math.inf
    if top < emin_ulp - 1:
        return 0.0                         # below half the smallest subnormal
    q = max(top - prec, emin_ulp)
    shift = q - exp
    if shift > 0:
        rem = mant & ((1 << shift) - 1)
        mant >>= shift
        half = 1 << (shift - 1)
        if rem > half or (rem == half and mant & 1):
            mant += 1
    else:
        mant <<= -shift
    if mant.bit_length() + q > emax:
        return math.inf
    return math.ldexp(mant, q)


def _parse_hex(t, single):
    m = _HEX_RE.match(t)
    if m is None:
        raise _fail(t)
    sign, whole, ipart, fpart, esign, edigits = m.groups()
    if whole is not None:
        ipart, fpart = whole, ''
    neg = sign == '-'
    mant = int((ipart or '') + fpart, 16)
    if mant == 0:
        return -0.0 if neg else 0.0
    e = int(edigits)
    if e > _INT_MAX:
        # Integer.parseInt overflows: the JDK returns infinity or zero.
        v = math.inf if esign != '-' else 0.0
    else:
        if esign == '-':
            e = -e
        e -= 4 * len(fpart)
        if single:
            v = _round_binary(mant, e, 24, -149, 128)
        else:
            v = _round_binary(mant, e, 53, -1074, 1024)
    return -v if neg else v


def _parse(s, single):
    t = s.strip(_JAVA_WS)
    n = len(t)
    if n == 0:
        raise ValueError('empty String')
    i = 0
    c = t[0]
    if c == '-' or c == '+':
        i = 1
        if n == 1:
            raise _fail(t)
        c = t[1]
    if c == 'N':
        if t[i:] == 'NaN':
            return math.nan
        raise _fail(t)
    if c == 'I':
        if t[i:] == 'Infinity':
            return -math.inf if t[0] == '-' else math.inf
        raise _fail(t)
    if c == '0' and i + 1 < n and t[i + 1] in 'xX':
        return _parse_hex(t, single)
    run = _RUN_RE.match(t, i).group()
    npoints = run.count('.')
    if npoints > 1:
        raise ValueError('multiple points')
    if len(run) == npoints:
        raise _fail(t)
    j = i + len(run)
    exp = ''
    if j < n and t[j] in 'eE':
        em = _EXP_RE.match(t, j + 1)
        if not em.group(1):
            raise _fail(t)
        exp = em.group()
        j = em.end()
    if j < n and (j != n - 1 or t[j] not in 'fFdD'):
        raise _fail(t)
    num = t[:i] + run + ('e' + exp if exp else '')
    v = float(num)
    if single:
        return _decimal_to_float32(v, t[0] == '-', run, exp)
    return v


def _small_int(exp):
    # int() of an exponent string that may carry thousands of leading zeros
    # (the value is known to be moderate here).
    sign = -1 if exp[:1] == '-' else 1
    return sign * int(exp.lstrip('+-').lstrip('0') or '0')


def _decimal_to_float32(d, neg, run, exp):
    """Round the decimal (run, exp) to float32 without double rounding.

    ``d`` is the correctly rounded double.  Rounding d again to float32 is
    only wrong when d lands exactly on a float32 rounding midpoint (the
    midpoints are doubles and rounding is monotonic); then decide exactly.
    """
    f = to_float32(d)
    if f == d or f != f or math.isinf(d):
        return f
    # Is d exactly halfway between f and its float32 neighbour?  (2**128
    # stands in for infinity: the overflow threshold is such a midpoint.)
    a = abs(d)
    fa = abs(f)
    if fa == math.inf:
        fa = 2.0 ** 128
        other = 3.4028234663852886e38
    else:
        bits = _unpack_I(_pack_f(fa))[0]
        if a < fa:
            other = _unpack_f(_pack_I(bits - 1))[0]
        elif bits == 0x7F7FFFFF:
            other = 2.0 ** 128
        else:
            other = _unpack_f(_pack_I(bits + 1))[0]
    if a != (fa + other) * 0.5:
        return f
    # Exact comparison of |decimal| with the midpoint a = p / q.
    ip, _, fp = run.partition('.')
    digits = (ip + fp).lstrip('0')
    e10 = _small_int(exp) - len(fp)
    tail = digits[400:]
    if tail:
        digits = digits[:400]
        e10 += len(tail)
        if tail.strip('0'):
            digits += '1'
            e10 -= 1
    dv = int(digits)
    p, q = a.as_integer_ratio()
    if e10 >= 0:
        lhs, rhs = dv * 10 ** e10 * q, p
    else:
        lhs, rhs = dv * q, p * 10 ** -e10
    if lhs == rhs:
        return f
    lo, hi = (fa, other) if fa < other else (other, fa)
    r = hi if lhs > rhs else lo
    if r == 2.0 ** 128:
        r = math.inf
    return -r if neg else r



def parse_double(s):
    """``Double.parseDouble(String)``; raises ValueError with the message of
    the JDK's NumberFormatException."""
    return _parse(s, False)


def parse_float(s):
    """``Float.parseFloat(String)``: the correctly rounded float32 value (as a
    Python float); raises ValueError like :func:`parse_double`."""
    return _parse(s, True)
