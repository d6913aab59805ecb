"""java.lang.Character natives: Unicode general categories and case mapping.

Python's unicodedata answers, corrected by the JDK 17 (Unicode 13) differences
recorded in unicode_overrides.py."""

import unicodedata

from kvm_core.natives.registry import native

# Unicode general category -> the Character.getType constant.
CATEGORY_TYPES = {
    'Cn': 0, 'Lu': 1, 'Ll': 2, 'Lt': 3, 'Lm': 4, 'Lo': 5, 'Mn': 6, 'Me': 7, 'Mc': 8,
    'Nd': 9, 'Nl': 10, 'No': 11, 'Zs': 12, 'Zl': 13, 'Zp': 14, 'Cc': 15, 'Cf': 16,
    'Co': 18, 'Cs': 19, 'Pd': 20, 'Ps': 21, 'Pe': 22, 'Pc': 23, 'Po': 24, 'Sm': 25,
    'Sc': 26, 'Sk': 27, 'So': 28, 'Pi': 29, 'Pf': 30,
}


def _valid(cp):
    return 0 <= cp <= 0x10FFFF


def python_type(cp):
    return CATEGORY_TYPES.get(unicodedata.category(chr(cp)), 0) if _valid(cp) else 0


def _simple(cp, mapped):
    """A one-code-point case mapping, or cp itself when the mapping is longer."""
    return ord(mapped) if len(mapped) == 1 else cp


def python_upper(cp):
    return _simple(cp, chr(cp).upper()) if _valid(cp) and not 0xD800 <= cp <= 0xDFFF else cp


def python_lower(cp):
    return _simple(cp, chr(cp).lower()) if _valid(cp) and not 0xD800 <= cp <= 0xDFFF else cp


def python_title(cp):
    return _simple(cp, chr(cp).title()) if _valid(cp) and not 0xD800 <= cp <= 0xDFFF else cp


class Overrides:
    """The JDK 17 differences, loaded on first use (a large table most programs never need)."""
    tables = None

    @classmethod
    def get(cls):
        if cls.tables is None:
            from kvm_core.natives import unicode_overrides as o
            cls.tables = o.TYPE, o.UPPER, o.LOWER, o.TITLE
        return cls.tables


@native('java/lang/Character.getType0(I)I')
def get_type(vm, cp):
    table = Overrides.get()[0]
    return table[cp] if cp in table else python_type(cp)


@native('java/lang/Character.toUpperCase0(I)I')
def to_upper(vm, cp):
    table = Overrides.get()[1]
    return table[cp] if cp in table else python_upper(cp)


@native('java/lang/Character.toLowerCase0(I)I')
def to_lower(vm, cp):
    table = Overrides.get()[2]
    return table[cp] if cp in table else python_lower(cp)


@native('java/lang/Character.toTitleCase0(I)I')
def to_title(vm, cp):
    table = Overrides.get()[3]
    return table[cp] if cp in table else python_title(cp)
