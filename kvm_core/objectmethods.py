"""java.lang.runtime.ObjectMethods for invokedynamic: a record's toString,
equals and hashCode. Each call site gets a generated static method with the
call site's descriptor, so the call is an ordinary invokestatic.

The results follow the JDK: toString is "Name[a=1, b=x]", equals compares
float/double components with Float.compare/Double.compare and references with
Objects.equals, hashCode is the 31 * h + hash(component) fold starting at 0."""

import itertools

from kvm_core import _kvm
from kvm_core.classgen import ClassBuilder
from kvm_core.lambdas import CodeWriter, WRAPPERS
from kvm_core.linker import computational_kind as kind, slot_size as size

_counter = itertools.count()

APPEND_TYPES = {'I': 'I', 'J': 'J', 'F': 'F', 'D': 'D', 'Z': 'Z', 'C': 'C', 'B': 'I', 'S': 'I'}
SB = 'java/lang/StringBuilder'


def object_methods_site(vm, caller, entry, bsm):
    """A MethodRef to the generated implementation of entry.name for a record."""
    record = bsm.arguments[0].name
    names = [n for n in bsm.arguments[1].value.split(';') if n]
    getters = [h.ref for h in bsm.arguments[2:]]
    class_name = '%s$$ObjectMethods$%d' % (caller.name, next(_counter))
    cb = ClassBuilder(class_name, access=0x1030)
    w = CodeWriter(cb)
    writers = {'toString': write_to_string, 'equals': write_equals, 'hashCode': write_hash_code}
    if entry.name not in writers:
        vm.throw('java/lang/BootstrapMethodError', 'ObjectMethods has no method ' + entry.name)
    writers[entry.name](vm, w, record, names, getters)
    cb.method(entry.name, entry.descriptor, w.code, max_stack=max(w.max_depth, 4), max_locals=2,
              access=0x0009)
    cls = vm.define_class_bytes(class_name, cb.build(), caller.loader, trusted=True)
    mr = _kvm.MethodRef()
    mr.method = cls.methods[entry.name + entry.descriptor]
    mr.opcode = 0xba
    mr.mode = 0
    mr.vindex = -1
    mr.key = entry.name + entry.descriptor
    return mr


def get_field(w, getter):
    w.emit(0x2a, delta=1)                                          # aload_0
    w.emit(0xb4, *w.u2(w.cb.fieldref(getter.class_name, getter.name, getter.descriptor)),
           delta=size(getter.descriptor) - 1)


def write_to_string(vm, w, record, names, getters):
    simple = simple_name(vm.load_class(record))
    w.emit(0xbb, *w.u2(w.cb.class_ref(SB)), delta=1)
    w.emit(0x59, delta=1)
    w.invoke(0xb7, SB, '<init>', '()V')
    text = simple + '['
    for i, (name, getter) in enumerate(zip(names, getters)):
        text += ('' if i == 0 else ', ') + name + '='
        append_text(w, text)
        text = ''
        get_field(w, getter)
        desc = getter.descriptor
        arg = APPEND_TYPES.get(desc, 'Ljava/lang/Object;')
        w.invoke(0xb6, SB, 'append', '(%s)L%s;' % (arg, SB))
    append_text(w, text + ']')
    w.invoke(0xb6, SB, 'toString', '()Ljava/lang/String;')
    w.emit(0xb0, delta=-1)                                         # areturn


def simple_name(cls):
    """Class.getSimpleName(): the InnerClasses name of a nested or local class."""
    entry = next((e for e in cls.cf.inner_classes if e.inner_class == cls.name), None)
    if entry is not None and entry.inner_name:
        return entry.inner_name
    return cls.name.rpartition('/')[2]


def append_text(w, text):
    w.emit(0x13, *w.u2(w.cb.string(text)), delta=1)                # ldc_w
    w.invoke(0xb6, SB, 'append', '(Ljava/lang/String;)L%s;' % SB)


def write_equals(vm, w, record, names, getters):
    cb = w.cb
    false_jumps = []
    # if (this == o) return true
    w.emit(0x2a, 0x2b, delta=2)
    w.emit(0xa6, 0, 5, delta=-2)                                   # if_acmpne +5
    w.emit(0x04, 0xac)                                             # iconst_1; ireturn
    w.emit(0x2b, delta=1)
    w.emit(0xc1, *w.u2(cb.class_ref(record)))                      # instanceof
    false_jumps.append(len(w.code))
    w.emit(0x99, 0, 0, delta=-1)                                   # ifeq -> false
    w.emit(0x2b, delta=1)
    w.emit(0xc0, *w.u2(cb.class_ref(record)))
    w.emit(0x4c, delta=-1)                                         # astore_1
    for getter in getters:
        desc = getter.descriptor
        get_field(w, getter)
        w.emit(0x2b, delta=1)
        w.emit(0xb4, *w.u2(cb.fieldref(getter.class_name, getter.name, desc)), delta=size(desc) - 1)
        if desc in ('F', 'D'):
            w.invoke(0xb8, WRAPPERS[desc], 'compare', '(%s%s)I' % (desc, desc))
            false_jumps.append(len(w.code))
            w.emit(0x9a, 0, 0, delta=-1)                           # ifne -> false
        elif desc == 'J':
            w.emit(0x94, delta=-3)                                 # lcmp
            false_jumps.append(len(w.code))
            w.emit(0x9a, 0, 0, delta=-1)
        elif kind(desc) == 'I':
            false_jumps.append(len(w.code))
            w.emit(0xa0, 0, 0, delta=-2)                           # if_icmpne -> false
        else:
            w.invoke(0xb8, 'java/util/Objects', 'equals', '(Ljava/lang/Object;Ljava/lang/Object;)Z')
            false_jumps.append(len(w.code))
            w.emit(0x99, 0, 0, delta=-1)                           # ifeq -> false
    w.emit(0x04, 0xac)                                             # return true
    target = len(w.code)
    for at in false_jumps:
        offset = target - at
        w.code[at + 1], w.code[at + 2] = (offset >> 8) & 0xFF, offset & 0xFF
    w.emit(0x03, 0xac)                                             # return false


def write_hash_code(vm, w, record, names, getters):
    w.emit(0x03, delta=1)                                          # iconst_0
    for getter in getters:
        w.emit(0x10, 31, delta=1)
        w.emit(0x68, delta=-1)                                     # imul
        get_field(w, getter)
        desc = getter.descriptor
        if desc in WRAPPERS:
            w.invoke(0xb8, WRAPPERS[desc], 'hashCode', '(%s)I' % desc)
        else:
            w.invoke(0xb8, 'java/util/Objects', 'hashCode', '(Ljava/lang/Object;)I')
        w.emit(0x60, delta=-1)                                     # iadd
    w.emit(0xac, delta=-1)
