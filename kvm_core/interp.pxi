# The bytecode interpreter: one loop, C-typed slots, no host recursion for
# Java calls. Resolution, class loading and natives are reached through the
# Python-level VM object (`VM`), only on slow paths.

cimport cython
from libc.math cimport fmod, isnan, sqrt
from libc.stdint cimport INT64_MAX, INT64_MIN

cdef object VM = None                # the running kvm_core.vm.VM

# JMethod.intrinsic: methods the interpreter runs in C without a frame (linker.intrinsic)
cdef enum Intrinsic:
    INTRINSIC_NONE = 0
    INTRINSIC_EMPTY = 1      # a void method whose code is a lone `return` (Object.<init>)
    INTRINSIC_SQRT = 2       # Math.sqrt, StrictMath.sqrt
    INTRINSIC_ARRAYCOPY = 3  # System.arraycopy

INTRINSIC_IDS = {'empty': INTRINSIC_EMPTY, 'sqrt': INTRINSIC_SQRT, 'arraycopy': INTRINSIC_ARRAYCOPY}


cdef bint run_intrinsic(int which, Slot* S, list R, int base) except -1:
    """Run an intrinsic on the arguments at base, leaving its result there. False when
    the method must run as usual instead (arraycopy's failures: its native words them)."""
    cdef JArray src, dst
    cdef int sp, dp, n, es
    if which == INTRINSIC_SQRT:
        S[base].d = sqrt(S[base].d)
        return True
    if which == INTRINSIC_ARRAYCOPY:
        if R[base] is None or R[base + 2] is None:
            return False
        if not (<JObject>R[base]).cls.is_array or not (<JObject>R[base + 2]).cls.is_array:
            return False
        src = <JArray>R[base]
        dst = <JArray>R[base + 2]
        sp = S[base + 1].i
        dp = S[base + 3].i
        n = S[base + 4].i
        if sp < 0 or dp < 0 or n < 0 or sp > src.length - n or dp > dst.length - n:
            return False
        if src.kind == EK_REF:
            # a reference copy needs no per-element check only if every source element fits
            if dst.kind != EK_REF or not instance_of(src.cls.component, dst.cls.component):
                return False
            if n:
                dst.refs[dp:dp + n] = src.refs[sp:sp + n]   # the right side is a copy: overlap is safe
        else:
            if src.cls is not dst.cls:
                return False
            es = elem_size(src.kind)
            memmove(dst.data + dp * es, src.data + sp * es, n * es)
        return True
    return True     # INTRINSIC_EMPTY: nothing to do

class JavaThrow(Exception):
    """A Java throwable in flight through Python code (natives, resolution)."""
    def __init__(self, obj):
        Exception.__init__(self)
        self.obj = obj

    def __str__(self):
        return 'JavaThrow(%s)' % (self.obj.cls.name if self.obj is not None else None)


class ThreadBlocked(Exception):
    """Raised by the VM or a native when the current thread must wait (monitor,
    sleep, wait, join, class initialization by another thread)."""


SLICE_END = object()     # run_slice's result when the thread was preempted or blocked


class VMExit(BaseException):
    """System.exit / Runtime.halt: unwinds everything to the launcher."""
    def __init__(self, status):
        BaseException.__init__(self, status)
        self.status = status


def set_vm(vm):
    global VM
    VM = vm


cdef inline void list_set(list L, Py_ssize_t i, PyObject* v) noexcept:
    """L[i] = v (borrowed) in line, for an index the caller knows is in range."""
    cdef PyObject* old = PyList_GET_ITEM(L, i)
    Py_INCREF(<object>v)
    PyList_SET_ITEM(L, i, <object>v)
    Py_XDECREF(old)


cdef inline int rd_s16(const unsigned char* c, int p) noexcept:
    return <short>((c[p] << 8) | c[p + 1])

cdef inline int rd_u16(const unsigned char* c, int p) noexcept:
    return (c[p] << 8) | c[p + 1]

cdef inline int rd_s32(const unsigned char* c, int p) noexcept:
    return <int>((<unsigned int>c[p] << 24) | (<unsigned int>c[p + 1] << 16) |
                 (<unsigned int>c[p + 2] << 8) | <unsigned int>c[p + 3])


cdef inline int f2i(float v) noexcept:
    if isnan(v):
        return 0
    if v >= 2147483647.0:
        return 2147483647
    if v <= -2147483648.0:
        return -2147483648
    return <int>v

cdef inline int d2i(double v) noexcept:
    if isnan(v):
        return 0
    if v >= 2147483647.0:
        return 2147483647
    if v <= -2147483648.0:
        return -2147483648
    return <int>v

cdef inline long long d2l(double v) noexcept:
    if isnan(v):
        return 0
    if v >= 9223372036854775807.0:
        return INT64_MAX
    if v <= -9223372036854775808.0:
        return INT64_MIN
    return <long long>v

cdef inline int fcmp(double a, double b, int nan_result) noexcept:
    if a > b:
        return 1
    if a < b:
        return -1
    if a == b:
        return 0
    return nan_result


cdef bint instance_of(JClass s, JClass t):
    """Assignability of class s to class t (JVMS checkcast rules)."""
    if s is t:
        return True
    if not s.is_array or not t.is_array:
        return t in s.supertypes
    cached = s.assign_cache.get(t)
    if cached is not None:
        return cached
    if s.component is None or t.component is None:
        result = False       # primitive arrays only match themselves
    else:
        result = instance_of(s.component, t.component)
    s.assign_cache[t] = result
    return result


def is_instance(JClass s, JClass t):
    return instance_of(s, t)


cdef int throw_new(Frame f, int pc, str cname, msg) except -1:
    f.pc = pc
    raise JavaThrow(VM.new_throwable(cname, msg))


cdef int throw_npe(Frame f, int pc) except -1:
    f.pc = pc
    raise JavaThrow(VM.new_throwable('java/lang/NullPointerException',
                                     VM.npe_message(f.m, pc)))


cdef int throw_bounds(Frame f, int pc, int index, int length) except -1:
    return throw_new(f, pc, 'java/lang/ArrayIndexOutOfBoundsException',
                     'Index %d out of bounds for length %d' % (index, length))


cdef int monitor_enter(JThread t, JObject o) except -1:
    cdef Monitor mon = o.monitor
    if mon is None:
        mon = Monitor.__new__(Monitor)
        mon.owner = t
        mon.count = 1
        o.monitor = mon
    elif mon.owner is t:
        mon.count += 1
    elif mon.owner is None:
        mon.owner = t
        mon.count = 1
    else:
        VM.block_on_monitor(t, o)
    return 0


cdef int monitor_exit(JThread t, JObject o) except -1:
    cdef Monitor mon = o.monitor
    if mon is None or mon.owner is not t:
        raise JavaThrow(VM.new_throwable('java/lang/IllegalMonitorStateException', None))
    mon.count -= 1
    if mon.count == 0:
        mon.owner = None
    return 0


cdef object lock_object(JMethod m, list R, int base):
    if m.is_static:
        return VM.mirror(m.cls)
    return R[base]


cdef int call_native(JMethod m, Slot* S, list R, int base) except -1:
    """Run a native with Python-level arguments; leave its result at base."""
    cdef list args = [VM]
    cdef int p = base
    cdef str kinds = m.arg_kinds
    cdef Py_UCS4 k
    for k in kinds:
        if k == u'L':
            args.append(R[p])
            p += 1
        elif k == u'I':
            args.append(S[p].i)
            p += 1
        elif k == u'J':
            args.append(S[p].j)
            p += 2
        elif k == u'F':
            args.append(S[p].f)
            p += 1
        else:
            args.append(S[p].d)
            p += 2
    fn = m.native_fn
    result = fn(*args)
    cdef int rk = m.ret_kind
    if rk == 86:        # V
        return 0
    if rk == 76:        # L
        R[base] = result
    elif rk == 74:      # J
        S[base].j = result
    elif rk == 70:      # F
        S[base].f = result
    elif rk == 68:      # D
        S[base].d = result
    else:
        S[base].i = result
    return 0


cdef object slot_result(JMethod m, Slot* S, list R, int sp):
    """The return value of a method whose value sits on top of the stack."""
    cdef int rk = m.ret_kind
    if rk == 86:
        return None
    if rk == 76:
        return R[sp - 1]
    if rk == 74:
        return S[sp - 2].j
    if rk == 68:
        return S[sp - 2].d
    if rk == 70:
        return S[sp - 1].f
    if rk == 90:
        return S[sp - 1].i != 0
    return S[sp - 1].i


cdef int put_args(JThread t, JMethod m, Slot* S, list R, int base, tuple args) except -1:
    cdef int p = base
    cdef int i = 0
    cdef Py_UCS4 k
    for k in m.arg_kinds:
        v = args[i]
        i += 1
        if k == u'L':
            R[p] = v
            p += 1
        elif k == u'I':
            S[p].i = v
            p += 1
        elif k == u'J':
            S[p].j = v
            p += 2
        elif k == u'F':
            S[p].f = v
            p += 1
        else:
            S[p].d = v
            p += 2
    return 0


cdef Frame push_frame(JThread t, Frame caller, JMethod m, int base):
    """A new frame for m whose arguments already sit at `base`."""
    global stat_calls
    if not m.verified:
        VM.verify(m)       # raises VerifyError: no method runs before it verifies
    cdef int need = base + m.max_locals + m.max_stack + 2
    if need > t.cap or t.depth >= t.max_depth:
        raise JavaThrow(VM.new_throwable('java/lang/StackOverflowError', None))
    if need > len(t.R):
        t.R.extend([None] * (need - len(t.R) + 4096))
    cdef Frame nf = Frame.__new__(Frame)
    nf.m = m
    nf.parent = caller
    nf.lb = base
    nf.pc = 0
    nf.sp = base + m.max_locals
    if m.is_synchronized:
        lock = lock_object(m, t.R, base)
        monitor_enter(t, lock)
        nf.lock = lock
    t.top = nf
    t.depth += 1
    stat_calls += 1
    return nf


def invoke(JThread t, JMethod m, tuple args):
    """Call a Java method from Python (a native or the launcher) and return
    its result. Runs a nested interpreter loop until that call returns."""
    cdef int base
    if m.native_fn is not None:
        base = place_args(t, m, args)
        call_native(m, t.S, t.R, base)
        return slot_result(m, t.S, t.R, base + (2 if m.ret_kind in (74, 68) else 1))
    if m.is_abstract or m.code is None:
        raise JavaThrow(VM.new_throwable('java/lang/AbstractMethodError', VM.method_display(m)))
    push_call(t, m, args)
    return execute(t, -1)


cdef int place_args(JThread t, JMethod m, tuple args) except -1:
    """Write args above t's top frame; returns where they start."""
    cdef int base = t.top.sp if t.top is not None else 0
    if base + m.arg_slots + 2 > len(t.R):
        t.R.extend([None] * (m.arg_slots + 4096))
    put_args(t, m, t.S, t.R, base, args)
    return base


cdef bint init_needed(JThread t, JClass c) except -1:
    """Start initializing c if this thread must (JVMS §5.5). Returns True when
    <clinit> frames were pushed: the caller re-executes its instruction after them."""
    if c.state == CS_INITIALIZED:
        return False
    return VM.begin_initialization(t, c)


cdef object execute(JThread t, int budget):
    """Interpret from t.top until the boundary frame at the top returns, and
    return its result. With budget > 0 (a scheduler time slice), calls and
    backward branches count it down; at zero, or when the thread blocks, the
    state is saved in the frames and SLICE_END is returned. budget < 0 runs to
    completion (nested calls from natives, which cannot switch threads)."""
    global stat_bytecodes
    cdef Frame f = t.top
    cdef JMethod m = f.m
    cdef unsigned char* code = run_code(m)
    cdef list cache = m.cls.cpcache
    cdef Slot* S = t.S
    cdef list R = t.R
    cdef int pc = f.pc
    cdef int sp = f.sp
    cdef int lb = f.lb
    cdef int op, idx, a, b, n, base, size, low, high, npairs, key, i
    cdef long long la, lb_
    cdef float fa
    cdef double da
    cdef object o, v, ent, exc
    cdef JObject jo
    cdef JArray arr
    cdef JClass c
    cdef FieldRef fr
    cdef MethodRef mr
    cdef JMethod nm
    cdef Frame nf
    cdef Constant k
    cdef PyObject* po
    cdef PyObject* pv

    while True:
        try:
            while True:
                op = code[pc]
                stat_bytecodes += 1
                # ---- constants -------------------------------------------------
                if op == OP_NOP:
                    pc += 1
                elif op == OP_ACONST_NULL:
                    R[sp] = None; sp += 1; pc += 1
                elif (op == OP_ICONST_M1 or op == OP_ICONST_0 or op == OP_ICONST_1 or
                        op == OP_ICONST_2 or op == OP_ICONST_3 or op == OP_ICONST_4 or
                        op == OP_ICONST_5):
                    S[sp].i = op - OP_ICONST_0; sp += 1; pc += 1
                elif op == OP_LCONST_0 or op == OP_LCONST_1:
                    S[sp].j = op - OP_LCONST_0; sp += 2; pc += 1
                elif op == OP_FCONST_0 or op == OP_FCONST_1 or op == OP_FCONST_2:
                    S[sp].f = op - OP_FCONST_0; sp += 1; pc += 1
                elif op == OP_DCONST_0 or op == OP_DCONST_1:
                    S[sp].d = op - OP_DCONST_0; sp += 2; pc += 1
                elif op == OP_BIPUSH:
                    S[sp].i = <signed char>code[pc + 1]; sp += 1; pc += 2
                elif op == OP_SIPUSH:
                    S[sp].i = rd_s16(code, pc + 1); sp += 1; pc += 3
                elif op == OP_LDC or op == OP_LDC_W or op == OP_LDC2_W:
                    idx = code[pc + 1] if op == OP_LDC else rd_u16(code, pc + 1)
                    ent = m.cls.constcache[idx]
                    if ent is None:
                        f.pc = pc; f.sp = sp
                        ent = VM.resolve_constant(m.cls, idx)
                        m.cls.constcache[idx] = ent
                    k = <Constant>ent
                    if k.is_ref:
                        R[sp] = k.ref
                        sp += 1
                    else:
                        S[sp] = k.val
                        sp += 2 if op == OP_LDC2_W else 1
                    pc += 2 if op == OP_LDC else 3
                # ---- loads ------------------------------------------------------
                elif op == OP_ILOAD or op == OP_FLOAD:
                    S[sp] = S[lb + code[pc + 1]]; sp += 1; pc += 2
                elif op == OP_LLOAD or op == OP_DLOAD:
                    S[sp] = S[lb + code[pc + 1]]; sp += 2; pc += 2
                elif op == OP_ALOAD:
                    list_set(R, sp, PyList_GET_ITEM(R, lb + code[pc + 1])); sp += 1; pc += 2
                elif op == OP_ILOAD_0 or op == OP_ILOAD_1 or op == OP_ILOAD_2 or op == OP_ILOAD_3:
                    S[sp] = S[lb + op - OP_ILOAD_0]; sp += 1; pc += 1
                elif op == OP_LLOAD_0 or op == OP_LLOAD_1 or op == OP_LLOAD_2 or op == OP_LLOAD_3:
                    S[sp] = S[lb + op - OP_LLOAD_0]; sp += 2; pc += 1
                elif op == OP_FLOAD_0 or op == OP_FLOAD_1 or op == OP_FLOAD_2 or op == OP_FLOAD_3:
                    S[sp] = S[lb + op - OP_FLOAD_0]; sp += 1; pc += 1
                elif op == OP_DLOAD_0 or op == OP_DLOAD_1 or op == OP_DLOAD_2 or op == OP_DLOAD_3:
                    S[sp] = S[lb + op - OP_DLOAD_0]; sp += 2; pc += 1
                elif op == OP_ALOAD_0 or op == OP_ALOAD_1 or op == OP_ALOAD_2 or op == OP_ALOAD_3:
                    list_set(R, sp, PyList_GET_ITEM(R, lb + op - OP_ALOAD_0)); sp += 1; pc += 1
                # ---- array loads ------------------------------------------------
                elif (op == OP_IALOAD or op == OP_LALOAD or op == OP_FALOAD or op == OP_DALOAD or
                        op == OP_AALOAD or op == OP_BALOAD or op == OP_CALOAD or op == OP_SALOAD):
                    po = PyList_GET_ITEM(R, sp - 2)      # borrowed: the stack holds it
                    if po == <PyObject*>None:
                        throw_npe(f, pc)
                    idx = S[sp - 1].i
                    if <unsigned int>idx >= <unsigned int>(<JArray>po).length:
                        throw_bounds(f, pc, idx, (<JArray>po).length)
                    sp -= 2
                    if op == OP_IALOAD:
                        S[sp].i = (<int*>(<JArray>po).data)[idx]; sp += 1
                    elif op == OP_AALOAD:
                        list_set(R, sp, PyList_GET_ITEM((<JArray>po).refs, idx)); sp += 1
                    elif op == OP_BALOAD:
                        S[sp].i = (<signed char*>(<JArray>po).data)[idx]; sp += 1
                    elif op == OP_CALOAD:
                        S[sp].i = (<unsigned short*>(<JArray>po).data)[idx]; sp += 1
                    elif op == OP_SALOAD:
                        S[sp].i = (<short*>(<JArray>po).data)[idx]; sp += 1
                    elif op == OP_LALOAD:
                        S[sp].j = (<long long*>(<JArray>po).data)[idx]; sp += 2
                    elif op == OP_FALOAD:
                        S[sp].f = (<float*>(<JArray>po).data)[idx]; sp += 1
                    else:
                        S[sp].d = (<double*>(<JArray>po).data)[idx]; sp += 2
                    pc += 1
                # ---- stores -----------------------------------------------------
                elif op == OP_ISTORE or op == OP_FSTORE:
                    sp -= 1; S[lb + code[pc + 1]] = S[sp]; pc += 2
                elif op == OP_LSTORE or op == OP_DSTORE:
                    sp -= 2; S[lb + code[pc + 1]] = S[sp]; pc += 2
                elif op == OP_ASTORE:      # copies S too: it also stores jsr return addresses
                    sp -= 1
                    list_set(R, lb + code[pc + 1], PyList_GET_ITEM(R, sp)); S[lb + code[pc + 1]] = S[sp]
                    pc += 2
                elif (op == OP_ISTORE_0 or op == OP_ISTORE_1 or op == OP_ISTORE_2 or
                        op == OP_ISTORE_3):
                    sp -= 1; S[lb + op - OP_ISTORE_0] = S[sp]; pc += 1
                elif (op == OP_LSTORE_0 or op == OP_LSTORE_1 or op == OP_LSTORE_2 or
                        op == OP_LSTORE_3):
                    sp -= 2; S[lb + op - OP_LSTORE_0] = S[sp]; pc += 1
                elif (op == OP_FSTORE_0 or op == OP_FSTORE_1 or op == OP_FSTORE_2 or
                        op == OP_FSTORE_3):
                    sp -= 1; S[lb + op - OP_FSTORE_0] = S[sp]; pc += 1
                elif (op == OP_DSTORE_0 or op == OP_DSTORE_1 or op == OP_DSTORE_2 or
                        op == OP_DSTORE_3):
                    sp -= 2; S[lb + op - OP_DSTORE_0] = S[sp]; pc += 1
                elif (op == OP_ASTORE_0 or op == OP_ASTORE_1 or op == OP_ASTORE_2 or
                        op == OP_ASTORE_3):
                    sp -= 1
                    list_set(R, lb + op - OP_ASTORE_0, PyList_GET_ITEM(R, sp)); S[lb + op - OP_ASTORE_0] = S[sp]
                    pc += 1
                # ---- array stores -----------------------------------------------
                elif (op == OP_IASTORE or op == OP_LASTORE or op == OP_FASTORE or op == OP_DASTORE or
                        op == OP_AASTORE or op == OP_BASTORE or op == OP_CASTORE or op == OP_SASTORE):
                    size = 2 if (op == OP_LASTORE or op == OP_DASTORE) else 1
                    po = PyList_GET_ITEM(R, sp - size - 2)     # borrowed: the stack holds it
                    if po == <PyObject*>None:
                        throw_npe(f, pc)
                    arr = <JArray>po
                    idx = S[sp - size - 1].i
                    if <unsigned int>idx >= <unsigned int>arr.length:
                        throw_bounds(f, pc, idx, arr.length)
                    if op == OP_IASTORE:
                        (<int*>arr.data)[idx] = S[sp - 1].i
                    elif op == OP_AASTORE:
                        v = R[sp - 1]
                        if v is not None and not instance_of((<JObject>v).cls, arr.cls.component):
                            throw_new(f, pc, 'java/lang/ArrayStoreException',
                                      (<JObject>v).cls.name.replace('/', '.'))
                        arr.refs[idx] = v
                    elif op == OP_BASTORE:
                        if arr.kind == EK_BOOLEAN:
                            (<signed char*>arr.data)[idx] = S[sp - 1].i & 1
                        else:
                            (<signed char*>arr.data)[idx] = <signed char>S[sp - 1].i
                    elif op == OP_CASTORE:
                        (<unsigned short*>arr.data)[idx] = <unsigned short>S[sp - 1].i
                    elif op == OP_SASTORE:
                        (<short*>arr.data)[idx] = <short>S[sp - 1].i
                    elif op == OP_LASTORE:
                        (<long long*>arr.data)[idx] = S[sp - 2].j
                    elif op == OP_FASTORE:
                        (<float*>arr.data)[idx] = S[sp - 1].f
                    else:
                        (<double*>arr.data)[idx] = S[sp - 2].d
                    sp -= size + 2
                    pc += 1
                # ---- stack shuffles (each slot is an S/R pair) --------------------
                elif op == OP_POP:
                    sp -= 1; pc += 1
                elif op == OP_POP2:
                    sp -= 2; pc += 1
                elif op == OP_DUP:
                    S[sp] = S[sp - 1]; list_set(R, sp, PyList_GET_ITEM(R, sp - 1)); sp += 1; pc += 1
                elif op == OP_DUP_X1:
                    S[sp] = S[sp - 1]; R[sp] = R[sp - 1]
                    S[sp - 1] = S[sp - 2]; R[sp - 1] = R[sp - 2]
                    S[sp - 2] = S[sp]; R[sp - 2] = R[sp]
                    sp += 1; pc += 1
                elif op == OP_DUP_X2:
                    S[sp] = S[sp - 1]; R[sp] = R[sp - 1]
                    S[sp - 1] = S[sp - 2]; R[sp - 1] = R[sp - 2]
                    S[sp - 2] = S[sp - 3]; R[sp - 2] = R[sp - 3]
                    S[sp - 3] = S[sp]; R[sp - 3] = R[sp]
                    sp += 1; pc += 1
                elif op == OP_DUP2:
                    S[sp] = S[sp - 2]; R[sp] = R[sp - 2]
                    S[sp + 1] = S[sp - 1]; R[sp + 1] = R[sp - 1]
                    sp += 2; pc += 1
                elif op == OP_DUP2_X1:
                    # ..., c, b, a -> ..., b, a, c, b, a
                    S[sp + 1] = S[sp - 1]; R[sp + 1] = R[sp - 1]
                    S[sp] = S[sp - 2]; R[sp] = R[sp - 2]
                    S[sp - 1] = S[sp - 3]; R[sp - 1] = R[sp - 3]
                    S[sp - 2] = S[sp + 1]; R[sp - 2] = R[sp + 1]
                    S[sp - 3] = S[sp]; R[sp - 3] = R[sp]
                    sp += 2; pc += 1
                elif op == OP_DUP2_X2:
                    # ..., d, c, b, a -> ..., b, a, d, c, b, a
                    S[sp + 1] = S[sp - 1]; R[sp + 1] = R[sp - 1]
                    S[sp] = S[sp - 2]; R[sp] = R[sp - 2]
                    S[sp - 1] = S[sp - 3]; R[sp - 1] = R[sp - 3]
                    S[sp - 2] = S[sp - 4]; R[sp - 2] = R[sp - 4]
                    S[sp - 3] = S[sp + 1]; R[sp - 3] = R[sp + 1]
                    S[sp - 4] = S[sp]; R[sp - 4] = R[sp]
                    sp += 2; pc += 1
                elif op == OP_SWAP:
                    S[sp] = S[sp - 1]; R[sp] = R[sp - 1]
                    S[sp - 1] = S[sp - 2]; R[sp - 1] = R[sp - 2]
                    S[sp - 2] = S[sp]; R[sp - 2] = R[sp]
                    pc += 1
                # ---- int arithmetic (wraps: compiled with -fwrapv) ---------------
                elif op == OP_IADD:
                    sp -= 1; S[sp - 1].i = S[sp - 1].i + S[sp].i; pc += 1
                elif op == OP_ISUB:
                    sp -= 1; S[sp - 1].i = S[sp - 1].i - S[sp].i; pc += 1
                elif op == OP_IMUL:
                    sp -= 1; S[sp - 1].i = S[sp - 1].i * S[sp].i; pc += 1
                elif op == OP_IDIV or op == OP_IREM:
                    b = S[sp - 1].i
                    if b == 0:
                        throw_new(f, pc, 'java/lang/ArithmeticException', '/ by zero')
                    sp -= 1
                    a = S[sp - 1].i
                    if b == -1:     # avoids the hardware trap on MIN_VALUE / -1
                        S[sp - 1].i = -a if op == OP_IDIV else 0
                    else:
                        S[sp - 1].i = a / b if op == OP_IDIV else a % b
                    pc += 1
                elif op == OP_INEG:
                    S[sp - 1].i = -S[sp - 1].i; pc += 1
                elif op == OP_ISHL:
                    sp -= 1; S[sp - 1].i = S[sp - 1].i << (S[sp].i & 31); pc += 1
                elif op == OP_ISHR:
                    sp -= 1; S[sp - 1].i = S[sp - 1].i >> (S[sp].i & 31); pc += 1
                elif op == OP_IUSHR:
                    sp -= 1; S[sp - 1].i = <int>((<unsigned int>S[sp - 1].i) >> (S[sp].i & 31)); pc += 1
                elif op == OP_IAND:
                    sp -= 1; S[sp - 1].i = S[sp - 1].i & S[sp].i; pc += 1
                elif op == OP_IOR:
                    sp -= 1; S[sp - 1].i = S[sp - 1].i | S[sp].i; pc += 1
                elif op == OP_IXOR:
                    sp -= 1; S[sp - 1].i = S[sp - 1].i ^ S[sp].i; pc += 1
                elif op == OP_IINC:
                    S[lb + code[pc + 1]].i = S[lb + code[pc + 1]].i + <signed char>code[pc + 2]; pc += 3
                # ---- long arithmetic ---------------------------------------------
                elif op == OP_LADD:
                    sp -= 2; S[sp - 2].j = S[sp - 2].j + S[sp].j; pc += 1
                elif op == OP_LSUB:
                    sp -= 2; S[sp - 2].j = S[sp - 2].j - S[sp].j; pc += 1
                elif op == OP_LMUL:
                    sp -= 2; S[sp - 2].j = S[sp - 2].j * S[sp].j; pc += 1
                elif op == OP_LDIV or op == OP_LREM:
                    lb_ = S[sp - 2].j
                    if lb_ == 0:
                        throw_new(f, pc, 'java/lang/ArithmeticException', '/ by zero')
                    sp -= 2
                    la = S[sp - 2].j
                    if lb_ == -1:
                        S[sp - 2].j = -la if op == OP_LDIV else 0
                    else:
                        S[sp - 2].j = la / lb_ if op == OP_LDIV else la % lb_
                    pc += 1
                elif op == OP_LNEG:
                    S[sp - 2].j = -S[sp - 2].j; pc += 1
                elif op == OP_LSHL:
                    sp -= 1; S[sp - 2].j = S[sp - 2].j << (S[sp].i & 63); pc += 1
                elif op == OP_LSHR:
                    sp -= 1; S[sp - 2].j = S[sp - 2].j >> (S[sp].i & 63); pc += 1
                elif op == OP_LUSHR:
                    sp -= 1
                    S[sp - 2].j = <long long>((<unsigned long long>S[sp - 2].j) >> (S[sp].i & 63))
                    pc += 1
                elif op == OP_LAND:
                    sp -= 2; S[sp - 2].j = S[sp - 2].j & S[sp].j; pc += 1
                elif op == OP_LOR:
                    sp -= 2; S[sp - 2].j = S[sp - 2].j | S[sp].j; pc += 1
                elif op == OP_LXOR:
                    sp -= 2; S[sp - 2].j = S[sp - 2].j ^ S[sp].j; pc += 1
                # ---- float and double arithmetic (IEEE, float rounded to 32 bits) --
                elif op == OP_FADD:
                    sp -= 1; S[sp - 1].f = S[sp - 1].f + S[sp].f; pc += 1
                elif op == OP_FSUB:
                    sp -= 1; S[sp - 1].f = S[sp - 1].f - S[sp].f; pc += 1
                elif op == OP_FMUL:
                    sp -= 1; S[sp - 1].f = S[sp - 1].f * S[sp].f; pc += 1
                elif op == OP_FDIV:
                    sp -= 1; S[sp - 1].f = S[sp - 1].f / S[sp].f; pc += 1
                elif op == OP_FREM:
                    sp -= 1; S[sp - 1].f = <float>fmod(S[sp - 1].f, S[sp].f); pc += 1
                elif op == OP_FNEG:
                    S[sp - 1].f = -S[sp - 1].f; pc += 1
                elif op == OP_DADD:
                    sp -= 2; S[sp - 2].d = S[sp - 2].d + S[sp].d; pc += 1
                elif op == OP_DSUB:
                    sp -= 2; S[sp - 2].d = S[sp - 2].d - S[sp].d; pc += 1
                elif op == OP_DMUL:
                    sp -= 2; S[sp - 2].d = S[sp - 2].d * S[sp].d; pc += 1
                elif op == OP_DDIV:
                    sp -= 2; S[sp - 2].d = S[sp - 2].d / S[sp].d; pc += 1
                elif op == OP_DREM:
                    sp -= 2; S[sp - 2].d = fmod(S[sp - 2].d, S[sp].d); pc += 1
                elif op == OP_DNEG:
                    S[sp - 2].d = -S[sp - 2].d; pc += 1
                # ---- conversions --------------------------------------------------
                elif op == OP_I2L:
                    S[sp - 1].j = S[sp - 1].i; sp += 1; pc += 1
                elif op == OP_I2F:
                    S[sp - 1].f = <float>S[sp - 1].i; pc += 1
                elif op == OP_I2D:
                    S[sp - 1].d = <double>S[sp - 1].i; sp += 1; pc += 1
                elif op == OP_L2I:
                    sp -= 1; S[sp - 1].i = <int>S[sp - 1].j; pc += 1
                elif op == OP_L2F:
                    sp -= 1; S[sp - 1].f = <float>S[sp - 1].j; pc += 1
                elif op == OP_L2D:
                    S[sp - 2].d = <double>S[sp - 2].j; pc += 1
                elif op == OP_F2I:
                    S[sp - 1].i = f2i(S[sp - 1].f); pc += 1
                elif op == OP_F2L:
                    S[sp - 1].j = d2l(S[sp - 1].f); sp += 1; pc += 1
                elif op == OP_F2D:
                    S[sp - 1].d = <double>S[sp - 1].f; sp += 1; pc += 1
                elif op == OP_D2I:
                    sp -= 1; S[sp - 1].i = d2i(S[sp - 1].d); pc += 1
                elif op == OP_D2L:
                    S[sp - 2].j = d2l(S[sp - 2].d); pc += 1
                elif op == OP_D2F:
                    sp -= 1; S[sp - 1].f = <float>S[sp - 1].d; pc += 1
                elif op == OP_I2B:
                    S[sp - 1].i = <signed char>S[sp - 1].i; pc += 1
                elif op == OP_I2C:
                    S[sp - 1].i = <unsigned short>S[sp - 1].i; pc += 1
                elif op == OP_I2S:
                    S[sp - 1].i = <short>S[sp - 1].i; pc += 1
                # ---- comparisons --------------------------------------------------
                elif op == OP_LCMP:
                    sp -= 3
                    la = S[sp - 1].j
                    lb_ = S[sp + 1].j
                    S[sp - 1].i = 1 if la > lb_ else (-1 if la < lb_ else 0)
                    pc += 1
                elif op == OP_FCMPL or op == OP_FCMPG:
                    sp -= 1
                    S[sp - 1].i = fcmp(S[sp - 1].f, S[sp].f, -1 if op == OP_FCMPL else 1)
                    pc += 1
                elif op == OP_DCMPL or op == OP_DCMPG:
                    sp -= 3
                    S[sp - 1].i = fcmp(S[sp - 1].d, S[sp + 1].d, -1 if op == OP_DCMPL else 1)
                    pc += 1
                # ---- branches -----------------------------------------------------
                elif (op == OP_IFEQ or op == OP_IFNE or op == OP_IFLT or op == OP_IFGE or
                        op == OP_IFGT or op == OP_IFLE):
                    sp -= 1
                    a = S[sp].i
                    if ((op == OP_IFEQ and a == 0) or (op == OP_IFNE and a != 0) or
                            (op == OP_IFLT and a < 0) or (op == OP_IFGE and a >= 0) or
                            (op == OP_IFGT and a > 0) or (op == OP_IFLE and a <= 0)):
                        n = rd_s16(code, pc + 1)
                        pc += n
                        if n < 0 and budget > 0:
                            budget -= 1
                            if budget == 0:
                                f.pc = pc; f.sp = sp
                                return SLICE_END
                    else:
                        pc += 3
                elif (op == OP_IF_ICMPEQ or op == OP_IF_ICMPNE or op == OP_IF_ICMPLT or
                        op == OP_IF_ICMPGE or op == OP_IF_ICMPGT or op == OP_IF_ICMPLE):
                    sp -= 2
                    a = S[sp].i
                    b = S[sp + 1].i
                    if ((op == OP_IF_ICMPEQ and a == b) or (op == OP_IF_ICMPNE and a != b) or
                            (op == OP_IF_ICMPLT and a < b) or (op == OP_IF_ICMPGE and a >= b) or
                            (op == OP_IF_ICMPGT and a > b) or (op == OP_IF_ICMPLE and a <= b)):
                        n = rd_s16(code, pc + 1)
                        pc += n
                        if n < 0 and budget > 0:
                            budget -= 1
                            if budget == 0:
                                f.pc = pc; f.sp = sp
                                return SLICE_END
                    else:
                        pc += 3
                elif op == OP_IF_ACMPEQ or op == OP_IF_ACMPNE:
                    sp -= 2
                    if (R[sp] is R[sp + 1]) == (op == OP_IF_ACMPEQ):
                        n = rd_s16(code, pc + 1)
                        pc += n
                        if n < 0 and budget > 0:
                            budget -= 1
                            if budget == 0:
                                f.pc = pc; f.sp = sp
                                return SLICE_END
                    else:
                        pc += 3
                elif op == OP_IFNULL or op == OP_IFNONNULL:
                    sp -= 1
                    if (R[sp] is None) == (op == OP_IFNULL):
                        n = rd_s16(code, pc + 1)
                        pc += n
                        if n < 0 and budget > 0:
                            budget -= 1
                            if budget == 0:
                                f.pc = pc; f.sp = sp
                                return SLICE_END
                    else:
                        pc += 3
                elif op == OP_GOTO or op == OP_GOTO_W:
                    n = rd_s16(code, pc + 1) if op == OP_GOTO else rd_s32(code, pc + 1)
                    pc += n
                    if n < 0 and budget > 0:      # a loop: count it against the time slice
                        budget -= 1
                        if budget == 0:
                            f.pc = pc; f.sp = sp
                            return SLICE_END
                elif op == OP_JSR or op == OP_JSR_W:
                    # old javac's finally: push the return address, jump to the subroutine
                    S[sp].i = pc + (3 if op == OP_JSR else 5)
                    sp += 1
                    pc += rd_s16(code, pc + 1) if op == OP_JSR else rd_s32(code, pc + 1)
                elif op == OP_RET:
                    pc = S[lb + code[pc + 1]].i
                elif op == OP_TABLESWITCH:
                    sp -= 1
                    key = S[sp].i
                    i = (pc + 4) & ~3
                    low = rd_s32(code, i + 4)
                    high = rd_s32(code, i + 8)
                    if key < low or key > high:
                        pc += rd_s32(code, i)
                    else:
                        pc += rd_s32(code, i + 12 + 4 * (key - low))
                elif op == OP_LOOKUPSWITCH:
                    sp -= 1
                    key = S[sp].i
                    i = (pc + 4) & ~3
                    npairs = rd_s32(code, i + 4)
                    # pairs are sorted by match: binary search
                    low = 0
                    high = npairs - 1
                    n = rd_s32(code, i)
                    while low <= high:
                        a = (low + high) >> 1
                        b = rd_s32(code, i + 8 + 8 * a)
                        if b < key:
                            low = a + 1
                        elif b > key:
                            high = a - 1
                        else:
                            n = rd_s32(code, i + 12 + 8 * a)
                            break
                    pc += n
                # ---- fields -------------------------------------------------------
                elif op == OP_GETFIELD:
                    ent = cache[rd_u16(code, pc + 1)]
                    if ent is None or (<FieldRef>ent).is_static:
                        f.pc = pc; f.sp = sp
                        ent = VM.resolve_field(m.cls, rd_u16(code, pc + 1), False)
                        cache[rd_u16(code, pc + 1)] = ent
                    fr = <FieldRef>ent
                    code[pc] = OP_GETFIELD_A if fr.is_ref else (OP_GETFIELD_2 if fr.wide else OP_GETFIELD_1)
                    o = R[sp - 1]
                    if o is None:
                        throw_npe(f, pc)
                    jo = <JObject>o
                    if fr.slot >= (jo.cls.nref if fr.is_ref else jo.cls.nprim):
                        throw_new(f, pc, 'java/lang/IncompatibleClassChangeError', fr.name)
                    if fr.is_ref:
                        R[sp - 1] = jo.refs[fr.slot]
                    else:
                        S[sp - 1] = jo.prims[fr.slot]
                        if fr.wide:
                            sp += 1
                    pc += 3
                elif op == OP_PUTFIELD:
                    ent = cache[rd_u16(code, pc + 1)]
                    if ent is None or (<FieldRef>ent).is_static:
                        f.pc = pc; f.sp = sp
                        ent = VM.resolve_field(m.cls, rd_u16(code, pc + 1), False)
                        cache[rd_u16(code, pc + 1)] = ent
                    fr = <FieldRef>ent
                    if fr.is_final:
                        f.pc = pc
                        VM.check_final_put(m, fr)   # its answer depends only on m and fr
                    if fr.is_ref or fr.wide or fr.kind == 73 or fr.kind == 70:
                        code[pc] = OP_PUTFIELD_A if fr.is_ref else (OP_PUTFIELD_2 if fr.wide else OP_PUTFIELD_1)
                    size = 2 if fr.wide else 1
                    o = R[sp - size - 1]
                    if o is None:
                        throw_npe(f, pc)
                    jo = <JObject>o
                    if fr.slot >= (jo.cls.nref if fr.is_ref else jo.cls.nprim):
                        throw_new(f, pc, 'java/lang/IncompatibleClassChangeError', fr.name)
                    if fr.is_ref:
                        jo.refs[fr.slot] = R[sp - 1]
                    else:
                        jo.prims[fr.slot] = S[sp - size]
                        if fr.kind != 73 and not fr.wide:
                            narrow_slot(&jo.prims[fr.slot], fr.kind)
                    sp -= size + 1
                    pc += 3
                # quickened field access: resolved, checked, the kind known (opcodes.pxi);
                # the operand is still the constant-pool index, whose FieldRef has the slot
                elif op == OP_GETFIELD_1 or op == OP_GETFIELD_2 or op == OP_GETFIELD_A:
                    po = PyList_GET_ITEM(R, sp - 1)      # borrowed: the stack holds it
                    if po == <PyObject*>None:
                        throw_npe(f, pc)
                    pv = PyList_GET_ITEM(cache, rd_u16(code, pc + 1))
                    idx = (<FieldRef>pv).slot
                    if op == OP_GETFIELD_A:
                        if idx >= (<JObject>po).cls.nref:
                            throw_new(f, pc, 'java/lang/IncompatibleClassChangeError', (<FieldRef>pv).name)
                        list_set(R, sp - 1, PyList_GET_ITEM((<JObject>po).refs, idx))
                    else:
                        if idx >= (<JObject>po).cls.nprim:
                            throw_new(f, pc, 'java/lang/IncompatibleClassChangeError', (<FieldRef>pv).name)
                        S[sp - 1] = (<JObject>po).prims[idx]
                        if op == OP_GETFIELD_2:
                            sp += 1
                    pc += 3
                elif op == OP_PUTFIELD_1 or op == OP_PUTFIELD_2 or op == OP_PUTFIELD_A:
                    size = 2 if op == OP_PUTFIELD_2 else 1
                    po = PyList_GET_ITEM(R, sp - size - 1)
                    if po == <PyObject*>None:
                        throw_npe(f, pc)
                    pv = PyList_GET_ITEM(cache, rd_u16(code, pc + 1))
                    idx = (<FieldRef>pv).slot
                    if op == OP_PUTFIELD_A:
                        if idx >= (<JObject>po).cls.nref:
                            throw_new(f, pc, 'java/lang/IncompatibleClassChangeError', (<FieldRef>pv).name)
                        list_set((<JObject>po).refs, idx, PyList_GET_ITEM(R, sp - 1))
                    else:
                        if idx >= (<JObject>po).cls.nprim:
                            throw_new(f, pc, 'java/lang/IncompatibleClassChangeError', (<FieldRef>pv).name)
                        (<JObject>po).prims[idx] = S[sp - size]
                    sp -= size + 1
                    pc += 3
                elif op == OP_GETSTATIC or op == OP_PUTSTATIC:
                    ent = cache[rd_u16(code, pc + 1)]
                    if ent is None or not (<FieldRef>ent).is_static:
                        f.pc = pc; f.sp = sp
                        ent = VM.resolve_field(m.cls, rd_u16(code, pc + 1), True)
                        cache[rd_u16(code, pc + 1)] = ent
                    fr = <FieldRef>ent
                    c = fr.cls
                    if c.state != CS_INITIALIZED:
                        f.pc = pc; f.sp = sp
                        if init_needed(t, c):
                            f = t.top; m = f.m; code = run_code(m)
                            cache = m.cls.cpcache; pc = f.pc; sp = f.sp; lb = f.lb
                            continue
                    if op == OP_GETSTATIC:
                        if fr.is_ref:
                            R[sp] = c.srefs[fr.slot]
                            sp += 1
                        else:
                            S[sp] = c.sprims[fr.slot]
                            sp += 2 if fr.wide else 1
                    else:
                        if fr.is_final:
                            f.pc = pc
                            VM.check_final_put(m, fr)
                        if fr.is_ref:
                            sp -= 1
                            c.srefs[fr.slot] = R[sp]
                        else:
                            sp -= 2 if fr.wide else 1
                            c.sprims[fr.slot] = S[sp]
                            if fr.kind != 73 and not fr.wide:
                                narrow_slot(&c.sprims[fr.slot], fr.kind)
                    pc += 3
                # ---- calls and returns ---------------------------------------------
                elif (op == OP_INVOKEVIRTUAL or op == OP_INVOKESPECIAL or op == OP_INVOKESTATIC or
                        op == OP_INVOKEINTERFACE or op == OP_INVOKEDYNAMIC):
                    idx = rd_u16(code, pc + 1)
                    ent = cache[idx]
                    # an entry is cached for the opcode that resolved it: the same
                    # constant used by another invoke kind is resolved (and checked) again
                    if ent is None or (op != OP_INVOKEDYNAMIC and (<MethodRef>ent).opcode != op):
                        f.pc = pc; f.sp = sp
                        if op == OP_INVOKEDYNAMIC:
                            ent = VM.resolve_call_site(m.cls, idx)
                        else:
                            ent = VM.resolve_method(m.cls, idx, op)
                        cache[idx] = ent
                    if op == OP_INVOKEDYNAMIC and isinstance(ent, LambdaSite):
                        f.pc = pc
                        base = sp - (<LambdaSite>ent).arg_slots
                        R[base] = VM.lambda_instance(
                            <LambdaSite>ent, S_args(S, R, base, (<LambdaSite>ent).arg_kinds))
                        sp = base + 1
                        pc += 5
                        continue
                    if op == OP_INVOKEDYNAMIC and isinstance(ent, SwitchSite):
                        f.pc = pc; f.sp = sp
                        S[sp - 2].i = (<SwitchSite>ent).select(R[sp - 2], S[sp - 1].i)
                        sp -= 1
                        pc += 5
                        continue
                    if op == OP_INVOKEDYNAMIC and isinstance(ent, ConcatSite):
                        f.pc = pc
                        base = sp - (<ConcatSite>ent).arg_slots
                        o = VM.concat(<ConcatSite>ent, S_args(S, R, base, (<ConcatSite>ent).arg_kinds))
                        if isinstance(o, JArray):
                            # an argument needs its toString(): finish in Java
                            R[base] = o
                            sp = base + 1
                            nm = VM.concat_helper
                        else:
                            R[base] = o
                            sp = base + 1
                            pc += 5
                            continue
                    else:
                        mr = <MethodRef>ent
                        nm = mr.method
                        if op != OP_INVOKESTATIC and op != OP_INVOKEDYNAMIC:
                            po = PyList_GET_ITEM(R, sp - nm.arg_slots)     # the receiver
                            if po == <PyObject*>None:
                                throw_npe(f, pc)
                            c = (<JObject>po).cls
                            if mr.mode == CALL_VIRTUAL:
                                if mr.vindex >= len(c.vtable):    # only unverified code gets here
                                    throw_new(f, pc, 'java/lang/IncompatibleClassChangeError',
                                              VM.method_display(nm))
                                nm = <JMethod>c.vtable[mr.vindex]
                            elif mr.mode == CALL_INTERFACE:
                                v = c.imethods.get(mr.key)
                                if v is None:
                                    f.pc = pc
                                    v = VM.select_interface_method(c, mr)
                                nm = <JMethod>v
                        elif nm.cls.state != CS_INITIALIZED:
                            f.pc = pc; f.sp = sp
                            if init_needed(t, nm.cls):
                                f = t.top; m = f.m; code = run_code(m)
                                cache = m.cls.cpcache; pc = f.pc; sp = f.sp; lb = f.lb
                                continue
                    base = sp - nm.arg_slots
                    f.pc = pc
                    f.sp = base
                    if nm.intrinsic != 0 and nm.verified and run_intrinsic(nm.intrinsic, S, R, base):
                        # done here without a frame; a Java method's call still counts
                        # against the time slice, so threads interleave as before
                        if nm.ret_kind == 86:
                            sp = base
                        elif nm.ret_kind == 74 or nm.ret_kind == 68:
                            sp = base + 2
                        else:
                            sp = base + 1
                        pc += 5 if op >= OP_INVOKEINTERFACE else 3
                        if nm.native_fn is None and budget > 0:
                            budget -= 1
                            if budget == 0:
                                f.pc = pc; f.sp = sp
                                return SLICE_END
                        continue
                    if nm.native_fn is not None:
                        o = v = jo = arr = None       # natives allocate: hold nothing stale
                        if nm.is_synchronized:
                            o = lock_object(nm, R, base)
                            monitor_enter(t, o)
                            try:
                                call_native(nm, S, R, base)
                            finally:
                                monitor_exit(t, o)
                        else:
                            call_native(nm, S, R, base)
                        if nm.ret_kind == 86:
                            sp = base
                        elif nm.ret_kind == 74 or nm.ret_kind == 68:
                            sp = base + 2
                        else:
                            sp = base + 1
                        pc += 5 if op >= OP_INVOKEINTERFACE else 3
                        continue
                    if nm.code is None:
                        VM.raise_uncallable(nm)
                    nf = push_frame(t, f, nm, base)
                    f = nf; m = nm; code = run_code(m)
                    cache = m.cls.cpcache; lb = base; sp = f.sp; pc = 0
                    R = t.R
                    if budget > 0:
                        budget -= 1
                        if budget == 0:
                            return SLICE_END
                elif (op == OP_IRETURN or op == OP_LRETURN or op == OP_FRETURN or op == OP_DRETURN or
                        op == OP_ARETURN or op == OP_RETURN):
                    if f.lock is not None:
                        monitor_exit(t, f.lock)
                        f.lock = None
                    if f.init_class is not None:
                        VM.finish_initialization(f.init_class)
                    if f.boundary:
                        t.top = f.parent
                        t.depth -= 1
                        return slot_result(m, S, R, sp)
                    base = f.lb
                    if op == OP_LRETURN or op == OP_DRETURN:
                        S[base] = S[sp - 2]
                        size = 2
                    elif op == OP_RETURN:
                        size = 0
                    else:
                        S[base] = S[sp - 1]
                        R[base] = R[sp - 1]
                        size = 1
                    nf = f
                    f = f.parent
                    t.top = f
                    t.depth -= 1
                    m = f.m; code = run_code(m); cache = m.cls.cpcache
                    lb = f.lb; sp = base + size; pc = f.pc
                    if nf.init_class is None:
                        pc += 5 if (code[pc] == OP_INVOKEINTERFACE or code[pc] == OP_INVOKEDYNAMIC) else 3
                    else:
                        sp = f.sp     # an initializer returns to re-execute its trigger
                # ---- objects and arrays ------------------------------------------------
                elif op == OP_NEW:
                    idx = rd_u16(code, pc + 1)
                    ent = cache[idx]
                    if ent is None:
                        f.pc = pc; f.sp = sp
                        ent = VM.resolve_instantiable(m.cls, idx)
                        cache[idx] = ent
                    c = <JClass>ent
                    if c.access & 0x0600 or c.is_array:     # abstract or interface
                        f.pc = pc
                        VM.resolve_instantiable(m.cls, idx)
                    if c.state != CS_INITIALIZED:
                        f.pc = pc; f.sp = sp
                        if init_needed(t, c):
                            f = t.top; m = f.m; code = run_code(m)
                            cache = m.cls.cpcache; pc = f.pc; sp = f.sp; lb = f.lb
                            continue
                    f.pc = pc; f.sp = sp      # an allocation may have to reclaim stale slots
                    o = v = jo = arr = None   # and must not be kept from it by these locals
                    R[sp] = new_object(c)
                    sp += 1
                    pc += 3
                elif op == OP_NEWARRAY:
                    n = S[sp - 1].i
                    if n < 0:
                        throw_new(f, pc, 'java/lang/NegativeArraySizeException', str(n))
                    f.pc = pc; f.sp = sp
                    o = v = jo = arr = None
                    R[sp - 1] = VM.new_prim_array(code[pc + 1], n)
                    pc += 2
                elif op == OP_ANEWARRAY:
                    idx = rd_u16(code, pc + 1)
                    ent = cache[idx]
                    if ent is None:
                        f.pc = pc; f.sp = sp
                        ent = VM.resolve_class_ref(m.cls, idx)
                        cache[idx] = ent
                    c = (<JClass>ent).array_class
                    if c is None:
                        f.pc = pc
                        c = VM.array_class_of(<JClass>ent)
                    n = S[sp - 1].i
                    if n < 0:
                        throw_new(f, pc, 'java/lang/NegativeArraySizeException', str(n))
                    f.pc = pc; f.sp = sp
                    o = v = jo = arr = None
                    R[sp - 1] = VM.allocate_array(c, n)
                    pc += 3
                elif op == OP_MULTIANEWARRAY:
                    idx = rd_u16(code, pc + 1)
                    n = code[pc + 3]
                    ent = cache[idx]
                    if ent is None:
                        f.pc = pc; f.sp = sp
                        ent = VM.resolve_class_ref(m.cls, idx)
                        cache[idx] = ent
                    f.pc = pc; f.sp = sp
                    o = v = jo = arr = None
                    sp -= n
                    R[sp] = VM.multi_array(<JClass>ent, [S[sp + i].i for i in range(n)])
                    sp += 1
                    pc += 4
                elif op == OP_ARRAYLENGTH:
                    o = R[sp - 1]
                    if o is None:
                        throw_npe(f, pc)
                    S[sp - 1].i = (<JArray>o).length
                    pc += 1
                elif op == OP_ATHROW:
                    o = R[sp - 1]
                    if o is None:
                        throw_npe(f, pc)
                    f.pc = pc
                    raise JavaThrow(o)
                elif op == OP_CHECKCAST or op == OP_INSTANCEOF:
                    idx = rd_u16(code, pc + 1)
                    ent = cache[idx]
                    if R[sp - 1] is None:       # null passes without resolving the class
                        if op == OP_INSTANCEOF:
                            S[sp - 1].i = 0
                        pc += 3
                        continue
                    if ent is None:
                        f.pc = pc; f.sp = sp
                        ent = VM.resolve_class_ref(m.cls, idx)
                        cache[idx] = ent
                    o = R[sp - 1]
                    if op == OP_CHECKCAST:
                        if o is not None and not instance_of((<JObject>o).cls, <JClass>ent):
                            throw_new(f, pc, 'java/lang/ClassCastException',
                                      VM.cast_message((<JObject>o).cls, <JClass>ent))
                    else:
                        S[sp - 1].i = 1 if (o is not None and instance_of((<JObject>o).cls, <JClass>ent)) else 0
                    pc += 3
                elif op == OP_MONITORENTER or op == OP_MONITOREXIT:
                    o = R[sp - 1]
                    if o is None:
                        throw_npe(f, pc)
                    f.pc = pc
                    if op == OP_MONITORENTER:
                        monitor_enter(t, <JObject>o)
                    else:
                        monitor_exit(t, <JObject>o)
                    sp -= 1
                    pc += 1
                elif op == OP_WIDE:
                    op = code[pc + 1]
                    idx = lb + rd_u16(code, pc + 2)
                    if op == OP_IINC:
                        S[idx].i = S[idx].i + rd_s16(code, pc + 4)
                        pc += 6
                        continue
                    if op == OP_ILOAD or op == OP_FLOAD:
                        S[sp] = S[idx]; sp += 1
                    elif op == OP_LLOAD or op == OP_DLOAD:
                        S[sp] = S[idx]; sp += 2
                    elif op == OP_ALOAD:
                        R[sp] = R[idx]; sp += 1
                    elif op == OP_ISTORE or op == OP_FSTORE:
                        sp -= 1; S[idx] = S[sp]
                    elif op == OP_LSTORE or op == OP_DSTORE:
                        sp -= 2; S[idx] = S[sp]
                    elif op == OP_ASTORE:
                        sp -= 1; R[idx] = R[sp]
                        S[idx] = S[sp]          # a jsr return address is stored with astore
                    elif op == OP_RET:
                        pc = S[idx].i
                        continue
                    else:
                        throw_new(f, pc, 'java/lang/VerifyError', 'Bad wide instruction')
                    pc += 4
                else:
                    throw_new(f, pc, 'java/lang/VerifyError',
                              'Bad instruction: %02x in method %s' % (op, VM.method_display(m)))
        except JavaThrow as e:
            exc = e.obj
        except ThreadBlocked:
            # the instruction at pc re-executes when the scheduler resumes this thread
            f.pc = pc; f.sp = sp
            if budget >= 0:
                return SLICE_END
            exc = VM.blocked_in_nested_call(t)
        except (VMExit, KeyboardInterrupt):
            raise
        except BaseException as e:
            f.pc = pc
            exc = VM.host_error_to_java(e)
        # ---- unwind to a handler ------------------------------------------------
        while True:
            n = VM.find_handler(m, pc, exc)
            if n >= 0:
                sp = lb + m.max_locals
                R[sp] = exc
                sp += 1
                pc = n
                break
            if f.lock is not None:
                monitor_exit(t, f.lock)
                f.lock = None
            if f.init_class is not None:
                exc = VM.fail_initialization(f.init_class, exc)
            t.top = f.parent
            t.depth -= 1
            if f.boundary:
                raise JavaThrow(exc)
            f = f.parent
            m = f.m; code = run_code(m); cache = m.cls.cpcache
            lb = f.lb; pc = f.pc
        R = t.R


cdef list S_args(Slot* S, list R, int base, str kinds):
    """Arguments at `base` as Python values, for call sites handled in Python."""
    cdef list out = []
    cdef int p = base
    cdef Py_UCS4 k
    for k in kinds:
        if k == u'L':
            out.append(R[p]); p += 1
        elif k == u'J':
            out.append(S[p].j); p += 2
        elif k == u'D':
            out.append(S[p].d); p += 2
        elif k == u'F':
            out.append(S[p].f); p += 1
        else:
            out.append(S[p].i); p += 1
    return out


cdef inline void narrow_slot(Slot* s, int kind) noexcept:
    """putfield/putstatic store narrowing for boolean, byte, char and short."""
    if kind == 90:      # Z
        s.i = s.i & 1
    elif kind == 66:    # B
        s.i = <signed char>s.i
    elif kind == 67:    # C
        s.i = <unsigned short>s.i
    elif kind == 83:    # S
        s.i = <short>s.i


def resume(JThread t):
    """Continue interpreting t until the boundary frame on its stack returns."""
    return execute(t, -1)


def run_slice(JThread t, int budget):
    """Run t for up to `budget` calls and backward branches: its result if its
    boundary frame returned, else SLICE_END (preempted or blocked)."""
    return execute(t, budget)


def push_call(JThread t, JMethod m, tuple args):
    """Set up a boundary frame calling m(args) on t, to be run by resume/run_slice."""
    cdef Frame nf = push_frame(t, t.top, m, place_args(t, m, args))
    nf.boundary = True


def push_init_frame(JThread t, JClass c, JMethod m):
    """Push the frame that runs c's <clinit> (m); its return marks c initialized."""
    cdef int base = t.top.sp if t.top is not None else 0
    cdef Frame nf = push_frame(t, t.top, m, base)
    nf.init_class = c
