"""java.lang.Thread natives on the green-thread scheduler (kvm_core/threads.py)."""

from kvm_core import _kvm
from kvm_core.natives.registry import native
from kvm_core.threads import NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED, ThreadState


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
        main = vm.main_thread
        obj.native = main
        main.jthread = obj
        main.sched.obj = obj
        vm.main_thread_object = obj
    return vm.main_thread_object


def take_interrupt(vm, thread_obj):
    """Test and clear the Java-side interrupt flag."""
    slot = thread_field(vm, 'interrupted').slot
    if thread_obj is not None and thread_obj.get_int(slot):
        thread_obj.set_int(slot, 0)
        return True
    return False


def current_state(vm):
    return vm.current_thread.sched


@native('java/lang/Thread.currentThread()Ljava/lang/Thread;')
def current_thread(vm):
    obj = vm.current_thread.jthread
    return obj if obj is not None else main_thread(vm)


@native('java/lang/Thread.sleep(J)V')
def sleep(vm, millis):
    st = current_state(vm)
    if st.resumed is not None:
        reason, st.resumed = st.resumed, None
        if reason == 'interrupted':
            take_interrupt(vm, st.obj)
            vm.throw('java/lang/InterruptedException', 'sleep interrupted')
        return
    if millis < 0:
        vm.throw('java/lang/IllegalArgumentException', 'timeout value is negative')
    if take_interrupt(vm, current_thread(vm)):
        vm.throw('java/lang/InterruptedException', 'sleep interrupted')
    vm.scheduler.sleep(st, millis / 1000.0)


@native('java/lang/Thread.yield()V')
def yield_(vm):
    st = current_state(vm)
    if st.resumed == 'yielded':
        st.resumed = None
        return
    vm.scheduler.yield_(st)


@native('java/lang/Thread.start0()V')
def start0(vm, this):
    jt = _kvm.JThread(vm.stack_slots)
    jt.jthread = this
    daemon = bool(this.get_int(thread_field(vm, 'daemon').slot))
    st = ThreadState(jt, this, daemon)
    jt.sched = st
    this.native = jt
    run = this.cls.vtable[vm.find_class_method(this.cls, 'run()V').vindex]
    if run.is_synchronized:     # its monitor is taken by the new thread, once it runs
        run = vm.load_class('java/lang/Thread').methods['runAfterStart()V']
    _kvm.push_call(jt, run, (this,))
    vm.scheduler.add(st)


@native('java/lang/Thread.isAlive()Z')
def is_alive(vm, this):
    jt = this.native
    return jt is not None and jt.sched.state != TERMINATED


@native('java/lang/Thread.interrupt0()V')
def interrupt0(vm, this):
    if this.native is not None:
        vm.scheduler.interrupt(this.native.sched)


@native('java/lang/Thread.holdsLock(Ljava/lang/Object;)Z')
def holds_lock(vm, obj):
    if obj is None:
        vm.throw('java/lang/NullPointerException', None)
    mon = obj.monitor
    return mon is not None and mon.owner is vm.current_thread


STATE_ORDINALS = {NEW: 0, RUNNABLE: 1, BLOCKED: 2, WAITING: 3, TIMED_WAITING: 4, TERMINATED: 5}


@native('java/lang/Thread.getState0()I')
def get_state(vm, this):
    jt = this.native
    if jt is None:
        return 0        # never started
    return STATE_ORDINALS[jt.sched.state]
