"""Unit tests of the class-file helpers: modified UTF-8, descriptors and
names, access-flag constants, the model and the public API surface."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_classfile_helpers import compile_fixtures

import kvm_core.classfile as classfile
from kvm_core.classfile import (CpDouble, CpFloat, CpMethodHandle, CpMethodref, CpUtf8,
                                decode_modified_utf8, encode_modified_utf8,
                                is_valid_class_name, is_valid_field_descriptor,
                                is_valid_method_descriptor, is_valid_method_name,
                                is_valid_unqualified_name, method_arg_slots, parse_class,
                                parse_method_descriptor)
from kvm_core.classfile import flags


# ------------------------------------------------------------------ modified UTF-8

@pytest.mark.parametrize("text, encoded", [
    ("", b""),
    ("abc", b"abc"),
    ("\x00", b"\xc0\x80"),
    ("a\x00b", b"a\xc0\x80b"),
    ("\u00e9", b"\xc3\xa9"),
    ("\u07ff", b"\xdf\xbf"),
    ("\u0800", b"\xe0\xa0\x80"),
    ("\u20ac", b"\xe2\x82\xac"),
    ("\uffff", b"\xef\xbf\xbf"),
    ("\ud83d\ude00", b"\xed\xa0\xbd\xed\xb8\x80"),       # surrogate pair: two 3-byte units
    ("\ud800", b"\xed\xa0\x80"),                          # lone high surrogate
    ("x\udc00", b"x\xed\xb0\x80"),                        # lone low surrogate
])
def test_modified_utf8_known_encodings(text, encoded):
    assert encode_modified_utf8(text) == encoded
    assert decode_modified_utf8(encoded) == text


def test_supplementary_python_characters_are_written_as_surrogate_pairs():
    assert encode_modified_utf8("\U0001F600") == b"\xed\xa0\xbd\xed\xb8\x80"
    decoded = decode_modified_utf8(encode_modified_utf8("\U0001F600"))
    assert decoded == "\ud83d\ude00" and len(decoded) == 2      # UTF-16 code units


@pytest.mark.parametrize("raw", [
    b"\x00", b"a\x00", b"\x80", b"\xbf", b"\xc0", b"\xc0\x00", b"\xc1\xbf", b"\xe0\x80\x80",
    b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98\x80", b"\xf8", b"\xff", b"\xc0\x80\x80",
])
def test_malformed_modified_utf8_is_rejected(raw):
    with pytest.raises(ValueError):
        decode_modified_utf8(raw)


@given(st.lists(st.integers(0, 0xFFFF)))
@settings(max_examples=300)
def test_modified_utf8_round_trips_any_utf16_sequence(units):
    s = "".join(map(chr, units))
    b = encode_modified_utf8(s)
    assert b"\x00" not in b and not any(x >= 0xF0 for x in b)
    assert decode_modified_utf8(b) == s


def test_javac_writes_what_we_encode():
    _, classes = compile_fixtures(None)
    value = "h\u00e9llo\u0000w\u20acrld\ud83d\ude00"
    raw = encode_modified_utf8(value)
    assert len(raw).to_bytes(2, "big") + raw in classes["fixtures/Sample"]
    cf = parse_class(classes["fixtures/Sample"])
    assert CpUtf8(value) in cf.constant_pool


# ------------------------------------------------------------------ descriptors

@pytest.mark.parametrize("desc", [
    "B", "C", "D", "F", "I", "J", "S", "Z", "[I", "[[D", "Ljava/lang/String;", "LFoo;",
    "[Ljava/lang/Object;", "L\u00e9t\u00e9;", "La/b/c$D;", "[" * 255 + "I", "L<weird>;",
])
def test_valid_field_descriptors(desc):
    assert is_valid_field_descriptor(desc)


@pytest.mark.parametrize("desc", [
    "", "V", "[V", "II", "L;", "Ljava/lang/String", "La//b;", "L/a;", "La/;", "La.b;",
    "La[b;", "[" * 256 + "I", "Q", "(I)V", "I ", "Ljava/lang/String;X",
])
def test_invalid_field_descriptors(desc):
    assert not is_valid_field_descriptor(desc)


@pytest.mark.parametrize("desc, args, ret", [
    ("()V", [], "V"),
    ("(I)I", ["I"], "I"),
    ("(IJ[DLjava/lang/String;[[Ljava/lang/Object;Z)Ljava/util/List;",
     ["I", "J", "[D", "Ljava/lang/String;", "[[Ljava/lang/Object;", "Z"], "Ljava/util/List;"),
    ("([[[B)[J", ["[[[B"], "[J"),
])
def test_parse_method_descriptor(desc, args, ret):
    assert parse_method_descriptor(desc) == (args, ret)
    assert is_valid_method_descriptor(desc)


@pytest.mark.parametrize("desc", [
    "", "()", "(", ")V", "(V)V", "(I", "(I)", "(I)II", "(L;)V", "()Q", "I", "(Ljava/lang/String)V",
    "(" + "J" * 128 + ")V",
])
def test_invalid_method_descriptors(desc):
    assert not is_valid_method_descriptor(desc)
    with pytest.raises(ValueError):
        parse_method_descriptor(desc)


def test_method_arg_slots():
    assert method_arg_slots("()V") == 0
    assert method_arg_slots("(IJD[JLjava/lang/Object;)V") == 1 + 2 + 2 + 1 + 1
    assert method_arg_slots("(" + "J" * 127 + "I)V") == 255
    assert method_arg_slots("(V)V") == -1


@pytest.mark.parametrize("name, field_ok, method_ok, class_ok", [
    ("x", True, True, True),
    ("<init>", True, True, True),
    ("<clinit>", True, True, True),
    ("<foo>", True, False, True),
    ("a<b", True, False, True),
    ("a;b", False, False, False),
    ("a.b", False, False, False),
    ("a[b", False, False, False),
    ("a/b", False, False, True),
    ("", False, False, False),
    ("a//b", False, False, False),
    ("[I", False, False, True),
    ("[[Ljava/lang/String;", False, False, True),
    ("[V", False, False, False),
])
def test_names(name, field_ok, method_ok, class_ok):
    assert is_valid_unqualified_name(name) == field_ok
    assert is_valid_method_name(name) == method_ok
    assert is_valid_class_name(name) == class_ok


# ------------------------------------------------------------------ flags, model, API

def test_access_flag_values_match_jvms():
    assert (flags.ACC_PUBLIC, flags.ACC_PRIVATE, flags.ACC_PROTECTED, flags.ACC_STATIC) == (1, 2, 4, 8)
    assert (flags.ACC_FINAL, flags.ACC_SUPER, flags.ACC_SYNCHRONIZED) == (0x10, 0x20, 0x20)
    assert (flags.ACC_VOLATILE, flags.ACC_BRIDGE, flags.ACC_TRANSIENT, flags.ACC_VARARGS) == \
        (0x40, 0x40, 0x80, 0x80)
    assert (flags.ACC_NATIVE, flags.ACC_INTERFACE, flags.ACC_ABSTRACT, flags.ACC_STRICT) == \
        (0x100, 0x200, 0x400, 0x800)
    assert (flags.ACC_SYNTHETIC, flags.ACC_ANNOTATION, flags.ACC_ENUM, flags.ACC_MODULE) == \
        (0x1000, 0x2000, 0x4000, 0x8000)
    assert classfile.ACC_PUBLIC == 1


def test_public_api_is_exported():
    for name in ["parse_class", "ClassFormatError", "ClassFile", "FieldInfo", "MethodInfo",
                 "CodeAttribute", "ExceptionHandler", "LocalVariable", "StackMapFrame",
                 "InnerClassInfo", "EnclosingMethod", "BootstrapMethod", "CpUtf8", "CpInteger",
                 "CpFloat", "CpLong", "CpDouble", "CpClass", "CpString", "CpFieldref",
                 "CpMethodref", "CpInterfaceMethodref", "CpNameAndType", "CpMethodHandle",
                 "CpMethodType", "CpDynamic", "CpInvokeDynamic", "CpModule", "CpPackage",
                 "parse_method_descriptor", "is_valid_field_descriptor",
                 "decode_modified_utf8", "encode_modified_utf8"]:
        assert hasattr(classfile, name), name
    from kvm_core.classfile.writer import write_class  # noqa: F401
    assert issubclass(classfile.UnsupportedClassVersionError, classfile.ClassFormatError)
    for cls in [classfile.ClassFile, classfile.MethodInfo, classfile.CpUtf8, classfile.StackMapFrame]:
        assert "__slots__" in vars(cls)
        obj = object.__new__(cls)
        with pytest.raises(AttributeError):
            obj.not_a_slot = 1


def test_constant_pool_entries_compare_by_value():
    assert CpMethodref("A", "m", "()V") == CpMethodref("A", "m", "()V")
    assert CpMethodref("A", "m", "()V") != classfile.CpInterfaceMethodref("A", "m", "()V")
    assert len({CpUtf8("x"), CpUtf8("x"), classfile.CpString("x")}) == 2
    nan = CpFloat.from_value(float("nan"))
    assert nan == CpFloat(float("nan"), nan.bits)
    assert CpDouble.from_value(-0.0) != CpDouble.from_value(0.0)
    mh = CpMethodHandle(6, CpMethodref("A", "m", "()V"))
    assert mh.ref.class_name == "A" and mh.tag == 15
    assert CpFloat.from_value(0.1).value == pytest.approx(0.1, rel=1e-7)
    assert CpFloat.from_value(0.1).bits == 0x3DCCCCCD
