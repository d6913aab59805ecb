"""A ready-made *hierarchy* for :func:`kvm_core.verifier.verify_method` on top
of any class loader function::

    from kvm_core.verifier.hierarchy import LoaderHierarchy
    hierarchy = LoaderHierarchy(vm.load_class)

``load(name)`` must return an object with ``.name``, ``.superclass`` (same
kind of object or None), ``.interfaces`` and ``.is_interface`` (the VM's
JClass has them) and may raise (e.g. ``JavaThrow`` of NoClassDefFoundError);
the exception reaches the caller of ``verify_method`` unchanged.

Assignability follows the verifier's rules, as HotSpot's: any class is
assignable to an interface type (the interpreter checks invokeinterface
receivers at run time), otherwise a class is assignable to its superclasses.
Arrays are handled by the verifier itself and never reach this object.
"""

__all__ = ["LoaderHierarchy"]


class LoaderHierarchy:
    def __init__(self, load):
        self._load = load

    def is_interface(self, name):
        return bool(self._load(name).is_interface)

    def superclass_of(self, name):
        s = self._load(name).superclass
        return None if s is None else s.name

    def is_assignable(self, from_name, to_name):
        if from_name == to_name or to_name == "java/lang/Object":
            return True
        target = self._load(to_name)
        if target.is_interface:
            return True
        c = self._load(from_name)
        while c is not None:
            if c is target or c.name == to_name:
                return True
            c = c.superclass
        return False

    def protected_member_owner(self, class_name, name, descriptor, is_method):
        """The class declaring the member a reference to class_name resolves to,
        if that member is protected; else None (for the protected-access check)."""
        c = self._load(class_name)
        while c is not None:
            member = c.methods.get(name + descriptor) if is_method else c.fields.get((name, descriptor))
            if member is not None:
                return c.name if member.access & 0x0004 else None
            c = c.superclass
        return None
