"""java.lang.Character natives: Unicode general categories and case mapping."""

import unicodedata

from kvm_core.natives.registry import native

# Unicode general category -> the Character.getType constant.
CATEGORY_TYPES = {
    'Cn': 0, 'Lu': 1, 'Ll': 2, 'Lt': 3, 'Lm': 4, 'Lo': 5, 'Mn': 6, 'Me': 7, 'Mc': 8,
    'Nd': 9, 'Nl': 10, 'No': 11, 'Zs': 12, 'Zl': 13, 'Zp': 14, 'Cc': 15, 'Cf': 16,
    'Co': 18, 'Cs': 19, 'Pd': 20, 'Ps': 21, 'Pe': 22, 'Pc': 23, 'Po': 24, 'Sm': 25,
    'Sc': 26, 'Sk': 27, 'So': 28, 'Pi': 29, 'Pf': 30,
}


@native('java/lang/Character.getType0(I)I')
def get_type(vm, cp):
    if not 0 <= cp <= 0x10FFFF:
        return 0
    return CATEGORY_TYPES.get(unicodedata.category(chr(cp)), 0)


def single_mapping(cp, mapped):
    """A simple (one code point) case mapping, or cp itself when there is none."""
    return ord(mapped) if len(mapped) == 1 else cp


@native('java/lang/Character.toUpperCase0(I)I')
def to_upper(vm, cp):
    if not 0 <= cp <= 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
        return cp
    return single_mapping(cp, chr(cp).upper())


@native('java/lang/Character.toLowerCase0(I)I')
def to_lower(vm, cp):
    if not 0 <= cp <= 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
        return cp
    return single_mapping(cp, chr(cp).lower())


@native('java/lang/Character.toTitleCase0(I)I')
def to_title(vm, cp):
    if not 0 <= cp <= 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
        return cp
    return single_mapping(cp, chr(cp).title())
