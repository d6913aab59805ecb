"""The virtual machine: class loading, array classes, mirrors, class
initialization (JVMS §5.5) and string concatenation call sites. The
interpreter (kvm_core._kvm) calls back into this object on slow paths."""

import gc
import os
import time

from kvm_core import _kvm, access, verification
from kvm_core.classfile import ClassFormatError, UnsupportedClassVersionError, parse_class, parse_method_descriptor
from kvm_core.classfile import flags as F
from kvm_core.boot_image import BootArchive, load_image
from kvm_core.clock import HostClock
from kvm_core.classpath import ClassPath, ClassPathError
from kvm_core.linker import define_class, empty_initializer, slot_size
from kvm_core.natives import registry
from kvm_core.resolution import ResolutionSupport, dotted
from kvm_core.strings import StringSupport
from kvm_core.threads import Scheduler, ThreadState
from kvm_core.throwables import PRIMITIVE_NAMES, ThrowableSupport

CS_LOADED, CS_LINKED, CS_INITIALIZING, CS_INITIALIZED, CS_ERRONEOUS = range(5)
ATYPE_DESCRIPTORS = {4: 'Z', 5: 'C', 6: 'F', 7: 'D', 8: 'B', 9: 'S', 10: 'I', 11: 'J'}
ELEM_SIZES = {'Z': 1, 'B': 1, 'C': 2, 'S': 2, 'I': 4, 'F': 4, 'J': 8, 'D': 8}
DEFAULT_STACK_SLOTS = 1 << 19
DEFAULT_MAX_HEAP = 1 << 30


def runtime_archive():
    """The class library archive built by setup.py next to this package."""
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lib', 'kava-rt.jar')


class VM(ResolutionSupport, StringSupport, ThrowableSupport):

    def __init__(self, classpath='.', boot_archive=None, properties=None,
                 stack_slots=DEFAULT_STACK_SLOTS, max_heap=DEFAULT_MAX_HEAP,
                 natives=None, clock=None):
        """natives: more native implementations by signature (a package's, over the core's);
        clock: where Java time comes from (default the host's real clock)."""
        archive = boot_archive or runtime_archive()
        self.boot_image = load_image(archive[:-len('.jar')] + '.image', archive)
        self.boot = BootArchive(archive, self.boot_image)      # opened when first read
        self.app = classpath if isinstance(classpath, ClassPath) else ClassPath.from_string(classpath)
        self.properties = dict(properties or {})
        self.stack_slots = stack_slots
        self.max_heap = max_heap
        self.classes = {}
        self.loading = set()
        self.generated_classes = set()      # made by the VM itself (lambdas, record methods)
        self.phase_seconds = {'load': 0.0, 'verify': 0.0}   # for --stats
        self.hierarchy = None       # the verifier's view of the classes, made when first needed
        self.class_bytes = {}       # app class -> its bytes, until verified (the verification cache's key)
        self.primitive_classes = {}
        self.natives = registry.all_natives()
        self.natives.update(natives or {})
        self.clock = clock or HostClock()
        _kvm.set_vm(self)
        _kvm.set_heap_limit(max_heap)
        self.scheduler = Scheduler(self)
        self.main_thread = _kvm.JThread(stack_slots)
        self.main_thread.sched = ThreadState(self.main_thread, None, daemon=False)
        self.current_thread = self.main_thread
        self.object_class = self.load_class('java/lang/Object')
        self.class_class = self.load_class('java/lang/Class')
        self._init_strings()
        self._init_throwables()
        self.prim_array_classes = {atype: self.load_class('[' + d) for atype, d in ATYPE_DESCRIPTORS.items()}
        self.concat_helper = self.load_class('java/lang/StringConcatHelper').methods[
            'concat([Ljava/lang/Object;)Ljava/lang/String;']
        self.object_array_class = self.load_class('[Ljava/lang/Object;')
        self.main_thread_object = None
        # Thrown when a resource is exhausted, so they must be ready before that happens.
        for name in ('java/lang/StackOverflowError', 'java/lang/OutOfMemoryError'):
            self.ensure_initialized(self.load_class(name))

    # ---- loading ------------------------------------------------------------

    def find_class_bytes(self, name):
        """(bytes, loader) of a class: the boot library first, then the class path."""
        try:
            data = self.boot.read(name + '.class')
            if data is not None:
                return data, None
            data = self.app.find_class(name)
        except ClassPathError as e:
            self.throw('java/lang/NoClassDefFoundError', '%s (%s)' % (name, e))
        return data, 'app'

    def load_class(self, name):
        """The linked class for an internal name, loading it and its supertypes."""
        c = self.classes.get(name)
        if c is not None:
            return c
        if name.startswith('['):
            return self._array_class(name)
        if self.loading:                  # a supertype of a class being loaded: timed with it
            return self._load_new_class(name)
        started = time.perf_counter()
        try:
            return self._load_new_class(name)
        finally:
            self.phase_seconds['load'] += time.perf_counter() - started

    def _load_new_class(self, name):
        if name in self.loading:
            self.throw('java/lang/ClassCircularityError', dotted(name))
        cf = self.boot_image.get(name)
        if cf is not None:
            return self.define_parsed(cf, None)
        data, loader = self.find_class_bytes(name)
        if data is None:
            self.throw('java/lang/NoClassDefFoundError', name)
        return self.define_class_bytes(name, data, loader)

    def define_class_bytes(self, name, data, loader, trusted=False):
        """Parse, link and register class `name` from its class-file bytes.
        Classes the VM generates itself are `trusted`: they skip verification."""
        try:
            cf = parse_class(data, name)
        except UnsupportedClassVersionError as e:
            self.throw('java/lang/UnsupportedClassVersionError', str(e))
        except ClassFormatError as e:
            self.throw('java/lang/ClassFormatError', str(e))
        if cf.this_class != name:
            self.throw('java/lang/NoClassDefFoundError', '%s (wrong name: %s)' % (name, cf.this_class))
        c = self.define_parsed(cf, loader)
        if trusted:
            self.generated_classes.add(c)
            for m in c.methods.values():
                m.verified = True
        elif loader is not None:
            self.class_bytes[c] = data
        return c

    def define_parsed(self, cf, loader):
        """Load the supertypes of a parsed class, then link and register it."""
        name = cf.this_class
        self.loading.add(name)
        try:
            superclass = self._load_superclass(cf)
            interfaces = [self._load_interface(cf, n) for n in cf.interfaces]
        finally:
            self.loading.discard(name)
        c = define_class(cf, superclass, interfaces, loader, self.natives)
        if superclass is not None:
            access.check_supertype_access(self, c, superclass, 'superclass')
        for itf in interfaces:
            access.check_supertype_access(self, c, itf, 'superinterface')
        access.check_final_overrides(self, c)
        self.classes[name] = c
        return c

    def _load_superclass(self, cf):
        if cf.super_class is None:
            if cf.this_class != 'java/lang/Object':
                self.throw('java/lang/ClassFormatError', 'Invalid superclass index 0 in class file ' + cf.this_class)
            return None
        sup = self.load_class(cf.super_class)
        if sup.is_interface:
            self.throw('java/lang/IncompatibleClassChangeError',
                       'class %s has interface %s as super class' % (dotted(cf.this_class), dotted(sup.name)))
        if sup.access & F.ACC_FINAL:
            self.throw('java/lang/IncompatibleClassChangeError', 'class %s cannot inherit from final class %s'
                       % (dotted(cf.this_class), dotted(sup.name)))
        if cf.access_flags & F.ACC_INTERFACE and sup is not self.classes.get('java/lang/Object'):
            self.throw('java/lang/ClassFormatError',
                       'Interfaces must have java.lang.Object as superclass in class file ' + cf.this_class)
        return sup

    def _load_interface(self, cf, name):
        itf = self.load_class(name)
        if not itf.is_interface:
            self.throw('java/lang/IncompatibleClassChangeError',
                       'class %s can not implement %s, because it is not an interface (%s is in %s)' % (
                           dotted(cf.this_class), dotted(name), dotted(name),
                           "unnamed module of loader 'app'" if itf.loader else
                           "module java.base of loader 'bootstrap'"))
        return itf

    def _array_class(self, name):
        """Array classes are made, not loaded: supertypes Object, Cloneable, Serializable."""
        elem = name[1:]
        c = _kvm.JClass()
        c.name = name
        c.is_array = True
        if elem[0] == '[' or elem[0] == 'L':
            if elem[0] == 'L' and not elem.endswith(';'):
                self.throw('java/lang/NoClassDefFoundError', name)
            c.component = self.load_class(elem if elem[0] == '[' else elem[1:-1])
            c.elem_kind = 0
            c.loader = c.component.loader
        elif elem in ATYPE_DESCRIPTORS.values():
            c.elem_kind = next(a for a, d in ATYPE_DESCRIPTORS.items() if d == elem)
            c.loader = None
        else:
            self.throw('java/lang/NoClassDefFoundError', name)
        obj = self.classes['java/lang/Object']
        c.superclass = obj
        c.interfaces = [self.load_class('java/lang/Cloneable'), self.load_class('java/io/Serializable')]
        c.access = F.ACC_PUBLIC | F.ACC_FINAL | F.ACC_ABSTRACT
        c.vtable = obj.vtable
        c.methods = {}
        c.fields = {}
        c.imethods = {}
        c.assign_cache = {}
        c.supertypes = {c, obj, *c.interfaces}
        c.state = CS_INITIALIZED
        self.classes[name] = c
        return c

    def array_class_of(self, c):
        if c.array_class is None:
            c.array_class = self.load_class('[' + self.descriptor_of(c))
        return c.array_class

    def descriptor_of(self, c):
        if c.is_primitive:
            return next(d for d, n in PRIMITIVE_NAMES.items() if n == c.name)
        return c.name if c.is_array else 'L' + c.name + ';'

    def primitive_class(self, name):
        c = self.primitive_classes.get(name)
        if c is None:
            c = _kvm.JClass()
            c.name = name
            c.is_primitive = True
            c.access = F.ACC_PUBLIC | F.ACC_FINAL | F.ACC_ABSTRACT
            c.supertypes = {c}
            c.assign_cache = {}
            c.state = CS_INITIALIZED
            self.primitive_classes[name] = c
        return c

    def mirror(self, c):
        """The java.lang.Class object of c."""
        if c.mirror is None:
            m = _kvm.py_new_object(self.class_class)
            m.native = c
            c.mirror = m
        return c.mirror

    # ---- arrays -------------------------------------------------------------

    def new_byte_array(self, data):
        """A Java byte[] holding a copy of the Python bytes `data`."""
        array = self.allocate_array(self.prim_array_classes[8], len(data))
        array.set_bytes(0, bytes(data))
        return array

    def allocate_array(self, acls, length):
        if length < 0:
            self.throw('java/lang/NegativeArraySizeException', str(length))
        if length >= 0x7FFFFFFE:
            self.throw('java/lang/OutOfMemoryError', 'Requested array size exceeds VM limit')
        size = ELEM_SIZES.get(acls.name[1], 8)
        if length * size > self.max_heap:
            self.throw('java/lang/OutOfMemoryError', 'Java heap space')
        try:
            return _kvm.py_new_array(acls, length)
        except MemoryError:
            self.throw('java/lang/OutOfMemoryError', 'Java heap space')

    def reclaim_heap(self, wanted):
        """The heap is full: drop references left in dead stack slots, collect
        cycles, and raise OutOfMemoryError if `wanted` bytes still do not fit."""
        from kvm_core.liveness import dead_reference_slots
        for st in [self.main_thread.sched] + self.scheduler.threads:
            jt = st.jt
            if jt.top is not None:
                top = jt.top.sp
                jt.R[top:] = [None] * (len(jt.R) - top)
            for frame in jt.frames():
                for slot in dead_reference_slots(frame):
                    jt.R[slot] = None
        gc.collect()
        used, limit = _kvm.heap_status()
        if used + wanted > limit:
            _kvm.enable_heap_limit(False)
            try:
                error = self.new_throwable('java/lang/OutOfMemoryError', 'Java heap space')
            finally:
                _kvm.enable_heap_limit(True)
            raise _kvm.JavaThrow(error)

    def new_prim_array(self, atype, length):
        return self.allocate_array(self.prim_array_classes[atype], length)

    def multi_array(self, acls, dims):
        for d in dims:
            if d < 0:
                self.throw('java/lang/NegativeArraySizeException', str(d))
        return self._fill_multi(acls, dims)

    def _fill_multi(self, acls, dims):
        arr = self.allocate_array(acls, dims[0])
        if len(dims) > 1:
            for i in range(dims[0]):
                arr.set_item(i, self._fill_multi(acls.component, dims[1:]))
        return arr

    # ---- initialization (JVMS §5.5) -------------------------------------------

    def begin_initialization(self, t, c):
        """Push the frames that initialize c (and its supertypes first); False
        when nothing needs to run on this thread."""
        return self._start_initialization(t, c) is not None

    def _start_initialization(self, t, c):
        if c.state == CS_INITIALIZED:
            return None
        if c.state == CS_INITIALIZING:
            if c.init_thread is t:
                return None        # a recursive request: proceed
            self.block_on_initialization(t, c)
        if c.state == CS_ERRONEOUS:
            self.throw('java/lang/NoClassDefFoundError', 'Could not initialize class ' + dotted(c.name))
        supers = []
        if not c.is_interface:
            if c.superclass is not None:
                supers.append(c.superclass)
            supers += [i for i in c.interfaces if declares_defaults(i)]
        for sup in supers:
            if sup.state == CS_ERRONEOUS:
                c.state = CS_ERRONEOUS
                self.throw('java/lang/NoClassDefFoundError', 'Could not initialize class ' + dotted(sup.name))
        self.verify_class(c)
        c.state = CS_INITIALIZING
        c.init_thread = t
        try:
            self._set_constant_values(c)
            clinit = c.methods.get('<clinit>()V') or empty_initializer(c)
            _kvm.push_init_frame(t, c, clinit)
        except BaseException:
            c.state = CS_LINKED       # nothing ran: a later request starts over
            c.init_thread = None
            raise
        own = t.top
        for sup in reversed(supers):      # pushed last runs first: superclass, then interfaces
            self._start_initialization(t, sup)
        return own

    def _set_constant_values(self, c):
        for fld in c.fields.values():
            if not fld.is_static:
                continue
            info = next((f for f in c.cf.fields if f.name == fld.name and f.descriptor == fld.desc), None)
            if info is None or info.constant_value is None:
                continue
            if fld.is_ref:
                c.srefs[fld.slot] = self.intern(info.constant_value)
            else:
                c.set_static_prim(fld.slot, 'I' if fld.desc in 'BCSZ' else fld.desc, info.constant_value)

    # ---- verification -------------------------------------------------------------

    def check_final_put(self, m, fr):
        access.check_final_put(self, m, fr)

    def verify_class(self, c):
        """Verify every method of c (as HotSpot links a class before initializing it),
        or accept them from the verification cache (kvm_core.verification)."""
        verification.verify_class(self, c)

    def verify(self, m):
        """Verify an application method before it first runs; VerifyError if it fails
        (ClassFormatError for malformed stack maps)."""
        verification.verify_method(self, m)

    def finish_initialization(self, c):
        c.state = CS_INITIALIZED
        c.init_thread = None

    def fail_initialization(self, c, exc):
        """<clinit> threw exc: c becomes erroneous; non-Errors are wrapped."""
        if not _kvm.is_instance(exc.cls, self.error_class):
            exc = self.new_throwable('java/lang/ExceptionInInitializerError', None, cause=exc)
        c.state = CS_ERRONEOUS
        c.init_thread = None
        c.init_error = exc
        return exc

    def ensure_initialized(self, c):
        """Initialize c now, from Python (natives, the launcher)."""
        if c.state == CS_INITIALIZED:
            return
        t = self.current_thread
        frame = self._start_initialization(t, c)
        if frame is not None:
            frame.boundary = True
            _kvm.resume(t)

    def block_on_initialization(self, t, c):
        self.scheduler.block(t.sched, lambda: c.state != CS_INITIALIZING,
                             'initialization of class ' + dotted(c.name))

    def block_on_monitor(self, t, obj):
        mon = obj.monitor
        self.scheduler.block(t.sched, lambda: mon.owner is None, obj)

    def blocked_in_nested_call(self, t):
        """A thread cannot wait inside a native's call back into Java (the host
        stack is in use): that call fails instead."""
        st = t.sched
        st.state, st.ready, st.blocked_on, st.wake_at = 'RUNNABLE', None, None, None
        return self.new_throwable('java/lang/InternalError',
                                  'a thread cannot wait for another inside a native call back into Java')

    # ---- calls from Python ------------------------------------------------------

    def call(self, m, *args):
        """Run Java method m with Python-level arguments; returns its result."""
        return _kvm.invoke(self.current_thread, m, args)

    # ---- invokedynamic: string concatenation ----------------------------------

    def resolve_call_site(self, cls, idx):
        """The call site of an invokedynamic: what its bootstrap method would link."""
        entry = cls.cf.constant_pool[idx]
        bsm = cls.cf.bootstrap_methods[entry.bootstrap_index]
        for arg in bsm.arguments:       # static arguments are resolved first, as on the JDK
            if arg.tag == 7:
                self.load_class(arg.name)
        ref = bsm.method_handle.ref
        try:
            return self._link_call_site(cls, entry, bsm, ref)
        except _kvm.JavaThrow:
            raise
        except (IndexError, AttributeError, TypeError, ValueError, KeyError):
            # malformed bootstrap arguments: what the JDK's bootstrap would fail with
            self.throw('java/lang/BootstrapMethodError', 'bootstrap method initialization exception')

    def _link_call_site(self, cls, entry, bsm, ref):
        if ref.class_name == 'java/lang/invoke/StringConcatFactory' and \
                ref.name in ('makeConcatWithConstants', 'makeConcat'):
            return self._concat_site(entry, bsm, ref.name == 'makeConcat')
        if ref.class_name == 'java/lang/runtime/SwitchBootstraps':
            from kvm_core.switches import switch_site
            return switch_site(self, entry, bsm)
        if ref.class_name == 'java/lang/runtime/ObjectMethods' and ref.name == 'bootstrap':
            from kvm_core.objectmethods import object_methods_site
            return object_methods_site(self, cls, entry, bsm)
        if ref.class_name == 'java/lang/invoke/LambdaMetafactory' and \
                ref.name in ('metafactory', 'altMetafactory'):
            from kvm_core.lambdas import lambda_site
            return lambda_site(self, cls, entry, bsm)
        self.throw('java/lang/BootstrapMethodError',
                   'bootstrap method %s.%s is not supported by Kava yet' % (dotted(ref.class_name), ref.name))

    def lambda_instance(self, site, values):
        """The functional-interface object for a lambda call site."""
        if not values and site.singleton is not None:
            return site.singleton
        self.ensure_initialized(site.cls)
        obj = _kvm.py_new_object(site.cls)
        for slot, k, v in zip(site.field_slots, site.arg_kinds, values):
            if k == 'L':
                obj.refs[slot] = v
            elif k == 'I':
                obj.set_int(slot, v)
            elif k == 'J':
                obj.set_long(slot, v)
            elif k == 'F':
                obj.set_float(slot, v)
            else:
                obj.set_double(slot, v)
        if not values:
            site.singleton = obj
        return obj

    def _concat_site(self, entry, bsm, plain):
        args, _ = parse_method_descriptor(entry.descriptor)
        site = _kvm.ConcatSite()
        site.arg_kinds = ''.join('L' if a[0] in 'L[' else a for a in args)   # C, Z... kept for the text
        site.arg_slots = sum(slot_size(a) for a in args)
        if plain:
            site.parts = list(range(len(args)))
            return site
        recipe = bsm.arguments[0].value
        constants = [a.value for a in bsm.arguments[1:]]
        if not isinstance(recipe, str) or recipe.count('\x01') != len(args) or \
                recipe.count('\x02') != len(constants):
            raise ValueError('recipe does not match the call site')
        parts, text, arg_i, const_i = [], [], 0, 0
        for ch in recipe:
            if ch == '\x01' or ch == '\x02':
                if text:
                    parts.append(''.join(text))
                    text = []
                if ch == '\x01':
                    parts.append(arg_i)
                    arg_i += 1
                else:
                    parts.append(str(constants[const_i]))
                    const_i += 1
            else:
                text.append(ch)
        if text:
            parts.append(''.join(text))
        site.parts = parts
        return site

    def concat(self, site, values):
        """The String for a concat site, or an Object[] of pieces when some
        argument needs its toString() run (StringConcatHelper finishes it)."""
        kinds = site.arg_kinds
        pieces = []
        needs_java = False
        for part in site.parts:
            if part.__class__ is str:
                pieces.append(part)
                continue
            v, k = values[part], kinds[part]
            if k == 'L':
                if v is None:
                    pieces.append('null')
                elif v.cls is self.string_class:
                    pieces.append(self.to_pystr(v))
                else:
                    pieces.append(v)
                    needs_java = True
            else:
                pieces.append(primitive_text(k, v))
        if not needs_java:
            return self.new_string(''.join(pieces))
        arr = self.allocate_array(self.object_array_class, len(pieces))
        for i, p in enumerate(pieces):
            arr.set_item(i, self.new_string(p) if p.__class__ is str else p)
        return arr


def primitive_text(kind, v):
    """String.valueOf for a primitive held as a Python value."""
    if kind == 'Z':
        return 'true' if v else 'false'
    if kind == 'C':
        return chr(v)
    if kind == 'F' or kind == 'D':
        from kvm_core import floatfmt
        return floatfmt.float_to_string(v) if kind == 'F' else floatfmt.double_to_string(v)
    return str(v)


def declares_defaults(itf):
    return any(not m.is_abstract and not m.is_static for m in itf.methods.values())
