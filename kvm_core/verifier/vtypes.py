"""Verification types (JVMS §4.10.1.2) as plain Python values.

One value per operand-stack or local-variable *slot*:

* small ints for the primitive and special types: ``TOP``, ``INT``,
  ``FLOAT``, ``LONG`` / ``LONG2`` (first and second slot of a long),
  ``DOUBLE`` / ``DOUBLE2``, ``NULL``, ``UNINIT_THIS``;
* ``UNINIT_BASE + pc`` for ``uninitialized(pc)`` (the object made by the
  ``new`` at *pc*, before its ``<init>`` ran);
* ``RA_BASE + pc`` for a return address (jsr/ret, inference only) whose value
  is the instruction at *pc*;
* ``str`` for an initialized reference: a class name in internal form
  (``java/lang/String``) or an array descriptor (``[I``,
  ``[Ljava/lang/String;``).

boolean, byte, char and short are ``INT``, as in the JVM.  Keeping the
values unboxed makes frames plain lists that compare with ``==`` in C.
"""

TOP = 0
INT = 1
FLOAT = 2
DOUBLE = 3
LONG = 4
NULL = 5
UNINIT_THIS = 6
LONG2 = 9
DOUBLE2 = 10

UNINIT_BASE = 1 << 20
RA_BASE = 1 << 21

OBJECT = "java/lang/Object"
THROWABLE = "java/lang/Throwable"
STRING = "java/lang/String"
CLASS = "java/lang/Class"

# Stand-ins for "what was expected" in error details only (never in frames).
CAT1 = ("expect", "category1 type")
REFERENCE = ("expect", "reference type")
ARRAY = ("expect", "array type")

_NAMES = {TOP: "top", INT: "integer", FLOAT: "float", DOUBLE: "double", LONG: "long",
          NULL: "null", UNINIT_THIS: "uninitializedThis", LONG2: "long_2nd",
          DOUBLE2: "double_2nd"}


def is_uninit(t):
    return type(t) is int and UNINIT_BASE <= t < RA_BASE


def is_ra(t):
    return type(t) is int and t >= RA_BASE


def type_name(t):
    """HotSpot's spelling in VerifyError reasons."""
    if type(t) is str:
        return "'" + t + "'"
    if type(t) is tuple:
        return t[1]
    n = _NAMES.get(t)
    if n is not None:
        return n
    if is_uninit(t):
        return "uninitialized %d" % (t - UNINIT_BASE)
    if is_ra(t):
        return "return address %d" % (t - RA_BASE)
    return "<type %r>" % (t,)


# ------------------------------------------------------------------ descriptors

_PRIM_SLOTS = {"I": (INT,), "Z": (INT,), "B": (INT,), "C": (INT,), "S": (INT,),
               "F": (FLOAT,), "J": (LONG, LONG2), "D": (DOUBLE, DOUBLE2), "V": ()}


def field_slots(desc):
    """Slot types of one field descriptor, bottom slot first (``J`` -> (LONG, LONG2))."""
    s = _PRIM_SLOTS.get(desc)
    if s is not None:
        return s
    c = desc[0]
    if c == "L":
        return (desc[1:-1],)
    if c == "[":
        return (desc,)
    raise ValueError(desc)


_method_cache = {}


def method_slots(desc):
    """``(argument slots bottom-first, return slots)`` of a method descriptor,
    as tuples; cached.  Raises ValueError on a malformed descriptor."""
    r = _method_cache.get(desc)
    if r is None:
        args = []
        i = 1
        n = len(desc)
        while i < n and desc[i] != ")":
            j = i
            while desc[j] == "[":
                j += 1
            if desc[j] == "L":
                j = desc.index(";", j)
            args.extend(field_slots(desc[i:j + 1]))
            i = j + 1
        if i >= n:
            raise ValueError(desc)
        r = (tuple(args), field_slots(desc[i + 1:]))
        if len(_method_cache) > 50000:
            _method_cache.clear()
        _method_cache[desc] = r
    return r


def array_of(t):
    """Array type whose component is reference type *t* (for anewarray)."""
    if t[0] == "[":
        return "[" + t
    return "[L" + t + ";"


def component_of(arr):
    """Component verification type of array descriptor *arr* (reference or primitive)."""
    c = arr[1]
    if c == "L":
        return arr[2:-1]
    if c == "[":
        return arr[1:]
    return _PRIM_SLOTS[c][0]


def array_dimensions(t):
    n = 0
    while n < len(t) and t[n] == "[":
        n += 1
    return n


NEWARRAY_TYPES = {4: "[Z", 5: "[C", 6: "[F", 7: "[D", 8: "[B", 9: "[S", 10: "[I", 11: "[J"}


def vtype_from_item(tag, extra):
    """Slot types of one StackMapTable/StackMap verification_type_info."""
    if tag == 0:
        return (TOP,)
    if tag == 1:
        return (INT,)
    if tag == 2:
        return (FLOAT,)
    if tag == 3:
        return (DOUBLE, DOUBLE2)
    if tag == 4:
        return (LONG, LONG2)
    if tag == 5:
        return (NULL,)
    if tag == 6:
        return (UNINIT_THIS,)
    if tag == 7:
        return (extra,)
    if tag == 8:
        return (UNINIT_BASE + extra,)
    raise ValueError(tag)


def external_name(desc):
    """Java-language spelling of a field descriptor: ``[Ljava/lang/String;`` ->
    ``java.lang.String[]`` (for ClassFormatError messages)."""
    dims = 0
    while desc[dims] == "[":
        dims += 1
    base = desc[dims:]
    prim = {"I": "int", "Z": "boolean", "B": "byte", "C": "char", "S": "short", "F": "float",
            "J": "long", "D": "double", "V": "void"}.get(base)
    if prim is None:
        prim = base[1:-1].replace("/", ".")
    return prim + "[]" * dims
