"""Native methods, registered by JVM signature ("java/lang/Object.hashCode()I").
Each native is called as fn(vm, *args) with Python-level argument values."""

import importlib

_NATIVES = {}

# The modules that register natives, grouped by API area.
MODULES = ('lang_object', 'lang_class', 'lang_string', 'lang_system', 'lang_throwable',
           'lang_numbers', 'lang_math', 'lang_character', 'lang_thread', 'io_console')


def native(signature):
    def register(fn):
        if signature in _NATIVES:
            raise ValueError('native registered twice: ' + signature)
        _NATIVES[signature] = fn
        return fn
    return register


def all_natives():
    for name in MODULES:
        importlib.import_module('kvm_core.natives.' + name)
    return dict(_NATIVES)
