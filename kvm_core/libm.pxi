# The C math library for StrictMath's natives: IEEE results (log(0) = -Infinity,
# sqrt(-1) = NaN) without Python's domain and overflow exceptions.

from libc cimport math as cmath

def libm_sin(double x):
    return cmath.sin(x)


def libm_cos(double x):
    return cmath.cos(x)


def libm_tan(double x):
    return cmath.tan(x)


def libm_asin(double x):
    return cmath.asin(x)


def libm_acos(double x):
    return cmath.acos(x)


def libm_atan(double x):
    return cmath.atan(x)


def libm_exp(double x):
    return cmath.exp(x)


def libm_log(double x):
    return cmath.log(x)


def libm_log10(double x):
    return cmath.log10(x)


def libm_sqrt(double x):
    return cmath.sqrt(x)


def libm_cbrt(double x):
    return cmath.cbrt(x)


def libm_sinh(double x):
    return cmath.sinh(x)


def libm_cosh(double x):
    return cmath.cosh(x)


def libm_tanh(double x):
    return cmath.tanh(x)


def libm_expm1(double x):
    return cmath.expm1(x)


def libm_log1p(double x):
    return cmath.log1p(x)


def libm_atan2(double x, double y):
    return cmath.atan2(x, y)


def libm_hypot(double x, double y):
    return cmath.hypot(x, y)


def libm_pow(double x, double y):
    return cmath.pow(x, y)


def libm_IEEEremainder(double x, double y):
    return cmath.remainder(x, y)
