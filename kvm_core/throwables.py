"""Exceptions raised by the VM itself: creating throwables without running
Java constructors, recording and decoding backtraces, JDK-17 message texts,
and finding exception handlers."""

import os
import sys

from kvm_core import _kvm
from kvm_core.classfile import parse_method_descriptor
from kvm_core.linker import ACC_SYNTHETIC_EMPTY

# The JDK records at most this many frames in a backtrace (MaxJavaStackTraceDepth).
MAX_BACKTRACE = 1024

PRIMITIVE_NAMES = {'B': 'byte', 'C': 'char', 'D': 'double', 'F': 'float', 'I': 'int',
                   'J': 'long', 'S': 'short', 'Z': 'boolean', 'V': 'void'}


def java_type_name(desc):
    """A field descriptor as Java source spells it: I -> int, [Ljava/lang/String; -> java.lang.String[]."""
    dims = 0
    while desc[dims] == '[':
        dims += 1
    base = desc[dims:]
    name = PRIMITIVE_NAMES[base] if base[0] != 'L' else base[1:-1].replace('/', '.')
    return name + '[]' * dims


def method_display(m):
    """A method as the JDK names it in linkage errors: 'void Foo.bar(int, java.lang.String)'."""
    args, ret = parse_method_descriptor(m.desc)
    return "'%s %s.%s(%s)'" % (java_type_name(ret), m.cls.name.replace('/', '.'), m.name,
                               ', '.join(java_type_name(a) for a in args))


def class_display(c):
    """A class name as Class.getName() spells it."""
    return c.name.replace('/', '.')


def module_description(c):
    while c.is_array and c.component is not None:
        c = c.component
    if c.loader is None:
        return "module java.base of loader 'bootstrap'"
    return "unnamed module of loader 'app'"


def is_hidden_frame(m):
    """Frames the VM made for itself (stand-in initializers, lambda classes, the
    thread start trampoline): left out of traces and dumps, as the JDK hides its own."""
    return (m.access & ACC_SYNTHETIC_EMPTY and m.cf_method is None) or '$$Lambda$' in m.cls.name \
        or m.name == 'runAfterStart'


def line_for_pc(m, pc):
    line = -1
    for start, number in m.line_numbers:
        if start <= pc:
            line = number
        else:
            break
    return line


class ThrowableSupport:
    """Mixin of the VM."""

    def new_throwable(self, class_name, message, cause=None):
        """A throwable of class_name with its backtrace, made without running a
        constructor (the VM raises these: NPE, linkage errors...)."""
        cls = self.load_class(class_name)
        self.ensure_initialized(cls)
        obj = _kvm.py_new_object(cls)
        layout = self.throwable_layout
        if message is not None:
            obj.refs[layout['detailMessage']] = self.new_string(message)
        obj.refs[layout['cause']] = cause if cause is not None else obj
        obj.refs[layout['backtrace']] = self.capture_backtrace(self.current_thread, None)
        return obj

    def throw(self, class_name, message=None):
        """Raise a new Java throwable from Python code."""
        raise _kvm.JavaThrow(self.new_throwable(class_name, message))

    def _init_throwables(self):
        throwable = self.load_class('java/lang/Throwable')
        self.throwable_class = throwable
        self.throwable_layout = {f.name: f.slot for f in throwable.fields.values() if not f.is_static}
        self.error_class = self.load_class('java/lang/Error')

    def capture_backtrace(self, thread, throwable):
        """(method, pc) pairs of the thread's frames, innermost first. For
        fillInStackTrace, the frames creating `throwable` itself are left out."""
        frames = thread.visible_frames(is_hidden_frame)
        start = 0
        if throwable is not None:
            while start < len(frames):
                m = frames[start][0]
                if not (m.name in ('fillInStackTrace', 'fillInStackTrace0') and
                        _kvm.is_instance(m.cls, self.throwable_class)) and \
                        not (m.name == '<init>' and _kvm.is_instance(throwable.cls, m.cls)):
                    break
                start += 1
        return tuple(frames[start:start + MAX_BACKTRACE])

    def stack_trace_elements(self, backtrace):
        """A Java StackTraceElement[] for a recorded backtrace."""
        ste_cls = self.load_class('java/lang/StackTraceElement')
        self.ensure_initialized(ste_cls)
        slots = {f.name: f.slot for f in ste_cls.fields.values() if not f.is_static}
        line_slot = ste_cls.fields[('lineNumber', 'I')].slot
        arr = self.allocate_array(self.array_class_of(ste_cls), len(backtrace))
        for i, (m, pc) in enumerate(backtrace):
            e = _kvm.py_new_object(ste_cls)
            if m.cls.loader is None:
                e.refs[slots['moduleName']] = self.intern('java.base')
            e.refs[slots['declaringClass']] = self.intern(class_display(m.cls))
            e.refs[slots['methodName']] = self.intern(m.name)
            if m.cls.source_file is not None:
                e.refs[slots['fileName']] = self.intern(m.cls.source_file)
            e.set_int(line_slot, -2 if m.is_native else line_for_pc(m, pc))
            arr.set_item(i, e)
        return arr

    def find_handler(self, m, pc, exc):
        """The handler pc for exc thrown at pc in m, or -1 (JVMS §2.10)."""
        for h in m.handlers:
            if h[0] <= pc < h[1]:
                if h[3] is None:
                    return h[2]
                if h[4] is None:
                    try:
                        h[4] = self.load_class(h[3])
                    except _kvm.JavaThrow:
                        continue
                if _kvm.is_instance(exc.cls, h[4]):
                    return h[2]
        return -1

    def host_error_to_java(self, e):
        """A Python-level failure inside the VM becomes a Java error, never a traceback."""
        if isinstance(e, MemoryError):
            return self.new_throwable('java/lang/OutOfMemoryError', 'Java heap space')
        if isinstance(e, RecursionError):
            return self.new_throwable('java/lang/StackOverflowError', None)
        if os.environ.get('KAVA_DEBUG'):
            import traceback
            traceback.print_exception(e, file=sys.stderr)
        return self.new_throwable('java/lang/InternalError',
                                  'Kava internal error: %s: %s' % (type(e).__name__, e))

    def method_display(self, m):
        return method_display(m)

    def frame_text(self, frame):
        """One stack frame as a stack trace prints it: Main.run(Main.java:12)."""
        m = frame.m
        where = m.cls.source_file or 'Unknown Source'
        line = line_for_pc(m, frame.pc)
        if line >= 0 and m.cls.source_file:
            where = '%s:%d' % (where, line)
        return '%s.%s(%s)' % (class_display(m.cls), m.name, where)

    def thread_name(self, st):
        if st.obj is None:
            return 'main'
        cls = st.obj.cls
        slot = self.find_field(cls, 'name', 'Ljava/lang/String;').slot
        return self.to_pystr(st.obj.refs[slot]) or '?'

    def describe_throwable(self, throwable):
        """Class name and message, as Throwable.toString() says it."""
        name = class_display(throwable.cls)
        msg = self.to_pystr(throwable.refs[self.throwable_layout['detailMessage']])
        return name if msg is None else '%s: %s' % (name, msg)

    def report_uncaught(self, st, throwable):
        """A thread ended with an uncaught exception: Thread.dispatchUncaughtException
        runs its handler or prints 'Exception in thread "NAME" ' and the stack trace."""
        from kvm_core.natives.lang_thread import main_thread
        prefix = 'Exception in thread "%s" ' % self.thread_name(st)
        self.current_thread = st.jt
        try:
            thread = st.obj if st.obj is not None else main_thread(self)
            dispatch = self.load_class('java/lang/Thread').methods[
                'dispatchUncaughtException(Ljava/lang/Throwable;)V']
            self.call(dispatch, thread, throwable)
        except _kvm.JavaThrow:
            os.write(2, (prefix + self.describe_throwable(throwable) + '\n').encode('utf-8', 'replace'))

    def cast_message(self, source, target):
        s, t = class_display(source), class_display(target)
        ms, mt = module_description(source), module_description(target)
        if ms == mt:
            where = '%s and %s are in %s' % (s, t, ms)
        else:
            where = '%s is in %s; %s is in %s' % (s, ms, t, mt)
        return 'class %s cannot be cast to class %s (%s)' % (s, t, where)

    def npe_message(self, m, pc):
        """JDK 17's helpful NullPointerException message for the instruction at pc."""
        info = m.cf_method
        if info is None or info.code is None:
            return None
        try:
            from kvm_core.npe_messages import helpful_message
            return helpful_message(info.code, m.cls.cf.constant_pool, m.is_static, pc, m.desc)
        except Exception:      # a best-effort description must never hide the NPE itself
            return None
