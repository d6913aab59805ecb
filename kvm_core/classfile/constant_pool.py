"""The constant pool (JVMS §4.4): entry classes and the two-pass parser.

Pass 1 is a tight loop over the bytes (no construct: this is the hottest part
of class loading) that builds the leaf entries (Utf8 and numbers) and records
the index pairs of the symbolic ones.  Pass 2 resolves every symbolic entry to
strings in dependency order, checking that each index is in range and points
at an entry of the right kind, and format-checks names and descriptors
(§4.8).  The resulting pool is a list indexed like the file's: index 0 and the
upper slot of each Long/Double are None.
"""

import struct

from .descriptors import (is_valid_class_name, is_valid_field_descriptor,
                          is_valid_method_descriptor, is_valid_method_name,
                          is_valid_unqualified_name)
from .mutf8 import MalformedUtf8, decode_modified_utf8

__all__ = [
    "CpEntry", "CpUtf8", "CpInteger", "CpFloat", "CpLong", "CpDouble", "CpClass",
    "CpString", "CpFieldref", "CpMethodref", "CpInterfaceMethodref", "CpNameAndType",
    "CpMethodHandle", "CpMethodType", "CpDynamic", "CpInvokeDynamic", "CpModule",
    "CpPackage", "TAG_NAMES", "LOADABLE_TAGS", "parse_constant_pool",
    "CONSTANT_Utf8", "CONSTANT_Integer", "CONSTANT_Float", "CONSTANT_Long",
    "CONSTANT_Double", "CONSTANT_Class", "CONSTANT_String", "CONSTANT_Fieldref",
    "CONSTANT_Methodref", "CONSTANT_InterfaceMethodref", "CONSTANT_NameAndType",
    "CONSTANT_MethodHandle", "CONSTANT_MethodType", "CONSTANT_Dynamic",
    "CONSTANT_InvokeDynamic", "CONSTANT_Module", "CONSTANT_Package",
    "REF_getField", "REF_getStatic", "REF_putField", "REF_putStatic", "REF_invokeVirtual",
    "REF_invokeStatic", "REF_invokeSpecial", "REF_newInvokeSpecial", "REF_invokeInterface",
]

CONSTANT_Utf8 = 1
CONSTANT_Integer = 3
CONSTANT_Float = 4
CONSTANT_Long = 5
CONSTANT_Double = 6
CONSTANT_Class = 7
CONSTANT_String = 8
CONSTANT_Fieldref = 9
CONSTANT_Methodref = 10
CONSTANT_InterfaceMethodref = 11
CONSTANT_NameAndType = 12
CONSTANT_MethodHandle = 15
CONSTANT_MethodType = 16
CONSTANT_Dynamic = 17
CONSTANT_InvokeDynamic = 18
CONSTANT_Module = 19
CONSTANT_Package = 20

TAG_NAMES = {
    1: "Utf8", 3: "Integer", 4: "Float", 5: "Long", 6: "Double", 7: "Class", 8: "String",
    9: "Fieldref", 10: "Methodref", 11: "InterfaceMethodref", 12: "NameAndType",
    15: "MethodHandle", 16: "MethodType", 17: "Dynamic", 18: "InvokeDynamic",
    19: "Module", 20: "Package",
}

# Method-handle kinds (§5.4.3.5).
REF_getField = 1
REF_getStatic = 2
REF_putField = 3
REF_putStatic = 4
REF_invokeVirtual = 5
REF_invokeStatic = 6
REF_invokeSpecial = 7
REF_newInvokeSpecial = 8
REF_invokeInterface = 9

# First major version in which each tag may appear (§4.4, table 4.4-B).
_TAG_MIN_MAJOR = {15: 51, 16: 51, 18: 51, 17: 55, 19: 53, 20: 53}


class CpEntry:
    """Base class of constant-pool entries.  Entries compare by value (floats
    by bit pattern, so NaNs compare equal to themselves) and are hashable."""

    __slots__ = ()
    tag = 0

    def _key(self):
        raise NotImplementedError

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.tag, self._key()))

    def __repr__(self):
        return f"{type(self).__name__}{self._key()!r}"


class CpUtf8(CpEntry):
    __slots__ = ("value",)
    tag = CONSTANT_Utf8

    def __init__(self, value):
        self.value = value

    def _key(self):
        return (self.value,)


class CpInteger(CpEntry):
    __slots__ = ("value",)
    tag = CONSTANT_Integer

    def __init__(self, value):
        self.value = value

    def _key(self):
        return (self.value,)


class CpFloat(CpEntry):
    __slots__ = ("value", "bits")
    tag = CONSTANT_Float

    def __init__(self, value, bits):
        self.value = value
        self.bits = bits

    @classmethod
    def from_value(cls, value):
        bits = struct.unpack(">I", struct.pack(">f", value))[0]
        return cls(struct.unpack(">f", struct.pack(">I", bits))[0], bits)

    def _key(self):
        return (self.bits,)

    def __repr__(self):
        return f"CpFloat({self.value!r}, bits=0x{self.bits:08x})"


class CpLong(CpEntry):
    __slots__ = ("value",)
    tag = CONSTANT_Long

    def __init__(self, value):
        self.value = value

    def _key(self):
        return (self.value,)


class CpDouble(CpEntry):
    __slots__ = ("value", "bits")
    tag = CONSTANT_Double

    def __init__(self, value, bits):
        self.value = value
        self.bits = bits

    @classmethod
    def from_value(cls, value):
        bits = struct.unpack(">Q", struct.pack(">d", value))[0]
        return cls(value, bits)

    def _key(self):
        return (self.bits,)

    def __repr__(self):
        return f"CpDouble({self.value!r}, bits=0x{self.bits:016x})"


class CpClass(CpEntry):
    __slots__ = ("name",)
    tag = CONSTANT_Class

    def __init__(self, name):
        self.name = name

    def _key(self):
        return (self.name,)


class CpString(CpEntry):
    __slots__ = ("value",)
    tag = CONSTANT_String

    def __init__(self, value):
        self.value = value

    def _key(self):
        return (self.value,)


class _CpMemberRef(CpEntry):
    __slots__ = ("class_name", "name", "descriptor")

    def __init__(self, class_name, name, descriptor):
        self.class_name = class_name
        self.name = name
        self.descriptor = descriptor

    def _key(self):
        return (self.class_name, self.name, self.descriptor)


class CpFieldref(_CpMemberRef):
    __slots__ = ()
    tag = CONSTANT_Fieldref


class CpMethodref(_CpMemberRef):
    __slots__ = ()
    tag = CONSTANT_Methodref


class CpInterfaceMethodref(_CpMemberRef):
    __slots__ = ()
    tag = CONSTANT_InterfaceMethodref


class CpNameAndType(CpEntry):
    __slots__ = ("name", "descriptor")
    tag = CONSTANT_NameAndType

    def __init__(self, name, descriptor):
        self.name = name
        self.descriptor = descriptor

    def _key(self):
        return (self.name, self.descriptor)


class CpMethodHandle(CpEntry):
    """``ref`` is the resolved CpFieldref / CpMethodref / CpInterfaceMethodref."""

    __slots__ = ("kind", "ref")
    tag = CONSTANT_MethodHandle

    def __init__(self, kind, ref):
        self.kind = kind
        self.ref = ref

    def _key(self):
        return (self.kind, self.ref)


class CpMethodType(CpEntry):
    __slots__ = ("descriptor",)
    tag = CONSTANT_MethodType

    def __init__(self, descriptor):
        self.descriptor = descriptor

    def _key(self):
        return (self.descriptor,)


class _CpDynamicBase(CpEntry):
    __slots__ = ("bootstrap_index", "name", "descriptor")

    def __init__(self, bootstrap_index, name, descriptor):
        self.bootstrap_index = bootstrap_index
        self.name = name
        self.descriptor = descriptor

    def _key(self):
        return (self.bootstrap_index, self.name, self.descriptor)


class CpDynamic(_CpDynamicBase):
    __slots__ = ()
    tag = CONSTANT_Dynamic


class CpInvokeDynamic(_CpDynamicBase):
    __slots__ = ()
    tag = CONSTANT_InvokeDynamic


class CpModule(CpEntry):
    __slots__ = ("name",)
    tag = CONSTANT_Module

    def __init__(self, name):
        self.name = name

    def _key(self):
        return (self.name,)


class CpPackage(CpEntry):
    __slots__ = ("name",)
    tag = CONSTANT_Package

    def __init__(self, name):
        self.name = name

    def _key(self):
        return (self.name,)


# Entries an ldc / BootstrapMethods argument may name (§4.4, "loadable").
LOADABLE_TAGS = frozenset((3, 4, 5, 6, 7, 8, 15, 16, 17))

_u2 = struct.Struct(">H").unpack_from
_u2u2 = struct.Struct(">HH").unpack_from
_i4 = struct.Struct(">i").unpack_from
_u4 = struct.Struct(">I").unpack_from
_f4 = struct.Struct(">f").unpack_from
_i8 = struct.Struct(">q").unpack_from
_u8 = struct.Struct(">Q").unpack_from
_d8 = struct.Struct(">d").unpack_from
_u1u2 = struct.Struct(">BH").unpack_from


def scan_constant_pool(data, count, pos, major, fail):
    """Pass 1.  Returns ``(pool, tags, pending, end_pos)``.

    ``pool`` holds the finished leaf entries; ``pending`` the symbolic ones
    as ``(index, tag, a, b)`` tuples.  ``fail(msg)`` raises ClassFormatError;
    *msg* may contain ``{cls}`` for the class name.
    """
    pool = [None] * count
    tags = bytearray(count)
    pending = []
    append = pending.append
    n = len(data)
    i = 1
    try:
        while i < count:
            tag = data[pos]
            tags[i] = tag
            if tag == 1:
                length = (data[pos + 1] << 8) | data[pos + 2]
                start = pos + 3
                pos = start + length
                if pos > n:
                    fail("Truncated class file {cls}")
                raw = data[start:pos]
                if raw.isascii() and 0 not in raw:
                    pool[i] = CpUtf8(raw.decode("ascii"))
                else:
                    try:
                        pool[i] = CpUtf8(decode_modified_utf8(raw))
                    except MalformedUtf8 as e:
                        fail(f"Illegal UTF8 string in constant pool at index {i} in class file {{cls}}: {e}")
            elif 7 <= tag <= 12:
                if tag <= 8:                         # Class, String: one u2
                    append((i, tag, _u2(data, pos + 1)[0], 0))
                    pos += 3
                else:                                # Fieldref..NameAndType: two u2
                    a, b = _u2u2(data, pos + 1)
                    append((i, tag, a, b))
                    pos += 5
            elif tag == 3:
                pool[i] = CpInteger(_i4(data, pos + 1)[0])
                pos += 5
            elif tag == 4:
                pool[i] = CpFloat(_f4(data, pos + 1)[0], _u4(data, pos + 1)[0])
                pos += 5
            elif tag == 5 or tag == 6:
                if i + 1 >= count:
                    fail(f"Invalid constant pool entry {i} in class file {{cls}} "
                         f"({TAG_NAMES[tag]} needs two slots)")
                if tag == 5:
                    pool[i] = CpLong(_i8(data, pos + 1)[0])
                else:
                    pool[i] = CpDouble(_d8(data, pos + 1)[0], _u8(data, pos + 1)[0])
                pos += 9
                i += 1                               # the unusable upper slot
            elif tag == 15:
                if major < 51:
                    fail(f"Class file version does not support constant tag {tag} in class file {{cls}}")
                kind, ref = _u1u2(data, pos + 1)
                append((i, tag, kind, ref))
                pos += 4
            elif tag == 16 or tag == 19 or tag == 20:
                if major < _TAG_MIN_MAJOR[tag]:
                    fail(f"Class file version does not support constant tag {tag} in class file {{cls}}")
                append((i, tag, _u2(data, pos + 1)[0], 0))
                pos += 3
            elif tag == 17 or tag == 18:
                if major < _TAG_MIN_MAJOR[tag]:
                    fail(f"Class file version does not support constant tag {tag} in class file {{cls}}")
                a, b = _u2u2(data, pos + 1)
                append((i, tag, a, b))
                pos += 5
            else:
                fail(f"Unknown constant tag {tag} in class file {{cls}} (constant pool index {i})")
            i += 1
    except (IndexError, struct.error):
        fail("Truncated class file {cls}")
    if pos > n:
        fail("Truncated class file {cls}")
    return pool, tags, pending, pos


def peek_class_name(pool, tags, pending, index):
    """Best-effort name of the CONSTANT_Class at *index* before pass 2 (for
    error messages only); None if it is not a Class naming a Utf8."""
    if not (0 < index < len(pool)) or tags[index] != CONSTANT_Class:
        return None
    for i, tag, a, _b in pending:
        if i == index:
            e = pool[a] if 0 < a < len(pool) else None
            return e.value if type(e) is CpUtf8 else None
    return None


def resolve_constant_pool(pool, tags, pending, major, fail):
    """Pass 2: build the symbolic entries, check kinds, names, descriptors.

    Returns the indices of the Dynamic/InvokeDynamic entries (their
    bootstrap indices are checked once BootstrapMethods has been read)."""
    count = len(pool)
    dynamic = []

    def bad_index(idx, owner, field, want):
        if 0 < idx < count and tags[idx]:
            found = TAG_NAMES.get(tags[idx], str(tags[idx]))
        elif 0 < idx < count:
            found = "the upper half of a Long/Double"
        else:
            fail(f"Invalid constant pool index {idx} in class file {{cls}} "
                 f"({field} of the {TAG_NAMES[tags[owner]]} at index {owner})")
        fail(f"Invalid constant pool index {idx} in class file {{cls}} "
             f"({field} of the {TAG_NAMES[tags[owner]]} at index {owner} must refer to "
             f"{want}, found {found})")

    # Level 1 (refer to Utf8 only), then 2 (Class/NameAndType), then 3 (member refs).
    level2 = []
    level3 = []
    for item in pending:
        i, tag, a, b = item
        if tag >= 9 and tag != 12 and tag != 16 and tag < 19:
            if tag == 15:
                level3.append(item)
            else:
                level2.append(item)
            continue
        u = pool[a] if 0 < a < count else None
        if type(u) is not CpUtf8:
            bad_index(a, i, "name_index" if tag != 16 else "descriptor_index", "Utf8")
        if tag == 7:
            name = u.value
            if not is_valid_class_name(name):
                fail(f'Illegal class name "{name}" in class file {{cls}}')
            pool[i] = CpClass(name)
        elif tag == 8:
            pool[i] = CpString(u.value)
        elif tag == 12:
            d = pool[b] if 0 < b < count else None
            if type(d) is not CpUtf8:
                bad_index(b, i, "descriptor_index", "Utf8")
            pool[i] = CpNameAndType(u.value, d.value)
        elif tag == 16:
            if not is_valid_method_descriptor(u.value):
                fail(f'Illegal method type descriptor "{u.value}" in class file {{cls}}')
            pool[i] = CpMethodType(u.value)
        elif tag == 19:
            pool[i] = CpModule(u.value)
        else:
            pool[i] = CpPackage(u.value)

    for i, tag, a, b in level2:
        if tag <= 11:
            c = pool[a] if 0 < a < count else None
            if type(c) is not CpClass:
                bad_index(a, i, "class_index", "Class")
            nat = pool[b] if 0 < b < count else None
            if type(nat) is not CpNameAndType:
                bad_index(b, i, "name_and_type_index", "NameAndType")
            name = nat.name
            desc = nat.descriptor
            if tag == 9:
                if not is_valid_unqualified_name(name):
                    fail(f'Illegal field name "{name}" in class {{cls}}')
                if not is_valid_field_descriptor(desc):
                    fail(f'Field "{name}" in class {{cls}} has illegal signature "{desc}"')
                pool[i] = CpFieldref(c.name, name, desc)
            else:
                if not is_valid_method_name(name) or (name[0] == "<" and name != "<init>"):
                    fail(f'Illegal method name "{name}" in class {{cls}}')
                if not is_valid_method_descriptor(desc) or (name == "<init>" and desc[-1] != "V"):
                    fail(f'Method "{name}" in class {{cls}} has illegal signature "{desc}"')
                if tag == 10:
                    pool[i] = CpMethodref(c.name, name, desc)
                else:
                    pool[i] = CpInterfaceMethodref(c.name, name, desc)
        else:                                         # Dynamic, InvokeDynamic
            dynamic.append(i)
            nat = pool[b] if 0 < b < count else None
            if type(nat) is not CpNameAndType:
                bad_index(b, i, "name_and_type_index", "NameAndType")
            name = nat.name
            desc = nat.descriptor
            if tag == 17:
                if not is_valid_unqualified_name(name):
                    fail(f'Illegal field name "{name}" in class {{cls}}')
                if not is_valid_field_descriptor(desc):
                    fail(f'Field "{name}" in class {{cls}} has illegal signature "{desc}"')
                pool[i] = CpDynamic(a, name, desc)
            else:
                if not is_valid_method_name(name) or name[0] == "<":
                    fail(f'Illegal method name "{name}" in class {{cls}}')
                if not is_valid_method_descriptor(desc):
                    fail(f'Method "{name}" in class {{cls}} has illegal signature "{desc}"')
                pool[i] = CpInvokeDynamic(a, name, desc)

    for i, tag, kind, b in level3:
        ref = pool[b] if 0 < b < count else None
        if not 1 <= kind <= 9:
            fail(f"Bad method handle kind at constant pool index {i} in class file {{cls}}: {kind}")
        t = type(ref)
        if kind <= 4:
            ok = t is CpFieldref
            want = "Fieldref"
        elif kind == 5 or kind == 8:
            ok = t is CpMethodref
            want = "Methodref"
        elif kind == 9:
            ok = t is CpInterfaceMethodref
            want = "InterfaceMethodref"
        elif major >= 52:
            ok = t is CpMethodref or t is CpInterfaceMethodref
            want = "Methodref or InterfaceMethodref"
        else:
            ok = t is CpMethodref
            want = "Methodref"
        if not ok:
            bad_index(b, i, "reference_index", want)
        if kind >= 5:
            if kind == 8:
                if ref.name != "<init>":
                    fail(f'Bad method name "{ref.name}" for REF_newInvokeSpecial method handle '
                         f"at constant pool index {i} in class file {{cls}}")
            elif ref.name[0] == "<":
                fail(f'Bad method name "{ref.name}" for method handle kind {kind} '
                     f"at constant pool index {i} in class file {{cls}}")
        pool[i] = CpMethodHandle(kind, ref)
    return dynamic


def parse_constant_pool(data, count, pos, major, fail):
    """Both passes; returns ``(pool, end_pos, dynamic_indices)``."""
    pool, tags, pending, end = scan_constant_pool(data, count, pos, major, fail)
    dynamic = resolve_constant_pool(pool, tags, pending, major, fail)
    return pool, end, dynamic
