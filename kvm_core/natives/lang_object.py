"""java.lang.Object natives: identity, cloning and monitors' wait/notify."""

from kvm_core import _kvm
from kvm_core.identity import identity_hash
from kvm_core.natives.lang_thread import current_thread, take_interrupt
from kvm_core.natives.registry import native


@native('java/lang/Object.getClass()Ljava/lang/Class;')
def get_class(vm, this):
    return vm.mirror(this.cls)


@native('java/lang/Object.hashCode()I')
def hash_code(vm, this):
    return identity_hash(this)


@native('java/lang/Object.clone()Ljava/lang/Object;')
def clone(vm, this):
    if not this.cls.is_array and vm.load_class('java/lang/Cloneable') not in this.cls.supertypes:
        vm.throw('java/lang/CloneNotSupportedException', this.cls.name.replace('/', '.'))
    return _kvm.clone_object(this)


def check_owner(vm, obj):
    mon = obj.monitor
    if mon is None or mon.owner is not vm.current_thread:
        vm.throw('java/lang/IllegalMonitorStateException', 'current thread is not owner')


@native('java/lang/Object.notify()V')
def notify(vm, this):
    check_owner(vm, this)
    vm.scheduler.notify(this)


@native('java/lang/Object.notifyAll()V')
def notify_all(vm, this):
    check_owner(vm, this)
    vm.scheduler.notify_all(this)


@native('java/lang/Object.wait(J)V')
def wait(vm, this, millis):
    st = vm.current_thread.sched
    if st.resumed is not None:
        # back from the wait set with the monitor free: take it again
        reason, st.resumed = st.resumed, None
        this.monitor.owner = vm.current_thread
        this.monitor.count = st.saved_count
        if reason == 'interrupted':
            take_interrupt(vm, st.obj)
            vm.throw('java/lang/InterruptedException', None)
        return
    if millis < 0:
        vm.throw('java/lang/IllegalArgumentException', 'timeout value is negative')
    check_owner(vm, this)
    if take_interrupt(vm, current_thread(vm)):
        vm.throw('java/lang/InterruptedException', None)
    vm.scheduler.wait(st, this, millis / 1000.0)
