"""Verification by type checking (JVMS §4.10.1) against stack-map frames.

One linear pass over the instructions: the frame at each instruction is
either the one declared in the stack map (which the incoming frame must be
assignable to) or the result of the previous instruction.  Branch targets
and exception handlers must have declared frames that the current frame is
assignable to.  Used for StackMapTable (class files >= 50) and for CLDC's
StackMap (full frames at absolute offsets, preverified J2ME classes).
"""

from .engine import BRANCH, FALLS, SWITCH, Engine
from .errors import Fail
from .vtypes import NULL, THROWABLE, TOP, UNINIT_THIS, vtype_from_item

__all__ = ["build_frames", "typecheck"]


def _items(env, dec, items, cfe):
    out = []
    for tag, extra in items:
        if tag == 8 and extra not in dec.new_class:
            raise Fail("cfe_stackmap", 0, text="StackMapTable format error: bad offset for "
                       "Uninitialized", old="")
        if tag == 7 and not extra:
            raise Fail("cfe_stackmap", 0, text="StackMapTable format error: bad class",
                       old="")
        out.append(vtype_from_item(tag, extra))
    return out


def _flatten(groups):
    flat = []
    for g in groups:
        flat.extend(g)
    return flat


def build_frames(env, dec, frames, cldc):
    """Expand the declared frames into ``{pc: (locals, stack, flag)}`` with
    every local slot present (padded with top to max_locals)."""
    max_locals = env.max_locals
    max_stack = env.max_stack
    starts = dec.starts
    n = len(env.code)
    locs0, _flag = env.initial_frame()
    # Declared locals as groups (a long/double is one group of two slots).
    decl = []
    i = 0
    while i < len(locs0):
        t = locs0[i]
        if i + 1 < len(locs0) and t in (3, 4):          # DOUBLE, LONG
            decl.append((t, locs0[i + 1]))
            i += 2
        else:
            decl.append((t,))
            i += 1
    out = {}
    prev = -1
    for f in frames:
        pc = f.offset
        if cldc and pc <= prev:
            raise Fail("frame_offset", 0)
        prev = pc
        kind = f.kind
        if kind == "same":
            stack = []
        elif kind == "same_locals_1":
            stack = _flatten(_items(env, dec, f.stack, True))
        elif kind == "chop":
            if f.chop > len(decl):
                raise Fail("cfe_stackmap", 0, text="StackMapTable format error: bad chop",
                           old="")
            decl = decl[:len(decl) - f.chop]
            stack = []
        elif kind == "append":
            decl = decl + _items(env, dec, f.locals, True)
            stack = []
        else:
            decl = _items(env, dec, f.locals, True)
            stack = _flatten(_items(env, dec, f.stack, True))
        locs = _flatten(decl)
        if len(locs) > max_locals or len(stack) > max_stack:
            raise Fail("cfe_stackmap", 0, text="StackMapTable format error: bad type array size",
                       old="")
        if pc < 0 or pc >= n or not starts[pc]:
            raise Fail("frame_offset", 0)
        if pc in out:
            raise Fail("frame_offset", 0)
        flag = UNINIT_THIS in locs
        if len(locs) < max_locals:
            locs = locs + [TOP] * (max_locals - len(locs))
        out[pc] = (locs, stack, flag)
    return out


def frame_check(env, locs, stack, flag, target, kind, where_pc, pc, src=None):
    """Raise Fail(kind) at *pc* unless frame (locs, stack, flag) is assignable
    to *target* (the frame at *where_pc*); *src* is the instruction whose
    frame it is (for the error's "Current Frame")."""
    tl, ts, tflag = target
    if len(stack) != len(ts):
        raise Fail(kind, pc, target=where_pc, where="stack_size", src=src)
    if locs != tl:
        ra = env.ref_assignable
        for j in range(len(tl)):
            a = locs[j]
            b = tl[j]
            if a != b and b != TOP:
                if type(b) is not str or not (a == NULL or (type(a) is str and ra(a, b))):
                    raise Fail(kind, pc, target=where_pc, where="locals", index=j, actual=a,
                               expected=b, src=src)
    if stack != ts:
        ra = env.ref_assignable
        for j in range(len(ts)):
            a = stack[j]
            b = ts[j]
            if a != b and b != TOP:
                if type(b) is not str or not (a == NULL or (type(a) is str and ra(a, b))):
                    raise Fail(kind, pc, target=where_pc, where="stack", index=j, actual=a,
                               expected=b, src=src)
    if flag and not tflag:
        raise Fail(kind, pc, target=where_pc, where="flags", src=src)


def _coverage(env, dec):
    """For each instruction index, the indices of the handlers covering it."""
    insns = dec.insns
    index = dec.index
    cover = [None] * len(insns)
    for hi, h in enumerate(env.handlers):
        i = index[h.start_pc]
        end = index[h.end_pc] if h.end_pc in index else len(insns)
        while i < end:
            c = cover[i]
            if c is None:
                cover[i] = [hi]
            else:
                c.append(hi)
            i += 1
    return cover


def catch_types(env):
    """Verification type each handler pushes; checks it is a Throwable."""
    out = []
    for h in env.handlers:
        ct = h.catch_type
        if ct is None:
            out.append(THROWABLE)
            continue
        if ct[0] == "[" or not env.ref_assignable(ct, THROWABLE):
            raise Fail("catch_type", h.handler_pc, target=h.handler_pc, actual=ct)
        out.append(ct)
    return out


def typecheck(env, dec, declared, cldc=False, stop_at=None):
    """Verify with the declared frames; returns None or raises Fail.

    *stop_at*: instruction pc at which to return the incoming frame instead
    (used to describe the frame in an error message)."""
    frames = build_frames(env, dec, declared or (), cldc)
    eng = Engine(env, dec)
    locs, flag = env.initial_frame()
    locs = locs + [TOP] * (env.max_locals - len(locs))
    eng.locs = locs
    eng.stack = []
    eng.flag = flag
    handlers = env.handlers
    cover = _coverage(env, dec) if handlers else None
    catch = catch_types(env) if handlers else None
    checked = [-1] * len(handlers)
    step = eng.step
    falls = True
    for i, ins in enumerate(dec.insns):
        pc = ins[0]
        eng.pc = pc
        fr = frames.get(pc)
        if fr is not None:
            if falls:
                frame_check(env, eng.locs, eng.stack, eng.flag, fr, "frame_fallthrough", pc, pc)
            eng.locs = fr[0][:]
            eng.stack = fr[1][:]
            eng.flag = fr[2]
            eng.gen += 1
        elif not falls:
            raise Fail("no_frame", pc)
        if pc == stop_at:
            return (eng.locs[:], eng.stack[:], eng.flag)
        if cover is not None:
            c = cover[i]
            if c is not None:
                for hi in c:
                    if checked[hi] != eng.gen:
                        hpc = handlers[hi].handler_pc
                        hf = frames.get(hpc)
                        if hf is None:
                            raise Fail("no_frame_handler", pc, target=hpc)
                        frame_check(env, eng.locs, [catch[hi]], eng.flag, hf, "frame_handler",
                                    hpc, hpc, pc)
                        checked[hi] = eng.gen
        step(ins)
        kop = ins[2]
        if BRANCH[kop]:
            t = ins[3]
            fr = frames.get(t)
            if fr is None:
                raise Fail("no_frame_target", pc, target=t)
            frame_check(env, eng.locs, eng.stack, eng.flag, fr, "frame_target", t, t, pc)
        elif SWITCH[kop]:
            for t in ins[3]:
                fr = frames.get(t)
                if fr is None:
                    raise Fail("no_frame_target", pc, target=t)
                frame_check(env, eng.locs, eng.stack, eng.flag, fr, "frame_target", t, t, pc)
        falls = FALLS[kop]
    if falls:
        raise Fail("falls_off", len(env.code))
    return None

