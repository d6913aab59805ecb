"""The bytecode verifier: what makes the interpreter's unchecked access safe.

    from kvm_core.verifier import verify_method, VerifyError
    verify_method(cf, method_info, hierarchy)   # None, or raises VerifyError

*cf* is a ``ClassFile`` from ``kvm_core.classfile.parse_class``, *method_info*
one of its methods, *hierarchy* the VM's view of the class hierarchy::

    hierarchy.is_assignable(from_name, to_name) -> bool   # verifier rules: any
                                                           # class to an interface
    hierarchy.superclass_of(name) -> str | None
    hierarchy.is_interface(name) -> bool

Names are internal (``java/lang/String``); arrays are descriptors (``[I``).
The hierarchy may load classes; whatever it raises (a Java exception such as
NoClassDefFoundError) propagates unchanged.  Everything else that goes wrong
is a :class:`VerifyError`.

Which algorithm runs depends on the class file (DESIGN.md, decision 3):

* major >= 50: type checking against the StackMapTable (JVMS §4.10.1); for
  major 50, as HotSpot does, a failed check falls back to type inference,
  and the check's error is reported if inference fails too;
* major 45-49 with a CLDC ``StackMap`` attribute (preverified J2ME classes):
  the same type checking against those full frames, falling back to
  inference if it fails (HotSpot ignores StackMap and infers, so a class it
  accepts is never rejected here);
* major 45-49 otherwise: type inference (JVMS §4.10.2), jsr/ret included.

Messages follow HotSpot 17: the split verifier's form for type checking
(headline, then ``Exception Details`` with ``Location: C.m(d) @pc: op``,
``Reason``, ``Current Frame``, ``Bytecode``), the old verifier's
``(class: C, method: m signature: d) ...`` headline for inference, followed
by the same details so that the pc is named (see ``errors.py``).  A
:class:`VerifyError` also carries ``java_class`` (HotSpot throws
``java/lang/ClassFormatError`` for malformed stack maps and exception
tables), ``pc``, ``class_name``, ``method_name``, ``descriptor``, ``kind``
and ``first_line``.  ``kvm_core.verifier.hierarchy.LoaderHierarchy`` adapts a
VM's ``load_class`` to the *hierarchy* protocol.

Not checked (as a deliberate choice): protected-member access (§4.10.1.8),
which is an access rule rather than a safety one.
"""

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
