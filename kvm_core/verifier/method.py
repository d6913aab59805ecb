"""verify_method and its algorithm choice (see the package's docstring)."""

from .decode import decode
from .engine import HierarchyFailure, MethodEnv
from .errors import Fail, VerifyError, render
from .inference import infer
from .typecheck import typecheck

__all__ = ["verify_method", "VerifyError"]


def verify_method(cf, method_info, hierarchy):
    """Verify one method; returns None or raises VerifyError (see module doc)."""
    if method_info.code is None:
        return None
    try:
        return _verify(cf, method_info, hierarchy)
    except VerifyError:
        raise
    except HierarchyFailure as e:
        raise e.original from None
    except RecursionError:
        raise _internal(cf, method_info, "recursion limit") from None
    except Exception as e:                           # a verifier bug or an odd input
        raise _internal(cf, method_info, "%s: %s" % (type(e).__name__, e)) from None


def _internal(cf, m, detail):
    f = Fail("internal", None, detail=detail)
    code = m.code.code if m.code is not None else b""
    return render(f, cf.this_class, m.name, m.descriptor, bytes(code), cf.major < 50)


def _verify(cf, m, hierarchy):
    major = cf.major
    code = m.code
    args = MethodEnv(cf, m, hierarchy, False, False).initial_frame()[0]
    if len(args) > code.max_locals:                  # the parser rejects this too
        raise VerifyError("Arguments can't fit into locals in class file " + cf.this_class,
                          cf.this_class, m.name, m.descriptor, None, "java/lang/ClassFormatError",
                          "cfe_args")
    if major >= 50:
        env = MethodEnv(cf, m, hierarchy, old_style=False, typecheck=True)
        dec = None
        try:
            dec = decode(env)
            typecheck(env, dec, code.stack_map_table)
            return None
        except Fail as f:
            if major == 50 and _infer_ok(cf, m, hierarchy):
                return None
            if dec is not None:
                pc = f.info.get("src")
                if pc is None:
                    pc = f.pc
                _attach_frame(f, lambda: typecheck(env, dec, code.stack_map_table, stop_at=pc))
                f.frame_pc = pc
            raise render(f, cf.this_class, m.name, m.descriptor, env.code, False) from None
    if code.stack_map is not None:
        env = MethodEnv(cf, m, hierarchy, old_style=True, typecheck=True)
        try:
            dec = decode(env)
            typecheck(env, dec, code.stack_map, cldc=True)
            return None
        except Fail:
            pass                                      # HotSpot would infer: so do we
    env = MethodEnv(cf, m, hierarchy, old_style=True, typecheck=False)
    dec = None
    try:
        dec = decode(env)
        infer(env, dec)
        return None
    except Fail as f:
        step = getattr(f, "step", None)
        if step is not None and dec is not None:
            _attach_frame(f, lambda: infer(env, dec, stop_at=step))
        raise render(f, cf.this_class, m.name, m.descriptor, env.code, True) from None


def _infer_ok(cf, m, hierarchy):
    env = MethodEnv(cf, m, hierarchy, old_style=True, typecheck=False)
    try:
        infer(env, decode(env))
        return True
    except Fail:
        return False


def _attach_frame(f, rerun):
    """Describe the frame at the failing instruction (best effort)."""
    if f.pc is None or f.kind in ("falls_off", "cfe_stackmap", "cfe_handler", "frame_offset"):
        return
    try:
        fr = rerun()
    except Exception:
        return
    if isinstance(fr, tuple):
        f.frame = fr
