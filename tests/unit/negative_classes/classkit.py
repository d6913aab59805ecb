"""A small class-file writer for the negative corpus: it writes exactly what
it is told, valid or not (no checks, no reordering), so each case can break
one rule and keep everything else valid.

    k = Klass("Main")
    m = k.method("main", "([Ljava/lang/String;)V", ACC_PUBLIC | ACC_STATIC)
    m.asm.println("hello").op("return")
    data = k.build()

Constant-pool entries are added on demand and shared (``k.cp``); ``raw`` puts
any bytes in the pool.  ``Asm`` assembles instructions by mnemonic with
labels for branches; ``stack_map`` encodes full frames.
"""

import struct

ACC_PUBLIC, ACC_PRIVATE, ACC_PROTECTED, ACC_STATIC = 0x0001, 0x0002, 0x0004, 0x0008
ACC_FINAL, ACC_SUPER, ACC_SYNCHRONIZED, ACC_VOLATILE = 0x0010, 0x0020, 0x0020, 0x0040
ACC_BRIDGE, ACC_TRANSIENT, ACC_VARARGS, ACC_NATIVE = 0x0040, 0x0080, 0x0080, 0x0100
ACC_INTERFACE, ACC_ABSTRACT, ACC_STRICT, ACC_SYNTHETIC = 0x0200, 0x0400, 0x0800, 0x1000
ACC_ANNOTATION, ACC_ENUM, ACC_MODULE = 0x2000, 0x4000, 0x8000

MAIN_DESC = "([Ljava/lang/String;)V"

# mnemonic -> (opcode, operand format); formats: "" none, "b" s1, "B" u1,
# "h" s2, "H" u2 (pool index), "L" label (s2 branch), "W" label (s4 branch),
# "iinc" u1 s1, "iface" u2 u1 u1, "indy" u2 u1 u1, "multi" u2 u1.
_NAMES = (
    "nop aconst_null iconst_m1 iconst_0 iconst_1 iconst_2 iconst_3 iconst_4 iconst_5 lconst_0 "
    "lconst_1 fconst_0 fconst_1 fconst_2 dconst_0 dconst_1 bipush sipush ldc ldc_w ldc2_w iload "
    "lload fload dload aload iload_0 iload_1 iload_2 iload_3 lload_0 lload_1 lload_2 lload_3 "
    "fload_0 fload_1 fload_2 fload_3 dload_0 dload_1 dload_2 dload_3 aload_0 aload_1 aload_2 "
    "aload_3 iaload laload faload daload aaload baload caload saload istore lstore fstore dstore "
    "astore istore_0 istore_1 istore_2 istore_3 lstore_0 lstore_1 lstore_2 lstore_3 fstore_0 "
    "fstore_1 fstore_2 fstore_3 dstore_0 dstore_1 dstore_2 dstore_3 astore_0 astore_1 astore_2 "
    "astore_3 iastore lastore fastore dastore aastore bastore castore sastore pop pop2 dup dup_x1 "
    "dup_x2 dup2 dup2_x1 dup2_x2 swap iadd ladd fadd dadd isub lsub fsub dsub imul lmul fmul dmul "
    "idiv ldiv fdiv ddiv irem lrem frem drem ineg lneg fneg dneg ishl lshl ishr lshr iushr lushr "
    "iand land ior lor ixor lxor iinc i2l i2f i2d l2i l2f l2d f2i f2l f2d d2i d2l d2f i2b i2c i2s "
    "lcmp fcmpl fcmpg dcmpl dcmpg ifeq ifne iflt ifge ifgt ifle if_icmpeq if_icmpne if_icmplt "
    "if_icmpge if_icmpgt if_icmple if_acmpeq if_acmpne goto jsr ret tableswitch lookupswitch "
    "ireturn lreturn freturn dreturn areturn return getstatic putstatic getfield putfield "
    "invokevirtual invokespecial invokestatic invokeinterface invokedynamic new newarray "
    "anewarray arraylength athrow checkcast instanceof monitorenter monitorexit wide "
    "multianewarray ifnull ifnonnull goto_w jsr_w").split()
OPCODE = {n: i for i, n in enumerate(_NAMES)}
FORMAT = {n: "" for n in _NAMES}
FORMAT.update({"bipush": "b", "sipush": "h", "ldc": "B", "ldc_w": "H", "ldc2_w": "H",
               "newarray": "B", "iinc": "iinc", "invokeinterface": "iface",
               "invokedynamic": "indy", "multianewarray": "multi", "goto_w": "W", "jsr_w": "W"})
for _n in ("iload lload fload dload aload istore lstore fstore dstore astore ret").split():
    FORMAT[_n] = "B"
for _n in ("getstatic putstatic getfield putfield invokevirtual invokespecial invokestatic "
           "new anewarray checkcast instanceof").split():
    FORMAT[_n] = "H"
for _n in _NAMES[OPCODE["ifeq"]:OPCODE["jsr"] + 1] + ["ifnull", "ifnonnull"]:
    FORMAT[_n] = "L"


class Pool:
    def __init__(self):
        self.entries = [None]
        self.index = {}

    def _add(self, key, raw, wide=False):
        if key is not None and key in self.index:
            return self.index[key]
        self.entries.append(raw)
        i = len(self.entries) - 1
        if wide:
            self.entries.append(None)
        if key is not None:
            self.index[key] = i
        return i

    def raw(self, data, wide=False):
        """Any bytes (tag included) as a new entry."""
        return self._add(None, bytes(data), wide)

    def utf8(self, s):
        data = s.encode("utf-8") if isinstance(s, str) else s
        return self._add(("utf8", data), b"\x01" + struct.pack(">H", len(data)) + data)

    def integer(self, v):
        return self._add(("int", v), b"\x03" + struct.pack(">i", v))

    def float(self, v):
        return self._add(("float", v), b"\x04" + struct.pack(">f", v))

    def long(self, v):
        return self._add(("long", v), b"\x05" + struct.pack(">q", v), wide=True)

    def double(self, v):
        return self._add(("double", v), b"\x06" + struct.pack(">d", v), wide=True)

    def cls(self, name):
        return self._add(("class", name), b"\x07" + struct.pack(">H", self.utf8(name)))

    def string(self, s):
        return self._add(("string", s), b"\x08" + struct.pack(">H", self.utf8(s)))

    def nat(self, name, desc):
        return self._add(("nat", name, desc), b"\x0c" + struct.pack(">HH", self.utf8(name), self.utf8(desc)))

    def _ref(self, tag, kind, owner, name, desc):
        return self._add((kind, owner, name, desc), bytes([tag]) + struct.pack(
            ">HH", self.cls(owner), self.nat(name, desc)))

    def field(self, owner, name, desc):
        return self._ref(9, "field", owner, name, desc)

    def method(self, owner, name, desc):
        return self._ref(10, "method", owner, name, desc)

    def imethod(self, owner, name, desc):
        return self._ref(11, "imethod", owner, name, desc)

    def method_handle(self, kind, ref):
        return self._add(("mh", kind, ref), b"\x0f" + struct.pack(">BH", kind, ref))

    def method_type(self, desc):
        return self._add(("mt", desc), b"\x10" + struct.pack(">H", self.utf8(desc)))

    def indy(self, bsm_index, name, desc):
        return self._add(("indy", bsm_index, name, desc), b"\x12" + struct.pack(
            ">HH", bsm_index, self.nat(name, desc)))

    def count(self):
        return len(self.entries)

    def build(self):
        return b"".join(e for e in self.entries[1:] if e is not None)


class Asm:
    """Instructions by mnemonic; operands: ints, pool indexes, label names."""

    def __init__(self, pool):
        self.cp = pool
        self.items = []          # (kind, ...) kept until build: labels resolve late

    def op(self, name, *args):
        self.items.append(("op", name, args))
        return self

    def label(self, name):
        self.items.append(("label", name))
        return self

    def raw(self, *data):
        self.items.append(("raw", bytes(data)))
        return self

    # conveniences -------------------------------------------------------------
    def println(self, text):
        self.op("getstatic", self.cp.field("java/lang/System", "out", "Ljava/io/PrintStream;"))
        self.op("ldc_w", self.cp.string(text))
        return self.op("invokevirtual", self.cp.method("java/io/PrintStream", "println", "(Ljava/lang/String;)V"))

    def invoke(self, kind, owner, name, desc):
        if kind == "invokeinterface":
            return self.op(kind, self.cp.imethod(owner, name, desc), _arg_slots(desc) + 1, 0)
        return self.op(kind, self.cp.method(owner, name, desc))

    def field(self, kind, owner, name, desc):
        return self.op(kind, self.cp.field(owner, name, desc))

    def new_init(self, cls, desc="()V"):
        self.op("new", self.cp.cls(cls)).op("dup")
        return self.op("invokespecial", self.cp.method(cls, "<init>", desc))

    def build(self):
        """(code bytes, {label: pc})."""
        labels, pc = {}, 0
        for it in self.items:                      # first pass: pcs
            if it[0] == "label":
                labels[it[1]] = pc
            else:
                pc += len(self._encode(it, pc, None))
        out = bytearray()
        for it in self.items:
            if it[0] != "label":
                out += self._encode(it, len(out), labels)
        return bytes(out), labels

    def _encode(self, it, pc, labels):
        if it[0] == "raw":
            return it[1]
        _, name, args = it
        fmt = FORMAT[name]
        b = bytearray([OPCODE[name]])
        if fmt == "b":
            b += struct.pack(">b", args[0])
        elif fmt == "B":
            b += struct.pack(">B", args[0])
        elif fmt == "h":
            b += struct.pack(">h", args[0])
        elif fmt == "H":
            b += struct.pack(">H", args[0])
        elif fmt in ("L", "W"):
            target = args[0]
            off = 0 if labels is None else (labels[target] - pc if isinstance(target, str) else target)
            b += struct.pack(">h" if fmt == "L" else ">i", off)
        elif fmt == "iinc":
            b += struct.pack(">Bb", args[0], args[1])
        elif fmt in ("iface", "indy"):
            b += struct.pack(">HBB", args[0], *(args[1:] or (0, 0)))
        elif fmt == "multi":
            b += struct.pack(">HB", args[0], args[1])
        return bytes(b)


def _arg_slots(desc):
    try:
        return _count_slots(desc)
    except (IndexError, ValueError):     # a broken descriptor on purpose
        return 0


def _count_slots(desc):
    i, n = 1, 0
    while desc[i] != ")":
        c = desc[i]
        if c in "JD":
            n += 2
            i += 1
        elif c == "L":
            n += 1
            i = desc.index(";", i) + 1
        elif c == "[":
            while desc[i] == "[":
                i += 1
            i = desc.index(";", i) + 1 if desc[i] == "L" else i + 1
            n += 1
        else:
            n += 1
            i += 1
    return n


def vtype(pool, t, labels):
    """Encode one verification type: I F J D N T UT, U:label, or a class name."""
    simple = {"T": 0, "I": 1, "F": 2, "D": 3, "J": 4, "N": 5, "UT": 6}
    if t in simple:
        return bytes([simple[t]])
    if t.startswith("U:"):
        return b"\x08" + struct.pack(">H", labels[t[2:]])
    return b"\x07" + struct.pack(">H", pool.cls(t))


def stack_map(pool, frames, labels):
    """StackMapTable body of full frames: [(label, [locals], [stack])]."""
    out = bytearray(struct.pack(">H", len(frames)))
    last = -1
    for label, locals_, stack in frames:
        pc = labels[label]
        out += struct.pack(">BH", 255, pc - last - 1)
        out += struct.pack(">H", len(locals_)) + b"".join(vtype(pool, t, labels) for t in locals_)
        out += struct.pack(">H", len(stack)) + b"".join(vtype(pool, t, labels) for t in stack)
        last = pc
    return bytes(out)


class Method:
    def __init__(self, klass, name, desc, access):
        self.klass = klass
        self.name = name
        self.desc = desc
        self.access = access
        self.asm = Asm(klass.cp)
        self.max_stack = 6
        self.max_locals = None           # default: the argument slots (+ 4 spare)
        self.has_code = not (access & (ACC_ABSTRACT | ACC_NATIVE))
        self.handlers = []               # (start label, end label, handler label, class or None)
        self.frames = None               # [(label, locals, stack)] -> StackMapTable
        self.code_attrs = []             # extra (name, bytes) inside Code
        self.attrs = []                  # extra (name, bytes) on the method
        self.code_override = None        # bytes of the code array, verbatim
        self.name_index = None           # pool index overrides (for broken names)
        self.desc_index = None

    def build(self):
        cp = self.klass.cp
        attrs = []
        if self.has_code:
            code, labels = self.asm.build()
            if self.code_override is not None:
                code = self.code_override
            table = b"".join(struct.pack(">HHHH", labels[s] if isinstance(s, str) else s,
                                         labels[e] if isinstance(e, str) else e,
                                         labels[h] if isinstance(h, str) else h,
                                         0 if c is None else (c if isinstance(c, int) else cp.cls(c)))
                             for s, e, h, c in self.handlers)
            inner = list(self.code_attrs)
            if self.frames is not None:
                inner.append(("StackMapTable", stack_map(cp, self.frames, labels)))
            max_locals = self.max_locals
            if max_locals is None:
                max_locals = _arg_slots(self.desc) + (0 if self.access & ACC_STATIC else 1) + 4
            body = (struct.pack(">HHI", self.max_stack, max_locals, len(code)) + code +
                    struct.pack(">H", len(self.handlers)) + table + _attributes(cp, inner))
            attrs.append(("Code", body))
        attrs += self.attrs
        return struct.pack(">HHH", self.access,
                           self.name_index if self.name_index is not None else cp.utf8(self.name),
                           self.desc_index if self.desc_index is not None else cp.utf8(self.desc)
                           ) + _attributes(cp, attrs)


class Field:
    def __init__(self, klass, name, desc, access):
        self.klass = klass
        self.name = name
        self.desc = desc
        self.access = access
        self.attrs = []

    def build(self):
        cp = self.klass.cp
        return struct.pack(">HHH", self.access, cp.utf8(self.name), cp.utf8(self.desc)) + \
            _attributes(cp, self.attrs)


def _attributes(cp, attrs):
    out = bytearray(struct.pack(">H", len(attrs)))
    for name, body in attrs:
        idx = name if isinstance(name, int) else cp.utf8(name)
        out += struct.pack(">HI", idx, len(body)) + body
    return bytes(out)


class Klass:
    def __init__(self, name, super_name="java/lang/Object", access=ACC_PUBLIC | ACC_SUPER,
                 major=52, minor=0, interfaces=()):
        self.cp = Pool()
        self.name = name
        self.access = access
        self.major = major
        self.minor = minor
        self.this_index = self.cp.cls(name)
        self.super_index = 0 if super_name is None else self.cp.cls(super_name)
        self.interface_indexes = [self.cp.cls(i) for i in interfaces]
        self.fields = []
        self.methods = []
        self.attrs = []
        self.magic = 0xCAFEBABE
        self.trailing = b""

    def method(self, name, desc, access=ACC_PUBLIC | ACC_STATIC):
        m = Method(self, name, desc, access)
        self.methods.append(m)
        return m

    def main(self):
        return self.method("main", MAIN_DESC, ACC_PUBLIC | ACC_STATIC)

    def init(self, super_name="java/lang/Object", access=ACC_PUBLIC):
        """A constructor that calls super()."""
        m = self.method("<init>", "()V", access)
        m.asm.op("aload_0").invoke("invokespecial", super_name, "<init>", "()V").op("return")
        return m

    def field(self, name, desc, access=ACC_PUBLIC | ACC_STATIC):
        f = Field(self, name, desc, access)
        self.fields.append(f)
        return f

    def build(self):
        # members first: they add pool entries
        fields = b"".join(f.build() for f in self.fields)
        methods = b"".join(m.build() for m in self.methods)
        attrs = _attributes(self.cp, self.attrs)
        return (struct.pack(">IHHH", self.magic, self.minor, self.major, self.cp.count()) +
                self.cp.build() +
                struct.pack(">HHHH", self.access, self.this_index, self.super_index,
                            len(self.interface_indexes)) +
                b"".join(struct.pack(">H", i) for i in self.interface_indexes) +
                struct.pack(">H", len(self.fields)) + fields +
                struct.pack(">H", len(self.methods)) + methods + attrs + self.trailing)
