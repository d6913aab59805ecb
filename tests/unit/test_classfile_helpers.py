"""Shared helpers for the class-file parser tests (no tests of its own).

* compiles the Java fixtures with javac once per session (a missing javac is
  a test FAILURE with a clear message, never a skip);
* builds small class files programmatically (no javac needed) for the
  malformed-input and fuzz tests.
"""

import atexit
import functools
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

from kvm_core.classfile import (ACC_FINAL, ACC_PUBLIC, ACC_STATIC, ACC_SUPER, BootstrapMethod,
                                ClassFile, CodeAttribute, CpInvokeDynamic, CpMethodHandle,
                                CpMethodref, CpMethodType, ExceptionHandler, FieldInfo,
                                LocalVariable, MethodInfo, StackMapFrame)
from kvm_core.classfile.constant_pool import scan_constant_pool
from kvm_core.classfile.writer import write_class

FIXTURES = Path(__file__).resolve().parent / "classfile_fixtures"


def require_tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"`{name}` was not found on PATH. The class-file tests compile Java "
                    f"fixtures and need a JDK 17 (javac, javap). Install one (e.g. "
                    f"apt-get install openjdk-17-jdk-headless) and re-run.", pytrace=False)
    return path


@functools.lru_cache(maxsize=None)
def compile_fixtures(release=None):
    """Compile every fixture with ``javac -g`` (and ``--release`` if given).

    Returns ``(out_dir, {internal_name: bytes})``.
    """
    javac = require_tool("javac")
    out = tempfile.mkdtemp(prefix=f"kava-classfile-{release or 'default'}-")
    atexit.register(shutil.rmtree, out, True)
    cmd = [javac, "-g", "-encoding", "UTF-8", "-d", out]
    if release:
        cmd += ["--release", str(release)]
    cmd += sorted(str(p) for p in FIXTURES.glob("*.java"))
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        pytest.fail(f"javac failed ({' '.join(cmd)}):\n{r.stdout}\n{r.stderr}", pytrace=False)
    classes = {}
    for p in Path(out).rglob("*.class"):
        classes[p.relative_to(out).with_suffix("").as_posix()] = p.read_bytes()
    return out, classes


@functools.lru_cache(maxsize=None)
def javap_verbose(release=None):
    """``javap -v -p`` output for all compiled fixtures, split per class file."""
    javap = require_tool("javap")
    out, classes = compile_fixtures(release)
    paths = sorted(str(Path(out) / (name + ".class")) for name in classes)
    r = subprocess.run([javap, "-v", "-p"] + paths, capture_output=True, text=True)
    if r.returncode != 0:
        pytest.fail(f"javap failed:\n{r.stderr}", pytrace=False)
    blocks = {}
    current = None
    for line in r.stdout.splitlines():
        if line.startswith("Classfile "):
            path = line[len("Classfile "):].strip()
            current = Path(path).relative_to(out).with_suffix("").as_posix()
            blocks[current] = []
        elif current is not None:
            blocks[current].append(line)
    return blocks


def body_offset(data):
    """Offset of access_flags (the end of the constant pool) in a class file."""
    count = struct.unpack_from(">H", data, 8)[0]

    def fail(msg):
        raise AssertionError(msg)

    return scan_constant_pool(data, count, 10, 65, fail)[3]


# --------------------------------------------------------------- hand-made classes

INIT_CODE = bytes([0x2A, 0xB7, 0x00, 0x01, 0xB1])           # aload_0; invokespecial #1; return
ADD_CODE = bytes([0x1A, 0x1B, 0x60, 0xAC])                  # iload_0; iload_1; iadd; ireturn
# static int loop(int n) { int r = 0; while (n > 0) { r++; n--; } return r; }
LOOP_CODE = bytes([
    0x03,                   # 0: iconst_0
    0x3C,                   # 1: istore_1
    0x1A,                   # 2: iload_0
    0x9E, 0x00, 0x0C,       # 3: ifle 15
    0x84, 0x01, 0x01,       # 6: iinc 1 1
    0x84, 0x00, 0xFF,       # 9: iinc 0 -1
    0xA7, 0xFF, 0xF6,       # 12: goto 2
    0x1B,                   # 15: iload_1
    0xAC,                   # 16: ireturn
])
# static void safe() { try { nop } catch (Exception e) { } }
SAFE_CODE = bytes([0x00, 0xB1, 0x57, 0xB1])                 # nop; return; pop; return


def base_class(major=52, name="Foo"):
    """A small valid class built without javac.  Constant-pool index 1 is the
    Methodref java/lang/Object.<init>:()V (used by INIT_CODE)."""
    init = MethodInfo(ACC_PUBLIC, "<init>", "()V", CodeAttribute(1, 1, INIT_CODE))
    add = MethodInfo(ACC_PUBLIC | ACC_STATIC, "add", "(II)I", CodeAttribute(
        2, 2, ADD_CODE, line_numbers=[(0, 10), (2, 11)],
        local_variables=[LocalVariable(0, 4, "a", "I", 0), LocalVariable(0, 4, "b", "I", 1)]))
    frames = None
    if major >= 50:
        frames = [StackMapFrame(252, "append", 2, 2, 0, [(1, None)]),
                  StackMapFrame(12, "same", 12, 15)]
    loop = MethodInfo(ACC_PUBLIC | ACC_STATIC, "loop", "(I)I",
                      CodeAttribute(1, 2, LOOP_CODE, stack_map_table=frames))
    safe = MethodInfo(ACC_PUBLIC | ACC_STATIC, "safe", "()V", CodeAttribute(
        1, 0, SAFE_CODE, [ExceptionHandler(0, 1, 2, "java/lang/Exception")]),
        exceptions=["java/io/IOException"])
    fields = [FieldInfo(0, "count", "I"),
              FieldInfo(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "CONST", "I", 7)]
    return ClassFile(0, major, ACC_PUBLIC | ACC_SUPER, name, "java/lang/Object", [],
                     [None, CpMethodref("java/lang/Object", "<init>", "()V")],
                     fields, [init, add, loop, safe], source_file=f"{name}.java")


def indy_class(major=52):
    """base_class plus an InvokeDynamic constant and its BootstrapMethods."""
    cf = base_class(major)
    mh = CpMethodHandle(6, CpMethodref(
        "java/lang/invoke/LambdaMetafactory", "metafactory",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
        "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;"
        "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;"))
    cf.constant_pool.append(CpInvokeDynamic(0, "run", "()Ljava/lang/Runnable;"))
    cf.bootstrap_methods = [BootstrapMethod(mh, [CpMethodType("()V")])]
    return cf


def write(cf):
    return write_class(cf)

