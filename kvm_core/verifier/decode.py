"""Instruction decoding and the static checks (JVMS §4.9.1 static constraints).

:func:`decode` walks the code once to find instruction boundaries, then
builds one tuple per instruction::

    (pc, op, kop, a, b, next_pc)

``op`` is the opcode byte at *pc*; ``kop`` the canonical opcode the type
rules dispatch on (``iload_2`` -> ``iload`` with ``a = 2``, ``wide iinc`` ->
``iinc``, ``goto_w`` -> ``goto``, ``ldc_w`` -> ``ldc``).  Operands:

* loads/stores/ret: ``a`` local index; iinc: ``a`` index, ``b`` constant
* branches: ``a`` absolute target; switches: ``a`` tuple of all targets
  (default first)
* ldc: ``a`` tuple of pushed slot types, ``b`` the pool index
* field/method instructions: ``a`` the pool entry, ``b`` the pool index
* new/anewarray/checkcast/instanceof: ``a`` class name, ``b`` pool index
* multianewarray: ``a`` class name, ``b`` dimensions
* newarray: ``a`` array descriptor

Every problem raises :class:`~.errors.Fail`; the instruction-level checks
happen here so that the type rules can trust operands.
"""

from kvm_core.classfile.constant_pool import (CpClass, CpDouble, CpDynamic, CpFieldref,
                                              CpFloat, CpInteger, CpInterfaceMethodref,
                                              CpInvokeDynamic, CpLong, CpMethodHandle,
                                              CpMethodref, CpMethodType, CpString)

from .errors import Fail
from .vtypes import (CLASS, DOUBLE, DOUBLE2, FLOAT, INT, LONG, LONG2, NEWARRAY_TYPES, STRING,
                     array_dimensions, field_slots, method_slots)

# Length of each fixed-size instruction; 0 = variable (switch, wide) or invalid.
_LEN = bytearray(256)
for _op in range(0, 16):
    _LEN[_op] = 1
_LEN[16] = 2            # bipush
_LEN[17] = 3            # sipush
_LEN[18] = 2            # ldc
_LEN[19] = _LEN[20] = 3
for _op in range(21, 26):
    _LEN[_op] = 2       # xload n
for _op in range(26, 54):
    _LEN[_op] = 1
for _op in range(54, 59):
    _LEN[_op] = 2       # xstore n
for _op in range(59, 132):
    _LEN[_op] = 1
_LEN[132] = 3           # iinc
for _op in range(133, 153):
    _LEN[_op] = 1
for _op in range(153, 169):
    _LEN[_op] = 3       # if*, goto, jsr
_LEN[169] = 2           # ret
for _op in range(172, 178):
    _LEN[_op] = 1
for _op in range(178, 185):
    _LEN[_op] = 3
_LEN[185] = _LEN[186] = 5
_LEN[187] = 3
_LEN[188] = 2
_LEN[189] = 3
_LEN[190] = _LEN[191] = 1
_LEN[192] = _LEN[193] = 3
_LEN[194] = _LEN[195] = 1
_LEN[197] = 4
_LEN[198] = _LEN[199] = 3
_LEN[200] = _LEN[201] = 5

_LEN_OLD = bytearray(_LEN)     # before 51, invokedynamic's opcode is undefined
_LEN_OLD[186] = 0
_LEN_TC = bytearray(_LEN)      # type checking: jsr, ret, jsr_w are not allowed
_LEN_TC[168] = _LEN_TC[169] = _LEN_TC[201] = 0
_LEN_TC_OLD = bytearray(_LEN_TC)
_LEN_TC_OLD[186] = 0

# Canonical opcode of the short forms.
_KOP = list(range(256))
for _i in range(4):
    _KOP[26 + _i] = 21
    _KOP[30 + _i] = 22
    _KOP[34 + _i] = 23
    _KOP[38 + _i] = 24
    _KOP[42 + _i] = 25
    _KOP[59 + _i] = 54
    _KOP[63 + _i] = 55
    _KOP[67 + _i] = 56
    _KOP[71 + _i] = 57
    _KOP[75 + _i] = 58
_KOP[19] = 18
_KOP[200] = 167
_KOP[201] = 168

# Locals touched by loads/stores: width 2 for long/double.
_WIDE_LOCAL = {22: 2, 24: 2, 55: 2, 57: 2}
_WIDE_OK = frozenset((21, 22, 23, 24, 25, 54, 55, 56, 57, 58, 169, 132))

# Operand class of each opcode for pass 2 (0: no operands to decode).
_NONE, _LDC, _LOCAL, _LOCAL_N, _STORE_N, _IINC, _BRANCH, _BRANCH_W, _RET, _SWITCH, _FIELD, \
    _INVOKE, _INDY, _CLASS, _NEWARRAY, _MULTI, _WIDE = range(17)
_CLASS_OF = bytearray(256)
for _op in (18, 19, 20):
    _CLASS_OF[_op] = _LDC
for _op in list(range(21, 26)) + list(range(54, 59)):
    _CLASS_OF[_op] = _LOCAL
for _op in range(26, 46):
    _CLASS_OF[_op] = _LOCAL_N
for _op in range(59, 79):
    _CLASS_OF[_op] = _STORE_N
_CLASS_OF[132] = _IINC
for _op in list(range(153, 169)) + [198, 199]:
    _CLASS_OF[_op] = _BRANCH
_CLASS_OF[200] = _CLASS_OF[201] = _BRANCH_W
_CLASS_OF[169] = _RET
_CLASS_OF[170] = _CLASS_OF[171] = _SWITCH
for _op in range(178, 182):
    _CLASS_OF[_op] = _FIELD
for _op in range(182, 186):
    _CLASS_OF[_op] = _INVOKE
_CLASS_OF[186] = _INDY
for _op in (187, 189, 192, 193):
    _CLASS_OF[_op] = _CLASS
_CLASS_OF[188] = _NEWARRAY
_CLASS_OF[197] = _MULTI
_CLASS_OF[196] = _WIDE


def _u2(code, p):
    return (code[p] << 8) | code[p + 1]


def _s2(code, p):
    v = (code[p] << 8) | code[p + 1]
    return v - 0x10000 if v & 0x8000 else v


def _s4(code, p):
    v = (code[p] << 24) | (code[p + 1] << 16) | (code[p + 2] << 8) | code[p + 3]
    return v - 0x100000000 if v & 0x80000000 else v


class Decoded:
    __slots__ = ("insns", "starts", "index", "new_class")

    def __init__(self, insns, starts, index, new_class):
        self.insns = insns          # list of instruction tuples, in pc order
        self.starts = starts        # bytearray(len(code) + 1): 1 at instruction starts
        self.index = index          # pc -> position in insns
        self.new_class = new_class  # pc of each `new` -> class name


def decode(env):
    """Decode ``env.code``; raises Fail on any static problem."""
    code = env.code
    n = len(code)
    major = env.major
    typecheck = env.typecheck
    starts = bytearray(n + 1)
    pcs = []
    add_pc = pcs.append
    if typecheck:
        lens = _LEN_TC if major >= 51 else _LEN_TC_OLD
    else:
        lens = _LEN if major >= 51 else _LEN_OLD
    pc = 0
    while pc < n:
        op = code[pc]
        ln = lens[op]
        if not ln:
            if typecheck and (op == 168 or op == 169 or op == 201):
                raise Fail("bad_opcode", pc, opsuffix=": %02x" % op)
            if op == 170 or op == 171:
                base = (pc + 4) & ~3
                if base + 8 > n or (op == 170 and base + 12 > n):
                    raise Fail("truncated", pc)
                if op == 170:
                    low = _s4(code, base + 4)
                    high = _s4(code, base + 8)
                    if low > high or high - low >= 0x3FFFFFFF:
                        raise Fail("bad_tableswitch", pc)
                    ln = base + 12 + 4 * (high - low + 1) - pc
                else:
                    npairs = _s4(code, base + 4)
                    if npairs < 0 or npairs >= 0x1FFFFFFF:
                        raise Fail("bad_lookupswitch", pc)
                    ln = base + 8 + 8 * npairs - pc
            elif op == 196:
                if pc + 1 >= n:
                    raise Fail("truncated", pc)
                inner = code[pc + 1]
                if inner not in _WIDE_OK:
                    raise Fail("bad_opcode", pc)
                if typecheck and inner == 169:
                    raise Fail("bad_opcode", pc, opsuffix=": a9")
                ln = 6 if inner == 132 else 4
            else:
                raise Fail("bad_opcode", pc)
        if pc + ln > n:
            if typecheck and (op == 168 or op == 169 or op == 201):
                raise Fail("bad_opcode", pc, opsuffix=": %02x" % op)
            raise Fail("truncated", pc)
        starts[pc] = 1
        add_pc(pc)
        pc += ln
    starts[n] = 0

    pool = env.pool
    npool = len(pool)
    cls = env.class_name
    max_locals = env.max_locals
    insns = []
    append = insns.append
    index = dict(zip(pcs, range(len(pcs))))
    new_class = {}
    check_targets = not typecheck

    def entry(idx, kinds, pc):
        if idx <= 0 or idx >= npool or pool[idx] is None:
            raise Fail("cp_index", pc, index=idx, cls=cls)
        e = pool[idx]
        if type(e) not in kinds:
            raise Fail("cp_type", pc, index=idx, cls=cls)
        return e

    def target(t, pc):
        if check_targets and (t < 0 or t >= n or not starts[t]):
            raise Fail("bad_target", pc, target=t)
        return t

    method_kinds_special = (CpMethodref, CpInterfaceMethodref) if major >= 52 else (CpMethodref,)
    ldc_kinds = [CpInteger, CpFloat, CpString]
    if major >= 49:
        ldc_kinds.append(CpClass)
    if major >= 51:
        ldc_kinds += [CpMethodType, CpMethodHandle]
    if major >= 55:
        ldc_kinds.append(CpDynamic)
    ldc_kinds = tuple(ldc_kinds)
    ldc2_kinds = (CpLong, CpDouble, CpDynamic) if major >= 55 else (CpLong, CpDouble)

    nexts = pcs[1:]
    nexts.append(n)
    for pc, nxt in zip(pcs, nexts):
        op = code[pc]
        cat = _CLASS_OF[op]
        if cat == 0:
            append((pc, op, op, None, None, nxt))
            continue
        kop = _KOP[op]
        a = b = None
        if cat == _LDC:                                           # ldc, ldc_w, ldc2_w
            idx = code[pc + 1] if op == 18 else _u2(code, pc + 1)
            e = entry(idx, ldc_kinds if op != 20 else ldc2_kinds, pc)
            t = type(e)
            if t is CpInteger:
                a = (INT,)
            elif t is CpFloat:
                a = (FLOAT,)
            elif t is CpString:
                a = (STRING,)
            elif t is CpClass:
                a = (CLASS,)
            elif t is CpLong:
                a = (LONG, LONG2)
            elif t is CpDouble:
                a = (DOUBLE, DOUBLE2)
            elif t is CpMethodType:
                a = ("java/lang/invoke/MethodType",)
            elif t is CpMethodHandle:
                a = ("java/lang/invoke/MethodHandle",)
            else:                                                  # CpDynamic
                a = field_slots(e.descriptor)
                if (len(a) == 2) != (op == 20):
                    raise Fail("cp_type", pc, index=idx, cls=cls)
            b = idx
        elif cat == _LOCAL:                                       # xload n, xstore n
            a = code[pc + 1]
            if a + _WIDE_LOCAL.get(op, 1) > max_locals:
                raise Fail("local_index", pc, index=a + _WIDE_LOCAL.get(op, 1) - 1)
        elif cat == _LOCAL_N:                                     # xload_n
            a = (op - 26) & 3
            if a + _WIDE_LOCAL.get(kop, 1) > max_locals:
                raise Fail("local_index", pc, index=a + _WIDE_LOCAL.get(kop, 1) - 1)
        elif cat == _STORE_N:                                     # xstore_n
            a = (op - 59) & 3
            if a + _WIDE_LOCAL.get(kop, 1) > max_locals:
                raise Fail("local_index", pc, index=a + _WIDE_LOCAL.get(kop, 1) - 1)
        elif cat == _IINC:                                        # iinc
            a = code[pc + 1]
            b = code[pc + 2]
            if a >= max_locals:
                raise Fail("local_index", pc, index=a)
        elif cat == _BRANCH:                                      # if*, goto, jsr
            a = target(pc + _s2(code, pc + 1), pc)
        elif cat == _BRANCH_W:
            a = target(pc + _s4(code, pc + 1), pc)
        elif cat == _RET:                                         # ret
            a = code[pc + 1]
            if a >= max_locals:
                raise Fail("local_index", pc, index=a)
        elif cat == _SWITCH:
            base = (pc + 4) & ~3
            targets = [target(pc + _s4(code, base), pc)]
            if op == 170:
                low = _s4(code, base + 4)
                high = _s4(code, base + 8)
                for k in range(high - low + 1):
                    targets.append(target(pc + _s4(code, base + 12 + 4 * k), pc))
            else:
                npairs = _s4(code, base + 4)
                prev = None
                for k in range(npairs):
                    key = _s4(code, base + 8 + 8 * k)
                    if prev is not None and key <= prev:
                        raise Fail("bad_lookupswitch", pc)
                    prev = key
                    targets.append(target(pc + _s4(code, base + 12 + 8 * k), pc))
            a = tuple(targets)
        elif cat == _FIELD:                                       # get/put field/static
            b = _u2(code, pc + 1)
            a = entry(b, (CpFieldref,), pc)
        elif cat == _INVOKE:                                      # invoke*
            b = _u2(code, pc + 1)
            if op == 182:
                a = entry(b, (CpMethodref,), pc)
            elif op == 185:
                a = entry(b, (CpInterfaceMethodref,), pc)
            else:
                a = entry(b, method_kinds_special, pc)
            if a.name[0] == "<" and (op != 183 or a.name != "<init>"):
                raise Fail("internal_call", pc)
            if op == 185:
                try:
                    nargs = len(method_slots(a.descriptor)[0])
                except ValueError:
                    raise Fail("cp_type", pc, index=b, cls=cls) from None
                if code[pc + 3] != nargs + 1:
                    raise Fail("ii_count", pc)
                if code[pc + 4] != 0:
                    raise Fail("ii_zero", pc)
        elif cat == _INDY:                                        # invokedynamic
            b = _u2(code, pc + 1)
            a = entry(b, (CpInvokeDynamic,), pc)
            if code[pc + 3] or code[pc + 4]:
                raise Fail("indy_zero", pc)
        elif cat == _CLASS:                                       # new, anewarray, checkcast, instanceof
            b = _u2(code, pc + 1)
            a = entry(b, (CpClass,), pc).name
            if op == 187:
                if a[0] == "[":
                    raise Fail("new_array", pc, actual=a, index=b)
                new_class[pc] = a
            elif op == 189 and array_dimensions(a) >= 255:
                raise Fail("anewarray_dims", pc)
        elif cat == _NEWARRAY:                                    # newarray
            a = NEWARRAY_TYPES.get(code[pc + 1])
            if a is None:
                raise Fail("newarray_type", pc)
        elif cat == _MULTI:                                       # multianewarray
            idx = _u2(code, pc + 1)
            a = entry(idx, (CpClass,), pc).name
            b = code[pc + 3]
            if array_dimensions(a) == 0:
                raise Fail("multianewarray_class", pc, actual=a, index=idx)
            if b < 1 or array_dimensions(a) < b:
                raise Fail("multianewarray_dims", pc, dims=b)
        elif cat == _WIDE:                                        # wide
            inner = code[pc + 1]
            kop = _KOP[inner]
            a = _u2(code, pc + 2)
            if inner == 132:
                b = _s2(code, pc + 4)
            if a + _WIDE_LOCAL.get(inner, 1) > max_locals:
                raise Fail("local_index", pc, index=a + _WIDE_LOCAL.get(inner, 1) - 1)
        append((pc, op, kop, a, b, nxt))

    env_handlers = env.handlers
    for h in env_handlers:
        s, e, hp = h.start_pc, h.end_pc, h.handler_pc
        if not (s < n and starts[s]) or not (e == n or (e < n and starts[e])) or s >= e:
            which = "start_pc %d" % s if not (s < n and starts[s]) else "end_pc %d" % e
            raise Fail("cfe_handler", hp, text="Illegal exception table " + which,
                       old="Illegal exception table range")
        if not (hp < n and starts[hp]):
            raise Fail("cfe_handler", hp, text="Illegal exception table handler_pc %d" % hp,
                       old="Illegal exception table handler")
    return Decoded(insns, starts, index, new_class)
