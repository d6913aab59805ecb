"""Hand-made invalid methods and what HotSpot (JDK 17) says about them.

Each :class:`Case` is one class with one method ``m`` (or ``<init>``).  The
expected text is HotSpot's first message line; for the split verifier
(major >= 50) it is the headline, for the old verifier (major < 50) only the
sentence after ``(class: C, method: m signature: d)`` (the tests add the
prefix).  ``pc`` is the bci of HotSpot's ``Location:`` line (None when
HotSpot prints none).  ``error`` is the Java class HotSpot throws.

The expectations were recorded from ``java`` 17 and are re-checked against it
by ``test_verifier_hotspot.py``.
"""

from kvm_core.classfile import CpFieldref

from .jasm import ClassAsm

__all__ = ["Case", "CASES", "VALID_CASES", "build"]


class Case:
    def __init__(self, name, code, message, pc=None, major=52, desc="()V", stackmap=None,
                 access=9, mname="m", super_name="java/lang/Object", fields=(), max_stack=10,
                 max_locals=10, patch=None, error="java/lang/VerifyError", extra=None,
                 interfaces=()):
        self.name = name
        self.code = code
        self.message = message
        self.pc = pc
        self.major = major
        self.desc = desc
        self.stackmap = stackmap
        self.access = access
        self.mname = mname
        self.super_name = super_name
        self.fields = fields
        self.max_stack = max_stack
        self.max_locals = max_locals
        self.patch = patch
        self.error = error
        self.extra = extra
        self.interfaces = interfaces

    @property
    def old_style(self):
        return self.major < 50

    def first_line(self):
        if self.old_style:
            return "(class: %s, method: %s signature: %s) %s" % (self.name, self.mname,
                                                                  self.desc, self.message)
        return self.message

    def __repr__(self):
        return "Case(%s)" % self.name


def build(case):
    """-> ClassAsm of the case (patched)."""
    a = ClassAsm(case.name, super_name=case.super_name, major=case.major,
                 stackmap=case.stackmap, interfaces=case.interfaces)
    for fname, fdesc, facc in case.fields:
        a.field(fname, fdesc, access=facc)
    a.method(case.mname, case.desc, case.code, access=case.access, max_stack=case.max_stack,
             max_locals=case.max_locals)
    if case.extra:
        case.extra(a)
    if case.patch:
        case.patch(a)
    return a


def _set_code_byte(pos, value):
    def patch(a):
        c = bytearray(a.methods[0].code.code)
        c[pos] = value
        a.methods[0].code.code = bytes(c)
    return patch


def _frame_offset(offset):
    def patch(a):
        a.methods[0].code.stack_map_table[0].offset = offset
    return patch


def _ldc_fieldref(a):
    i = a.add(CpFieldref(a.name, "f", "I"))
    c = bytearray(a.methods[0].code.code)
    c[1] = i
    a.methods[0].code.code = bytes(c)


def _callee(a):
    a.method("g", "()V", "return")


V = "java/lang/VerifyError"
CFE = "java/lang/ClassFormatError"
OLD = dict(major=49, stackmap="none")
CLDC = dict(major=49, stackmap="cldc")
M45 = dict(major=45, stackmap="none")

CASES = [
    # ------------------------------------------------ type checking (StackMapTable)
    Case("A1", 'ldc "x"\n iconst_1\n iadd\n pop\n return', "Bad type on operand stack", 3),
    Case("A4", "iconst_1\n pop\n pop\n return", "Operand stack underflow", 2),
    Case("A5", "iconst_1\n iconst_1\n pop2\n return", "Operand stack overflow", 1, max_stack=1),
    Case("A6", "iconst_1", "Control flow falls through code end", 1),
    Case("B1", "iconst_0\n ifeq L\n L:\n return", "Expecting a stackmap frame at branch target 4", 1),
    Case("B2", "iconst_0\n ifeq L\n iconst_1\n istore_0\n L:\n .frame I |\n return",
         "Inconsistent stackmap frames at branch target 6", 6, max_locals=1),
    Case("B3", "goto L\n nop\n L:\n .frame |\n return", "Expecting a stack map frame", 3),
    Case("B4", "goto 1\n return", "Expecting a stackmap frame at branch target 1", 0),
    Case("B5", "iload_0\n pop\n return", "Bad local variable type", 0),
    Case("B6", "iconst_0\n ireturn", "Method does not expect a return value", 1),
    Case("B7", "return", "Method expects a return value", 0, desc="()I"),
    Case("B8", "fconst_0\n ireturn", "Bad type on operand stack", 1, desc="()I"),
    Case("B10", ".bytes 0xcb\n return", "Bad instruction", 0),
    Case("B12", "iconst_1\n newarray byte\n iconst_0\n iaload\n pop\n return",
         "Bad type on operand stack in iaload", 4),
    Case("B14", "new java/lang/Object\n invokevirtual java/lang/Object.hashCode:()I\n pop\n return",
         "Bad type on operand stack", 3),
    Case("B16", "aload_0\n invokespecial java/lang/String.<init>:()V\n return",
         "Bad <init> method call", 1, access=1, mname="<init>"),
    Case("B17", "return", "Constructor must call super() or this() before return", 0,
         access=1, mname="<init>"),
    Case("B18", "jsr L\n return\n L:\n astore_0\n ret 0", "Bad instruction: a8", 0,
         max_locals=1),
    Case("B19", "jsr L\n return\n L:\n astore_0\n ret 0", "Bad instruction: a8", 0,
         max_locals=1, major=51),
    Case("B21", "iconst_0\n istore 10\n return", "Local variable table overflow", 1,
         max_locals=2),
    Case("B23", 'ldc "s"\n getfield B23.f:I\n pop\n return', "Bad type on operand stack", 2),
    Case("B24", "aconst_null\n invokevirtual java/lang/String.length:()I\n pop\n ldc 1.0f\n"
         " invokevirtual java/lang/String.length:()I\n pop\n return",
         "Bad type on operand stack", 7),
    Case("C3", "goto_w 1000\n return", "Expecting a stackmap frame at branch target 1000", 0),
    Case("C4", ".bytes 0xa7 0xff 0xf0\n return", "Expecting a stackmap frame at branch target -16", 0),
    Case("C5", "iconst_0\n ifeq L\n return\n L:\n .frame |\n .bytes 0x10", "Bad instruction", 5),
    Case("C8", "iconst_0\n L:\n .frame | F\n return", "Instruction type does not match stack map", 1),
    Case("C9", "new java/lang/String\n dup\n invokespecial java/lang/Object.<init>:()V\n pop\n return",
         "Call to wrong <init> method", 4),
    Case("C10", "aconst_null\n invokespecial java/lang/Object.<init>:()V\n return",
         "Bad operand type when invoking <init>", 1),
    Case("C11", 'ldc "x"\n invokespecial java/lang/Object.<init>:()V\n return',
         "Bad operand type when invoking <init>", 2),
    Case("C12", "aload_0\n invokespecial java/lang/Object.<init>:()V\n aload_0\n"
         " invokespecial java/lang/Object.<init>:()V\n return",
         "Bad operand type when invoking <init>", 5, access=1, mname="<init>"),
    Case("C13", "new [I\n pop\n return", "Illegal new instruction", 0),
    Case("C16", "iconst_1\n iconst_1\n multianewarray [I 2\n pop\n return",
         "Illegal dimension in multianewarray instruction: 2", 2),
    Case("C17", "iconst_1\n multianewarray java/lang/String 1\n pop\n return",
         "Illegal constant pool index in multianewarray instruction", 1),
    Case("C18", "iconst_1\n newarray 3\n pop\n return", "Illegal newarray instruction", 1),
    Case("C20", 'ldc "x"\n athrow', "Bad type on operand stack", 2),
    Case("C21", "aload_0\n monitorenter\n return", "Bad local variable type", 0),
    Case("C22", "iconst_0\n monitorenter\n return", "Bad type on operand stack", 1),
    Case("C24", "iconst_0\n tableswitch 5 L\n L:\n .frame |\n return", "Bad instruction", 1),
    Case("C25", "iconst_0\n lookupswitch L 5:L 3:L\n L:\n .frame |\n return",
         "Bad lookupswitch instruction", 1),
    Case("C26", "iconst_0\n invokeinterface java/lang/Runnable.run:()V\n return",
         "Bad type on operand stack", 1),
    Case("F4", "S:\n iconst_0\n pop\n E:\n return\n H:\n .frame | java/lang/String\n pop\n return\n"
         " .catch S E H java/lang/String",
         "Catch type is not a subclass of Throwable in exception handler 3", 3),
    Case("F5", "S:\n iconst_0\n pop\n E:\n return\n H:\n pop\n return\n"
         " .catch S E H java/lang/Throwable", "Expecting a stackmap frame at branch target 3", 0),
    Case("F6", "S:\n iconst_0\n pop\n E:\n return\n H:\n .frame | java/lang/Exception\n pop\n return\n"
         " .catch S E H java/lang/Throwable",
         "Stack map does not match the one at exception handler 3", 3),
    Case("F7", "S:\n iconst_0\n pop\n E:\n return\n H:\n .frame I | java/lang/Throwable\n pop\n"
         " return\n .catch S E H java/lang/Throwable",
         "Stack map does not match the one at exception handler 3", 3),
    Case("F9", "nop\n .frame I I I |\n return",
         "StackMapTable format error: bad type array size in method 'void F9.m()'", None,
         max_locals=2, error=CFE),
    Case("F10", "iconst_0\n .frame | I I\n pop\n return",
         "StackMapTable format error: bad type array size in method 'void F10.m()'", None,
         max_stack=1, error=CFE),
    Case("F13", "aload_0\n iconst_0\n putfield F13.g:I\n aload_0\n"
         " invokespecial java/lang/Object.<init>:()V\n return",
         "Bad type on operand stack in putfield", 2, access=1, mname="<init>",
         fields=[("f", "I", 0)]),
    Case("F14", 'ldc "x"\n invokespecial java/lang/String.length:()I\n pop\n return',
         "Bad invokespecial instruction: current class isn't assignable to reference class.", 2),
    Case("F15", "aload_0\n invokespecial java/lang/String.length:()I\n pop\n return",
         "Bad invokespecial instruction: current class isn't assignable to reference class.", 1,
         access=1),
    Case("F2", 'ldc "x"\n iconst_1\n iadd\n pop\n return', "Bad type on operand stack", 3,
         major=50),
    Case("G1", "aconst_null\n L:\n .frame | java/lang/Object\n pop\n new java/lang/Object\n"
         " goto L", "Inconsistent stackmap frames at branch target 1", 1),
    Case("G2", "new java/lang/Object\n astore_0\n aload_0\n L:\n .frame T | U:1\n"
         " new java/lang/Object\n pop\n iconst_0\n ifeq L\n return",
         "StackMapTable format error: bad offset for Uninitialized in method 'void G2.m()'",
         None, max_locals=1, error=CFE),
    Case("G3", "new java/lang/Object\n astore_0\n new java/lang/Object\n astore_1\n aload_1\n"
         " invokespecial java/lang/Object.<init>:()V\n aload_0\n"
         " invokevirtual java/lang/Object.hashCode:()I\n pop\n return",
         "Bad type on operand stack", 13, max_locals=2),
    Case("G6", "iconst_0\n .bytes 0x0\n .frame |\n return",
         "Instruction type does not match stack map", 2),
    Case("G7", "ldc 1\n pop\n return\n .frame |\n nop", "Control flow falls through code end", 5),
    Case("G9", "aconst_null\n iconst_0\n iconst_0\n aastore\n return", "Bad type on operand stack", 3),
    Case("G12", "ldc2_w 1L\n return", "Operand stack overflow", 0, max_stack=1),
    Case("G13", "aconst_null\n invokevirtual java/lang/Object.<init>:()V\n return",
         "Illegal call to internal method", 1),
    Case("G14", "invokestatic java/lang/Object.<init>:()V\n return",
         "Illegal call to internal method", 0),
    Case("G16", "wide iload 1\n pop\n return", "Local variable table overflow", 0, max_locals=1),
    Case("G17", "aconst_null\n .bytes 0xc4 0x10 0 0\n return", "Bad instruction", 1),
    Case("G18", "iconst_0\n istore_0\n iinc 0 1\n iinc 1 1\n return",
         "Local variable table overflow", 5, max_locals=1),
    Case("G19", "fconst_0\n fstore_0\n iinc 0 1\n return", "Bad local variable type", 2,
         max_locals=1),
    Case("G20", "aconst_null\n getfield G20.x:J\n pop\n return", "Bad type on operand stack", 4),
    Case("G21", "aconst_null\n getfield G21.x:J\n pop2\n lconst_0\n putstatic G21.y:I\n return",
         "Bad type on operand stack", 6),
    Case("G22", "iconst_0\n iconst_0\n swap\n pop\n pop\n lconst_0\n swap\n return",
         "Bad type on operand stack", 6),
    Case("G23", "lconst_0\n dup\n return", "Bad type on operand stack", 1),
    Case("G24", "iconst_0\n lconst_0\n dup_x2\n return", "Bad type on operand stack", 2),
    Case("H7", 'ldc "x"\n areturn', "Bad return type", 2, desc="()Ljava/lang/Integer;"),
    Case("H8", "iconst_0\n lneg\n return", "Operand stack underflow", 1),
    Case("H10", "return\n .frame |\n return\n nop", "Expecting a stack map frame", 2),
    Case("H11", "aconst_null\n invokeinterface java/lang/Runnable.run:()V\n return",
         "Inconsistent args count operand in invokeinterface", 1, patch=_set_code_byte(4, 2)),
    Case("J4", "S:\n sipush 1\n pop\n E:\n return\n H:\n .frame | java/lang/Throwable\n pop\n"
         " return\n .catch S E 1 any",
         "Illegal exception table handler_pc 1 in method 'void J4.m()'", None, error=CFE),
    Case("J5", "S:\n sipush 1\n pop\n E:\n return\n H:\n .frame | java/lang/Throwable\n pop\n"
         " return\n .catch S 2 H any",
         "Illegal exception table end_pc 2 in method 'void J5.m()'", None, error=CFE),
    Case("J6", "sipush 1\n pop\n .frame |\n return", "StackMapTable error: bad offset", 0,
         desc="(ILjava/lang/String;[J)V", max_locals=5, patch=_frame_offset(1)),
    Case("J7", "sipush 1\n pop\n .frame |\n return", "StackMapTable error: bad offset", 0,
         patch=_frame_offset(9)),
    Case("J10", "iconst_0\n ireturn", "Bad return type", 1, desc="()F"),
    Case("J11", "aconst_null\n areturn", "Bad return type", 1, desc="()I"),
    Case("J12", "iconst_0\n pop2\n return", "Operand stack underflow", 1),
    Case("J13", "lconst_0\n dup\n return", "Bad type on operand stack", 1),
    Case("J15", 'ldc "x"\n return', "Illegal type at constant pool entry 2 in class J15", 0,
         patch=_ldc_fieldref),
    Case("K1", "aconst_null\n arraylength\n pop\n iconst_0\n arraylength\n pop\n return",
         "Bad type on operand stack", 4),
    Case("K1c", "iconst_0\n iconst_0\n iaload\n pop\n return", "Bad type on operand stack", 2),
    Case("K1d", "iconst_1\n newarray int\n iconst_0\n iconst_0\n bastore\n return",
         "Bad type on operand stack in bastore", 5),
    Case("K1e", "aconst_null\n iconst_0\n fconst_0\n fastore\n iconst_1\n newarray float\n"
         " iconst_0\n iconst_0\n fastore\n return", "Bad type on operand stack", 9),
    Case("K2", "iconst_1\n anewarray java/lang/String\n iconst_0\n aconst_null\n aastore\n"
         " iconst_1\n newarray int\n iconst_0\n aconst_null\n aastore\n return",
         "Bad type on operand stack in aastore", 12),
    Case("K3", "iconst_1\n newarray int\n iconst_0\n aaload\n pop\n return",
         "Bad type on operand stack in aaload", 4),
    Case("K4", "lconst_0\n l2i\n i2l\n l2i\n fconst_0\n i2f\n pop\n return",
         "Bad type on operand stack", 5),
    Case("K5", "aload_0\n invokevirtual java/lang/Object.hashCode:()I\n pop\n"
         " aload_0\n invokespecial java/lang/Object.<init>:()V\n return",
         "Bad type on operand stack", 1, access=1, mname="<init>"),
    Case("K6", "iconst_0\n ifeq L\n fconst_0\n fstore_0\n goto M\n L:\n .frame T |\n"
         " iconst_0\n istore_0\n M:\n .frame I |\n return",
         "Inconsistent stackmap frames at branch target 11", 11, max_locals=1),
    Case("K7", "lconst_0\n lstore_0\n iconst_0\n istore_1\n lload_0\n pop2\n return",
         "Bad local variable type", 4, max_locals=2),
    Case("K8", "dconst_0\n dstore_1\n return", "Local variable table overflow", 1, max_locals=2),
    Case("K9", "aconst_null\n checkcast java/lang/String\n invokevirtual java/lang/Integer.intValue:()I\n"
         " pop\n return", "Bad type on operand stack", 4),
    Case("K10", "iconst_0\n putstatic K10.s:Ljava/lang/String;\n return",
         "Bad type on operand stack", 1),
    Case("K11", "new java/lang/Object\n dup\n invokespecial java/lang/Object.<init>:()V\n"
         " invokestatic java/lang/String.valueOf:(I)Ljava/lang/String;\n pop\n return",
         "Bad type on operand stack", 7),
    Case("K12", "iconst_0\n iconst_0\n if_acmpeq L\n L:\n .frame |\n return",
         "Bad type on operand stack", 2),
    Case("N2", "iconst_1\n anewarray " + "[" * 255 + "I\n pop\n return",
         "Illegal anewarray instruction, array has more than 255 dimensions", 1),
    Case("N4", "aload_0\n invokespecial interface java/util/Collection.size:()I\n pop\n return",
         "Bad invokespecial instruction: interface method reference is in an indirect "
         "superinterface.", 1, access=1, interfaces=["java/util/List"]),
    # a handler covering super() must not let an uninitialized this escape
    Case("U1", "S:\n aload_0\n invokespecial java/lang/Object.<init>:()V\n E:\n return\n H:\n"
         " .frame T | java/lang/Throwable\n pop\n return\n .catch S E H any",
         "Stack map does not match the one at exception handler 5", 5, access=1, mname="<init>",
         max_locals=1),
    # ------------------------------------------------ type inference (major 45-49)
    Case("D2", "iconst_0\n ifeq L\n iconst_1\n istore_0\n L:\n iload_0\n pop\n return",
         "Accessing value from uninitialized register 0", max_locals=1, **OLD),
    Case("D3", "goto 1\n return", "Illegal target of jump or branch", **OLD),
    Case("D4", "iload_0\n pop\n return", "Accessing value from uninitialized register 0", **OLD),
    Case("D5", "iconst_0\n ireturn", "Wrong return type in function", **OLD),
    Case("D6", "return", "Wrong return type in function", desc="()I", **OLD),
    Case("D7", "fconst_0\n ireturn", "Expecting to find integer on stack", desc="()I", **OLD),
    Case("D8", ".bytes 0xcb\n return", "Illegal instruction found at offset 0", **OLD),
    Case("D9", "iconst_1\n newarray byte\n iconst_0\n iaload\n pop\n return",
         "Expecting to find array of ints on stack", **OLD),
    Case("D10", "new java/lang/Object\n invokevirtual java/lang/Object.hashCode:()I\n pop\n return",
         "Expecting to find object/array on stack", **OLD),
    Case("D11", "L:\n new java/lang/Object\n goto L", "Inconsistent stack height 1 != 0", **OLD),
    Case("D12", "aload_0\n invokespecial java/lang/String.<init>:()V\n return",
         "Call to wrong initialization method", access=1, mname="<init>", **OLD),
    Case("D13", "return", "Constructor must call super() or this()", access=1, mname="<init>",
         **OLD),
    Case("D14", "iconst_0\n istore 10\n return", "Illegal local variable number", max_locals=2,
         **OLD),
    Case("D15", 'ldc "s"\n getfield D15.f:I\n pop\n return',
         "Incompatible type for getting or setting field", **OLD),
    Case("D16", "iconst_1\n iconst_1\n pop2\n return", "Stack size too large", max_stack=1, **OLD),
    Case("D17", "new java/lang/String\n dup\n invokespecial java/lang/Object.<init>:()V\n pop\n"
         " return", "Call to wrong initialization method", **OLD),
    Case("D18", "aconst_null\n invokespecial java/lang/Object.<init>:()V\n return",
         "Expecting to find unitialized object on stack", **OLD),
    Case("D19", "new [I\n pop\n return", "Illegal creation of multi-dimensional array", **OLD),
    Case("D20", 'ldc "x"\n athrow', "Can only throw Throwable objects", **OLD),
    Case("D21", "iconst_0\n monitorenter\n return", "Expecting to find object/array on stack",
         **OLD),
    Case("D22", "iconst_0\n lookupswitch L 5:L 3:L\n L:\n return", "Unsorted lookup switch",
         **OLD),
    Case("D23", "lconst_0\n l2i\n i2l\n pop\n return",
         "Attempt to split long or double on the stack", **OLD),
    Case("D24", 'ldc "x"\n areturn', "Wrong return type in function",
         desc="()Ljava/lang/Integer;", **OLD),
    Case("D25", "iconst_0\n ifeq L\n iconst_0\n goto M\n L:\n fconst_0\n M:\n pop\n return",
         "Mismatched stack types", **OLD),
    Case("D26", "iconst_0\n ifeq L\n iconst_0\n L:\n return", "Inconsistent stack height 1 != 0",
         **OLD),
    Case("D27", "iconst_0\n invokestatic java/lang/Math.abs:(J)J\n pop2\n return",
         "Expecting to find long on stack", **OLD),
    Case("D28", 'ldc "x"\n ldc 1.0f\n putfield D28.f:I\n return',
         "Expecting to find integer on stack", **OLD),
    Case("D29", "iconst_1\n iconst_1\n multianewarray [I 2\n pop\n return",
         "Illegal dimension argument", **OLD),
    Case("D30", "aconst_null\n iconst_0\n aaload\n pop\n iconst_1\n newarray int\n iconst_0\n"
         " aaload\n pop\n return", "Expecting to find array of objects or arrays on stack", **OLD),
    Case("E5", "iconst_0\n istore_0\n ret 0", "Register 0 contains wrong type", max_locals=1,
         **OLD),
    Case("E7", "jsr L\n return\n L:\n astore_0\n jsr L\n ret 0", "Recursive call to jsr entry",
         max_locals=1, **OLD),
    Case("E8", "jsr L\n return\n L:\n aload_0\n pop\n return",
         "Accessing value from uninitialized register 0", max_locals=1, **OLD),
    Case("E9", "jsr L\n return\n L:\n astore_0\n aload_0\n pop\n return",
         "Cannot load return address from register 0", max_locals=1, **OLD),
    Case("E10", "S:\n iconst_0\n pop\n E:\n return\n H:\n pop\n return\n"
         " .catch S E H java/lang/String", "catch_type not a subclass of Throwable", **OLD),
    Case("E11", "S:\n iconst_0\n pop\n E:\n return\n H:\n iconst_0\n ireturn\n .catch S E H any",
         "Wrong return type in function", **OLD),
    Case("E12", "S:\n iconst_0\n pop\n E:\n return\n .catch S E 1 any", "Mismatched stack types",
         **OLD),
    Case("E13", 'ldc "x"\n invokespecial java/lang/String.length:()I\n pop\n return',
         "Illegal use of nonvirtual function call", **OLD),
    Case("E15", "aload_0\n iconst_0\n putfield E15.f:I\n aload_0\n"
         " invokespecial java/lang/Object.<init>:()V\n return",
         "Expecting to find object/array on stack", access=1, mname="<init>", **OLD),
    Case("E17", "lconst_0\n lstore_0\n iload_1\n pop\n return", "Register 1 contains wrong type",
         max_locals=2, **OLD),
    Case("E18", "lconst_0\n lstore_0\n iconst_0\n istore_1\n lload_0\n pop2\n return",
         "Register pair 0/1 contains wrong type", max_locals=2, **OLD),
    Case("E21", "ldc2_w 5L\n pop\n return", "Attempt to split long or double on the stack", **OLD),
    Case("E22", "ldc 5\n pop2\n return", "Unable to pop operand off an empty stack", **OLD),
    Case("E24", "invokestatic java/lang/Math.abs:(I)I\n return",
         "Unable to pop operand off an empty stack", **OLD),
    Case("E25", "iconst_0\n invokestatic java/lang/Math.abs:(I)I\n return", "Stack size too large",
         max_stack=0, **OLD),
    Case("H3", "iconst_0\n .bytes 0x10", "Code stops in the middle of instruction  starting at offset 1",
         **OLD),
    Case("I1", "aconst_null\n iconst_0\n baload\n pop\n iconst_1\n newarray int\n iconst_0\n baload\n"
         " pop\n return", "Expecting to find array of bytes or Booleans on stack", **OLD),
    Case("I2", "aconst_null\n iconst_0\n caload\n pop\n iconst_1\n newarray int\n iconst_0\n caload\n"
         " pop\n return", "Expecting to find array of chars on stack", **OLD),
    Case("I3", "iconst_0\n arraylength\n pop\n return", "Expecting to find array on stack", **OLD),
    Case("I4", "iconst_0\n tableswitch 5 L\n L:\n return", "Illegal instruction found at offset 1",
         **OLD),
    Case("I5", "ldc_w #999\n pop\n return", "Illegal constant pool index", **OLD),
    Case("I6", "aconst_null\n invokevirtual java/lang/Object.<init>:()V\n return",
         "Must call initializers using invokespecial", **OLD),
    Case("I7", "aconst_null\n invokeinterface java/lang/Runnable.run:()V\n return",
         "Inconsistent args_size for invokeinterface", patch=_set_code_byte(4, 2), **OLD),
    Case("I8", "iconst_1\n newarray 3\n pop\n return", "Bad type passed to newarray", **OLD),
    Case("I9", "iconst_1\n multianewarray java/lang/String 1\n pop\n return",
         "Illegal dimension argument", **OLD),
    Case("I10", "fconst_0\n ireturn", "Expecting to find integer on stack", desc="()F", **OLD),
    Case("I11", "iconst_0\n lreturn", "Expecting to find long on stack", desc="()J", **OLD),
    Case("I12", 'ldc "x"\n iconst_1\n invokevirtual java/lang/String.concat:(Ljava/lang/String;)'
         'Ljava/lang/String;\n pop\n return', "Expecting to find object/array on stack", **OLD),
    Case("I14", 'ldc "x"\n invokestatic java/lang/String.valueOf:(Ljava/lang/Integer;)'
         'Ljava/lang/String;\n pop\n return', "Incompatible argument to function", **OLD),
    Case("I16", 'ldc "x"\n invokevirtual java/lang/Integer.intValue:()I\n pop\n return',
         "Incompatible object argument for function call", **OLD),
    Case("I17", "iconst_0\n ifnull L\n L:\n return", "Expecting to find object/array on stack",
         **OLD),
    Case("I18", "lconst_0\n lstore_0\n lload_1\n pop2\n return",
         "Accessing value from uninitialized register pair 1/2", max_locals=3, **OLD),
    Case("I20", "jsr L\n return\n L:\n astore_0\n iconst_0\n istore_0\n ret 0",
         "Register 0 contains wrong type", max_locals=1, **OLD),
    Case("I22", "iconst_0\n checkcast java/lang/String\n pop\n return",
         "Expecting to find object/array on stack", **OLD),
    Case("I24", "iconst_0\n ifeq L\n return\n L:\n iconst_0", "Falling off the end of the code",
         **OLD),
    Case("I25", "aconst_null\n iconst_0\n iconst_0\n iastore\n aconst_null\n iconst_0\n fconst_0\n"
         " iastore\n return", "Expecting to find integer on stack", **OLD),
    Case("J1", "S:\n sipush 1\n pop\n E:\n return\n H:\n pop\n return\n .catch 1 E H any",
         "Illegal exception table range", error=CFE, **OLD),
    Case("J3", "S:\n sipush 1\n pop\n E:\n return\n H:\n pop\n return\n .catch S E 1 any",
         "Illegal exception table handler", error=CFE, **OLD),
    Case("J16", "iconst_0\n iconst_0\n if_acmpeq L\n L:\n return",
         "Expecting to find object/array on stack", **OLD),
    Case("J17", "new java/lang/Object\n astore_0\n aload_0\n monitorenter\n return",
         "Expecting to find object/array on stack", max_locals=1, **OLD),
    # two objects from one `new` (JVMS 4.10.1.9): the older one is unusable
    Case("U2", "aconst_null\n astore_0\n L:\n new java/lang/Object\n astore_1\n aload_1\n"
         " invokespecial java/lang/Object.<init>:()V\n new java/lang/Object\n astore_0\n"
         " iconst_0\n ifeq L\n aload_0\n invokevirtual java/lang/Object.hashCode:()I\n pop\n"
         " return", "Expecting to find object/array on stack", max_locals=2, **OLD),
    # a subroutine left by goto: a later `ret` returns with the frame of that moment
    Case("R1", "iconst_0\n istore_2\n jsr S\n iload_2\n ireturn\n S:\n astore_1\n goto Out\n"
         " Out:\n ldc \"x\"\n astore_2\n ret 1", "Register 2 contains wrong type", desc="()I",
         max_locals=3, major=48, stackmap="none"),
    # the same with a CLDC StackMap (HotSpot ignores it and infers)
    Case("L1", 'ldc "x"\n iconst_1\n iadd\n pop\n return', "Expecting to find integer on stack",
         **CLDC),
    Case("L2", "iconst_0\n ifeq L\n iconst_1\n istore_0\n L:\n .frame I |\n iload_0\n pop\n return",
         "Accessing value from uninitialized register 0", max_locals=1, **CLDC),
    Case("L3", "L:\n .frame |\n new java/lang/Object\n goto L", "Inconsistent stack height 1 != 0",
         **CLDC),
    Case("L4", "aload_0\n invokespecial java/lang/String.<init>:()V\n return",
         "Call to wrong initialization method", access=1, mname="<init>", **CLDC),
    Case("L5", "iconst_1\n iconst_1\n pop2\n return", "Stack size too large", max_stack=1, **CLDC),
    Case("L6", "iconst_0\n istore 10\n return", "Illegal local variable number", max_locals=2,
         **CLDC),
    Case("L7", "S:\n iconst_0\n pop\n E:\n return\n H:\n .frame | java/lang/String\n pop\n return\n"
         " .catch S E H java/lang/String", "catch_type not a subclass of Throwable", **CLDC),
    # and with the oldest class files
    Case("M1", 'ldc "x"\n iconst_1\n iadd\n pop\n return', "Expecting to find integer on stack",
         **M45),
    Case("M2", "ldc class M2\n pop\n return", "Illegal type in constant pool", **M45),
    Case("M3", "iconst_0\n ifeq L\n L:\n fconst_0\n fstore_0\n iload_0\n pop\n return",
         "Register 0 contains wrong type", max_locals=1, **M45),
    Case("M4", "jsr L\n return\n L:\n astore_0\n lconst_0\n lstore_0\n ret 0",
         "Register 0 contains wrong type", max_locals=2, **M45),
    Case("M5", "iconst_0\n istore_1\n jsr L\n iload_1\n pop\n return\n L:\n astore_0\n fconst_0\n"
         " fstore_1\n ret 0", "Register 1 contains wrong type", max_locals=2, **M45),
]

# Methods HotSpot accepts, kept next to the invalid ones (each must verify).
VALID_CASES = [
    Case("OK1", "aconst_null\n iconst_0\n iaload\n pop\n return", None),
    Case("OK2", "new java/lang/Object\n astore_0\n return", None, max_locals=1),
    Case("OK3", "aload_0\n getfield OK3.f:I\n pop\n return", None, access=1),
    Case("OK4", "aconst_null\n aload_0\n invokespecial java/lang/Object.hashCode:()I\n pop\n pop\n"
         " return", None, access=1),
    Case("OK5", "iconst_0\n L:\n .frame | I\n return", None),
    Case("OK6", "new java/lang/Object\n L:\n .frame | U:0\n iconst_0\n ifeq L\n pop\n return", None),
    Case("OK7", "new java/lang/Object\n L:\n .frame | U:0\n iconst_0\n ifeq L\n pop\n return", None,
         major=50),
    Case("OK8", "iconst_1\n anewarray I\n pop\n return", None),
    Case("OK9", "new java/lang/Runnable\n pop\n return", None),
    Case("OK10", "aconst_null\n athrow", None),
    Case("OK11", "iconst_0\n tableswitch 5 L L L\n L:\n .frame |\n return", None),
    Case("OK12", "aload_0\n iconst_0\n putfield OK12.f:I\n aload_0\n"
         " invokespecial java/lang/Object.<init>:()V\n return", None, access=1, mname="<init>",
         fields=[("f", "I", 0)]),
    Case("OK13", "aload_0\n iconst_0\n putfield OK13.f:I\n aload_0\n"
         " invokespecial java/lang/Object.<init>:()V\n return", None, access=1, mname="<init>",
         fields=[("f", "I", 0)], **OLD),
    Case("OK14", "jsr L\n return\n L:\n astore_0\n ret 0", None, max_locals=1, major=50),
    Case("OK15", "jsr L\n return\n L:\n astore_0\n ret 0", None, max_locals=1, **OLD),
    Case("OK16", "jsr L\n return\n L:\n pop\n return", None, max_locals=1, **OLD),
    Case("OK17", "jsr L\n jsr L\n return\n L:\n astore_0\n ret 0", None, max_locals=1, **OLD),
    Case("OK18", "iconst_0\n ifeq L\n L:\n return", None, major=50),
    Case("OK19", "iconst_0\n ireturn", None, desc="()Z"),
    Case("OK20", "iconst_1\n anewarray java/lang/String\n iconst_0\n iconst_1\n"
         " anewarray java/lang/Integer\n aastore\n return", None),
    Case("OK21", "new java/lang/Object\n astore_0\n aload_0\n monitorenter\n return", None,
         max_locals=1),
    Case("OK22", "aconst_null\n checkcast [I\n pop\n return", None, **OLD),
    Case("OK23", "ldc 5\n pop\n ldc \"a\"\n pop\n ldc 1.0f\n pop\n ldc2_w 5L\n pop2\n ldc2_w 2.5\n"
         " pop2\n return", None, **OLD),
    Case("OK24", "new java/lang/Object\n dup\n invokespecial java/lang/Object.<init>:()V\n"
         " astore_0\n return", None, max_locals=1, **OLD),
    Case("OK25", "S:\n iconst_0\n pop\n E:\n return\n H:\n pop\n return\n .catch 1 E H any", None,
         **OLD),
    Case("OK28", "iconst_0\n tableswitch 0 L L\n L:\n .frame |\n return", None,
         patch=_set_code_byte(2, 1)),                      # nonzero switch padding
    Case("OK29", "iconst_1\n anewarray " + "[" * 254 + "I\n pop\n return", None),
    Case("OK30", "aload_0\n invokespecial interface java/util/List.size:()I\n pop\n return",
         None, access=1, interfaces=["java/util/List"]),
    # a finally block left through an exception and entered again (HotSpot accepts)
    Case("OK26", """
        iconst_0
        istore_0
     Loop:
        iload_0
        iconst_3
        if_icmpge Done
     S:
        invokestatic OK26.g:()V
        jsr Sub
        goto Next
     Sub:
        astore_1
        invokestatic OK26.g:()V
        ret 1
     SubEnd:
        pop
     Next:
        iinc 0 1
        goto Loop
     Done:
        return
        .catch S SubEnd SubEnd java/lang/RuntimeException
    """, None, max_locals=2, major=48, stackmap="none", extra=_callee),
    # locals set before a finally block keep their types after it
    Case("OK27", "iconst_0\n istore_1\n jsr L\n iload_1\n pop\n ldc \"s\"\n astore_1\n jsr L\n"
         " aload_1\n pop\n return\n L:\n astore_0\n ret 0", None, max_locals=2, **M45),
]
