"""Descriptors and names (JVMS §4.2, §4.3).

Validation uses compiled regular expressions (the work happens in C) and a
small per-process cache, because the same descriptors recur in every class.
"""

import re

__all__ = [
    "parse_method_descriptor", "parse_field_descriptor_list",
    "is_valid_field_descriptor", "is_valid_method_descriptor",
    "is_valid_unqualified_name", "is_valid_method_name", "is_valid_class_name",
    "is_valid_binary_class_name", "method_arg_slots", "descriptor_slot_size",
]

# An unqualified name (§4.2.2): at least one code unit, none of . ; [ /
_UNQ = r"[^.;\[/]+"
# A class name in internal form (§4.2.1): unqualified names joined by '/'.
_BIN = _UNQ + r"(?:/" + _UNQ + r")*"
# One field descriptor (§4.3.2).  '[' cannot occur in a class name, so at most
# 255 leading brackets is enforced by the repetition bound.
_FIELD = r"\[{0,255}(?:[BCDFIJSZ]|L" + _BIN + r";)"

_field_re = re.compile(_FIELD)
_method_re = re.compile(r"\((?:" + _FIELD + r")*\)(?:" + _FIELD + r"|V)")
_unqualified_re = re.compile(_UNQ)
_method_name_re = re.compile(r"<init>|<clinit>|[^.;\[/<>]+")
_binary_name_re = re.compile(_BIN)
# Splits a valid parameter list into single descriptors.
_one_field_re = re.compile(r"\[*(?:[BCDFIJSZ]|L[^;]+;)")

_CACHE_LIMIT = 20000
_field_cache = {}
_method_cache = {}


def is_valid_field_descriptor(desc):
    """True if *desc* is a FieldDescriptor (§4.3.2)."""
    r = _field_cache.get(desc)
    if r is None:
        r = _field_re.fullmatch(desc) is not None
        if len(_field_cache) > _CACHE_LIMIT:
            _field_cache.clear()
        _field_cache[desc] = r
    return r


def _method_slots(desc):
    """Parameter slots of *desc*, or -1 if it is not a valid method descriptor."""
    r = _method_cache.get(desc)
    if r is None:
        if _method_re.fullmatch(desc) is None:
            r = -1
        else:
            r = 0
            for a in _one_field_re.findall(desc, 1, desc.index(")")):
                r += 2 if a == "J" or a == "D" else 1
        if len(_method_cache) > _CACHE_LIMIT:
            _method_cache.clear()
        _method_cache[desc] = r
    return r


def method_arg_slots(desc):
    """Number of local-variable slots the parameters of method descriptor
    *desc* take (long/double count two; ``this`` not included); -1 if *desc*
    is not a valid method descriptor."""
    return _method_slots(desc)


def is_valid_method_descriptor(desc):
    """True if *desc* is a MethodDescriptor (§4.3.3) whose parameters fit in
    255 slots (§4.3.3: "a method descriptor is valid only if it represents
    method parameters with a total length of 255 or less")."""
    return 0 <= _method_slots(desc) <= 255


def parse_field_descriptor_list(s):
    """Split a concatenation of field descriptors; ValueError if malformed."""
    out = []
    pos = 0
    n = len(s)
    while pos < n:
        m = _field_re.match(s, pos)
        if m is None:
            raise ValueError(f"invalid descriptor list {s!r}")
        out.append(m.group())
        pos = m.end()
    return out


def parse_method_descriptor(desc):
    """Split a method descriptor into ``([arg descriptors], return descriptor)``.

    ``parse_method_descriptor("(I[JLjava/lang/String;)V")`` returns
    ``(["I", "[J", "Ljava/lang/String;"], "V")``.  Raises ``ValueError`` if
    *desc* is not a valid method descriptor.
    """
    if not isinstance(desc, str) or not is_valid_method_descriptor(desc):
        raise ValueError(f"invalid method descriptor {desc!r}")
    close = desc.index(")")
    return _one_field_re.findall(desc, 1, close), desc[close + 1:]


def descriptor_slot_size(desc):
    """Slots a value of field descriptor *desc* occupies (2 for J/D, else 1; 0 for V)."""
    c = desc[0]
    if c == "J" or c == "D":
        return 2
    if c == "V":
        return 0
    return 1


def is_valid_unqualified_name(name):
    """Field names, and names in NameAndType used by fields (§4.2.2)."""
    return _unqualified_re.fullmatch(name) is not None


def is_valid_method_name(name):
    """Method names (§4.2.2): unqualified, no '<' or '>' except <init>/<clinit>."""
    return _method_name_re.fullmatch(name) is not None


def is_valid_binary_class_name(name):
    """A class or interface name in internal form, e.g. ``java/lang/String``."""
    return _binary_name_re.fullmatch(name) is not None


def is_valid_class_name(name):
    """A name a CONSTANT_Class may carry (§4.4.1): a binary name in internal
    form, or an array type descriptor such as ``[Ljava/lang/Object;``."""
    if name[:1] == "[":
        return is_valid_field_descriptor(name)
    return _binary_name_re.fullmatch(name) is not None
