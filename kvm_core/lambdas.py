"""LambdaMetafactory for invokedynamic: each lambda or method-reference call site
gets a generated class that implements the functional interface. Its method
loads the captured values, adapts the arguments (casts, boxing, unboxing,
widening), calls the implementation method and adapts the result, so calling a
lambda is ordinary bytecode for the interpreter."""

import itertools

from kvm_core import _kvm
from kvm_core.classgen import ClassBuilder
from kvm_core.classfile import parse_method_descriptor
from kvm_core.linker import computational_kind as kind, slot_size as size

# MethodHandle reference kinds (JVMS §5.4.3.5)
REF_GET_FIELD, REF_GET_STATIC, REF_INVOKE_VIRTUAL, REF_INVOKE_STATIC = 1, 2, 5, 6
REF_INVOKE_SPECIAL, REF_NEW_INVOKE_SPECIAL, REF_INVOKE_INTERFACE = 7, 8, 9

# altMetafactory flags
FLAG_SERIALIZABLE, FLAG_MARKERS, FLAG_BRIDGES = 1, 2, 4

WRAPPERS = {'Z': 'java/lang/Boolean', 'B': 'java/lang/Byte', 'C': 'java/lang/Character',
            'S': 'java/lang/Short', 'I': 'java/lang/Integer', 'J': 'java/lang/Long',
            'F': 'java/lang/Float', 'D': 'java/lang/Double'}
PRIMITIVE_OF_WRAPPER = {w: p for p, w in WRAPPERS.items()}
UNBOX_METHOD = {'Z': 'booleanValue', 'B': 'byteValue', 'C': 'charValue', 'S': 'shortValue',
                'I': 'intValue', 'J': 'longValue', 'F': 'floatValue', 'D': 'doubleValue'}
LOAD = {'I': 0x15, 'J': 0x16, 'F': 0x17, 'D': 0x18, 'L': 0x19}
RETURN = {'I': 0xac, 'J': 0xad, 'F': 0xae, 'D': 0xaf, 'L': 0xb0, 'V': 0xb1}
# widening primitive conversions (JLS §5.1.2) as opcodes
WIDEN = {('I', 'J'): [0x85], ('I', 'F'): [0x86], ('I', 'D'): [0x87], ('J', 'F'): [0x89],
         ('J', 'D'): [0x8a], ('F', 'D'): [0x8d]}

_counter = itertools.count()


def class_of(desc):
    return desc[1:-1] if desc[0] == 'L' else desc


class CodeWriter:
    """Bytecode with stack-depth bookkeeping for max_stack."""

    def __init__(self, cb):
        self.cb = cb
        self.code = []
        self.depth = 0
        self.max_depth = 0

    def emit(self, *ops, delta=0):
        self.code.extend(ops)
        self.depth += delta
        self.max_depth = max(self.max_depth, self.depth)

    def u2(self, index):
        return [index >> 8, index & 0xFF]

    def load(self, desc, slot):
        self.emit(LOAD[kind(desc)], slot, delta=size(desc))

    def checkcast(self, desc):
        if desc != 'Ljava/lang/Object;':
            self.emit(0xc0, *self.u2(self.cb.class_ref(class_of(desc))))

    def invoke(self, opcode, owner, name, desc, interface=False):
        args, ret = parse_method_descriptor(desc)
        slots = sum(size(a) for a in args) + (0 if opcode == 0xb8 else 1)
        if interface:
            ref = self.cb.interface_methodref(owner, name, desc)
        else:
            ref = self.cb.methodref(owner, name, desc)
        extra = [slots, 0] if opcode == 0xb9 else []
        self.emit(opcode, *self.u2(ref), *extra, delta=-slots + (0 if ret == 'V' else size(ret)))

    def adapt(self, src, dst):
        """Convert the value on top of the stack from type src to type dst."""
        if src == dst:
            return
        src_prim, dst_prim = src[0] not in 'L[', dst[0] not in 'L['
        if src_prim and dst_prim:
            if kind(src) != kind(dst):
                self.emit(*WIDEN[(kind(src), kind(dst))], delta=size(dst) - size(src))
        elif src_prim:
            wrapper = WRAPPERS[src]
            self.invoke(0xb8, wrapper, 'valueOf', '(%s)L%s;' % (src, wrapper))
            self.checkcast(dst)
        elif dst_prim:
            source_prim = PRIMITIVE_OF_WRAPPER.get(class_of(src))
            if source_prim is not None and source_prim != dst:
                # e.g. Integer -> long: unbox to int, then widen
                self.checkcast(src)
                self.invoke(0xb6, class_of(src), UNBOX_METHOD[source_prim], '()' + source_prim)
                self.adapt(source_prim, dst)
            else:
                wrapper = WRAPPERS[dst]
                self.checkcast('L%s;' % wrapper)
                self.invoke(0xb6, wrapper, UNBOX_METHOD[dst], '()' + dst)
        else:
            self.checkcast(dst)


def make_lambda_class(vm, caller, iface, sam_name, captured, sam_descs, impl, extra_interfaces):
    """Define the class of a call site. `captured` are the indy argument descriptors,
    sam_descs the method descriptors to implement, impl the CpMethodHandle."""
    name = '%s$$Lambda$%d' % (caller.name, next(_counter))
    cb = ClassBuilder(name, interfaces=[iface] + list(extra_interfaces), access=0x1030)
    for i, desc in enumerate(captured):
        cb.field('arg%d' % i, desc, access=0x0012)
    for sam_desc in sam_descs:
        write_sam_method(cb, name, sam_name, sam_desc, captured, impl)
    return vm.define_class_bytes(name, cb.build(), caller.loader, trusted=True)


def write_sam_method(cb, name, sam_name, sam_desc, captured, impl):
    ref = impl.ref
    sam_args, sam_ret = parse_method_descriptor(sam_desc)
    impl_args, impl_ret = parse_method_descriptor(ref.descriptor)
    w = CodeWriter(cb)
    receiver = impl.kind in (REF_INVOKE_VIRTUAL, REF_INVOKE_INTERFACE, REF_INVOKE_SPECIAL)
    expected = (['L%s;' % ref.class_name] if receiver else []) + impl_args
    if impl.kind == REF_NEW_INVOKE_SPECIAL:
        w.emit(0xbb, *w.u2(cb.class_ref(ref.class_name)), delta=1)
        w.emit(0x59, delta=1)
    for i, desc in enumerate(captured):
        w.emit(0x2a, delta=1)                                    # aload_0
        w.emit(0xb4, *w.u2(cb.fieldref(name, 'arg%d' % i, desc)), delta=size(desc) - 1)
        w.adapt(desc, expected[i])
    slot = 1
    for j, desc in enumerate(sam_args):
        w.load(desc, slot)
        slot += size(desc)
        w.adapt(desc, expected[len(captured) + j])
    if impl.kind == REF_INVOKE_STATIC:
        w.invoke(0xb8, ref.class_name, ref.name, ref.descriptor, interface=ref.tag == 11)
    elif impl.kind == REF_INVOKE_VIRTUAL:
        w.invoke(0xb6, ref.class_name, ref.name, ref.descriptor)
    elif impl.kind == REF_INVOKE_INTERFACE:
        w.invoke(0xb9, ref.class_name, ref.name, ref.descriptor, interface=True)
    else:   # invokespecial (private instance methods) and constructors
        w.invoke(0xb7, ref.class_name, ref.name, ref.descriptor, interface=ref.tag == 11)
    result = 'L%s;' % ref.class_name if impl.kind == REF_NEW_INVOKE_SPECIAL else impl_ret
    if sam_ret == 'V':
        if result != 'V':
            w.emit(0x58 if size(result) == 2 else 0x57, delta=-size(result))   # pop2 / pop
    else:
        w.adapt(result, sam_ret)
    w.emit(RETURN[kind(sam_ret)])
    cb.method(sam_name, sam_desc, w.code, max_stack=max(w.max_depth, 1), max_locals=slot,
              access=0x0001)


def lambda_site(vm, caller, entry, bsm):
    """A LambdaSite for a metafactory/altMetafactory call site."""
    captured, iface_desc = parse_method_descriptor(entry.descriptor)
    args = bsm.arguments
    if [a.tag for a in args[:3]] != [16, 15, 16]:     # MethodType, MethodHandle, MethodType
        raise TypeError('LambdaMetafactory arguments are not (MethodType, MethodHandle, MethodType)')
    sam_desc = args[0].descriptor
    impl = args[1]       # args[2], the instantiated type, only narrows sam_desc: adapt() covers it
    extra_interfaces, sam_descs = [], [sam_desc]
    if bsm.method_handle.ref.name == 'altMetafactory':
        flags = args[3].value
        rest = list(args[4:])
        if flags & FLAG_MARKERS:
            count = rest.pop(0).value
            extra_interfaces += [rest.pop(0).name for _ in range(count)]
        if flags & FLAG_BRIDGES:
            count = rest.pop(0).value
            sam_descs += [rest.pop(0).descriptor for _ in range(count)]
        if flags & FLAG_SERIALIZABLE:
            extra_interfaces.append('java/io/Serializable')
    cls = make_lambda_class(vm, caller, class_of(iface_desc), entry.name, captured,
                            sam_descs, impl, extra_interfaces)
    site = _kvm.LambdaSite()
    site.cls = cls
    site.arg_kinds = ''.join(kind(d) for d in captured)
    site.arg_slots = sum(size(d) for d in captured)
    site.field_slots = [cls.fields[('arg%d' % i, d)].slot for i, d in enumerate(captured)]
    return site
