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


for _name in ('sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'log', 'log10', 'sqrt',
              'sinh', 'cosh', 'tanh', 'expm1', 'log1p'):
    unary(_name)
for _name in ('atan2', 'hypot', 'IEEEremainder'):
    binary(_name)


@native('java/lang/StrictMath.pow(DD)D')
def pow_(vm, x, y):
    # Java differs from C99 in two cases: pow(x, NaN) and pow(+-1, +-Infinity) are NaN.
    if math.isnan(y) or (abs(x) == 1.0 and math.isinf(y)):
        return math.nan
    return _kvm.libm_pow(x, y)


@native('java/lang/StrictMath.cbrt(D)D')
def cbrt(vm, x):
    """glibc's cbrt can be off by an ulp (cbrt(27) = 3.0000000000000004); the JDK's
    is exact on exact cubes. Pick the neighbour whose cube is nearest to x."""
    r = _kvm.libm_cbrt(x)
    if not math.isfinite(r) or r == 0.0:
        return r
    from fractions import Fraction      # imported on first use: a slow import
    target = Fraction(x)
    candidates = (math.nextafter(r, -math.inf), r, math.nextafter(r, math.inf))
    return min(candidates, key=lambda c: abs(Fraction(c) ** 3 - target))
