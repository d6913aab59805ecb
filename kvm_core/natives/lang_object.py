"""java.lang.Object natives: identity, cloning and monitors' wait/notify."""

import time

from kvm_core import _kvm
from kvm_core.natives.registry import native


class IdentityHashes:
    """Marsaglia xor-shift, as HotSpot's default: deterministic from run to run."""

    def __init__(self):
        self.x, self.y, self.z, self.w = 123456789, 362436069, 521288629, 88675123

    def next(self):
        t = (self.x ^ (self.x << 11)) & 0xFFFFFFFF
        self.x, self.y, self.z = self.y, self.z, self.w
        self.w = ((self.w ^ (self.w >> 19)) ^ (t ^ (t >> 8))) & 0xFFFFFFFF
        return (self.w & 0x7FFFFFFF) or 1


_hashes = IdentityHashes()


def identity_hash(obj):
    if obj is None:
        return 0
    if obj.ihash == 0:
        obj.ihash = _hashes.next()
    return obj.ihash


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


@native('java/lang/Object.notifyAll()V')
def notify_all(vm, this):
    check_owner(vm, this)


@native('java/lang/Object.wait(J)V')
def wait(vm, this, millis):
    if millis < 0:
        vm.throw('java/lang/IllegalArgumentException', 'timeout value is negative')
    check_owner(vm, this)
    if millis == 0:
        # With a single Java thread nobody can ever notify: report it like a deadlock.
        vm.throw('java/lang/InternalError', 'Object.wait() with no other thread to notify it')
    time.sleep(millis / 1000.0)
