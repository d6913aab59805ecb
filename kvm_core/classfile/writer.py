"""``write_class``: ClassFile -> bytes (for tests and the fuzzer).

The writer keeps the ClassFile's constant pool as it is (so indices survive a
round trip) and appends whatever entries the rest of the class needs but the
pool lacks, e.g. after a test renamed a method.  It validates nothing: a test
may set any name, descriptor, flag or count, and may put a :class:`RawEntry`
in the constant pool or a ``RawAttribute`` in any ``unknown_attributes`` list
to emit arbitrary bytes.  Every structure is built with its construct schema
from ``schemas.py``.
"""

import struct

from . import schemas as S
from .constant_pool import (CpClass, CpDouble, CpDynamic, CpEntry, CpFieldref, CpFloat,
                            CpInteger, CpInterfaceMethodref, CpInvokeDynamic, CpLong,
                            CpMethodHandle, CpMethodref, CpMethodType, CpModule,
                            CpNameAndType, CpPackage, CpString, CpUtf8)
from .mutf8 import encode_modified_utf8

__all__ = ["write_class", "RawEntry", "build_attribute"]


class RawEntry:
    """A constant-pool slot written verbatim: *data* includes the tag byte.
    *slots* is 2 to make the writer leave the next index empty (as for a
    Long/Double)."""

    __slots__ = ("data", "slots")
    tag = None

    def __init__(self, data, slots=1):
        self.data = bytes(data)
        self.slots = slots

    def __repr__(self):
        return f"RawEntry({self.data!r}, slots={self.slots})"


class _Pool:
    def __init__(self, existing):
        self.entries = list(existing) if existing else [None]
        if not self.entries or self.entries[0] is not None:
            self.entries.insert(0, None)
        self.index = {}
        for i, e in enumerate(self.entries):
            if isinstance(e, CpEntry) and e not in self.index:
                self.index[e] = i

    def add(self, e):
        i = self.index.get(e)
        if i is None:
            i = len(self.entries)
            self.entries.append(e)
            if e.tag == 5 or e.tag == 6:
                self.entries.append(None)
            self.index[e] = i
        return i

    def utf8(self, s):
        return self.add(CpUtf8(s))

    def cls(self, name):
        return 0 if name is None else self.add(CpClass(name))

    def build_entry(self, e):
        """cp_info bytes of entry *e* (may append the entries it refers to)."""
        t = type(e)
        if t is RawEntry:
            return e.data
        if t is CpUtf8:
            info = {"bytes": encode_modified_utf8(e.value)}
        elif t is CpInteger:
            info = {"bytes": e.value}
        elif t is CpFloat:
            info = {"bytes": e.bits}
        elif t is CpLong:
            info = {"bytes": e.value}
        elif t is CpDouble:
            info = {"bytes": e.bits}
        elif t is CpClass:
            info = {"name_index": self.utf8(e.name)}
        elif t is CpString:
            info = {"string_index": self.utf8(e.value)}
        elif t is CpFieldref or t is CpMethodref or t is CpInterfaceMethodref:
            info = {"class_index": self.cls(e.class_name),
                    "name_and_type_index": self.add(CpNameAndType(e.name, e.descriptor))}
        elif t is CpNameAndType:
            info = {"name_index": self.utf8(e.name), "descriptor_index": self.utf8(e.descriptor)}
        elif t is CpMethodHandle:
            info = {"reference_kind": e.kind, "reference_index": self.add(e.ref)}
        elif t is CpMethodType:
            info = {"descriptor_index": self.utf8(e.descriptor)}
        elif t is CpDynamic or t is CpInvokeDynamic:
            info = {"bootstrap_method_attr_index": e.bootstrap_index,
                    "name_and_type_index": self.add(CpNameAndType(e.name, e.descriptor))}
        elif t is CpModule or t is CpPackage:
            info = {"name_index": self.utf8(e.name)}
        else:
            raise TypeError(f"cannot write constant-pool entry {e!r}")
        return S.CpInfo_C.build({"tag": e.tag, "info": info})

    def build(self):
        """All entries (the list may grow while building); returns (count, bytes)."""
        out = []
        i = 1
        entries = self.entries
        while i < len(entries):
            e = entries[i]
            if e is None:
                raise ValueError(f"constant-pool slot {i} is empty but not after a Long/Double")
            out.append(self.build_entry(e))
            step = e.slots if type(e) is RawEntry else (2 if e.tag in (5, 6) else 1)
            if step == 2 and i + 1 < len(entries) and entries[i + 1] is not None:
                raise ValueError(f"slot {i + 1} after a two-slot entry must be None")
            if step == 2 and i + 1 == len(entries):
                entries.append(None)
            i += step
        if len(entries) > 0xFFFF:
            raise ValueError("constant pool too large")
        return len(entries), b"".join(out)


def build_attribute(pool, name, info):
    """An attribute_info dict for the schemas (name resolved through *pool*)."""
    return {"attribute_name_index": pool.utf8(name), "info": bytes(info)}


def _u2(v):
    return struct.pack(">H", v)


def _vtype(pool, vt):
    tag, extra = vt
    if tag == 7:
        return {"tag": 7, "data": pool.cls(extra)}
    if tag == 8:
        return {"tag": 8, "data": extra}
    return {"tag": tag, "data": None}


def _frame_type(frame, delta):
    kind = frame.kind
    if kind == "same":
        return delta if delta < 64 else 251
    if kind == "same_locals_1":
        return 64 + delta if delta < 64 else 247
    if kind == "chop":
        return 251 - frame.chop
    if kind == "append":
        return 251 + len(frame.locals)
    return 255


def _stack_map_table(pool, frames):
    entries = []
    prev = -1
    for f in frames:
        delta = f.offset_delta
        if delta is None:
            delta = f.offset - prev - 1
        prev = prev + delta + 1
        ft = f.frame_type if f.frame_type is not None else _frame_type(f, delta)
        entries.append({"frame_type": ft, "offset_delta": delta,
                        "locals": [_vtype(pool, v) for v in f.locals],
                        "stack": [_vtype(pool, v) for v in f.stack]})
    return S.StackMapTableAttribute_C.build({"entries": entries})


def _cldc_stack_map(pool, frames):
    entries = [{"offset": f.offset if f.offset is not None else f.offset_delta,
                "locals": [_vtype(pool, v) for v in f.locals],
                "stack": [_vtype(pool, v) for v in f.stack]} for f in frames]
    return S.CldcStackMapAttribute_C.build({"entries": entries})


def _code(pool, c):
    attrs = []
    if c.line_numbers:
        attrs.append(build_attribute(pool, "LineNumberTable", S.LineNumberTableAttribute_C.build(
            {"line_number_table": [{"start_pc": pc, "line_number": ln}
                                   for pc, ln in c.line_numbers]})))
    if c.local_variables:
        attrs.append(build_attribute(pool, "LocalVariableTable",
                                     S.LocalVariableTableAttribute_C.build({"local_variable_table": [
                                         {"start_pc": lv.start_pc, "length": lv.length,
                                          "name_index": pool.utf8(lv.name),
                                          "descriptor_index": pool.utf8(lv.descriptor),
                                          "index": lv.index} for lv in c.local_variables]})))
    if c.stack_map_table is not None:
        attrs.append(build_attribute(pool, "StackMapTable", _stack_map_table(pool, c.stack_map_table)))
    if c.stack_map is not None:
        attrs.append(build_attribute(pool, "StackMap", _cldc_stack_map(pool, c.stack_map)))
    for a in c.unknown_attributes:
        attrs.append(build_attribute(pool, a.name, a.data))
    return S.CodeAttribute_C.build({
        "max_stack": c.max_stack, "max_locals": c.max_locals, "code": bytes(c.code),
        "exception_table": [{"start_pc": h.start_pc, "end_pc": h.end_pc,
                             "handler_pc": h.handler_pc, "catch_type": pool.cls(h.catch_type)}
                            for h in c.exception_table],
        "attributes": attrs,
    })


_CONSTANT_FOR_DESCRIPTOR = {
    "I": CpInteger, "S": CpInteger, "C": CpInteger, "B": CpInteger, "Z": CpInteger,
    "J": CpLong, "F": CpFloat.from_value, "D": CpDouble.from_value,
    "Ljava/lang/String;": CpString,
}


def _field(pool, f):
    attrs = []
    entry = f.constant_value_entry
    if entry is None and f.constant_value is not None:
        make = _CONSTANT_FOR_DESCRIPTOR.get(f.descriptor)
        if make is None:
            raise ValueError(f"no ConstantValue kind for descriptor {f.descriptor!r}")
        entry = make(f.constant_value)
    if entry is not None:
        attrs.append(build_attribute(pool, "ConstantValue", _u2(pool.add(entry))))
    if f.signature is not None:
        attrs.append(build_attribute(pool, "Signature", _u2(pool.utf8(f.signature))))
    for a in f.unknown_attributes:
        attrs.append(build_attribute(pool, a.name, a.data))
    return {"access_flags": f.access_flags, "name_index": pool.utf8(f.name),
            "descriptor_index": pool.utf8(f.descriptor), "attributes": attrs}


def _method(pool, m):
    attrs = []
    if m.code is not None:
        attrs.append(build_attribute(pool, "Code", _code(pool, m.code)))
    if m.exceptions:
        attrs.append(build_attribute(pool, "Exceptions", S.ExceptionsAttribute_C.build(
            {"exception_index_table": [pool.cls(n) for n in m.exceptions]})))
    if m.signature is not None:
        attrs.append(build_attribute(pool, "Signature", _u2(pool.utf8(m.signature))))
    for a in m.unknown_attributes:
        attrs.append(build_attribute(pool, a.name, a.data))
    return {"access_flags": m.access_flags, "name_index": pool.utf8(m.name),
            "descriptor_index": pool.utf8(m.descriptor), "attributes": attrs}


def _class_attributes(pool, cf):
    attrs = []
    if cf.source_file is not None:
        attrs.append(build_attribute(pool, "SourceFile", _u2(pool.utf8(cf.source_file))))
    if cf.inner_classes:
        attrs.append(build_attribute(pool, "InnerClasses", S.InnerClassesAttribute_C.build(
            {"classes": [{"inner_class_info_index": pool.cls(ic.inner_class),
                          "outer_class_info_index": pool.cls(ic.outer_class),
                          "inner_name_index": 0 if ic.inner_name is None
                          else pool.utf8(ic.inner_name),
                          "inner_class_access_flags": ic.access_flags}
                         for ic in cf.inner_classes]})))
    em = cf.enclosing_method
    if em is not None:
        attrs.append(build_attribute(pool, "EnclosingMethod", S.EnclosingMethodAttribute_C.build(
            {"class_index": pool.cls(em.class_name),
             "method_index": 0 if em.method_name is None
             else pool.add(CpNameAndType(em.method_name, em.method_descriptor))})))
    if cf.signature is not None:
        attrs.append(build_attribute(pool, "Signature", _u2(pool.utf8(cf.signature))))
    if cf.bootstrap_methods:
        attrs.append(build_attribute(pool, "BootstrapMethods", S.BootstrapMethodsAttribute_C.build(
            {"bootstrap_methods": [{"bootstrap_method_ref": pool.add(b.method_handle),
                                    "bootstrap_arguments": [pool.add(a) for a in b.arguments]}
                                   for b in cf.bootstrap_methods]})))
    if cf.nest_host is not None:
        attrs.append(build_attribute(pool, "NestHost", _u2(pool.cls(cf.nest_host))))
    if cf.nest_members:
        attrs.append(build_attribute(pool, "NestMembers", S.NestMembersAttribute_C.build(
            {"classes": [pool.cls(n) for n in cf.nest_members]})))
    for a in cf.unknown_attributes:
        attrs.append(build_attribute(pool, a.name, a.data))
    return attrs


def write_class(cf):
    """Serialize *cf* to class-file bytes (see the module docstring)."""
    pool = _Pool(cf.constant_pool)
    body = S.ClassBody_C.build({
        "access_flags": cf.access_flags,
        "this_class": pool.cls(cf.this_class),
        "super_class": pool.cls(cf.super_class),
        "interfaces": [pool.cls(n) for n in cf.interfaces],
        "fields": [_field(pool, f) for f in cf.fields],
        "methods": [_method(pool, m) for m in cf.methods],
        "attributes": _class_attributes(pool, cf),
    })
    count, cp_bytes = pool.build()
    header = S.ClassHeader_C.build({"magic": 0xCAFEBABE, "minor_version": cf.minor,
                                  "major_version": cf.major, "constant_pool_count": count})
    return header + cp_bytes + body
