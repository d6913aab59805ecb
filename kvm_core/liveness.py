"""Which local variables a method may still read at a given pc (backward
data-flow over its bytecode). When the heap is full, references held only by
dead locals are dropped before giving up with OutOfMemoryError, as a JVM's
garbage collector ignores them."""

import struct

# (opcode -> local index read) for the short forms: iload_0..aload_3
_SHORT_LOADS = {op: (op - 0x1a) % 4 for op in range(0x1a, 0x2e)}
_SHORT_STORES = {op: (op - 0x3b) % 4 for op in range(0x3b, 0x4f)}
_LOADS = {0x15, 0x16, 0x17, 0x18, 0x19}
_STORES = {0x36, 0x37, 0x38, 0x39, 0x3a}
_WIDE_TYPES = {0x16, 0x18, 0x37, 0x39}          # lload, dload, lstore, dstore: two slots
_RETURNS = set(range(0xac, 0xb2)) | {0xbf}      # xreturn, return, athrow
_BRANCHES = set(range(0x99, 0xa8)) | {0xc6, 0xc7}
_FIXED_LENGTH = {0x10: 2, 0x11: 3, 0x12: 2, 0x13: 3, 0x14: 3, 0x84: 3, 0xa9: 2,
                 0xb2: 3, 0xb3: 3, 0xb4: 3, 0xb5: 3, 0xb6: 3, 0xb7: 3, 0xb8: 3,
                 0xb9: 5, 0xba: 5, 0xbb: 3, 0xbc: 2, 0xbd: 3, 0xc0: 3, 0xc1: 3,
                 0xc5: 4, 0xc8: 5, 0xc9: 5}


def _s16(code, i):
    return struct.unpack_from('>h', code, i)[0]


def _s32(code, i):
    return struct.unpack_from('>i', code, i)[0]


def decode(code):
    """{pc: (uses, defs, successors, falls_through)} for each instruction."""
    out = {}
    pc = 0
    n = len(code)
    while pc < n:
        op = code[pc]
        uses, defs, succ, length = (), (), [], 1
        if op in _SHORT_LOADS:
            uses = (_SHORT_LOADS[op],)
        elif op in _SHORT_STORES:
            defs = (_SHORT_STORES[op],)
        elif op in _LOADS or op in _STORES or op == 0xa9:
            idx = code[pc + 1]
            if op in _STORES:
                defs = (idx, idx + 1) if op in _WIDE_TYPES else (idx,)
            else:
                uses = (idx,)
            length = 2
        elif op == 0x84:                                  # iinc
            uses = (code[pc + 1],)
            length = 3
        elif op == 0xc4:                                  # wide
            inner = code[pc + 1]
            idx = struct.unpack_from('>H', code, pc + 2)[0]
            if inner == 0x84:
                uses, length = (idx,), 6
            elif inner in _STORES:
                defs, length = ((idx, idx + 1) if inner in _WIDE_TYPES else (idx,)), 4
            else:
                uses, length = (idx,), 4
        elif op in (0xaa, 0xab):                          # tableswitch, lookupswitch
            base = (pc + 4) & ~3
            succ.append(pc + _s32(code, base))
            if op == 0xaa:
                low, high = _s32(code, base + 4), _s32(code, base + 8)
                count = high - low + 1
                succ += [pc + _s32(code, base + 12 + 4 * i) for i in range(count)]
                length = base + 12 + 4 * count - pc
            else:
                pairs = _s32(code, base + 4)
                succ += [pc + _s32(code, base + 12 + 8 * i) for i in range(pairs)]
                length = base + 8 + 8 * pairs - pc
            out[pc] = (uses, defs, succ, False)
            pc += length
            continue
        else:
            length = _FIXED_LENGTH.get(op, 1)
        if op in _BRANCHES or op == 0xa7:
            succ.append(pc + _s16(code, pc + 1))
        elif op == 0xc8:
            succ.append(pc + _s32(code, pc + 1))
        falls = op not in _RETURNS and op not in (0xa7, 0xc8, 0xa9)
        if falls:
            succ.append(pc + length)
        out[pc] = (uses, defs, succ, falls)
        pc += length
    return out


def live_locals(m):
    """{pc: frozenset of live local indexes} for method m (cached on first use)."""
    cached = _cache.get(m)
    if cached is not None:
        return cached
    info = decode(m.code)
    handlers = [(h[0], h[1], h[2]) for h in m.handlers]
    live = {pc: frozenset() for pc in info}
    changed = True
    while changed:                       # iterate to a fixed point
        changed = False
        for pc in sorted(info, reverse=True):
            uses, defs, succ, _ = info[pc]
            out = set()
            for s in succ:
                out |= live.get(s, frozenset())
            for start, end, target in handlers:
                if start <= pc < end:
                    out |= live.get(target, frozenset())
            new = frozenset((out - set(defs)) | set(uses))
            if new != live[pc]:
                live[pc] = new
                changed = True
    _cache[m] = live
    return live


_cache = {}
_SUBROUTINES = (b'\xa8', b'\xa9', b'\xc9')


def dead_reference_slots(frame):
    """Absolute slot indexes of frame's locals that no path from its pc reads."""
    m = frame.m
    if m.code is None or any(op in m.code for op in _SUBROUTINES):
        return []                        # jsr/ret: successors unknown without more analysis
    try:
        live = live_locals(m).get(frame.pc)
    except (IndexError, struct.error, KeyError):
        return []                        # undecodable code: keep everything
    if live is None:
        return []
    return [frame.lb + i for i in range(m.max_locals) if i not in live]
