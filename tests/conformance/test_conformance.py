"""Differential conformance suite: every program in programs/ runs on Kava and must give
the stdout bytes and exit status recorded from OpenJDK 17 in expected/.

Each program is compiled twice per session (javac --release 8, and plain javac = release
17), each variant with one javac call.  The Kava command is `<repo>/.venv/bin/kava`, or
$KAVA (a path, or a command line such as "python -m kava").
Refresh the expectations with `python tests/conformance/refresh.py` (see README.md).
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conformance_lib as lib  # noqa: E402

STDERR_TAIL = 30  # lines of Kava's stderr shown on failure


def kava_command() -> list[str]:
    """The Kava launcher as an argv prefix; fails the test (never skips) if missing."""
    override = os.environ.get("KAVA")
    if override:
        argv = shlex.split(override)
        exe = argv[0]
        found = Path(exe).exists() if os.sep in exe else shutil.which(exe) is not None
        if not found:
            pytest.fail(f"KAVA={override!r}: {exe} not found", pytrace=False)
        return argv
    kava = lib.REPO_ROOT / ".venv" / "bin" / "kava"
    if not kava.exists():
        pytest.fail(f"Kava launcher not found at {kava}: run `make setup` first "
                    f"(or set KAVA to the kava command)", pytrace=False)
    return [str(kava)]


def known_differences() -> dict[str, str]:
    """Programs whose output Kava does not (yet) reproduce, with the reason
    (known_differences.txt). They run as strict xfails: one that starts
    passing fails the suite until its line is removed."""
    path = Path(__file__).resolve().parent / "known_differences.txt"
    known = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, reason = line.partition(" ")
            known[name] = reason.strip()
    return known


def _params():
    known = known_differences()
    out = []
    for name in lib.program_names():
        for variant in lib.VARIANTS:
            if lib.min_release(name) <= lib.variant_release(variant):
                marks = [pytest.mark.xfail(reason=known[name], strict=True)] if name in known else []
                out.append(pytest.param(variant, name, id=f"{name}-{variant}", marks=marks))
    return out


@pytest.fixture(scope="session")
def compiled(tmp_path_factory):
    """variant -> {program name: classpath dir}; compiled lazily, once per session."""
    cache: dict[str, object] = {}

    def get(variant: str) -> dict[str, Path]:
        if variant not in cache:
            if shutil.which("javac") is None:
                cache[variant] = lib.CompileError("javac not found on PATH (JDK 17 is needed to build the programs)")
            else:
                try:
                    cache[variant] = lib.compile_programs(
                        variant, lib.programs_for(variant), tmp_path_factory.mktemp(f"conformance-{variant}"))
                except lib.CompileError as e:
                    cache[variant] = e
        result = cache[variant]
        if isinstance(result, Exception):
            pytest.fail(str(result), pytrace=False)
        return result

    return get


@pytest.mark.parametrize("variant,name", _params())
def test_program(variant: str, name: str, compiled) -> None:
    kava = kava_command()
    expected = lib.read_expected(name)
    if expected is None:
        pytest.fail(f"no expected output for {name}: run `python tests/conformance/refresh.py {name}`",
                    pytrace=False)
    want_out, want_status = expected
    classpath = compiled(variant)[name]

    out, status, err = lib.run_command([*kava, "run", "-cp", str(classpath), name], name)

    if status == want_status and out == want_out:
        return
    problems = []
    if status is None:
        problems.append(f"timed out after {lib.RUN_TIMEOUT} s")
    elif status != want_status:
        problems.append(f"exit status {status}, expected {want_status}")
    if out != want_out:
        problems.append("stdout differs:\n" + lib.unified_diff(want_out, out))
    tail = err.decode("utf-8", "backslashreplace").splitlines()[-STDERR_TAIL:]
    if tail:
        problems.append(f"stderr (last {len(tail)} lines):\n" + "\n".join(tail))
    pytest.fail(f"{name} [{variant}]: " + "\n".join(problems), pytrace=False)


def test_expected_files_match_programs() -> None:
    """Every program has recorded expectations, and no expectation is orphaned."""
    names = set(lib.program_names())
    missing = sorted(n for n in names if lib.read_expected(n) is None)
    recorded = {p.stem for p in lib.EXPECTED.glob("*.stdout")} | {p.stem for p in lib.EXPECTED.glob("*.status")}
    orphans = sorted(recorded - names)
    stdin_orphans = sorted(p.stem for p in lib.PROGRAMS.glob("*.stdin") if p.stem not in names)
    assert not missing, f"programs without expected files (run refresh.py): {missing}"
    assert not orphans, f"expected files without a program: {orphans}"
    assert not stdin_orphans, f".stdin files without a program: {stdin_orphans}"
    assert len(names) >= 70
