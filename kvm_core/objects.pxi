# Runtime data structures of the KVM: slots, objects, arrays, classes, methods,
# frames and threads. Everything the interpreter touches per bytecode is a C
# field; Python-level attributes are for the loader and natives.

cimport cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy, memset, memmove
from cpython.buffer cimport PyBUF_FORMAT
from cpython.bytearray cimport PyByteArray_AS_STRING
from cpython.list cimport PyList_GET_ITEM, PyList_SET_ITEM
from cpython.ref cimport PyObject, Py_INCREF, Py_XDECREF

# --stats counters: bytecodes executed, Java calls (frames pushed), objects allocated
cdef long long stat_bytecodes = 0
cdef long long stat_calls = 0
cdef long long stat_allocs = 0


def statistics():
    return {'bytecodes': stat_bytecodes, 'calls': stat_calls, 'allocations': stat_allocs}


ctypedef union Slot:
    int i
    long long j
    float f
    double d

# Class states (JVMS §5.5), one per step of a class's life.
cdef enum ClassState:
    CS_LOADED = 0        # parsed and its supertypes loaded; not yet laid out
    CS_LINKED = 1        # fields laid out, vtable/itable built, static storage allocated
    CS_INITIALIZING = 2  # <clinit> is running on some thread
    CS_INITIALIZED = 3   # ready for use
    CS_ERRONEOUS = 4     # <clinit> failed: every later use is NoClassDefFoundError

# Primitive element kinds, numbered as newarray's atype operand (JVMS §6.5).
cdef enum ElemKind:
    EK_REF = 0
    EK_BOOLEAN = 4
    EK_CHAR = 5
    EK_FLOAT = 6
    EK_DOUBLE = 7
    EK_BYTE = 8
    EK_SHORT = 9
    EK_INT = 10
    EK_LONG = 11

cdef int elem_size(int kind) noexcept:
    if kind == EK_BOOLEAN or kind == EK_BYTE:
        return 1
    if kind == EK_CHAR or kind == EK_SHORT:
        return 2
    if kind == EK_INT or kind == EK_FLOAT:
        return 4
    return 8

cdef char* buffer_format(int kind) noexcept:
    """The struct-module format of a primitive element kind, for JArray's buffer."""
    if kind == EK_BOOLEAN:
        return b'B'
    if kind == EK_CHAR:
        return b'H'
    if kind == EK_FLOAT:
        return b'f'
    if kind == EK_DOUBLE:
        return b'd'
    if kind == EK_BYTE:
        return b'b'
    if kind == EK_SHORT:
        return b'h'
    if kind == EK_INT:
        return b'i'
    return b'q'

cdef long long empty_buffer = 0        # what an empty array's buffer points at

ELEM_KIND_BY_DESCRIPTOR = {'Z': EK_BOOLEAN, 'C': EK_CHAR, 'F': EK_FLOAT, 'D': EK_DOUBLE,
                           'B': EK_BYTE, 'S': EK_SHORT, 'I': EK_INT, 'J': EK_LONG}


cdef class Monitor:
    """A Java monitor: owner thread and re-entry count."""
    cdef public object owner
    cdef public int count
    cdef public list waiters


cdef class JObject:
    """An instance. Primitive fields live in a C slot array, references in a list."""
    cdef public JClass cls
    cdef Slot* prims
    cdef public list refs
    cdef public Monitor monitor
    cdef public int ihash            # identity hash code, 0 until first asked for
    cdef long long asize             # bytes charged to the heap for this object
    # VM-private payload: the JClass of a java.lang.Class mirror, the Python str
    # cached for a java.lang.String.
    cdef public object native

    def __dealloc__(self):
        global heap_used
        heap_used -= self.asize
        if self.prims != NULL:
            free(self.prims)

    def get_int(self, int index):
        return self.prims[index].i

    def set_int(self, int index, int value):
        self.prims[index].i = value

    def get_long(self, int index):
        return self.prims[index].j

    def set_long(self, int index, long long value):
        self.prims[index].j = value

    def get_float(self, int index):
        return self.prims[index].f

    def set_float(self, int index, float value):
        self.prims[index].f = value

    def get_double(self, int index):
        return self.prims[index].d

    def set_double(self, int index, double value):
        self.prims[index].d = value


cdef class JArray(JObject):
    """An array. Primitive elements in a C buffer, references in `refs`."""
    cdef public int length
    cdef public int kind
    cdef char* data
    cdef Py_ssize_t buffer_shape        # the buffer protocol's shape[0], = length

    def __dealloc__(self):
        if self.data != NULL:
            free(self.data)

    def __getbuffer__(self, Py_buffer* view, int flags):
        """Primitive arrays expose their elements to host code without copying
        (packages' natives, e.g. the rasterizer, take an int[] as int[::1])."""
        if self.kind == EK_REF:
            raise BufferError('a reference array has no buffer')
        self.buffer_shape = self.length
        view.buf = <void*>self.data if self.data != NULL else <void*>&empty_buffer
        view.obj = self
        view.itemsize = elem_size(self.kind)
        view.len = self.length * view.itemsize
        view.readonly = 0
        view.ndim = 1
        view.format = buffer_format(self.kind) if (flags & PyBUF_FORMAT) else NULL
        view.shape = &self.buffer_shape
        view.strides = &view.itemsize
        view.suboffsets = NULL
        view.internal = NULL

    def __releasebuffer__(self, Py_buffer* view):
        pass

    def to_bytes(self):
        """The raw element storage (native byte order)."""
        return self.data[:self.length * elem_size(self.kind)] if self.length else b''

    def set_bytes(self, int start, bytes raw):
        """Copy raw element bytes in at element index `start`."""
        cdef int esize = elem_size(self.kind)
        cdef Py_ssize_t n = len(raw)
        if start < 0 or start * esize + n > self.length * esize:
            raise IndexError('array store out of range')
        if n:
            memcpy(self.data + start * esize, <char*>raw, n)

    def get_item(self, int index):
        """An element as a Python value (int, float, bool-as-int or object)."""
        if index < 0 or index >= self.length:
            raise IndexError(index)
        if self.kind == EK_REF:
            return self.refs[index]
        return read_elem(self, index)

    def set_item(self, int index, value):
        if index < 0 or index >= self.length:
            raise IndexError(index)
        if self.kind == EK_REF:
            self.refs[index] = value
        else:
            write_elem(self, index, value)


cdef object read_elem(JArray a, int i):
    cdef int k = a.kind
    if k == EK_INT:
        return (<int*>a.data)[i]
    if k == EK_BYTE or k == EK_BOOLEAN:
        return (<signed char*>a.data)[i]
    if k == EK_CHAR:
        return (<unsigned short*>a.data)[i]
    if k == EK_SHORT:
        return (<short*>a.data)[i]
    if k == EK_LONG:
        return (<long long*>a.data)[i]
    if k == EK_FLOAT:
        return (<float*>a.data)[i]
    return (<double*>a.data)[i]


cdef write_elem(JArray a, int i, v):
    cdef int k = a.kind
    if k == EK_INT:
        (<int*>a.data)[i] = <int>v
    elif k == EK_BYTE or k == EK_BOOLEAN:
        (<signed char*>a.data)[i] = <signed char>v
    elif k == EK_CHAR:
        (<unsigned short*>a.data)[i] = <unsigned short>v
    elif k == EK_SHORT:
        (<short*>a.data)[i] = <short>v
    elif k == EK_LONG:
        (<long long*>a.data)[i] = <long long>v
    elif k == EK_FLOAT:
        (<float*>a.data)[i] = <float>v
    else:
        (<double*>a.data)[i] = <double>v


cdef class JField:
    """A declared field: its slot in the instance or static storage."""
    cdef public JClass cls
    cdef public str name
    cdef public str desc
    cdef public int access
    cdef public int slot
    cdef public bint is_ref
    cdef public bint is_static
    cdef public int kind     # first descriptor char as an int: ord('I'), ord('L')...


cdef class JMethod:
    """A method with everything the interpreter needs pre-computed."""
    cdef public JClass cls
    cdef public str name
    cdef public str desc
    cdef public int access
    cdef public int max_locals
    cdef public int max_stack
    cdef public int arg_slots       # argument slots including `this`
    cdef public str arg_kinds       # one char per argument: I J F D L (B/C/S/Z as I)
    cdef public int ret_kind        # ord of V I J F D L
    cdef public bytes code
    cdef bytearray qcode            # the interpreter's private copy of code, quickened as it runs
    cdef public int intrinsic       # INTRINSIC_*: run in C without a frame, 0 for none
    cdef signed char trace_hidden   # is_hidden(m) for visible_frames: 0 not yet asked, 1 no, 2 yes
    cdef public list handlers       # [start, end, handler, catch class name or None, resolved JClass]
    cdef public list line_numbers
    cdef public object native_fn
    cdef public int vindex          # vtable index, -1 when not virtual
    cdef public bint is_static
    cdef public bint is_synchronized
    cdef public bint is_native
    cdef public bint is_abstract
    cdef public bint verified
    cdef public object cf_method    # the parsed MethodInfo

    def __repr__(self):
        return '<JMethod %s.%s%s>' % (self.cls.name if self.cls else '?', self.name, self.desc)


cdef inline unsigned char* run_code(JMethod m) except NULL:
    """The code the interpreter runs: the method's private copy, whose instructions
    it rewrites into quickened forms (opcodes.pxi) once resolved."""
    if m.qcode is None:
        m.qcode = bytearray(m.code)
    return <unsigned char*>PyByteArray_AS_STRING(m.qcode)


cdef class JClass:
    """A loaded class, interface, or array class."""
    cdef public str name            # internal form: java/lang/String, [I, [Ljava/lang/Object;
    cdef public JClass superclass
    cdef public list interfaces     # direct superinterfaces (JClass)
    cdef public int access
    cdef public int state
    cdef public object init_thread
    cdef public object init_error   # the throwable of a failed <clinit>
    cdef public int nprim           # instance primitive slots, superclasses included
    cdef public int nref            # instance reference slots, superclasses included
    cdef public dict fields         # (name, desc) -> JField declared here
    cdef public dict methods        # name + desc -> JMethod declared here
    cdef public list vtable
    cdef public dict imethods       # name + desc -> JMethod implementing it (lazily filled)
    cdef Slot* sprims
    cdef public list srefs
    cdef public object loader       # None for the boot class library
    cdef public JClass component    # arrays: element class (None for primitive elements)
    cdef public int elem_kind       # arrays: ElemKind of the elements
    cdef public bint is_array
    cdef public bint is_interface
    cdef public bint is_primitive
    cdef public object mirror       # the java.lang.Class instance
    cdef public object cf           # ClassFile, None for arrays and primitives
    cdef public set supertypes      # this class, all superclasses and all superinterfaces
    cdef public list cpcache        # constant-pool index -> resolved entry
    cdef public list constcache     # constant-pool index -> ldc Constant
    cdef public dict assign_cache   # JClass -> bool, for array assignability
    cdef public JClass array_class  # the class of arrays of this
    cdef public str source_file

    def __dealloc__(self):
        if self.sprims != NULL:
            free(self.sprims)

    def alloc_statics(self, int n):
        self.sprims = <Slot*>calloc(n if n > 0 else 1, sizeof(Slot))
        if self.sprims == NULL:
            raise MemoryError()

    def set_static_prim(self, int slot, str kind, value):
        py_to_slot(&self.sprims[slot], ord(kind), value)

    def __repr__(self):
        return '<JClass %s>' % self.name


cdef py_to_slot(Slot* s, int kind, v):
    if kind == 73 or kind == 66 or kind == 67 or kind == 83 or kind == 90:
        s.i = <int>v
    elif kind == 74:
        s.j = <long long>v
    elif kind == 70:
        s.f = <float>v
    else:
        s.d = <double>v


# A long chain of frames (deep recursion) must not free itself recursively on the C stack.
@cython.trashcan(True)
@cython.freelist(256)
cdef class Frame:
    """One activation. Locals start at `lb` in the thread's slot arrays; the
    operand stack follows them."""
    cdef public JMethod m
    cdef public Frame parent
    cdef public int pc
    cdef public int lb
    cdef public int sp
    cdef public object lock          # the monitor object of a synchronized method
    cdef public JClass init_class    # set on a <clinit> frame
    cdef public bint boundary        # returning from this frame leaves the interpreter loop


# What a frame costs against the stack limit beyond its locals and operands, in slots
# (a frame with neither still uses memory: its Frame object).
cdef int FRAME_SLOTS = 8


cdef class JThread:
    """A Java thread's VM state: its slot stack and its frame chain."""
    cdef Slot* S
    cdef public list R
    cdef public int cap
    cdef public Frame top
    cdef public object jthread       # the java.lang.Thread object
    cdef public object sched         # the scheduler's state for this thread
    cdef public int depth
    cdef public int max_depth        # frames allowed: each costs at least FRAME_SLOTS of the stack

    def __cinit__(self, int cap):
        self.cap = cap
        self.max_depth = cap // FRAME_SLOTS
        self.S = <Slot*>malloc(cap * sizeof(Slot))
        if self.S == NULL:
            raise MemoryError()
        self.R = [None] * 1024
        self.depth = 0

    def __dealloc__(self):
        if self.S != NULL:
            free(self.S)

    def frames(self):
        """The frames from the innermost outwards."""
        f = self.top
        while f is not None:
            yield f
            f = f.parent

    def visible_frames(self, is_hidden):
        """[(method, pc)] of the frames from the innermost outwards, without those whose
        method is_hidden(method) is true for (asked once per method: its answer is fixed)."""
        cdef list out = []
        cdef Frame f = self.top
        cdef JMethod m
        while f is not None:
            m = f.m
            if m.trace_hidden == 0:
                m.trace_hidden = 2 if is_hidden(m) else 1
            if m.trace_hidden == 1:
                out.append((m, f.pc))
            f = f.parent
        return out


# Heap accounting (the -Xmx limit): every object is charged its approximate host
# size when made and credited when freed. Sizes include the Python object headers,
# so the limit bounds real host memory, not just Java payload.
cdef long long heap_used = 0
cdef long long heap_limit = 1 << 30
cdef bint heap_limit_on = True
cdef int OBJECT_OVERHEAD = 96
cdef int LIST_OVERHEAD = 64


cdef int charge(JObject o, long long size) except -1:
    global heap_used, stat_allocs
    stat_allocs += 1
    if heap_limit_on and heap_used + size > heap_limit:
        VM.reclaim_heap(size)      # frees what it can, else raises OutOfMemoryError
    heap_used += size
    o.asize = size
    return 0


def heap_status():
    """(bytes in use, limit)."""
    return heap_used, heap_limit


def set_heap_limit(long long limit):
    global heap_limit
    heap_limit = limit


def enable_heap_limit(bint on):
    """Off while the VM builds the OutOfMemoryError itself."""
    global heap_limit_on
    heap_limit_on = on


cdef JObject new_object(JClass cls):
    cdef JObject o = JObject.__new__(JObject)
    charge(o, OBJECT_OVERHEAD + 8 * cls.nprim + (LIST_OVERHEAD + 8 * cls.nref if cls.nref else 0))
    o.cls = cls
    if cls.nprim:
        o.prims = <Slot*>calloc(cls.nprim, sizeof(Slot))
        if o.prims == NULL:
            raise MemoryError()
    o.refs = [None] * cls.nref if cls.nref else None
    return o


cdef JArray new_array(JClass acls, int length):
    cdef JArray a = JArray.__new__(JArray)
    charge(a, OBJECT_OVERHEAD + LIST_OVERHEAD + <long long>length * elem_size(acls.elem_kind))
    a.cls = acls
    a.length = length
    a.kind = acls.elem_kind
    if a.kind == EK_REF:
        a.refs = [None] * length
    else:
        a.data = <char*>calloc(length if length > 0 else 1, elem_size(a.kind))
        if a.data == NULL:
            raise MemoryError()
    return a


def py_new_object(JClass cls):
    return new_object(cls)


def py_new_array(JClass acls, int length):
    return new_array(acls, length)


def array_copy(JArray src, int sp, JArray dst, int dp, int n):
    """Copy n elements; the caller has checked types and bounds."""
    cdef int es
    if src.kind == EK_REF:
        dst.refs[dp:dp + n] = src.refs[sp:sp + n]   # the right side is a copy, so overlap is safe
    else:
        es = elem_size(src.kind)
        memmove(dst.data + dp * es, src.data + sp * es, n * es)


def clone_object(JObject o):
    """A shallow copy of an object or array."""
    cdef JObject c
    cdef JArray a, ca
    cdef int n
    if isinstance(o, JArray):
        a = <JArray>o
        ca = new_array(a.cls, a.length)
        if a.kind == EK_REF:
            ca.refs[:] = a.refs
        else:
            n = a.length * elem_size(a.kind)
            if n:
                memcpy(ca.data, a.data, n)
        return ca
    c = new_object(o.cls)
    if o.cls.nprim:
        memcpy(c.prims, o.prims, o.cls.nprim * sizeof(Slot))
    if o.refs is not None:
        c.refs = list(o.refs)
    return c
