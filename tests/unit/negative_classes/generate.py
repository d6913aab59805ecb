"""Generate the negative corpus: hand-made invalid class files, each with the
Java error HotSpot gives for it.

    python tests/unit/negative_classes/generate.py            # write + ask `java`
    python tests/unit/negative_classes/generate.py --check    # compare with the files

Every case is a directory ``cases/<name>/`` holding the class files of one
small program whose main class is ``Main`` (unless the case says otherwise).
``manifest.json`` records, per case, what the real ``java`` did when the
corpus was generated -- the first Java throwable it named on stderr, its
message and the exit status -- and that throwable is the expectation
(``expected``).  ``jvms`` notes where the JVMS would allow something else or
where HotSpot's choice is worth knowing.  Writing the corpus needs ``java``
on PATH (the expectations come from it); ``--check`` only rebuilds the bytes
and compares them with the committed files.
"""

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from classkit import (ACC_ABSTRACT, ACC_ANNOTATION, ACC_FINAL, ACC_INTERFACE,  # noqa: E402
                      ACC_NATIVE, ACC_PRIVATE, ACC_PROTECTED, ACC_PUBLIC, ACC_STATIC,
                      ACC_SUPER, MAIN_DESC, Klass)

CASES = HERE / "cases"
MANIFEST = HERE / "manifest.json"
REGISTRY = []

PS = "Ljava/io/PrintStream;"


def case(name, jvms=None, main="Main"):
    def register(fn):
        REGISTRY.append((name, fn, jvms, main))
        return fn
    return register


# ---- building blocks ---------------------------------------------------------------

def hello(name="Main", major=52, **kw):
    """A valid class whose main prints 'ok'."""
    k = Klass(name, major=major, **kw)
    k.main().asm.println("ok").op("return")
    return k


def main_calling(body, major=52, name="Main"):
    """Main whose main() is built by body(asm, cp), then returns."""
    k = Klass(name, major=major)
    m = k.main()
    body(m.asm, k.cp)
    m.asm.op("return")
    return k


def one(k):
    return {k.name: k.build()}


def patched(data, at, new):
    b = bytearray(data)
    b[at:at + len(new)] = new
    return bytes(b)


def helper(name, super_name="java/lang/Object", access=ACC_PUBLIC | ACC_SUPER, interfaces=(),
           major=52, ctor=True):
    k = Klass(name, super_name, access=access, major=major, interfaces=interfaces)
    if ctor and not access & ACC_INTERFACE:
        k.init(super_name)
    return k


# =========================================================================================
# ClassFormatError: the file format (JVMS §4.1-§4.8)
# =========================================================================================

@case("cfe_bad_magic")
def _():
    k = hello()
    k.magic = 0xCAFEBABF
    return one(k)


@case("cfe_empty_file")
def _():
    return {"Main": b""}


@case("cfe_only_magic")
def _():
    return {"Main": b"\xca\xfe\xba\xbe"}


@case("cfe_truncated_constant_pool")
def _():
    return {"Main": hello().build()[:40]}


@case("cfe_truncated_in_method")
def _():
    data = hello().build()
    return {"Main": data[:len(data) - 12]}


@case("cfe_extra_bytes_at_end")
def _():
    k = hello()
    k.trailing = b"\x00"
    return one(k)


@case("cfe_constant_pool_count_zero")
def _():
    data = hello().build()
    return {"Main": patched(data, 8, b"\x00\x00")}


@case("cfe_unknown_constant_tag_2")
def _():
    k = hello()
    k.cp.raw(b"\x02\x00\x00")
    return one(k)


@case("cfe_unknown_constant_tag_13")
def _():
    k = hello()
    k.cp.raw(b"\x0d\x00\x00")
    return one(k)


@case("cfe_module_tag_in_class", jvms="CONSTANT_Module is legal only in a module-info class")
def _():
    k = hello(major=53)
    k.cp.raw(b"\x13" + struct.pack(">H", k.cp.utf8("m")))
    return one(k)


@case("cfe_dynamic_before_55", jvms="CONSTANT_Dynamic needs class file version 55")
def _():
    k = hello(major=52)
    k.cp.raw(b"\x11\x00\x00" + struct.pack(">H", k.cp.nat("x", "I")))
    return one(k)


@case("cfe_utf8_raw_zero_byte", jvms="modified UTF-8 never contains a 0 byte (§4.4.7)")
def _():
    k = hello()
    k.cp.raw(b"\x01\x00\x03a\x00b")
    return one(k)


@case("cfe_utf8_four_byte_form", jvms="modified UTF-8 has no 4-byte form (§4.4.7)")
def _():
    k = hello()
    k.cp.raw(b"\x01\x00\x04\xf0\x9f\x98\x80")
    return one(k)


@case("cfe_utf8_truncated_sequence")
def _():
    k = hello()
    k.cp.raw(b"\x01\x00\x02a\xc3")
    return one(k)


@case("cfe_class_entry_points_to_integer")
def _():
    k = hello()
    k.cp.raw(b"\x07" + struct.pack(">H", k.cp.integer(5)))
    return one(k)


@case("cfe_class_entry_index_out_of_range")
def _():
    k = hello()
    k.cp.raw(b"\x07\x7f\xff")
    return one(k)


@case("cfe_string_entry_points_to_class")
def _():
    k = hello()
    k.cp.raw(b"\x08" + struct.pack(">H", k.cp.cls("java/lang/Object")))
    return one(k)


@case("cfe_methodref_class_is_utf8")
def _():
    k = hello()
    k.cp.raw(b"\x0a" + struct.pack(">HH", k.cp.utf8("X"), k.cp.nat("m", "()V")))
    return one(k)


@case("cfe_fieldref_with_method_descriptor")
def _():
    k = hello()
    k.cp.field("Main", "f", "()V")
    return one(k)


@case("cfe_methodref_with_field_descriptor")
def _():
    k = hello()
    k.cp.method("Main", "m", "I")
    return one(k)


@case("cfe_long_in_last_slot", jvms="a Long takes two pool slots (§4.4.5)")
def _():
    k = hello()
    k.cp.long(7)
    data = k.build()
    count = struct.unpack_from(">H", data, 8)[0]
    return {"Main": patched(data, 8, struct.pack(">H", count - 1))}


@case("cfe_method_handle_kind_zero")
def _():
    k = hello()
    k.cp.raw(b"\x0f\x00" + struct.pack(">H", k.cp.method("Main", "main", MAIN_DESC)))
    return one(k)


@case("cfe_method_handle_kind_10_to_fieldref", jvms="REF_invokeInterface needs an InterfaceMethodref")
def _():
    k = hello()
    k.cp.method_handle(9, k.cp.field("Main", "f", "I"))
    return one(k)


@case("cfe_invokedynamic_without_bootstrap_methods")
def _():
    k = hello()
    k.cp.indy(0, "run", "()V")
    return one(k)


@case("cfe_this_class_zero")
def _():
    k = hello()
    k.this_index = 0
    return one(k)


@case("cfe_this_class_is_utf8")
def _():
    k = hello()
    k.this_index = k.cp.utf8("Main")
    return one(k)


@case("cfe_super_class_zero", jvms="only java/lang/Object has no superclass (§4.1)")
def _():
    k = hello()
    k.super_index = 0
    return one(k)


@case("cfe_super_class_is_string_entry")
def _():
    k = hello()
    k.super_index = k.cp.string("java/lang/Object")
    return one(k)


@case("cfe_interface_index_is_utf8")
def _():
    k = hello()
    k.interface_indexes = [k.cp.utf8("java/lang/Runnable")]
    return one(k)


@case("cfe_duplicate_interface")
def _():
    k = hello()
    k.interface_indexes = [k.cp.cls("java/io/Serializable")] * 2
    return one(k)


@case("cfe_class_final_and_abstract")
def _():
    return one(hello(access=ACC_PUBLIC | ACC_SUPER | ACC_FINAL | ACC_ABSTRACT))


@case("cfe_interface_not_abstract")
def _():
    k = Klass("Main", access=ACC_PUBLIC | ACC_INTERFACE)
    k.main().asm.println("ok").op("return")
    return one(k)


@case("cfe_interface_final")
def _():
    k = Klass("Main", access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT | ACC_FINAL)
    k.main().asm.println("ok").op("return")
    return one(k)


@case("cfe_annotation_not_interface")
def _():
    return one(hello(access=ACC_PUBLIC | ACC_SUPER | ACC_ANNOTATION))


@case("cfe_interface_with_non_object_super")
def _():
    k = Klass("Main", "java/lang/Number", access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT)
    k.main().asm.println("ok").op("return")
    return one(k)


@case("cfe_duplicate_field")
def _():
    k = hello()
    k.field("x", "I")
    k.field("x", "I")
    return one(k)


@case("cfe_duplicate_method")
def _():
    k = hello()
    k.method("m", "()V").asm.op("return")
    k.method("m", "()V").asm.op("return")
    return one(k)


@case("cfe_field_public_and_private")
def _():
    k = hello()
    k.field("x", "I", ACC_PUBLIC | ACC_PRIVATE | ACC_STATIC)
    return one(k)


@case("cfe_field_final_and_volatile")
def _():
    k = hello()
    k.field("x", "I", ACC_PUBLIC | ACC_FINAL | 0x0040 | ACC_STATIC)
    return one(k)


@case("cfe_method_public_and_private")
def _():
    k = hello()
    k.method("m", "()V", ACC_PUBLIC | ACC_PRIVATE | ACC_STATIC).asm.op("return")
    return one(k)


@case("cfe_abstract_method_static")
def _():
    k = hello(access=ACC_PUBLIC | ACC_SUPER | ACC_ABSTRACT)
    k.method("m", "()V", ACC_PUBLIC | ACC_ABSTRACT | ACC_STATIC)
    return one(k)


@case("cfe_abstract_method_with_code")
def _():
    k = hello(access=ACC_PUBLIC | ACC_SUPER | ACC_ABSTRACT)
    m = k.method("m", "()V", ACC_PUBLIC | ACC_ABSTRACT)
    m.has_code = True
    m.asm.op("return")
    return one(k)


@case("cfe_native_method_with_code")
def _():
    k = hello()
    m = k.method("m", "()V", ACC_PUBLIC | ACC_STATIC | ACC_NATIVE)
    m.has_code = True
    m.asm.op("return")
    return one(k)


@case("cfe_method_without_code")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.has_code = False
    return one(k)


@case("cfe_two_code_attributes")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.asm.op("return")
    m.attrs.append(("Code", struct.pack(">HHI", 0, 0, 1) + b"\xb1" + b"\x00\x00\x00\x00"))
    return one(k)


@case("cfe_code_length_zero")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.code_override = b""
    return one(k)


@case("cfe_code_length_65536", jvms="code_length must be below 65536 (§4.7.3)")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.code_override = b"\x00" * 65535 + b"\xb1"
    return one(k)


@case("cfe_code_attribute_length_mismatch")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.asm.op("return")
    m.has_code = False
    m.attrs.append(("Code", struct.pack(">HHI", 0, 0, 1) + b"\xb1" + b"\x00\x00\x00\x00\x00\x00"))
    return one(k)


@case("cfe_attribute_runs_past_end")
def _():
    k = hello()
    k.attrs.append(("Junk", b"abcd"))
    data = k.build()
    return {"Main": patched(data, len(data) - 8, struct.pack(">I", 400))}


@case("cfe_field_name_with_semicolon")
def _():
    k = hello()
    k.field("a;b", "I")
    return one(k)


@case("cfe_method_name_with_angle_brackets")
def _():
    k = hello()
    k.method("<foo>", "()V").asm.op("return")
    return one(k)


@case("cfe_field_descriptor_invalid")
def _():
    k = hello()
    k.field("x", "Q")
    return one(k)


@case("cfe_field_descriptor_void")
def _():
    k = hello()
    k.field("x", "V")
    return one(k)


@case("cfe_method_descriptor_unterminated")
def _():
    k = hello()
    k.method("m", "(I").asm.op("return")
    return one(k)


@case("cfe_method_descriptor_void_argument")
def _():
    k = hello()
    k.method("m", "(V)V").asm.op("return")
    return one(k)


@case("cfe_array_of_256_dimensions")
def _():
    k = hello()
    k.field("x", "[" * 256 + "I")
    return one(k)


@case("cfe_init_returns_int")
def _():
    k = hello()
    k.method("<init>", "()I", ACC_PUBLIC).asm.op("iconst_0").op("ireturn")
    return one(k)


@case("cfe_init_static")
def _():
    k = hello()
    k.method("<init>", "()V", ACC_PUBLIC | ACC_STATIC).asm.op("return")
    return one(k)


@case("cfe_interface_field_not_public_static_final")
def _():
    k = Klass("Main", access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT)
    k.main().asm.println("ok").op("return")
    k.field("x", "I", ACC_PUBLIC | ACC_STATIC)
    return one(k)


@case("cfe_interface_method_protected")
def _():
    k = Klass("Main", access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT)
    k.main().asm.println("ok").op("return")
    k.method("m", "()V", ACC_PROTECTED | ACC_ABSTRACT)
    return one(k)


@case("cfe_constant_value_wrong_type")
def _():
    k = hello()
    f = k.field("x", "I", ACC_PUBLIC | ACC_STATIC | ACC_FINAL)
    f.attrs.append(("ConstantValue", struct.pack(">H", k.cp.string("text"))))
    return one(k)


@case("cfe_constant_value_bad_length")
def _():
    k = hello()
    f = k.field("x", "I", ACC_PUBLIC | ACC_STATIC | ACC_FINAL)
    f.attrs.append(("ConstantValue", struct.pack(">HH", k.cp.integer(3), 0)))
    return one(k)


@case("cfe_two_constant_values")
def _():
    k = hello()
    f = k.field("x", "I", ACC_PUBLIC | ACC_STATIC | ACC_FINAL)
    f.attrs += [("ConstantValue", struct.pack(">H", k.cp.integer(3)))] * 2
    return one(k)


@case("cfe_two_source_file_attributes")
def _():
    k = hello()
    k.attrs += [("SourceFile", struct.pack(">H", k.cp.utf8("Main.java")))] * 2
    return one(k)


@case("cfe_source_file_bad_length")
def _():
    k = hello()
    k.attrs.append(("SourceFile", struct.pack(">HH", k.cp.utf8("Main.java"), 0)))
    return one(k)


@case("cfe_exception_handler_past_code")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.asm.label("a").op("return").label("b")
    m.handlers.append(("a", "b", 7, None))
    return one(k)


@case("cfe_exception_range_empty")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.asm.label("a").op("nop").op("return")
    m.handlers.append((1, 1, 0, None))
    return one(k)


@case("cfe_line_number_table_truncated")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.asm.op("return")
    m.code_attrs.append(("LineNumberTable", struct.pack(">HHH", 2, 0, 1)))
    return one(k)


@case("cfe_arguments_do_not_fit_in_locals")
def _():
    k = hello()
    m = k.method("m", "(JJ)V")
    m.asm.op("return")
    m.max_locals = 2
    return one(k)


@case("cfe_inner_class_is_its_own_outer")
def _():
    k = hello()
    me = k.cp.cls("Main")
    k.attrs.append(("InnerClasses", struct.pack(">HHHHH", 1, me, me, k.cp.utf8("Main"), ACC_PUBLIC)))
    return one(k)


@case("cfe_exceptions_attribute_lists_utf8")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.asm.op("return")
    m.attrs.append(("Exceptions", struct.pack(">HH", 1, k.cp.utf8("java/lang/Exception"))))
    return one(k)


@case("cfe_bootstrap_method_index_out_of_range")
def _():
    k = Klass("Main", major=52)
    bsm = k.cp.method_handle(6, k.cp.method(
        "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
        "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;"))
    site = k.cp.indy(3, "makeConcatWithConstants", "()Ljava/lang/String;")
    m = k.main()
    m.asm.op("invokedynamic", site, 0, 0).op("pop").op("return")
    k.attrs.append(("BootstrapMethods", struct.pack(">HHHH", 1, bsm, 1, k.cp.string("x"))))
    return one(k)


@case("cfe_code_attribute_truncated")
def _():
    k = hello()
    m = k.method("m", "()V")
    m.has_code = False
    m.attrs.append(("Code", struct.pack(">HHI", 1, 1, 10) + b"\xb1"))
    return one(k)


# =========================================================================================
# UnsupportedClassVersionError
# =========================================================================================

@case("ucve_major_66", jvms="JDK 17 reads majors up to 61, Kava up to 65 (DESIGN.md decision 3: "
      "javac output up to Java 21); 62-65 are left out of this corpus on purpose, 66 is refused by both")
def _():
    return one(hello(major=66))


@case("ucve_major_44")
def _():
    return one(hello(major=44))


@case("ucve_major_200")
def _():
    return one(hello(major=200))


@case("ucve_preview_minor_on_old_major", jvms="minor 65535 marks preview features of the "
      "current release only (§4.1)")
def _():
    return one(hello(major=56, minor=0xFFFF))


@case("ucve_minor_nonzero_on_major_56", jvms="for major >= 56 the minor must be 0 or 65535")
def _():
    return one(hello(major=56, minor=3))


# =========================================================================================
# NoClassDefFoundError and friends: loading other classes
# =========================================================================================

@case("ncdfe_wrong_name")
def _():
    return {"Main": hello("Other").build()}


@case("ncdfe_missing_superclass")
def _():
    k = Klass("Main", "Missing")
    k.main().asm.println("ok").op("return")
    return one(k)


@case("ncdfe_missing_interface")
def _():
    return one(hello(interfaces=("MissingItf",)))


@case("ncdfe_new_missing_class")
def _():
    return one(main_calling(lambda a, cp: a.new_init("Missing").op("pop")))


@case("ncdfe_getstatic_missing_class")
def _():
    return one(main_calling(lambda a, cp: a.field("getstatic", "Missing", "x", "I").op("pop")))


@case("ncdfe_invokestatic_missing_class")
def _():
    return one(main_calling(lambda a, cp: a.invoke("invokestatic", "Missing", "m", "()V")))


@case("ncdfe_anewarray_missing_class")
def _():
    return one(main_calling(lambda a, cp: a.op("iconst_1").op("anewarray", cp.cls("Missing")).op("pop")))


@case("ncdfe_multianewarray_missing_class")
def _():
    return one(main_calling(lambda a, cp: a.op("iconst_1").op("iconst_1").op(
        "multianewarray", cp.cls("[[LMissing;"), 2).op("pop")))


@case("ncdfe_ldc_missing_class")
def _():
    return one(main_calling(lambda a, cp: a.op("ldc_w", cp.cls("Missing")).op("pop")))


@case("ncdfe_checkcast_missing_class_non_null")
def _():
    return one(main_calling(lambda a, cp: a.op("ldc_w", cp.string("s")).op(
        "checkcast", cp.cls("Missing")).op("pop")))


@case("ncdfe_instanceof_missing_class_non_null")
def _():
    return one(main_calling(lambda a, cp: a.op("ldc_w", cp.string("s")).op(
        "instanceof", cp.cls("Missing")).op("pop")))


@case("ncdfe_superclass_fails_format_check")
def _():
    sup = helper("Base")
    sup.field("x", "Q")
    k = Klass("Main", "Base")
    k.main().asm.println("ok").op("return")
    return {"Main": k.build(), "Base": sup.build()}


@case("ncdfe_class_after_failed_initialization")
def _():
    bad = helper("Bad")
    c = bad.method("<clinit>", "()V", ACC_STATIC)
    c.asm.op("iconst_1").op("iconst_0").op("idiv").op("pop").op("return")
    bad.field("x", "I")
    k = Klass("Main")
    m = k.main()
    a = m.asm
    a.label("s").field("getstatic", "Bad", "x", "I").op("pop").label("e").op("goto", "after")
    a.label("h").op("pop").label("after").field("getstatic", "Bad", "x", "I").op("pop").op("return")
    m.handlers.append(("s", "e", "h", "java/lang/Throwable"))
    m.frames = [("h", ["[Ljava/lang/String;"], ["java/lang/Throwable"]),
                ("after", ["[Ljava/lang/String;"], [])]
    return {"Main": k.build(), "Bad": bad.build()}


@case("ncdfe_missing_catch_type_when_thrown", jvms="the catch type is resolved when an exception "
      "is thrown inside the range (§6.5 athrow); HotSpot reports the missing class")
def _():
    k = Klass("Main")
    m = k.main()
    a = m.asm
    a.label("s").op("aconst_null").op("athrow").label("e")
    a.label("h").op("pop").op("return")
    m.handlers.append(("s", "e", "h", "MissingException"))
    m.frames = [("h", ["[Ljava/lang/String;"], ["MissingException"])]
    return one(k)


# =========================================================================================
# ClassCircularityError
# =========================================================================================

@case("circularity_extends_itself")
def _():
    k = Klass("Main", "Main")
    k.main().asm.println("ok").op("return")
    return one(k)


@case("circularity_two_classes")
def _():
    a = Klass("Main", "B")
    a.main().asm.println("ok").op("return")
    b = helper("B", "Main")
    return {"Main": a.build(), "B": b.build()}


@case("circularity_interface_extends_itself")
def _():
    i = Klass("I", access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, interfaces=("I",))
    return {"Main": hello(interfaces=("I",)).build(), "I": i.build()}


@case("circularity_two_interfaces")
def _():
    i = Klass("I", access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, interfaces=("J",))
    j = Klass("J", access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, interfaces=("I",))
    return {"Main": hello(interfaces=("I",)).build(), "I": i.build(), "J": j.build()}


@case("circularity_in_helper_at_run_time")
def _():
    a = helper("A", "B")
    b = helper("B", "A")
    return {"Main": main_calling(lambda x, cp: x.new_init("A").op("pop")).build(),
            "A": a.build(), "B": b.build()}


# =========================================================================================
# IncompatibleClassChangeError and its subclasses
# =========================================================================================

def itf(name, *methods):
    k = Klass(name, access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT)
    for n, d in methods:
        k.method(n, d, ACC_PUBLIC | ACC_ABSTRACT)
    return k


@case("icce_class_extends_interface")
def _():
    k = Klass("Main", "I")
    k.main().asm.println("ok").op("return")
    return {"Main": k.build(), "I": itf("I").build()}


@case("icce_class_implements_class")
def _():
    return {"Main": hello(interfaces=("C",)).build(), "C": helper("C").build()}


@case("icce_interface_extends_class")
def _():
    i = Klass("I", access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, interfaces=("C",))
    return {"Main": hello(interfaces=("I",)).build(), "I": i.build(), "C": helper("C").build()}


@case("icce_invokestatic_on_instance_method")
def _():
    c = helper("C")
    c.method("m", "()V", ACC_PUBLIC).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.invoke("invokestatic", "C", "m", "()V")).build(),
            "C": c.build()}


@case("icce_invokevirtual_on_static_method")
def _():
    c = helper("C")
    c.method("m", "()V", ACC_PUBLIC | ACC_STATIC).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.new_init("C").invoke(
        "invokevirtual", "C", "m", "()V")).build(), "C": c.build()}


@case("icce_getstatic_on_instance_field")
def _():
    c = helper("C")
    c.field("x", "I", ACC_PUBLIC)
    return {"Main": main_calling(lambda a, cp: a.field("getstatic", "C", "x", "I").op("pop")).build(),
            "C": c.build()}


@case("icce_getfield_on_static_field")
def _():
    c = helper("C")
    c.field("x", "I", ACC_PUBLIC | ACC_STATIC)
    return {"Main": main_calling(lambda a, cp: a.new_init("C").field(
        "getfield", "C", "x", "I").op("pop")).build(), "C": c.build()}


@case("icce_putstatic_on_instance_field")
def _():
    c = helper("C")
    c.field("x", "I", ACC_PUBLIC)
    return {"Main": main_calling(lambda a, cp: a.op("iconst_1").field("putstatic", "C", "x", "I")).build(),
            "C": c.build()}


@case("icce_invokeinterface_on_class")
def _():
    c = helper("C")
    c.method("m", "()V", ACC_PUBLIC).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.new_init("C").invoke(
        "invokeinterface", "C", "m", "()V")).build(), "C": c.build()}


@case("icce_invokevirtual_on_interface")
def _():
    i = itf("I", ("m", "()V"))
    return {"Main": main_calling(lambda a, cp: a.op("aconst_null").op(
        "checkcast", cp.cls("I")).invoke("invokevirtual", "I", "m", "()V")).build(), "I": i.build()}


@case("icce_methodref_to_interface_static", jvms="a static interface method must be named by an "
      "InterfaceMethodref (§5.4.3.3)")
def _():
    i = Klass("I", access=ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT)
    i.method("s", "()V", ACC_PUBLIC | ACC_STATIC).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.invoke("invokestatic", "I", "s", "()V")).build(),
            "I": i.build()}


@case("icce_instantiation_of_interface")
def _():
    return {"Main": main_calling(lambda a, cp: a.op("new", cp.cls("I")).op("pop")).build(),
            "I": itf("I").build()}


@case("icce_instantiation_of_abstract_class")
def _():
    c = helper("C", access=ACC_PUBLIC | ACC_SUPER | ACC_ABSTRACT)
    return {"Main": main_calling(lambda a, cp: a.op("new", cp.cls("C")).op("pop")).build(),
            "C": c.build()}


@case("icce_overrides_final_method")
def _():
    base = helper("Base")
    base.method("m", "()V", ACC_PUBLIC | ACC_FINAL).asm.op("return")
    sub = helper("Sub", "Base")
    sub.method("m", "()V", ACC_PUBLIC).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.new_init("Sub").op("pop")).build(),
            "Base": base.build(), "Sub": sub.build()}


@case("icce_inherits_from_final_library_class", jvms="JDK 17 reports IncompatibleClassChangeError; older HotSpot (and many texts) say VerifyError")
def _():
    k = Klass("Main", "java/lang/String")
    k.main().asm.println("ok").op("return")
    return one(k)


@case("icce_inherits_from_final_app_class", jvms="JDK 17 reports IncompatibleClassChangeError; older HotSpot (and many texts) say VerifyError")
def _():
    base = helper("Base", access=ACC_PUBLIC | ACC_SUPER | ACC_FINAL)
    sub = helper("Sub", "Base")
    return {"Main": main_calling(lambda a, cp: a.new_init("Sub").op("pop")).build(),
            "Base": base.build(), "Sub": sub.build()}


# =========================================================================================
# AbstractMethodError
# =========================================================================================

@case("ame_interface_method_not_implemented")
def _():
    c = helper("C", interfaces=("I",))
    return {"Main": main_calling(lambda a, cp: a.new_init("C").invoke(
        "invokeinterface", "I", "m", "()V")).build(),
            "I": itf("I", ("m", "()V")).build(), "C": c.build()}


@case("ame_abstract_method_in_concrete_class", jvms="JVMS does not forbid an abstract method in a "
      "non-abstract class; invoking it fails")
def _():
    c = helper("C")
    c.method("m", "()V", ACC_PUBLIC | ACC_ABSTRACT)
    return {"Main": main_calling(lambda a, cp: a.new_init("C").invoke(
        "invokevirtual", "C", "m", "()V")).build(), "C": c.build()}


@case("ame_abstract_superclass_method_not_implemented")
def _():
    base = helper("Base", access=ACC_PUBLIC | ACC_SUPER | ACC_ABSTRACT)
    base.method("m", "()V", ACC_PUBLIC | ACC_ABSTRACT)
    sub = helper("Sub", "Base")
    return {"Main": main_calling(lambda a, cp: a.new_init("Sub").invoke(
        "invokevirtual", "Base", "m", "()V")).build(), "Base": base.build(), "Sub": sub.build()}


@case("ame_interface_method_private_in_class", jvms="a private method does not implement an "
      "interface method (§5.4.6 skips private methods in selection), so nothing is selected")
def _():
    c = helper("C", interfaces=("I",))
    c.method("m", "()V", ACC_PRIVATE).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.new_init("C").invoke(
        "invokeinterface", "I", "m", "()V")).build(),
            "I": itf("I", ("m", "()V")).build(), "C": c.build()}


# =========================================================================================
# NoSuchMethodError / NoSuchFieldError
# =========================================================================================

@case("nsme_invokestatic_unknown")
def _():
    return one(main_calling(lambda a, cp: a.invoke("invokestatic", "Main", "nothing", "()V")))


@case("nsme_invokestatic_wrong_descriptor")
def _():
    k = main_calling(lambda a, cp: a.op("iconst_1").invoke("invokestatic", "Main", "m", "(I)V"))
    k.method("m", "(J)V").asm.op("return")
    return one(k)


@case("nsme_library_method")
def _():
    return one(main_calling(lambda a, cp: a.invoke("invokestatic", "java/lang/Math", "nothing", "()V")))


@case("nsme_constructor")
def _():
    return one(main_calling(lambda a, cp: a.op("new", cp.cls("java/lang/Object")).op("dup").op(
        "iconst_1").invoke("invokespecial", "java/lang/Object", "<init>", "(I)V").op("pop")))


@case("nsme_invokeinterface_unknown")
def _():
    c = helper("C", interfaces=("I",))
    return {"Main": main_calling(lambda a, cp: a.new_init("C").invoke(
        "invokeinterface", "I", "m", "()V")).build(), "I": itf("I").build(), "C": c.build()}


@case("nsme_invokevirtual_return_type")
def _():
    c = helper("C")
    c.method("m", "()I", ACC_PUBLIC).asm.op("iconst_0").op("ireturn")
    return {"Main": main_calling(lambda a, cp: a.new_init("C").invoke(
        "invokevirtual", "C", "m", "()J").op("pop2")).build(), "C": c.build()}


@case("nsme_main_class_static_init_calls_unknown")
def _():
    k = hello()
    k.method("<clinit>", "()V", ACC_STATIC).asm.invoke("invokestatic", "Main", "gone", "()V").op("return")
    return one(k)


@case("nsfe_getstatic_unknown")
def _():
    return one(main_calling(lambda a, cp: a.field("getstatic", "Main", "nothing", "I").op("pop")))


@case("nsfe_getstatic_wrong_type")
def _():
    k = main_calling(lambda a, cp: a.field("getstatic", "Main", "x", "J").op("pop2"))
    k.field("x", "I")
    return one(k)


@case("nsfe_putfield_unknown")
def _():
    c = helper("C")
    return {"Main": main_calling(lambda a, cp: a.new_init("C").op("iconst_1").field(
        "putfield", "C", "nothing", "I")).build(), "C": c.build()}


@case("nsfe_library_field")
def _():
    return one(main_calling(lambda a, cp: a.field("getstatic", "java/lang/System", "nothing", PS).op("pop")))


@case("nsfe_field_in_interface")
def _():
    return {"Main": main_calling(lambda a, cp: a.field("getstatic", "I", "X", "I").op("pop")).build(),
            "I": itf("I").build()}


# =========================================================================================
# IllegalAccessError
# =========================================================================================

@case("iae_private_static_method")
def _():
    c = helper("C")
    c.method("m", "()V", ACC_PRIVATE | ACC_STATIC).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.invoke("invokestatic", "C", "m", "()V")).build(),
            "C": c.build()}


@case("iae_private_static_field")
def _():
    c = helper("C")
    c.field("x", "I", ACC_PRIVATE | ACC_STATIC)
    return {"Main": main_calling(lambda a, cp: a.field("getstatic", "C", "x", "I").op("pop")).build(),
            "C": c.build()}


@case("iae_private_constructor")
def _():
    c = helper("C", ctor=False)
    c.init(access=ACC_PRIVATE)
    return {"Main": main_calling(lambda a, cp: a.new_init("C").op("pop")).build(), "C": c.build()}


@case("iae_package_private_class_other_package")
def _():
    c = Klass("p/Hidden", access=ACC_SUPER)
    c.method("m", "()V", ACC_PUBLIC | ACC_STATIC).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.invoke("invokestatic", "p/Hidden", "m", "()V")).build(),
            "p/Hidden": c.build()}


@case("iae_superclass_package_private_other_package")
def _():
    c = Klass("p/Hidden", access=ACC_SUPER)
    c.init()
    k = Klass("Main", "p/Hidden")
    k.main().asm.println("ok").op("return")
    return {"Main": k.build(), "p/Hidden": c.build()}


@case("iae_put_final_static_field_of_other_class")
def _():
    c = helper("C")
    c.field("x", "I", ACC_PUBLIC | ACC_STATIC | ACC_FINAL)
    return {"Main": main_calling(lambda a, cp: a.op("iconst_1").field("putstatic", "C", "x", "I")).build(),
            "C": c.build()}


@case("iae_put_final_static_field_outside_clinit", jvms="since class file 53, a final static field "
      "may only be set in <clinit> (§6.5 putstatic)")
def _():
    k = main_calling(lambda a, cp: a.op("iconst_1").field("putstatic", "Main", "x", "I"), major=53)
    k.field("x", "I", ACC_PUBLIC | ACC_STATIC | ACC_FINAL)
    return one(k)


@case("iae_protected_method_of_unrelated_package_class")
def _():
    c = Klass("p/C")
    c.init()
    c.method("m", "()V", ACC_PROTECTED | ACC_STATIC).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.invoke("invokestatic", "p/C", "m", "()V")).build(),
            "p/C": c.build()}


# =========================================================================================
# Other linkage errors
# =========================================================================================

@case("ule_native_method_without_implementation")
def _():
    k = main_calling(lambda a, cp: a.invoke("invokestatic", "Main", "n", "()V"))
    k.method("n", "()V", ACC_PUBLIC | ACC_STATIC | ACC_NATIVE)
    return one(k)


@case("eiie_static_initializer_throws")
def _():
    k = hello()
    k.method("<clinit>", "()V", ACC_STATIC).asm.op("iconst_1").op("iconst_0").op("idiv").op("pop").op("return")
    return one(k)


@case("bme_bootstrap_method_returns_wrong_type")
def _():
    k = Klass("Main", major=52)
    bsm_desc = ("(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
                "Ljava/lang/invoke/MethodType;)Ljava/lang/Object;")
    b = k.method("bsm", bsm_desc)
    b.asm.op("aconst_null").op("areturn")
    bsm = k.cp.method_handle(6, k.cp.method("Main", "bsm", bsm_desc))
    site = k.cp.indy(0, "run", "()V")
    m = k.main()
    m.asm.op("invokedynamic", site, 0, 0).op("return")
    k.attrs.append(("BootstrapMethods", struct.pack(">HHH", 1, bsm, 0)))
    return one(k)


# =========================================================================================
# VerifyError: bytecode (JVMS §4.10)
# =========================================================================================

def verify_case(body, major=52, max_stack=6, max_locals=None, extra=None):
    """Main prints, calls the static method m()V whose code is body(asm, cp), prints."""
    k = Klass("Main", major=major)
    k.main().asm.println("before").invoke("invokestatic", "Main", "m", "()V").println("after").op("return")
    m = k.method("m", "()V")
    m.max_stack = max_stack
    if max_locals is not None:
        m.max_locals = max_locals
    body(m.asm, k.cp)
    if extra:
        extra(k, m)
    return one(k)


@case("verify_stack_underflow")
def _():
    return verify_case(lambda a, cp: a.op("pop").op("return"))


@case("verify_stack_overflow")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("iconst_1").op("pop2").op("return"), max_stack=1)


@case("verify_iadd_on_float")
def _():
    return verify_case(lambda a, cp: a.op("fconst_1").op("iconst_1").op("iadd").op("pop").op("return"))


@case("verify_ireturn_from_void")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("ireturn"))


@case("verify_return_from_int_method")
def _():
    k = Klass("Main")
    k.main().asm.invoke("invokestatic", "Main", "m", "()I").op("pop").op("return")
    k.method("m", "()I").asm.op("return")
    return one(k)


@case("verify_areturn_int")
def _():
    k = Klass("Main")
    k.main().asm.invoke("invokestatic", "Main", "m", "()Ljava/lang/String;").op("pop").op("return")
    k.method("m", "()Ljava/lang/String;").asm.op("iconst_1").op("areturn")
    return one(k)


@case("verify_areturn_wrong_class")
def _():
    k = Klass("Main")
    k.main().asm.invoke("invokestatic", "Main", "m", "()Ljava/lang/String;").op("pop").op("return")
    k.method("m", "()Ljava/lang/String;").asm.new_init("java/lang/Object").op("areturn")
    return one(k)


@case("verify_uninitialized_local")
def _():
    return verify_case(lambda a, cp: a.op("iload_1").op("pop").op("return"), max_locals=2)


@case("verify_local_index_out_of_range")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("istore", 9).op("return"), max_locals=2)


@case("verify_long_in_int_local")
def _():
    return verify_case(lambda a, cp: a.op("lconst_1").op("lstore_0").op("iload_0").op("pop").op("return"))


@case("verify_falls_off_end")
def _():
    return verify_case(lambda a, cp: a.op("nop"))


@case("verify_branch_into_middle_of_instruction")
def _():
    return verify_case(lambda a, cp: a.op("goto", 4).op("sipush", 7).op("pop").op("return"), major=49)


@case("verify_branch_before_code")
def _():
    return verify_case(lambda a, cp: a.op("goto", -1).op("return"), major=49)


@case("verify_branch_past_code")
def _():
    return verify_case(lambda a, cp: a.op("goto", 100).op("return"), major=49)


@case("verify_undefined_opcode")
def _():
    return verify_case(lambda a, cp: a.raw(0xcb).op("return"))


@case("verify_breakpoint_opcode", jvms="0xca (breakpoint) is reserved: never in a class file (§6.2)")
def _():
    return verify_case(lambda a, cp: a.raw(0xca).op("return"))


@case("verify_missing_stack_map_frame")
def _():
    return verify_case(lambda a, cp: a.op("iconst_0").op("ifeq", "L").label("L").op("return"))


@case("verify_stack_map_frame_type_mismatch")
def _():
    def body(a, cp):
        a.op("iconst_0").op("istore_0").op("iconst_0").op("ifeq", "L").label("L").op("return")

    def extra(k, m):
        m.frames = [("L", ["F"], [])]
    return verify_case(body, extra=extra, max_locals=1)


@case("verify_stack_map_frame_at_bad_offset")
def _():
    def extra(k, m):     # one `same` frame at pc 1, inside the sipush
        m.code_attrs.append(("StackMapTable", struct.pack(">HB", 1, 1)))
    return verify_case(lambda a, cp: a.op("sipush", 1).op("pop").op("return"), extra=extra)


@case("verify_jsr_in_version_52", jvms="jsr/ret are illegal from class file 51 on (§4.9.1)")
def _():
    return verify_case(lambda a, cp: a.op("jsr", "S").op("return").label("S").op("astore_0").op("ret", 0),
                       max_locals=1)


@case("verify_ret_without_jsr")
def _():
    return verify_case(lambda a, cp: a.op("iconst_0").op("istore_0").op("ret", 0), major=49, max_locals=1)


@case("verify_tableswitch_low_above_high")
def _():
    def body(a, cp):
        a.op("iconst_0").raw(0xaa, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 1).op("return")
    return verify_case(body, major=49)


@case("verify_lookupswitch_unsorted_keys")
def _():
    def body(a, cp):
        a.op("iconst_0")
        # pc 1: lookupswitch, 2 pad bytes to pc 4, default, npairs 2, (5, +0) (1, +0)
        a.raw(0xab, 0, 0, 0, 0, 0, 27, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0, 27, 0, 0, 0, 1, 0, 0, 0, 27)
        a.op("return")
    return verify_case(body, major=49)


@case("verify_invokeinterface_count_wrong")
def _():
    def body(a, cp):
        a.op("aconst_null").op("invokeinterface", cp.imethod("java/lang/Runnable", "run", "()V"), 3, 0)
        a.op("return")
    return verify_case(body)


@case("verify_invokeinterface_fourth_byte_nonzero")
def _():
    def body(a, cp):
        a.op("aconst_null").op("invokeinterface", cp.imethod("java/lang/Runnable", "run", "()V"), 1, 7)
        a.op("return")
    return verify_case(body)


@case("verify_getfield_on_int")
def _():
    return verify_case(lambda a, cp: a.op("iconst_0").field("getfield", "java/lang/Integer", "value", "I")
                       .op("pop").op("return"))


@case("verify_arraylength_on_object")
def _():
    return verify_case(lambda a, cp: a.new_init("java/lang/Object").op("arraylength").op("pop").op("return"))


@case("verify_athrow_string")
def _():
    return verify_case(lambda a, cp: a.op("ldc_w", cp.string("boom")).op("athrow"))


@case("verify_monitorenter_int")
def _():
    return verify_case(lambda a, cp: a.op("iconst_0").op("monitorenter").op("return"))


@case("verify_use_before_constructor")
def _():
    return verify_case(lambda a, cp: a.op("new", cp.cls("java/lang/Object")).invoke(
        "invokevirtual", "java/lang/Object", "hashCode", "()I").op("pop").op("return"))


@case("verify_constructor_does_not_call_super")
def _():
    k = Klass("Main")
    k.main().asm.new_init("Main").op("pop").op("return")
    k.method("<init>", "()V", ACC_PUBLIC).asm.op("return")
    return one(k)


@case("verify_constructor_calls_wrong_super")
def _():
    k = Klass("Main")
    k.main().asm.new_init("Main").op("pop").op("return")
    k.method("<init>", "()V", ACC_PUBLIC).asm.op("aload_0").invoke(
        "invokespecial", "java/lang/Number", "<init>", "()V").op("return")
    return one(k)


@case("verify_invokespecial_init_twice")
def _():
    k = Klass("Main")
    k.main().asm.new_init("Main").op("pop").op("return")
    k.method("<init>", "()V", ACC_PUBLIC).asm.op("aload_0").invoke(
        "invokespecial", "java/lang/Object", "<init>", "()V").op("aload_0").invoke(
        "invokespecial", "java/lang/Object", "<init>", "()V").op("return")
    return one(k)


@case("verify_catch_type_not_throwable")
def _():
    def body(a, cp):
        a.label("s").op("nop").label("e").op("return").label("h").op("pop").op("return")

    def extra(k, m):
        m.handlers.append(("s", "e", "h", "java/lang/String"))
        m.frames = [("h", [], ["java/lang/String"])]
    return verify_case(body, extra=extra)


@case("cfe_old_verifier_handler_inside_instruction", jvms="the JVMS makes this a verification failure (§4.10.2.2); HotSpot's old (inference) verifier throws ClassFormatError")
def _():
    def body(a, cp):
        a.label("s").op("sipush", 1).op("pop").label("e").op("return")

    def extra(k, m):
        m.handlers.append(("s", "e", 1, None))
    return verify_case(body, major=49, extra=extra)


@case("verify_putfield_wrong_type")
def _():
    k = Klass("Main")
    k.init()
    k.field("s", "Ljava/lang/String;", ACC_PUBLIC)
    k.main().asm.new_init("Main").op("iconst_1").field("putfield", "Main", "s", "Ljava/lang/String;").op("return")
    return one(k)


@case("verify_wrong_argument_type")
def _():
    k = Klass("Main")
    k.main().asm.op("iconst_1").invoke("invokestatic", "Main", "take", "(Ljava/lang/String;)V").op("return")
    k.method("take", "(Ljava/lang/String;)V").asm.op("return")
    return one(k)


@case("verify_wrong_receiver_type")
def _():
    return verify_case(lambda a, cp: a.new_init("java/lang/Object").invoke(
        "invokevirtual", "java/lang/String", "length", "()I").op("pop").op("return"))


@case("verify_dup2_splits_long")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("lconst_1").op("dup_x2").op("return"))


@case("verify_swap_long")
def _():
    return verify_case(lambda a, cp: a.op("lconst_1").op("swap").op("return"))


@case("verify_pop_half_of_long")
def _():
    return verify_case(lambda a, cp: a.op("lconst_1").op("pop").op("pop").op("return"))


@case("verify_new_array_class", jvms="`new` must name a class, not an array (§6.5 new)")
def _():
    return verify_case(lambda a, cp: a.op("new", cp.cls("[I")).op("pop").op("return"))


@case("verify_newarray_bad_type")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("newarray", 3).op("pop").op("return"))


@case("verify_multianewarray_zero_dimensions")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("multianewarray", cp.cls("[[I"), 0).op("pop").op("return"))


@case("verify_multianewarray_more_dimensions_than_type")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("iconst_1").op(
        "multianewarray", cp.cls("[I"), 2).op("pop").op("return"))


@case("verify_ldc_of_long", jvms="ldc may not load a Long or Double (§6.5 ldc)")
def _():
    return verify_case(lambda a, cp: a.op("ldc_w", cp.long(5)).op("pop").op("return"))


@case("verify_ldc2_w_of_int")
def _():
    return verify_case(lambda a, cp: a.op("ldc2_w", cp.integer(5)).op("pop2").op("return"))


@case("verify_ldc_of_methodref")
def _():
    return verify_case(lambda a, cp: a.op("ldc_w", cp.method("Main", "m", "()V")).op("pop").op("return"))


@case("verify_getstatic_of_methodref")
def _():
    return verify_case(lambda a, cp: a.op("getstatic", cp.method("Main", "m", "()V")).op("pop").op("return"))


@case("verify_invokevirtual_of_fieldref")
def _():
    return verify_case(lambda a, cp: a.op("aconst_null").op(
        "invokevirtual", cp.field("java/lang/System", "out", PS)).op("return"))


@case("verify_invokevirtual_init", jvms="only invokespecial may call <init>")
def _():
    return verify_case(lambda a, cp: a.op("new", cp.cls("java/lang/Object")).op("dup").invoke(
        "invokevirtual", "java/lang/Object", "<init>", "()V").op("pop").op("return"))


@case("cfe_methodref_names_clinit", jvms="a Methodref may not name a method whose name starts with '<' other than <init> (§4.4.2): a format error, before verification")
def _():
    return verify_case(lambda a, cp: a.invoke("invokestatic", "Main", "<clinit>", "()V").op("return"))


@case("verify_wide_of_non_local_opcode")
def _():
    return verify_case(lambda a, cp: a.raw(0xc4, 0x60, 0, 0).op("return"))


@case("verify_aaload_on_int_array")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("newarray", 10).op("iconst_0").op("aaload")
                       .op("pop").op("return"))


@case("verify_iastore_into_object_array")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("anewarray", cp.cls("java/lang/Object"))
                       .op("iconst_0").op("iconst_0").op("iastore").op("return"))


@case("verify_code_after_return_without_frame", jvms="from version 50 on, code after an "
      "unconditional branch needs a stack map frame")
def _():
    return verify_case(lambda a, cp: a.op("return").op("nop").op("return"))


@case("verify_old_version_type_error", jvms="major 49: type inference (the old verifier)")
def _():
    return verify_case(lambda a, cp: a.op("fconst_1").op("iconst_1").op("iadd").op("pop").op("return"), major=49)


@case("verify_old_version_stack_height_mismatch")
def _():
    def body(a, cp):
        a.op("iconst_0").op("ifeq", "L").op("iconst_1").label("L").op("return")
    return verify_case(body, major=49)


@case("verify_old_version_stack_height_mismatch_v50_failover", jvms="HotSpot falls back to "
      "inference for version 50 when the StackMapTable check fails")
def _():
    def body(a, cp):
        a.op("iconst_0").op("ifeq", "L").op("iconst_1").label("L").op("return")
    return verify_case(body, major=50)


@case("verify_max_locals_zero_with_store")
def _():
    return verify_case(lambda a, cp: a.op("iconst_1").op("istore_0").op("return"), max_locals=0)


@case("verify_main_method_itself_bad")
def _():
    k = Klass("Main")
    k.main().asm.op("pop").op("return")
    return one(k)


@case("verify_static_initializer_bad")
def _():
    k = hello()
    k.method("<clinit>", "()V", ACC_STATIC).asm.op("lconst_0").op("ireturn")
    return one(k)


@case("verify_helper_class_bad_method_run_later")
def _():
    c = helper("C")
    c.method("m", "()V", ACC_PUBLIC | ACC_STATIC).asm.op("fconst_0").op("istore_0").op("return")
    c.method("ok", "()V", ACC_PUBLIC | ACC_STATIC).asm.op("return")
    return {"Main": main_calling(lambda a, cp: a.println("calling").invoke(
        "invokestatic", "C", "ok", "()V")).build(), "C": c.build()}


@case("verify_protected_access_through_wrong_type", jvms="§4.10.1.8: protected member of a "
      "superclass in another package accessed via a reference that is not the current class")
def _():
    k = Klass("Main", "java/lang/Object")
    k.init()
    k.main().asm.new_init("java/lang/Object").invoke(
        "invokevirtual", "java/lang/Object", "clone", "()Ljava/lang/Object;").op("pop").op("return")
    return one(k)


# =========================================================================================
# Controls: odd but valid -- HotSpot runs them, Kava must too
# =========================================================================================

@case("ok_unknown_attribute_is_ignored")
def _():
    k = hello()
    k.attrs.append(("KavaDoesNotKnowThis", b"\x01\x02\x03"))
    return one(k)


@case("ok_checkcast_missing_class_on_null", jvms="checkcast of null succeeds without resolving "
      "the class in HotSpot; JVMS §5.4.3 lets an implementation resolve lazily")
def _():
    return one(main_calling(lambda a, cp: a.op("aconst_null").op("checkcast", cp.cls("Missing"))
                            .op("pop").println("ok")))


@case("launcher_public_method_names_missing_class", jvms="nothing in the JVMS loads Missing; HotSpot's launcher finds main with Class.getMethod, which resolves the classes in every public method's descriptor")
def _():
    k = hello()
    k.method("m", "(LMissing;)LMissing;").asm.op("aconst_null").op("areturn")
    return one(k)


@case("ok_private_method_names_missing_class")
def _():
    k = hello()
    k.method("m", "(LMissing;)LMissing;", ACC_PRIVATE | ACC_STATIC).asm.op("aconst_null").op("areturn")
    return one(k)


@case("ok_stack_map_in_old_version_is_ignored")
def _():
    k = hello(major=49)
    k.methods[0].code_attrs.append(("StackMapTable", b"\x00\x05garbage"))
    return one(k)


@case("ok_class_version_45_3")
def _():
    return one(hello(major=45, minor=3))


# ---- running java -------------------------------------------------------------------------

THROWABLE_RE = re.compile(r"\b(java\.[a-z.]+\.[A-Z][A-Za-z]*(?:Error|Exception))\b(?::\s*(.*))?")


def first_throwable(stderr):
    """(internal class name, message) of the first Java throwable on stderr, or (None, None)."""
    m = THROWABLE_RE.search(stderr)
    if not m:
        return None, None
    return m.group(1).replace(".", "/"), (m.group(2) or "").strip()


def run_java(d, main, java="java"):
    proc = subprocess.run([java, "-Xshare:auto", "-cp", str(d), main], capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)
    err, msg = first_throwable(proc.stderr)
    version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    return {"error": err, "message": msg, "status": proc.returncode,
            "stdout": proc.stdout[-200:], "stderr_head": "\n".join(proc.stderr.splitlines()[:3]),
            "java": version[0] if version else "?"}


def build_all():
    out = {}
    for name, fn, jvms, main in REGISTRY:
        out[name] = (fn(), jvms, main)
    return out


def write_case(d, classes):
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    for cname, data in classes.items():
        p = d / (cname + ".class")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only compare the generated bytes with the files")
    ap.add_argument("--java", default="java")
    a = ap.parse_args(argv)
    built = build_all()
    if len(built) != len(REGISTRY):
        sys.exit("duplicate case names")
    if a.check:
        bad = []
        for name, (classes, _, _) in built.items():
            for cname, data in classes.items():
                p = CASES / name / (cname + ".class")
                if not p.exists() or p.read_bytes() != data:
                    bad.append("%s/%s" % (name, cname))
        print("%d cases, %d files differ%s" % (len(built), len(bad), (": " + ", ".join(bad)) if bad else ""))
        return 1 if bad else 0
    if shutil.which(a.java) is None:
        sys.exit("generate.py: `java` not found: the expectations are recorded from the real JVM")
    if CASES.exists():
        shutil.rmtree(CASES)
    for name, (classes, _, _) in built.items():
        write_case(CASES / name, classes)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = dict(zip(built, pool.map(lambda n: run_java(CASES / n, built[n][2], a.java), built)))
    manifest = {}
    for name, (classes, jvms, main_name) in built.items():
        hs = results[name]
        entry = {"main": main_name, "classes": sorted(classes), "expected": hs["error"],
                 "hotspot": {k: hs[k] for k in ("error", "message", "status", "stderr_head")}}
        if jvms:
            entry["jvms"] = jvms
        manifest[name] = entry
    MANIFEST.write_text(json.dumps({"generated_with": results[next(iter(results))]["java"],
                                    "cases": manifest}, indent=1, sort_keys=True) + "\n")
    counts = {}
    for e in manifest.values():
        counts[e["expected"]] = counts.get(e["expected"], 0) + 1
    print("%d cases written; HotSpot says: %s" % (len(manifest), ", ".join(
        "%s %d" % (k, v) for k, v in sorted(counts.items(), key=lambda kv: str(kv[0])))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
