"""java.lang.StrictMath natives, on the C math library."""

import math

from kvm_core import _kvm
from kvm_core.natives.registry import native


def unary(name):
    fn = getattr(_kvm, 'libm_' + name)
    native('java/lang/StrictMath.%s(D)D' % name)(lambda vm, x: fn(x))


def binary(name):
    fn = getattr(_kvm, 'libm_' + name)
    native('java/lang/StrictMath.%s(DD)D' % name)(lambda vm, x, y: fn(x, y))


for _name in ('sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'log', 'log10', 'sqrt', 'cbrt', 'sinh', 'cosh', 'tanh', 'expm1', 'log1p'):
    unary(_name)
for _name in ('atan2', 'hypot', 'IEEEremainder'):
    binary(_name)


@native('java/lang/StrictMath.pow(DD)D')
def pow_(vm, x, y):
    # Java differs from C99 in two cases: pow(x, NaN) and pow(+-1, +-Infinity) are NaN.
    if math.isnan(y) or (abs(x) == 1.0 and math.isinf(y)):
        return math.nan
    return _kvm.libm_pow(x, y)
