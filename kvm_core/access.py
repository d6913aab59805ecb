"""Access control (JVMS §5.4.4): which classes and members a class may use,
checked when symbolic references are resolved, with HotSpot's messages."""

from kvm_core.classfile import flags as F
from kvm_core.throwables import class_display, method_display, module_description

ILLEGAL_ACCESS = 'java/lang/IllegalAccessError'


def runtime_package(c):
    """Classes share a runtime package when loader and package name are the same."""
    while c.is_array and c.component is not None:
        c = c.component
    return c.loader, c.name.rpartition('/')[0]


def module_text(a, b):
    """'(A and B are in ...)' or '(A is in ...; B is in ...)'."""
    ma, mb = module_description(a), module_description(b)
    if ma == mb:
        return '(%s and %s are in %s)' % (class_display(a), class_display(b), ma)
    return '(%s is in %s; %s is in %s)' % (class_display(a), ma, class_display(b), mb)


def class_accessible(target, accessor):
    while target.is_array and target.component is not None:
        target = target.component
    if target.is_array or target.is_primitive or target.access & F.ACC_PUBLIC:
        return True
    return runtime_package(target) == runtime_package(accessor)


def check_class_access(vm, target, accessor):
    if accessor in vm.generated_classes:
        return
    if not class_accessible(target, accessor):
        vm.throw(ILLEGAL_ACCESS, 'failed to access class %s from class %s %s' % (
            class_display(target), class_display(accessor), module_text(target, accessor)))


def check_supertype_access(vm, c, sup, what):
    """A class may only extend or implement what it can access ('superclass'/'superinterface')."""
    if not class_accessible(sup, c):
        vm.throw(ILLEGAL_ACCESS, 'class %s cannot access its %s %s %s' % (
            class_display(c), what, class_display(sup), module_text(c, sup)))


def nest_host(c):
    cf = c.cf
    return (cf.nest_host if cf is not None and cf.nest_host else c.name), c.loader


def member_accessible(member_cls, access, accessor):
    if access & F.ACC_PUBLIC:
        return True
    if access & F.ACC_PRIVATE:
        return member_cls is accessor or nest_host(member_cls) == nest_host(accessor)
    if runtime_package(member_cls) == runtime_package(accessor):
        return True
    if access & F.ACC_PROTECTED:
        c = accessor
        while c is not None:
            if c is member_cls:
                return True
            c = c.superclass
    return False


def visibility(access):
    if access & F.ACC_PRIVATE:
        return 'private '
    if access & F.ACC_PROTECTED:
        return 'protected '
    return ''


def check_method_access(vm, m, accessor):
    if accessor in vm.generated_classes:
        return          # lambda and record classes act for their caller, as the JDK's hidden nestmates do
    if not member_accessible(m.cls, m.access, accessor):
        vm.throw(ILLEGAL_ACCESS, 'class %s tried to access %smethod %s %s' % (
            class_display(accessor), visibility(m.access), method_display(m), module_text(accessor, m.cls)))


def check_field_access(vm, fld, accessor):
    if accessor in vm.generated_classes:
        return
    if not member_accessible(fld.cls, fld.access, accessor):
        vm.throw(ILLEGAL_ACCESS, 'class %s tried to access %sfield %s.%s %s' % (
            class_display(accessor), visibility(fld.access), class_display(fld.cls), fld.name,
            module_text(accessor, fld.cls)))


def check_final_put(vm, m, fr):
    """A final field is set only by its own class, in its initializer (class files 53+)."""
    kind = 'static' if fr.is_static else 'non-static'
    if m.cls is not fr.cls:
        vm.throw(ILLEGAL_ACCESS, 'Update to %s final field %s.%s attempted from a different class '
                 '(%s) than the field\'s declaring class' % (kind, class_display(fr.cls), fr.name, class_display(m.cls)))
    initializer = '<clinit>' if fr.is_static else '<init>'
    if m.cls.cf is not None and m.cls.cf.major >= 53 and m.name != initializer:
        vm.throw(ILLEGAL_ACCESS, 'Update to %s final field %s.%s attempted from a different method '
                 '(%s) than the initializer method %s' % (kind, class_display(fr.cls), fr.name, m.name, initializer))


def check_final_overrides(vm, c):
    """Linking fails if c overrides a final method it can see (JVMS §5.4.5)."""
    for m in c.methods.values():
        if m.is_static or m.access & F.ACC_PRIVATE or m.name == '<init>':
            continue
        sup = c.superclass
        while sup is not None:
            inherited = sup.methods.get(m.name + m.desc)
            if inherited is not None and inherited.access & F.ACC_FINAL and \
                    not inherited.access & F.ACC_PRIVATE and not inherited.is_static:
                vm.throw('java/lang/IncompatibleClassChangeError', 'class %s overrides final method %s.%s%s'
                         % (class_display(c), class_display(sup), m.name, m.desc))
            sup = sup.superclass
