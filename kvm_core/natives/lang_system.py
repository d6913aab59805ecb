"""java.lang.System and java.lang.Runtime natives."""

import gc

from kvm_core import _kvm
from kvm_core.identity import identity_hash
from kvm_core.natives.registry import native
from kvm_core.throwables import PRIMITIVE_NAMES


def array_type_name(a):
    """How HotSpot's arraycopy messages name an array type: int[] or object array[]."""
    return 'object array[]' if a.cls.component is not None else PRIMITIVE_NAMES[a.cls.name[1]] + '[]'


def bounds_name(a):
    """int[3], object array[3]: the array in arraycopy bounds messages."""
    return array_type_name(a)[:-2] + '[%d]' % a.length


@native('java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V')
def arraycopy(vm, src, src_pos, dst, dst_pos, length):
    if src is None or dst is None:
        vm.throw('java/lang/NullPointerException', None)
    if not src.cls.is_array:
        vm.throw('java/lang/ArrayStoreException',
                 'arraycopy: source type %s is not an array' % src.cls.name.replace('/', '.'))
    if not dst.cls.is_array:
        vm.throw('java/lang/ArrayStoreException',
                 'arraycopy: destination type %s is not an array' % dst.cls.name.replace('/', '.'))
    src_ref = src.cls.component is not None
    if src_ref != (dst.cls.component is not None) or (not src_ref and src.cls is not dst.cls):
        vm.throw('java/lang/ArrayStoreException', 'arraycopy: type mismatch: can not copy %s into %s' % (
            array_type_name(src), array_type_name(dst)))
    oob = 'java/lang/ArrayIndexOutOfBoundsException'
    if src_pos < 0:
        vm.throw(oob, 'arraycopy: source index %d out of bounds for %s' % (src_pos, bounds_name(src)))
    if dst_pos < 0:
        vm.throw(oob, 'arraycopy: destination index %d out of bounds for %s' % (dst_pos, bounds_name(dst)))
    if length < 0:
        vm.throw(oob, 'arraycopy: length %d is negative' % length)
    if src_pos + length > src.length:
        vm.throw(oob, 'arraycopy: last source index %d out of bounds for %s' % (
            src_pos + length, bounds_name(src)))
    if dst_pos + length > dst.length:
        vm.throw(oob, 'arraycopy: last destination index %d out of bounds for %s' % (
            dst_pos + length, bounds_name(dst)))
    if length == 0:
        return
    if src_ref and not _kvm.is_instance(src.cls.component, dst.cls.component):
        copy_checked(vm, src, src_pos, dst, dst_pos, length)
    else:
        _kvm.array_copy(src, src_pos, dst, dst_pos, length)


def copy_checked(vm, src, src_pos, dst, dst_pos, length):
    """Element-by-element copy that stops at the first element the destination
    cannot hold (the elements before it stay copied, as in the JDK)."""
    target = dst.cls.component
    values = [src.get_item(src_pos + i) for i in range(length)]
    for i, v in enumerate(values):
        if v is not None and not _kvm.is_instance(v.cls, target):
            vm.throw('java/lang/ArrayStoreException',
                     'arraycopy: element type mismatch: can not cast one of the elements of '
                     '%s[] to the type of the destination array, %s' % (
                         src.cls.component.name.replace('/', '.'), target.name.replace('/', '.')))
        dst.set_item(dst_pos + i, v)


@native('java/lang/System.currentTimeMillis()J')
def current_time_millis(vm):
    return vm.clock.millis()


@native('java/lang/System.nanoTime()J')
def nano_time(vm):
    return vm.clock.nanos()


@native('java/lang/System.identityHashCode(Ljava/lang/Object;)I')
def identity_hash_code(vm, obj):
    return identity_hash(obj)


@native('java/lang/System.getProperty0(Ljava/lang/String;)Ljava/lang/String;')
def get_property(vm, key):
    value = vm.properties.get(vm.to_pystr(key))
    return None if value is None else vm.intern(value)


@native('java/lang/Runtime.halt0(I)V')
def halt(vm, status):
    raise _kvm.VMExit(status)


@native('java/lang/Runtime.availableProcessors()I')
def available_processors(vm, this):
    return 1


@native('java/lang/Runtime.freeMemory()J')
def free_memory(vm, this):
    used, limit = _kvm.heap_status()
    return max(limit - used, 0)


@native('java/lang/Runtime.totalMemory()J')
def total_memory(vm, this):
    return _kvm.heap_status()[1]


@native('java/lang/Runtime.maxMemory()J')
def max_memory(vm, this):
    return vm.max_heap


@native('java/lang/Runtime.gc()V')
def run_gc(vm, this):
    gc.collect()
