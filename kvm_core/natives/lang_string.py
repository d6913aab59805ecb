"""java.lang.String natives: interning and Unicode case mapping."""

from kvm_core.natives.registry import native
from kvm_core.strings import host_text


@native('java/lang/String.intern()Ljava/lang/String;')
def intern(vm, this):
    return vm.intern(vm.to_pystr(this))


@native('java/lang/String.toLowerCase0(Ljava/lang/String;)Ljava/lang/String;')
def to_lower(vm, s):
    return vm.new_string(host_text(vm.to_pystr(s)).lower())


@native('java/lang/String.toUpperCase0(Ljava/lang/String;)Ljava/lang/String;')
def to_upper(vm, s):
    return vm.new_string(host_text(vm.to_pystr(s)).upper())
