"""The parsed form of a class file: plain classes with ``__slots__``.

Everything symbolic is already resolved to ``str`` (internal names such as
``java/lang/String``, descriptors, member names).  Equality compares all
slots, which the round-trip tests rely on.
"""

__all__ = [
    "ClassFile", "FieldInfo", "MethodInfo", "CodeAttribute", "ExceptionHandler",
    "LocalVariable", "StackMapFrame", "InnerClassInfo", "EnclosingMethod",
    "BootstrapMethod", "RawAttribute",
    "ITEM_Top", "ITEM_Integer", "ITEM_Float", "ITEM_Double", "ITEM_Long", "ITEM_Null",
    "ITEM_UninitializedThis", "ITEM_Object", "ITEM_Uninitialized",
]

# Verification type tags (§4.7.4, same numbering in CLDC's StackMap).
ITEM_Top = 0
ITEM_Integer = 1
ITEM_Float = 2
ITEM_Double = 3
ITEM_Long = 4
ITEM_Null = 5
ITEM_UninitializedThis = 6
ITEM_Object = 7
ITEM_Uninitialized = 8


class _Record:
    """Base: keyword/positional init over ``__slots__``, equality and repr."""

    __slots__ = ()

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        for name in self.__slots__:
            a = getattr(self, name)
            b = getattr(other, name)
            if a != b and not (a != a and b != b):     # NaN constant values are equal
                return False
        return True

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None  # mutable records

    def __repr__(self):
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({parts})"


class RawAttribute(_Record):
    """An attribute the parser does not interpret, kept verbatim so the writer
    can reproduce it (and tests can inject arbitrary attributes)."""

    __slots__ = ("name", "data")

    def __init__(self, name, data):
        self.name = name
        self.data = data


class ExceptionHandler(_Record):
    """One exception_table entry of a Code attribute; catch_type None = any."""

    __slots__ = ("start_pc", "end_pc", "handler_pc", "catch_type")

    def __init__(self, start_pc, end_pc, handler_pc, catch_type):
        self.start_pc = start_pc
        self.end_pc = end_pc
        self.handler_pc = handler_pc
        self.catch_type = catch_type


class LocalVariable(_Record):
    """One LocalVariableTable entry (§4.7.13)."""

    __slots__ = ("start_pc", "length", "name", "descriptor", "index")

    def __init__(self, start_pc, length, name, descriptor, index):
        self.start_pc = start_pc
        self.length = length
        self.name = name
        self.descriptor = descriptor
        self.index = index


class StackMapFrame(_Record):
    """One frame of a StackMapTable (§4.7.4) or of CLDC's StackMap.

    * ``frame_type``: the raw frame_type byte (StackMapTable) or None (CLDC).
    * ``kind``: "same", "same_locals_1", "chop", "append" or "full"
      (the extended forms 247/251 map to same_locals_1/same; CLDC frames are
      always "full").
    * ``offset_delta``: the offset value stored in the file: the delta for a
      StackMapTable frame, the absolute bytecode offset for a CLDC frame.
    * ``offset``: absolute bytecode offset, computed for both forms.
    * ``chop``: number of locals removed (chop frames), else 0.
    * ``locals``: the full locals of a full frame, the *appended* locals of an
      append frame, else [].
    * ``stack``: operand stack entries (one for same_locals_1, any for full).

    A verification type is ``(tag, extra)`` with ``extra`` the class name for
    ITEM_Object (7), the ``new`` instruction offset for ITEM_Uninitialized (8),
    otherwise None.
    """

    __slots__ = ("frame_type", "kind", "offset_delta", "offset", "chop", "locals", "stack")

    def __init__(self, frame_type, kind, offset_delta, offset, chop=0, locals=None, stack=None):
        self.frame_type = frame_type
        self.kind = kind
        self.offset_delta = offset_delta
        self.offset = offset
        self.chop = chop
        self.locals = [] if locals is None else locals
        self.stack = [] if stack is None else stack


class CodeAttribute(_Record):
    """The Code attribute of a method (§4.7.3) and the attributes nested in it."""

    __slots__ = ("max_stack", "max_locals", "code", "exception_table", "line_numbers",
                 "local_variables", "stack_map_table", "stack_map", "unknown_attributes")

    def __init__(self, max_stack, max_locals, code, exception_table=None, line_numbers=None,
                 local_variables=None, stack_map_table=None, stack_map=None,
                 unknown_attributes=None):
        self.max_stack = max_stack
        self.max_locals = max_locals
        self.code = code
        self.exception_table = [] if exception_table is None else exception_table
        self.line_numbers = [] if line_numbers is None else line_numbers
        self.local_variables = [] if local_variables is None else local_variables
        self.stack_map_table = stack_map_table
        self.stack_map = stack_map
        self.unknown_attributes = [] if unknown_attributes is None else unknown_attributes


class FieldInfo(_Record):
    """A field_info (§4.5).  ``constant_value`` is the Python value of the
    ConstantValue attribute (int/float/str), ``constant_value_entry`` its
    constant-pool entry; both None when absent (or the field is not static,
    in which case JVMS says the attribute is ignored)."""

    __slots__ = ("access_flags", "name", "descriptor", "constant_value",
                 "constant_value_entry", "signature", "unknown_attributes")

    def __init__(self, access_flags, name, descriptor, constant_value=None,
                 constant_value_entry=None, signature=None, unknown_attributes=None):
        self.access_flags = access_flags
        self.name = name
        self.descriptor = descriptor
        self.constant_value = constant_value
        self.constant_value_entry = constant_value_entry
        self.signature = signature
        self.unknown_attributes = [] if unknown_attributes is None else unknown_attributes


class MethodInfo(_Record):
    """A method_info (§4.6).  ``exceptions`` lists the class names of the
    Exceptions attribute."""

    __slots__ = ("access_flags", "name", "descriptor", "code", "exceptions", "signature",
                 "unknown_attributes")

    def __init__(self, access_flags, name, descriptor, code=None, exceptions=None,
                 signature=None, unknown_attributes=None):
        self.access_flags = access_flags
        self.name = name
        self.descriptor = descriptor
        self.code = code
        self.exceptions = [] if exceptions is None else exceptions
        self.signature = signature
        self.unknown_attributes = [] if unknown_attributes is None else unknown_attributes


class InnerClassInfo(_Record):
    """One InnerClasses entry (§4.7.6)."""

    __slots__ = ("inner_class", "outer_class", "inner_name", "access_flags")

    def __init__(self, inner_class, outer_class, inner_name, access_flags):
        self.inner_class = inner_class
        self.outer_class = outer_class
        self.inner_name = inner_name
        self.access_flags = access_flags


class EnclosingMethod(_Record):
    """The EnclosingMethod attribute (§4.7.7); method fields None when the
    class is not immediately enclosed by a method or constructor."""

    __slots__ = ("class_name", "method_name", "method_descriptor")

    def __init__(self, class_name, method_name=None, method_descriptor=None):
        self.class_name = class_name
        self.method_name = method_name
        self.method_descriptor = method_descriptor


class BootstrapMethod(_Record):
    """One BootstrapMethods entry (§4.7.23): the CpMethodHandle entry and the
    static arguments as constant-pool entry objects."""

    __slots__ = ("method_handle", "arguments")

    def __init__(self, method_handle, arguments):
        self.method_handle = method_handle
        self.arguments = arguments


class ClassFile(_Record):
    """A parsed class file."""

    __slots__ = ("minor", "major", "access_flags", "this_class", "super_class", "interfaces",
                 "constant_pool", "fields", "methods", "source_file", "signature",
                 "inner_classes", "enclosing_method", "bootstrap_methods", "nest_host",
                 "nest_members", "unknown_attributes")

    def __init__(self, minor=0, major=0, access_flags=0, this_class=None, super_class=None,
                 interfaces=None, constant_pool=None, fields=None, methods=None,
                 source_file=None, signature=None, inner_classes=None, enclosing_method=None,
                 bootstrap_methods=None, nest_host=None, nest_members=None,
                 unknown_attributes=None):
        self.minor = minor
        self.major = major
        self.access_flags = access_flags
        self.this_class = this_class
        self.super_class = super_class
        self.interfaces = [] if interfaces is None else interfaces
        self.constant_pool = [None] if constant_pool is None else constant_pool
        self.fields = [] if fields is None else fields
        self.methods = [] if methods is None else methods
        self.source_file = source_file
        self.signature = signature
        self.inner_classes = [] if inner_classes is None else inner_classes
        self.enclosing_method = enclosing_method
        self.bootstrap_methods = [] if bootstrap_methods is None else bootstrap_methods
        self.nest_host = nest_host
        self.nest_members = [] if nest_members is None else nest_members
        self.unknown_attributes = [] if unknown_attributes is None else unknown_attributes

    def find_method(self, name, descriptor):
        """The MethodInfo with this name and descriptor, or None."""
        for m in self.methods:
            if m.name == name and m.descriptor == descriptor:
                return m
        return None

    def find_field(self, name, descriptor=None):
        """The FieldInfo with this name (and descriptor if given), or None."""
        for f in self.fields:
            if f.name == name and (descriptor is None or f.descriptor == descriptor):
                return f
        return None
