"""java.lang.Float and java.lang.Double natives: bit patterns and text forms."""

import struct

from kvm_core.natives.registry import native


@native('java/lang/Float.floatToRawIntBits(F)I')
def float_to_raw_int_bits(vm, value):
    return struct.unpack('<i', struct.pack('<f', value))[0]


@native('java/lang/Float.intBitsToFloat(I)F')
def int_bits_to_float(vm, bits):
    return struct.unpack('<f', struct.pack('<i', bits))[0]


@native('java/lang/Double.doubleToRawLongBits(D)J')
def double_to_raw_long_bits(vm, value):
    return struct.unpack('<q', struct.pack('<d', value))[0]


@native('java/lang/Double.longBitsToDouble(J)D')
def long_bits_to_double(vm, bits):
    return struct.unpack('<d', struct.pack('<q', bits))[0]


@native('java/lang/Float.toString(F)Ljava/lang/String;')
def float_to_string(vm, value):
    from kvm_core import floatfmt      # imported when first needed: start-up time
    return vm.new_string(floatfmt.float_to_string(value))


@native('java/lang/Double.toString(D)Ljava/lang/String;')
def double_to_string(vm, value):
    from kvm_core import floatfmt
    return vm.new_string(floatfmt.double_to_string(value))


def parse(vm, s, parser):
    if s is None:
        vm.throw('java/lang/NullPointerException', None)
    try:
        return parser(vm.to_pystr(s))
    except ValueError as e:
        vm.throw('java/lang/NumberFormatException', str(e))


@native('java/lang/Float.parseFloat(Ljava/lang/String;)F')
def parse_float(vm, s):
    from kvm_core import floatfmt
    return parse(vm, s, floatfmt.parse_float)


@native('java/lang/Double.parseDouble(Ljava/lang/String;)D')
def parse_double(vm, s):
    from kvm_core import floatfmt
    return parse(vm, s, floatfmt.parse_double)
