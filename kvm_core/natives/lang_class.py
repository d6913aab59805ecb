"""java.lang.Class natives: names, type tests, reflection-lite instantiation."""

from kvm_core import _kvm
from kvm_core.classfile import flags as F
from kvm_core.classpath import ClassPathError
from kvm_core.natives.registry import native
from kvm_core.throwables import PRIMITIVE_NAMES


def target(this):
    return this.native


@native('java/lang/Class.forName0(Ljava/lang/String;Z)Ljava/lang/Class;')
def for_name(vm, name, initialize):
    if name is None:
        vm.throw('java/lang/NullPointerException', None)
    dotted = vm.to_pystr(name)
    internal = dotted.replace('.', '/')
    element = internal.lstrip('[')
    if internal.startswith('['):
        if element.startswith('L') and element.endswith(';'):
            element = element[1:-1]
        elif len(element) == 1 and element in 'ZCFDBSIJ':
            element = None
        else:
            vm.throw('java/lang/ClassNotFoundException', dotted)
    if '/' in dotted or not dotted or (
            element is not None and element not in vm.classes and vm.find_class_bytes(element)[0] is None):
        vm.throw('java/lang/ClassNotFoundException', dotted)
    c = vm.load_class(internal)
    if initialize:
        vm.ensure_initialized(c)
    return vm.mirror(c)


@native('java/lang/Class.getName()Ljava/lang/String;')
def get_name(vm, this):
    return vm.intern(target(this).name.replace('/', '.'))


@native('java/lang/Class.isInstance(Ljava/lang/Object;)Z')
def is_instance(vm, this, obj):
    return obj is not None and _kvm.is_instance(obj.cls, target(this))


@native('java/lang/Class.isAssignableFrom(Ljava/lang/Class;)Z')
def is_assignable_from(vm, this, other):
    if other is None:
        vm.throw('java/lang/NullPointerException', None)
    return _kvm.is_instance(target(other), target(this))


@native('java/lang/Class.isInterface()Z')
def is_interface(vm, this):
    return target(this).is_interface


@native('java/lang/Class.isArray()Z')
def is_array(vm, this):
    return target(this).is_array


@native('java/lang/Class.isPrimitive()Z')
def is_primitive(vm, this):
    return target(this).is_primitive


@native('java/lang/Class.getSuperclass()Ljava/lang/Class;')
def get_superclass(vm, this):
    c = target(this)
    if c.is_interface or c.is_primitive or c.superclass is None:
        return None
    return vm.mirror(c.superclass)


@native('java/lang/Class.getComponentType()Ljava/lang/Class;')
def get_component_type(vm, this):
    c = target(this)
    if not c.is_array:
        return None
    if c.component is not None:
        return vm.mirror(c.component)
    return vm.mirror(vm.primitive_class(PRIMITIVE_NAMES[c.name[1]]))


def inner_class_entry(c):
    if c.cf is None:
        return None
    return next((e for e in c.cf.inner_classes if e.inner_class == c.name), None)


@native('java/lang/Class.getModifiers()I')
def get_modifiers(vm, this):
    c = target(this)
    if c.is_array or c.is_primitive:
        base = c
        while base.is_array and base.component is not None:
            base = base.component
        public = base.access & F.ACC_PUBLIC if not base.is_primitive else F.ACC_PUBLIC
        return public | F.ACC_FINAL | F.ACC_ABSTRACT
    entry = inner_class_entry(c)
    flags = entry.access_flags if entry is not None else c.access
    return flags & ~F.ACC_SUPER & 0xFFFF


@native('java/lang/Class.getSimpleBinaryName0()Ljava/lang/String;')
def get_simple_binary_name(vm, this):
    entry = inner_class_entry(target(this))
    if entry is None:
        return None
    return vm.intern(entry.inner_name or '')


@native('java/lang/Class.newInstance0()Ljava/lang/Object;')
def new_instance(vm, this):
    c = target(this)
    name = c.name.replace('/', '.')
    if c.is_interface or c.is_array or c.is_primitive or c.access & F.ACC_ABSTRACT:
        vm.throw('java/lang/InstantiationException', name)
    ctor = c.methods.get('<init>()V')
    if ctor is None:
        vm.throw('java/lang/InstantiationException', name)
    if ctor.access & F.ACC_PRIVATE:
        vm.throw('java/lang/IllegalAccessException',
                 'class %s cannot access a member of class %s with modifiers "private"' % (
                     vm.current_thread.top.m.cls.name.replace('/', '.'), name))
    vm.ensure_initialized(c)
    obj = _kvm.py_new_object(c)
    vm.call(ctor, obj)
    return obj


@native('java/lang/Class.getPrimitiveClass(Ljava/lang/String;)Ljava/lang/Class;')
def get_primitive_class(vm, name):
    return vm.mirror(vm.primitive_class(vm.to_pystr(name)))


@native('java/lang/Class.getEnumConstants0()[Ljava/lang/Object;')
def get_enum_constants(vm, this):
    c = target(this)
    if c.is_array or c.is_primitive or not c.access & F.ACC_ENUM or c.superclass is None \
            or c.superclass.name != 'java/lang/Enum':
        return None
    values = c.methods.get('values()[L%s;' % c.name)
    if values is None:
        return None
    vm.ensure_initialized(c)
    return vm.call(values)


@native('java/lang/Class.getPermittedSubclassNames0()[Ljava/lang/String;')
def get_permitted_subclass_names(vm, this):
    """The PermittedSubclasses attribute (Java 17 sealed classes), kept raw by the parser."""
    c = target(this)
    if c.cf is None:
        return None
    raw = next((a.data for a in c.cf.unknown_attributes if a.name == 'PermittedSubclasses'), None)
    if raw is None or len(raw) < 2:
        return None
    count = int.from_bytes(raw[:2], 'big')
    names = []
    for i in range(count):
        index = int.from_bytes(raw[2 + 2 * i:4 + 2 * i], 'big')
        entry = c.cf.constant_pool[index] if index < len(c.cf.constant_pool) else None
        if entry is None or entry.tag != 7:
            vm.throw('java/lang/ClassFormatError', 'Invalid PermittedSubclasses entry in class ' + c.name)
        names.append(entry.name.replace('/', '.'))
    arr = vm.allocate_array(vm.load_class('[Ljava/lang/String;'), len(names))
    for i, n in enumerate(names):
        arr.set_item(i, vm.intern(n))
    return arr


@native('java/lang/reflect/Array.newArray(Ljava/lang/Class;I)Ljava/lang/Object;')
def new_array(vm, component, length):
    c = target(component)
    if c.is_primitive:
        return vm.allocate_array(vm.load_class('[' + vm.descriptor_of(c)), length)
    return vm.allocate_array(vm.array_class_of(c), length)


@native('java/lang/reflect/Array.getLength0(Ljava/lang/Object;)I')
def array_length(vm, array):
    return array.length


@native('java/lang/Class.getResourceBytes0(Ljava/lang/String;)[B')
def get_resource_bytes(vm, path):
    try:
        data = vm.app.find_resource(vm.to_pystr(path))
    except ClassPathError:
        return None           # an unsafe or unreadable entry is no resource
    return None if data is None else vm.new_byte_array(data)
