"""``parse_class``: bytes -> ClassFile, with the format checks of JVMS §4.8.

Order of work: header and version; constant pool (two passes, see
constant_pool.py); the rest of the file read with struct formats derived
from ``schemas.ClassBody`` (attributes still raw); then fields, methods and
attributes are interpreted and checked.  Every failure raises ClassFormatError; any other exception that
escapes the checks (a bug, or a case not anticipated) is converted at the
top, so callers only ever see ClassFormatError.
"""

import struct

from . import formats as S
from .attributes import (ParseContext, Short, parse_bootstrap_methods, parse_code,
                         parse_constant_value, parse_enclosing_method, parse_exceptions,
                         parse_inner_classes, parse_nest_members, read_attributes,
                         single_index)
from .checks import check_class_flags, check_field_flags, check_method_flags
from .constant_pool import (CpClass, peek_class_name, resolve_constant_pool,
                            scan_constant_pool)
from .descriptors import (is_valid_field_descriptor, is_valid_method_name,
                          is_valid_unqualified_name, method_arg_slots)
from .errors import ClassFormatError, UnsupportedClassVersionError
from .flags import ACC_ABSTRACT, ACC_INTERFACE, ACC_MODULE, ACC_NATIVE, ACC_STATIC
from .model import ClassFile, FieldInfo, MethodInfo, RawAttribute

__all__ = ["parse_class", "MIN_MAJOR", "MAX_MAJOR"]

MIN_MAJOR = 45
MAX_MAJOR = 65
# Preview class files (minor 0xFFFF) are run for Java 17 (61) and later majors.
PREVIEW_MAJOR = 61
PREVIEW_MINOR = 0xFFFF
MAGIC = 0xCAFEBABE

_header = S.CLASS_HEADER.unpack_from
_body_head = S.CLASS_BODY_HEAD.unpack_from
_member_head = S.MEMBER_HEAD.unpack_from
_u2 = S.U2.unpack_from


class _Ctx(ParseContext):
    """ParseContext that works out the class name lazily, only when an error
    message needs it and neither this_class nor name_hint gave one."""

    __slots__ = ("data", "named")

    def __init__(self, data, name):
        super().__init__(None, 0, name, ClassFormatError)
        self.data = data
        self.named = name is not None

    def fail(self, msg, error=None):
        if not self.named:
            self.named = True
            self.name = _guess_name(self.data)
        if error is not None:
            self.error = error
        ParseContext.fail(self, msg)


class _GuessFailed(Exception):
    pass


def _guess_fail(msg):
    raise _GuessFailed


def _guess_name(data):
    """Best effort: the this_class name of a possibly broken class file."""
    try:
        count = struct.unpack_from(">H", data, 8)[0]
        pool, tags, pending, end = scan_constant_pool(data, count, 10, MAX_MAJOR, _guess_fail)
        this_index = struct.unpack_from(">H", data, end + 2)[0]
        return peek_class_name(pool, tags, pending, this_index)
    except Exception:           # noqa: BLE001 - only used to decorate a message
        return None


def parse_class(data, name_hint=None):
    """Parse the bytes of a class file into a :class:`ClassFile`.

    *name_hint* (internal form, e.g. ``"java/lang/String"``) names the class
    in error messages until ``this_class`` has been read.  Raises
    :class:`ClassFormatError` (or its subclass
    :class:`UnsupportedClassVersionError`) for any malformed input.
    """
    if not isinstance(data, bytes):
        if not isinstance(data, (bytearray, memoryview)):
            raise TypeError(f"parse_class needs bytes, not {type(data).__name__}")
        data = bytes(data)
    ctx = _Ctx(data, name_hint)
    try:
        return _parse(ctx, data)
    except ClassFormatError:
        raise
    except Exception as e:      # noqa: BLE001 - the contract: nothing else escapes
        err = e                 # (RecursionError and MemoryError included)
    try:
        ctx.fail(f"Malformed class file {{cls}} ({type(err).__name__}: {err})")
    except ClassFormatError as cfe:
        raise cfe from err


def _parse(ctx, data):
    fail = ctx.fail
    n = len(data)
    if n < 10:
        if n >= 4 and _header(data + bytes(10 - n), 0)[0] != MAGIC:
            fail(f"Incompatible magic value {_header(data + bytes(10 - n), 0)[0]} "
                 f"in class file {{cls}}")
        fail("Truncated class file {cls}")
    magic, minor, major, count = _header(data, 0)
    if magic != MAGIC:
        fail(f"Incompatible magic value {magic} in class file {{cls}}")
    if not MIN_MAJOR <= major <= MAX_MAJOR:
        fail(f"Unsupported major.minor version {major}.{minor} in class file {{cls}}",
             UnsupportedClassVersionError)
    if major >= 56 and minor not in (0, PREVIEW_MINOR):
        fail(f"{{cls}} (class file version {major}.{minor}) was compiled with an invalid "
             f"non-zero minor version", UnsupportedClassVersionError)
    if minor == PREVIEW_MINOR and 56 <= major < PREVIEW_MAJOR:
        fail(f"{{cls}} (class file version {major}.{minor}) was compiled with preview features "
             f"that are unsupported. This version of the Java Runtime only recognizes preview "
             f"features for class file version {PREVIEW_MAJOR}.{PREVIEW_MINOR}",
             UnsupportedClassVersionError)
    ctx.major = major
    if count == 0:
        fail("Illegal constant pool size 0 in class file {cls}")

    pool, tags, pending, pos = scan_constant_pool(data, count, 10, major, fail)
    if not ctx.named and pos + 4 <= n:
        name = peek_class_name(pool, tags, pending, (data[pos + 2] << 8) | data[pos + 3])
        if name is not None:
            ctx.name = name
            ctx.named = True
    dynamic = resolve_constant_pool(pool, tags, pending, major, fail)
    ctx.pool = pool

    try:
        body = _read_body(data, pos)
    except (Short, struct.error, IndexError):
        fail("Truncated class file {cls}")
    if body is None:
        fail("Extra bytes at the end of class file {cls}")
    access_flags, this_index, super_index, interface_indices, raw_fields, raw_methods, \
        raw_attributes = body

    # ---- this_class, super_class, interfaces
    this_entry = pool[this_index] if 0 < this_index < count else None
    if type(this_entry) is not CpClass:
        fail(f"Invalid this class index {this_index} in constant pool in class file {{cls}}")
    this_class = this_entry.name
    ctx.name = this_class
    ctx.named = True
    if this_class[0] == "[":
        fail("Bad class name in class file {cls}")

    flags = check_class_flags(ctx, access_flags)
    is_interface = bool(flags & ACC_INTERFACE)
    is_module = bool(flags & ACC_MODULE) and major >= 53

    if not is_module:
        for tag_value in (19, 20):      # CONSTANT_Module and CONSTANT_Package: module-info only
            if tag_value in tags:
                fail(f"Unknown constant tag {tag_value} in class file {{cls}}")

    si = super_index
    if si == 0:
        super_class = None
        if this_class != "java/lang/Object" and not is_module:
            fail("Invalid superclass index 0 in class file {cls}")
    else:
        e = pool[si] if si < count else None
        if type(e) is not CpClass:
            fail(f"Invalid superclass index {si} in class file {{cls}}")
        super_class = e.name
        if super_class[0] == "[":
            fail("Bad superclass name in class file {cls}")
        if is_interface and super_class != "java/lang/Object":
            fail("Interfaces must have java.lang.Object as superclass in class file {cls}")

    interfaces = []
    for ii in interface_indices:
        e = pool[ii] if 0 < ii < count else None
        if type(e) is not CpClass:
            fail(f"Interface name has bad constant pool index {ii} in class file {{cls}}")
        iname = e.name
        if iname[0] == "[":
            fail(f'Bad interface name "{iname}" in class file {{cls}}')
        if iname in interfaces:
            fail(f'Duplicate interface name "{iname}" in class file {{cls}}')
        interfaces.append(iname)

    cf = ClassFile(minor, major, flags, this_class, super_class, interfaces, pool)
    utf8 = ctx.utf8

    # ---- fields
    fields = cf.fields
    seen = set()
    for fflags, name_index, desc_index, attrs in raw_fields:
        name = utf8(name_index, "field name_index")
        desc = utf8(desc_index, "field descriptor_index")
        if not is_valid_unqualified_name(name):
            fail(f'Illegal field name "{name}" in class {{cls}}')
        if not is_valid_field_descriptor(desc):
            fail(f'Field "{name}" in class {{cls}} has illegal signature "{desc}"')
        fflags = check_field_flags(ctx, fflags, is_interface, name)
        key = (name, desc)
        if key in seen:
            fail(f'Duplicate field name "{name}" with signature "{desc}" in class file {{cls}}')
        seen.add(key)
        fi = FieldInfo(fflags, name, desc)
        has_cv = False
        for aname_index, info in attrs:
            aname = utf8(aname_index, "attribute_name_index")
            if aname == "ConstantValue" and fflags & ACC_STATIC:
                if has_cv:
                    fail("Duplicate ConstantValue attribute in class file {cls}")
                has_cv = True
                fi.constant_value, fi.constant_value_entry = parse_constant_value(ctx, info, desc)
            elif aname == "Signature" and major >= 49:
                if fi.signature is not None:
                    fail("Multiple Signature attributes for field in class file {cls}")
                fi.signature = utf8(single_index(ctx, info, "Signature"), "Signature")
            else:
                fi.unknown_attributes.append(RawAttribute(aname, info))
        fields.append(fi)

    # ---- methods
    methods = cf.methods
    seen = set()
    for mflags, name_index, desc_index, attrs in raw_methods:
        name = utf8(name_index, "method name_index")
        desc = utf8(desc_index, "method descriptor_index")
        if not is_valid_method_name(name):
            fail(f'Illegal method name "{name}" in class {{cls}}')
        slots = method_arg_slots(desc)
        if (slots < 0 or (name == "<init>" and desc[-1] != "V")
                or (name == "<clinit>" and major >= 51 and desc != "()V")):
            fail(f'Method "{name}" in class {{cls}} has illegal signature "{desc}"')
        mflags = check_method_flags(ctx, mflags, is_interface, name, desc)
        if not mflags & ACC_STATIC:
            slots += 1
        if slots > 255:
            fail("Too many arguments in method signature in class file {cls}")
        key = (name, desc)
        if key in seen:
            fail(f'Duplicate method name "{name}" with signature "{desc}" in class file {{cls}}')
        seen.add(key)
        mi = MethodInfo(mflags, name, desc)
        has_exceptions = False
        for aname_index, info in attrs:
            aname = utf8(aname_index, "attribute_name_index")
            if aname == "Code":
                if mi.code is not None:
                    fail("Multiple Code attributes in class file {cls}")
                mi.code = parse_code(ctx, info)
            elif aname == "Exceptions":
                if has_exceptions:
                    fail("Multiple Exceptions attributes in class file {cls}")
                has_exceptions = True
                mi.exceptions = parse_exceptions(ctx, info)
            elif aname == "Signature" and major >= 49:
                if mi.signature is not None:
                    fail("Multiple Signature attributes for method in class file {cls}")
                mi.signature = utf8(single_index(ctx, info, "Signature"), "Signature")
            else:
                mi.unknown_attributes.append(RawAttribute(aname, info))
        if mflags & (ACC_ABSTRACT | ACC_NATIVE):
            if mi.code is not None:
                fail("Code attribute in native or abstract methods in class file {cls}")
        elif mi.code is None:
            fail("Absent Code attribute in method that is not native or abstract "
                 "in class file {cls}")
        elif slots > mi.code.max_locals:
            fail(f"Arguments can't fit into locals in class file {{cls}} (method {name}{desc})")
        methods.append(mi)

    # ---- class attributes
    has = set()
    for aname_index, info in raw_attributes:
        aname = utf8(aname_index, "attribute_name_index")
        if aname in _CLASS_ATTRIBUTE_MIN_MAJOR and major >= _CLASS_ATTRIBUTE_MIN_MAJOR[aname]:
            if aname in has:
                fail(f"Multiple {aname} attributes in class file {{cls}}")
            has.add(aname)
            if aname == "SourceFile":
                cf.source_file = utf8(single_index(ctx, info, "SourceFile"), "SourceFile")
            elif aname == "InnerClasses":
                cf.inner_classes = parse_inner_classes(ctx, info)
            elif aname == "Signature":
                cf.signature = utf8(single_index(ctx, info, "Signature"), "Signature")
            elif aname == "EnclosingMethod":
                cf.enclosing_method = parse_enclosing_method(ctx, info)
            elif aname == "BootstrapMethods":
                cf.bootstrap_methods = parse_bootstrap_methods(ctx, info)
            elif aname == "NestHost":
                cf.nest_host = ctx.class_name(single_index(ctx, info, "NestHost"), "NestHost")
            else:
                cf.nest_members = parse_nest_members(ctx, info)
        else:
            cf.unknown_attributes.append(RawAttribute(aname, info))

    if dynamic:
        nbsm = len(cf.bootstrap_methods)
        if "BootstrapMethods" not in has:
            fail("Missing BootstrapMethods attribute in class file {cls}")
        for i in dynamic:
            if pool[i].bootstrap_index >= nbsm:
                fail(f"Short length on BootstrapMethods in class file {{cls}} "
                     f"(bootstrap method index {pool[i].bootstrap_index} at constant pool "
                     f"index {i})")
    return cf


def _read_body(data, pos):
    """Everything after the constant pool (layout: ``schemas.ClassBody``),
    attributes still raw.  Returns None if bytes remain after the class."""
    n = len(data)
    access_flags, this_index, super_index, icount = _body_head(data, pos)
    pos += 8
    interfaces = struct.unpack_from(f">{icount}H", data, pos)
    pos += 2 * icount
    members = []
    for _ in range(2):
        count = _u2(data, pos)[0]
        pos += 2
        group = []
        for _ in range(count):
            flags, name_index, desc_index, acount = _member_head(data, pos)
            attrs, pos = read_attributes(data, pos + 8, acount, n)
            group.append((flags, name_index, desc_index, attrs))
        members.append(group)
    attrs, pos = read_attributes(data, pos + 2, _u2(data, pos)[0], n)
    if pos != n:
        return None
    return access_flags, this_index, super_index, interfaces, members[0], members[1], attrs


# Class-level attributes interpreted here, with the first version that defines
# them (§4.7, table 4.7-A); in older class files they are ignored like any
# unknown attribute.
_CLASS_ATTRIBUTE_MIN_MAJOR = {
    "SourceFile": 45, "InnerClasses": 45, "EnclosingMethod": 49, "Signature": 49,
    "BootstrapMethods": 51, "NestHost": 55, "NestMembers": 55,
}
