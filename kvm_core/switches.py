"""java.lang.runtime.SwitchBootstraps for invokedynamic: typeSwitch and
enumSwitch, which javac emits for pattern-matching switches. The call site
takes (target, restart index) and answers the index of the first case label
at or after `restart` that matches; -1 for a null target; the label count
when nothing matches."""

from kvm_core import _kvm

BOXES_OF_INT = ('java/lang/Integer', 'java/lang/Short', 'java/lang/Byte', 'java/lang/Character')


def switch_site(vm, entry, bsm):
    labels = list(bsm.arguments)
    kind = bsm.method_handle.ref.name
    if kind == 'typeSwitch':
        matches = [type_label(vm, label) for label in labels]
    elif kind == 'enumSwitch':
        matches = [enum_label(vm, label) for label in labels]
    else:
        vm.throw('java/lang/BootstrapMethodError', 'SwitchBootstraps has no method ' + kind)

    def select(target, restart):
        if target is None:
            return -1
        for i in range(max(restart, 0), len(matches)):
            if matches[i](target):
                return i
        return len(matches)

    site = _kvm.SwitchSite()
    site.select = select
    return site


def type_label(vm, label):
    """A predicate on the target object for a Class, String or Integer label."""
    if label.tag == 7:
        cls = vm.load_class(label.name)
        return lambda obj: _kvm.is_instance(obj.cls, cls)
    if label.tag == 8:
        return lambda obj: obj.cls is vm.string_class and vm.to_pystr(obj) == label.value
    if label.tag == 3:
        return lambda obj: obj.cls.name in BOXES_OF_INT and boxed_int(vm, obj) == label.value
    vm.throw('java/lang/BootstrapMethodError', 'unsupported typeSwitch label kind %d' % label.tag)


def enum_label(vm, label):
    """A predicate for an enumSwitch label: a constant's name, or a Class."""
    if label.tag == 7:
        return type_label(vm, label)
    name_slot = vm.find_field(vm.load_class('java/lang/Enum'), 'name', 'Ljava/lang/String;').slot
    return lambda obj: vm.to_pystr(obj.refs[name_slot]) == label.value


def boxed_int(vm, obj):
    fld = next(f for f in obj.cls.fields.values() if f.name == 'value' and not f.is_static)
    return obj.get_int(fld.slot)
