"""Regression fixtures: minimized reproducers of what the class-file fuzzer
found (tests/fuzz/crashers/, built by make_crashers.py).  Each runs through
the real launcher in a fresh process; it must end cleanly (no signal, no
Python traceback, no internal error) with the Java error HotSpot gives for
the same class file."""

import json
import re
from pathlib import Path

import pytest

from tests.fuzz.run_mutant import run_single

HERE = Path(__file__).resolve().parent / "crashers"
MANIFEST = json.loads((HERE / "manifest.json").read_text())
THROWABLE = re.compile(r"\b(java\.[a-z.]+\.[A-Z][A-Za-z]*(?:Error|Exception))\b")


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_crasher(name, tmp_path):
    case = MANIFEST[name]
    res = run_single(str(HERE / name), case["main"], timeout=20, cwd=str(tmp_path))
    m = THROWABLE.search(res["stderr"])
    got = m.group(1).replace(".", "/") if m else None
    problems = []
    if res["verdict"] != "ok":
        problems.append("verdict %s (exit %s)" % (res["verdict"], res["returncode"]))
    if got != case["expected"]:
        problems.append("Java error %s, HotSpot gives %s: %s" % (
            got, case["expected"], case["hotspot"]["message"]))
    if problems:
        pytest.fail("%s (found by: %s): %s\n--- stderr ---\n%s" % (
            name, case["found_by"], "; ".join(problems), res["stderr"][-1500:]), pytrace=False)


def test_fixtures_match_their_generator():
    import sys
    sys.path.insert(0, str(HERE))
    try:
        import make_crashers
    finally:
        sys.path.remove(str(HERE))
    built = make_crashers.build_all()
    assert sorted(built) == sorted(MANIFEST)
    for name, (classes, _) in built.items():
        for c, data in classes.items():
            assert (HERE / name / (c + ".class")).read_bytes() == data, "%s/%s: re-run make_crashers.py" % (name, c)
