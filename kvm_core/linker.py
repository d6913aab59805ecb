"""Turning a parsed class file into a linked JClass: field layout, methods,
vtable and the set of supertypes (JVMS §5.3-5.4)."""

from kvm_core import _kvm
from kvm_core._kvm import JClass, JField, JMethod
from kvm_core.classfile import flags as F, parse_method_descriptor

ACC_SYNTHETIC_EMPTY = 0x1000


def computational_kind(desc):
    """The JVM computational kind of a field descriptor: I J F D or L (B C S Z are I)."""
    if desc[0] in 'L[':
        return 'L'
    return 'I' if desc in 'BCSZ' else desc


def slot_size(desc):
    """Local/operand slots a value of field descriptor desc takes."""
    return 2 if desc in ('J', 'D') else 1


def return_kind(desc):
    ch = desc[desc.index(')') + 1]
    if ch in 'L[':
        return ord('L')
    if ch in 'BCSZ':
        return ord('I') if ch != 'Z' else ord('Z')
    return ord(ch)


_call_shapes = {}


def call_shape(desc, is_static):
    """(argument kinds, argument slots, return kind) of a method descriptor, memoized:
    the same descriptors recur across classes (a start-up cost otherwise)."""
    shape = _call_shapes.get((desc, is_static))
    if shape is None:
        args, _ = parse_method_descriptor(desc)
        if not is_static:
            args = ['L'] + args
        shape = (''.join(computational_kind(a) for a in args), sum(slot_size(a) for a in args),
                 return_kind(desc))
        if len(_call_shapes) < 4096:
            _call_shapes[(desc, is_static)] = shape
    return shape


def make_method(cls, info, native_registry):
    m = JMethod()
    m.cls = cls
    m.name = info.name
    m.desc = info.descriptor
    m.access = info.access_flags
    m.is_static = bool(m.access & F.ACC_STATIC)
    m.is_synchronized = bool(m.access & F.ACC_SYNCHRONIZED)
    m.is_native = bool(m.access & F.ACC_NATIVE)
    m.is_abstract = bool(m.access & F.ACC_ABSTRACT)
    m.arg_kinds, m.arg_slots, m.ret_kind = call_shape(m.desc, m.is_static)
    m.vindex = -1
    m.cf_method = info
    m.verified = cls.loader is None     # the class library is trusted, as HotSpot trusts its own
    code = info.code
    if code is not None:
        m.code = code.code
        m.max_locals = max(code.max_locals, m.arg_slots)
        m.max_stack = code.max_stack
        m.handlers = [[h.start_pc, h.end_pc, h.handler_pc, h.catch_type, None]
                      for h in code.exception_table]
        m.line_numbers = sorted(code.line_numbers)
    else:
        m.handlers = []
        m.line_numbers = []
    if m.is_native:
        m.native_fn = native_registry.get('%s.%s%s' % (cls.name, m.name, m.desc))
        if m.native_fn is None:
            m.native_fn = unsatisfied_link(m)
    m.intrinsic = intrinsic(cls, m)
    return m


# Class-library methods the interpreter computes in C without a frame or a host call.
_LIBRARY_INTRINSICS = {'java/lang/Math.sqrt(D)D': _kvm.INTRINSIC_IDS['sqrt'],
                       'java/lang/StrictMath.sqrt(D)D': _kvm.INTRINSIC_IDS['sqrt'],
                       'java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V':
                           _kvm.INTRINSIC_IDS['arraycopy']}


def intrinsic(cls, m):
    """m's JMethod.intrinsic: a void method that only returns (as Object.<init>) is
    skipped once verified; a few pure library methods are computed in C."""
    if m.code == b'\xb1' and not m.is_synchronized:
        return _kvm.INTRINSIC_IDS['empty']
    if cls.loader is None:
        return _LIBRARY_INTRINSICS.get('%s.%s%s' % (cls.name, m.name, m.desc), 0)
    return 0


def unsatisfied_link(m):
    """A declared native with no implementation fails loudly, naming itself."""
    def fail(vm, *args):
        raise _kvm.JavaThrow(vm.new_throwable('java/lang/UnsatisfiedLinkError', vm.method_display(m)))
    fail.unsatisfied = True
    return fail


def empty_initializer(cls):
    """A stand-in <clinit> for a class without one, so initialization is uniform."""
    m = JMethod()
    m.cls = cls
    m.name = '<clinit>'
    m.desc = '()V'
    m.access = F.ACC_STATIC | ACC_SYNTHETIC_EMPTY
    m.is_static = True
    m.arg_kinds = ''
    m.ret_kind = ord('V')
    m.code = b'\xb1'          # return
    m.verified = True
    m.handlers = []
    m.line_numbers = []
    m.vindex = -1
    return m


def layout_fields(cls, cf):
    """Give every field a slot; instance slots continue the superclass's."""
    nprim = cls.superclass.nprim if cls.superclass is not None else 0
    nref = cls.superclass.nref if cls.superclass is not None else 0
    sprim = sref = 0
    fields = {}
    for info in cf.fields:
        fld = JField()
        fld.cls = cls
        fld.name = info.name
        fld.desc = info.descriptor
        fld.access = info.access_flags
        fld.is_static = bool(info.access_flags & F.ACC_STATIC)
        fld.is_ref = info.descriptor[0] in 'L['
        fld.kind = ord(info.descriptor[0])
        if fld.is_static:
            if fld.is_ref:
                fld.slot, sref = sref, sref + 1
            else:
                fld.slot, sprim = sprim, sprim + 1
        elif fld.is_ref:
            fld.slot, nref = nref, nref + 1
        else:
            fld.slot, nprim = nprim, nprim + 1
        fields[(fld.name, fld.desc)] = fld
    cls.fields = fields
    cls.nprim = nprim
    cls.nref = nref
    cls.alloc_statics(sprim)
    cls.srefs = [None] * sref


def build_vtable(cls):
    """Copy the superclass vtable, override by name+descriptor, append the rest."""
    vtable = list(cls.superclass.vtable) if cls.superclass is not None else []
    index = {m.name + m.desc: i for i, m in enumerate(vtable)}
    for m in cls.methods.values():
        if m.is_static or m.name == '<init>' or m.access & F.ACC_PRIVATE:
            continue
        key = m.name + m.desc
        i = index.get(key)
        if i is not None and overrides(m, vtable[i]):
            m.vindex = i
            vtable[i] = m
        else:
            m.vindex = len(vtable)
            index[key] = m.vindex
            vtable.append(m)
    cls.vtable = vtable


def overrides(m, inherited):
    """JVMS §5.4.5: a package-private method is only overridden within its package."""
    if inherited.access & (F.ACC_PUBLIC | F.ACC_PROTECTED):
        return True
    return package_of(m.cls.name) == package_of(inherited.cls.name)


def package_of(name):
    return name.rpartition('/')[0]


def define_class(cf, superclass, interfaces, loader, native_registry):
    """A linked JClass for a parsed class whose supertypes are already linked."""
    cls = JClass()
    cls.name = cf.this_class
    cls.access = cf.access_flags
    cls.is_interface = bool(cf.access_flags & F.ACC_INTERFACE)
    cls.superclass = superclass
    cls.interfaces = interfaces
    cls.loader = loader
    cls.cf = cf
    cls.source_file = cf.source_file
    cls.cpcache = [None] * len(cf.constant_pool)
    cls.constcache = [None] * len(cf.constant_pool)
    cls.imethods = {}
    cls.assign_cache = {}
    layout_fields(cls, cf)
    cls.methods = {}
    for info in cf.methods:
        m = make_method(cls, info, native_registry)
        cls.methods[m.name + m.desc] = m
    if cls.is_interface:
        cls.vtable = list(superclass.vtable) if superclass is not None else []
    else:
        build_vtable(cls)
    supertypes = {cls}
    if superclass is not None:
        supertypes |= superclass.supertypes
    for itf in interfaces:
        supertypes |= itf.supertypes
    cls.supertypes = supertypes
    cls.state = 1   # CS_LINKED
    return cls
