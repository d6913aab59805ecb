"""Property test: whatever the bytes, the verifier returns or raises
VerifyError -- never another exception, never an internal error.

Hypothesis mutates valid methods (javac output, ecj output with jsr/ret and
CLDC StackMap, the hand-made valid cases): bytes of the code, max_stack,
max_locals, stack-map entries and exception-table entries.
"""

import copy
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kvm_core.verifier import VerifyError, verify_method
from tests.unit.verifier_fixtures import corpus
from tests.unit.verifier_fixtures.cases import VALID_CASES, build
from tests.unit.verifier_fixtures.hier import DictHierarchy, MissingClass

_pool = None


def method_pool():
    """(cf, method, hierarchy) triples to mutate; built once."""
    global _pool
    if _pool is None:
        pool = []
        d = corpus.compile_programs("release8")
        h = corpus.hierarchy_for(d)
        wanted = ("Primes", "BinaryTree", "FinallyFlow", "Polymorphism", "LongArithmetic",
                  "MultiDimArrays", "InstanceInitOrder", "ExceptionHierarchy", "IntSwitch")
        for cf in corpus.classes_in(d):
            if cf.this_class.split("$")[0] in wanted:
                for _, m in corpus.methods_of([cf]):
                    pool.append((cf, m, h))
                if corpus.old_format_compatible(cf):
                    old = corpus.as_major49(cf, cldc=True)
                    for _, m in corpus.methods_of([old]):
                        pool.append((old, m, h))
        for sub in ("jsr45", "jsr48", "cldc"):
            dd = os.path.join(corpus.ECJ, sub)
            hh = corpus.hierarchy_for(dd)
            for cf, m in corpus.methods_of(corpus.classes_in(dd)):
                pool.append((cf, m, hh))
        for case in VALID_CASES:
            cf = build(case).parsed()
            hh = DictHierarchy({case.name: (case.super_name, (), False)})
            for _, m in corpus.methods_of([cf]):
                pool.append((cf, m, hh))
        _pool = pool
    return _pool


_VTYPES = [(0, None), (1, None), (2, None), (3, None), (4, None), (5, None), (6, None),
           (7, "java/lang/Object"), (7, "java/lang/String"), (7, "[I"), (8, 0), (8, 3)]

mutation = st.one_of(
    st.tuples(st.just("byte"), st.integers(0, 1 << 16), st.integers(0, 255)),
    st.tuples(st.just("max_stack"), st.integers(-3, 3), st.just(0)),
    st.tuples(st.just("max_locals"), st.integers(-3, 3), st.just(0)),
    st.tuples(st.just("delete"), st.integers(0, 1 << 16), st.integers(1, 4)),
    st.tuples(st.just("insert"), st.integers(0, 1 << 16), st.integers(0, 255)),
    st.tuples(st.just("frame"), st.integers(0, 1 << 16), st.integers(0, len(_VTYPES) - 1)),
    st.tuples(st.just("frame_offset"), st.integers(0, 1 << 16), st.integers(-3, 3)),
    st.tuples(st.just("handler"), st.integers(0, 1 << 16), st.integers(-3, 3)),
)


def apply(m, muts):
    code = m.code
    body = bytearray(code.code)
    frames = code.stack_map_table if code.stack_map_table is not None else code.stack_map
    for kind, pos, val in muts:
        if kind == "byte" and body:
            body[pos % len(body)] = val
        elif kind == "max_stack":
            code.max_stack = max(0, code.max_stack + pos)
        elif kind == "max_locals":
            code.max_locals = max(0, code.max_locals + pos)
        elif kind == "delete" and len(body) > val:
            i = pos % len(body)
            del body[i:i + val]
        elif kind == "insert":
            body.insert(pos % (len(body) + 1), val)
        elif kind == "frame" and frames:
            f = frames[pos % len(frames)]
            target = f.locals if (f.locals and pos & 1) or not f.stack else f.stack
            if target:
                target[(pos >> 1) % len(target)] = _VTYPES[val]
        elif kind == "frame_offset" and frames:
            f = frames[pos % len(frames)]
            f.offset = max(0, f.offset + val)
        elif kind == "handler" and code.exception_table:
            h = code.exception_table[pos % len(code.exception_table)]
            field = ("start_pc", "end_pc", "handler_pc")[pos % 3]
            setattr(h, field, max(0, getattr(h, field) + val))
            if not h.start_pc < h.end_pc <= len(body) or h.handler_pc >= len(body):
                code.exception_table.remove(h)          # the parser rejects those
    if body:
        code.code = bytes(body)


@settings(max_examples=int(os.environ.get("KAVA_FUZZ_EXAMPLES", "400")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, 1 << 20), muts=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_methods_verify_or_raise_verify_error(index, muts):
    pool = method_pool()
    cf, m, h = pool[index % len(pool)]
    m = copy.deepcopy(m)
    apply(m, muts)
    try:
        verify_method(cf, m, h)
    except VerifyError as e:
        assert e.kind != "internal", e.message
        assert e.java_class in ("java/lang/VerifyError", "java/lang/ClassFormatError")
        assert e.first_line
    except MissingClass:
        pass                   # the hierarchy's own error passes through, as it must


def test_pool_covers_all_modes():
    pool = method_pool()
    majors = {cf.major for cf, _, _ in pool}
    assert {45, 48, 49, 52} <= majors
    assert any(m.code.stack_map is not None for _, m, _ in pool)
    assert any(0xA8 in m.code.code for _, m, _ in pool)
    assert any(m.code.exception_table for _, m, _ in pool)
