"""Verification by type inference (JVMS §4.10.2): data-flow analysis for
class files without stack maps (major 45-49, and the fallback for 50).

States are kept per ``(pc, context)``.  The context is the chain of pending
subroutine calls, ``((entry, return_pc), ...)``: a subroutine (jsr/ret) is
analysed separately for each call chain, so a local the caller set keeps its
type through a ``finally`` block.  A return address has the exact type
``RA_BASE + return_pc`` and ``ret`` continues at that pc with the current
frame, which keeps the analysis sound whatever the context bookkeeping says;
contexts only add precision.  When a subroutine is entered again from a
context that already contains it (a ``finally`` left by an exception and
entered anew), the stale part of the context is dropped; a ``jsr`` that is
only ever reached from inside its own subroutine is a recursive call.

Merging follows the old verifier: operand stacks must have equal heights
("Inconsistent stack height") and mergeable types ("Mismatched stack
types"); locals that disagree become unusable (top); references merge to
their first common superclass.
"""

import heapq

from .engine import BRANCH, FALLS, SWITCH, Engine
from .errors import Fail
from .typecheck import _coverage, catch_types
from .vtypes import NULL, RA_BASE, TOP

__all__ = ["infer"]


def _merge_ref(env, a, b):
    """Merge of two types that differ, or None if they do not merge to a
    usable type."""
    ta = type(a) is str
    tb = type(b) is str
    if ta and tb:
        return env.lca(a, b)
    if a == NULL and tb:
        return b
    if b == NULL and ta:
        return a
    return None


def infer(env, dec, stop_at=None, budget_factor=400):
    """Run the analysis; returns None or raises Fail (with ``.step`` set).
    *stop_at*: a step number at which to return the incoming frame instead."""
    insns = dec.insns
    index = dec.index
    n_code = len(env.code)
    eng = Engine(env, dec)
    step = eng.step
    handlers = env.handlers
    catch = catch_types(env) if handlers else None
    cover = _coverage(env, dec) if handlers else None
    hpcs = [h.handler_pc for h in handlers]
    locs0, flag0 = env.initial_frame()
    locs0 = locs0 + [TOP] * (env.max_locals - len(locs0))

    states = {}                     # (pc, ctx) -> [locs, stack, flag]
    queued = set()
    heap = []

    def merge(pc, ctx, locs, stack, flag, from_pc):
        key = (pc, ctx)
        old = states.get(key)
        if old is None:
            states[key] = [locs[:], stack[:], flag]
            if key not in queued:
                queued.add(key)
                heapq.heappush(heap, key)
            return
        ol, os_, oflag = old
        changed = False
        if stack != os_:
            if len(stack) != len(os_):
                raise Fail("stack_height", from_pc, new=len(stack), old=len(os_))
            for j in range(len(os_)):
                a = os_[j]
                b = stack[j]
                if a != b:
                    m = _merge_ref(env, a, b)
                    if m is None:
                        raise Fail("stack_mismatch", from_pc, index=j, actual=b, expected=a)
                    if m != a:
                        os_[j] = m
                        changed = True
        if locs != ol:
            for j in range(len(ol)):
                a = ol[j]
                b = locs[j]
                if a != b and a != TOP:
                    m = _merge_ref(env, a, b)
                    if m is None:
                        m = TOP
                    if m != a:
                        ol[j] = m
                        changed = True
        if flag and not oflag:
            old[2] = True
            changed = True
        if changed and key not in queued:
            queued.add(key)
            heapq.heappush(heap, key)

    def _visit(pc, ctx, st):
        i = index[pc]
        ins = insns[i]
        locs = st[0][:]
        eng.locs = locs
        eng.stack = st[1][:]
        eng.flag = st[2]
        eng.pc = pc
        if cover is not None:
            c = cover[i]
            if c is not None:
                for hi in c:
                    merge(hpcs[hi], ctx, locs, [catch[hi]], eng.flag, pc)
        step(ins)
        kop = ins[2]
        if FALLS[kop]:
            nxt = ins[5]
            if nxt >= n_code:
                raise Fail("falls_off", n_code)
            merge(nxt, ctx, eng.locs, eng.stack, eng.flag, pc)
        if BRANCH[kop]:
            merge(ins[3], ctx, eng.locs, eng.stack, eng.flag, pc)
        elif kop == 168:                                     # jsr
            entry = ins[3]
            k = 0
            while k < len(ctx) and ctx[k][0] != entry:
                k += 1
            merge(entry, ctx[:k] + ((entry, ins[5]),), eng.locs, eng.stack, eng.flag, pc)
        elif SWITCH[kop]:
            for t in ins[3]:
                merge(t, ctx, eng.locs, eng.stack, eng.flag, pc)
        elif kop == 169:                                     # ret
            r = eng.locs[ins[3]] - RA_BASE
            if r >= n_code:
                raise Fail("falls_off", n_code)
            k = len(ctx) - 1
            while k >= 0 and ctx[k][1] != r:
                k -= 1
            merge(r, ctx[:k] if k >= 0 else (), eng.locs, eng.stack, eng.flag, pc)

    merge(0, (), locs0, [], flag0, 0)
    steps = 0
    budget = budget_factor * len(insns) + 20000
    while heap:
        key = heapq.heappop(heap)
        queued.discard(key)
        pc, ctx = key
        steps += 1
        if steps > budget:
            raise Fail("too_complex", pc)
        st = states[key]
        if steps == stop_at:
            return (st[0][:], st[1][:], st[2])
        try:
            _visit(pc, ctx, st)
        except Fail as f:
            f.step = steps
            raise

    # A jsr reached only from inside the subroutine it calls is recursion.
    jsr_ctx = {}
    for (pc, ctx) in states:
        ins = insns[index[pc]]
        if ins[2] == 168:
            inside = any(c[0] == ins[3] for c in ctx)
            jsr_ctx[pc] = jsr_ctx.get(pc, True) and inside
    for pc in sorted(jsr_ctx):
        if jsr_ctx[pc]:
            raise Fail("recursive_jsr", pc)
    return None

