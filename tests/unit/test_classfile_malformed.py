"""Hand-made malformed class files: each generator below returns the bytes of
one bad class file, and is registered with the substring the ClassFormatError
message must contain.  The generator names document what the parser rejects.

Most start from ``base_class()`` (a small valid class built with the writer,
no javac needed) and edit the model, the constant pool (``RawEntry``), an
attribute (``RawAttribute``) or the final bytes.
"""

import struct

import pytest

from tests.unit.test_classfile_helpers import base_class, body_offset, indy_class, write

from kvm_core.classfile import (ACC_ABSTRACT, ACC_ANNOTATION, ACC_ENUM, ACC_FINAL,
                                ACC_INTERFACE, ACC_NATIVE, ACC_PRIVATE, ACC_PUBLIC, ACC_STATIC,
                                ACC_SUPER, ACC_VOLATILE, ClassFormatError, CpClass, CpDynamic,
                                CpFieldref, CpInteger, CpLong, CpMethodref, CpString, CpUtf8,
                                FieldInfo, MethodInfo, RawAttribute, UnsupportedClassVersionError,
                                parse_class)
from kvm_core.classfile.writer import RawEntry

CASES = []


def bad(substring, name_hint=None):
    def register(fn):
        CASES.append(pytest.param(fn, substring, name_hint, id=fn.__name__))
        return fn
    return register


def edit(fn, major=52, make=base_class):
    cf = make(major)
    fn(cf)
    return write(cf)


def method(cf, name):
    return next(m for m in cf.methods if m.name == name)


def field(cf, name):
    return next(f for f in cf.fields if f.name == name)


def add_raw(cf, data, slots=1):
    """Append a raw constant-pool entry; returns its index."""
    cf.constant_pool.append(RawEntry(data, slots))
    if slots == 2:
        cf.constant_pool.append(None)
        return len(cf.constant_pool) - 2
    return len(cf.constant_pool) - 1


def add_entry(cf, entry):
    cf.constant_pool.append(entry)
    if entry.tag in (5, 6):
        cf.constant_pool.append(None)
        return len(cf.constant_pool) - 2
    return len(cf.constant_pool) - 1


def u2(v):
    return struct.pack(">H", v)


def patch_u2(data, offset, value):
    return data[:offset] + u2(value) + data[offset + 2:]


def code_bytes(max_stack, max_locals, code, handlers=(), attrs=b"", nattrs=0, code_length=None):
    """A Code attribute body, with every field under the test's control."""
    out = struct.pack(">HHI", max_stack, max_locals, len(code) if code_length is None else code_length)
    out += code + u2(len(handlers))
    for h in handlers:
        out += struct.pack(">HHHH", *h)
    return out + u2(nattrs) + attrs


def raw_code(cf, method_name, body):
    m = method(cf, method_name)
    m.code = None
    m.unknown_attributes.append(RawAttribute("Code", body))


# ----------------------------------------------------------------- header / version

@bad("Incompatible magic value 3405691583 in class file Foo")
def bad_magic_cafebabf():
    return b"\xca\xfe\xba\xbf" + edit(lambda cf: None)[4:]


@bad("Incompatible magic value 0 in class file Foo")
def zero_magic():
    return bytes(4) + edit(lambda cf: None)[4:]


@bad("Incompatible magic value 2901213189 in class file Bar", name_hint="Bar")
def java_serialization_stream_with_name_hint():
    return b"\xac\xed\x00\x05" + edit(lambda cf: None)[4:]


@bad("Unsupported major.minor version 44.0 in class file Foo")
def version_44():
    return edit(lambda cf: None, major=44)


@bad("Unsupported major.minor version 66.0 in class file Foo")
def version_66():
    return edit(lambda cf: None, major=66)


@bad("Unsupported major.minor version 70.3")
def version_70_minor_3():
    data = edit(lambda cf: None)
    return data[:4] + struct.pack(">HH", 3, 70) + data[8:]


@bad("Truncated class file")
def empty_file():
    return b""


@bad("Truncated class file")
def magic_only():
    return b"\xca\xfe\xba\xbe"


@bad("Truncated class file Baz", name_hint="Baz")
def header_only_uses_name_hint():
    return b"\xca\xfe\xba\xbe\x00\x00\x00\x34\x00\x05"


@bad("Illegal constant pool size 0 in class file")
def constant_pool_count_zero():
    return b"\xca\xfe\xba\xbe\x00\x00\x00\x34\x00\x00" + bytes(20)


@bad("Extra bytes at the end of class file Foo")
def extra_byte_after_class():
    return edit(lambda cf: None) + b"\x00"


# ------------------------------------------------------------------ constant pool

@bad("Unknown constant tag 2 in class file Foo", name_hint="Foo")
def cp_tag_2():
    return edit(lambda cf: add_raw(cf, b"\x02\x00\x00"))


@bad("Unknown constant tag 13 in class file Foo", name_hint="Foo")
def cp_tag_13():
    return edit(lambda cf: add_raw(cf, b"\x0d\x00\x00"))


@bad("Unknown constant tag 21 in class file Foo", name_hint="Foo")
def cp_tag_21():
    return edit(lambda cf: add_raw(cf, b"\x15\x00\x00"))


@bad("Unknown constant tag 0")
def cp_tag_0():
    return edit(lambda cf: add_raw(cf, b"\x00"))


@bad("Illegal UTF8 string in constant pool")
def utf8_contains_zero_byte():
    return edit(lambda cf: add_raw(cf, b"\x01\x00\x03a\x00b"))


@bad("Illegal UTF8 string in constant pool")
def utf8_four_byte_sequence():
    return edit(lambda cf: add_raw(cf, b"\x01\x00\x04\xf0\x9f\x98\x80"))


@bad("Illegal UTF8 string in constant pool")
def utf8_overlong_two_byte():
    return edit(lambda cf: add_raw(cf, b"\x01\x00\x02\xc1\x81"))


@bad("Illegal UTF8 string in constant pool")
def utf8_lead_byte_at_end():
    return edit(lambda cf: add_raw(cf, b"\x01\x00\x02a\xe2"))


@bad("Illegal UTF8 string in constant pool")
def utf8_bad_continuation_byte():
    return edit(lambda cf: add_raw(cf, b"\x01\x00\x03\xe2\x28\xa1"))


@bad("Illegal UTF8 string in constant pool")
def utf8_lone_continuation_byte():
    return edit(lambda cf: add_raw(cf, b"\x01\x00\x01\x80"))


@bad("Truncated class file")
def utf8_length_past_end_of_file():
    data = edit(lambda cf: None)
    return data[:10] + b"\x01\xff\xff" + b"abc"


@bad("Invalid constant pool entry")
def long_in_last_slot():
    data = edit(lambda cf: None)
    count = struct.unpack_from(">H", data, 8)[0]
    end = body_offset(data)
    # Append a Long as the last entry without its second slot.
    return data[:8] + u2(count + 1) + data[10:end] + b"\x05" + bytes(8) + data[end:]


@bad("Invalid constant pool index 99 in class file Foo")
def class_name_index_out_of_range():
    return edit(lambda cf: add_raw(cf, b"\x07\x00\x63"))


@bad("Invalid constant pool index 0 in class file Foo")
def class_name_index_zero():
    return edit(lambda cf: add_raw(cf, b"\x07\x00\x00"))


@bad("must refer to Utf8, found Integer")
def class_name_index_points_to_integer():
    def f(cf):
        i = add_entry(cf, CpInteger(5))
        add_raw(cf, b"\x07" + u2(i))
    return edit(f)


@bad("must refer to Utf8, found Class")
def string_index_points_to_class():
    def f(cf):
        i = add_entry(cf, CpClass("java/lang/Thread"))
        add_raw(cf, b"\x08" + u2(i))
    return edit(f)


@bad("class_index of the Methodref at index")
def methodref_class_index_is_utf8():
    def f(cf):
        u = add_entry(cf, CpUtf8("java/lang/Object"))
        add_raw(cf, b"\x0a" + u2(u) + u2(u))
    return edit(f)


@bad("must refer to NameAndType, found Class")
def fieldref_name_and_type_is_class():
    def f(cf):
        c = add_entry(cf, CpClass("java/lang/Object"))
        add_raw(cf, b"\x09" + u2(c) + u2(c))
    return edit(f)


@bad("the upper half of a Long/Double")
def class_name_points_into_long_upper_slot():
    def f(cf):
        i = add_entry(cf, CpLong(1))
        add_raw(cf, b"\x07" + u2(i + 1))
    return edit(f)


@bad('Field "x" in class Foo has illegal signature "V"')
def fieldref_void_descriptor():
    return edit(lambda cf: add_entry(cf, CpFieldref("Foo", "x", "V")))


@bad('Method "m" in class Foo has illegal signature "(I"')
def methodref_unterminated_descriptor():
    return edit(lambda cf: add_entry(cf, CpMethodref("Foo", "m", "(I")))


@bad('Illegal method name "<clinit>" in class Foo')
def methodref_to_clinit():
    return edit(lambda cf: add_entry(cf, CpMethodref("Foo", "<clinit>", "()V")))


@bad('Method "<init>" in class Foo has illegal signature "()I"')
def methodref_init_returning_int():
    return edit(lambda cf: add_entry(cf, CpMethodref("Foo", "<init>", "()I")))


@bad('Illegal field name "a;b" in class Foo')
def fieldref_name_with_semicolon():
    return edit(lambda cf: add_entry(cf, CpFieldref("Foo", "a;b", "I")))


@bad('Illegal class name "a;b" in class file Foo')
def class_name_with_semicolon():
    return edit(lambda cf: add_entry(cf, CpClass("a;b")))


@bad('Illegal class name "java//lang" in class file Foo')
def class_name_with_empty_package_segment():
    return edit(lambda cf: add_entry(cf, CpClass("java//lang")))


@bad('Illegal class name "[[Q" in class file Foo')
def array_class_name_bad_element():
    return edit(lambda cf: add_entry(cf, CpClass("[[Q")))


@bad("Bad method handle kind at constant pool index")
def method_handle_kind_0():
    return edit(lambda cf: add_raw(cf, b"\x0f\x00\x00\x01"))


@bad("Bad method handle kind at constant pool index")
def method_handle_kind_10():
    return edit(lambda cf: add_raw(cf, b"\x0f\x0a\x00\x01"))


@bad("must refer to Fieldref, found Methodref")
def method_handle_getfield_to_methodref():
    return edit(lambda cf: add_raw(cf, b"\x0f\x01\x00\x01"))


@bad('Bad method name "<init>" for method handle kind 5')
def method_handle_invokevirtual_init():
    return edit(lambda cf: add_raw(cf, b"\x0f\x05\x00\x01"))


@bad("REF_newInvokeSpecial")
def method_handle_new_invoke_special_not_init():
    def f(cf):
        i = add_entry(cf, CpMethodref("Foo", "make", "()V"))
        add_raw(cf, b"\x0f\x08" + u2(i))
    return edit(f)


@bad("Class file version does not support constant tag 15 in class file")
def method_handle_in_version_50():
    return edit(lambda cf: add_raw(cf, b"\x0f\x06\x00\x01"), major=50)


@bad("Class file version does not support constant tag 17 in class file")
def dynamic_constant_in_version_54():
    return edit(lambda cf: add_entry(cf, CpDynamic(0, "x", "I")), major=54)


@bad("Class file version does not support constant tag 19")
def module_constant_in_version_52():
    return edit(lambda cf: add_raw(cf, b"\x13\x00\x01"))


@bad('Illegal method type descriptor "I" in class file Foo')
def method_type_with_field_descriptor():
    def f(cf):
        u = add_entry(cf, CpUtf8("I"))
        add_raw(cf, b"\x10" + u2(u))
    return edit(f)


@bad("Missing BootstrapMethods attribute in class file Foo")
def invokedynamic_without_bootstrap_methods():
    def f(cf):
        cf.bootstrap_methods = []
    return edit(f, make=indy_class)


@bad("Short length on BootstrapMethods in class file Foo")
def invokedynamic_bootstrap_index_out_of_range():
    def f(cf):
        cf.constant_pool[-1].bootstrap_index = 3
    return edit(f, make=indy_class)


@bad("bootstrap_method_ref")
def bootstrap_method_ref_not_method_handle():
    def f(cf):
        data = u2(1) + u2(1) + u2(0)            # ref -> #1 (a Methodref), no arguments
        cf.bootstrap_methods = []
        cf.unknown_attributes.append(RawAttribute("BootstrapMethods", data))
    return edit(f, make=indy_class)


@bad("Bootstrap argument")
def bootstrap_argument_is_utf8():
    def f(cf):
        bm = cf.bootstrap_methods[0]
        bm.arguments = [CpUtf8("not loadable")]
    return edit(f, make=indy_class)


@bad("Invalid BootstrapMethods attribute length")
def bootstrap_methods_length_mismatch():
    def f(cf):
        cf.bootstrap_methods = []
        cf.unknown_attributes.append(RawAttribute("BootstrapMethods", u2(2) + bytes(4)))
    return edit(f, make=indy_class)


# -------------------------------------------------------------- this/super/interfaces

@bad("Invalid this class index 1 in constant pool in class file")
def this_class_points_to_methodref():
    data = edit(lambda cf: None)
    return patch_u2(data, body_offset(data) + 2, 1)     # #1 is the Methodref


@bad("Invalid this class index 0 in constant pool")
def this_class_zero():
    data = edit(lambda cf: None)
    return patch_u2(data, body_offset(data) + 2, 0)


@bad("Invalid this class index 65000")
def this_class_out_of_range():
    data = edit(lambda cf: None)
    return patch_u2(data, body_offset(data) + 2, 65000)


@bad("Invalid superclass index 0 in class file Foo")
def super_class_zero_for_non_object():
    def f(cf):
        cf.super_class = None
    return edit(f)


@bad("Invalid superclass index 1 in class file Foo")
def super_class_points_to_methodref():
    data = edit(lambda cf: None)
    return patch_u2(data, body_offset(data) + 4, 1)


@bad("Bad superclass name in class file Foo")
def super_class_is_array():
    def f(cf):
        cf.super_class = "[I"
    return edit(f)


@bad("Interface name has bad constant pool index")
def interface_index_points_to_methodref():
    def f(cf):
        cf.interfaces = ["java/lang/Runnable"]
    data = edit(f)
    return patch_u2(data, body_offset(data) + 8, 1)


@bad('Duplicate interface name "java/lang/Runnable" in class file Foo')
def duplicate_interface():
    def f(cf):
        cf.interfaces = ["java/lang/Runnable", "java/lang/Runnable"]
    return edit(f)


@bad("Interfaces must have java.lang.Object as superclass in class file Foo")
def interface_extending_a_class():
    def f(cf):
        cf.access_flags = ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT
        cf.super_class = "java/lang/Thread"
        cf.methods = []
        cf.fields = []
    return edit(f)


# ---------------------------------------------------------------------- flags

@bad("Illegal class modifiers in class Foo: 0x201")
def interface_without_abstract():
    def f(cf):
        cf.access_flags = ACC_PUBLIC | ACC_INTERFACE
        cf.methods = []
        cf.fields = []
    return edit(f)


@bad("Illegal class modifiers in class Foo: 0x431")
def final_and_abstract_class():
    def f(cf):
        cf.access_flags = ACC_PUBLIC | ACC_SUPER | ACC_FINAL | ACC_ABSTRACT
    return edit(f)


@bad("Illegal class modifiers in class Foo")
def annotation_flag_on_class():
    def f(cf):
        cf.access_flags = ACC_PUBLIC | ACC_SUPER | ACC_ANNOTATION
    return edit(f)


@bad("Illegal class modifiers in class Foo")
def interface_with_enum_flag():
    def f(cf):
        cf.access_flags = ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT | ACC_ENUM
        cf.methods = []
        cf.fields = []
    return edit(f)


@bad("Illegal field modifiers in class Foo: 0x3")
def field_public_and_private():
    def f(cf):
        field(cf, "count").access_flags = ACC_PUBLIC | ACC_PRIVATE
    return edit(f)


@bad("Illegal field modifiers in class Foo: 0x50")
def field_final_and_volatile():
    def f(cf):
        field(cf, "count").access_flags = ACC_FINAL | ACC_VOLATILE
    return edit(f)


@bad("Illegal field modifiers in class Foo")
def interface_field_not_static():
    def f(cf):
        cf.access_flags = ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT
        cf.methods = []
        cf.fields = [FieldInfo(ACC_PUBLIC | ACC_FINAL, "X", "I")]
    return edit(f)


@bad("Method add in class Foo has illegal modifiers: 0x7")
def method_public_private_protected():
    def f(cf):
        method(cf, "add").access_flags = ACC_PUBLIC | ACC_PRIVATE | 0x4
    return edit(f)


@bad("Method m in class Foo has illegal modifiers: 0x402")
def abstract_private_method():
    def f(cf):
        cf.methods.append(MethodInfo(ACC_PRIVATE | ACC_ABSTRACT, "m", "()V"))
    return edit(f)


@bad("Method m in class Foo has illegal modifiers: 0x410")
def abstract_final_method():
    def f(cf):
        cf.methods.append(MethodInfo(ACC_FINAL | ACC_ABSTRACT, "m", "()V"))
    return edit(f)


@bad("Method m in class Foo has illegal modifiers: 0x500")
def abstract_native_method():
    def f(cf):
        cf.methods.append(MethodInfo(ACC_NATIVE | ACC_ABSTRACT, "m", "()V"))
    return edit(f)


@bad("Method <init> in class Foo has illegal modifiers: 0x9")
def static_constructor():
    def f(cf):
        method(cf, "<init>").access_flags = ACC_PUBLIC | ACC_STATIC
    return edit(f)


@bad("Interface cannot have a method named <init>")
def interface_with_constructor():
    def f(cf):
        cf.access_flags = ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT
        cf.fields = []
        cf.methods = [method(cf, "<init>")]
    return edit(f)


@bad("Method run in class Foo has illegal modifiers: 0x0")
def interface_method_not_public_in_version_51():
    def f(cf):
        cf.access_flags = ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT
        cf.fields = []
        cf.methods = [MethodInfo(0, "run", "()V")]
    return edit(f, major=51)


@bad("Method <clinit> is not static in class file Foo")
def clinit_not_static_in_version_51():
    def f(cf):
        m = method(cf, "safe")
        m.name, m.access_flags, m.exceptions = "<clinit>", 0, []
        m.code.exception_table = []
    return edit(f, major=51)


# -------------------------------------------------------------------- members

@bad('Illegal field name "a;b" in class Foo')
def field_name_with_semicolon():
    def f(cf):
        field(cf, "count").name = "a;b"
    return edit(f)


@bad('Illegal field name "" in class Foo')
def field_name_empty():
    def f(cf):
        field(cf, "count").name = ""
    return edit(f)


@bad('Illegal field name "a.b" in class Foo')
def field_name_with_dot():
    def f(cf):
        field(cf, "count").name = "a.b"
    return edit(f)


@bad('Illegal field name "a[" in class Foo')
def field_name_with_bracket():
    def f(cf):
        field(cf, "count").name = "a["
    return edit(f)


@bad('Field "count" in class Foo has illegal signature "V"')
def field_of_type_void():
    def f(cf):
        field(cf, "count").descriptor = "V"
    return edit(f)


@bad('Field "count" in class Foo has illegal signature "Ljava/lang/String"')
def field_descriptor_missing_semicolon():
    def f(cf):
        field(cf, "count").descriptor = "Ljava/lang/String"
    return edit(f)


@bad('Field "count" in class Foo has illegal signature "' + "[" * 256 + 'I"')
def field_descriptor_with_256_dimensions():
    def f(cf):
        field(cf, "count").descriptor = "[" * 256 + "I"
    return edit(f)


@bad('Field "count" in class Foo has illegal signature "II"')
def field_descriptor_two_types():
    def f(cf):
        field(cf, "count").descriptor = "II"
    return edit(f)


@bad('Illegal method name "a<b" in class Foo')
def method_name_with_angle_bracket():
    def f(cf):
        method(cf, "add").name = "a<b"
    return edit(f)


@bad('Illegal method name "a/b" in class Foo')
def method_name_with_slash():
    def f(cf):
        method(cf, "add").name = "a/b"
    return edit(f)


@bad('Method "add" in class Foo has illegal signature "(II)"')
def method_descriptor_without_return_type():
    def f(cf):
        method(cf, "add").descriptor = "(II)"
    return edit(f)


@bad('Method "add" in class Foo has illegal signature "(V)V"')
def method_descriptor_void_parameter():
    def f(cf):
        method(cf, "add").descriptor = "(V)V"
    return edit(f)


@bad('Method "<init>" in class Foo has illegal signature "()I"')
def constructor_returning_int():
    def f(cf):
        method(cf, "<init>").descriptor = "()I"
    return edit(f)


@bad('Method "<clinit>" in class Foo has illegal signature "(I)V"')
def clinit_with_argument_in_version_51():
    def f(cf):
        m = method(cf, "safe")
        m.name, m.descriptor, m.exceptions = "<clinit>", "(I)V", []
        m.code.max_locals = 1
    return edit(f, major=51)


@bad("Too many arguments in method signature in class file Foo")
def static_method_descriptor_over_255_slots():
    def f(cf):
        method(cf, "add").descriptor = "(" + "J" * 128 + ")I"
    return edit(f)


@bad("Too many arguments in method signature in class file Foo")
def instance_method_255_slots_plus_this():
    def f(cf):
        cf.methods.append(MethodInfo(ACC_ABSTRACT | ACC_PUBLIC, "m", "(" + "J" * 127 + "I)V"))
    return edit(f)


@bad('Duplicate field name "count" with signature "I" in class file Foo')
def duplicate_field():
    def f(cf):
        cf.fields.append(FieldInfo(0, "count", "I"))
    return edit(f)


@bad('Duplicate method name "add" with signature "(II)I" in class file Foo')
def duplicate_method():
    def f(cf):
        cf.methods.append(method(cf, "add"))
    return edit(f)


@bad("Invalid constant pool index")
def field_name_index_points_to_methodref():
    data = edit(lambda cf: None)
    off = body_offset(data) + 8 + 2            # fields_count, then first field
    return patch_u2(data, off + 2, 1)


# ----------------------------------------------------------------------- Code

@bad("Code attribute in native or abstract methods in class file Foo")
def code_on_abstract_method():
    def f(cf):
        method(cf, "add").access_flags = ACC_PUBLIC | ACC_ABSTRACT
    return edit(f)


@bad("Code attribute in native or abstract methods in class file Foo")
def code_on_native_method():
    def f(cf):
        method(cf, "add").access_flags |= ACC_NATIVE
    return edit(f)


@bad("Absent Code attribute in method that is not native or abstract in class file Foo")
def concrete_method_without_code():
    def f(cf):
        method(cf, "add").code = None
    return edit(f)


@bad("Multiple Code attributes in class file Foo")
def two_code_attributes():
    def f(cf):
        method(cf, "add").unknown_attributes.append(
            RawAttribute("Code", code_bytes(2, 2, bytes([0x1A, 0x1B, 0x60, 0xAC]))))
    return edit(f)


@bad("Invalid method Code length 0 in class file Foo")
def code_length_zero():
    return edit(lambda cf: raw_code(cf, "add", code_bytes(2, 2, b"")))


@bad("Invalid method Code length 65536 in class file Foo")
def code_length_65536():
    return edit(lambda cf: raw_code(cf, "add", code_bytes(2, 2, b"\x00" * 65536)))


@bad("Code segment has wrong length in class file Foo")
def code_attribute_longer_than_content():
    return edit(lambda cf: raw_code(cf, "add", code_bytes(2, 2, bytes([0xB1])) + b"\x00"))


@bad("Code segment has wrong length in class file Foo")
def code_attribute_shorter_than_content():
    return edit(lambda cf: raw_code(cf, "add", code_bytes(2, 2, bytes([0xB1]))[:-1]))


@bad("Code segment has wrong length in class file Foo")
def code_length_past_attribute_end():
    return edit(lambda cf: raw_code(cf, "add", code_bytes(2, 2, bytes([0xB1]), code_length=400)))


@bad("Illegal exception table range in class file Foo")
def exception_range_end_past_code():
    def f(cf):
        method(cf, "safe").code.exception_table[0].end_pc = 9
    return edit(f)


@bad("Illegal exception table range in class file Foo")
def exception_range_empty():
    def f(cf):
        h = method(cf, "safe").code.exception_table[0]
        h.start_pc = h.end_pc = 1
    return edit(f)


@bad("Illegal exception table handler in class file Foo")
def exception_handler_past_code():
    def f(cf):
        method(cf, "safe").code.exception_table[0].handler_pc = 4
    return edit(f)


@bad("catch_type must refer to Class, found Methodref")
def catch_type_is_methodref():
    return edit(lambda cf: raw_code(cf, "safe", code_bytes(1, 0, bytes([0, 0xB1, 0x57, 0xB1]),
                                                            handlers=[(0, 1, 2, 1)])))


@bad("Arguments can't fit into locals in class file Foo")
def max_locals_smaller_than_arguments():
    def f(cf):
        method(cf, "add").code.max_locals = 1
        method(cf, "add").code.local_variables = []
    return edit(f)


@bad("Invalid pc in LineNumberTable in class file Foo")
def line_number_pc_past_code():
    def f(cf):
        method(cf, "add").code.line_numbers.append((4, 12))
    return edit(f)


@bad("Invalid LineNumberTable attribute length 5 in class file Foo")
def line_number_table_length_mismatch():
    def f(cf):
        method(cf, "add").code.unknown_attributes.append(
            RawAttribute("LineNumberTable", u2(1) + b"\x00\x00\x00"))
    return edit(f)


@bad('Invalid local variable signature "X" for "a" in class file Foo')
def local_variable_bad_descriptor():
    def f(cf):
        method(cf, "add").code.local_variables[0].descriptor = "X"
    return edit(f)


@bad("Invalid start_pc/length in LocalVariableTable in class file Foo")
def local_variable_range_past_code():
    def f(cf):
        method(cf, "add").code.local_variables[0].length = 5
    return edit(f)


@bad("Invalid index 2 in LocalVariableTable in class file Foo")
def local_variable_index_past_max_locals():
    def f(cf):
        method(cf, "add").code.local_variables[1].index = 2
    return edit(f)


@bad("Reserved frame type 128 in StackMapTable in class file Foo")
def stack_map_table_reserved_frame_type():
    def f(cf):
        c = method(cf, "loop").code
        c.stack_map_table = None
        c.unknown_attributes.append(RawAttribute("StackMapTable", u2(1) + b"\x80"))
    return edit(f)


@bad("Invalid verification type tag 9 in StackMapTable in class file Foo")
def stack_map_table_bad_verification_tag():
    def f(cf):
        c = method(cf, "loop").code
        c.stack_map_table = None
        c.unknown_attributes.append(RawAttribute("StackMapTable", u2(1) + b"\xfc\x00\x02\x09"))
    return edit(f)


@bad("Invalid StackMapTable attribute length")
def stack_map_table_length_mismatch():
    def f(cf):
        c = method(cf, "loop").code
        c.stack_map_table = None
        c.unknown_attributes.append(RawAttribute("StackMapTable", u2(2) + b"\x02"))
    return edit(f)


@bad("Object type in StackMapTable must refer to Class, found Methodref")
def stack_map_table_object_type_not_class():
    def f(cf):
        c = method(cf, "loop").code
        c.stack_map_table = None
        c.unknown_attributes.append(RawAttribute("StackMapTable", u2(1) + b"\xfc\x00\x02\x07\x00\x01"))
    return edit(f)


@bad("Multiple StackMapTable attributes in class file Foo")
def two_stack_map_tables():
    def f(cf):
        c = method(cf, "loop").code
        c.unknown_attributes.append(RawAttribute("StackMapTable", u2(0)))
    return edit(f)


@bad("Invalid StackMap attribute length")
def cldc_stack_map_truncated():
    def f(cf):
        c = method(cf, "loop").code
        c.unknown_attributes.append(RawAttribute("StackMap", u2(1) + u2(2) + u2(1)))
    return edit(f, major=45)


# ----------------------------------------------------------------- attributes

@bad("attribute_name_index must refer to Utf8, found Methodref")
def attribute_name_index_is_methodref():
    def f(cf):
        cf.unknown_attributes.append(RawAttribute("Zzz", b""))
    data = edit(f)
    # the last attribute is Zzz: name index at len-6
    return patch_u2(data, len(data) - 6, 1)


@bad("Truncated class file Foo")
def attribute_length_past_end_of_file():
    def f(cf):
        cf.unknown_attributes.append(RawAttribute("Zzz", b"abc"))
    data = edit(f)
    return data[:-7] + struct.pack(">I", 4) + b"abc"


@bad("Extra bytes at the end of class file Foo")
def attribute_length_shorter_than_data():
    def f(cf):
        cf.unknown_attributes.append(RawAttribute("Zzz", b"abc"))
    data = edit(f)
    return data[:-7] + struct.pack(">I", 2) + b"abc"


@bad("Invalid SourceFile attribute length 4 in class file Foo")
def source_file_length_4():
    def f(cf):
        cf.source_file = None
        cf.unknown_attributes.append(RawAttribute("SourceFile", b"\x00\x01\x00\x01"))
    return edit(f)


@bad("Multiple SourceFile attributes in class file Foo")
def two_source_files():
    def f(cf):
        cf.unknown_attributes.append(RawAttribute("SourceFile", b"\x00\x01"))
    return edit(f)


@bad("Inconsistent constant value type in class file Foo")
def string_constant_on_int_field():
    def f(cf):
        fi = field(cf, "CONST")
        fi.constant_value, fi.constant_value_entry = "seven", CpString("seven")
    return edit(f)


@bad("Inconsistent constant value type in class file Foo")
def long_constant_on_int_field():
    def f(cf):
        fi = field(cf, "CONST")
        fi.constant_value, fi.constant_value_entry = 7, CpLong(7)
    return edit(f)


@bad("Bad initial value index")
def constant_value_points_to_class():
    def f(cf):
        fi = field(cf, "CONST")
        fi.constant_value, fi.constant_value_entry = None, CpClass("java/lang/Object")
    return edit(f)


@bad("Invalid ConstantValue attribute length 3 in class file Foo")
def constant_value_length_3():
    def f(cf):
        fi = field(cf, "CONST")
        fi.constant_value = None
        fi.unknown_attributes.append(RawAttribute("ConstantValue", b"\x00\x01\x00"))
    return edit(f)


@bad("Duplicate ConstantValue attribute in class file Foo")
def two_constant_values():
    def f(cf):
        fi = field(cf, "CONST")
        fi.unknown_attributes.append(RawAttribute("ConstantValue", b"\x00\x01"))
    return edit(f)


@bad("Exceptions attribute must refer to Class, found Methodref")
def exceptions_entry_is_methodref():
    def f(cf):
        m = method(cf, "safe")
        m.exceptions = []
        m.unknown_attributes.append(RawAttribute("Exceptions", u2(1) + u2(1)))
    return edit(f)


@bad("Invalid Exceptions attribute length 3 in class file Foo")
def exceptions_length_mismatch():
    def f(cf):
        m = method(cf, "safe")
        m.exceptions = []
        m.unknown_attributes.append(RawAttribute("Exceptions", u2(1) + b"\x00"))
    return edit(f)


@bad("Invalid InnerClasses attribute length 9 in class file Foo")
def inner_classes_length_mismatch():
    def f(cf):
        cf.unknown_attributes.append(RawAttribute("InnerClasses", u2(1) + bytes(7)))
    return edit(f)


@bad("Class is both outer and inner class in class file Foo")
def inner_class_is_its_own_outer():
    def f(cf):
        c = add_entry(cf, CpClass("Foo$In"))
        cf.unknown_attributes.append(RawAttribute("InnerClasses", u2(1) + u2(c) + u2(c) + u2(0) + u2(0)))
    return edit(f)


@bad("Invalid EnclosingMethod attribute length 2 in class file Foo")
def enclosing_method_length_2():
    def f(cf):
        cf.unknown_attributes.append(RawAttribute("EnclosingMethod", b"\x00\x01"))
    return edit(f)


@bad("NestMembers must refer to Class, found Methodref")
def nest_member_is_methodref():
    def f(cf):
        cf.unknown_attributes.append(RawAttribute("NestMembers", u2(1) + u2(1)))
    return edit(f, major=55)


@bad("Multiple NestHost attributes in class file Foo")
def two_nest_hosts():
    def f(cf):
        cf.nest_host = "Outer"
        cf.unknown_attributes.append(RawAttribute("NestHost", b"\x00\x01"))
    return edit(f, major=55)


@bad("Invalid Signature attribute length 3 in class file Foo")
def signature_length_3():
    def f(cf):
        method(cf, "add").unknown_attributes.append(RawAttribute("Signature", b"\x00\x01\x00"))
    return edit(f)


# ------------------------------------------------------------------------ tests

def test_there_are_at_least_sixty_cases():
    assert len(CASES) >= 60, len(CASES)


@pytest.mark.parametrize("make, expected, name_hint", CASES)
def test_malformed_class_is_rejected(make, expected, name_hint):
    data = make()
    with pytest.raises(ClassFormatError) as info:
        parse_class(data, name_hint)
    assert expected in str(info.value), f"{str(info.value)!r} lacks {expected!r}"


@pytest.mark.parametrize("major", [44, 66, 70, 0, 65535])
def test_unsupported_versions_raise_the_subclass(major):
    data = edit(lambda cf: None)
    data = data[:6] + u2(major) + data[8:]
    with pytest.raises(UnsupportedClassVersionError, match=f"Unsupported major.minor version {major}.0"):
        parse_class(data)


@pytest.mark.parametrize("major", [45, 46, 47, 48, 49, 50, 51, 52, 55, 61, 65])
def test_supported_versions_parse(major):
    cf = parse_class(edit(lambda cf: None, major=major))
    assert cf.major == major


def test_truncation_at_every_offset_names_the_class():
    data = write(indy_class())
    for cut in range(len(data)):
        with pytest.raises(ClassFormatError) as info:
            parse_class(data[:cut], "Foo")
        msg = str(info.value)
        assert "Foo" in msg, (cut, msg)
        assert info.type is ClassFormatError


def test_truncation_message_without_name_hint_finds_the_name():
    data = write(base_class())
    # Cut inside the methods: the constant pool is intact, so this_class is known.
    with pytest.raises(ClassFormatError, match="Truncated class file Foo"):
        parse_class(data[:len(data) - 40])


def test_error_carries_class_name_attribute():
    with pytest.raises(ClassFormatError) as info:
        parse_class(write(base_class()) + b"\x00")
    assert info.value.class_name == "Foo"
