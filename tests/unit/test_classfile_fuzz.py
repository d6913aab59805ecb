"""Property tests: random mutations and truncations of valid class files
never raise anything but ClassFormatError; whatever still parses can be
written back and parses to an equal ClassFile."""

import functools
import struct

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.test_classfile_helpers import base_class, compile_fixtures, indy_class, write

from kvm_core.classfile import ClassFormatError, StackMapFrame, parse_class
from kvm_core.classfile.writer import write_class


@functools.lru_cache(maxsize=None)
def seeds():
    cldc = base_class(45)
    loop = next(m for m in cldc.methods if m.name == "loop")
    loop.code.stack_map = [StackMapFrame(None, "full", 2, 2, 0, [(1, None), (7, "Foo")], [(8, 0)])]
    _, classes = compile_fixtures(None)
    return (write(base_class(52)), write(indy_class(61)), write(cldc),
            classes["fixtures/Sample"], classes["fixtures/Sample$Greeter"])


def check(data):
    try:
        cf = parse_class(data, "Fuzz")
    except ClassFormatError:
        return
    again = parse_class(write_class(cf))
    assert again == cf


_SETTINGS = settings(max_examples=300, deadline=None, derandomize=False,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@_SETTINGS
@given(st.data())
def test_byte_mutations_only_raise_class_format_error(data):
    seed = bytearray(data.draw(st.sampled_from(seeds())))
    ops = data.draw(st.lists(st.tuples(st.sampled_from(["set", "xor", "insert", "delete"]),
                                       st.integers(0, 1 << 20), st.integers(0, 255)),
                             min_size=1, max_size=8))
    for op, where, value in ops:
        if not seed:
            break
        i = where % len(seed)
        if op == "set":
            seed[i] = value
        elif op == "xor":
            seed[i] ^= 1 << (value % 8)
        elif op == "insert":
            seed[i:i] = bytes([value])
        else:
            del seed[i]
    check(bytes(seed))


@_SETTINGS
@given(st.data())
def test_truncations_and_u2_edits_only_raise_class_format_error(data):
    seed = data.draw(st.sampled_from(seeds()))
    cut = data.draw(st.integers(0, len(seed)))
    where = data.draw(st.integers(0, max(0, len(seed) - 2)))
    value = data.draw(st.sampled_from([0, 1, 2, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0xFFFF]))
    edited = seed[:where] + struct.pack(">H", value) + seed[where + 2:]
    check(seed[:cut])
    check(edited)
    check(edited[:cut])


@_SETTINGS
@given(st.binary(max_size=200))
def test_random_bytes_after_a_valid_header(tail):
    check(b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + tail)
