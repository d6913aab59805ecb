"""Start-up and exit of the `kava` process: its compiled-code cache and a quick exit.

Kava is written in Python, and Python compiles a module's source to bytecode
every time it is imported unless a compiled copy (a .pyc) can be read. When
writing bytecode is switched off (PYTHONDONTWRITEBYTECODE, as many container
images set it) and the installation holds no .pyc files (an editable install
never does), every `kava run` would compile all of the VM's modules again: that
is more than half of its start-up. Kava then keeps its compiled modules in its
own cache directory instead (Python's sys.pycache_prefix), never next to the
sources. Python checks each cached file against its source's modification time
and size as usual, and writes it atomically.

The cache directory is kvm_core.cachedir's (~/.cache/kava by default);
KAVA_NO_CACHE=1 turns this cache off."""

import os
import sys

from kvm_core.cachedir import cache_dir


def enable_code_cache():
    """When Python may not write bytecode next to the sources, keep it in Kava's
    cache directory. Does nothing when Python writes (or reads) bytecode as usual,
    or when the user chose a bytecode location (PYTHONPYCACHEPREFIX) already."""
    if not sys.dont_write_bytecode or sys.pycache_prefix is not None:
        return
    path = cache_dir()
    if path is None:
        return
    sys.pycache_prefix = os.path.join(path, 'pycache')
    sys.dont_write_bytecode = False


def exit_process(status):
    """End the `kava` process with `status` at once, as the JVM does: the Java
    program has finished and its output is written (Java's streams write to the
    file descriptors directly), so tearing down the VM's objects and modules one by
    one would only delay the exit. Python's own buffered streams are flushed first."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(status)
