"""A tiny text assembler for verifier tests: one class, hand-written bytecode,
optional stack-map frames, serialized with ``kvm_core.classfile.writer``.

    a = ClassAsm("Bad", major=52)
    a.method("m", "(I)V", '''
        iload_0
        ifeq L1
        ldc "text"
        pop
    L1:
        .frame I |
        return
    ''', max_stack=1, max_locals=1)
    data = a.bytes()

Syntax, one item per line (``;`` or ``#`` start a comment only at the start
of a line, since ``;`` ends class descriptors):

* ``Label:`` defines a label at the current pc.
* ``mnemonic operands...``.  Operands: labels (branches), integers (locals,
  bipush, iinc, newarray type names such as ``int``), ``Owner.name:desc`` for
  field and method references (``invokeinterface`` computes its count),
  class names for new/checkcast/anewarray/instanceof, ``multianewarray
  [[I 2``, ``ldc``/``ldc_w`` with ``5``, ``1.5f``, ``"str"`` or ``class
  Name``, ``ldc2_w`` with ``5L`` or ``2.5``, ``tableswitch LOW DEFAULT
  L...``, ``lookupswitch DEFAULT KEY:L ...``, ``wide iload 300`` /
  ``wide iinc 300 5``.  ``invokedynamic NAME:DESC`` adds a bootstrap entry
  (StringConcatFactory.makeConcatWithConstants).
* ``.bytes 0x12 7 ...`` emits raw bytes; ``.cp N`` in place of a member or
  class operand uses constant-pool index N verbatim (``getstatic #N`` also).
* ``.frame LOCALS | STACK`` records a full frame at the current pc;
  verification types: I F J D N(null) T(top) UT(uninitializedThis),
  ``U:Label`` (uninitialized from the ``new`` at Label), otherwise a class
  name or array descriptor (``java/lang/String``, ``Ljava/lang/String;``,
  ``[I``).
* ``.catch START END HANDLER TYPE`` adds an exception-table entry
  (``TYPE`` ``any`` = catch-all); START/END/HANDLER are labels or integers.
"""

import struct

from kvm_core.classfile import (BootstrapMethod, ClassFile, CodeAttribute, CpClass, CpDouble,
                                CpFieldref, CpFloat, CpInteger, CpInterfaceMethodref,
                                CpInvokeDynamic, CpLong, CpMethodHandle, CpMethodref,
                                CpString, ExceptionHandler, MethodInfo,
                                StackMapFrame, parse_class)
from kvm_core.classfile.writer import RawEntry, write_class
from kvm_core.opcodes import OPCODES

__all__ = ["ClassAsm", "AsmError", "assemble"]


class AsmError(Exception):
    pass


_NO_OPERAND = set()
_LOCAL_OPS = {"iload", "lload", "fload", "dload", "aload", "istore", "lstore", "fstore",
              "dstore", "astore", "ret"}
_BRANCH_OPS = {"ifeq", "ifne", "iflt", "ifge", "ifgt", "ifle", "if_icmpeq", "if_icmpne",
               "if_icmplt", "if_icmpge", "if_icmpgt", "if_icmple", "if_acmpeq", "if_acmpne",
               "goto", "jsr", "ifnull", "ifnonnull"}
_FIELD_OPS = {"getstatic", "putstatic", "getfield", "putfield"}
_METHOD_OPS = {"invokevirtual", "invokespecial", "invokestatic"}
_CLASS_OPS = {"new", "checkcast", "anewarray", "instanceof"}
_ATYPES = {"boolean": 4, "char": 5, "float": 6, "double": 7, "byte": 8, "short": 9,
           "int": 10, "long": 11}


class ClassAsm:
    """Collects methods of one class and writes it."""

    def __init__(self, name, super_name="java/lang/Object", major=52, minor=0,
                 access=0x0021, interfaces=(), stackmap=None):
        """*stackmap*: where ``.frame`` lines go: "table" (StackMapTable,
        default for major >= 50), "cldc" (StackMap, default below 50) or
        "none" (frames dropped)."""
        self.name = name
        self.super_name = super_name
        self.major = major
        self.minor = minor
        self.access = access
        self.interfaces = list(interfaces)
        if stackmap is None:
            stackmap = "table" if major >= 50 else "cldc"
        self.stackmap = stackmap
        self.pool = [None]
        self.index = {}
        self.methods = []
        self.fields = []
        self.bootstrap = []

    # ----------------------------------------------------------- constant pool
    def add(self, entry):
        i = self.index.get(entry)
        if i is None:
            i = len(self.pool)
            self.pool.append(entry)
            if entry.tag in (5, 6):
                self.pool.append(None)
            self.index[entry] = i
        return i

    def add_raw(self, data, slots=1):
        """Append a raw constant-pool entry (tag byte included); returns its index."""
        i = len(self.pool)
        self.pool.append(RawEntry(data, slots))
        if slots == 2:
            self.pool.append(None)
        return i

    def method(self, name, desc, code, access=0x0009, max_stack=10, max_locals=10,
               exceptions=None):
        """Assemble *code* into a method (access defaults to public static)."""
        if code is None:
            self.methods.append(MethodInfo(access, name, desc))
            return
        body, frames, handlers = assemble(code, self)
        if self.stackmap == "none" or frames is None:
            smt = cldc = None
        elif self.stackmap == "table":
            smt, cldc = frames, None
        else:
            smt = None
            cldc = [StackMapFrame(None, "full", f.offset, f.offset, 0, f.locals, f.stack)
                    for f in frames]
        ca = CodeAttribute(max_stack, max_locals, body, handlers, stack_map_table=smt,
                           stack_map=cldc)
        self.methods.append(MethodInfo(access, name, desc, ca, exceptions or []))

    def field(self, name, desc, access=0x0008):
        from kvm_core.classfile import FieldInfo
        self.fields.append(FieldInfo(access, name, desc))

    def classfile(self):
        return ClassFile(self.minor, self.major, self.access, self.name, self.super_name,
                         self.interfaces, self.pool, self.fields, self.methods,
                         bootstrap_methods=self.bootstrap)

    def bytes(self):
        return write_class(self.classfile())

    def parsed(self):
        return parse_class(self.bytes(), self.name)


def _vtype(tok, labels):
    if tok == "I":
        return (1, None)
    if tok == "F":
        return (2, None)
    if tok == "D":
        return (3, None)
    if tok == "J":
        return (4, None)
    if tok == "N":
        return (5, None)
    if tok == "T":
        return (0, None)
    if tok == "UT":
        return (6, None)
    if tok.startswith("U:"):
        lab = tok[2:]
        return (8, labels[lab] if not lab.isdigit() else int(lab))
    if tok.startswith("L") and tok.endswith(";"):
        return (7, tok[1:-1])
    return (7, tok)


def _split_frame(rest):
    # ".frame LOCALS... | STACK..."  (either side may be empty)
    if "|" not in rest:
        raise AsmError(f"bad .frame (want 'locals | stack'): {rest!r}")
    locs, stack = rest.split("|", 1)
    return locs.split(), stack.split()


def _parse_ldc(tok, asm):
    if tok.startswith('"'):
        return asm.add(CpString(tok[1:-1]))
    if tok.startswith("class "):
        return asm.add(CpClass(tok[6:].strip()))
    if tok.endswith("f"):
        return asm.add(CpFloat.from_value(float(tok[:-1])))
    if tok.endswith("L"):
        return asm.add(CpLong(int(tok[:-1])))
    if "." in tok or "e" in tok.lower() and not tok.startswith("0x"):
        return asm.add(CpDouble.from_value(float(tok)))
    return asm.add(CpInteger(int(tok, 0)))


def _member(tok, asm, kind):
    if tok.startswith("#"):
        return int(tok[1:])
    owner_name, desc = tok.split(":", 1)
    owner, name = owner_name.rsplit(".", 1)
    return asm.add(kind(owner, name, desc))


def _slots(desc):
    from kvm_core.classfile import method_arg_slots
    return method_arg_slots(desc)


def assemble(text, asm):
    """-> (code bytes, [StackMapFrame] or None, [ExceptionHandler])."""
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#") or line.startswith("//"):
            continue
        lines.append(line)

    def operand_text(line):
        return line.split(None, 1)[1] if len(line.split(None, 1)) > 1 else ""

    # pass 1: sizes and labels
    labels = {}
    pc = 0
    for line in lines:
        if line.endswith(":") and " " not in line:
            labels[line[:-1]] = pc
            continue
        if line.startswith("."):
            if line.startswith(".bytes"):
                pc += len(line.split()[1:])
            continue
        pc += _size(line, pc)

    def target(tok):
        if tok in labels:
            return labels[tok]
        try:
            return int(tok)
        except ValueError:
            raise AsmError(f"unknown label {tok!r}") from None

    out = bytearray()
    frames = []
    handlers = []
    has_frames = False
    for line in lines:
        pc = len(out)
        if line.endswith(":") and " " not in line:
            continue
        if line.startswith(".frame"):
            has_frames = True
            locs, stack = _split_frame(line[6:])
            frames.append(StackMapFrame(None, "full", None, pc, 0,
                                        [_vtype(t, labels) for t in locs],
                                        [_vtype(t, labels) for t in stack]))
            continue
        if line.startswith(".catch"):
            _, s, e, h, t = line.split()
            handlers.append(ExceptionHandler(target(s), target(e), target(h),
                                             None if t == "any" else t))
            continue
        if line.startswith(".bytes"):
            out += bytes(int(x, 0) & 0xFF for x in line.split()[1:])
            continue
        mnem = line.split()[0]
        ops = operand_text(line)
        if mnem == "wide":
            inner = ops.split()
            out.append(0xC4)
            out.append(OPCODES[inner[0]])
            out += struct.pack(">H", int(inner[1]))
            if inner[0] == "iinc":
                out += struct.pack(">h", int(inner[2]))
            continue
        if mnem not in OPCODES:
            raise AsmError(f"unknown mnemonic {mnem!r}")
        op = OPCODES[mnem]
        out.append(op)
        if mnem in _LOCAL_OPS:
            out.append(int(ops))
        elif mnem in _BRANCH_OPS:
            out += struct.pack(">h", target(ops) - pc)
        elif mnem in ("goto_w", "jsr_w"):
            out += struct.pack(">i", target(ops) - pc)
        elif mnem == "bipush":
            out += struct.pack(">b", int(ops))
        elif mnem == "sipush":
            out += struct.pack(">h", int(ops))
        elif mnem == "iinc":
            a, b = ops.split()
            out.append(int(a))
            out += struct.pack(">b", int(b))
        elif mnem == "newarray":
            out.append(_ATYPES[ops] if ops in _ATYPES else int(ops))
        elif mnem in ("ldc", "ldc_w", "ldc2_w"):
            idx = int(ops[1:]) if ops.startswith("#") else _parse_ldc(ops, asm)
            if mnem == "ldc":
                if idx > 255:
                    raise AsmError("ldc index > 255")
                out.append(idx)
            else:
                out += struct.pack(">H", idx)
        elif mnem in _FIELD_OPS:
            out += struct.pack(">H", _member(ops, asm, CpFieldref))
        elif mnem in _METHOD_OPS:
            kind = CpMethodref
            if ops.startswith("interface "):
                ops = ops[10:]
                kind = CpInterfaceMethodref
            out += struct.pack(">H", _member(ops, asm, kind))
        elif mnem == "invokeinterface":
            idx = _member(ops, asm, CpInterfaceMethodref)
            desc = ops.split(":", 1)[1] if ":" in ops else "()V"
            out += struct.pack(">HBB", idx, _slots(desc) + 1, 0)
        elif mnem == "invokedynamic":
            name, desc = ops.split(":", 1)
            bsm = CpMethodHandle(6, CpMethodref(
                "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
                "Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)"
                "Ljava/lang/invoke/CallSite;"))
            recipe = CpString("\u0001" * len(_desc_args(desc)))
            asm.bootstrap.append(BootstrapMethod(bsm, [recipe]))
            idx = asm.add(CpInvokeDynamic(len(asm.bootstrap) - 1, name, desc))
            out += struct.pack(">HBB", idx, 0, 0)
        elif mnem in _CLASS_OPS:
            idx = int(ops[1:]) if ops.startswith("#") else asm.add(CpClass(ops))
            out += struct.pack(">H", idx)
        elif mnem == "multianewarray":
            cname, dims = ops.split()
            out += struct.pack(">HB", asm.add(CpClass(cname)), int(dims))
        elif mnem == "tableswitch":
            toks = ops.split()
            low = int(toks[0])
            dflt = target(toks[1])
            targets = [target(t) for t in toks[2:]]
            out += bytes((-(pc + 1)) % 4)
            out += struct.pack(">iii", dflt - pc, low, low + len(targets) - 1)
            for t in targets:
                out += struct.pack(">i", t - pc)
        elif mnem == "lookupswitch":
            toks = ops.split()
            dflt = target(toks[0])
            pairs = [(int(k), target(v)) for k, v in (t.split(":") for t in toks[1:])]
            out += bytes((-(pc + 1)) % 4)
            out += struct.pack(">ii", dflt - pc, len(pairs))
            for k, t in pairs:
                out += struct.pack(">ii", k, t - pc)
        elif ops:
            raise AsmError(f"{mnem} takes no operand: {line!r}")
    return bytes(out), (frames if has_frames else None), handlers


def _desc_args(desc):
    from kvm_core.classfile import parse_method_descriptor
    return parse_method_descriptor(desc)[0]


def _size(line, pc):
    mnem = line.split()[0]
    toks = line.split()[1:]
    if mnem == "wide":
        return 6 if toks[0] == "iinc" else 4
    if mnem in _LOCAL_OPS or mnem in ("bipush", "newarray", "ldc"):
        return 2
    if mnem in _BRANCH_OPS or mnem in _FIELD_OPS or mnem in _METHOD_OPS or \
            mnem in _CLASS_OPS or mnem in ("sipush", "ldc_w", "ldc2_w", "iinc"):
        return 3
    if mnem in ("goto_w", "jsr_w", "invokeinterface", "invokedynamic"):
        return 5
    if mnem == "multianewarray":
        return 4
    if mnem == "tableswitch":
        return 1 + (-(pc + 1)) % 4 + 12 + 4 * (len(toks) - 2)
    if mnem == "lookupswitch":
        return 1 + (-(pc + 1)) % 4 + 8 + 8 * (len(toks) - 1)
    return 1
