"""Every `native` method the runtime archive declares (the core library and the
Kava Packages) has an implementation, and every registered implementation belongs
to a declared native."""

import zipfile

from kvm_core.classfile import ACC_NATIVE, parse_class
from kvm_core.natives import registry
from kvm_core.vm import runtime_archive
from kava.phone import package_natives


def implemented_natives():
    return set(registry.all_natives()) | set(package_natives())


def declared_natives():
    found = set()
    with zipfile.ZipFile(runtime_archive()) as jar:
        for name in jar.namelist():
            if name.endswith('.class'):
                cf = parse_class(jar.read(name))
                for m in cf.methods:
                    if m.access_flags & ACC_NATIVE:
                        found.add('%s.%s%s' % (cf.this_class, m.name, m.descriptor))
    return found


def test_no_declared_native_is_missing():
    missing = sorted(declared_natives() - implemented_natives())
    assert missing == [], 'natives without an implementation: %s' % missing


def test_no_registered_native_is_orphaned():
    orphans = sorted(implemented_natives() - declared_natives())
    assert orphans == [], 'registered natives that no class declares: %s' % orphans
