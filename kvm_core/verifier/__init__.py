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

__all__ = ["verify_method", "VerifyError"]


def __getattr__(name):
    """The verifier is imported on first use (kvm_core.verifier.method): loading the
    package alone, e.g. for .hierarchy, stays cheap."""
    from importlib import import_module
    method = import_module(__name__ + ".method")
    try:
        return getattr(method, name)
    except AttributeError:
        raise AttributeError("module %r has no attribute %r" % (__name__, name)) from None
