"""Real class files for the verifier tests: the conformance programs compiled
by javac (``--release 8`` and plain javac 17), the committed ecj fixtures
(jsr/ret subroutines, CLDC StackMap), and derived old-format variants.

javac is required (as for the conformance suite): a missing JDK fails the
tests, it never skips them.
"""

import copy
import glob
import os
import shutil
import subprocess
import tempfile

from kvm_core.classfile import StackMapFrame, parse_class, parse_method_descriptor

from .hier import ClassFileHierarchy, jdk_base_jmod

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
PROGRAMS = os.path.join(REPO, "tests", "conformance", "programs")
RUNTIME_JAR = os.path.join(REPO, "kvm_core", "lib", "kava-rt.jar")
ECJ = os.path.join(HERE, "ecj")

_compiled = {}


class ToolMissing(Exception):
    pass


def _min_release(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            s = line.strip()
            if s.startswith("// conformance: min-release"):
                return int(s.split()[-1])
    return 8


def compile_programs(variant):
    """Directory holding every conformance program compiled for *variant*
    ("release8" or "release17"); compiled once per process."""
    d = _compiled.get(variant)
    if d is not None:
        return d
    javac = shutil.which("javac")
    if javac is None:
        raise ToolMissing("javac not found on PATH (JDK 17 is needed for the verifier tests)")
    sources = sorted(glob.glob(os.path.join(PROGRAMS, "*.java")))
    flags = []
    if variant == "release8":
        flags = ["--release", "8"]
        sources = [s for s in sources if _min_release(s) <= 8]
    d = tempfile.mkdtemp(prefix="kava-verifier-%s-" % variant)
    r = subprocess.run([javac, "-nowarn", "-d", d] + flags + sources, capture_output=True,
                       text=True)
    if r.returncode != 0:
        raise RuntimeError("javac failed:\n" + r.stderr[-4000:])
    _compiled[variant] = d
    return d


def compile_source(name, text, flags=()):
    """Compile one Java source (class *name*) into a fresh directory."""
    javac = shutil.which("javac")
    if javac is None:
        raise ToolMissing("javac not found on PATH")
    d = tempfile.mkdtemp(prefix="kava-verifier-src-")
    src = os.path.join(d, name + ".java")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(text)
    r = subprocess.run([javac, "-nowarn", "-d", d] + list(flags) + [src], capture_output=True,
                       text=True)
    if r.returncode != 0:
        raise RuntimeError("javac failed:\n" + r.stderr[-4000:])
    return d


def hierarchy_for(*dirs):
    """Classes from *dirs*, then the JDK (what javac compiled against), then
    Kava's runtime archive."""
    sources = list(dirs)
    jm = jdk_base_jmod()
    if jm:
        sources.append(jm)
    if os.path.exists(RUNTIME_JAR):
        sources.append(RUNTIME_JAR)
    return ClassFileHierarchy(sources)


def classes_in(d):
    out = []
    for p in sorted(glob.glob(os.path.join(d, "*.class"))):
        with open(p, "rb") as fh:
            out.append(parse_class(fh.read()))
    return out


def methods_of(classes):
    for cf in classes:
        for m in cf.methods:
            if m.code is not None:
                yield cf, m


# ------------------------------------------------------------------ variants

_MODERN = ("CpMethodHandle", "CpMethodType", "CpInvokeDynamic", "CpInterfaceMethodref",
           "CpDynamic")


def old_format_compatible(cf):
    """True if *cf* can be relabelled major 49 (no invokedynamic, no method
    handles, no interface method references, which 49 does not allow)."""
    return not any(type(e).__name__ in _MODERN for e in cf.constant_pool if e is not None)


def _initial_items(cf, m):
    items = []
    if not m.access_flags & 0x0008:
        items.append((6, None) if m.name == "<init>" else (7, cf.this_class))
    prim = {"I": 1, "Z": 1, "B": 1, "C": 1, "S": 1, "F": 2, "J": 4, "D": 3}
    for a in parse_method_descriptor(m.descriptor)[0]:
        if a in prim:
            items.append((prim[a], None))
        else:
            items.append((7, a[1:-1] if a[0] == "L" else a))
    return items


def full_frames(cf, m):
    """The StackMapTable of *m* rewritten as CLDC-style full frames."""
    locs = _initial_items(cf, m)
    out = []
    for f in m.code.stack_map_table or ():
        if f.kind == "same":
            stack = []
        elif f.kind == "same_locals_1":
            stack = list(f.stack)
        elif f.kind == "chop":
            locs = locs[:len(locs) - f.chop]
            stack = []
        elif f.kind == "append":
            locs = locs + list(f.locals)
            stack = []
        else:
            locs = list(f.locals)
            stack = list(f.stack)
        out.append(StackMapFrame(None, "full", f.offset, f.offset, 0, list(locs), stack))
    return out


def as_major49(cf, cldc):
    """A copy of *cf* as a major-49 class: without stack maps (type inference)
    or, with *cldc*, with its frames as a CLDC StackMap."""
    cf = copy.deepcopy(cf)
    for m in cf.methods:
        if m.code is not None:
            if cldc:
                m.code.stack_map = full_frames(cf, m)
            m.code.stack_map_table = None
    cf.major = 49
    return cf
