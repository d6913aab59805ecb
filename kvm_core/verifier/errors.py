"""VerifyError and the text of its messages.

The verifier raises :class:`Fail` internally (a *kind* plus details); the
driver turns it into a :class:`VerifyError` whose message follows HotSpot:

* type checking (class files >= 50) uses the split verifier's layout::

      Bad type on operand stack
      Exception Details:
        Location:
          Foo.bar(I)V @3: iadd
        Reason:
          Type 'java/lang/String' (current frame, stack[1]) is not assignable to integer
        Current Frame:
          ...

* type inference (class files < 50) uses the old verifier's one-line form,
  ``(class: Foo, method: bar signature: (I)V) Expecting to find integer on stack``,
  followed by the same ``Exception Details`` block so that the pc is named.

A few structural problems are ``java.lang.ClassFormatError`` in HotSpot
(malformed StackMapTable, exception-table entries that do not start at an
instruction); :attr:`VerifyError.java_class` says which Java class the VM
should throw.
"""

from kvm_core.opcodes import MNEMONICS

from .vtypes import (DOUBLE, DOUBLE2, FLOAT, INT, LONG, LONG2, NULL, RA_BASE, REFERENCE, TOP,
                     UNINIT_BASE, UNINIT_THIS, external_name, is_ra, type_name)

__all__ = ["VerifyError", "Fail"]


class VerifyError(Exception):
    """A method failed verification.  ``str(e)`` is the Java message.

    Attributes: ``class_name``, ``method_name``, ``descriptor``, ``pc`` (None
    when the problem is not at one instruction), ``java_class``
    (``"java/lang/VerifyError"`` or ``"java/lang/ClassFormatError"``),
    ``kind`` (an internal key such as ``"bad_stack"``, for tests).
    """

    def __init__(self, message, class_name=None, method_name=None, descriptor=None, pc=None,
                 java_class="java/lang/VerifyError", kind=None):
        Exception.__init__(self, message)
        self.message = message
        self.class_name = class_name
        self.method_name = method_name
        self.descriptor = descriptor
        self.pc = pc
        self.java_class = java_class
        self.kind = kind

    def __str__(self):
        return self.message

    @property
    def first_line(self):
        return self.message.split("\n", 1)[0]


class Fail(Exception):
    """Internal: one verification failure, formatted later by :func:`render`."""

    def __init__(self, kind, pc=None, **info):
        Exception.__init__(self, kind)
        self.kind = kind
        self.pc = pc
        self.info = info
        self.frame = None          # (locals, stack, flag_this_uninit) at the instruction
        self.frame_pc = pc         # ... whose pc is this


# ------------------------------------------------------------------ wording

# kind -> (HotSpot split-verifier headline, reason); "{x}" fields come from Fail.info.
_NEW = {
    "bad_stack": ("Bad type on operand stack{suffix}", None),
    "bad_local": ("Bad local variable type", None),
    "underflow": ("Operand stack underflow", "Attempt to pop empty stack."),
    "overflow": ("Operand stack overflow", "Exceeded max stack size."),
    "local_index": ("Local variable table overflow", "Local index {index} is invalid"),
    "no_frame_target": ("Expecting a stackmap frame at branch target {target}",
                        "Expected stackmap frame at this location."),
    "no_frame_handler": ("Expecting a stackmap frame at branch target {target}",
                         "Expected stackmap frame at this location."),
    "no_frame": ("Expecting a stack map frame", "Expected stackmap frame at this location."),
    "frame_target": ("Inconsistent stackmap frames at branch target {target}", None),
    "frame_fallthrough": ("Instruction type does not match stack map", None),
    "frame_handler": ("Stack map does not match the one at exception handler {target}", None),
    "falls_off": ("Control flow falls through code end", None),
    "bad_target": ("Illegal target of jump or branch", None),
    "catch_type": ("Catch type is not a subclass of Throwable in exception handler {target}",
                   "Type {actual} is not assignable to 'java/lang/Throwable'"),
    "bad_opcode": ("Bad instruction{opsuffix}", None),
    "truncated": ("Bad instruction", None),
    "bad_tableswitch": ("Bad instruction", None),
    "bad_lookupswitch": ("Bad lookupswitch instruction", None),
    "cp_index": ("Illegal constant pool index {index} in class {cls}",
                 "Constant pool index {index} is invalid"),
    "cp_type": ("Illegal type at constant pool entry {index} in class {cls}", None),
    "internal_call": ("Illegal call to internal method", None),
    "bad_init_call": ("Bad <init> method call",
                      "Type {actual} is not assignable to {expected}"),
    "wrong_init": ("Call to wrong <init> method",
                   "Type {actual} is not assignable to {expected}"),
    "init_operand": ("Bad operand type when invoking <init>",
                     "Invalid type: {actual} (current frame, stack[{index}])"),
    "ctor_no_super": ("Constructor must call super() or this() before return", None),
    "return_unexpected": ("Method does not expect a return value", None),
    "return_expected": ("Method expects a return value", None),
    "bad_return": ("Bad return type", None),
    "protected": ("Bad access to protected data in {insn}",
                  "Type {actual} (current frame, stack[{index}]) is not assignable to {expected}"),
    "invokespecial_class": ("Bad invokespecial instruction: current class isn't assignable "
                            "to reference class.", None),
    "invokespecial_itf": ("Bad invokespecial instruction: interface method reference is in "
                          "an indirect superinterface.", None),
    "ii_count": ("Inconsistent args count operand in invokeinterface", None),
    "ii_zero": ("Fourth operand byte of invokeinterface must be zero", None),
    "indy_zero": ("Third and fourth operand bytes of invokedynamic must be zero", None),
    "new_array": ("Illegal new instruction", "Invalid type: {actual} (constant pool {index})"),
    "newarray_type": ("Illegal newarray instruction", None),
    "anewarray_dims": ("Illegal anewarray instruction, array has more than 255 dimensions",
                       None),
    "multianewarray_dims": ("Illegal dimension in multianewarray instruction: {dims}", None),
    "multianewarray_class": ("Illegal constant pool index in multianewarray instruction",
                             "Invalid type: {actual} (constant pool {index})"),
    "uninit_new": ("Uninitialized object exists on backward branch {target}", None),
    "bad_ret": ("Bad instruction", None),
    "recursive_jsr": ("Recursive call to jsr entry", None),
    "stack_height": ("Inconsistent stack height {new} != {old}", None),
    "stack_mismatch": ("Mismatched stack types", None),
    "too_complex": ("Method too complex to verify", None),
    "frame_offset": ("StackMapTable error: bad offset", None),
    "internal": ("Internal verifier error: {detail}", None),
}

# kind -> the old (inference) verifier's message, or None when it depends on details.
_OLD = {
    "underflow": "Unable to pop operand off an empty stack",
    "overflow": "Stack size too large",
    "local_index": "Illegal local variable number",
    "bad_target": "Illegal target of jump or branch",
    "no_frame_target": "Illegal target of jump or branch",
    "falls_off": "Falling off the end of the code",
    "catch_type": "catch_type not a subclass of Throwable",
    "bad_opcode": "Illegal instruction found at offset {pc}",
    "truncated": "Code stops in the middle of instruction  starting at offset {pc}",
    "bad_tableswitch": "Illegal instruction found at offset {pc}",
    "bad_lookupswitch": "Unsorted lookup switch",
    "cp_index": "Illegal constant pool index",
    "cp_type": "Illegal type in constant pool",
    "internal_call": "Must call initializers using invokespecial",
    "bad_init_call": "Call to wrong initialization method",
    "protected": "Bad access to protected data",
    "wrong_init": "Call to wrong initialization method",
    "init_operand": "Expecting to find unitialized object on stack",
    "ctor_no_super": "Constructor must call super() or this()",
    "return_unexpected": "Wrong return type in function",
    "return_expected": "Wrong return type in function",
    "bad_return": "Wrong return type in function",
    "invokespecial_class": "Illegal use of nonvirtual function call",
    "invokespecial_itf": "Illegal use of nonvirtual function call",
    "ii_count": "Inconsistent args_size for invokeinterface",
    "ii_zero": "Fourth operand byte of invokeinterface must be zero",
    "indy_zero": "Illegal instruction found at offset {pc}",
    "new_array": "Illegal creation of multi-dimensional array",
    "newarray_type": "Bad type passed to newarray",
    "anewarray_dims": "Array with too many dimensions",
    "multianewarray_dims": "Illegal dimension argument",
    "multianewarray_class": "Illegal dimension argument",
    "uninit_new": "Uninitialized object on backward branch",
    "bad_ret": "Register {index} contains wrong type",
    "recursive_jsr": "Recursive call to jsr entry",
    "stack_height": "Inconsistent stack height {new} != {old}",
    "stack_mismatch": "Mismatched stack types",
    "too_complex": "Method too complex to verify",
    "internal": "Internal verifier error: {detail}",
}

# What the old verifier says when a value of the wrong kind is on the stack.
_OLD_EXPECT = {INT: "Expecting to find integer on stack", FLOAT: "Expecting to find float on stack",
               LONG: "Expecting to find long on stack", LONG2: "Expecting to find long on stack",
               DOUBLE: "Expecting to find double on stack",
               DOUBLE2: "Expecting to find double on stack"}
_OLD_ARRAY = {"iaload": "ints", "iastore": "ints", "laload": "longs", "lastore": "longs",
              "faload": "floats", "fastore": "floats", "daload": "doubles", "dastore": "doubles",
              "aaload": "objects or arrays", "aastore": "objects or arrays",
              "baload": "bytes or Booleans", "bastore": "bytes or Booleans",
              "caload": "chars", "castore": "chars", "saload": "shorts", "sastore": "shorts"}
_OLD_CONTEXT = {"arg": "Incompatible argument to function",
                "receiver": "Incompatible object argument for function call",
                "field": "Incompatible type for getting or setting field",
                "return": "Wrong return type in function",
                "throw": "Can only throw Throwable objects"}

# Headline suffix HotSpot adds for array and field instructions ("... in iaload").
_SUFFIXED = frozenset(("iaload", "laload", "faload", "daload", "aaload", "baload", "caload",
                       "saload", "iastore", "lastore", "fastore", "dastore", "aastore",
                       "bastore", "castore", "sastore", "arraylength", "putfield"))


def _is_ref(t):
    return type(t) is str or t == NULL


def _is_reference(t):
    return type(t) is str or t == NULL or t == UNINIT_THIS or (
        type(t) is int and UNINIT_BASE <= t < RA_BASE)


def _fmt_args(f):
    d = _Default(f.info)
    d.setdefault("pc", f.pc)
    if d.get("suffix") and not _is_reference(d.get("actual")):
        d["suffix"] = ""          # HotSpot names the instruction only for a wrong reference
    for key in ("actual", "expected"):
        if key in d:
            d[key] = type_name(d[key])
    d.setdefault("suffix", "")
    d.setdefault("opsuffix", "")
    return d


class _Default(dict):
    def __missing__(self, key):
        return "?"


def old_message(f):
    """The old verifier's sentence for failure *f*."""
    k = f.kind
    info = f.info
    if k == "bad_stack":
        exp = info.get("expected")
        act = info.get("actual")
        what = info.get("what")
        if what == "split":
            return "Attempt to split long or double on the stack"
        if what in _OLD_ARRAY and info.get("array"):
            return "Expecting to find array of %s on stack" % _OLD_ARRAY[what]
        if what == "arraylength":
            return "Expecting to find array on stack"
        if exp in _OLD_EXPECT:
            return _OLD_EXPECT[exp]
        ctx = info.get("context")
        if ctx in _OLD_CONTEXT and _is_ref(act):
            return _OLD_CONTEXT[ctx]
        return "Expecting to find object/array on stack"
    if k == "bad_local":
        i = info["index"]
        act = info.get("actual")
        if info.get("pair"):
            act2 = info.get("actual2")
            if act == TOP or act2 == TOP:
                return "Accessing value from uninitialized register pair %d/%d" % (i, i + 1)
            return "Register pair %d/%d contains wrong type" % (i, i + 1)
        if is_ra(act) and info.get("expected") == REFERENCE:
            return "Cannot load return address from register %d" % i
        if act == TOP:
            return "Accessing value from uninitialized register %d" % i
        return "Register %d contains wrong type" % i
    if k in ("frame_target", "frame_fallthrough", "frame_handler", "no_frame",
             "no_frame_handler", "frame_offset"):
        return _NEW[k][0].format_map(_fmt_args(f))
    text = _OLD.get(k)
    if text is None:
        text = _NEW.get(k, (k, None))[0]
    return text.format_map(_fmt_args(f))


def _reason(f):
    k = f.kind
    info = f.info
    where = info.get("where")
    if k in ("bad_stack", "bad_local"):
        slot = "stack" if k == "bad_stack" else "locals"
        exp = info.get("expected")
        tail = " (from method signature)" if info.get("context") == "return" else ""
        return "Type %s (current frame, %s[%d]) is not assignable to %s%s" % (
            type_name(info.get("actual")), slot, info.get("index", 0), type_name(exp), tail)
    if k in ("frame_target", "frame_fallthrough", "frame_handler"):
        if where == "stack_size":
            return "Current frame's stack size doesn't match stackmap."
        if where == "flags":
            return "Current frame's flags are not assignable to stack map frame's."
        return "Type %s (current frame, %s[%d]) is not assignable to %s (stack map, %s[%d])" % (
            type_name(info.get("actual")), where, info.get("index", 0),
            type_name(info.get("expected")), where, info.get("index", 0))
    if k in ("return_unexpected", "bad_return") and "actual" in info:
        return "Type %s (current frame, stack[%d]) is not assignable to %s (from method signature)" % (
            type_name(info["actual"]), info.get("index", 0),
            type_name(info.get("expected", TOP)))
    tmpl = _NEW.get(k, (None, None))[1]
    if tmpl is None:
        return "Error exists in the bytecode"
    return tmpl.format_map(_fmt_args(f))


def _frame_lines(frame, pc):
    locs, stack, flag = frame
    n = len(locs)
    while n and locs[n - 1] == TOP:
        n -= 1
    return ["  Current Frame:",
            "    bci: @%d" % pc,
            "    flags: { %s}" % ("flagThisUninit " if flag else ""),
            "    locals: { %s }" % ", ".join(type_name(t) for t in locs[:n]) if n else
            "    locals: { }",
            "    stack: { %s }" % ", ".join(type_name(t) for t in stack) if stack else
            "    stack: { }"]


_DUMP_LIMIT = 1024


def _hexdump(code):
    lines = []
    for off in range(0, min(len(code), _DUMP_LIMIT), 16):
        chunk = code[off:off + 16]
        groups = [chunk[i:i + 2].hex() for i in range(0, len(chunk), 2)]
        lines.append("    %07x: %s" % (off, " ".join(groups)))
    if len(code) > _DUMP_LIMIT:
        lines.append("    ... (%d bytes in all)" % len(code))
    return lines


def opname(code, pc):
    """Mnemonic at *pc* as HotSpot prints it in ``Location:``."""
    if pc is None or pc >= len(code) or pc < 0:
        return "<invalid>"
    op = code[pc]
    if op < len(MNEMONICS):
        return MNEMONICS[op]
    return "<illegal>"


def external_method(cls, name, desc):
    """``void Foo.bar(int, java.lang.String)`` (HotSpot's external method name)."""
    close = desc.index(")")
    args = []
    i = 1
    while i < close:
        j = i
        while desc[j] == "[":
            j += 1
        if desc[j] == "L":
            j = desc.index(";", j)
        args.append(external_name(desc[i:j + 1]))
        i = j + 1
    return "%s %s.%s(%s)" % (external_name(desc[close + 1:]), cls.replace("/", "."), name,
                             ", ".join(args))


def render(f, cls, name, desc, code, old_style):
    """The VerifyError for failure *f* in method ``cls.name desc``."""
    k = f.kind
    pc = f.pc
    if k in ("cfe_stackmap", "cfe_handler"):
        text = f.info["text"]
        if old_style:
            msg = "(class: %s, method: %s signature: %s) %s" % (cls, name, desc, f.info["old"])
        else:
            msg = "%s in method '%s'" % (text, external_method(cls, name, desc))
        return VerifyError(msg, cls, name, desc, pc, "java/lang/ClassFormatError", k)
    location = "    %s.%s%s @%d: %s" % (cls, name, desc, pc if pc is not None else 0,
                                        opname(code, pc if pc is not None else 0))
    if k == "falls_off":
        location = "    %s.%s%s @%d: <invalid>" % (cls, name, desc, len(code))
    details = ["Exception Details:", "  Location:", location, "  Reason:",
               "    " + _reason(f)]
    if f.frame is not None and f.frame_pc is not None:
        details.extend(_frame_lines(f.frame, f.frame_pc))
    details.append("  Bytecode:")
    details.extend(_hexdump(code))
    if old_style:
        head = "(class: %s, method: %s signature: %s) %s" % (cls, name, desc, old_message(f))
    else:
        head = _NEW.get(k, (k, None))[0].format_map(_fmt_args(f))
    return VerifyError(head + "\n" + "\n".join(details), cls, name, desc, pc,
                       "java/lang/VerifyError", k)
