# Resolved constant-pool entries, cached per class in JClass.cpcache so each
# symbolic reference is resolved once (quickening).

cdef enum CallMode:
    CALL_DIRECT = 0      # static, private, constructors, final methods, super calls
    CALL_VIRTUAL = 1     # vtable slot of the receiver's class
    CALL_INTERFACE = 2   # looked up by name+descriptor in the receiver's class


cdef class FieldRef:
    cdef public JClass cls          # the class that declares the field
    cdef public bint is_static
    cdef public bint is_final
    cdef public int slot
    cdef public bint is_ref
    cdef public bint wide           # long or double: two operand-stack slots
    cdef public int kind            # descriptor char as int, for narrowing on store
    cdef public str name


cdef class MethodRef:
    cdef public JMethod method      # the resolved method
    cdef public int opcode          # the invoke instruction it was resolved for
    cdef public int mode
    cdef public int vindex
    cdef public str key             # name + descriptor, for interface dispatch


cdef class Constant:
    """An ldc/ldc_w/ldc2_w operand: a primitive in `val`, or a reference."""
    cdef Slot val
    cdef public object ref
    cdef public bint is_ref

    def set_int(self, int v):
        self.val.i = v

    def set_long(self, long long v):
        self.val.j = v

    def set_float(self, float v):
        self.val.f = v

    def set_double(self, double v):
        self.val.d = v


cdef class ConcatSite:
    """A StringConcatFactory call site: the recipe split into parts.
    Each part is a str constant or an int (the index of an argument)."""
    cdef public list parts
    cdef public str arg_kinds       # one char per argument: I J F D L C Z B S
    cdef public int arg_slots


cdef class LambdaSite:
    """A LambdaMetafactory call site: the generated class and where the captured
    arguments go. Non-capturing lambdas share one instance, as on the JDK."""
    cdef public JClass cls
    cdef public str arg_kinds
    cdef public int arg_slots
    cdef public list field_slots
    cdef public object singleton


cdef class SwitchSite:
    """A SwitchBootstraps call site (pattern switch): `select(target, restart)`
    returns the index of the first matching case label."""
    cdef public object select
