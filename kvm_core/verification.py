"""Verifying application classes, with a cache of verdicts across runs (the idea of
HotSpot's class data sharing for application classes: a class verified once is
not verified again on the next start).

What a verdict depends on. kvm_core.verifier.verify_method is a function of the
parsed class file (so of its bytes and of the parser and verifier code) and of
the answers its *hierarchy* gives: is_assignable, superclass_of, is_interface and
protected_member_owner, which ask about other classes (loading them). Those other
classes may differ from one run to the next (another class path, a rebuilt
library), so the bytes alone are not a sound key.

So the cache records, for a class whose methods all verified, the hierarchy
questions the verifier asked and their answers, in order, under a key made of
the class bytes and of the identity of the code that parses and verifies them
(size and modification time of every module of kvm_core/classfile and
kvm_core/verifier, and of this one; the Python version). On a later run a class
with the same key is accepted only after each recorded question is asked again,
in the same order and of the same VM, and gets the same answer: the verifier
would then take the same path and reach the same verdict, with the same classes
loaded on the way. Any other answer, or an exception, and the class is verified
as usual. Every class verified with recording gets a hierarchy object of its own,
so that no answer reaches it from the verifier's per-hierarchy memo of another
class: the record is complete. Only successes are stored; failures are reported
by running the verifier. A class some of whose methods were verified on their
own (before its initialization verified the rest) is not stored either.

An entry is a file named by the key's hex digest under <cache dir>/verified,
written to a temporary file and renamed into place. It holds a magic, the SHA-256
of its payload and the payload (the class name and the questions, marshalled);
an entry whose digest, format or content does not check out is ignored (and
overwritten by the next successful verification). The cache dir is
kvm_core.cachedir's; KAVA_NO_CACHE=1 turns the cache off."""

import marshal
import os
import sys
import time

from kvm_core.cachedir import cache_dir
from kvm_core.files import write_atomically

FORMAT = 1
MAGIC = b'KVV%d' % FORMAT
QUESTIONS = {       # what the verifier asks: name -> (code, number of arguments)
    'is_assignable': ('a', 2),
    'superclass_of': ('s', 1),
    'is_interface': ('i', 1),
    'protected_member_owner': ('p', 4),
}
METHOD_OF_CODE = {code: (name, n) for name, (code, n) in QUESTIONS.items()}

_identity = None


def _sha256(data):
    try:
        from _sha256 import sha256      # the C module alone: hashlib is a slow import
    except ImportError:
        try:
            from _sha2 import sha256
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def verifier_identity():
    """Bytes that change whenever the code behind a verdict may have changed."""
    global _identity
    if _identity is None:
        here = os.path.dirname(os.path.abspath(__file__))
        parts = [FORMAT, tuple(sys.version_info[:2])]
        for sub in ('classfile', 'verifier'):
            folder = os.path.join(here, sub)
            for name in sorted(os.listdir(folder)):
                if name.endswith('.py'):
                    st = os.stat(os.path.join(folder, name))
                    parts.append((sub, name, st.st_size, st.st_mtime_ns))
        st = os.stat(os.path.abspath(__file__))
        parts.append(('verification.py', st.st_size, st.st_mtime_ns))
        _identity = repr(parts).encode()
    return _identity


class RecordingHierarchy:
    """The VM's hierarchy, writing down every question and its answer."""

    def __init__(self, inner):
        self.inner = inner
        self.log = []

    def is_assignable(self, from_name, to_name):
        r = self.inner.is_assignable(from_name, to_name)
        self.log.append(('a', from_name, to_name, r))
        return r

    def superclass_of(self, name):
        r = self.inner.superclass_of(name)
        self.log.append(('s', name, r))
        return r

    def is_interface(self, name):
        r = self.inner.is_interface(name)
        self.log.append(('i', name, r))
        return r

    def protected_member_owner(self, class_name, name, descriptor, is_method):
        r = self.inner.protected_member_owner(class_name, name, descriptor, is_method)
        self.log.append(('p', class_name, name, descriptor, is_method, r))
        return r


def hierarchy_of(vm):
    if vm.hierarchy is None:
        from kvm_core.verifier.hierarchy import LoaderHierarchy
        vm.hierarchy = LoaderHierarchy(vm.load_class)
    return vm.hierarchy


def verify_method(vm, m):
    """Verify one method (VerifyError, or ClassFormatError for malformed stack maps,
    if it fails). The first method of an application class to be verified has the
    whole class verified, in class-file order, as HotSpot verifies a class when it
    links it (before main() runs, for the main class): so the verdict can be cached."""
    if m.cls in vm.class_bytes:
        verify_class(vm, m.cls)
    else:
        _verify(vm, m, hierarchy_of(vm))


def verify_class(vm, c):
    """Verify every method of c not verified yet, or accept them all from the cache."""
    pending = [m for m in c.methods.values() if not m.verified]
    if not pending or _accept_cached(vm, c):
        return
    path = _entry_path(vm, c) if len(pending) == len(c.methods) else None
    recorder = RecordingHierarchy(hierarchy_of(vm)) if path is not None else None
    for m in pending:
        _verify(vm, m, recorder or hierarchy_of(vm))
    vm.class_bytes.pop(c, None)
    if recorder is not None:
        _store(path, c.name, recorder.log)


def _verify(vm, m, hierarchy):
    from kvm_core.verifier import VerifyError, verify_method as verify
    started = time.perf_counter()
    try:
        verify(m.cls.cf, m.cf_method, hierarchy)
    except VerifyError as e:
        vm.throw(e.java_class, str(e))
    finally:
        vm.phase_seconds['verify'] += time.perf_counter() - started
    m.verified = True


def _entry_path(vm, c):
    data = vm.class_bytes.get(c)
    folder = cache_dir()
    if data is None or folder is None:
        return None
    key = _sha256(verifier_identity() + b'\0' + data).hexdigest()
    return os.path.join(folder, 'verified', key)


def _accept_cached(vm, c):
    """True (and every method of c marked verified) if the cache holds a verdict for
    c whose recorded questions all get the same answers now."""
    if c not in vm.class_bytes:
        return False
    started = time.perf_counter()
    try:
        path = _entry_path(vm, c)
        log = _read(path, c.name) if path is not None else None
        if log is None or not _same_answers(hierarchy_of(vm), log):
            return False
        for m in c.methods.values():
            m.verified = True
        del vm.class_bytes[c]
        return True
    finally:
        vm.phase_seconds['verify'] += time.perf_counter() - started


def _same_answers(hierarchy, log):
    try:
        for q in log:
            name, n = METHOD_OF_CODE[q[0]]
            if getattr(hierarchy, name)(*q[1:1 + n]) != q[1 + n]:
                return False
    except Exception:   # e.g. a class that cannot be loaded now: the verifier says what
        return False
    return True


def _read(path, class_name):
    """The questions of a well-formed entry for class_name, else None."""
    try:
        with open(path, 'rb') as fh:
            raw = fh.read()
    except OSError:
        return None
    if len(raw) < 36 or raw[:4] != MAGIC or _sha256(raw[36:]).digest() != raw[4:36]:
        return None
    try:
        name, log = marshal.loads(raw[36:])
    except (ValueError, EOFError, TypeError):
        return None
    if name != class_name or type(log) is not tuple:
        return None
    for q in log:
        if type(q) is not tuple or not q or q[0] not in METHOD_OF_CODE \
                or len(q) != 2 + METHOD_OF_CODE[q[0]][1]:
            return None
    return log


def _store(path, class_name, log):
    """Record a verdict; a cache that cannot be written only costs the next run time."""
    try:
        payload = marshal.dumps((class_name, tuple(log)))
        write_atomically(path, MAGIC + _sha256(payload).digest() + payload)
    except (OSError, ValueError):
        pass
