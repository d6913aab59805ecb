"""kvm_core.floatfmt against answers recorded from a real JDK 17.

The fixture (floatfmt_fixtures/floatfmt_jdk17.jsonl.gz) was produced by
``python tests/unit/floatfmt_fixtures/regenerate.py``; no JDK is needed here.
"""

import functools
import gzip
import json
import math
import os
import struct

import pytest
from hypothesis import given, settings, strategies as st

from kvm_core import floatfmt
from kvm_core.floatfmt import (
    double_to_string, float_to_string, parse_double, parse_float, to_float32)

FIXTURE = os.path.join(os.path.dirname(__file__), 'floatfmt_fixtures',
                       'floatfmt_jdk17.jsonl.gz')


def bits_to_double(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def bits_to_float(h):
    return struct.unpack('>f', bytes.fromhex(h))[0]


def double_bits(x):
    return '%x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def float_bits(x):
    return '%x' % struct.unpack('<I', struct.pack('<f', x))[0]


@functools.lru_cache(maxsize=None)
def fixture():
    out = {'d': [], 'f': [], 'p': []}
    with gzip.open(FIXTURE, 'rt', encoding='ascii') as fh:
        for line in fh:
            rec = json.loads(line)
            out[rec[0]].append(rec[1:])
    return out


def check_all(cases, fn):
    bad = []
    for arg, expected in cases:
        try:
            got = fn(arg)
        except ValueError as e:
            got = '!' + str(e)
        if got != expected:
            bad.append((arg, expected, got))
    assert not bad, '%d of %d mismatches, e.g. %r' % (len(bad), len(cases),
                                                      bad[:10])


def test_fixture_is_big_enough():
    fx = fixture()
    assert len(fx['d']) >= 20000
    assert len(fx['f']) >= 20000
    assert len(fx['p']) >= 10000


# ------------------------------------------------------------- toString --

def test_double_to_string_matches_jdk():
    check_all(fixture()['d'], lambda h: double_to_string(bits_to_double(h)))


def test_double_model_matches_jdk():
    # the FloatingDecimal model alone, without the repr fast path
    check_all(fixture()['d'],
              lambda h: floatfmt._double_to_string_model(bits_to_double(h)))


def test_float_to_string_matches_jdk():
    check_all(fixture()['f'], lambda h: float_to_string(bits_to_float(h)))


@pytest.mark.parametrize('x, text', [
    (0.0, '0.0'), (-0.0, '-0.0'), (math.nan, 'NaN'), (math.inf, 'Infinity'),
    (-math.inf, '-Infinity'), (1.0, '1.0'), (-1.5, '-1.5'), (100.0, '100.0'),
    (0.1, '0.1'), (1.0 / 3, '0.3333333333333333'), (0.001, '0.001'),
    (0.0009999999999999998, '9.999999999999998E-4'), (1e7, '1.0E7'),
    (9999999.999999998, '9999999.999999998'), (1e-5, '1.0E-5'),
    (123456789012.0, '1.23456789012E11'), (1e20, '1.0E20'),
    (5e-324, '4.9E-324'),                       # not 5.0E-324
    (1e-323, '1.0E-323'), (1.5e-323, '1.5E-323'),
    (1.7976931348623157e308, '1.7976931348623157E308'),
    (2e23, '1.9999999999999998E23'),            # not 2.0E23
    (1e23, '9.999999999999999E22'),             # not 1.0E23
    (8.41e21, '8.409999999999999E21'),          # not 8.41E21
    (float(2 ** 62 + 1024), '4.6116860184273889E18'),   # 17 digits
    (2.0 ** -10, '9.765625E-4'), (2.0 ** -40, '9.094947017729282E-13'),
])
def test_double_to_string_examples(x, text):
    assert double_to_string(x) == text
    assert floatfmt._double_to_string_model(x) == text


@pytest.mark.parametrize('x, text', [
    (0.1, '0.1'), (1.0 / 3, '0.33333334'), (3.4028234663852886e38, '3.4028235E38'),
    (1.401298464324817e-45, '1.4E-45'), (1e10, '1.0E10'), (1e-5, '1.0E-5'),
    (2 ** 24, '1.6777216E7'), (-0.0, '-0.0'), (math.inf, 'Infinity'),
    (2 ** 30, '1.07374182E9'),                  # easy-path anomaly
    (3 * 2 ** 25, '1.00663296E8'),
    (9.650572570692396e24, '9.6505726E24'),     # 32-bit overflow anomaly
])
def test_float_to_string_examples(x, text):
    assert float_to_string(to_float32(x)) == text


# ---------------------------------------------------------------- parse --

def test_parse_double_matches_jdk():
    check_all([(rec[0], rec[1]) for rec in fixture()['p']],
              lambda s: double_bits(parse_double(s)))


def test_parse_float_matches_jdk():
    check_all([(rec[0], rec[2]) for rec in fixture()['p']],
              lambda s: float_bits(parse_float(s)))


@pytest.mark.parametrize('s, message', [
    ('abc', 'For input string: "abc"'),
    (' abc\t', 'For input string: "abc"'),
    ('', 'empty String'), ('  ', 'empty String'),
    ('1e', 'For input string: "1e"'), ('.', 'For input string: "."'),
    ('+', 'For input string: "+"'), ('1.0fx', 'For input string: "1.0fx"'),
    ('1.2.3', 'multiple points'), ('0x1.8', 'For input string: "0x1.8"'),
    ('infinity', 'For input string: "infinity"'),
    ('1_0', 'For input string: "1_0"'),
])
def test_parse_errors(s, message):
    for fn in (parse_double, parse_float):
        with pytest.raises(ValueError) as ei:
            fn(s)
        assert str(ei.value) == message


@pytest.mark.parametrize('s, value', [
    ('0x1.8p1', 3.0), (' -1e5f ', -1e5), ('\t1\n', 1.0), ('.5', 0.5),
    ('1.', 1.0), ('+.5e-3', 5e-4), ('-NaN', math.nan), ('+Infinity', math.inf),
    ('-0', -0.0), ('4.9e-324', 5e-324), ('1e-400', 0.0), ('1e400', math.inf),
])
def test_parse_double_examples(s, value):
    got = parse_double(s)
    assert double_bits(got) == double_bits(value)


def test_parse_float_is_not_double_rounded():
    # 1 + 2**-24 (a float32 midpoint) plus a hair: the nearest double is the
    # midpoint itself, which would round to even (1.0); the exact value is
    # above the midpoint.
    s = '1.00000005960464477539062500000000000001'
    assert parse_double(s) == 1.0000000596046448
    assert to_float32(parse_double(s)) == 1.0
    assert parse_float(s) == 1.0000001192092896
    assert parse_float('1.000000059604644775390625') == 1.0
    # the float32 overflow threshold 2**128 - 2**103 is itself a double
    assert parse_float('3.4028235677973366e38') == 3.4028234663852886e38
    assert parse_float('3.40282356779733661637539395458142568448e38') == math.inf
    assert parse_float('3.402823567797336616375393954581425684481e38') == math.inf
    assert parse_float('-3.402823567797336616375393954581425684479e38') == \
        -3.4028234663852886e38
    assert parse_float('7.006492321624085e-46') == 0.0
    assert parse_float('7.006492321624086e-46') == 1.401298464324817e-45


# ------------------------------------------------------------ to_float32 --

def test_to_float32():
    assert to_float32(0.1) == 0.10000000149011612
    assert to_float32(1.0 + 2.0 ** -24) == 1.0                 # tie -> even
    assert to_float32(1.0 + 3 * 2.0 ** -24) == 1.0 + 2.0 ** -22
    assert to_float32(3.4028235677973362e38) == 3.4028234663852886e38
    assert to_float32(3.4028235677973366e38) == math.inf      # tie -> inf
    assert to_float32(-1e300) == -math.inf
    assert to_float32(2.0 ** -150) == 0.0                     # tie -> even 0
    assert to_float32(2.0 ** -150 * 1.5) == 2.0 ** -149
    assert math.copysign(1.0, to_float32(-1e-50)) == -1.0
    assert math.isnan(to_float32(math.nan))


# ------------------------------------------------------------ properties --

@settings(max_examples=1500, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_fast_path_agrees_with_model(x):
    assert double_to_string(x) == floatfmt._double_to_string_model(x)


@settings(max_examples=1000, deadline=None)
@given(st.floats(allow_nan=False))
def test_double_round_trip(x):
    assert double_bits(parse_double(double_to_string(x))) == double_bits(x)


@settings(max_examples=1000, deadline=None)
@given(st.floats(width=32, allow_nan=False))
def test_float_round_trip(x):
    assert float_bits(parse_float(float_to_string(x))) == float_bits(x)
