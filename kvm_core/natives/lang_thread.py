"""java.lang.Thread natives for the single (main) Java thread."""

import time

from kvm_core import _kvm
from kvm_core.natives.registry import native


def thread_field(vm, name):
    cls = vm.load_class('java/lang/Thread')
    return next(f for f in cls.fields.values() if f.name == name and not f.is_static)


def main_thread(vm):
    """The java.lang.Thread of the main thread, made without a constructor."""
    if vm.main_thread_object is None:
        cls = vm.load_class('java/lang/Thread')
        vm.ensure_initialized(cls)
        obj = _kvm.py_new_object(cls)
        obj.refs[thread_field(vm, 'name').slot] = vm.intern('main')
        obj.set_int(thread_field(vm, 'priority').slot, 5)
        obj.set_long(thread_field(vm, 'tid').slot, 1)
        vm.main_thread_object = obj
        vm.current_thread.jthread = obj
    return vm.main_thread_object


@native('java/lang/Thread.currentThread()Ljava/lang/Thread;')
def current_thread(vm):
    return main_thread(vm)


@native('java/lang/Thread.sleep(J)V')
def sleep(vm, millis):
    if millis < 0:
        vm.throw('java/lang/IllegalArgumentException', 'timeout value is negative')
    time.sleep(millis / 1000.0)


@native('java/lang/Thread.yield()V')
def yield_(vm):
    pass


@native('java/lang/Thread.start0()V')
def start0(vm, this):
    # Green threads (several Java threads on one host thread) are not built yet.
    vm.throw('java/lang/InternalError', 'Thread.start: Kava runs a single Java thread so far')


@native('java/lang/Thread.isAlive()Z')
def is_alive(vm, this):
    return this is vm.main_thread_object


@native('java/lang/Thread.interrupt0()V')
def interrupt0(vm, this):
    pass


@native('java/lang/Thread.holdsLock(Ljava/lang/Object;)Z')
def holds_lock(vm, obj):
    if obj is None:
        vm.throw('java/lang/NullPointerException', None)
    mon = obj.monitor
    return mon is not None and mon.owner is vm.current_thread
