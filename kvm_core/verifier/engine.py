"""The type rules of every instruction (JVMS §4.10.1.9), shared by the
type checker and the type-inference verifier.

:class:`Engine` holds the current frame (``locs``: one type per local slot,
``stack``: one type per operand-stack slot, ``flag``: flagThisUninit) and
:meth:`Engine.step` applies one decoded instruction to it: it checks the
operands, pops and pushes, and raises :class:`~.errors.Fail` on a violation.
Control flow (branch targets, stack-map frames, merging) is the drivers'
business; ``FALLS``, ``BRANCH`` and ``SWITCH`` say what each canonical opcode
does to it.

Most instructions are described by ``SIMPLE[kop] = (pops, pushes)`` and
checked with one C-level list comparison; the rest have a method each.
"""

import weakref

from kvm_core.classfile.constant_pool import CpInterfaceMethodref

from .errors import Fail
from .vtypes import (ARRAY, CAT1, DOUBLE, DOUBLE2, FLOAT, INT, LONG, LONG2, NULL, OBJECT,
                     RA_BASE, REFERENCE, THROWABLE, TOP, UNINIT_BASE, UNINIT_THIS, array_of,
                     component_of, method_slots)

__all__ = ["MethodEnv", "Engine", "FALLS", "BRANCH", "SWITCH", "HierarchyFailure"]

_I = (INT,)
_L = (LONG, LONG2)
_F = (FLOAT,)
_D = (DOUBLE, DOUBLE2)

SIMPLE = [None] * 256


def _simple(ops, pops, push):
    flat = []
    for v in pops:
        flat.extend(v)
    spec = (flat, tuple(reversed(flat)), list(push))
    for op in ops:
        SIMPLE[op] = spec


_simple([0, 167], [], ())
_simple([1], [], (NULL,))
_simple(range(2, 9), [], _I)
_simple([9, 10], [], _L)
_simple([11, 12, 13], [], _F)
_simple([14, 15], [], _D)
_simple([16, 17], [], _I)
_simple([96, 100, 104, 108, 112, 120, 122, 124, 126, 128, 130], [_I, _I], _I)
_simple([97, 101, 105, 109, 113, 127, 129, 131], [_L, _L], _L)
_simple([121, 123, 125], [_L, _I], _L)
_simple([98, 102, 106, 110, 114], [_F, _F], _F)
_simple([99, 103, 107, 111, 115], [_D, _D], _D)
_simple([116], [_I], _I)
_simple([117], [_L], _L)
_simple([118], [_F], _F)
_simple([119], [_D], _D)
_simple([133], [_I], _L)
_simple([134], [_I], _F)
_simple([135], [_I], _D)
_simple([136], [_L], _I)
_simple([137], [_L], _F)
_simple([138], [_L], _D)
_simple([139], [_F], _I)
_simple([140], [_F], _L)
_simple([141], [_F], _D)
_simple([142], [_D], _I)
_simple([143], [_D], _L)
_simple([144], [_D], _F)
_simple([145, 146, 147], [_I], _I)
_simple([148], [_L, _L], _I)
_simple([149, 150], [_F, _F], _I)
_simple([151, 152], [_D, _D], _I)
_simple(range(153, 159), [_I], ())
_simple(range(159, 165), [_I, _I], ())
_simple([170, 171], [_I], ())

# Control flow by canonical opcode.
FALLS = [True] * 256
for _op in (167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 191):
    FALLS[_op] = False
BRANCH = [False] * 256          # one target in insn[3]
for _op in list(range(153, 168)) + [198, 199]:
    BRANCH[_op] = True
SWITCH = [False] * 256          # targets tuple in insn[3]
SWITCH[170] = SWITCH[171] = True

_NOT_CAT1 = frozenset((TOP, LONG, LONG2, DOUBLE, DOUBLE2))
_SECOND = frozenset((LONG2, DOUBLE2))
_ARRAY_LOAD = {46: ("[I",), 47: ("[J",), 48: ("[F",), 49: ("[D",), 51: ("[B", "[Z"),
               52: ("[C",), 53: ("[S",)}
_ARRAY_STORE = {79: ("[I",), 80: ("[J",), 81: ("[F",), 82: ("[D",), 84: ("[B", "[Z"),
                85: ("[C",), 86: ("[S",)}
_ELEM = {46: _I, 47: _L, 48: _F, 49: _D, 51: _I, 52: _I, 53: _I,
         79: _I, 80: _L, 81: _F, 82: _D, 84: _I, 85: _I, 86: _I}
_OPNAME = {46: "iaload", 47: "laload", 48: "faload", 49: "daload", 50: "aaload", 51: "baload",
           52: "caload", 53: "saload", 79: "iastore", 80: "lastore", 81: "fastore",
           82: "dastore", 83: "aastore", 84: "bastore", 85: "castore", 86: "sastore"}
_CLONEABLE = "java/lang/Cloneable"
_SERIALIZABLE = "java/io/Serializable"

_values_cache = {}


def arg_values(desc):
    """Argument values of a method descriptor, top of stack first, each a
    tuple of slot types; plus the return slots.  Cached."""
    r = _values_cache.get(desc)
    if r is None:
        args, ret = method_slots(desc)
        values = []
        i = 0
        n = len(args)
        while i < n:
            t = args[i]
            if t == LONG or t == DOUBLE:
                values.append((t, args[i + 1]))
                i += 2
            else:
                values.append((t,))
                i += 1
        values.reverse()
        r = (tuple(values), ret)
        if len(_values_cache) > 50000:
            _values_cache.clear()
        _values_cache[desc] = r
    return r


class HierarchyFailure(Exception):
    """Carries an exception raised by the VM's hierarchy object (for example a
    JavaThrow of NoClassDefFoundError) out of the verifier unchanged."""

    def __init__(self, original):
        Exception.__init__(self, original)
        self.original = original


# Assignability answers per hierarchy object (a class name denotes one class
# for the life of a VM, so answers do not change).
_shared_caches = weakref.WeakKeyDictionary()


def _cache_for(hierarchy):
    try:
        c = _shared_caches.get(hierarchy)
        if c is None:
            c = _shared_caches[hierarchy] = ({}, {}, {})
        return c
    except TypeError:                     # not weak-referenceable
        return ({}, {}, {})


class MethodEnv:
    """Everything about the method being verified that the rules consult."""

    def __init__(self, cf, method, hierarchy, old_style, typecheck):
        code = method.code
        self.cf = cf
        self.method = method
        self.hierarchy = hierarchy
        self.old_style = old_style
        self.typecheck = typecheck
        self.code = bytes(code.code)
        self.max_stack = code.max_stack
        self.max_locals = code.max_locals
        self.handlers = code.exception_table
        self.pool = cf.constant_pool
        self.major = cf.major
        self.class_name = cf.this_class
        self.super_class = cf.super_class
        self.interfaces = cf.interfaces
        self.method_name = method.name
        self.descriptor = method.descriptor
        self.is_static = bool(method.access_flags & 0x0008)
        self.is_init = method.name == "<init>"
        args, ret = method_slots(method.descriptor)
        self.arg_slots = args
        self.ret_slots = ret
        self.assign_cache, self.lca_cache, self.super_cache = _cache_for(hierarchy)

    def initial_frame(self):
        """(locals, flag) on method entry (JVMS §4.10.1.6 methodInitialStackFrame)."""
        locs = []
        flag = False
        if not self.is_static:
            if self.is_init and self.class_name != OBJECT:
                locs.append(UNINIT_THIS)
                flag = True
            else:
                locs.append(self.class_name)
        locs.extend(self.arg_slots)
        return locs, flag

    # ------------------------------------------------------------ hierarchy
    def ref_assignable(self, f, t):
        """Reference type *f* assignable to reference type *t* (both ``str``)."""
        if f == t or t == OBJECT:
            return True
        key = (f, t)
        r = self.assign_cache.get(key)
        if r is None:
            r = self._ref_assignable(f, t)
            self.assign_cache[key] = r
        return r

    def _ref_assignable(self, f, t):
        if t[0] == "[":
            if f[0] != "[":
                return False
            if f[1] in "L[" and t[1] in "L[":
                return self.ref_assignable(component_of(f), component_of(t))
            return False
        if f[0] == "[":
            return t == _CLONEABLE or t == _SERIALIZABLE
        try:
            return bool(self.hierarchy.is_assignable(f, t))
        except BaseException as e:       # a Java exception from loading: pass it on
            raise HierarchyFailure(e) from None

    def superclass(self, name):
        c = self.super_cache
        if name in c:
            return c[name]
        try:
            s = self.hierarchy.superclass_of(name)
        except BaseException as e:
            raise HierarchyFailure(e) from None
        c[name] = s
        return s

    def lca(self, a, b):
        """Least common supertype of two reference types (for merging)."""
        if a == b:
            return a
        key = (a, b)
        r = self.lca_cache.get(key)
        if r is None:
            r = self._lca(a, b)
            self.lca_cache[key] = r
        return r

    def _lca(self, a, b):
        if a[0] == "[" or b[0] == "[":
            if a[0] == "[" and b[0] == "[" and a[1] in "L[" and b[1] in "L[":
                return array_of(self.lca(component_of(a), component_of(b)))
            return OBJECT
        chain = set()
        x = a
        n = 0
        while x is not None and n < 1000:
            chain.add(x)
            x = self.superclass(x)
            n += 1
        y = b
        n = 0
        while y is not None and n < 1000:
            if y in chain:
                return y
            y = self.superclass(y)
            n += 1
        return OBJECT

    def _is_interface(self, name):
        try:
            return bool(self.hierarchy.is_interface(name))
        except BaseException as e:
            raise HierarchyFailure(e) from None

    def declares_field(self, name, desc):
        for f in self.cf.fields:
            if f.name == name and f.descriptor == desc:
                return True
        return False


def is_reference(t):
    """Any reference incl. null and uninitialized objects (not return addresses)."""
    return type(t) is str or t == NULL or t == UNINIT_THIS or UNINIT_BASE <= t < RA_BASE


class Engine:
    """Current frame plus the type rules."""

    def __init__(self, env, decoded):
        self.env = env
        self.dec = decoded
        self.max_stack = env.max_stack
        self.old = env.old_style
        self.locs = None
        self.stack = None
        self.flag = False
        self.gen = 0                      # bumped whenever locals or flag change
        self.pc = 0
        self.ref_assignable = env.ref_assignable
        t = [None] * 256
        for op in (18, 20):
            t[op] = self.op_ldc
        t[21] = self.op_iload
        t[22] = self.op_lload
        t[23] = self.op_fload
        t[24] = self.op_dload
        t[25] = self.op_aload
        for op in range(46, 54):
            t[op] = self.op_xaload
        t[54] = self.op_istore
        t[55] = self.op_lstore
        t[56] = self.op_fstore
        t[57] = self.op_dstore
        t[58] = self.op_astore
        for op in range(79, 87):
            t[op] = self.op_xastore
        t[87] = self.op_pop
        t[88] = self.op_pop2
        t[89] = self.op_dup
        t[90] = self.op_dup_x1
        t[91] = self.op_dup_x2
        t[92] = self.op_dup2
        t[93] = self.op_dup2_x1
        t[94] = self.op_dup2_x2
        t[95] = self.op_swap
        t[132] = self.op_iinc
        t[165] = t[166] = self.op_if_acmp
        t[168] = self.op_jsr
        t[169] = self.op_ret
        for op in range(172, 177):
            t[op] = self.op_xreturn
        t[177] = self.op_return
        t[178] = self.op_getstatic
        t[179] = self.op_putstatic
        t[180] = self.op_getfield
        t[181] = self.op_putfield
        for op in range(182, 187):
            t[op] = self.op_invoke
        t[187] = self.op_new
        t[188] = self.op_newarray
        t[189] = self.op_anewarray
        t[190] = self.op_arraylength
        t[191] = self.op_athrow
        t[192] = self.op_checkcast
        t[193] = self.op_instanceof
        t[194] = t[195] = self.op_monitor
        t[197] = self.op_multianewarray
        t[198] = t[199] = self.op_ifnull
        self.table = t

    # ------------------------------------------------------------- helpers
    def fail(self, kind, **info):
        raise Fail(kind, self.pc, **info)

    def bad(self, index, actual, expected, **info):
        raise Fail("bad_stack", self.pc, index=index, actual=actual, expected=expected, **info)

    def step(self, ins):
        kop = ins[2]
        spec = SIMPLE[kop]
        if spec is None:
            self.table[kop](ins)
            return
        flat, top_first, push = spec
        st = self.stack
        k = len(flat)
        if k:
            n = len(st)
            if st[n - k:] != flat or n < k:
                self._simple_error(top_first, n)
            del st[n - k:]
        if push:
            if len(st) + len(push) > self.max_stack:
                self.fail("overflow")
            st.extend(push)

    def _simple_error(self, top_first, n):
        st = self.stack
        for i, e in enumerate(top_first):
            j = n - 1 - i
            if j < 0 or ((e == LONG2 or e == DOUBLE2) and j < 1 and not self.old):
                self.fail("underflow")
            if st[j] != e:
                self.bad(j, st[j], LONG if e == LONG2 else DOUBLE if e == DOUBLE2 else e)
        raise AssertionError("no error found")

    def push1(self, t):
        st = self.stack
        if len(st) >= self.max_stack:
            self.fail("overflow")
        st.append(t)

    def push(self, slots):
        st = self.stack
        if len(st) + len(slots) > self.max_stack:
            self.fail("overflow")
        st.extend(slots)

    def pop_prim(self, e):
        """Pop one category-1 primitive of type *e*."""
        st = self.stack
        if not st:
            self.fail("underflow")
        t = st[-1]
        if t != e:
            self.bad(len(st) - 1, t, e)
        st.pop()

    def pop_value(self, v, context=None, suffix=""):
        """Pop one value of slot tuple *v* (from a descriptor)."""
        st = self.stack
        n = len(st)
        if len(v) == 2:
            if n < 2 and not (n == 1 and self.old):
                self.fail("underflow")
            if st[-1] != v[1]:
                self.bad(n - 1, st[-1], v[0], context=context, suffix=suffix)
            if n < 2:
                self.fail("underflow")
            if st[-2] != v[0]:
                self.bad(n - 2, st[-2], v[0], context=context, suffix=suffix)
            del st[-2:]
            return
        e = v[0]
        if not n:
            self.fail("underflow")
        t = st[-1]
        if t != e:
            if type(e) is str:
                if t != NULL and not (type(t) is str and self.ref_assignable(t, e)):
                    self.bad(n - 1, t, e, context=context, suffix=suffix)
            else:
                self.bad(n - 1, t, e, context=context, suffix=suffix)
        st.pop()

    def pop_object(self, e, context=None, suffix=""):
        """Pop an initialized reference (or null) assignable to class *e*; returns it."""
        st = self.stack
        if not st:
            self.fail("underflow")
        t = st[-1]
        if t != e and t != NULL:
            if type(t) is not str or not self.ref_assignable(t, e):
                self.bad(len(st) - 1, t, e, context=context, suffix=suffix)
        st.pop()
        return t

    def pop_reference(self):
        """Pop any reference, initialized or not (if_acmp, ifnull, monitors)."""
        st = self.stack
        if not st:
            self.fail("underflow")
        t = st[-1]
        if not is_reference(t):
            self.bad(len(st) - 1, t, REFERENCE)
        st.pop()
        return t

    def bad_local(self, i, expected, pair=False):
        locs = self.locs
        info = {"index": i, "actual": locs[i], "expected": expected}
        if pair:
            info["pair"] = True
            info["actual2"] = locs[i + 1] if i + 1 < len(locs) else TOP
        raise Fail("bad_local", self.pc, **info)

    def set_local(self, i, t):
        locs = self.locs
        if locs[i] != t:
            locs[i] = t
            self.gen += 1

    # ------------------------------------------------------------- loads
    def op_ldc(self, ins):
        self.push(ins[3])

    def op_iload(self, ins):
        i = ins[3]
        if self.locs[i] != INT:
            self.bad_local(i, INT)
        self.push1(INT)

    def op_fload(self, ins):
        i = ins[3]
        if self.locs[i] != FLOAT:
            self.bad_local(i, FLOAT)
        self.push1(FLOAT)

    def op_lload(self, ins):
        i = ins[3]
        locs = self.locs
        if locs[i] != LONG or locs[i + 1] != LONG2:
            self.bad_local(i, LONG, pair=True)
        self.push(_L)

    def op_dload(self, ins):
        i = ins[3]
        locs = self.locs
        if locs[i] != DOUBLE or locs[i + 1] != DOUBLE2:
            self.bad_local(i, DOUBLE, pair=True)
        self.push(_D)

    def op_aload(self, ins):
        i = ins[3]
        t = self.locs[i]
        if not is_reference(t):
            self.bad_local(i, REFERENCE)
        self.push1(t)

    # ------------------------------------------------------------- stores
    def op_istore(self, ins):
        self.pop_prim(INT)
        self.set_local(ins[3], INT)

    def op_fstore(self, ins):
        self.pop_prim(FLOAT)
        self.set_local(ins[3], FLOAT)

    def op_lstore(self, ins):
        self.pop_value(_L)
        i = ins[3]
        self.set_local(i, LONG)
        self.set_local(i + 1, LONG2)

    def op_dstore(self, ins):
        self.pop_value(_D)
        i = ins[3]
        self.set_local(i, DOUBLE)
        self.set_local(i + 1, DOUBLE2)

    def op_astore(self, ins):
        st = self.stack
        if not st:
            self.fail("underflow")
        t = st[-1]
        if not (is_reference(t) or (t >= RA_BASE and not self.env.typecheck)):
            self.bad(len(st) - 1, t, REFERENCE)
        st.pop()
        self.set_local(ins[3], t)

    def op_iinc(self, ins):
        i = ins[3]
        if self.locs[i] != INT:
            self.bad_local(i, INT)

    # ------------------------------------------------------------- arrays
    def op_xaload(self, ins):
        kop = ins[2]
        st = self.stack
        n = len(st)
        if n < 1:
            self.fail("underflow")
        if st[-1] != INT:
            self.bad(n - 1, st[-1], INT)
        if n < 2:
            self.fail("underflow")
        arr = st[-2]
        name = _OPNAME[kop]
        if kop == 50:                                   # aaload
            if arr == NULL:
                res = (NULL,)
            elif type(arr) is str and arr[0] == "[" and arr[1] in "L[":
                res = (component_of(arr),)
            else:
                self.bad(n - 2, arr, REFERENCE if type(arr) is not str else "[Ljava/lang/Object;",
                         suffix=" in aaload", what=name, array=True)
        else:
            if arr != NULL and arr not in _ARRAY_LOAD[kop]:
                self.bad(n - 2, arr, _ARRAY_LOAD[kop][0], suffix=" in " + name, what=name,
                         array=True)
            res = _ELEM[kop]
        del st[-2:]
        self.push(res)

    def op_xastore(self, ins):
        kop = ins[2]
        st = self.stack
        name = _OPNAME[kop]
        if kop == 83:                                   # aastore
            self.pop_object(OBJECT)
        else:
            self.pop_value(_ELEM[kop])
        self.pop_prim(INT)
        n = len(st)
        if not n:
            self.fail("underflow")
        arr = st[-1]
        if kop == 83:
            if arr != NULL and not (type(arr) is str and arr[0] == "[" and arr[1] in "L["):
                self.bad(n - 1, arr, "[Ljava/lang/Object;", suffix=" in aastore", what=name,
                         array=True)
        elif arr != NULL and arr not in _ARRAY_STORE[kop]:
            self.bad(n - 1, arr, _ARRAY_STORE[kop][0], suffix=" in " + name, what=name,
                     array=True)
        st.pop()

    def op_arraylength(self, ins):
        st = self.stack
        if not st:
            self.fail("underflow")
        t = st[-1]
        if t != NULL and not (type(t) is str and t[0] == "["):
            self.bad(len(st) - 1, t, ARRAY, suffix=" in arraylength", what="arraylength")
        st[-1] = INT

    def op_newarray(self, ins):
        self.pop_prim(INT)
        self.push1(ins[3])

    def op_anewarray(self, ins):
        self.pop_prim(INT)
        self.push1(array_of(ins[3]))

    def op_multianewarray(self, ins):
        for _ in range(ins[4]):
            self.pop_prim(INT)
        self.push1(ins[3])

    # ------------------------------------------------------------- stack
    def _cat1(self, j, n):
        st = self.stack
        if j < 0:
            self.fail("underflow")
        t = st[j]
        if t in _NOT_CAT1:
            self.bad(j, t, CAT1, what="split")
        return t

    def op_pop(self, ins):
        st = self.stack
        self._cat1(len(st) - 1, 0)
        st.pop()

    def op_pop2(self, ins):
        st = self.stack
        n = len(st)
        if n < 1:
            self.fail("underflow")
        if st[-1] in _SECOND:
            del st[-2:]
            return
        self._cat1(n - 1, 0)
        self._cat1(n - 2, 0)
        del st[-2:]

    def op_dup(self, ins):
        st = self.stack
        t = self._cat1(len(st) - 1, 0)
        self.push1(t)

    def op_dup_x1(self, ins):
        st = self.stack
        n = len(st)
        v1 = self._cat1(n - 1, 0)
        self._cat1(n - 2, 0)
        if n + 1 > self.max_stack:
            self.fail("overflow")
        st.insert(n - 2, v1)

    def op_dup_x2(self, ins):
        st = self.stack
        n = len(st)
        v1 = self._cat1(n - 1, 0)
        if n < 2:
            self.fail("underflow")
        if st[-2] in _SECOND:
            if n < 3:
                self.fail("underflow")
        else:
            self._cat1(n - 2, 0)
            self._cat1(n - 3, 0)
        if n + 1 > self.max_stack:
            self.fail("overflow")
        st.insert(n - 3, v1)

    def _top2(self, n):
        """Check the top two slots form one category-2 or two category-1 values."""
        st = self.stack
        if n < 1:
            self.fail("underflow")
        if st[-1] in _SECOND:
            if n < 2:
                self.fail("underflow")
            return
        self._cat1(n - 1, 0)
        self._cat1(n - 2, 0)

    def op_dup2(self, ins):
        st = self.stack
        n = len(st)
        self._top2(n)
        if n + 2 > self.max_stack:
            self.fail("overflow")
        st.extend(st[-2:])

    def op_dup2_x1(self, ins):
        st = self.stack
        n = len(st)
        self._top2(n)
        self._cat1(n - 3, 0)
        if n + 2 > self.max_stack:
            self.fail("overflow")
        st[n - 3:n - 3] = st[n - 2:]

    def op_dup2_x2(self, ins):
        st = self.stack
        n = len(st)
        self._top2(n)
        if n < 3:
            self.fail("underflow")
        if st[-3] in _SECOND:
            if n < 4:
                self.fail("underflow")
        else:
            self._cat1(n - 3, 0)
            self._cat1(n - 4, 0)
        if n + 2 > self.max_stack:
            self.fail("overflow")
        st[n - 4:n - 4] = st[n - 2:]

    def op_swap(self, ins):
        st = self.stack
        n = len(st)
        self._cat1(n - 1, 0)
        self._cat1(n - 2, 0)
        st[-1], st[-2] = st[-2], st[-1]

    # ------------------------------------------------------------- control
    def op_if_acmp(self, ins):
        if self.old:
            self.pop_object(OBJECT)
            self.pop_object(OBJECT)
        else:
            self.pop_reference()
            self.pop_reference()

    def op_ifnull(self, ins):
        if self.old:
            self.pop_object(OBJECT)
        else:
            self.pop_reference()

    def op_jsr(self, ins):
        self.push1(RA_BASE + ins[5])

    def op_ret(self, ins):
        i = ins[3]
        t = self.locs[i]
        if type(t) is not int or t < RA_BASE:
            self.fail("bad_ret", index=i, actual=t)

    def op_xreturn(self, ins):
        kop = ins[2]
        rs = self.env.ret_slots
        st = self.stack
        if kop == 176:                                  # areturn
            if not st:
                self.fail("underflow")
            t = st[-1]
            if not rs:
                if not is_reference(t):
                    self.bad(len(st) - 1, t, REFERENCE)
                self.fail("return_unexpected", actual=t, index=len(st) - 1)
            e = rs[0]
            if type(e) is not str:
                self.fail("bad_return", actual=t, expected=e, index=len(st) - 1)
            if t != e and t != NULL and not (type(t) is str and self.ref_assignable(t, e)):
                if self.old:
                    self.bad(len(st) - 1, t, e, context="return")
                self.fail("bad_return", actual=t, expected=e, index=len(st) - 1)
            st.pop()
            return
        v = (INT,) if kop == 172 else _L if kop == 173 else (FLOAT,) if kop == 174 else _D
        n = len(st)
        self.pop_value(v)
        if rs != v:
            if not rs:
                self.fail("return_unexpected", actual=v[0], expected=TOP, index=n - len(v))
            self.fail("bad_return", actual=v[0], expected=rs[0], index=n - len(v))

    def op_return(self, ins):
        env = self.env
        if env.ret_slots:
            self.fail("return_expected")
        if env.is_init and self.flag:
            self.fail("ctor_no_super")

    def op_athrow(self, ins):
        self.pop_object(THROWABLE, context="throw")

    # ------------------------------------------------------------- objects
    def op_getstatic(self, ins):
        self.push(arg_field(ins[3].descriptor))

    def op_putstatic(self, ins):
        self.pop_value(arg_field(ins[3].descriptor), context="field")

    def check_protected(self, e, is_method, insn):
        """JVMS 4.10.1.8: a protected member of a superclass in another runtime
        package is used only through objects of the current class (the receiver
        is on top of the stack)."""
        env = self.env
        owner_of = getattr(env.hierarchy, "protected_member_owner", None)
        st = self.stack
        target = e.class_name
        if owner_of is None or not st or target == env.class_name or target[0] == "[" \
                or _package(target) == _package(env.class_name):
            return
        sup = env.super_class
        while sup is not None and sup != target:
            sup = env.hierarchy.superclass_of(sup)
        if sup is None:
            return
        owner = owner_of(target, e.name, e.descriptor, is_method)
        if owner is None or _package(owner) == _package(env.class_name):
            return
        t = st[-1]
        if type(t) is not str or (t[0] == "[" and e.name == "clone"):
            return
        if not self.ref_assignable(t, env.class_name):
            self.fail("protected", insn=insn, actual=t, expected=env.class_name, index=len(st) - 1)

    def op_getfield(self, ins):
        e = ins[3]
        self.check_protected(e, False, "getfield")
        self.pop_object(e.class_name, context="field")
        self.push(arg_field(e.descriptor))

    def op_putfield(self, ins):
        e = ins[3]
        self.pop_value(arg_field(e.descriptor), context="field")
        st = self.stack
        if st and st[-1] == UNINIT_THIS and e.class_name == self.env.class_name and \
                self.env.declares_field(e.name, e.descriptor):
            st.pop()
            return
        self.check_protected(e, False, "putfield")
        self.pop_object(e.class_name, context="field", suffix=" in putfield")

    def op_invoke(self, ins):
        kop = ins[2]
        e = ins[3]
        values, ret = arg_values(e.descriptor)
        pop_value = self.pop_value
        for v in values:
            pop_value(v, "arg")
        if kop == 184 or kop == 186:                     # invokestatic, invokedynamic
            pass
        elif kop == 183:
            if e.name == "<init>":
                self.init_call(e)
            else:
                self.special_call(e)
        else:
            if kop == 182:
                self.check_protected(e, True, "invokevirtual")
            self.pop_object(e.class_name, context="receiver")
        if ret:
            self.push(ret)

    def init_call(self, e):
        st = self.stack
        env = self.env
        if not st:
            self.fail("underflow")
        t = st[-1]
        if t == UNINIT_THIS:
            if e.class_name != env.class_name and e.class_name != env.super_class:
                self.fail("bad_init_call", actual=e.class_name, expected=env.class_name)
            new_t = env.class_name
            if self.flag:
                self.flag = False
                self.gen += 1
        elif type(t) is int and UNINIT_BASE <= t < RA_BASE:
            cls = self.dec.new_class.get(t - UNINIT_BASE)
            if cls != e.class_name:
                self.fail("wrong_init", actual=cls if cls is not None else TOP,
                          expected=e.class_name)
            new_t = cls
        else:
            self.fail("init_operand", actual=t, index=len(st) - 1)
        st.pop()
        if t in st:
            for i, x in enumerate(st):
                if x == t:
                    st[i] = new_t
        locs = self.locs
        if t in locs:
            for i, x in enumerate(locs):
                if x == t:
                    locs[i] = new_t
            self.gen += 1

    def special_call(self, e):
        env = self.env
        cls = e.class_name
        if cls != env.class_name:
            if type(e) is CpInterfaceMethodref:
                if cls not in env.interfaces:
                    self.fail("invokespecial_itf")
            elif not self.ref_assignable(env.class_name, cls):
                self.fail("invokespecial_class")
        self.pop_object(env.class_name, context="receiver")

    def op_new(self, ins):
        t = UNINIT_BASE + ins[0]
        st = self.stack
        if t in st:
            self.fail("uninit_new", target=ins[0])
        locs = self.locs
        if t in locs:
            for i, x in enumerate(locs):
                if x == t:
                    locs[i] = TOP
            self.gen += 1
        self.push1(t)

    def op_checkcast(self, ins):
        self.pop_object(OBJECT)
        self.push1(ins[3])

    def op_instanceof(self, ins):
        self.pop_object(OBJECT)
        self.push1(INT)

    def op_monitor(self, ins):
        if self.old:
            self.pop_object(OBJECT)
        else:
            self.pop_reference()


_field_cache = {}


def arg_field(desc):
    """Slot tuple of a field descriptor (cached)."""
    r = _field_cache.get(desc)
    if r is None:
        from .vtypes import field_slots
        r = field_slots(desc)
        _field_cache[desc] = r
    return r


def _package(class_name):
    return class_name.rpartition("/")[0]
