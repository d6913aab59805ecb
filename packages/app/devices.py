"""Device profiles (`kava run --device NAME`): screen size, colors, key codes, heap."""

import functools

# Logical keys in the order com.kava.midp.Host numbers them (KEY_UP = 0 ...).
LOGICAL_KEYS = ('UP', 'DOWN', 'LEFT', 'RIGHT', 'FIRE', 'SOFT1', 'SOFT2', 'CLEAR')

# Key codes of the keys that have characters are the characters, on every device.
CHARACTER_KEYS = dict({str(d): ord(str(d)) for d in range(10)}, STAR=ord('*'), POUND=ord('#'))


class Device:
    def __init__(self, name, width, height, colors, key_codes, heap, description):
        self.name = name
        self.width = width
        self.height = height
        self.colors = colors              # 4096 (4-4-4), 65536 (5-6-5) or 16777216 (8-8-8)
        self.key_codes = dict(CHARACTER_KEYS, **key_codes)
        self.heap = heap                  # bytes: the Java heap limit (-Xmx)
        self.description = description

    def key_code(self, name):
        """The key code of a key by its script name (0-9, STAR, POUND, UP, ..., SOFT2)."""
        return self.key_codes[name]

    def logical_code(self, index):
        return self.key_codes[LOGICAL_KEYS[index]]

    @functools.cached_property
    def channel_tables(self):
        """For R, G and B: a 256-byte table from a channel value to what the screen shows
        (display_color per channel, for reducing whole frames with bytes.translate)."""
        return [bytes((self.display_color(v << shift) >> shift) & 0xFF for v in range(256))
                for shift in (16, 8, 0)]

    def display_color(self, rgb):
        """The 0xRRGGBB the screen shows for rgb: each channel cut to the device's bits,
        then widened again by repeating its top bits (so white stays white)."""
        bits = CHANNEL_BITS[self.colors]
        out = 0
        for shift, n in zip((16, 8, 0), bits):
            c = (rgb >> shift) & 0xFF
            out |= widen(c >> (8 - n), n) << shift
        return out


def widen(value, bits):
    """An n-bit channel value as 8 bits, repeating its bits (0b11111 -> 0xFF)."""
    out, have = 0, 0
    while have < 8:
        out = (out << bits) | value
        have += bits
    return out >> (have - 8)


CHANNEL_BITS = {4096: (4, 4, 4), 65536: (5, 6, 5), 16777216: (8, 8, 8)}

# Most phones of the era gave the arrows, FIRE and the soft keys these negative codes;
# the 176x220 profile uses another common assignment, so apps that hard-code one set show it.
COMMON_KEYS = dict(UP=-1, DOWN=-2, LEFT=-3, RIGHT=-4, FIRE=-5, SOFT1=-6, SOFT2=-7, CLEAR=-8)
ALTERNATE_KEYS = dict(UP=-1, DOWN=-6, LEFT=-2, RIGHT=-5, FIRE=-20, SOFT1=-21, SOFT2=-22, CLEAR=-8)

PROFILES = {
    'qvga': Device('qvga', 240, 320, 16777216, COMMON_KEYS, 8 << 20,
                   '240x320, 16M colors, 8 MB heap (the default)'),
    's60': Device('s60', 176, 220, 65536, ALTERNATE_KEYS, 4 << 20,
                  '176x220, 65536 colors, 4 MB heap, alternate key codes'),
    'small': Device('small', 128, 160, 4096, COMMON_KEYS, 2 << 20,
                    '128x160, 4096 colors, 2 MB heap'),
}
DEFAULT_DEVICE = 'qvga'


def device(name):
    try:
        return PROFILES[name]
    except KeyError:
        raise KeyError('unknown device %r; known: %s' % (name, ', '.join(sorted(PROFILES)))) from None
