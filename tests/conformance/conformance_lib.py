"""Shared helpers for the differential conformance suite.

Used by ``test_conformance.py`` (runs the programs on Kava) and ``refresh.py``
(runs them on OpenJDK and records the expected files).  Standard library only.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
EXPECTED = HERE / "expected"
REPO_ROOT = HERE.parent.parent

# Variant id -> extra javac flags.  Both compile WITHOUT -g (javac's default is
# -g:source,lines), so helpful NullPointerException messages name locals "<localN>".
VARIANTS = {
    "release8": ["--release", "8"],
    "release17": [],  # plain javac of JDK 17, i.e. --release 17
}
PRIMARY_VARIANT = "release8"  # the expected files are recorded from this one

RUN_TIMEOUT = 60  # seconds per program run

# A program may declare it needs a newer language/API level than 8, e.g.
#     // conformance: min-release 11
# It is then only compiled and run in variants whose release is at least that.
_MIN_RELEASE_RE = re.compile(r"^\s*//\s*conformance:\s*min-release\s+(\d+)\s*$", re.M)

# Environment for every JVM / Kava run: UTF-8 stdout, fixed locale and zone.
RUN_ENV_OVERRIDES = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "TZ": "UTC"}
JAVA_FLAGS = [
    "-Dfile.encoding=UTF-8",
    "-Dsun.stdout.encoding=UTF-8",
    "-Dsun.stderr.encoding=UTF-8",
    "-Duser.language=en",
    "-Duser.country=US",
    "-Xss32m",  # deep-recursion programs must not depend on HotSpot frame sizes
    "-Xshare:auto",
]


def run_env() -> dict:
    env = dict(os.environ)
    env.update(RUN_ENV_OVERRIDES)
    return env


def program_names() -> list[str]:
    return sorted(p.stem for p in PROGRAMS.glob("*.java"))


def variant_release(variant: str) -> int:
    flags = VARIANTS[variant]
    if "--release" in flags:
        return int(flags[flags.index("--release") + 1])
    return 17


def min_release(name: str) -> int:
    m = _MIN_RELEASE_RE.search((PROGRAMS / f"{name}.java").read_text(encoding="utf-8"))
    return int(m.group(1)) if m else 8


def programs_for(variant: str, names: list[str] | None = None) -> list[str]:
    rel = variant_release(variant)
    return [n for n in (names if names is not None else program_names()) if min_release(n) <= rel]


def stdin_bytes(name: str) -> bytes:
    p = PROGRAMS / f"{name}.stdin"
    return p.read_bytes() if p.exists() else b""


def expected_paths(name: str) -> tuple[Path, Path]:
    return EXPECTED / f"{name}.stdout", EXPECTED / f"{name}.status"


# --------------------------------------------------------------------------- compile

class CompileError(Exception):
    pass


def _class_source_file(path: Path) -> str | None:
    """Return the SourceFile attribute of a class file (None if absent)."""
    data = path.read_bytes()
    if data[:4] != b"\xca\xfe\xba\xbe":
        raise ValueError(f"{path}: not a class file")
    pos = 8
    (count,) = struct.unpack_from(">H", data, pos)
    pos += 2
    utf8 = {}
    i = 1
    while i < count:
        tag = data[pos]
        pos += 1
        if tag == 1:
            (ln,) = struct.unpack_from(">H", data, pos)
            utf8[i] = data[pos + 2:pos + 2 + ln]
            pos += 2 + ln
        elif tag in (3, 4, 9, 10, 11, 12, 17, 18):
            pos += 4
        elif tag in (5, 6):
            pos += 8
            i += 1
        elif tag in (7, 8, 16, 19, 20):
            pos += 2
        elif tag == 15:
            pos += 3
        else:
            raise ValueError(f"{path}: bad constant tag {tag}")
        i += 1
    pos += 6  # access_flags, this_class, super_class
    (n,) = struct.unpack_from(">H", data, pos)
    pos += 2 + 2 * n

    def skip_members(pos: int) -> int:
        (n,) = struct.unpack_from(">H", data, pos)
        pos += 2
        for _ in range(n):
            pos += 6
            (na,) = struct.unpack_from(">H", data, pos)
            pos += 2
            for _ in range(na):
                (ln,) = struct.unpack_from(">I", data, pos + 2)
                pos += 6 + ln
        return pos

    pos = skip_members(pos)  # fields
    pos = skip_members(pos)  # methods
    (na,) = struct.unpack_from(">H", data, pos)
    pos += 2
    for _ in range(na):
        name_idx, ln = struct.unpack_from(">HI", data, pos)
        if utf8.get(name_idx) == b"SourceFile":
            (sf,) = struct.unpack_from(">H", data, pos + 6)
            return utf8[sf].decode("utf-8")
        pos += 6 + ln
    return None


def compile_programs(variant: str, names: list[str], outdir: Path, javac: str = "javac") -> dict[str, Path]:
    """Compile ``names`` with one javac call, then split the classes into one
    directory per program (``outdir/<Name>/``), using each class file's
    SourceFile attribute.  Returns {name: classpath dir}.  javac itself rejects
    duplicate top-level class names across programs."""
    outdir = Path(outdir)
    all_dir = outdir / "_all"
    if all_dir.exists():
        shutil.rmtree(all_dir)
    all_dir.mkdir(parents=True)
    cmd = [javac, *VARIANTS[variant], "-encoding", "UTF-8", "-nowarn", "-Xlint:none",
           "-Xmaxerrs", "1000", "-d", str(all_dir)]
    cmd += [str(PROGRAMS / f"{n}.java") for n in names]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise CompileError(f"javac ({variant}) failed:\n{proc.stdout}{proc.stderr}")
    dirs = {}
    for n in names:
        d = outdir / n
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
        dirs[n] = d
    for cf in sorted(all_dir.glob("*.class")):
        src = _class_source_file(cf)
        owner = src[:-5] if src and src.endswith(".java") else None
        if owner not in dirs:
            raise CompileError(f"cannot tell which program {cf.name} belongs to (SourceFile={src!r})")
        shutil.move(str(cf), str(dirs[owner] / cf.name))
    for n, d in dirs.items():
        if not (d / f"{n}.class").exists():
            raise CompileError(f"{n}.java did not produce {n}.class (is the public class named {n}?)")
    return dirs


# --------------------------------------------------------------------------- run

def run_command(cmd: list[str], name: str, timeout: int = RUN_TIMEOUT) -> tuple[bytes, int, bytes]:
    """Run ``cmd`` with the program's stdin; returns (stdout, status, stderr).
    On timeout, status is None."""
    try:
        proc = subprocess.run(cmd, input=stdin_bytes(name), capture_output=True,
                              timeout=timeout, env=run_env())
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", None, e.stderr or b""
    return proc.stdout, proc.returncode, proc.stderr


def java_command(classpath: Path, name: str, java: str = "java") -> list[str]:
    return [java, *JAVA_FLAGS, "-cp", str(classpath), name]


def read_expected(name: str) -> tuple[bytes, int] | None:
    out_p, st_p = expected_paths(name)
    if not out_p.exists() or not st_p.exists():
        return None
    return out_p.read_bytes(), int(st_p.read_text().strip())


def unified_diff(expected: bytes, actual: bytes, limit: int = 40) -> str:
    import difflib
    a = expected.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    b = actual.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, "expected", "actual"))
    text = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n" for l in lines[:limit])
    if len(lines) > limit:
        text += f"... ({len(lines) - limit} more diff lines)\n"
    return text
