"""Regenerate floatfmt_jdk17.jsonl.gz from a live JDK 17.

    python tests/unit/floatfmt_fixtures/regenerate.py [--java-home DIR] [--force]

Builds a deterministic set of inputs (fixed seeds), compiles
FloatFmtOracle.java into a temporary directory, asks the JDK for
Double.toString / Float.toString / Double.parseDouble / Float.parseFloat of
every input and writes the answers, one JSON array per line:

    ["d", "<64-bit pattern hex>", "<Double.toString>"]
    ["f", "<32-bit pattern hex>", "<Float.toString>"]
    ["p", "<input string>", "<parseDouble>", "<parseFloat>"]

where a parse result is the raw bit pattern in hex or "!" + the
NumberFormatException message.  The output is only meaningful for JDK 17
(JDK 19 replaced the toString algorithm), so other versions are refused
unless --force is given.
"""

import argparse
import gzip
import json
import math
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, 'floatfmt_jdk17.jsonl.gz')
ORACLE = os.path.join(HERE, 'FloatFmtOracle.java')

N_DOUBLES = 20000
N_FLOATS = 20000
N_STRINGS = 12000


def d2b(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def b2d(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def f2b(x):
    return struct.unpack('<I', struct.pack('<f', x))[0]


def b2f(b):
    return struct.unpack('<f', struct.pack('<I', b))[0]


def _near(bits, span, mask):
    return {(bits + k) & mask for k in range(-span, span + 1)}


# ---------------------------------------------------------------- doubles --

def double_inputs():
    rnd = random.Random(20240517)
    out = set()
    mask = (1 << 64) - 1
    # special values (several NaN payloads, both signs of everything)
    for b in (0, 1 << 63, 0x7FF0000000000000, 0xFFF0000000000000,
              0x7FF8000000000000, 0xFFF8000000000000, 0x7FF0000000000001,
              0x7FFFFFFFFFFFFFFF, 0x0000000000000001, 0x000FFFFFFFFFFFFF,
              0x0010000000000000, 0x7FEFFFFFFFFFFFFF):
        out.add(b)
        out.add(b ^ (1 << 63))
    # smallest subnormals and neighbours of the normal boundary
    out.update(range(1, 65))
    out.update(_near(0x0010000000000000, 8, mask))
    # every power of two (with one neighbour on each side for a third)
    for k in range(-1074, 1024):
        b = d2b(math.ldexp(1.0, k))
        out.add(b)
        if k % 3 == 0:
            out.update(_near(b, 1, mask))
    # powers of ten at all magnitudes, +-1 ulp
    for k in range(-323, 309):
        out.update(_near(d2b(float('1e%d' % k)), 1, mask))
    # format / algorithm boundaries, a few ulps either side
    for v in (1e-3, 1e7, 1e-4, 1e16, 2.0 ** 53, 2.0 ** 54, 2.0 ** 63,
              2.0 ** 64, 1e17, 1e18, 1e19, 1e26, 1e27, 1e23, 2e23, 8.41e21,
              0.1, 0.2, 0.3, 1.0 / 3):
        out.update(_near(d2b(v), 3, mask))
    # random subnormals with few and many bits
    for _ in range(800):
        out.add(rnd.getrandbits(rnd.randint(1, 52)) or 1)
    # short decimals (1-4 significant digits) at every magnitude, +-1 ulp:
    # many are exactly at a rounding-interval boundary of their double
    for _ in range(2500):
        nd = rnd.randint(1, 4)
        x = float('%de%d' % (rnd.randrange(1, 10 ** nd), rnd.randint(-330, 305)))
        if 0 < x < math.inf:
            out.add((d2b(x) + rnd.choice((0, 0, -1, 1))) & mask)
    # integers, in particular 2**53 .. 2**64 (FloatingDecimal's long path)
    for _ in range(1500):
        out.add(d2b(float(rnd.randrange(2 ** 53, 2 ** 64))))
    for _ in range(500):
        out.add(d2b(float(rnd.randrange(1, 2 ** rnd.randint(1, 90)))))
    # "everyday" magnitudes
    for _ in range(2500):
        out.add(d2b(rnd.uniform(1e-5, 1e8) * rnd.choice((1, 1e-3, 1e3))))
    for _ in range(700):
        out.add(d2b(round(rnd.uniform(0, 1e6), rnd.randint(0, 6))))
    # sparse significands
    for _ in range(1500):
        out.add((rnd.randrange(1, 2047) << 52) |
                (rnd.getrandbits(rnd.randint(0, 12)) << rnd.randint(0, 40)))
    # uniformly random bit patterns for the rest
    while len(out) < N_DOUBLES:
        out.add(rnd.getrandbits(64))
    out = sorted(out)
    rnd.shuffle(out)
    return ['%016x' % b for b in out[:N_DOUBLES]]


# ----------------------------------------------------------------- floats --

def float_inputs():
    rnd = random.Random(20240518)
    out = set()
    mask = (1 << 32) - 1
    for b in (0, 0x7F800000, 0x7FC00000, 0x7F800001, 0x7FFFFFFF, 1, 0x7FFFFF,
              0x800000, 0x7F7FFFFF):
        out.add(b)
        out.add(b ^ (1 << 31))
    out.update(range(1, 65))
    for k in range(-149, 128):
        out.update(_near(f2b(math.ldexp(1.0, k)), 1, mask))
    for k in range(-45, 39):
        x = float('1e%d' % k)
        try:
            out.update(_near(f2b(x), 1, mask))
        except OverflowError:
            pass
    for v in (1e-3, 1e7, 1e-4, 2.0 ** 24, 2.0 ** 25, 2.0 ** 62, 2.0 ** 63,
              0.1, 1.0 / 3, 3.4028235e38):
        out.update(_near(f2b(v), 3, mask))
    for _ in range(800):
        out.add(rnd.getrandbits(rnd.randint(1, 23)) or 1)
    for _ in range(2500):
        nd = rnd.randint(1, 4)
        x = float('%de%d' % (rnd.randrange(1, 10 ** nd), rnd.randint(-46, 38)))
        try:
            b = f2b(x)
        except OverflowError:
            continue
        if b:
            out.add((b + rnd.choice((0, 0, -1, 1))) & mask)
    # integral floats 2**25 .. 2**64 and around 1e24..1e27, where the JDK's
    # 32-bit arithmetic overflows
    for _ in range(1500):
        out.add(f2b(float(rnd.randrange(2 ** 24, 2 ** 64))))
    for _ in range(1500):
        out.add(rnd.randrange(0x68000000, 0x6C000000))
    for _ in range(2500):
        out.add(f2b(rnd.uniform(1e-5, 1e8) * rnd.choice((1, 1e-3, 1e3))))
    for _ in range(1500):
        out.add((rnd.randrange(1, 255) << 23) |
                (rnd.getrandbits(rnd.randint(0, 8)) << rnd.randint(0, 15)))
    while len(out) < N_FLOATS:
        out.add(rnd.getrandbits(32))
    out = sorted(out)
    rnd.shuffle(out)
    return ['%08x' % b for b in out[:N_FLOATS]]


# ------------------------------------------------------------ parse input --

FIXED_STRINGS = [
    '', ' ', '  ', '\t\n', 'abc', ' abc ', '1e', '.', '+', '-', '1.0fx',
    '1.2.3', '..', '..5', '0..1', '+..', '1..', '-..e', '00.0.', '1e5.',
    '1.5e5.5', '0x1.8', '0x1.8p1', '0x1.8.p1', '  -0x1p3  ', 'NaN', '+NaN',
    '-NaN', 'NaNx', 'NaN ', ' NaN', 'nan', 'Infinity', '+Infinity',
    '-Infinity', '-Infinity ', 'Infinityf', 'infinity', 'Inf', 'INFINITY',
    '1e+', '1e-', '0x', '0X', '1.0d', '1f ', '\t1\n', '1_0', '\u0661',
    '\uff11', '1\u00a0', '\u00a01', '0x0p99999999999', '0x1p-99999999999',
    '1e99999999999', '-1e99999999999', '1e-99999999999', '0X.8P1f', '0x.p1',
    'e5', '.e5', '1.e5', '1ee5', '0x1p1d', '0x1.p1', '0x.1p1', '0x1P+1F',
    '0x1p', '0xp1', '0x1p1.0', '1e-5f', '1E+05D', '-0', '-0.0e5', '0e99999',
    '+-1', '--1', '1e--1', '0x1p+-1', 'x1', '0X1P1', '1e5 5', '1 ',
    '0x1p1 f', '1d5', '1f5', '0.', '-.', '-.5', '+.5e-3', '1.0e' + '0' * 40 + '1',
    '0xffffffffffffffffffffffffp0', '0x1.fffffffffffff8p1023',
    '0x1.fffffffffffff7ffffp1023', '0x1p-1075', '0x1.0000000000001p-1075',
    '0x1p-1074', '0x1.8p-1074', '0x1.7ffffffffffp-1074',
    '0x0.0000000000001p-1022', '0x1.000001p0', '0x1.000003p0',
    '0x1.0000010000000001p0', '0x1.ffffffp127', '0x1.fffffep127',
    '0x1.fffffefffffffp127', '0x1p-150', '0x1.000001p-150', '0x1.8p-149',
    '0x1p-149', '1e-46', '0x00000000000000000001p0', '0x1p2147483647',
    '0x1p2147483648', '0x1p-2147483648', '0x1p-2147483649',
    '0x0.00000001p2147483647', '9e2147483647', '1e214748364d',
    '0.00001e214748365', '\x001', '1\x00', '1\x002', '1\n2', '0x1p1\x00',
    '3.4028235e38', '3.4028236e38', '3.4028235677973366e38',
    '3.4028235677973367e38', '1.4e-45', '7.0e-46', '7.1e-46',
    '1.7976931348623157e308', '1.7976931348623158e308',
    '1.7976931348623159e308', '4.9e-324', '2.4703282292062327e-324',
    '2.4703282292062328e-324', '2.2250738585072012e-308',
    '2.2250738585072011e-308', '0.1', '1.1', '100', '1e23', '8.41e21',
    '9007199254740993', '9007199254740993.0000000000000000001',
    '1.00000005960464477539062500000000000001',
    '1.000000059604644775390625', '1.0000000596046447753906249999999',
    '1' + '0' * 400, '0.' + '0' * 400 + '1', '1' + '0' * 5000 + 'e-5000',
    '1e' + '0' * 5000 + '5', '.5f', '5.D', '0xAp0', '-0x0.0p0',
    '3.4028235677973365e38', '3.4028235677973362e38',
    '3.40282356779733661637539395458142568448e38',
    '3.402823567797336616375393954581425684481e38',
    '-3.402823567797336616375393954581425684479e38',
    '-3.4028235677973366e38f', '7.006492321624085e-46',
    '7.006492321624086e-46', '1.401298464324817e-45',
]


def _exact_decimal(fr):
    n, d = fr.numerator, fr.denominator
    k = d.bit_length() - 1
    digits = str(n * 5 ** k)
    if k == 0:
        return digits
    digits = digits.rjust(k + 1, '0')
    return digits[:-k] + '.' + digits[-k:]


def _midpoint(rnd, single):
    """Exact decimal expansion of a random rounding midpoint."""
    if rnd.random() < 0.05:
        # the extremes: overflow threshold, half the smallest subnormal, ...
        if single:
            lo, hi = rnd.choice(((Fraction(b2f(0x7F7FFFFF)), Fraction(2 ** 128)),
                                 (Fraction(0), Fraction(b2f(1))),
                                 (Fraction(b2f(1)), Fraction(b2f(2))),
                                 (Fraction(b2f(0x7FFFFF)), Fraction(b2f(0x800000)))))
        else:
            lo, hi = rnd.choice(((Fraction(b2d(0x7FEFFFFFFFFFFFFF)), Fraction(2 ** 1024)),
                                 (Fraction(0), Fraction(b2d(1))),
                                 (Fraction(b2d(1)), Fraction(b2d(2)))))
        return _exact_decimal((lo + hi) / 2)
    if single:
        b = rnd.getrandbits(31)
        if (b >> 23) == 0xFF:
            b = 0x7F7FFFFF
        lo = Fraction(b2f(b))
        hi = Fraction(2 ** 128) if b == 0x7F7FFFFF else Fraction(b2f(b + 1))
    else:
        b = rnd.getrandbits(63)
        if (b >> 52) == 0x7FF:
            b = 0x7FEFFFFFFFFFFFFF
        lo = Fraction(b2d(b))
        hi = Fraction(2 ** 1024) if b == 0x7FEFFFFFFFFFFFFF else Fraction(b2d(b + 1))
    return _exact_decimal((lo + hi) / 2)


def _perturb(rnd, s, long_ok):
    if '.' not in s:
        s += '.'
    k = rnd.randrange(6 if long_ok else 4)
    if k == 1:
        s += '0' * rnd.randint(0, 30) + '1'
    elif k == 2 and s[-1] not in '0.':
        s = s[:-1] + str(int(s[-1]) - 1) + '9' * rnd.randint(1, 30)
    elif k == 3:
        n = rnd.randint(5, 25)
        if len(s) > n and '.' in s[:n]:
            s = s[:n]
    elif k == 4:
        s += '0' * rnd.randint(1, 1200) + rnd.choice('01')
    elif k == 5:
        s += '0' * 1100 + '1'
    if rnd.random() < 0.2:
        # move the decimal point into an exponent
        ip, _, fp = s.partition('.')
        s = ip + fp + 'e-%d' % len(fp)
    return rnd.choice(('', '', '-')) + s


def _random_decimal(rnd):
    nd = rnd.choice((1, 2, 3, 5, 8, 9, 10, 15, 16, 17, 18, 20, 25, 40))
    digs = ''.join(rnd.choice('0123456789') for _ in range(nd))
    if rnd.random() < 0.3:
        digs = '0' * rnd.randint(1, 5) + digs
    p = rnd.randint(0, len(digs))
    body = digs[:p] + '.' + digs[p:] if rnd.random() < 0.7 else digs
    if rnd.random() < 0.6:
        e = rnd.randint(0, 60) if rnd.random() < 0.5 else rnd.randint(0, 400)
        body += rnd.choice('eE') + rnd.choice(('', '+', '-')) + str(e)
    if rnd.random() < 0.1:
        body += rnd.choice('fFdD')
    ws = ('', '', '', ' ', '\t', '\n ', '\x00', '\x1f')
    return rnd.choice(ws) + rnd.choice(('', '', '-', '+')) + body + rnd.choice(ws)


def _random_hex(rnd):
    nd = rnd.randint(0, 20)
    h = ''.join(rnd.choice('0123456789abcdefABCDEF') for _ in range(nd))
    p = rnd.randint(0, nd)
    body = h[:p] + '.' + h[p:] if rnd.random() < 0.6 else h
    e = rnd.choice((rnd.randint(0, 20), rnd.randint(0, 1200)))
    s = (rnd.choice(('', '-', '+')) + '0' + rnd.choice('xX') + body +
         rnd.choice('pP') + rnd.choice(('', '-', '+')) + str(e))
    if rnd.random() < 0.2:
        s += rnd.choice('fFdD')
    return s


def _random_junk(rnd):
    alpha = '0123456789..eE+-xXpPfFdDaNIinfty \t'
    return ''.join(rnd.choice(alpha) for _ in range(rnd.randint(0, 8)))


def _shortest_repr(rnd):
    x = b2d(rnd.getrandbits(64))
    if rnd.random() < 0.5:
        x = rnd.uniform(-1e6, 1e6)
    return repr(x).replace('inf', 'Infinity').replace('nan', 'NaN')


def string_inputs():
    rnd = random.Random(20240519)
    out = list(FIXED_STRINGS)
    seen = set(out)
    nlong = 0
    while len(out) < N_STRINGS:
        k = rnd.randrange(12)
        if k < 3:
            s = _random_decimal(rnd)
        elif k < 6:
            s = _perturb(rnd, _midpoint(rnd, True), nlong < 150)
        elif k < 7:
            s = _perturb(rnd, _midpoint(rnd, False), nlong < 150)
        elif k < 9:
            s = _random_hex(rnd)
        elif k < 11:
            s = _random_junk(rnd)
        else:
            s = _shortest_repr(rnd)
        if len(s) > 1000:
            nlong += 1
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


# ------------------------------------------------------------------- main --

def run_oracle(java_home, requests):
    javac = os.path.join(java_home, 'bin', 'javac') if java_home else 'javac'
    java = os.path.join(java_home, 'bin', 'java') if java_home else 'java'
    tmp = tempfile.mkdtemp(prefix='floatfmt_oracle_')
    try:
        subprocess.run([javac, '-d', tmp, ORACLE], check=True)
        proc = subprocess.run([java, '-cp', tmp, 'FloatFmtOracle'],
                              input='\n'.join(requests) + '\n',
                              capture_output=True, text=True, check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    lines = proc.stdout.split('\n')
    if len(lines) < len(requests):
        raise SystemExit('oracle returned %d lines for %d requests'
                         % (len(lines), len(requests)))
    return lines[:len(requests)]


def java_version(java_home):
    java = os.path.join(java_home, 'bin', 'java') if java_home else 'java'
    out = subprocess.run([java, '-version'], capture_output=True,
                         text=True, check=True).stderr
    m = re.search(r'version "(\d+)', out)
    return int(m.group(1)) if m else None, out.strip().splitlines()[0]


def decode_parse_result(r):
    return '!' + bytes.fromhex(r[1:]).decode('utf-8') if r.startswith('!') else r


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--java-home', default=os.environ.get('JAVA17_HOME', ''))
    ap.add_argument('--force', action='store_true',
                    help='accept a JDK other than 17')
    ap.add_argument('--output', default=FIXTURE)
    args = ap.parse_args(argv)

    major, banner = java_version(args.java_home)
    print('using', banner)
    if major != 17 and not args.force:
        raise SystemExit('JDK 17 is required (Double.toString changed in 19); '
                         'use --java-home or --force')

    ds, fs, ss = double_inputs(), float_inputs(), string_inputs()
    requests = (['d ' + b for b in ds] + ['f ' + b for b in fs] +
                ['p ' + s.encode('utf-8').hex() for s in ss])
    answers = run_oracle(args.java_home, requests)

    records = []
    it = iter(answers)
    for b in ds:
        records.append(['d', b, next(it)])
    for b in fs:
        records.append(['f', b, next(it)])
    for s in ss:
        dres, fres = next(it).split(' ')
        records.append(['p', s, decode_parse_result(dres),
                        decode_parse_result(fres)])

    data = ''.join(json.dumps(r, ensure_ascii=True) + '\n' for r in records)
    with open(args.output, 'wb') as fh:
        # mtime=0 keeps the file byte-identical across regenerations
        with gzip.GzipFile(filename='', mode='wb', fileobj=fh, mtime=0,
                           compresslevel=9) as gz:
            gz.write(data.encode('ascii'))
    print('wrote %s: %d doubles, %d floats, %d strings (%d bytes)'
          % (args.output, len(ds), len(fs), len(ss),
             os.path.getsize(args.output)))


if __name__ == '__main__':
    sys.exit(main())
