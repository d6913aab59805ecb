"""Byte offsets inside a *valid* class file, for structure-aware mutators.

The fuzzer's seeds are javac output, so this scanner may be strict: it raises
``ValueError`` on anything it does not understand.  It deliberately does not
use ``kvm_core.classfile`` (the code under test); it only needs offsets:

* every constant-pool entry (index, tag, offset of the tag byte);
* every place a u2 constant-pool index is stored (in the pool, the class
  header, member and attribute headers, known attribute bodies and in the
  operands of bytecode instructions), plus the u1 index of ``ldc``;
* every attribute header (name, offset of its u4 length, body range);
* every Code attribute with its instructions, branch operands and exception
  table;
* the access_flags of the class and of each field and method.
"""

import struct

# Operand bytes after the opcode for fixed-length instructions (JVMS §6.5).
OPERAND_BYTES = [0] * 256
for _op in (16, 18, 21, 22, 23, 24, 25, 54, 55, 56, 57, 58, 169, 188):
    OPERAND_BYTES[_op] = 1
for _op in (17, 19, 20, 132, *range(153, 169), *range(178, 185), 187, 189, 192, 193, 198, 199):
    OPERAND_BYTES[_op] = 2
OPERAND_BYTES[197] = 3
for _op in (185, 186, 200, 201):
    OPERAND_BYTES[_op] = 4
TABLESWITCH, LOOKUPSWITCH, WIDE = 170, 171, 196

CP_U2_OPERAND = {19, 20, *range(178, 185), 187, 189, 192, 193, 197}   # u2 pool index at +1
CP_U2_OPERAND_INDY = {185, 186}                                     # also at +1
BRANCH16 = set(range(153, 169)) | {198, 199}
BRANCH32 = {200, 201}

# Constant-pool tags: size of the body after the tag byte (Utf8 is variable).
CP_BODY = {3: 4, 4: 4, 5: 8, 6: 8, 7: 2, 8: 2, 9: 4, 10: 4, 11: 4, 12: 4,
           15: 3, 16: 2, 17: 4, 18: 4, 19: 2, 20: 2}
# Offsets (relative to the body) of u2 fields that are constant-pool indices.
CP_INNER_REFS = {7: (0,), 8: (0,), 9: (0, 2), 10: (0, 2), 11: (0, 2), 12: (0, 2),
                 15: (1,), 16: (0,), 17: (2,), 18: (2,), 19: (0,), 20: (0,)}


class Attribute:
    __slots__ = ("name", "header", "length_at", "start", "end", "owner")

    def __init__(self, name, header, length_at, start, end, owner):
        self.name = name            # decoded attribute name
        self.header = header        # offset of attribute_name_index
        self.length_at = length_at  # offset of the u4 attribute_length
        self.start = start          # first body byte
        self.end = end              # one past the last body byte
        self.owner = owner          # "class", "field N", "method N", "code N"


class Instruction:
    __slots__ = ("at", "pc", "opcode", "length")

    def __init__(self, at, pc, opcode, length):
        self.at = at            # absolute file offset of the opcode byte
        self.pc = pc            # offset within the code array
        self.opcode = opcode
        self.length = length    # total length including operands


class Code:
    __slots__ = ("method", "attr", "max_stack_at", "max_locals_at", "code_length_at",
                 "code_start", "code_end", "instructions", "branches", "handlers_at",
                 "handler_count")

    def __init__(self, method, attr):
        self.method = method
        self.attr = attr
        self.instructions = []
        self.branches = []          # (absolute offset of the branch operand, size 2 or 4)


class Layout:
    def __init__(self, data):
        self.data = bytes(data)
        self.cp_entries = []        # (index, tag, offset of tag byte)
        self.utf8 = {}
        self.cp_refs = []           # (offset, size) of a pool index: size 1 (ldc) or 2
        self.attributes = []
        self.codes = []
        self.access_at = []         # offsets of u2 access_flags: class, fields, methods
        self.methods = []           # (name, descriptor, access_at)
        self._scan()

    # ---- reading helpers ----------------------------------------------------

    def u1(self, pos):
        return self.data[pos]

    def u2(self, pos):
        return struct.unpack_from(">H", self.data, pos)[0]

    def u4(self, pos):
        return struct.unpack_from(">I", self.data, pos)[0]

    def _need(self, pos, n):
        if pos + n > len(self.data):
            raise ValueError("truncated at %d" % pos)

    # ---- the scan -------------------------------------------------------------

    def _scan(self):
        d = self.data
        if d[:4] != b"\xca\xfe\xba\xbe":
            raise ValueError("bad magic")
        self.cp_count = self.u2(8)
        pos = 10
        i = 1
        while i < self.cp_count:
            tag = d[pos]
            self.cp_entries.append((i, tag, pos))
            if tag == 1:
                n = self.u2(pos + 1)
                self.utf8[i] = d[pos + 3:pos + 3 + n].decode("utf-8", "replace")
                pos += 3 + n
            elif tag in CP_BODY:
                for rel in CP_INNER_REFS.get(tag, ()):
                    self.cp_refs.append((pos + 1 + rel, 2))
                pos += 1 + CP_BODY[tag]
                if tag in (5, 6):
                    i += 1
            else:
                raise ValueError("bad constant tag %d" % tag)
            i += 1
        self.cp_end = pos
        self.access_at.append(pos)
        self.cp_refs += [(pos + 2, 2), (pos + 4, 2)]        # this_class, super_class
        n = self.u2(pos + 6)
        pos += 8
        for _ in range(n):
            self.cp_refs.append((pos, 2))
            pos += 2
        pos = self._members(pos, "field")
        pos = self._members(pos, "method")
        pos = self._attributes(pos, "class")
        if pos != len(d):
            raise ValueError("trailing bytes")
        self.cp_refs = [(at, n) for at, n in self.cp_refs if at + n <= len(d)]

    def _members(self, pos, kind):
        n = self.u2(pos)
        pos += 2
        for k in range(n):
            self.access_at.append(pos)
            self.cp_refs += [(pos + 2, 2), (pos + 4, 2)]
            if kind == "method":
                self.methods.append((self.utf8.get(self.u2(pos + 2)), self.utf8.get(self.u2(pos + 4)), pos))
            pos = self._attributes(pos + 6, "%s %d" % (kind, k))
        return pos

    def _attributes(self, pos, owner):
        n = self.u2(pos)
        pos += 2
        for _ in range(n):
            self._need(pos, 6)
            name = self.utf8.get(self.u2(pos))
            length = self.u4(pos + 2)
            start, end = pos + 6, pos + 6 + length
            self._need(start, length)
            attr = Attribute(name, pos, pos + 2, start, end, owner)
            self.attributes.append(attr)
            self.cp_refs.append((pos, 2))
            self._attribute_body(attr)
            pos = end
        return pos

    def _attribute_body(self, a):
        s = a.start
        name = a.name
        if name in ("SourceFile", "Signature", "ConstantValue", "NestHost"):
            self.cp_refs.append((s, 2))
        elif name in ("Exceptions", "NestMembers", "PermittedSubclasses"):
            for k in range(self.u2(s)):
                self.cp_refs.append((s + 2 + 2 * k, 2))
        elif name == "InnerClasses":
            for k in range(self.u2(s)):
                base = s + 2 + 8 * k
                self.cp_refs += [(base, 2), (base + 2, 2), (base + 4, 2)]
        elif name == "EnclosingMethod":
            self.cp_refs += [(s, 2), (s + 2, 2)]
        elif name == "BootstrapMethods":
            p = s + 2
            for _ in range(self.u2(s)):
                self.cp_refs.append((p, 2))
                nargs = self.u2(p + 2)
                for k in range(nargs):
                    self.cp_refs.append((p + 4 + 2 * k, 2))
                p += 4 + 2 * nargs
        elif name == "LocalVariableTable":
            for k in range(self.u2(s)):
                base = s + 2 + 10 * k
                self.cp_refs += [(base + 4, 2), (base + 6, 2)]
        elif name == "Code" and a.owner.startswith("method"):
            self._code(a)

    def _code(self, a):
        c = Code(a.owner, a)
        s = a.start
        c.max_stack_at, c.max_locals_at, c.code_length_at = s, s + 2, s + 4
        n = self.u4(s + 4)
        c.code_start, c.code_end = s + 8, s + 8 + n
        if c.code_end + 4 > a.end:
            raise ValueError("code array runs past its attribute")
        self._instructions(c)
        c.handlers_at = c.code_end + 2
        c.handler_count = self.u2(c.code_end)
        for k in range(c.handler_count):
            self.cp_refs.append((c.handlers_at + 8 * k + 6, 2))
        self.codes.append(c)
        self._attributes(c.handlers_at + 8 * c.handler_count, "code " + a.owner.split()[1])

    def _instructions(self, c):
        d = self.data
        p = c.code_start
        while p < c.code_end:
            op = d[p]
            pc = p - c.code_start
            if op == TABLESWITCH or op == LOOKUPSWITCH:
                q = p + 1 + (3 - pc % 4)
                c.branches.append((q, 4))
                if op == TABLESWITCH:
                    self._need(q, 12)
                    low, high = struct.unpack_from(">ii", d, q + 4)
                    n = high - low + 1
                    if n < 0 or q + 12 + 4 * n > c.code_end:
                        raise ValueError("bad tableswitch at pc %d" % pc)
                    c.branches += [(q + 12 + 4 * k, 4) for k in range(n)]
                    length = q + 12 + 4 * n - p
                else:
                    self._need(q, 8)
                    npairs = struct.unpack_from(">i", d, q + 4)[0]
                    if npairs < 0 or q + 8 + 8 * npairs > c.code_end:
                        raise ValueError("bad lookupswitch at pc %d" % pc)
                    c.branches += [(q + 12 + 8 * k, 4) for k in range(npairs)]
                    length = q + 8 + 8 * npairs - p
            elif op == WIDE:
                length = 6 if d[p + 1] == 132 else 4
            elif op > 201:
                raise ValueError("bad opcode %d at pc %d" % (op, pc))
            else:
                length = 1 + OPERAND_BYTES[op]
                if op == 18:
                    self.cp_refs.append((p + 1, 1))
                elif op in CP_U2_OPERAND or op in CP_U2_OPERAND_INDY:
                    self.cp_refs.append((p + 1, 2))
                elif op in BRANCH16:
                    c.branches.append((p + 1, 2))
                elif op in BRANCH32:
                    c.branches.append((p + 1, 4))
            c.instructions.append(Instruction(p, pc, op, length))
            p += length
        if p != c.code_end:
            raise ValueError("instruction runs past the code array")
