"""Hostile class files: a bounded, seeded fuzzing run through the whole VM
(parser, linker, verifier, class initialization, main) and through the
verifier alone.

Seeds are javac output (--release 8 and plain javac 17) of the conformance
programs, compiled here; a missing javac fails, never skips.  Every mutant
runs in its own forked process (tests/fuzz/run_mutant.py), so a crash is a
signal and a hang a timeout.  Findings are saved under the test's tmp dir
with a self-contained reproducer; ``python tests/fuzz/fuzz.py --seed S
--only ID`` rebuilds one.

Environment: KAVA_FUZZ_COUNT (default 2000) mutants, KAVA_FUZZ_SEED (default
"kava-ci") for the VM run; KAVA_FUZZ_VERIFIER_COUNT (default 2000).
"""

import os
import random
import signal
import time

import pytest

from tests.fuzz import engine, mutators
from tests.fuzz.run_mutant import judge, run_forked

COUNT = int(os.environ.get("KAVA_FUZZ_COUNT", "2000"))
SEED = os.environ.get("KAVA_FUZZ_SEED", "kava-ci")
VERIFIER_COUNT = int(os.environ.get("KAVA_FUZZ_VERIFIER_COUNT", "2000"))
VERIFY_SECONDS = 10          # one method's verification may not take longer


@pytest.fixture(scope="module")
def programs(tmp_path_factory):
    try:
        return engine.compile_seeds(tmp_path_factory.mktemp("fuzz-seeds"))
    except engine.SeedError as e:
        pytest.fail("cannot build the fuzz seeds: %s" % e, pytrace=False)


def describe(summary, limit=12):
    lines = ["%d of %d mutants (seed %r) broke the VM:" % (
        len(summary["findings"]), summary["count"], summary["seed"])]
    for sig, ids in sorted(summary["groups"].items(), key=lambda kv: -len(kv[1])):
        m = summary["mutants"][ids[0]]
        lines.append("  %4d x %s\n         e.g. #%d %s" % (len(ids), sig, ids[0], m.describe()[:300]))
    for f in summary["findings"][:limit]:
        if f.get("saved"):
            lines.append("  saved: %s" % f["saved"])
    lines.append("rebuild one with: python tests/fuzz/fuzz.py --seed %s --only ID" % summary["seed"])
    return "\n".join(lines)


# ---- the harness itself ---------------------------------------------------------------

def test_judge():
    assert judge(0, b"", False) == "ok"
    assert judge(1, b"Exception in thread \"main\" java.lang.VerifyError: x\n", False) == "ok"
    assert judge(-11, b"", False) == "crash"
    assert judge(None, b"", True) == "timeout"
    assert judge(1, b"Traceback (most recent call last):\n", False) == "traceback"
    assert judge(1, b"kava: internal error: KeyError: 'x'\n", False) == "internal"
    assert judge(1, b"java.lang.InternalError: Kava internal error: TypeError: x\n", False) == "internal"
    assert judge(1, b"java.lang.VerifyError: Internal verifier error: KeyError\n", False) == "verifier"
    assert judge(3, b"", False) == "status"
    assert judge(3, b"", False, program_exit=True) == "ok"     # the program chose it (System.exit)


@pytest.mark.parametrize("selftest,verdict", [("crash", "crash"), ("traceback", "traceback"),
                                              ("hang", "timeout")])
def test_runner_sees_crashes_tracebacks_and_hangs(selftest, verdict, tmp_path):
    res = run_forked(str(tmp_path), "Nothing", timeout=2, selftest=selftest)
    assert res["verdict"] == verdict, res


def test_unmutated_seeds_are_judged_ok(programs, tmp_path):
    """A few seeds as they are: ok, and System.exit statuses are the program's."""
    picked = [p for p in programs if p.variant == "release8" and
              p.name in ("ExitThree", "ExitUncaughtNpe", "Lambdas", "StringSwitch", "ExitNegative")]
    assert len(picked) == 5
    jobs = [{"id": i, "cp": str(p.dir), "main": p.name, "allowed": [0, 1]} for i, p in enumerate(picked)]
    results = engine.run_jobs(jobs, tmp_path)
    for i, p in enumerate(picked):
        r = results[i]
        assert r["verdict"] == "ok", (p.name, r)
        assert r["returncode"] == p.status & 0xFF, (p.name, r)


def test_mutants_are_deterministic(programs):
    a = engine.make_mutant(programs, "x", 17)
    b = engine.make_mutant(programs, "x", 17)
    assert (a.program.key, a.class_file, a.data, a.notes) == (b.program.key, b.class_file, b.data, b.notes)


# ---- the VM ---------------------------------------------------------------------------------

def test_mutated_class_files_never_break_the_vm(programs, tmp_path):
    """Every mutant ends with a Java error or the program's own exit: no
    signal, no Python traceback, no internal error, no unexplained status."""
    summary = engine.campaign(programs, COUNT, SEED, tmp_path / "work", outdir=tmp_path / "findings",
                              timeout=5, confirm=False)
    assert summary["count"] == COUNT
    print("fuzz: %d mutants in %.0f s: %s; timeouts %d; outcomes %s" % (
        summary["count"], summary["seconds"], summary["counts"], len(summary["timeouts"]),
        dict(list(summary["outcomes"].items())[:8])))
    if summary["findings"]:
        pytest.fail(describe(summary), pytrace=False)


# ---- the verifier alone -------------------------------------------------------------------------

class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout()


def test_verifier_raises_only_verify_error_on_mutated_methods(programs):
    """verify_method on methods of mutated (but parseable) classes returns or
    raises VerifyError -- never another exception, never an 'Internal verifier
    error' (the verifier's own exception, wrapped), never a hang.  A Java
    exception raised by the hierarchy (a class that cannot be loaded) passes
    through, as documented."""
    try:
        from kvm_core.verifier import VerifyError, verify_method
    except ImportError as e:
        pytest.fail("kvm_core.verifier is not importable (%s): the bytecode verifier "
                    "(verify_method, VerifyError) is missing" % e, pytrace=False)
    from kvm_core import _kvm
    from kvm_core.classfile import ClassFormatError, parse_class
    from kvm_core.vm import VM
    try:
        from kvm_core.verifier.hierarchy import LoaderHierarchy
    except ImportError:
        LoaderHierarchy = None

    class Hierarchy:
        """The VM's class hierarchy; remembers what it raised."""

        def __init__(self, vm):
            self.vm = vm
            self.raised = []
            self.inner = LoaderHierarchy(vm.load_class) if LoaderHierarchy else None

        def _call(self, name, *args):
            try:
                return getattr(self.inner, name)(*args)
            except BaseException as e:
                self.raised.append(e)
                raise

        def is_assignable(self, a, b):
            return self._call("is_assignable", a, b)

        def superclass_of(self, n):
            return self._call("superclass_of", n)

        def is_interface(self, n):
            return self._call("is_interface", n)

    rng = random.Random("verifier:" + SEED)
    vms, bad, checked, kinds = {}, [], 0, {}
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for i in range(VERIFIER_COUNT):
            prog = rng.choice(programs)
            cname = rng.choice(sorted(prog.classes))
            data, notes = mutators.mutate(rng, prog.classes[cname], table=mutators.BYTECODE_MUTATORS)
            try:
                cf = parse_class(data)
            except ClassFormatError:
                continue
            if prog.key not in vms:
                vms[prog.key] = VM(str(prog.dir), max_heap=64 << 20)
            vm = vms[prog.key]
            _kvm.set_vm(vm)
            h = Hierarchy(vm)
            for m in cf.methods:
                if m.code is None:
                    continue
                checked += 1
                what = "#%d %s %s %s.%s%s [%s]" % (i, prog.key, cname, cf.this_class, m.name,
                                                   m.descriptor, "; ".join(notes))
                started = time.monotonic()
                signal.alarm(VERIFY_SECONDS)
                try:
                    verify_method(cf, m, h)
                except VerifyError as e:
                    kind = getattr(e, "kind", None)
                    kinds[kind] = kinds.get(kind, 0) + 1
                    if kind == "internal" or "Internal verifier error" in str(e):
                        bad.append("%s: internal verifier error: %s" % (what, e))
                except _kvm.JavaThrow as e:
                    if not any(e is r for r in h.raised):
                        bad.append("%s: JavaThrow %s not raised by the hierarchy" % (what, e.obj.cls.name))
                except _Timeout:
                    bad.append("%s: still verifying after %d s" % (what, VERIFY_SECONDS))
                except Exception as e:      # noqa: BLE001 - the finding itself
                    bad.append("%s: %s: %s" % (what, type(e).__name__, e))
                finally:
                    signal.alarm(0)
                if time.monotonic() - started > VERIFY_SECONDS:
                    bad.append("%s: took %.1f s" % (what, time.monotonic() - started))
    finally:
        signal.signal(signal.SIGALRM, old)
    print("verifier fuzz: %d methods of %d mutants; VerifyError kinds: %s" % (checked, VERIFIER_COUNT, kinds))
    assert checked > VERIFIER_COUNT // 2
    if bad:
        pytest.fail("%d verifier failures on mutated methods:\n  %s" % (len(bad), "\n  ".join(bad[:25])),
                    pytrace=False)
