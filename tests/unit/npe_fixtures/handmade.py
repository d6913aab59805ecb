"""Hand-assembled scenario classes: bytecode shapes javac does not emit
(swap and the dup2 family, wide locals, jsr/ret, a stack-carrying loop, an
overwritten ``this``, odd LocalVariableTable ranges, an invokedynamic call
site that produces null).

``write_classes(out_dir)`` writes npe/Handmade.class (version 49: the old
type-inferring verifier, so no StackMapTable is needed and jsr is legal) and
npe/HandmadeIndy.class (52, straight-line code only); the bootstrap methods
are in src/npe/Boot.java.  (A null dynamic constant, ``ldc`` of a
CONSTANT_Dynamic, is left out: OpenJDK 17 prints a truncated message for it
and crashes in the same code when -Xlog:exceptions is on.)  Used by regenerate.py (which
runs them on the real JVM) and by the test (which only analyses them).
"""

import os
import struct

from kvm_core.classfile import (ACC_PUBLIC, ACC_STATIC, ACC_SUPER, BootstrapMethod, ClassFile,
                                CodeAttribute, CpClass, CpFieldref, CpInvokeDynamic,
                                CpMethodHandle, CpMethodref, CpString, ExceptionHandler,
                                LocalVariable, MethodInfo)
from kvm_core.classfile.writer import write_class
from kvm_core.opcodes import OPCODES

STRING_LENGTH = ("java/lang/String", "length", "()I")
REF_invokeStatic = 6


class Pool:
    """A constant pool under construction; entries are added on first use."""

    def __init__(self):
        self.entries = [None]

    def index(self, entry):
        if entry in self.entries[1:]:
            return self.entries.index(entry, 1)
        self.entries.append(entry)
        return len(self.entries) - 1


_BRANCHES = {n for n in OPCODES if n.startswith("if")} | {"goto", "jsr"}
_LOCALS = {"iload", "lload", "fload", "dload", "aload", "istore", "lstore", "fstore",
           "dstore", "astore", "ret"}
_MEMBER = {"getstatic": CpFieldref, "putstatic": CpFieldref, "getfield": CpFieldref,
           "putfield": CpFieldref, "invokevirtual": CpMethodref, "invokespecial": CpMethodref,
           "invokestatic": CpMethodref}


def _size(ins, at):
    op = ins[0]
    if op == "label":
        return 0
    if op == "wide":
        return 6 if ins[1] == "iinc" else 4
    if op in _LOCALS or op in ("bipush", "ldc"):
        return 2
    if op in ("goto_w", "jsr_w", "invokeinterface", "invokedynamic"):
        return 5
    if op in _BRANCHES or op in _MEMBER or op in ("sipush", "iinc", "ldc_w", "new",
                                                   "checkcast", "anewarray"):
        return 3
    return 1


def assemble(pool, instructions):
    """Bytes of ``instructions`` (tuples: ("aload", 1), ("goto", "L"),
    ("label", "L"), ("invokevirtual", (class, name, descriptor)), ...) and
    the bci of each label."""
    labels, at = {}, 0
    for ins in instructions:
        if ins[0] == "label":
            labels[ins[1]] = at
        at += _size(ins, at)
    out = bytearray()
    for ins in instructions:
        op, args = ins[0], ins[1:]
        here = len(out)
        if op == "label":
            continue
        if op == "wide":
            out += bytes((OPCODES["wide"], OPCODES[args[0]])) + struct.pack(">H", args[1])
            if args[0] == "iinc":
                out += struct.pack(">h", args[2])
            continue
        out.append(OPCODES[op])
        if op in _LOCALS or op == "bipush":
            out.append(args[0] & 0xFF)
        elif op == "sipush":
            out += struct.pack(">h", args[0])
        elif op == "iinc":
            out += bytes((args[0], args[1] & 0xFF))
        elif op in _BRANCHES:
            out += struct.pack(">h", labels[args[0]] - here)
        elif op in ("goto_w", "jsr_w"):
            out += struct.pack(">i", labels[args[0]] - here)
        elif op in _MEMBER:
            out += struct.pack(">H", pool.index(_MEMBER[op](*args[0])))
        elif op in ("new", "checkcast", "anewarray"):
            out += struct.pack(">H", pool.index(CpClass(args[0])))
        elif op == "ldc":
            out.append(pool.index(args[0]))
        elif op == "ldc_w":
            out += struct.pack(">H", pool.index(args[0]))
        elif op == "invokedynamic":
            out += struct.pack(">H", pool.index(args[0])) + b"\0\0"
        assert len(out) - here == _size(ins, here), ins
    return bytes(out), labels


def _method(pool, flags, name, descriptor, instructions, max_stack=6, max_locals=4,
            handlers=(), local_variables=()):
    code, labels = assemble(pool, instructions)
    lvt = [LocalVariable(labels.get(start, start), length, lv_name, lv_desc, slot)
           for start, length, lv_name, lv_desc, slot in local_variables]
    table = [ExceptionHandler(labels[s], labels[e], labels[h], catch)
             for s, e, h, catch in handlers]
    return MethodInfo(flags, name, descriptor,
                      CodeAttribute(max_stack, max_locals, code, table, local_variables=lvt))


def _ctor(pool):
    return _method(pool, ACC_PUBLIC, "<init>", "()V", [
        ("aload", 0), ("invokespecial", ("java/lang/Object", "<init>", "()V")), ("return",)],
        max_locals=1)


S = ACC_PUBLIC | ACC_STATIC


def handmade():
    pool = Pool()
    methods = [_ctor(pool)]

    def scenario(name, instructions, flags=S, descriptor="()V", **kw):
        methods.append(_method(pool, flags, name, descriptor, instructions, **kw))

    length = ("invokevirtual", STRING_LENGTH)
    scenario("npeH01_monitorexitNull", [("aconst_null",), ("monitorexit",), ("return",)])
    scenario("npeH02_swap", [
        ("ldc", CpString("x")), ("astore", 0), ("aconst_null",), ("astore", 1),
        ("aload", 0), ("aload", 1), ("swap",), ("pop",), length, ("pop",), ("return",)])
    scenario("npeH03_dupX2OverLong", [
        ("lconst_0",), ("aconst_null",), ("astore", 0), ("aload", 0), ("dup_x2",), ("pop",),
        ("pop2",), length, ("pop",), ("return",)])
    scenario("npeH04_dup2X1Long", [
        ("aconst_null",), ("astore", 0), ("aload", 0), ("lconst_1",), ("dup2_x1",), ("pop2",),
        length, ("pop",), ("pop2",), ("return",)])
    scenario("npeH05_dup2X2", [
        ("aconst_null",), ("astore", 0), ("aload", 0), ("ldc", CpString("x")), ("lconst_0",),
        ("dup2_x2",), ("pop2",), ("pop",), length, ("pop",), ("pop2",), ("return",)])
    scenario("npeH06_dup2Refs", [
        ("aconst_null",), ("astore", 0), ("ldc", CpString("x")), ("astore", 1),
        ("aload", 0), ("aload", 1), ("dup2",), ("pop",), length, ("pop",), ("pop2",),
        ("return",)])
    scenario("npeH07_wideLocal", [
        ("aconst_null",), ("wide", "astore", 260), ("wide", "aload", 260), length, ("pop",),
        ("return",)], max_locals=300)
    scenario("npeH08_thisOverwritten", [
        ("aconst_null",), ("astore", 0), ("aload", 0), length, ("pop",), ("return",)],
        flags=ACC_PUBLIC)
    scenario("npeH09_thisOverwrittenNamed", [
        ("aconst_null",), ("astore", 0), ("label", "load"), ("aload", 0), length, ("pop",),
        ("label", "end"), ("return",)],
        flags=ACC_PUBLIC, local_variables=[(0, 6, "self", "Ljava/lang/String;", 0)])
    # LocalVariableTable ranges around the load at bci 2 (aconst_null; astore_1; aload_1).
    for suffix, start, length_ in (("StartsAfterLoad", 3, 4), ("EndsAtLoad", 0, 2),
                                   ("EndsAfterLoad", 0, 3), ("StartsAtLoad", 2, 1)):
        scenario("npeH1%d_lvt%s" % (len([m for m in methods if "_lvt" in m.name]), suffix), [
            ("aconst_null",), ("astore", 1), ("aload", 1), length, ("pop",), ("return",)],
            local_variables=[(start, length_, "named", "Ljava/lang/String;", 1)])
    # A loop whose back edge brings a different producer: the stack merges.
    scenario("npeH20_loopMergesStack", [
        ("aconst_null",), ("iconst_0",), ("invokestatic", ("npe/Handmade", "h20",
                                                           "(Ljava/lang/String;I)V")),
        ("return",)])
    scenario("h20", [
        ("aload", 0), ("label", "L"), ("iload", 1), ("ifle", "END"), ("pop",), ("aconst_null",),
        ("iinc", 1, -1), ("goto", "L"), ("label", "END"), length, ("pop",), ("return",)],
        descriptor="(Ljava/lang/String;I)V")
    # A parameter stored after the load in a loop whose back edge also changes the stack.
    scenario("npeH21_loopStoreAndStackChange", [
        ("ldc", CpString("abc")), ("ldc", CpString("b")),
        ("invokestatic", ("npe/Handmade", "h21", "(Ljava/lang/String;Ljava/lang/Object;)V")),
        ("return",)])
    scenario("h21", [
        ("aload", 1), ("label", "L"), ("aload", 0), length, ("pop",), ("pop",),
        ("aconst_null",), ("aconst_null",), ("astore", 0), ("goto", "L")],
        descriptor="(Ljava/lang/String;Ljava/lang/Object;)V")
    # A subroutine (jsr/ret) that stores into the parameter.
    scenario("npeH22_jsrStoresParameter", [
        ("ldc", CpString("abc")),
        ("invokestatic", ("npe/Handmade", "h22", "(Ljava/lang/String;)V")), ("return",)])
    scenario("h22", [
        ("jsr", "SUB"), ("aload", 0), length, ("pop",), ("return",),
        ("label", "SUB"), ("astore", 1), ("aconst_null",), ("astore", 0), ("ret", 1)],
        descriptor="(Ljava/lang/String;)V")
    # Code first reached through a backward jump, after a store to the parameter.
    scenario("npeH23_reachedBackwards", [
        ("ldc", CpString("abc")),
        ("invokestatic", ("npe/Handmade", "h23", "(Ljava/lang/String;)V")), ("return",)])
    scenario("h23", [
        ("goto", "STORE"), ("label", "USE"), ("aload", 0), length, ("pop",), ("return",),
        ("label", "STORE"), ("aconst_null",), ("astore", 0), ("goto", "USE")],
        descriptor="(Ljava/lang/String;)V")
    scenario("npeH24_gotoW", [
        ("goto_w", "L"), ("label", "L"), ("aconst_null",), length, ("pop",), ("return",)])
    # A handler that is also reached by a jump carrying a different stack.
    scenario("npeH25_nullThrownInHandler", [
        ("label", "S"), ("aconst_null",), ("checkcast", "java/lang/RuntimeException"),
        ("label", "E"), ("athrow",), ("label", "H"), ("astore", 0), ("aconst_null",),
        ("athrow",)], handlers=[("S", "E", "H", "java/lang/IllegalStateException")])
    scenario("npeH26_exceptionStoredThenField", [
        ("label", "S"), ("new", "java/lang/IllegalStateException"), ("dup",),
        ("invokespecial", ("java/lang/IllegalStateException", "<init>", "()V")),
        ("athrow",), ("label", "E"), ("label", "H"), ("invokevirtual",
                                                     ("java/lang/Throwable", "getCause",
                                                      "()Ljava/lang/Throwable;")),
        ("invokevirtual", ("java/lang/Throwable", "getMessage", "()Ljava/lang/String;")),
        ("pop",), ("return",)], handlers=[("S", "E", "H", "java/lang/IllegalStateException")])
    # As h20, then a block first reached by a backward jump forces another pass.
    scenario("npeH27_loopMergeThenSecondPass", [
        ("aconst_null",), ("iconst_0",), ("invokestatic", ("npe/Handmade", "h27",
                                                           "(Ljava/lang/String;I)V")),
        ("return",)])
    scenario("h27", [
        ("aload", 0), ("label", "L"), ("iload", 1), ("ifle", "END"), ("pop",), ("aconst_null",),
        ("iinc", 1, -1), ("goto", "L"), ("label", "END"), ("goto", "C"),
        ("label", "D"), length, ("pop",), ("return",), ("label", "C"), ("goto", "D")],
        descriptor="(Ljava/lang/String;I)V")
    # jsr/ret: the NPE before the jsr, inside the subroutine, and on a value
    # loaded before the jsr.
    scenario("npeH28_beforeJsr", [
        ("aconst_null",), ("invokestatic", ("npe/Handmade", "h28", "(Ljava/lang/String;)V")),
        ("return",)])
    scenario("h28", [
        ("aload", 0), length, ("pop",), ("jsr", "SUB"), ("return",),
        ("label", "SUB"), ("astore", 1), ("ret", 1)], descriptor="(Ljava/lang/String;)V")
    scenario("npeH29_insideSubroutine", [
        ("aconst_null",), ("invokestatic", ("npe/Handmade", "h29", "(Ljava/lang/String;)V")),
        ("return",)])
    scenario("h29", [
        ("jsr", "SUB"), ("return",),
        ("label", "SUB"), ("astore", 1), ("aload", 0), length, ("pop",), ("ret", 1)],
        descriptor="(Ljava/lang/String;)V")
    scenario("npeH30_loadedBeforeJsr", [
        ("aconst_null",), ("invokestatic", ("npe/Handmade", "h30", "(Ljava/lang/String;)V")),
        ("return",)])
    scenario("h30", [
        ("aload", 0), ("jsr", "SUB"), length, ("pop",), ("return",),
        ("label", "SUB"), ("astore", 1), ("ret", 1)], descriptor="(Ljava/lang/String;)V")
    scenario("npeH31_afterJsrNoStore", [
        ("aconst_null",), ("invokestatic", ("npe/Handmade", "h31", "(Ljava/lang/String;)V")),
        ("return",)])
    scenario("h31", [
        ("jsr", "SUB"), ("aload", 0), length, ("pop",), ("return",),
        ("label", "SUB"), ("astore", 1), ("ret", 1)], descriptor="(Ljava/lang/String;)V")
    cf = ClassFile(minor=0, major=49, access_flags=ACC_PUBLIC | ACC_SUPER,
                   this_class="npe/Handmade", super_class="java/lang/Object",
                   constant_pool=pool.entries, methods=methods)
    return cf


def _bootstrap(pool, name, descriptor):
    handle = CpMethodHandle(REF_invokeStatic, CpMethodref("npe/Boot", name, descriptor))
    return BootstrapMethod(handle, [])


_INDY_BSM = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;" \
            "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;"


def handmade_indy():
    pool = Pool()
    boot = [_bootstrap(pool, "nullSite", _INDY_BSM), _bootstrap(pool, "emptyNodeSite", _INDY_BSM)]
    methods = []
    null_string = CpInvokeDynamic(0, "get", "()Ljava/lang/String;")
    empty_node = CpInvokeDynamic(1, "node", "()Lnpe/Node;")
    methods.append(_method(pool, S, "npeI01_indyReturnsNull", "()V", [
        ("invokedynamic", null_string), ("invokevirtual", STRING_LENGTH), ("pop",),
        ("return",)]))
    methods.append(_method(pool, S, "npeI02_indyThenField", "()V", [
        ("invokedynamic", empty_node), ("getfield", ("npe/Node", "next", "Lnpe/Node;")),
        ("getfield", ("npe/Node", "value", "I")), ("pop",), ("return",)]))
    methods.append(_method(pool, S, "npeI03_indyAsIndex", "()V", [
        ("iconst_1",), ("anewarray", "java/lang/String"), ("invokedynamic", empty_node),
        ("getfield", ("npe/Node", "value", "I")), ("aaload",), ("invokevirtual", STRING_LENGTH),
        ("pop",), ("return",)]))
    return ClassFile(minor=0, major=52, access_flags=ACC_PUBLIC | ACC_SUPER,
                     this_class="npe/HandmadeIndy", super_class="java/lang/Object",
                     constant_pool=pool.entries, methods=methods, bootstrap_methods=boot)


CLASSES = ["npe.Handmade", "npe.HandmadeIndy"]


def write_classes(out_dir):
    for cf in (handmade(), handmade_indy()):
        path = os.path.join(out_dir, cf.this_class + ".class")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(write_class(cf))
