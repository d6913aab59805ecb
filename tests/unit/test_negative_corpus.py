"""The negative corpus (tests/unit/negative_classes): hand-made invalid class
files, each run through the VM -- ``vm.load_class`` of the main class, then
its initialization and ``main`` via the launcher -- and the Java error must
be exactly the one HotSpot gave when the corpus was generated (recorded in
manifest.json by generate.py, which ran the real ``java``).

A case whose expectation is null is a control: odd but valid, HotSpot runs it
and so must Kava.
"""

import json
import re
import sys
from pathlib import Path

import pytest

from kvm_core import _kvm, launcher
from kvm_core.vm import VM

HERE = Path(__file__).resolve().parent / "negative_classes"
MANIFEST = json.loads((HERE / "manifest.json").read_text())
CASES = MANIFEST["cases"]


THROWABLE = re.compile(r"\b(java\.[a-z.]+\.[A-Z][A-Za-z]*(?:Error|Exception))\b")


def kava_error(directory, main):
    """(internal name of the first Java throwable, its description), or
    (None, exit status) when the program ran to its end.  The throwable is
    the one vm.load_class raised, else the first uncaught one, else the one
    the launcher named in its own error text (as `java` does for errors it
    reports itself, e.g. "Error: Unable to initialize main class")."""
    vm = VM(str(directory), max_heap=64 << 20)
    try:
        vm.load_class(main)
    except _kvm.JavaThrow as e:
        return e.obj.cls.name, vm.describe_throwable(e.obj)
    seen, said = [], []
    vm.report_uncaught = lambda st, throwable: seen.append(throwable)
    real_err = launcher.err
    launcher.err = lambda text: (said.append(text), real_err(text))
    try:
        status = launcher.launch(vm, main, [])
    except _kvm.VMExit as e:
        status = e.status
    finally:
        launcher.err = real_err
    if seen:
        return seen[0].cls.name, vm.describe_throwable(seen[0])
    m = THROWABLE.search("\n".join(said))
    if m:
        return m.group(1).replace(".", "/"), " / ".join(said)
    return None, status


# Cases Kava does not handle as HotSpot does yet, with the reason. They run as
# strict xfails: fixing one makes the suite say so.
KNOWN_GAPS = {}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_GAPS[n], strict=True)) if n in KNOWN_GAPS else n
    for n in sorted(CASES)])
def test_case(name, capfd):
    case = CASES[name]
    got, detail = kava_error(HERE / "cases" / name, case["main"])
    want = case["expected"]
    hs = case["hotspot"]
    if got != want:
        note = ("\n  JVMS note: " + case["jvms"]) if case.get("jvms") else ""
        pytest.fail("%s: Kava gave %s (%s)\n  HotSpot gave %s: %s%s" % (
            name, got, detail, want, hs["message"] or hs["stderr_head"], note), pytrace=False)
    if want is None:
        assert detail == 0, "%s: a control case must run to its end (status %s)" % (name, detail)


def test_corpus_is_large_and_varied():
    invalid = [c for c in CASES.values() if c["expected"] is not None]
    assert len(invalid) >= 100
    kinds = {c["expected"] for c in invalid}
    for k in ("ClassFormatError", "UnsupportedClassVersionError", "VerifyError", "NoClassDefFoundError",
              "ClassCircularityError", "IncompatibleClassChangeError", "AbstractMethodError",
              "NoSuchMethodError", "NoSuchFieldError", "IllegalAccessError"):
        assert "java/lang/" + k in kinds, k


def test_files_match_the_generator():
    """The committed class files are exactly what generate.py builds."""
    sys.path.insert(0, str(HERE))
    try:
        import generate
    finally:
        sys.path.remove(str(HERE))
    built = generate.build_all()
    assert sorted(built) == sorted(CASES), "manifest.json and generate.py list different cases: re-run generate.py"
    stale = []
    for name, (classes, _, main) in built.items():
        assert CASES[name]["main"] == main
        for cname, data in classes.items():
            p = HERE / "cases" / name / (cname + ".class")
            if not p.exists() or p.read_bytes() != data:
                stale.append("%s/%s" % (name, cname))
    assert not stale, "class files differ from generate.py (re-run it, with java on PATH): %s" % stale
    on_disk = {p.name for p in (HERE / "cases").iterdir()}
    assert on_disk == set(CASES), "case directories without a manifest entry: %s" % sorted(on_disk - set(CASES))
