"""java.lang.String objects <-> Python str. A Java String is a UTF-16 char[];
a Python str here holds one code point per UTF-16 unit (lone surrogates kept)."""

import sys

from kvm_core import _kvm

assert sys.byteorder == 'little', 'char[] storage is read as UTF-16-LE'


def _split_pairs(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if cp > 0xFFFF:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)))
            out.append(chr(0xDC00 + (cp & 0x3FF)))
        else:
            out.append(ch)
    return ''.join(out)


class StringSupport:
    """Mixin of the VM: creating, interning and reading Java strings."""

    def _init_strings(self):
        self.interned = {}
        string_cls = self.load_class('java/lang/String')
        self.string_class = string_cls
        self.string_value_slot = string_cls.fields[('value', '[C')].slot
        self.char_array_class = self.load_class('[C')

    def new_string(self, s):
        """A new java.lang.String holding the UTF-16 form of Python str s."""
        raw = s.encode('utf-16-le', 'surrogatepass')
        chars = _kvm.py_new_array(self.char_array_class, len(raw) // 2)
        chars.set_bytes(0, raw)
        obj = _kvm.py_new_object(self.string_class)
        obj.refs[self.string_value_slot] = chars
        obj.native = _as_units(s)
        return obj

    def intern(self, s):
        """The canonical String for a Python str (literals, String.intern)."""
        s = _as_units(s)
        obj = self.interned.get(s)
        if obj is None:
            obj = self.new_string(s)
            self.interned[s] = obj
        return obj

    def to_pystr(self, obj):
        """The Python str of a java.lang.String (None for null)."""
        if obj is None:
            return None
        cached = obj.native
        if cached is not None:
            return cached
        chars = obj.refs[self.string_value_slot]
        s = chars.to_bytes().decode('utf-16-le', 'surrogatepass')
        s = _as_units(s)
        obj.native = s
        return s


def host_text(s):
    """A units-form str as ordinary text (surrogate pairs joined)."""
    if s.isascii():
        return s
    return s.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass')


def _as_units(s):
    """Normalize to one code point per UTF-16 unit, so len() is String.length()."""
    if s.isascii() or all(ord(ch) <= 0xFFFF for ch in s):
        return s
    return _split_pairs(s)
