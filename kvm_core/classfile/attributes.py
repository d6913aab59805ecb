"""Interpretation of the predefined attributes (JVMS §4.7).

Each ``parse_*`` function takes the raw ``info`` bytes of one attribute and
the parse context, checks that the layout (see the schema of the same name in
``schemas.py``) fills exactly ``attribute_length`` bytes, and resolves
constant-pool indices to strings or entries.  Fixed-size records are read
with struct formats derived from the schemas; variable ones by short loops.
"""

import struct

from . import formats as S
from .constant_pool import (LOADABLE_TAGS, TAG_NAMES, CpClass, CpDouble, CpFloat,
                            CpInteger, CpLong, CpMethodHandle, CpNameAndType, CpString,
                            CpUtf8)
from .descriptors import (is_valid_field_descriptor, is_valid_method_descriptor,
                          is_valid_method_name, is_valid_unqualified_name)
from .flags import ACC_ABSTRACT, ACC_FINAL, ACC_INTERFACE
from .model import (BootstrapMethod, CodeAttribute, EnclosingMethod, ExceptionHandler,
                    InnerClassInfo, LocalVariable, RawAttribute, StackMapFrame)

__all__ = ["ParseContext", "Short", "read_attributes", "parse_code", "parse_exceptions",
           "parse_inner_classes", "parse_enclosing_method", "parse_bootstrap_methods",
           "parse_nest_members", "parse_constant_value", "single_index",
           "parse_stack_map_table", "parse_cldc_stack_map"]

_u2 = S.U2.unpack_from
_attr_head = S.ATTRIBUTE_HEAD.unpack_from
_code_head = S.CODE_HEAD.unpack_from
_SHORT_ERRORS = (struct.error, IndexError)


class Short(Exception):
    """Internal: a structure runs past the end of its enclosing bytes."""


class ParseContext:
    """State shared while parsing one class: the resolved pool, the version
    and the class name used in error messages."""

    __slots__ = ("pool", "major", "name", "error", "lv_names")

    def __init__(self, pool, major, name, error):
        self.lv_names = {}          # (name_index << 16 | descriptor_index) -> checked
        self.pool = pool
        self.major = major
        self.name = name
        self.error = error          # the ClassFormatError class to raise

    def fail(self, msg):
        name = self.name if self.name is not None else "<unknown>"
        raise self.error(msg.replace("{cls}", name), self.name)

    def entry(self, idx, what):
        pool = self.pool
        e = pool[idx] if 0 < idx < len(pool) else None
        if e is None:
            self.fail(f"Invalid constant pool index {idx} in class file {{cls}} ({what})")
        return e

    def utf8(self, idx, what):
        pool = self.pool
        e = pool[idx] if 0 < idx < len(pool) else None
        if type(e) is not CpUtf8:
            self._wrong(idx, e, what, "Utf8")
        return e.value

    def class_name(self, idx, what):
        pool = self.pool
        e = pool[idx] if 0 < idx < len(pool) else None
        if type(e) is not CpClass:
            self._wrong(idx, e, what, "Class")
        return e.name

    def _wrong(self, idx, e, what, want):
        if e is None:
            self.fail(f"Invalid constant pool index {idx} in class file {{cls}} ({what})")
        self.fail(f"Invalid constant pool index {idx} in class file {{cls}} "
                  f"({what} must refer to {want}, found {TAG_NAMES[e.tag]})")

    def optional_class_name(self, idx, what):
        return None if idx == 0 else self.class_name(idx, what)

    def bad_length(self, attr_name, info):
        self.fail(f"Invalid {attr_name} attribute length {len(info)} in class file {{cls}}")


def read_attributes(data, pos, count, limit):
    """Read *count* attribute_info headers+bodies from *pos*; returns
    ``([(name_index, info), ...], end_pos)``; raises Short past *limit*."""
    out = []
    for _ in range(count):
        name_index, length = _attr_head(data, pos)
        pos += 6
        end = pos + length
        if end > limit:
            raise Short
        out.append((name_index, data[pos:end]))
        pos = end
    return out, pos


def single_index(ctx, info, attr_name):
    """Body of an attribute that is exactly one u2 index."""
    if len(info) != 2:
        ctx.bad_length(attr_name, info)
    return (info[0] << 8) | info[1]


def _table(ctx, info, record, attr_name):
    """A u2 count followed by that many fixed-size records -> list of tuples."""
    n = len(info)
    if n < 2 or n != 2 + record.size * ((info[0] << 8) | info[1]):
        ctx.bad_length(attr_name, info)
    return list(record.iter_unpack(info[2:])) if n > 2 else []


def _u2_list(ctx, info, attr_name):
    n = len(info)
    if n < 2 or n != 2 + 2 * ((info[0] << 8) | info[1]):
        ctx.bad_length(attr_name, info)
    return struct.unpack_from(f">{(n - 2) // 2}H", info, 2)


# --------------------------------------------------------------------------- Code

_SIMPLE_TYPES = [(tag, None) for tag in range(7)]


def _read_types(ctx, info, p, count, code_length, where):
    out = []
    for _ in range(count):
        tag = info[p]
        p += 1
        if tag < 7:
            out.append(_SIMPLE_TYPES[tag])
        elif tag == 7:
            out.append((7, ctx.class_name((info[p] << 8) | info[p + 1], f"Object type in {where}")))
            p += 2
        elif tag == 8:
            off = (info[p] << 8) | info[p + 1]
            p += 2
            if off >= code_length:
                ctx.fail(f"Invalid Uninitialized offset {off} in {where} in class file {{cls}}")
            out.append((8, off))
        else:
            ctx.fail(f"Invalid verification type tag {tag} in {where} in class file {{cls}}")
    return out, p


def parse_stack_map_table(ctx, info, code_length):
    """StackMapTable (§4.7.4) -> list of StackMapFrame with absolute offsets."""
    frames = []
    append = frames.append
    types = _read_types
    where = "StackMapTable"
    offset = -1
    try:
        count = (info[0] << 8) | info[1]
        p = 2
        for _ in range(count):
            ft = info[p]
            p += 1
            if ft < 64:
                offset += ft + 1
                append(StackMapFrame(ft, "same", ft, offset))
                continue
            if ft < 128:
                offset += ft - 63
                stack, p = types(ctx, info, p, 1, code_length, where)
                append(StackMapFrame(ft, "same_locals_1", ft - 64, offset, 0, [], stack))
                continue
            if ft < 247:
                ctx.fail(f"Reserved frame type {ft} in StackMapTable in class file {{cls}}")
            delta = (info[p] << 8) | info[p + 1]
            p += 2
            offset += delta + 1
            if ft == 247:
                stack, p = types(ctx, info, p, 1, code_length, where)
                append(StackMapFrame(ft, "same_locals_1", delta, offset, 0, [], stack))
            elif ft < 251:
                append(StackMapFrame(ft, "chop", delta, offset, 251 - ft))
            elif ft == 251:
                append(StackMapFrame(ft, "same", delta, offset))
            elif ft < 255:
                locs, p = types(ctx, info, p, ft - 251, code_length, where)
                append(StackMapFrame(ft, "append", delta, offset, 0, locs))
            else:
                locs, p = types(ctx, info, p + 2, (info[p] << 8) | info[p + 1], code_length, where)
                stack, p = types(ctx, info, p + 2, (info[p] << 8) | info[p + 1], code_length, where)
                append(StackMapFrame(ft, "full", delta, offset, 0, locs, stack))
    except IndexError:
        p = -1
    if p != len(info):
        ctx.bad_length("StackMapTable", info)
    return frames


def parse_cldc_stack_map(ctx, info, code_length):
    """CLDC StackMap -> list of full StackMapFrame (frame_type None)."""
    frames = []
    types = _read_types
    where = "StackMap"
    try:
        count = (info[0] << 8) | info[1]
        p = 2
        for _ in range(count):
            offset = (info[p] << 8) | info[p + 1]
            locs, p = types(ctx, info, p + 4, (info[p + 2] << 8) | info[p + 3], code_length, where)
            stack, p = types(ctx, info, p + 2, (info[p] << 8) | info[p + 1], code_length, where)
            frames.append(StackMapFrame(None, "full", offset, offset, 0, locs, stack))
    except IndexError:
        p = -1
    if p != len(info):
        ctx.bad_length("StackMap", info)
    return frames


def _local_variable_name_and_type(ctx, ni, di):
    lv_name = ctx.utf8(ni, "LocalVariableTable name_index")
    lv_desc = ctx.utf8(di, "LocalVariableTable descriptor_index")
    if not is_valid_unqualified_name(lv_name):
        ctx.fail(f'Invalid local variable name "{lv_name}" in class file {{cls}}')
    if not is_valid_field_descriptor(lv_desc):
        ctx.fail(f'Invalid local variable signature "{lv_desc}" for "{lv_name}" '
                 f"in class file {{cls}}")
    return lv_name, lv_desc, 2 if lv_desc == "J" or lv_desc == "D" else 1


def parse_code(ctx, info):
    """The Code attribute of a method (§4.7.3) and its nested attributes."""
    n = len(info)
    if n < 8:
        ctx.fail("Code segment has wrong length in class file {cls}")
    max_stack, max_locals, code_length = _code_head(info, 0)
    if code_length == 0 or code_length >= 65536:
        ctx.fail(f"Invalid method Code length {code_length} in class file {{cls}}")
    p = 8 + code_length
    if p + 2 > n:
        ctx.fail("Code segment has wrong length in class file {cls}")
    code = info[8:p]
    q = p + 2 + 8 * ((info[p] << 8) | info[p + 1])
    if q + 2 > n:
        ctx.fail("Code segment has wrong length in class file {cls}")
    handlers = []
    if q > p + 2:
        class_name = ctx.class_name
        for start, end, handler, ct in S.EXCEPTION_ENTRY.iter_unpack(info[p + 2:q]):
            if not start < end <= code_length:
                ctx.fail("Illegal exception table range in class file {cls}")
            if handler >= code_length:
                ctx.fail("Illegal exception table handler in class file {cls}")
            handlers.append(ExceptionHandler(
                start, end, handler, None if ct == 0 else class_name(ct, "catch_type")))
    try:
        attrs, p = read_attributes(info, q + 2, (info[q] << 8) | info[q + 1], n)
    except (Short, struct.error):
        p = -1
    if p != n:
        ctx.fail("Code segment has wrong length in class file {cls}")

    result = CodeAttribute(max_stack, max_locals, code, handlers)
    utf8 = ctx.utf8
    for name_index, info in attrs:
        name = utf8(name_index, "attribute_name_index")
        if name == "LineNumberTable":
            lines = _table(ctx, info, S.LINE_NUMBER_ENTRY, name)
            if lines:
                if max(lines)[0] >= code_length:
                    ctx.fail("Invalid pc in LineNumberTable in class file {cls}")
                result.line_numbers.extend(lines)
        elif name == "LocalVariableTable":
            lvs = result.local_variables
            checked = ctx.lv_names
            for start, length, ni, di, index in _table(ctx, info, S.LOCAL_VARIABLE_ENTRY, name):
                if start + length > code_length:
                    ctx.fail("Invalid start_pc/length in LocalVariableTable in class file {cls}")
                key = (ni << 16) | di
                nd = checked.get(key)
                if nd is None:
                    nd = checked[key] = _local_variable_name_and_type(ctx, ni, di)
                if index + nd[2] > max_locals:
                    ctx.fail(f"Invalid index {index} in LocalVariableTable in class file {{cls}}")
                lvs.append(LocalVariable(start, length, nd[0], nd[1], index))
        elif name == "StackMapTable" and ctx.major >= 50:
            if result.stack_map_table is not None:
                ctx.fail("Multiple StackMapTable attributes in class file {cls}")
            result.stack_map_table = parse_stack_map_table(ctx, info, code_length)
        elif name == "StackMap":
            if result.stack_map is not None:
                ctx.fail("Multiple StackMap attributes in class file {cls}")
            result.stack_map = parse_cldc_stack_map(ctx, info, code_length)
        else:
            result.unknown_attributes.append(RawAttribute(name, info))
    return result


def parse_exceptions(ctx, info):
    class_name = ctx.class_name
    return [class_name(i, "Exceptions attribute") for i in _u2_list(ctx, info, "Exceptions")]


# ------------------------------------------------------------------ class level

def _check_inner_flags(ctx, flags):
    if flags & ACC_INTERFACE and ctx.major < 50:
        flags |= ACC_ABSTRACT
    visibility = flags & 0x0007
    if ((flags & ACC_INTERFACE and not flags & ACC_ABSTRACT)
            or (flags & ACC_ABSTRACT and flags & ACC_FINAL)
            or visibility & (visibility - 1)):
        ctx.fail(f"Illegal class modifiers in class {{cls}}: 0x{flags:X} (InnerClasses entry)")
    return flags


def parse_inner_classes(ctx, info):
    out = []
    seen = set()
    for ii, oi, ni, flags in _table(ctx, info, S.INNER_CLASS_ENTRY, "InnerClasses"):
        if ii == 0:
            ctx.fail("inner_class_info_index 0 in InnerClasses attribute in class file {cls}")
        inner = ctx.class_name(ii, "InnerClasses inner_class_info_index")
        outer = ctx.optional_class_name(oi, "InnerClasses outer_class_info_index")
        iname = None if ni == 0 else ctx.utf8(ni, "InnerClasses inner_name_index")
        if ii == oi:
            ctx.fail("Class is both outer and inner class in class file {cls}")
        if ii in seen:
            ctx.fail("Duplicate entry in InnerClasses attribute in class file {cls}")
        seen.add(ii)
        out.append(InnerClassInfo(inner, outer, iname, _check_inner_flags(ctx, flags)))
    return out


def parse_enclosing_method(ctx, info):
    if len(info) != 4:
        ctx.bad_length("EnclosingMethod", info)
    class_index, method_index = S.ENCLOSING_METHOD.unpack(info)
    cname = ctx.class_name(class_index, "EnclosingMethod class_index")
    if method_index == 0:
        return EnclosingMethod(cname)
    nat = ctx.entry(method_index, "EnclosingMethod method_index")
    if type(nat) is not CpNameAndType:
        ctx.fail(f"Invalid constant pool index {method_index} in class file {{cls}} "
                 f"(EnclosingMethod method_index must refer to NameAndType, "
                 f"found {TAG_NAMES[nat.tag]})")
    if not is_valid_method_name(nat.name):
        ctx.fail(f'Illegal method name "{nat.name}" in class {{cls}} (EnclosingMethod)')
    if not is_valid_method_descriptor(nat.descriptor):
        ctx.fail(f'Method "{nat.name}" in class {{cls}} has illegal signature "{nat.descriptor}"')
    return EnclosingMethod(cname, nat.name, nat.descriptor)


def parse_bootstrap_methods(ctx, info):
    raw = []
    n = len(info)
    try:
        p = 2
        for _ in range((info[0] << 8) | info[1]):
            ref, nargs = S.BOOTSTRAP_METHOD_HEAD.unpack_from(info, p)
            raw.append((ref, struct.unpack_from(f">{nargs}H", info, p + 4)))
            p += 4 + 2 * nargs
    except _SHORT_ERRORS:
        p = -1
    if p != n:
        ctx.bad_length("BootstrapMethods", info)
    out = []
    for ref, arg_indices in raw:
        mh = ctx.entry(ref, "bootstrap_method_ref")
        if type(mh) is not CpMethodHandle:
            ctx.fail(f"bootstrap_method_ref {ref} has bad constant type "
                     f"{TAG_NAMES[mh.tag]} in class file {{cls}}")
        args = []
        for ai in arg_indices:
            arg = ctx.entry(ai, "bootstrap argument")
            if arg.tag not in LOADABLE_TAGS:
                ctx.fail(f"Bootstrap argument {ai} has bad constant type "
                         f"{TAG_NAMES[arg.tag]} in class file {{cls}}")
            args.append(arg)
        out.append(BootstrapMethod(mh, args))
    return out


def parse_nest_members(ctx, info):
    class_name = ctx.class_name
    return [class_name(i, "NestMembers") for i in _u2_list(ctx, info, "NestMembers")]


# Which descriptors accept a ConstantValue entry of each type (§4.7.2).
_CONSTANT_KINDS = {
    CpInteger: ("I", "S", "C", "B", "Z"),
    CpLong: ("J",),
    CpFloat: ("F",),
    CpDouble: ("D",),
    CpString: ("Ljava/lang/String;",),
}


def parse_constant_value(ctx, info, descriptor):
    """Returns ``(python_value, entry)`` for a static field's ConstantValue."""
    idx = single_index(ctx, info, "ConstantValue")
    e = ctx.entry(idx, "ConstantValue")
    ok = _CONSTANT_KINDS.get(type(e))
    if ok is None:
        ctx.fail(f"Bad initial value index {idx} in ConstantValue attribute in class file {{cls}} "
                 f"({TAG_NAMES[e.tag]})")
    if descriptor not in ok:
        ctx.fail(f"Inconsistent constant value type in class file {{cls}} "
                 f"({TAG_NAMES[e.tag]} for a field of type {descriptor})")
    return e.value, e
