"""Per-opcode tests: one static method of hand-assembled bytecode per case,
run on the KVM with chosen arguments, result checked against Java semantics."""

import itertools
import math
import struct

import pytest

from kvm_core import _kvm
from kvm_core.classpath import ClassPath
from kvm_core.opcodes import OPCODES as OP
from kvm_core.vm import VM
from kvm_core.classgen import ClassBuilder, MemoryEntry

INT_MIN, INT_MAX = -2**31, 2**31 - 1
LONG_MIN, LONG_MAX = -2**63, 2**63 - 1
_names = itertools.count()


@pytest.fixture(scope='module')
def kvm():
    files = {}
    vm = VM(ClassPath([MemoryEntry(files)]))
    vm.test_files = files
    return vm


def f32(x):
    return struct.unpack('<f', struct.pack('<f', x))[0]


def assemble(*parts):
    """Opcode names become numbers; ints are operand bytes."""
    return [OP[p] if isinstance(p, str) else p for p in parts]


def run(vm, desc, code, *args, setup=None, max_stack=8, max_locals=8, handlers=()):
    name = 'T%d' % next(_names)
    cb = ClassBuilder(name, major=49)   # no StackMapTable: the verifier infers types
    if setup is not None:
        code = setup(cb)
    cb.method('f', desc, assemble(*code), max_stack=max_stack, max_locals=max_locals,
              handlers=handlers)
    vm.test_files[name + '.class'] = cb.build()
    m = vm.load_class(name).methods['f' + desc]
    return vm.call(m, *args)


def thrown(vm, desc, code, *args):
    with pytest.raises(_kvm.JavaThrow) as info:
        run(vm, desc, code, *args)
    obj = info.value.obj
    return obj.cls.name, vm.to_pystr(obj.refs[vm.throwable_layout['detailMessage']])


# ---- int arithmetic -----------------------------------------------------------

@pytest.mark.parametrize('op,a,b,expected', [
    ('iadd', INT_MAX, 1, INT_MIN),
    ('isub', INT_MIN, 1, INT_MAX),
    ('imul', 65536, 65536, 0),
    ('imul', INT_MAX, 2, -2),
    ('idiv', 7, -2, -3),
    ('idiv', -7, 2, -3),
    ('idiv', INT_MIN, -1, INT_MIN),
    ('irem', -7, 2, -1),
    ('irem', 7, -2, 1),
    ('irem', INT_MIN, -1, 0),
    ('ishl', 1, 33, 2),
    ('ishl', 1, 31, INT_MIN),
    ('ishr', -8, 1, -4),
    ('ishr', -1, 63, -1),
    ('iushr', -8, 28, 15),
    ('iushr', -1, 32, -1),
    ('iand', 0x0F0F, 0x00FF, 0x000F),
    ('ior', INT_MIN, 1, INT_MIN + 1),
    ('ixor', -1, 0x55, ~0x55),
])
def test_int_binary(kvm, op, a, b, expected):
    assert run(kvm, '(II)I', ['iload_0', 'iload_1', op, 'ireturn'], a, b) == expected


def test_ineg_wraps(kvm):
    assert run(kvm, '(I)I', ['iload_0', 'ineg', 'ireturn'], INT_MIN) == INT_MIN


@pytest.mark.parametrize('op', ['idiv', 'irem'])
def test_int_division_by_zero(kvm, op):
    assert thrown(kvm, '(II)I', ['iload_0', 'iload_1', op, 'ireturn'], 1, 0) == \
        ('java/lang/ArithmeticException', '/ by zero')


def test_iinc_wraps(kvm):
    assert run(kvm, '(I)I', ['iinc', 0, 0xFF, 'iload_0', 'ireturn'], INT_MIN) == INT_MAX


def test_wide_iinc(kvm):
    assert run(kvm, '(I)I', ['wide', OP['iinc'], 0, 0, 0x80, 0x00, 'iload_0', 'ireturn'], 5) == 5 - 32768


# ---- long arithmetic -----------------------------------------------------------

@pytest.mark.parametrize('op,a,b,expected', [
    ('ladd', LONG_MAX, 1, LONG_MIN),
    ('lsub', LONG_MIN, 1, LONG_MAX),
    ('lmul', 2**32, 2**32, 0),
    ('ldiv', LONG_MIN, -1, LONG_MIN),
    ('ldiv', -7, 2, -3),
    ('lrem', LONG_MIN, -1, 0),
    ('lrem', -7, 2, -1),
    ('land', -1, 2**40, 2**40),
    ('lor', 1, 2**62, 2**62 + 1),
    ('lxor', -1, 0, -1),
])
def test_long_binary(kvm, op, a, b, expected):
    assert run(kvm, '(JJ)J', ['lload_0', 'lload_2', op, 'lreturn'], a, b) == expected


@pytest.mark.parametrize('op,a,shift,expected', [
    ('lshl', 1, 64, 1),
    ('lshl', 1, 63, LONG_MIN),
    ('lshr', LONG_MIN, 63, -1),
    ('lushr', -1, 60, 15),
    ('lushr', -1, 128, -1),
])
def test_long_shifts_mask_count(kvm, op, a, shift, expected):
    assert run(kvm, '(JI)J', ['lload_0', 'iload_2', op, 'lreturn'], a, shift) == expected


def test_long_division_by_zero(kvm):
    assert thrown(kvm, '(JJ)J', ['lload_0', 'lload_2', 'ldiv', 'lreturn'], 1, 0) == \
        ('java/lang/ArithmeticException', '/ by zero')


@pytest.mark.parametrize('a,b,expected', [(1, 2, -1), (2, 1, 1), (LONG_MIN, LONG_MAX, -1), (5, 5, 0)])
def test_lcmp(kvm, a, b, expected):
    assert run(kvm, '(JJ)I', ['lload_0', 'lload_2', 'lcmp', 'ireturn'], a, b) == expected


# ---- floating point ---------------------------------------------------------------

def test_float_arithmetic_rounds_to_32_bits(kvm):
    result = run(kvm, '(FF)F', ['fload_0', 'fload_1', 'fadd', 'freturn'], f32(0.1), f32(0.2))
    assert result == f32(f32(0.1) + f32(0.2))
    assert result != 0.1 + 0.2


def test_frem_and_drem_truncate(kvm):
    assert run(kvm, '(FF)F', ['fload_0', 'fload_1', 'frem', 'freturn'], -7.5, 2.0) == -1.5
    assert run(kvm, '(DD)D', ['dload_0', 'dload_2', 'drem', 'dreturn'], 7.5, -2.0) == 1.5


def test_negative_zero(kvm):
    r = run(kvm, '(D)D', ['dload_0', 'dneg', 'dreturn'], 0.0)
    assert r == 0.0 and math.copysign(1.0, r) == -1.0
    r = run(kvm, '(F)F', ['fload_0', 'fneg', 'freturn'], 0.0)
    assert math.copysign(1.0, r) == -1.0


@pytest.mark.parametrize('op,nan_result', [('fcmpl', -1), ('fcmpg', 1)])
def test_fcmp_nan(kvm, op, nan_result):
    code = ['fload_0', 'fload_1', op, 'ireturn']
    assert run(kvm, '(FF)I', code, math.nan, 1.0) == nan_result
    assert run(kvm, '(FF)I', code, 1.0, 2.0) == -1
    assert run(kvm, '(FF)I', code, -0.0, 0.0) == 0


@pytest.mark.parametrize('op,nan_result', [('dcmpl', -1), ('dcmpg', 1)])
def test_dcmp_nan(kvm, op, nan_result):
    code = ['dload_0', 'dload_2', op, 'ireturn']
    assert run(kvm, '(DD)I', code, 1.0, math.nan) == nan_result
    assert run(kvm, '(DD)I', code, 3.0, 2.0) == 1


@pytest.mark.parametrize('value,expected', [
    (math.nan, 0), (math.inf, INT_MAX), (-math.inf, INT_MIN), (1e20, INT_MAX),
    (-1e20, INT_MIN), (-2.9, -2), (2.9, 2)])
def test_f2i_and_d2i_saturate(kvm, value, expected):
    assert run(kvm, '(F)I', ['fload_0', 'f2i', 'ireturn'], value) == expected
    assert run(kvm, '(D)I', ['dload_0', 'd2i', 'ireturn'], value) == expected


@pytest.mark.parametrize('value,expected', [
    (math.nan, 0), (math.inf, LONG_MAX), (-math.inf, LONG_MIN), (1e30, LONG_MAX), (-3.5, -3)])
def test_f2l_and_d2l_saturate(kvm, value, expected):
    assert run(kvm, '(F)J', ['fload_0', 'f2l', 'lreturn'], value) == expected
    assert run(kvm, '(D)J', ['dload_0', 'd2l', 'lreturn'], value) == expected


def test_d2f_rounds_and_overflows(kvm):
    assert run(kvm, '(D)F', ['dload_0', 'd2f', 'freturn'], 0.1) == f32(0.1)
    assert run(kvm, '(D)F', ['dload_0', 'd2f', 'freturn'], 1e300) == math.inf


def test_l2f_and_l2d_round(kvm):
    assert run(kvm, '(J)F', ['lload_0', 'l2f', 'freturn'], LONG_MAX) == 2.0 ** 63
    assert run(kvm, '(J)D', ['lload_0', 'l2d', 'dreturn'], 2**53 + 1) == 2.0 ** 53


# ---- narrowing ------------------------------------------------------------------------

@pytest.mark.parametrize('op,value,expected', [
    ('i2b', 200, -56), ('i2b', 127, 127), ('i2c', -1, 65535), ('i2s', 40000, -25536),
])
def test_int_narrowing(kvm, op, value, expected):
    assert run(kvm, '(I)I', ['iload_0', op, 'ireturn'], value) == expected


def test_l2i_keeps_low_bits(kvm):
    assert run(kvm, '(J)I', ['lload_0', 'l2i', 'ireturn'], 2**32 + 7) == 7
    assert run(kvm, '(J)I', ['lload_0', 'l2i', 'ireturn'], 2**31) == INT_MIN


# ---- constants and stack shuffles ---------------------------------------------------------

def test_constants(kvm):
    assert run(kvm, '()I', ['iconst_m1', 'ireturn']) == -1
    assert run(kvm, '()I', ['bipush', 0x80, 'ireturn']) == -128
    assert run(kvm, '()I', ['sipush', 0x80, 0x00, 'ireturn']) == -32768
    assert run(kvm, '()J', ['lconst_1', 'lreturn']) == 1
    assert run(kvm, '()F', ['fconst_2', 'freturn']) == 2.0
    assert run(kvm, '()D', ['dconst_1', 'dreturn']) == 1.0


def test_ldc_variants(kvm):
    def long_setup(cb):
        i = cb.long_const(LONG_MIN)
        return ['ldc2_w', i >> 8, i & 0xFF, 'lreturn']
    assert run(kvm, '()J', None, setup=long_setup) == LONG_MIN

    def int_setup(cb):
        i = cb.int_const(123456789)
        return ['ldc', i, 'ireturn']
    assert run(kvm, '()I', None, setup=int_setup) == 123456789

    def string_setup(cb):
        i = cb.string('héllo')
        return ['ldc', i, 'areturn']
    assert kvm.to_pystr(run(kvm, '()Ljava/lang/String;', None, setup=string_setup)) == 'héllo'


def test_dup_x1(kvm):
    # a b -> b a b ; then compute b - a + b via isub/iadd
    code = ['iload_0', 'iload_1', 'dup_x1', 'isub', 'iadd', 'ireturn']
    assert run(kvm, '(II)I', code, 10, 3) == 3 + (10 - 3)


def test_dup_x2(kvm):
    # a b c -> c a b c ; result c*1000 + a*100 + b*10 + c via arithmetic chain
    code = ['iload_0', 'iload_1', 'iload_2', 'dup_x2',
            'istore_3', 'bipush', 10, 'imul', 'iadd', 'iload_3', 'iadd',
            'swap', 'bipush', 100, 'imul', 'iadd', 'ireturn']
    # after dup_x2: c a b c; store c -> c a b; b*10 + a -> c (a+10b); + c -> c (a+10b+c);
    # swap -> (a+10b+c) c; c*100 -> ...; total = a + 10b + c + 100c
    assert run(kvm, '(III)I', code, 1, 2, 3) == 1 + 20 + 3 + 300


def test_dup2_on_long(kvm):
    assert run(kvm, '(J)J', ['lload_0', 'dup2', 'ladd', 'lreturn'], 21) == 42


def test_dup2_x1_on_long(kvm):
    # int i, long l -> l i l ; drop to l - i... use pop2 path: l i l -> ladd needs longs
    code = ['iload_0', 'lload_1', 'dup2_x1', 'pop2', 'i2l', 'ladd', 'lreturn']
    assert run(kvm, '(IJ)J', code, 5, 100) == 105


def test_dup2_x2_on_longs(kvm):
    code = ['lload_0', 'lload_2', 'dup2_x2', 'pop2', 'lsub', 'lreturn']
    # a b -> b a b -> b a -> b - a
    assert run(kvm, '(JJ)J', code, 10, 3) == 3 - 10


# ---- branches and switches ---------------------------------------------------------------

def test_tableswitch(kvm):
    code = ['iload_0', 'tableswitch', 0, 0,          # padding to 4 (pc 1 -> 4)
            0, 0, 0, 33,                              # default -> pc 34 (offsets are from pc 1)
            0, 0, 0, 1, 0, 0, 0, 3,                   # low 1, high 3
            0, 0, 0, 27, 0, 0, 0, 29, 0, 0, 0, 31,    # targets pc 28, 30, 32
            'iconst_1', 'ireturn', 'iconst_2', 'ireturn', 'iconst_3', 'ireturn',
            'iconst_m1', 'ireturn']
    assert [run(kvm, '(I)I', code, k) for k in (0, 1, 2, 3, 4, INT_MIN)] == [-1, 1, 2, 3, -1, -1]


def test_lookupswitch(kvm):
    code = ['iload_0', 'lookupswitch', 0, 0,          # padding
            0, 0, 0, 41,                              # default -> pc 42 (offsets are from pc 1)
            0, 0, 0, 3,                               # 3 pairs
            0x80, 0, 0, 0, 0, 0, 0, 35,               # INT_MIN -> 36
            0, 0, 0, 7, 0, 0, 0, 37,                  # 7 -> 38
            0x7F, 0xFF, 0xFF, 0xFF, 0, 0, 0, 39,      # INT_MAX -> 40
            'iconst_1', 'ireturn', 'iconst_2', 'ireturn', 'iconst_3', 'ireturn', 'iconst_0', 'ireturn']
    assert [run(kvm, '(I)I', code, k) for k in (INT_MIN, 7, INT_MAX, 0, 8)] == [1, 2, 3, 0, 0]


def test_if_icmp_and_goto_loop(kvm):
    # sum 1..n with a backward goto
    code = ['iconst_0', 'istore_1',                   # 0: sum = 0
            'iload_0', 'ifle', 0, 13,                 # 2: if n <= 0 goto 15
            'iload_1', 'iload_0', 'iadd', 'istore_1', # 6
            'iinc', 0, 0xFF,                          # 10: n--
            'goto', 0xFF, 0xF5,                       # 13: goto 2
            'iload_1', 'ireturn']                     # 16
    assert run(kvm, '(I)I', code, 100) == 5050


# ---- arrays ------------------------------------------------------------------------------

def test_array_bounds_message(kvm):
    code = ['iconst_3', 'newarray', 10, 'iload_0', 'iaload', 'ireturn']
    assert thrown(kvm, '(I)I', code, 5) == (
        'java/lang/ArrayIndexOutOfBoundsException', 'Index 5 out of bounds for length 3')
    assert thrown(kvm, '(I)I', code, -1) == (
        'java/lang/ArrayIndexOutOfBoundsException', 'Index -1 out of bounds for length 3')


def test_negative_array_size(kvm):
    assert thrown(kvm, '(I)I', ['iload_0', 'newarray', 10, 'arraylength', 'ireturn'], -7) == (
        'java/lang/NegativeArraySizeException', '-7')


@pytest.mark.parametrize('atype,store,load,value,expected', [
    (8, 'bastore', 'baload', 300, 44),
    (4, 'bastore', 'baload', 3, 1),
    (5, 'castore', 'caload', -1, 65535),
    (9, 'sastore', 'saload', 70000, 4464),
])
def test_narrow_array_stores(kvm, atype, store, load, value, expected):
    code = ['iconst_1', 'newarray', atype, 'dup', 'iconst_0', 'iload_0', store,
            'iconst_0', load, 'ireturn']
    assert run(kvm, '(I)I', code, value) == expected


def test_long_and_double_arrays(kvm):
    code = ['iconst_2', 'newarray', 11, 'dup', 'iconst_1', 'lload_0', 'lastore',
            'iconst_1', 'laload', 'lreturn']
    assert run(kvm, '(J)J', code, LONG_MIN) == LONG_MIN
    code = ['iconst_2', 'newarray', 7, 'dup', 'iconst_1', 'dload_0', 'dastore',
            'iconst_1', 'daload', 'dreturn']
    assert run(kvm, '(D)D', code, -0.5) == -0.5


def test_arraylength_of_null_is_npe(kvm):
    name, _ = thrown(kvm, '()I', ['aconst_null', 'arraylength', 'ireturn'])
    assert name == 'java/lang/NullPointerException'


def test_athrow_null_is_npe(kvm):
    name, _ = thrown(kvm, '()V', ['aconst_null', 'athrow'])
    assert name == 'java/lang/NullPointerException'


def test_exception_handler_catches(kvm):
    # try { return 1 / x; } catch (ArithmeticException) { return -1; }
    name = 'T%d' % next(_names)
    cb = ClassBuilder(name, major=49)   # no StackMapTable: the verifier infers types
    catch = cb.class_ref('java/lang/ArithmeticException')
    cb.method('f', '(I)I', assemble('iconst_1', 'iload_0', 'idiv', 'ireturn',
                                    'pop', 'iconst_m1', 'ireturn'), handlers=[(0, 4, 4, catch)])
    kvm.test_files[name + '.class'] = cb.build()
    m = kvm.load_class(name).methods['f(I)I']
    assert kvm.call(m, 0) == -1
    assert kvm.call(m, 1) == 1


def test_unbounded_recursion_is_stack_overflow(kvm):
    name = 'T%d' % next(_names)
    cb = ClassBuilder(name, major=49)   # no StackMapTable: the verifier infers types
    ref = cb.methodref(name, 'f', '(I)I')
    cb.method('f', '(I)I', assemble('iload_0', 'iconst_1', 'iadd', 'invokestatic', ref >> 8, ref & 0xFF,
                                    'ireturn'))
    kvm.test_files[name + '.class'] = cb.build()
    with pytest.raises(_kvm.JavaThrow) as info:
        kvm.call(kvm.load_class(name).methods['f(I)I'], 0)
    assert info.value.obj.cls.name == 'java/lang/StackOverflowError'
    # the VM is still usable afterwards
    assert run(kvm, '(II)I', ['iload_0', 'iload_1', 'iadd', 'ireturn'], 2, 3) == 5
