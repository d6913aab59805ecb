"""Helpful NullPointerException messages, as OpenJDK 17 prints them (JEP 358).

When the interpreter raises an implicit NullPointerException at bytecode index
``pc``, ``getMessage()`` computes, on demand::

    helpful_message(code_attr, constant_pool, is_static, pc, descriptor=None)

which returns e.g. ``'Cannot invoke "String.length()" because "<local1>" is
null'``, or None where there is no such message (``pc`` is not an instruction
that dereferences a reference; undecodable code).  It never raises.

``descriptor`` (the method's descriptor, e.g. ``"(JLjava/lang/String;)V"``)
is optional but needed for exact parameter names: without a
LocalVariableTable the JDK calls an untouched parameter ``<parameterN>``
(N counts declared parameters from 1) and any other slot ``<localN>`` (N is
the slot).  Without the descriptor the parameter layout is inferred from the
code (slots read before any store), which is exact unless a parameter that
is never read before being stored (typically an unused long or double)
precedes the one described.

How it works
------------
1. ``_Analysis`` is a small abstract interpreter: every operand-stack slot
   holds the bci of the instruction that pushed it (``_AMBIGUOUS`` where
   paths that merge disagree), plus a bit mask of the locals stored so far.
   Long/double values take two stack slots, so the dup/pop/swap family is
   exact.  ``checkcast`` leaves its operand's producer in place.
2. The *action* is named by the faulting instruction (``Cannot read field
   "x"``); the *cause* by the instruction that pushed the null operand, which
   ``_describe`` turns into source-like text.

Rules, as observed on OpenJDK 17 (tests/unit/npe_fixtures records them):

* A method call is ``the return value of "C.m(T1, T2)"``; everything else
  is quoted: ``"<local4>"``, ``"name"``, ``"this.f"``, ``"pkg.C.f"`` (static),
  ``"a[2]"``, ``"a[i]"``, ``"a[...]"``, ``"pkg.C.m().f"``, ``"null"``.  A
  producer that cannot be described (merged paths, ``new``, ...) drops the
  cause; a null from ``invokedynamic`` or ``ldc`` (a dynamic constant) leaves
  it unfinished: ``... because "``.
* Class names are external names (``java.util.Map``, ``npe.Node$Inner``,
  ``[Ljava.lang.String;`` for an array receiver); in method names and
  parameter types ``java.lang.Object`` and ``java.lang.String`` print as
  ``Object`` and ``String``.
* Detail is limited: stepping into a field's object or an array's reference
  spends one of 5 levels.  A field whose object is beyond the limit (or not
  describable) prints alone (``next.next.next.next.next``), an array prints
  as ``<array>``.  An index is described at its array access's level; only
  ``iconst``/``bipush``/``sipush`` constants, locals, fields, calls and
  elements of int or object arrays describe it, anything else is ``...``.
* Each instruction is simulated once, in bci order, with what its
  predecessors simulated so far delivered (another pass picks up code first
  reached by a backward branch).  So a backward branch into code already
  simulated changes nothing, exception handlers start with an empty stored
  mask, and code after ``jsr`` is not reached at all (no cause).
* A parameter slot counts as stored (so ``<localN>``) if a store (not
  ``iinc``) to it reaches the load that way; slots from 64 up always count
  as stored.  In an instance method an unstored slot 0 is ``this``.
* A LocalVariableTable name is used when an entry for the slot covers the
  bci just *after* the load.
"""

import heapq

from .opcodes import OPCODES as _OP

__all__ = ["helpful_message"]

MAX_DETAIL = 5

# Pseudo producers of stack slots.
_AMBIGUOUS = -1   # different instructions on paths that merge here
_CAUGHT = -2      # the exception object at a handler's entry
_RETURN_ADDRESS = -3

_MAX_DESCRIBE_CALLS = 200

_TYPE_NAMES = {"B": "byte", "C": "char", "D": "double", "F": "float", "I": "int",
               "J": "long", "S": "short", "Z": "boolean", "V": "void"}

_ARRAY_KIND = {"iaload": "int", "laload": "long", "faload": "float", "daload": "double",
               "aaload": "object", "baload": "byte/boolean", "caload": "char",
               "saload": "short"}
_ARRAY_KIND.update({k[:-4] + "store": v for k, v in _ARRAY_KIND.items()})

_INVOKES = frozenset(_OP[n] for n in ("invokevirtual", "invokespecial", "invokestatic",
                                       "invokeinterface"))


class _Malformed(Exception):
    """The code cannot be decoded or simulated."""


def helpful_message(code_attr, constant_pool, is_static, pc, descriptor=None):
    """The JDK 17 message of an implicit NPE raised at ``pc``, or None."""
    try:
        method = _Method(code_attr, constant_pool, is_static, descriptor)
        action = method.action(pc)
    except Exception:  # the VM calls this on arbitrary code: never raise
        return None
    if action is None:
        return None
    try:
        return action + method.cause(pc)
    except Exception:
        return action


# ---------------------------------------------------------------------------
# Decoding


class _Insn:
    """One decoded instruction.  ``slot``: local index of loads/stores/iinc/ret;
    ``value``: constant of iconst/bipush/sipush; ``cp``: constant-pool index;
    ``targets``: branch targets (absolute)."""

    __slots__ = ("bci", "op", "name", "next", "slot", "value", "cp", "targets", "dims")

    def __init__(self, bci, op):
        self.bci = bci
        self.op = op
        self.name = _MNEMONIC[op]
        self.next = bci + 1
        self.slot = None
        self.value = None
        self.cp = None
        self.targets = ()
        self.dims = 0


_MNEMONIC = {v: k for k, v in _OP.items()}
_LOADS = frozenset(("iload", "lload", "fload", "dload", "aload"))
_STORES = frozenset(("istore", "lstore", "fstore", "dstore", "astore"))
_LOCAL_OPS = _LOADS | _STORES | {"ret"}


def _u1(code, i):
    if i >= len(code):
        raise _Malformed("truncated")
    return code[i]


def _u2(code, i):
    return (_u1(code, i) << 8) | _u1(code, i + 1)


def _s2(code, i):
    v = _u2(code, i)
    return v - 0x10000 if v & 0x8000 else v


def _s4(code, i):
    v = (_u2(code, i) << 16) | _u2(code, i + 2)
    return v - 0x100000000 if v & 0x80000000 else v


def _decode(code):
    """All instructions of ``code`` by bci, in order."""
    insns = {}
    bci = 0
    while bci < len(code):
        op = code[bci]
        if op not in _MNEMONIC:
            raise _Malformed(f"unknown opcode {op}")
        insn = _Insn(bci, op)
        name = insn.name
        if name == "wide":
            op = _u1(code, bci + 1)
            insn.op, insn.name = op, _MNEMONIC.get(op)
            if insn.name not in _LOCAL_OPS and insn.name != "iinc":
                raise _Malformed("bad wide instruction")
            insn.slot = _u2(code, bci + 2)
            insn.next = bci + (6 if insn.name == "iinc" else 4)
        elif name in _LOCAL_OPS:
            insn.slot = _u1(code, bci + 1)
            insn.next = bci + 2
        elif name[:-2] in _LOCAL_OPS and name[-2] == "_":
            insn.slot = int(name[-1])               # aload_0 ... dstore_3
        elif name == "iinc":
            insn.slot = _u1(code, bci + 1)
            insn.next = bci + 3
        elif name.startswith("iconst_"):
            insn.value = -1 if name == "iconst_m1" else int(name[-1])
        elif name == "bipush":
            v = _u1(code, bci + 1)
            insn.value = v - 256 if v & 0x80 else v
            insn.next = bci + 2
        elif name == "sipush":
            insn.value = _s2(code, bci + 1)
            insn.next = bci + 3
        elif name in ("ldc", "newarray"):
            insn.cp = _u1(code, bci + 1)
            insn.next = bci + 2
        elif name in ("ldc_w", "ldc2_w", "getstatic", "putstatic", "getfield", "putfield",
                      "invokevirtual", "invokespecial", "invokestatic", "new", "anewarray",
                      "checkcast", "instanceof"):
            insn.cp = _u2(code, bci + 1)
            insn.next = bci + 3
        elif name in ("invokeinterface", "invokedynamic"):
            insn.cp = _u2(code, bci + 1)
            insn.next = bci + 5
        elif name == "multianewarray":
            insn.cp = _u2(code, bci + 1)
            insn.dims = _u1(code, bci + 3)
            insn.next = bci + 4
        elif name.startswith("if") or name in ("goto", "jsr"):
            insn.targets = (bci + _s2(code, bci + 1),)
            insn.next = bci + 3
        elif name in ("goto_w", "jsr_w"):
            insn.targets = (bci + _s4(code, bci + 1),)
            insn.next = bci + 5
        elif name == "tableswitch":
            p = (bci + 4) & ~3
            low, high = _s4(code, p + 4), _s4(code, p + 8)
            if high < low or high - low > len(code):
                raise _Malformed("bad tableswitch")
            n = high - low + 1
            insn.targets = tuple(bci + _s4(code, p + 4 * i) for i in [0] + list(range(3, 3 + n)))
            insn.next = p + 12 + 4 * n
        elif name == "lookupswitch":
            p = (bci + 4) & ~3
            n = _s4(code, p + 4)
            if n < 0 or n > len(code):
                raise _Malformed("bad lookupswitch")
            insn.targets = (bci + _s4(code, p),) + tuple(
                bci + _s4(code, p + 12 + 8 * i) for i in range(n))
            insn.next = p + 8 + 8 * n
        if insn.next > len(code):
            raise _Malformed("truncated instruction")
        insns[bci] = insn
        bci = insn.next
    return insns


# ---------------------------------------------------------------------------
# Descriptors and names


def _field_types(descriptor):
    """Split a sequence of field descriptors ("IJ[Ljava/lang/String;") into items."""
    out, i = [], 0
    while i < len(descriptor):
        j = i
        while descriptor[j] == "[":
            j += 1
        if descriptor[j] == "L":
            end = descriptor.index(";", j)
            j = end
        elif descriptor[j] not in _TYPE_NAMES:
            raise _Malformed("bad descriptor")
        out.append(descriptor[i:j + 1])
        i = j + 1
    return out


def _method_types(descriptor):
    """(parameter descriptors, return descriptor) of a method descriptor."""
    close = descriptor.index(")")
    if not descriptor.startswith("("):
        raise _Malformed("bad method descriptor")
    return _field_types(descriptor[1:close]), descriptor[close + 1:]


def _size(field_descriptor):
    if field_descriptor == "V":
        return 0
    return 2 if field_descriptor in ("J", "D") else 1


def _class_name(internal):
    """External class name; Object and String lose their package."""
    name = internal.replace("/", ".")
    if name in ("java.lang.Object", "java.lang.String"):
        return name[len("java.lang."):]
    return name


def _type_name(field_descriptor):
    dims = len(field_descriptor) - len(field_descriptor.lstrip("["))
    base = field_descriptor[dims:]
    name = _class_name(base[1:-1]) if base.startswith("L") else _TYPE_NAMES[base]
    return name + "[]" * dims


_REF_TAGS = {"getstatic": (9,), "putstatic": (9,), "getfield": (9,), "putfield": (9,),
             "invokevirtual": (10,), "invokespecial": (10, 11), "invokestatic": (10, 11),
             "invokeinterface": (11,), "invokedynamic": (18,)}


def _ref(pool, insn):
    """The Fieldref/Methodref/... entry ``insn`` refers to, checked."""
    entry = pool[insn.cp] if 0 < insn.cp < len(pool) else None
    if getattr(entry, "tag", None) not in _REF_TAGS[insn.name]:
        raise _Malformed(f"bad constant-pool reference at {insn.bci}")
    return entry


def _method_name(ref):
    params, _ret = _method_types(ref.descriptor)
    holder = ref.class_name
    holder = holder.replace("/", ".") if holder.startswith("[") else _class_name(holder)
    return f"{holder}.{ref.name}({', '.join(_type_name(p) for p in params)})"


# ---------------------------------------------------------------------------
# Data flow


class _State:
    """Producers of the operand-stack slots (bottom first) and stored locals."""

    __slots__ = ("stack", "stored")

    def __init__(self, stack, stored):
        self.stack = stack
        self.stored = stored


def _merge_stacks(a, b):
    if len(a) != len(b):
        raise _Malformed("stack depth differs at a merge")
    if a == b:
        return a
    return tuple(x if x == y else _AMBIGUOUS for x, y in zip(a, b))


# Plain stack effects in slots: name -> (popped, pushed).  Instructions that
# need the constant pool, shuffle the stack or change control flow are
# handled in _Analysis._step.
_EFFECTS = {"nop": (0, 0), "aconst_null": (0, 1), "lconst_0": (0, 2), "lconst_1": (0, 2),
            "fconst_0": (0, 1), "fconst_1": (0, 1), "fconst_2": (0, 1),
            "dconst_0": (0, 2), "dconst_1": (0, 2), "bipush": (0, 1), "sipush": (0, 1),
            "iinc": (0, 0), "new": (0, 1), "newarray": (1, 1), "anewarray": (1, 1),
            "arraylength": (1, 1), "instanceof": (1, 1), "monitorenter": (1, 0),
            "monitorexit": (1, 0), "pop": (1, 0), "pop2": (2, 0),
            "lcmp": (4, 1), "fcmpl": (2, 1), "fcmpg": (2, 1), "dcmpl": (4, 1), "dcmpg": (4, 1),
            "i2l": (1, 2), "i2f": (1, 1), "i2d": (1, 2), "l2i": (2, 1), "l2f": (2, 1),
            "l2d": (2, 2), "f2i": (1, 1), "f2l": (1, 2), "f2d": (1, 2), "d2i": (2, 1),
            "d2l": (2, 2), "d2f": (2, 1), "i2b": (1, 1), "i2c": (1, 1), "i2s": (1, 1),
            "ineg": (1, 1), "fneg": (1, 1), "lneg": (2, 2), "dneg": (2, 2),
            "lshl": (3, 2), "lshr": (3, 2), "lushr": (3, 2)}
for _n in ("iconst_m1", "iconst_0", "iconst_1", "iconst_2", "iconst_3", "iconst_4", "iconst_5"):
    _EFFECTS[_n] = (0, 1)
for _t, _w in (("i", 1), ("l", 2), ("f", 1), ("d", 2), ("a", 1)):
    _EFFECTS[_t + "load"] = (0, _w)
    _EFFECTS[_t + "store"] = (_w, 0)
    for _k in range(4):
        _EFFECTS[f"{_t}load_{_k}"] = (0, _w)
        _EFFECTS[f"{_t}store_{_k}"] = (_w, 0)
for _t, _w in (("i", 1), ("l", 2), ("f", 1), ("d", 2)):
    for _o in ("add", "sub", "mul", "div", "rem"):
        _EFFECTS[_t + _o] = (2 * _w, _w)
for _o in ("shl", "shr", "ushr", "and", "or", "xor"):
    _EFFECTS["i" + _o] = (2, 1)
for _o in ("and", "or", "xor"):
    _EFFECTS["l" + _o] = (4, 2)
for _n, _w in _ARRAY_KIND.items():
    wide = _n[0] in "ld"
    _EFFECTS[_n] = (2, 2 if wide else 1) if _n.endswith("load") else (4 if wide else 3, 0)

# Shuffles: name -> (popped, indexes into the popped slots, bottom first, to push).
_SHUFFLES = {"dup": (1, (0, 0)), "dup_x1": (2, (1, 0, 1)), "dup_x2": (3, (2, 0, 1, 2)),
             "dup2": (2, (0, 1, 0, 1)), "dup2_x1": (3, (1, 2, 0, 1, 2)),
             "dup2_x2": (4, (2, 3, 0, 1, 2, 3)), "swap": (2, (1, 0))}

_ENDS = frozenset(("ireturn", "lreturn", "freturn", "dreturn", "areturn", "return",
                   "athrow", "ret"))
_BRANCH_POPS = {"ifeq": 1, "ifne": 1, "iflt": 1, "ifge": 1, "ifgt": 1, "ifle": 1,
                "ifnull": 1, "ifnonnull": 1, "if_icmpeq": 2, "if_icmpne": 2, "if_icmplt": 2,
                "if_icmpge": 2, "if_icmpgt": 2, "if_icmple": 2, "if_acmpeq": 2,
                "if_acmpne": 2, "goto": 0, "goto_w": 0, "tableswitch": 1, "lookupswitch": 1}


class _Analysis:
    """States before every reachable instruction of one method."""

    def __init__(self, insns, code_attr, pool):
        self.insns = insns
        self.pool = pool
        self.states = {}
        self._run(code_attr)

    def _run(self, code_attr):
        """Simulate each reachable instruction once, in bci order.

        The state of an instruction merges what its predecessors simulated
        before it delivered (fall-through, forward branches, and backward
        branches from an earlier pass); what arrives after it was simulated
        is dropped (OpenJDK 17 behaves so).  Another pass runs while
        backward branches reach code not simulated yet."""
        states = self.states
        states[0] = _State((), 0)
        for handler in code_attr.exception_table or ():
            # A handler starts with just the exception and no stored locals.
            states[handler.handler_pc] = _State((_CAUGHT,), 0)
        this_pass = sorted(set(states) & set(self.insns))
        next_pass = []
        done = set()
        while this_pass:
            bci = heapq.heappop(this_pass)
            if bci not in done:
                done.add(bci)
                for target, after in self._step(self.insns[bci], states[bci]):
                    if target not in self.insns:
                        raise _Malformed("branch into the middle of an instruction")
                    if target in done:
                        continue
                    old = states.get(target)
                    if old is not None:
                        after = _State(_merge_stacks(old.stack, after.stack),
                                       old.stored | after.stored)
                    states[target] = after
                    heapq.heappush(this_pass if target > bci else next_pass, target)
            if not this_pass:
                this_pass, next_pass = next_pass, []
                heapq.heapify(this_pass)

    def _step(self, insn, state):
        """Successor (target bci, state) pairs of ``insn`` executed in ``state``."""
        stack, stored = list(state.stack), state.stored
        name, bci = insn.name, insn.bci

        def pop(n):
            if n > len(stack):
                raise _Malformed("stack underflow")
            popped = stack[len(stack) - n:]
            del stack[len(stack) - n:]
            return popped

        if name in _EFFECTS:
            popped, pushed = _EFFECTS[name]
            pop(popped)
            stack.extend([bci] * pushed)
            if name.split("_")[0] in _STORES:
                width = 2 if name[0] in "ld" else 1
                for s in range(insn.slot, insn.slot + width):
                    if s < 64:
                        stored |= 1 << s
        elif name in _SHUFFLES:
            n, order = _SHUFFLES[name]
            popped = pop(n)
            stack.extend(popped[i] for i in order)
        elif name == "checkcast":
            stack.extend(pop(1))
        elif name in ("ldc", "ldc_w"):
            stack.append(bci)
        elif name == "ldc2_w":
            stack.extend((bci, bci))
        elif name in ("getstatic", "putstatic", "getfield", "putfield"):
            width = _size(_ref(self.pool, insn).descriptor)
            if name == "getfield":
                pop(1)
            if name.startswith("get"):
                stack.extend([bci] * width)
            else:
                pop(width + (name == "putfield"))
        elif name.startswith("invoke"):
            params, ret = _method_types(_ref(self.pool, insn).descriptor)
            pop(sum(_size(p) for p in params) + (name not in ("invokestatic", "invokedynamic")))
            stack.extend([bci] * _size(ret))
        elif name == "multianewarray":
            pop(insn.dims)
            stack.append(bci)
        elif name in ("jsr", "jsr_w"):
            # The subroutine gets a return address.  Like the JDK, the code
            # after a jsr is not followed (it is reached only through ret).
            return [(insn.targets[0], _State(tuple(stack) + (_RETURN_ADDRESS,), stored))]
        elif name in _BRANCH_POPS:
            pop(_BRANCH_POPS[name])
            after = _State(tuple(stack), stored)
            successors = [(t, after) for t in insn.targets]
            if name not in ("goto", "goto_w", "tableswitch", "lookupswitch"):
                successors.append((insn.next, after))
            return successors
        elif name in _ENDS:
            return []
        else:
            raise _Malformed(f"unexpected {name}")
        return [(insn.next, _State(tuple(stack), stored))]


# ---------------------------------------------------------------------------
# The message


class _Method:
    def __init__(self, code_attr, pool, is_static, descriptor):
        self.code_attr = code_attr
        self.code = bytes(code_attr.code)
        self.pool = pool
        self.is_static = bool(is_static)
        self.descriptor = descriptor
        self._insns = None
        self._analysis = None
        self._params = None
        self._describe_budget = _MAX_DESCRIBE_CALLS

    @property
    def insns(self):
        if self._insns is None:
            self._insns = _decode(self.code)
        return self._insns

    @property
    def analysis(self):
        if self._analysis is None:
            self._analysis = _Analysis(self.insns, self.code_attr, self.pool)
        return self._analysis

    # -- the action: what the faulting instruction could not do --------------

    def action(self, pc):
        insn = self.insns.get(pc)
        if insn is None:
            return None
        name = insn.name
        if name == "getfield":
            return f'Cannot read field "{_ref(self.pool, insn).name}"'
        if name == "putfield":
            return f'Cannot assign field "{_ref(self.pool, insn).name}"'
        if name in ("invokevirtual", "invokespecial", "invokeinterface"):
            return f'Cannot invoke "{_method_name(_ref(self.pool, insn))}"'
        if name in _ARRAY_KIND:
            verb = "load from" if name.endswith("load") else "store to"
            return f"Cannot {verb} {_ARRAY_KIND[name]} array"
        return {"arraylength": "Cannot read the array length",
                "athrow": "Cannot throw exception",
                "monitorenter": "Cannot enter synchronized block",
                "monitorexit": "Cannot exit synchronized block"}.get(name)

    def _null_operand_depth(self, insn):
        """Stack slots above the reference that was null."""
        name = insn.name
        if name == "putfield":
            return _size(_ref(self.pool, insn).descriptor)
        if name.startswith("invoke"):
            params, _ret = _method_types(_ref(self.pool, insn).descriptor)
            return sum(_size(p) for p in params)
        if name in _ARRAY_KIND:
            if name.endswith("load"):
                return 1
            return 3 if name[0] in "ld" else 2
        return 0

    # -- the cause: who pushed the null ---------------------------------------

    def cause(self, pc):
        insn = self.insns[pc]
        state = self.analysis.states.get(pc)
        if state is None:
            return ""
        depth = self._null_operand_depth(insn)
        if depth >= len(state.stack):
            return ""
        source = state.stack[-1 - depth]
        if source < 0:
            return ""
        producer = self.insns[source]
        if producer.op in _INVOKES:
            return f' because the return value of "{_method_name(_ref(self.pool, producer))}" is null'
        if producer.name in ("ldc", "ldc_w", "invokedynamic"):
            # A null dynamic constant or call site: the JDK starts the cause
            # and cannot finish it.
            return ' because "'
        text = self._describe(source, MAX_DETAIL)
        return f' because "{text}" is null' if text is not None else ""

    def _operand(self, bci, depth_from_top):
        stack = self.analysis.states[bci].stack
        if depth_from_top >= len(stack):
            raise _Malformed("operand missing")
        return stack[-1 - depth_from_top]

    def _describe(self, bci, detail):
        """Source-like text for the value pushed at ``bci``, or None."""
        self._describe_budget -= 1
        if detail <= 0 or bci < 0 or self._describe_budget < 0:
            return None
        insn = self.insns[bci]
        name = insn.name
        if name == "aconst_null":
            return "null"
        if insn.value is not None:
            return str(insn.value)
        if name.startswith(("iload", "aload")):
            return self._local_name(insn.slot, bci)
        if name == "getstatic":
            ref = _ref(self.pool, insn)
            return f"{ref.class_name.replace('/', '.')}.{ref.name}"
        if name == "getfield":
            obj = self._describe(self._operand(bci, 0), detail - 1)
            field = _ref(self.pool, insn).name
            return field if obj is None else f"{obj}.{field}"
        if name in ("aaload", "iaload"):
            array = self._describe(self._operand(bci, 1), detail - 1)
            index = self._describe(self._operand(bci, 0), detail)
            return f"{'<array>' if array is None else array}[{'...' if index is None else index}]"
        if insn.op in _INVOKES:
            return _method_name(_ref(self.pool, insn))
        return None

    # -- locals -----------------------------------------------------------------

    def _local_name(self, slot, bci):
        # The JDK looks the slot up at the bci *after* the load.
        after = self.insns[bci].next
        for var in self.code_attr.local_variables or ():
            if var.index == slot and var.start_pc <= after < var.start_pc + var.length:
                return var.name
        stored = self.analysis.states[bci].stored
        untouched = slot < 64 and not (stored >> slot) & 1
        if untouched:
            if slot == 0 and not self.is_static:
                return "this"
            number = self._parameter_numbers().get(slot)
            if number is not None:
                return f"<parameter{number}>"
        return f"<local{slot}>"

    def _parameter_numbers(self):
        """Slot of each declared parameter -> its 1-based position."""
        if self._params is None:
            if self.descriptor is not None:
                sizes = [_size(p) for p in _method_types(self.descriptor)[0]]
            else:
                sizes = _infer_parameter_sizes(self.insns, self.code_attr, not self.is_static)
            self._params = {}
            slot = 0 if self.is_static else 1
            for number, size in enumerate(sizes, 1):
                self._params[slot] = number
                slot += size
        return self._params


def _infer_parameter_sizes(insns, code_attr, has_this):
    """Guess parameter slot sizes from the code alone: a slot that some load
    reads on a path from the entry with no store to it must be a parameter
    (the verifier demands a stored value otherwise); lload/dload mark a
    two-slot one.  Unused parameters count as one slot each."""
    first = 1 if has_this else 0
    handlers = [(h.start_pc, h.end_pc, h.handler_pc) for h in code_attr.exception_table or ()]
    slots = max([code_attr.max_locals] + [i.slot + 2 for i in insns.values() if i.slot is not None])
    # unset[bci]: slots that some path reaches bci without storing.
    unset = {0: (1 << slots) - 1}
    work = [0]
    reads = {}
    while work:
        bci = work.pop()
        insn = insns.get(bci)
        if insn is None:
            continue
        here = unset[bci]
        name = insn.name
        after = here
        if insn.slot is not None and name != "iinc":
            if "load" in name:
                if (here >> insn.slot) & 1:
                    reads[insn.slot] = max(reads.get(insn.slot, 1), 2 if name[0] in "ld" else 1)
            elif "store" in name:
                width = 2 if name[0] in "ld" else 1
                after &= ~(((1 << width) - 1) << insn.slot)
        successors = list(insn.targets)
        if name not in _ENDS and name not in ("goto", "goto_w", "tableswitch", "lookupswitch"):
            successors.append(insn.next)
        edges = [(s, after) for s in successors]
        edges += [(h, here) for start, end, h in handlers if start <= bci < end]
        for target, value in edges:
            old = unset.get(target, 0)
            if value | old != old or target not in unset:
                unset[target] = value | old
                work.append(target)
    if not reads:
        return []
    sizes, slot = [], first
    last = max(reads)
    while slot <= last:
        size = reads.get(slot, 1)
        sizes.append(size)
        slot += size
    return sizes
