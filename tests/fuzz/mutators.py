"""Class-file mutators.  Each takes (rng, data, layout) and returns
(new bytes, one-line description), or None when it does not apply to this
seed (e.g. no Code attribute).  ``layout`` is the classscan.Layout of the
*seed*; mutators that change lengths are applied last (see ``mutate``)."""

import struct

from tests.fuzz.classscan import LOOKUPSWITCH, OPERAND_BYTES, TABLESWITCH, WIDE, Layout

INTERESTING_U1 = (0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF)
INTERESTING_U2 = (0, 1, 2, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFE, 0xFFFF)
INTERESTING_U4 = (0, 1, 0x7F, 0x80, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF)


def _put(data, at, fmt, value):
    b = bytearray(data)
    struct.pack_into(fmt, b, at, value)
    return bytes(b)


# ---- plain byte mutators ------------------------------------------------------

def bit_flip(rng, data, layout):
    b = bytearray(data)
    flips = []
    for _ in range(rng.choice((1, 1, 2, 4))):
        i = rng.randrange(len(b))
        bit = rng.randrange(8)
        b[i] ^= 1 << bit
        flips.append("%d.%d" % (i, bit))
    return bytes(b), "bit_flip " + ",".join(flips)


def byte_overwrite(rng, data, layout):
    b = bytearray(data)
    i = rng.randrange(len(b))
    n = min(rng.choice((1, 1, 2, 4, 8)), len(b) - i)
    new = bytes(rng.choice(INTERESTING_U1) if rng.random() < 0.5 else rng.randrange(256)
                for _ in range(n))
    b[i:i + n] = new
    return bytes(b), "byte_overwrite @%d = %s" % (i, new.hex())


def truncate(rng, data, layout):
    cut = rng.randrange(len(data))
    return data[:cut], "truncate to %d of %d bytes" % (cut, len(data))


def insert(rng, data, layout):
    i = rng.randrange(len(data) + 1)
    new = bytes(rng.randrange(256) for _ in range(rng.choice((1, 1, 2, 3, 8))))
    return data[:i] + new + data[i:], "insert @%d %s" % (i, new.hex())


def duplicate_range(rng, data, layout):
    a = rng.randrange(len(data))
    n = rng.randint(1, min(64, len(data) - a))
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[a:a + n] + data[at:], "duplicate [%d:%d] at %d" % (a, a + n, at)


# ---- structure-aware mutators ---------------------------------------------------

def cp_index_tweak(rng, data, layout):
    if not layout.cp_refs:
        return None
    at, size = rng.choice(layout.cp_refs)
    old = data[at] if size == 1 else struct.unpack_from(">H", data, at)[0]
    count = layout.cp_count
    new = rng.choice((0, count - 1, count, count + 1, old + 1, old - 1,
                      rng.randrange(1, count), rng.randrange(1, count), 0xFFFF))
    new &= 0xFF if size == 1 else 0xFFFF
    if size == 1:
        return _put(data, at, ">B", new), "cp_index_tweak u1 @%d %d -> %d" % (at, old, new)
    return _put(data, at, ">H", new), "cp_index_tweak @%d %d -> %d" % (at, old, new)


def cp_tag_swap(rng, data, layout):
    """Re-tag a pool entry as another kind with the same body size."""
    same = {2: (7, 8, 16, 19, 20), 4: (3, 4, 9, 10, 11, 12, 17, 18), 8: (5, 6)}
    entries = [(i, t, at) for i, t, at in layout.cp_entries if t != 1 and t != 15]
    if not entries:
        return None
    i, tag, at = rng.choice(entries)
    size = {3: 4, 4: 4, 5: 8, 6: 8, 7: 2, 8: 2, 9: 4, 10: 4, 11: 4, 12: 4,
            16: 2, 17: 4, 18: 4, 19: 2, 20: 2}[tag]
    new = rng.choice([t for t in same[size] if t != tag])
    return _put(data, at, ">B", new), "cp_tag_swap #%d tag %d -> %d" % (i, tag, new)


def utf8_edit(rng, data, layout):
    """Change one character of a Utf8 constant (names, descriptors)."""
    utf8 = [(i, at) for i, t, at in layout.cp_entries if t == 1 and struct.unpack_from(">H", data, at + 1)[0]]
    if not utf8:
        return None
    i, at = rng.choice(utf8)
    n = struct.unpack_from(">H", data, at + 1)[0]
    k = rng.randrange(n)
    new = rng.choice(b"/;[L()V.<>IJZ\x00\xc0\xed$" + bytes([rng.randrange(256)]))
    return _put(data, at + 3 + k, ">B", new), "utf8_edit #%d[%d] %r -> %r" % (
        i, k, chr(data[at + 3 + k]), chr(new))


def ref_swap(rng, data, layout):
    """Point an instruction's pool operand at another entry of a kind the
    parser accepts there (another Methodref, Fieldref, Class, loadable
    constant): the class still parses, the verifier and the resolver must
    cope with the wrong member, type or value."""
    tags = {i: t for i, t, _ in layout.cp_entries}
    by_tag = {}
    for i, t in tags.items():
        by_tag.setdefault(t, []).append(i)
    cand = []
    for c in layout.codes:
        for ins in c.instructions:
            if ins.opcode in (18, 19) or (ins.opcode in CP_OPERAND_KINDS):
                cand.append((c, ins))
    if not cand:
        return None
    c, ins = rng.choice(cand)
    if ins.opcode == 18:
        old = data[ins.at + 1]
        kinds = (3, 4, 7, 8, 15, 16, 17)
        pool = [i for t in kinds for i in by_tag.get(t, ()) if i < 256 and i != old]
        if not pool:
            return None
        new = rng.choice(pool)
        return _put(data, ins.at + 1, ">B", new), "ref_swap %s pc %d ldc #%d -> #%d" % (
            _method(layout, c), ins.pc, old, new)
    old = struct.unpack_from(">H", data, ins.at + 1)[0]
    kinds = (3, 4, 7, 8, 15, 16, 17) if ins.opcode == 19 else CP_OPERAND_KINDS[ins.opcode]
    pool = [i for t in kinds for i in by_tag.get(t, ()) if i != old]
    if not pool:
        return None
    new = rng.choice(pool)
    return _put(data, ins.at + 1, ">H", new), "ref_swap %s pc %d op %d #%d -> #%d" % (
        _method(layout, c), ins.pc, ins.opcode, old, new)


# Pool entry kinds the parser accepts for each instruction's u2 operand.
CP_OPERAND_KINDS = {20: (5, 6), 178: (9,), 179: (9,), 180: (9,), 181: (9,), 182: (10,),
                    183: (10, 11), 184: (10, 11), 185: (11,), 186: (18,), 187: (7,), 189: (7,),
                    192: (7,), 193: (7,), 197: (7,)}


def class_swap(rng, data, layout):
    """this_class, super_class, an interface or a catch type names another
    Class entry of the pool: circularity, final or interface superclasses,
    field layouts that no longer match the code, non-Throwable handlers."""
    classes = [i for i, t, _ in layout.cp_entries if t == 7]
    head = layout.access_at[0]
    slots = [(head + 2, "this_class"), (head + 4, "super_class")]
    n = struct.unpack_from(">H", data, head + 6)[0]
    slots += [(head + 8 + 2 * k, "interface %d" % k) for k in range(n)]
    for c in layout.codes:
        slots += [(c.handlers_at + 8 * k + 6, "catch_type %s [%d]" % (_method(layout, c), k))
                  for k in range(c.handler_count)]
    if not classes:
        return None
    at, what = rng.choice(slots)
    old = struct.unpack_from(">H", data, at)[0]
    new = rng.choice(classes)
    return _put(data, at, ">H", new), "class_swap %s #%d -> #%d" % (what, old, new)


def bootstrap_swap(rng, data, layout):
    """Change a BootstrapMethods entry: its method handle, or one static
    argument, becomes another loadable constant of the pool (the VM's
    bootstrap emulation -- string concatenation, lambdas, records, switches --
    reads these without a verifier in front of it)."""
    attrs = [a for a in layout.attributes if a.name == "BootstrapMethods"]
    if not attrs:
        return None
    a = attrs[0]
    slots = []
    p = a.start + 2
    for k in range(struct.unpack_from(">H", data, a.start)[0]):
        slots.append((p, "bsm %d handle" % k))
        nargs = struct.unpack_from(">H", data, p + 2)[0]
        slots += [(p + 4 + 2 * j, "bsm %d arg %d" % (k, j)) for j in range(nargs)]
        p += 4 + 2 * nargs
    loadable = [i for i, t, _ in layout.cp_entries if t in (3, 4, 5, 6, 7, 8, 15, 16)]
    if not slots or not loadable:
        return None
    at, what = rng.choice(slots)
    old = struct.unpack_from(">H", data, at)[0]
    new = rng.choice(loadable)
    return _put(data, at, ">H", new), "bootstrap_swap %s #%d -> #%d" % (what, old, new)


def member_swap(rng, data, layout):
    """Give a field, method or NameAndType another name or descriptor taken
    from the pool (a Utf8 that is a valid name or descriptor elsewhere)."""
    names, descs = [], []
    for i, text in layout.utf8.items():
        if not text:
            continue
        if text.startswith("(") or text in ("B", "C", "D", "F", "I", "J", "S", "Z") or \
                text[0] == "[" or (text[0] == "L" and text.endswith(";")):
            descs.append(i)
        elif text.isidentifier() or text in ("<init>", "<clinit>"):
            names.append(i)
    slots = []
    for _, _, acc in layout.methods:
        slots += [(acc + 2, names), (acc + 4, descs)]
    for i, t, at in layout.cp_entries:
        if t == 12:
            slots += [(at + 1, names), (at + 3, descs)]
    for at in layout.access_at[1:]:
        slots += [(at + 2, names), (at + 4, descs)]
    slots = [(at, pool) for at, pool in slots if pool and at + 2 <= len(data)]
    if not slots:
        return None
    at, pool = rng.choice(slots)
    old = struct.unpack_from(">H", data, at)[0]
    new = rng.choice(pool)
    return _put(data, at, ">H", new), "member_swap @%d #%d %r -> #%d %r" % (
        at, old, layout.utf8.get(old), new, layout.utf8.get(new))


def attr_body_byte(rng, data, layout):
    """Damage the body of a non-Code attribute (StackMapTable most often)."""
    attrs = [a for a in layout.attributes if a.name != "Code" and a.end > a.start]
    if not attrs:
        return None
    smt = [a for a in attrs if a.name in ("StackMapTable", "StackMap")]
    a = rng.choice(smt) if smt and rng.random() < 0.6 else rng.choice(attrs)
    i = rng.randrange(a.start, a.end)
    new = rng.choice(INTERESTING_U1 + (rng.randrange(256), data[i] ^ 1, data[i] + 1 & 0xFF))
    return _put(data, i, ">B", new), "attr_body_byte %s of %s +%d: %d -> %d" % (
        a.name, a.owner, i - a.start, data[i], new)


def code_byte(rng, data, layout):
    if not layout.codes:
        return None
    c = rng.choice(layout.codes)
    if c.code_end == c.code_start:
        return None
    i = rng.randrange(c.code_start, c.code_end)
    new = rng.randrange(256) if rng.random() < 0.5 else rng.choice(INTERESTING_U1)
    return _put(data, i, ">B", new), "code_byte %s pc %d: %d -> %d" % (
        _method(layout, c), i - c.code_start, data[i], new)


def opcode_swap(rng, data, layout):
    """Replace an opcode by another with the same operand length, or swap the
    opcodes of two such instructions: the instruction stream stays parseable
    and the damage is left for the verifier."""
    if not layout.codes:
        return None
    c = rng.choice(layout.codes)
    simple = [ins for ins in c.instructions if ins.opcode not in (TABLESWITCH, LOOKUPSWITCH, WIDE)]
    if not simple:
        return None
    ins = rng.choice(simple)
    if rng.random() < 0.3 and len(simple) > 1:
        other = rng.choice([j for j in simple if j.length == ins.length and j is not ins] or [ins])
        if other is not ins:
            b = bytearray(data)
            b[ins.at], b[other.at] = data[other.at], data[ins.at]
            return bytes(b), "opcode_swap %s pc %d <-> pc %d (%d <-> %d)" % (
                _method(layout, c), ins.pc, other.pc, ins.opcode, other.opcode)
    same = [op for op in range(202) if op not in (TABLESWITCH, LOOKUPSWITCH, WIDE)
            and 1 + OPERAND_BYTES[op] == ins.length and op != ins.opcode]
    new = rng.choice(same)
    return _put(data, ins.at, ">B", new), "opcode_replace %s pc %d: %d -> %d" % (
        _method(layout, c), ins.pc, ins.opcode, new)


def operand_edit(rng, data, layout):
    """Change an instruction operand: local index, constant, dimensions, count."""
    if not layout.codes:
        return None
    c = rng.choice(layout.codes)
    cand = [ins for ins in c.instructions if ins.length > 1 and ins.opcode not in (TABLESWITCH, LOOKUPSWITCH)]
    if not cand:
        return None
    ins = rng.choice(cand)
    k = rng.randrange(1, ins.length)
    new = rng.choice(INTERESTING_U1 + (rng.randrange(256),))
    return _put(data, ins.at + k, ">B", new), "operand_edit %s pc %d op %d byte %d: %d -> %d" % (
        _method(layout, c), ins.pc, ins.opcode, k, data[ins.at + k], new)


def branch_target(rng, data, layout):
    codes = [c for c in layout.codes if c.branches]
    if not codes:
        return None
    c = rng.choice(codes)
    at, size = rng.choice(c.branches)
    fmt = ">h" if size == 2 else ">i"
    old = struct.unpack_from(fmt, data, at)[0]
    n = c.code_end - c.code_start
    new = rng.choice((0, 1, -1, old + 1, old - 1, old + 2, -old, n, n * 4, -(1 << 15), (1 << 15) - 1,
                      rng.randrange(-n, n + 1)))
    lim = (1 << 15) if size == 2 else (1 << 31)
    new = max(-lim, min(lim - 1, new))
    return _put(data, at, fmt, new), "branch_target %s @%d: %d -> %d" % (_method(layout, c), at, old, new)


def code_header(rng, data, layout):
    """max_stack / max_locals edits (the interpreter sizes frames from them)."""
    if not layout.codes:
        return None
    c = rng.choice(layout.codes)
    which = rng.choice(("max_stack", "max_locals"))
    at = c.max_stack_at if which == "max_stack" else c.max_locals_at
    old = struct.unpack_from(">H", data, at)[0]
    new = rng.choice((0, 1, max(0, old - 1), max(0, old - 2), old + 1, 0xFFFF))
    return _put(data, at, ">H", new), "%s %s: %d -> %d" % (which, _method(layout, c), old, new)


def exception_table(rng, data, layout):
    codes = [c for c in layout.codes if c.handler_count]
    if not codes:
        return None
    c = rng.choice(codes)
    k = rng.randrange(c.handler_count)
    field = rng.randrange(4)
    at = c.handlers_at + 8 * k + 2 * field
    old = struct.unpack_from(">H", data, at)[0]
    n = c.code_end - c.code_start
    new = rng.choice((0, 1, old + 1, max(0, old - 1), n, n + 1, 0xFFFF, rng.randrange(n + 1)))
    names = ("start_pc", "end_pc", "handler_pc", "catch_type")
    return _put(data, at, ">H", new), "exception_table %s [%d].%s: %d -> %d" % (
        _method(layout, c), k, names[field], old, new)


def access_flags(rng, data, layout):
    at = rng.choice(layout.access_at)
    old = struct.unpack_from(">H", data, at)[0]
    bit = rng.choice((0x0001, 0x0002, 0x0004, 0x0008, 0x0010, 0x0020, 0x0040, 0x0100,
                      0x0200, 0x0400, 0x0800, 0x1000, 0x4000, 0x8000))
    return _put(data, at, ">H", old ^ bit), "access_flags @%d: 0x%04x -> 0x%04x" % (at, old, old ^ bit)


def attr_length(rng, data, layout):
    """Change an attribute's u4 length (the bytes stay where they are)."""
    if not layout.attributes:
        return None
    a = rng.choice(layout.attributes)
    old = a.end - a.start
    new = rng.choice((0, 1, old - 1, old + 1, old + 2, old * 2, 0x7FFFFFFF, 0xFFFFFFFF,
                      len(data), rng.randrange(old + 16)))
    new = max(0, min(0xFFFFFFFF, new))
    return _put(data, a.length_at, ">I", new), "attr_length %s of %s: %d -> %d" % (
        a.name, a.owner, old, new)


def code_length(rng, data, layout):
    if not layout.codes:
        return None
    c = rng.choice(layout.codes)
    old = c.code_end - c.code_start
    new = rng.choice((0, 1, old - 1, old + 1, 65535, 65536, 0xFFFFFFFF))
    new = max(0, new)
    return _put(data, c.code_length_at, ">I", new), "code_length %s: %d -> %d" % (_method(layout, c), old, new)


def _method(layout, code):
    k = int(code.method.split()[1])
    name, desc, _ = layout.methods[k]
    return "%s%s" % (name, desc)


# Weights: structure-aware mutators dominate, because plain byte damage mostly
# ends in the parser (which the unit tests already cover well).
MUTATORS = [
    (bit_flip, 6), (byte_overwrite, 6), (truncate, 3), (insert, 3), (duplicate_range, 3),
    (cp_index_tweak, 10), (cp_tag_swap, 4), (utf8_edit, 5),
    (code_byte, 12), (opcode_swap, 14), (operand_edit, 8), (branch_target, 8),
    (code_header, 6), (exception_table, 4), (access_flags, 8),
    (ref_swap, 12), (member_swap, 8), (attr_body_byte, 8), (class_swap, 6),
    (bootstrap_swap, 6),
    (attr_length, 4), (code_length, 2),
]
BY_NAME = {f.__name__: f for f, _ in MUTATORS}


# What a verifier sees: damage inside methods, the pool and stack maps.
BYTECODE_MUTATORS = [(f, w) for f, w in MUTATORS if f.__name__ in (
    "code_byte", "opcode_swap", "operand_edit", "branch_target", "code_header",
    "exception_table", "ref_swap", "cp_index_tweak", "cp_tag_swap", "member_swap",
    "attr_body_byte", "class_swap", "access_flags")]


def pick_mutator(rng, table=None):
    table = table or MUTATORS
    total = sum(w for _, w in table)
    r = rng.uniform(0, total)
    for f, w in table:
        r -= w
        if r <= 0:
            return f
    return table[-1][0]


def mutate(rng, data, rounds=None, table=None):
    """Apply 1-3 mutators (from `table`, default MUTATORS) to data; returns
    (bytes, [descriptions]).  After a mutator the layout is re-scanned; once
    the file no longer scans only plain byte mutators are used."""
    rounds = rounds or rng.choice((1, 1, 1, 2, 3))
    notes = []
    layout = Layout(data)
    for _ in range(rounds):
        for _attempt in range(20):
            f = pick_mutator(rng, table)
            if layout is None and f not in (bit_flip, byte_overwrite, truncate, insert, duplicate_range):
                continue
            if not data:
                return data, notes
            try:
                res = f(rng, data, layout)
            except (IndexError, ValueError, struct.error):
                res = None
            if res is not None:
                break
        else:
            continue
        data, note = res
        notes.append(note)
        try:
            layout = Layout(data)
        except (ValueError, IndexError, struct.error):
            layout = None
    return data, notes
