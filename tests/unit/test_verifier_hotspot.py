"""Differential check of the verifier catalogue against HotSpot (JDK 17).

Every case of ``verifier_fixtures/cases.py`` is written as a class file and
loaded by one ``java`` process (``Class.forName`` links and so verifies it).
HotSpot's exception class, first message line and ``Location:`` line must be
the recorded expectation, and Kava's verifier must say the same.  Valid cases
must load.  Needs ``java`` and ``javac`` on PATH (a missing JDK fails).
"""

import os
import re
import shutil
import subprocess
import tempfile

import pytest

from kvm_core.verifier import VerifyError, verify_method
from tests.unit.verifier_fixtures.cases import CASES, VALID_CASES, build
from tests.unit.verifier_fixtures.hier import DictHierarchy

PROBE = """
public class VerifierProbe {
    public static void main(String[] names) {
        for (String n : names) {
            System.out.println("=== " + n);
            try {
                Class.forName(n, true, VerifierProbe.class.getClassLoader());
                System.out.println("OK");
            } catch (Throwable t) {
                System.out.println(t.getClass().getName() + ": " + t.getMessage());
            }
        }
        System.out.println("=== END");
    }
}
"""


@pytest.fixture(scope="module")
def hotspot():
    """name -> (java class, first line, Location line or None), from one JVM run."""
    java = shutil.which("java")
    javac = shutil.which("javac")
    if java is None or javac is None:
        pytest.fail("java/javac not found on PATH: JDK 17 is needed for this test",
                    pytrace=False)
    d = tempfile.mkdtemp(prefix="kava-verifier-hotspot-")
    with open(os.path.join(d, "VerifierProbe.java"), "w") as fh:
        fh.write(PROBE)
    subprocess.run([javac, "-d", d, os.path.join(d, "VerifierProbe.java")], check=True)
    names = []
    for c in CASES + VALID_CASES:
        with open(os.path.join(d, c.name + ".class"), "wb") as fh:
            fh.write(build(c).bytes())
        names.append(c.name)
    r = subprocess.run([java, "-Xshare:auto", "-cp", d, "VerifierProbe"] + names,
                       capture_output=True, text=True, timeout=300)
    assert "=== END" in r.stdout, r.stderr
    out = {}
    cur = None
    for line in r.stdout.splitlines():
        if line.startswith("=== "):
            cur = line[4:]
            out[cur] = []
        else:
            out[cur].append(line)
    result = {}
    for name, lines in out.items():
        if name == "END":
            continue
        if lines[0] == "OK":
            result[name] = ("OK", None, None)
            continue
        cls, _, first = lines[0].partition(": ")
        loc = None
        for i, line in enumerate(lines):
            if line.strip() == "Location:" and i + 1 < len(lines):
                loc = lines[i + 1]
        result[name] = (cls.replace(".", "/"), first, loc)
    return result


def kava(case):
    cf = build(case).parsed()
    h = DictHierarchy({case.name: (case.super_name, tuple(case.interfaces), False)})
    for m in cf.methods:
        try:
            verify_method(cf, m, h)
        except VerifyError as e:
            lines = e.message.split("\n")
            loc = None
            for i, line in enumerate(lines):
                if line.strip() == "Location:":
                    loc = lines[i + 1]
            return (e.java_class, lines[0], loc)
    return ("OK", None, None)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hotspot_rejects_like_kava(hotspot, case):
    hs_class, hs_first, hs_loc = hotspot[case.name]
    assert hs_class == case.error
    assert hs_first == case.first_line()          # the catalogue is HotSpot's text
    k_class, k_first, k_loc = kava(case)
    assert (k_class, k_first) == (hs_class, hs_first)
    if hs_loc is not None:
        pc = int(re.search(r" @(-?\d+): ", hs_loc).group(1))
        assert pc == case.pc
        if " fast_" not in hs_loc:             # HotSpot's internal names for undefined opcodes
            assert k_loc == hs_loc


@pytest.mark.parametrize("case", VALID_CASES, ids=lambda c: c.name)
def test_hotspot_accepts_like_kava(hotspot, case):
    assert hotspot[case.name] == ("OK", None, None)
    assert kava(case) == ("OK", None, None)
