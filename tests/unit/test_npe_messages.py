"""Helpful NullPointerException messages (kvm_core.npe_messages) against the
messages OpenJDK 17 gave for the same bytecode.

The scenarios are Java sources in npe_fixtures/src plus hand-assembled classes
(npe_fixtures/handmade.py: bytecode javac does not emit); expected.json holds,
per variant (javac release 17 / 8, with and without -g; "handmade"), the
method and bci at which each NPE was thrown and the JDK's getMessage().  Re-record with
``python tests/unit/npe_fixtures/regenerate.py`` after changing the sources.
The sources are compiled here with the same javac options, so javac must be
on PATH (the tests fail, not skip, without it).
"""

import importlib.util
import json
import os
import random
import shutil
import subprocess
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kvm_core.classfile import ACC_STATIC, parse_class
from kvm_core.npe_messages import helpful_message
from kvm_core.opcodes import MNEMONICS

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "npe_fixtures")
with open(os.path.join(FIXTURES, "expected.json"), encoding="utf-8") as _f:
    EXPECTED = json.load(_f)
CASES = EXPECTED["cases"]

_spec = importlib.util.spec_from_file_location("npe_handmade", os.path.join(FIXTURES, "handmade.py"))
handmade = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(handmade)


def _sources():
    out = []
    for root, _dirs, files in os.walk(os.path.join(FIXTURES, "src")):
        out.extend(os.path.join(root, f) for f in files if f.endswith(".java"))
    return sorted(out)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """variant -> internal class name -> parsed ClassFile."""
    javac = shutil.which("javac")
    if javac is None:
        pytest.fail("javac (JDK 17) is required on PATH to compile tests/unit/npe_fixtures")
    result = {}
    for variant, spec in EXPECTED["variants"].items():
        out = tmp_path_factory.mktemp(variant)
        proc = subprocess.run([javac, "-nowarn", "-encoding", "UTF-8", "-d", str(out)]
                              + spec["javac"] + _sources(), capture_output=True, text=True)
        assert proc.returncode == 0, f"javac failed for {variant}:\n{proc.stderr}"
        if spec["handmade"]:
            handmade.write_classes(str(out))
        classes = {}
        for root, _dirs, files in os.walk(out):
            for f in files:
                path = os.path.join(root, f)
                name = os.path.relpath(path, out)[:-len(".class")].replace(os.sep, "/")
                with open(path, "rb") as fh:
                    classes[name] = parse_class(fh.read(), name)
        result[variant] = classes
    return result


def _method(compiled, record):
    cf = compiled[record["variant"]][record["class"]]
    for m in cf.methods:
        if m.name == record["method"] and m.descriptor == record["descriptor"]:
            return cf, m
    raise AssertionError(f"{record['class']}.{record['method']}{record['descriptor']} not compiled")


def _check_same_code(method, record):
    code = method.code.code
    op = MNEMONICS[code[record["bci"]]] if record["bci"] < len(code) else None
    assert op == record["opcode"], (
        f"javac produced different code than when expected.json was recorded "
        f"({EXPECTED['recorded_with']['javac']}): {op} at bci {record['bci']} instead of "
        f"{record['opcode']}; re-run tests/unit/npe_fixtures/regenerate.py")


def _message(cf, method, pc, with_descriptor=True):
    return helpful_message(method.code, cf.constant_pool, bool(method.access_flags & ACC_STATIC),
                           pc, method.descriptor if with_descriptor else None)


@pytest.mark.parametrize("record", CASES, ids=[f"{r['variant']}:{r['case']}" for r in CASES])
def test_message_matches_jdk17(compiled, record):
    cf, method = _method(compiled, record)
    _check_same_code(method, record)
    assert _message(cf, method, record["bci"]) == record["message"]


def test_fixture_covers_the_scenarios_promised():
    variants = {r["variant"] for r in CASES}
    assert variants == set(EXPECTED["variants"])
    assert len({r["case"] for r in CASES}) >= 30
    opcodes = {r["opcode"] for r in CASES}
    for op in ("getfield", "putfield", "invokevirtual", "invokeinterface", "invokespecial",
               "arraylength", "iaload", "aastore", "athrow", "monitorenter"):
        assert op in opcodes, op


# Without the method descriptor the parameter layout is inferred from the code
# (a slot read before any store is a parameter; lload/dload make it two slots).
# That cannot see parameters that are never read before being stored.
_NEEDS_DESCRIPTOR = {
    "npe.Cases.npe003_longParams": "unused long and double parameters before it",
    "npe.Cases.npe004_instanceParam": "an unused long parameter before it",
    "npe.Cases.npe173_doubleLocalThenParam": "unused double and long parameters before it",
    "npe.Cases.npe174_instanceManyParams": "unused long and double parameters before it",
    "npe.Cases.npe194_paramWrittenBeforeTry": "the parameter is stored before it is read",
    "npe.Cases.npe200_paramSlot62": "31 unused long parameters before it",
}


def test_without_descriptor_parameters_are_inferred(compiled):
    wrong = []
    for record in CASES:
        cf, method = _method(compiled, record)
        got = _message(cf, method, record["bci"], with_descriptor=False)
        if got != record["message"] and record["case"] not in _NEEDS_DESCRIPTOR:
            wrong.append((record["variant"], record["case"], got, record["message"]))
    assert wrong == []


# --------------------------------------------------------------- never raises


def _code(code, max_locals=4, max_stack=4, handlers=(), lvt=()):
    return SimpleNamespace(code=bytes(code), max_locals=max_locals, max_stack=max_stack,
                           exception_table=list(handlers), local_variables=list(lvt))


def _pool():
    ns = SimpleNamespace
    return [None,
            ns(tag=9, class_name="p/A", name="f", descriptor="Ljava/lang/Object;"),
            ns(tag=10, class_name="java/lang/String", name="length", descriptor="()I"),
            ns(tag=7, name="p/A"),
            ns(tag=18, bootstrap_index=0, name="x", descriptor="()Ljava/lang/Object;"),
            ns(tag=11, class_name="java/util/List", name="get", descriptor="(I)Ljava/lang/Object;"),
            ns(tag=9, class_name="p/A", name="j", descriptor="J")]


def test_hand_written_bytecode():
    pool = _pool()
    # aload_1; getfield #1; invokevirtual #2 (String.length()) -> the field is null
    code = _code([0x2b, 0xb4, 0, 1, 0xb6, 0, 2, 0x57, 0xb1])
    assert helpful_message(code, pool, False, 4, "(Ljava/lang/Object;)V") == \
        'Cannot invoke "String.length()" because "<parameter1>.f" is null'
    assert helpful_message(code, pool, False, 4, "()V") == \
        'Cannot invoke "String.length()" because "<local1>.f" is null'
    # without a descriptor: slot 1 is read before any store, so a parameter
    assert helpful_message(code, pool, False, 4) == \
        'Cannot invoke "String.length()" because "<parameter1>.f" is null'
    assert helpful_message(code, pool, True, 1, "(ILjava/lang/Object;)V") == \
        'Cannot read field "f" because "<parameter2>" is null'
    # aload_0 in an instance method is "this"
    code = _code([0x2a, 0xb4, 0, 1, 0xb0])
    assert helpful_message(code, pool, False, 1) == 'Cannot read field "f" because "this" is null'
    # swap keeps track of producers: aload_1; aconst_null; swap; getfield
    code = _code([0x2b, 0x01, 0x5f, 0xb4, 0, 1, 0xb0])
    assert helpful_message(code, pool, True, 3, "(II)V") == \
        'Cannot read field "f" because "<parameter2>" is null'
    # monitorexit of a null
    code = _code([0x01, 0xc3, 0xb1])
    assert helpful_message(code, pool, True, 1) == \
        'Cannot exit synchronized block because "null" is null'
    # a null from ldc (a dynamic constant) or invokedynamic: OpenJDK 17 opens
    # the quote and stops (for ldc it even crashes when -Xlog:exceptions is on)
    code = _code([0x12, 3, 0xb6, 0, 2, 0xb1])
    assert helpful_message(code, pool, True, 2) == 'Cannot invoke "String.length()" because "'
    # not a dereference, or not an instruction boundary
    code = _code([0x2b, 0xb4, 0, 1, 0xb0])
    for pc in (0, 2, 5, -1, 100):
        assert helpful_message(code, pool, True, pc) is None
    # invokeinterface receiver below an int argument: aload_0; iconst_1; invokeinterface #5 2
    code = _code([0x2a, 0x04, 0xb9, 0, 5, 2, 0, 0xb0])
    assert helpful_message(code, pool, True, 2, "(Ljava/util/List;)V") == \
        'Cannot invoke "java.util.List.get(int)" because "<parameter1>" is null'
    # putfield of a long: the object is below two slots
    code = _code([0x2b, 0x0a, 0xb5, 0, 6, 0xb1])
    assert helpful_message(code, pool, True, 2, "(ILp/A;)V") == \
        'Cannot assign field "j" because "<parameter2>" is null'


def test_malformed_code_gives_at_most_the_action():
    pool = _pool()
    # getfield with an empty stack: no cause can be found
    assert helpful_message(_code([0xb4, 0, 1, 0xb0]), pool, True, 0) == 'Cannot read field "f"'
    # truncated instruction after the faulting one: undecodable -> None
    assert helpful_message(_code([0x2b, 0xb4, 0, 1, 0xb6, 0]), pool, True, 1) is None
    # constant-pool index out of range or of the wrong kind
    assert helpful_message(_code([0x2b, 0xb4, 0, 99, 0xb0]), pool, True, 1) is None
    assert helpful_message(_code([0x2b, 0xb4, 0, 3, 0xb0]), pool, True, 1) is None
    # garbage objects
    assert helpful_message(None, None, True, 0) is None
    assert helpful_message(_code([0x2b, 0xb4, 0, 1, 0xb0]), None, True, 1) is None


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=64), st.integers(min_value=-2, max_value=70), st.booleans())
def test_never_raises_on_random_code(code, pc, is_static):
    handlers = [SimpleNamespace(start_pc=0, end_pc=len(code), handler_pc=len(code) // 2,
                                catch_type=None)]
    lvt = [SimpleNamespace(start_pc=0, length=len(code), name="v", descriptor="I", index=1)]
    result = helpful_message(_code(code, handlers=handlers, lvt=lvt), _pool(), is_static, pc)
    assert result is None or isinstance(result, str)


def test_never_raises_on_mutated_javac_code(compiled):
    rng = random.Random(358)
    methods = [(cf, m) for cf in compiled["jdk17"].values() for m in cf.methods if m.code]
    for _ in range(3000):
        cf, m = rng.choice(methods)
        code = bytearray(m.code.code)
        for _ in range(rng.randint(1, 3)):
            code[rng.randrange(len(code))] = rng.randrange(256)
        mutated = SimpleNamespace(code=bytes(code), max_locals=m.code.max_locals,
                                  max_stack=m.code.max_stack,
                                  exception_table=m.code.exception_table,
                                  local_variables=m.code.local_variables)
        pc = rng.randrange(len(code))
        result = helpful_message(mutated, cf.constant_pool, rng.random() < 0.5, pc,
                                 m.descriptor)
        assert result is None or isinstance(result, str)
