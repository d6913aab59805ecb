"""construct schemas, one per JVMS §4 table: the single statement of each
binary layout.

How they are used:

* The writer builds every structure with these schemas.
* The parser reads fixed-layout records (a member header, an exception-table
  entry, a LineNumberTable entry...) with ``struct`` formats *derived from
  these schemas* by :func:`fixed_format` (``struct.iter_unpack`` over a table
  is ~30x faster than a construct parse that builds a Container per record;
  class loading is on the VM's start-up path).  Variable layouts
  (StackMapTable frames, BootstrapMethods) are read by short loops in
  ``attributes.py``; the constant pool by the loop in ``constant_pool.py``.
* The compiled schemas (``*_C``) are the reference reader: the tests parse
  real class files with them and check the fast paths agree.

Compiled construct reads with ``io.read(n)`` and does not itself check for
short reads of ``Bytes``; :func:`run` callers compare lengths.
"""

import io

import struct

from construct import (Array, Bytes, Computed, Container, FocusedSeq, FormatField,
                       IfThenElse, Int8ub, Int16ub, Int32sb, Int32ub, Int64sb, Int64ub, Pass,
                       PrefixedArray, Rebuild, Renamed, Struct, Switch, len_, this)

u1 = Int8ub
u2 = Int16ub
u4 = Int32ub

# §4.1 ClassFile, split where the constant pool sits.
ClassHeader = Struct(
    "magic" / u4,
    "minor_version" / u2,
    "major_version" / u2,
    "constant_pool_count" / u2,
)

# §4.4 cp_info bodies, by tag.
CpInfo = Struct(
    "tag" / u1,
    "info" / Switch(this.tag, {
        1: Struct("length" / Rebuild(u2, len_(this.bytes)), "bytes" / Bytes(this.length)),
        3: Struct("bytes" / Int32sb),
        4: Struct("bytes" / u4),                          # raw IEEE 754 binary32 bits
        5: Struct("bytes" / Int64sb),                     # high_bytes, low_bytes
        6: Struct("bytes" / Int64ub),                     # raw IEEE 754 binary64 bits
        7: Struct("name_index" / u2),
        8: Struct("string_index" / u2),
        9: Struct("class_index" / u2, "name_and_type_index" / u2),
        10: Struct("class_index" / u2, "name_and_type_index" / u2),
        11: Struct("class_index" / u2, "name_and_type_index" / u2),
        12: Struct("name_index" / u2, "descriptor_index" / u2),
        15: Struct("reference_kind" / u1, "reference_index" / u2),
        16: Struct("descriptor_index" / u2),
        17: Struct("bootstrap_method_attr_index" / u2, "name_and_type_index" / u2),
        18: Struct("bootstrap_method_attr_index" / u2, "name_and_type_index" / u2),
        19: Struct("name_index" / u2),
        20: Struct("name_index" / u2),
    }),
)

# §4.7 attribute_info
AttributeInfo = Struct(
    "attribute_name_index" / u2,
    "attribute_length" / Rebuild(u4, len_(this.info)),
    "info" / Bytes(this.attribute_length),
)

# §4.5 field_info and §4.6 method_info share a layout.
FieldInfo = Struct(
    "access_flags" / u2,
    "name_index" / u2,
    "descriptor_index" / u2,
    "attributes" / PrefixedArray(u2, AttributeInfo),
)
MethodInfo = FieldInfo

# §4.1, everything after constant_pool[].
ClassBody = Struct(
    "access_flags" / u2,
    "this_class" / u2,
    "super_class" / u2,
    "interfaces" / PrefixedArray(u2, u2),
    "fields" / PrefixedArray(u2, FieldInfo),
    "methods" / PrefixedArray(u2, MethodInfo),
    "attributes" / PrefixedArray(u2, AttributeInfo),
)

# §4.7.3 Code
ExceptionTableEntry = Struct(
    "start_pc" / u2,
    "end_pc" / u2,
    "handler_pc" / u2,
    "catch_type" / u2,
)
CodeAttribute = Struct(
    "max_stack" / u2,
    "max_locals" / u2,
    "code_length" / Rebuild(u4, len_(this.code)),
    "code" / Bytes(this.code_length),
    "exception_table" / PrefixedArray(u2, ExceptionTableEntry),
    "attributes" / PrefixedArray(u2, AttributeInfo),
)

# §4.7.2 ConstantValue, §4.7.10 SourceFile, §4.7.9 Signature, §4.7.28 NestHost:
# a single u2 index.
ConstantValueAttribute = Struct("constantvalue_index" / u2)
SourceFileAttribute = Struct("sourcefile_index" / u2)
SignatureAttribute = Struct("signature_index" / u2)
NestHostAttribute = Struct("host_class_index" / u2)

# §4.7.5 Exceptions, §4.7.29 NestMembers: a counted u2 list.
ExceptionsAttribute = Struct("exception_index_table" / PrefixedArray(u2, u2))
NestMembersAttribute = Struct("classes" / PrefixedArray(u2, u2))

# §4.7.12 LineNumberTable
LineNumberTableAttribute = Struct(
    "line_number_table" / PrefixedArray(u2, Struct("start_pc" / u2, "line_number" / u2)),
)

# §4.7.13 LocalVariableTable
LocalVariableTableAttribute = Struct(
    "local_variable_table" / PrefixedArray(u2, Struct(
        "start_pc" / u2,
        "length" / u2,
        "name_index" / u2,
        "descriptor_index" / u2,
        "index" / u2,
    )),
)

# §4.7.6 InnerClasses
InnerClassesAttribute = Struct(
    "classes" / PrefixedArray(u2, Struct(
        "inner_class_info_index" / u2,
        "outer_class_info_index" / u2,
        "inner_name_index" / u2,
        "inner_class_access_flags" / u2,
    )),
)

# §4.7.7 EnclosingMethod
EnclosingMethodAttribute = Struct("class_index" / u2, "method_index" / u2)

# §4.7.23 BootstrapMethods
BootstrapMethodsAttribute = Struct(
    "bootstrap_methods" / PrefixedArray(u2, Struct(
        "bootstrap_method_ref" / u2,
        "bootstrap_arguments" / PrefixedArray(u2, u2),
    )),
)

# §4.7.4 verification_type_info: a tag, plus a u2 for Object (cpool_index)
# and Uninitialized (offset).
VerificationTypeInfo = Struct(
    "tag" / u1,
    "data" / Switch(this.tag, {7: u2, 8: u2}, default=Pass),
)

# §4.7.4 stack_map_frame.  The union is expressed by frame_type ranges:
#   0-63 same, 64-127 same_locals_1_stack_item, 128-246 reserved,
#   247 same_locals_1_stack_item_extended, 248-250 chop, 251 same_frame_extended,
#   252-254 append, 255 full_frame.
StackMapFrame = Struct(
    "frame_type" / u1,
    "offset_delta" / IfThenElse(this.frame_type >= 247, u2, Computed(this.frame_type & 63)),
    "locals" / IfThenElse(
        this.frame_type == 255, PrefixedArray(u2, VerificationTypeInfo),
        IfThenElse(this.frame_type >= 252, Array(this.frame_type - 251, VerificationTypeInfo),
                   Array(0, VerificationTypeInfo))),
    "stack" / IfThenElse(
        this.frame_type == 255, PrefixedArray(u2, VerificationTypeInfo),
        IfThenElse(((this.frame_type >= 64) & (this.frame_type < 128)) | (this.frame_type == 247),
                   Array(1, VerificationTypeInfo), Array(0, VerificationTypeInfo))),
)
StackMapTableAttribute = Struct("entries" / PrefixedArray(u2, StackMapFrame))

# CLDC 1.1 StackMap (JSR 139, "CLDC Byte Code Typechecker Specification"):
# every frame is a full frame with an absolute offset; all counts are u2
# because CLDC code, locals and stack are limited to 65535.
CldcStackMapFrame = Struct(
    "offset" / u2,
    "locals" / PrefixedArray(u2, VerificationTypeInfo),
    "stack" / PrefixedArray(u2, VerificationTypeInfo),
)
CldcStackMapAttribute = Struct("entries" / PrefixedArray(u2, CldcStackMapFrame))


ClassHeader_C = ClassHeader.compile()
CpInfo_C = CpInfo.compile()
ClassBody_C = ClassBody.compile()
CodeAttribute_C = CodeAttribute.compile()
ConstantValueAttribute_C = ConstantValueAttribute.compile()
SourceFileAttribute_C = SourceFileAttribute.compile()
SignatureAttribute_C = SignatureAttribute.compile()
NestHostAttribute_C = NestHostAttribute.compile()
ExceptionsAttribute_C = ExceptionsAttribute.compile()
NestMembersAttribute_C = NestMembersAttribute.compile()
LineNumberTableAttribute_C = LineNumberTableAttribute.compile()
LocalVariableTableAttribute_C = LocalVariableTableAttribute.compile()
InnerClassesAttribute_C = InnerClassesAttribute.compile()
EnclosingMethodAttribute_C = EnclosingMethodAttribute.compile()
BootstrapMethodsAttribute_C = BootstrapMethodsAttribute.compile()
StackMapTableAttribute_C = StackMapTableAttribute.compile()
CldcStackMapAttribute_C = CldcStackMapAttribute.compile()

_ROOT = Container(_parsing=True, _building=False, _sizing=False)
_ROOT._params = _ROOT


def run(compiled, data, pos=0):
    """Parse *data* from *pos* with a compiled schema; returns ``(obj, end)``.

    Calls the compiled parse function directly (skipping ``parse()``'s
    per-call context set-up) and reports where parsing stopped so callers can
    check lengths.  Truncated input raises ``struct.error`` or a construct
    error; the caller turns those into ClassFormatError.
    """
    stream = io.BytesIO(data)
    if pos:
        stream.seek(pos)
    obj = compiled.parsefunc(stream, _ROOT)
    return obj, stream.tell()


def _field_format(c):
    """struct code of a fixed-size field, the count of a PrefixedArray, or None."""
    if isinstance(c, Renamed):
        c = c.subcon
    if isinstance(c, Rebuild):
        c = c.subcon
    if isinstance(c, FormatField):
        return c.fmtstr[1:], False
    if isinstance(c, FocusedSeq):                # PrefixedArray: its count field, then stop
        code, _ = _field_format(c.subcons[0])
        return code, True
    return None, True


def fixed_format(schema):
    """A ``struct.Struct`` for the leading fixed-size fields of a construct
    Struct, including the count of the first PrefixedArray that ends it.

    ``fixed_format(ExceptionTableEntry).format == ">HHHH"``;
    ``fixed_format(FieldInfo).format == ">HHHH"`` (flags, name, descriptor,
    attributes_count).
    """
    codes = []
    for sc in schema.subcons:
        code, stop = _field_format(sc)
        if code:
            codes.append(code)
        if stop:
            break
    return struct.Struct(">" + "".join(codes))


def element_of(schema, field):
    """The element schema of the PrefixedArray field *field* of *schema*."""
    for sc in schema.subcons:
        if sc.name == field:
            return sc.subcon.subcons[1].subcon.subcon
    raise KeyError(field)


# Formats the parser reads with (all derived from the schemas above).
CLASS_BODY_HEAD = fixed_format(ClassBody)                 # flags, this, super, interfaces_count
MEMBER_HEAD = fixed_format(FieldInfo)                     # flags, name, descriptor, attributes_count
ATTRIBUTE_HEAD = fixed_format(AttributeInfo)              # name_index, attribute_length
CODE_HEAD = fixed_format(CodeAttribute)                   # max_stack, max_locals, code_length
EXCEPTION_ENTRY = fixed_format(ExceptionTableEntry)
LINE_NUMBER_ENTRY = fixed_format(element_of(LineNumberTableAttribute, "line_number_table"))
LOCAL_VARIABLE_ENTRY = fixed_format(element_of(LocalVariableTableAttribute,
                                               "local_variable_table"))
INNER_CLASS_ENTRY = fixed_format(element_of(InnerClassesAttribute, "classes"))
ENCLOSING_METHOD = fixed_format(EnclosingMethodAttribute)
BOOTSTRAP_METHOD_HEAD = fixed_format(element_of(BootstrapMethodsAttribute, "bootstrap_methods"))
CLDC_FRAME_HEAD = fixed_format(CldcStackMapFrame)         # offset, number_of_locals
U2 = fixed_format(SourceFileAttribute)                    # any single-u2 attribute / a count
