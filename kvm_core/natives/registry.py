"""Native methods, registered by JVM signature ("java/lang/Object.hashCode()I").
Each native is called as fn(vm, *args) with Python-level argument values."""

import importlib


class NativeTable(dict):
    """Natives by signature, filled by the @table.native(signature) decorator.
    The core library has one (below); each Kava package has its own, which
    the VM takes through its `natives` argument."""

    def native(self, signature):
        def register(fn):
            if signature in self:
                raise ValueError('native registered twice: ' + signature)
            self[signature] = fn
            return fn
        return register


_NATIVES = NativeTable()
native = _NATIVES.native

# The modules that register natives, grouped by API area.
MODULES = ('lang_object', 'lang_class', 'lang_string', 'lang_system', 'lang_throwable',
           'lang_numbers', 'lang_math', 'lang_character', 'lang_thread', 'io_console')


def all_natives():
    for name in MODULES:
        importlib.import_module('kvm_core.natives.' + name)
    return dict(_NATIVES)
