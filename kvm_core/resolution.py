"""Resolving symbolic references of the constant pool (JVMS §5.4.3) and
selecting methods for invokespecial/invokeinterface (§5.4.6)."""

from kvm_core import _kvm, access
from kvm_core.classfile import flags as F, parse_method_descriptor
from kvm_core.throwables import java_type_name

INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE = 0xb6, 0xb7, 0xb8, 0xb9
CALL_DIRECT, CALL_VIRTUAL, CALL_INTERFACE = 0, 1, 2


def dotted(name):
    return name.replace('/', '.')


def superclasses(c):
    while c is not None:
        yield c
        c = c.superclass


def all_superinterfaces(c):
    """Every superinterface of c, nearest first, without repeats."""
    seen = []
    todo = list(c.interfaces)
    for sup in superclasses(c.superclass):
        todo.extend(sup.interfaces)
    while todo:
        itf = todo.pop(0)
        if itf not in seen:
            seen.append(itf)
            todo.extend(itf.interfaces)
    return seen


def maximally_specific(c, key, want_default):
    """Superinterface methods named key not overridden by another candidate."""
    found = [itf.methods[key] for itf in all_superinterfaces(c)
             if key in itf.methods and not itf.methods[key].is_static
             and not itf.methods[key].access & F.ACC_PRIVATE]
    if want_default:
        found = [m for m in found if not m.is_abstract]
    return [m for m in found
            if not any(o is not m and _kvm.is_instance(o.cls, m.cls) for o in found)]


class ResolutionSupport:
    """Mixin of the VM."""

    def resolve_class_ref(self, cls, idx):
        target = self.load_class(cls.cf.constant_pool[idx].name)
        access.check_class_access(self, target, cls)
        return target

    def resolve_instantiable(self, cls, idx):
        target = self.resolve_class_ref(cls, idx)
        if target.is_interface or target.access & F.ACC_ABSTRACT or target.is_array:
            self.throw('java/lang/InstantiationError', dotted(target.name))
        return target

    def resolve_constant(self, cls, idx):
        entry = cls.cf.constant_pool[idx]
        k = _kvm.Constant()
        tag = entry.tag
        if tag == 3:
            k.set_int(entry.value)
        elif tag == 4:
            k.set_float(entry.value)
        elif tag == 5:
            k.set_long(entry.value)
        elif tag == 6:
            k.set_double(entry.value)
        elif tag == 8:
            k.is_ref = True
            k.ref = self.intern(entry.value)
        elif tag == 7:
            k.is_ref = True
            k.ref = self.mirror(self.resolve_class_ref(cls, idx))
        else:
            self.throw('java/lang/BootstrapMethodError',
                       'constant kind %d is not supported by ldc in Kava' % tag)
        return k

    # ---- fields -----------------------------------------------------------

    def find_field(self, c, name, desc):
        """Field lookup: the class, its superinterfaces, then its superclass (§5.4.3.2)."""
        fld = c.fields.get((name, desc)) if c.fields is not None else None
        if fld is not None:
            return fld
        for itf in c.interfaces or ():
            fld = self.find_field(itf, name, desc)
            if fld is not None:
                return fld
        if c.superclass is not None:
            return self.find_field(c.superclass, name, desc)
        return None

    def resolve_field(self, cls, idx, want_static):
        ref = cls.cf.constant_pool[idx]
        owner = self.load_class(ref.class_name)
        access.check_class_access(self, owner, cls)
        fld = self.find_field(owner, ref.name, ref.descriptor)
        if fld is None:
            self.throw('java/lang/NoSuchFieldError', ref.name)
        access.check_field_access(self, fld, cls)
        if fld.is_static != want_static:
            self.throw('java/lang/IncompatibleClassChangeError',
                       'Expected %s field %s.%s' % ('static' if want_static else 'non-static',
                                                   dotted(fld.cls.name), fld.name))
        fr = _kvm.FieldRef()
        fr.cls = fld.cls
        fr.is_static = fld.is_static
        fr.is_final = bool(fld.access & F.ACC_FINAL)
        fr.slot = fld.slot
        fr.is_ref = fld.is_ref
        fr.wide = ref.descriptor in ('J', 'D')
        fr.kind = fld.kind
        fr.name = fld.name
        return fr

    # ---- methods ----------------------------------------------------------

    def find_class_method(self, c, key):
        for sup in superclasses(c):
            m = sup.methods.get(key) if sup.methods is not None else None
            if m is not None:
                return m
        return None

    def lookup_method(self, owner, key, interface_ref):
        """Method resolution (§5.4.3.3) and interface method resolution (§5.4.3.4)."""
        if owner.is_interface != interface_ref and not owner.is_array:
            kind = 'interface' if owner.is_interface else 'class'
            self.throw('java/lang/IncompatibleClassChangeError',
                       'Found %s %s, but %s was expected' %
                       (kind, dotted(owner.name), 'class' if kind == 'interface' else 'interface'))
        if interface_ref:
            m = owner.methods.get(key)
            if m is None:
                obj = self.object_class.methods.get(key)
                if obj is not None and obj.access & F.ACC_PUBLIC and not obj.is_static:
                    m = obj
        else:
            m = self.find_class_method(owner, key)
        if m is None:
            candidates = maximally_specific(owner, key, want_default=True) or \
                maximally_specific(owner, key, want_default=False)
            if candidates:
                m = candidates[0]
        return m

    def resolve_method(self, cls, idx, opcode):
        ref = cls.cf.constant_pool[idx]
        owner = self.load_class(ref.class_name)
        access.check_class_access(self, owner, cls)
        key = ref.name + ref.descriptor
        m = self.lookup_method(owner, key, ref.tag == 11)
        if m is None:
            args, ret = parse_method_descriptor(ref.descriptor)
            self.throw('java/lang/NoSuchMethodError', "'%s %s.%s(%s)'" % (
                java_type_name(ret), dotted(owner.name), ref.name,
                ', '.join(java_type_name(a) for a in args)))
        if not (owner.is_array and m.name == 'clone'):     # an array's clone is public
            access.check_method_access(self, m, cls)
        if (opcode == INVOKESTATIC) != m.is_static:
            self.throw('java/lang/IncompatibleClassChangeError',
                       'Expected %s method %s' % ('static' if opcode == INVOKESTATIC else 'non-static',
                                                 self.method_display(m)))
        mr = _kvm.MethodRef()
        mr.key = key
        mr.opcode = opcode
        mr.vindex = -1
        mr.mode = CALL_DIRECT
        if opcode == INVOKESTATIC:
            pass
        elif opcode == INVOKESPECIAL:
            mr.method = self.select_special(cls, owner, m)
            return mr
        elif m.access & F.ACC_PRIVATE or (m.access & F.ACC_FINAL and not m.cls.is_interface):
            pass
        elif m.cls.is_interface:
            mr.mode = CALL_INTERFACE
        else:
            mr.mode = CALL_VIRTUAL
            mr.vindex = m.vindex
        mr.method = m
        return mr

    def select_special(self, current, owner, m):
        """invokespecial: super calls bind to the nearest override above `current`."""
        if m.name == '<init>' or m.access & F.ACC_PRIVATE or owner.is_interface:
            return m
        if current.superclass is None or not _kvm.is_instance(current, owner) or current is owner:
            return m
        key = m.name + m.desc
        found = self.find_class_method(current.superclass, key)
        if found is None or found.is_abstract:
            defaults = maximally_specific(current.superclass, key, want_default=True)
            if defaults:
                return defaults[0]
        if found is None:
            return m
        if found.is_abstract:
            self.throw('java/lang/AbstractMethodError', self.method_display(found))
        return found

    def select_interface_method(self, c, mr):
        """The method that a receiver of class c runs for an interface or
        default-method call (§5.4.6); cached in c.imethods."""
        key = mr.key
        target = mr.method.cls
        if target.is_interface and not _kvm.is_instance(c, target):
            self.throw('java/lang/IncompatibleClassChangeError',
                       'Class %s does not implement the requested interface %s' % (
                           dotted(c.name), dotted(target.name)))
        m = None
        for sup in superclasses(c):
            cand = sup.methods.get(key) if sup.methods is not None else None
            if cand is not None and not cand.is_static and not cand.access & F.ACC_PRIVATE:
                m = cand
                break
        if m is None or (m.is_abstract and m.cls.is_interface):
            defaults = maximally_specific(c, key, want_default=True)
            if len(defaults) == 1:
                m = defaults[0]
            elif len(defaults) > 1:
                self.throw('java/lang/IncompatibleClassChangeError',
                           'Conflicting default methods: %s' %
                           ' '.join(dotted(d.cls.name) + '.' + d.name for d in defaults))
        if m is None or m.is_abstract:
            self.throw('java/lang/AbstractMethodError',
                       'Receiver class %s does not define or inherit an implementation of the '
                       'resolved method %s' % (dotted(c.name), self.method_display(mr.method)))
        c.imethods[key] = m
        return m

    def raise_uncallable(self, m):
        self.throw('java/lang/AbstractMethodError', self.method_display(m))
