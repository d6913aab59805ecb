"""A minimal class-file assembler: one class, hand-written bytecode.

The VM uses it to generate the classes behind lambdas; tests use it to write
exact bytecode without depending on javac's choices. It writes only Utf8/Integer/
Long/Float/Double/String/Class/NameAndType/Methodref/InterfaceMethodref/Fieldref
constants, fields, and methods with a Code attribute."""

import struct


class ClassBuilder:
    def __init__(self, name, super_name='java/lang/Object', major=52, interfaces=(), access=0x0021):
        self.name = name
        self.access = access
        self.major = major
        self.pool = [None]
        self.index = {}
        self.methods = []
        self.fields = []
        self.this_index = self.class_ref(name)
        self.super_index = self.class_ref(super_name)
        self.interface_indexes = [self.class_ref(i) for i in interfaces]

    def _add(self, key, raw, wide=False):
        if key in self.index:
            return self.index[key]
        self.pool.append(raw)
        i = len(self.pool) - 1
        if wide:
            self.pool.append(None)
        self.index[key] = i
        return i

    def utf8(self, s):
        data = s.encode('utf-8')
        return self._add(('utf8', s), b'\x01' + struct.pack('>H', len(data)) + data)

    def int_const(self, v):
        return self._add(('int', v), b'\x03' + struct.pack('>i', v))

    def float_const(self, v):
        return self._add(('float', struct.pack('>f', v)), b'\x04' + struct.pack('>f', v))

    def long_const(self, v):
        return self._add(('long', v), b'\x05' + struct.pack('>q', v), wide=True)

    def double_const(self, v):
        return self._add(('double', struct.pack('>d', v)), b'\x06' + struct.pack('>d', v), wide=True)

    def class_ref(self, name):
        return self._add(('class', name), b'\x07' + struct.pack('>H', self.utf8(name)))

    def string(self, s):
        return self._add(('string', s), b'\x08' + struct.pack('>H', self.utf8(s)))

    def name_and_type(self, name, desc):
        return self._add(('nat', name, desc),
                         b'\x0c' + struct.pack('>HH', self.utf8(name), self.utf8(desc)))

    def methodref(self, cls, name, desc):
        return self._add(('method', cls, name, desc), b'\x0a' + struct.pack(
            '>HH', self.class_ref(cls), self.name_and_type(name, desc)))

    def interface_methodref(self, cls, name, desc):
        return self._add(('imethod', cls, name, desc), b'\x0b' + struct.pack(
            '>HH', self.class_ref(cls), self.name_and_type(name, desc)))

    def fieldref(self, cls, name, desc):
        return self._add(('field', cls, name, desc), b'\x09' + struct.pack(
            '>HH', self.class_ref(cls), self.name_and_type(name, desc)))

    def field(self, name, desc, access=0x0008):
        """access defaults to static."""
        self.fields.append((access, self.utf8(name), self.utf8(desc)))

    def method(self, name, desc, code, max_stack=8, max_locals=8, access=0x0009, handlers=()):
        """code: bytes or a list of ints (opcodes and operand bytes)."""
        self.methods.append((access, name, desc, bytes(code), max_stack, max_locals, list(handlers)))

    def build(self):
        code_name = self.utf8('Code')
        methods = []
        for access, name, desc, code, max_stack, max_locals, handlers in self.methods:
            table = b''.join(struct.pack('>HHHH', s, e, h, c) for s, e, h, c in handlers)
            body = (struct.pack('>HHI', max_stack, max_locals, len(code)) + code +
                    struct.pack('>H', len(handlers)) + table + struct.pack('>H', 0))
            methods.append(struct.pack('>HHHH', access, self.utf8(name), self.utf8(desc), 1) +
                           struct.pack('>HI', code_name, len(body)) + body)
        fields = [struct.pack('>HHHH', a, n, d, 0) for a, n, d in self.fields]
        pool = b''.join(p for p in self.pool[1:] if p is not None)
        return (struct.pack('>IHHH', 0xCAFEBABE, 0, self.major, len(self.pool)) + pool +
                struct.pack('>HHHH', self.access, self.this_index, self.super_index,
                            len(self.interface_indexes)) +
                b''.join(struct.pack('>H', i) for i in self.interface_indexes) +
                struct.pack('>H', len(fields)) + b''.join(fields) +
                struct.pack('>H', len(methods)) + b''.join(methods) + struct.pack('>H', 0))


class MemoryEntry:
    """A class path entry holding class files in memory."""

    def __init__(self, files):
        self.files = files

    def read(self, relpath):
        return self.files.get(relpath)
