"""The bytecode verifier on hand-made methods: every invalid method of
``verifier_fixtures/cases.py`` is rejected with HotSpot's first message line
(and ``Location:`` bci), every valid one accepted; plus the API contract
(hierarchy exceptions pass through, internal errors become VerifyError,
message layout)."""

import pytest

from kvm_core.classfile import (ClassFile, CodeAttribute, ExceptionHandler, MethodInfo,
                                StackMapFrame)
from kvm_core.verifier import VerifyError, verify_method
from kvm_core.verifier.decode import decode
from kvm_core.verifier.engine import MethodEnv
from kvm_core.verifier.typecheck import typecheck
from tests.unit.verifier_fixtures.cases import CASES, VALID_CASES, Case, build
from tests.unit.verifier_fixtures.hier import DictHierarchy, MissingClass
from tests.unit.verifier_fixtures.jasm import ClassAsm


def hierarchy_for_case(case, extra=None):
    classes = {case.name: (case.super_name, tuple(case.interfaces), False)}
    if extra:
        classes.update(extra)
    return DictHierarchy(classes)


def verify_class(cf, hierarchy):
    """Verify every method; returns the first VerifyError or None."""
    for m in cf.methods:
        try:
            verify_method(cf, m, hierarchy)
        except VerifyError as e:
            return e
    return None


def test_catalogue_size():
    new = [c for c in CASES if not c.old_style]
    old = [c for c in CASES if c.old_style]
    assert len(new) >= 60 and len(old) >= 60
    assert any(c.stackmap == "cldc" for c in CASES)
    assert any(c.major == 45 for c in CASES)
    assert len({c.name for c in CASES + VALID_CASES}) == len(CASES + VALID_CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_invalid_method_rejected(case):
    cf = build(case).parsed()
    e = verify_class(cf, hierarchy_for_case(case))
    assert e is not None, "%s verified but HotSpot rejects it" % case.name
    assert e.kind != "internal", e.message
    assert e.first_line == case.first_line()
    assert e.java_class == case.error
    assert e.class_name == case.name and e.method_name == case.mname
    assert e.descriptor == case.desc
    if e.java_class == "java/lang/VerifyError":
        # every VerifyError names class, method, descriptor and pc
        assert "\nException Details:\n  Location:\n    %s.%s%s @" % (
            case.name, case.mname, case.desc) in e.message
        assert isinstance(e.pc, int)
    if case.pc is not None:
        assert "    %s.%s%s @%d: " % (case.name, case.mname, case.desc, case.pc) in e.message
        assert e.pc == case.pc


@pytest.mark.parametrize("case", VALID_CASES, ids=lambda c: c.name)
def test_valid_method_accepted(case):
    cf = build(case).parsed()
    e = verify_class(cf, hierarchy_for_case(case))
    assert e is None, e.message


def test_message_layout_type_checking():
    case = next(c for c in CASES if c.name == "A1")
    e = verify_class(build(case).parsed(), hierarchy_for_case(case))
    assert e.message.split("\n")[:10] == [
        "Bad type on operand stack",
        "Exception Details:",
        "  Location:",
        "    A1.m()V @3: iadd",
        "  Reason:",
        "    Type 'java/lang/String' (current frame, stack[0]) is not assignable to integer",
        "  Current Frame:",
        "    bci: @3",
        "    flags: { }",
        "    locals: { }",
    ]
    assert "    stack: { 'java/lang/String', integer }" in e.message
    assert "  Bytecode:\n    0000000: 1201 0460 57b1" in e.message


def test_message_layout_inference():
    case = next(c for c in CASES if c.name == "D7")
    e = verify_class(build(case).parsed(), hierarchy_for_case(case))
    lines = e.message.split("\n")
    assert lines[0] == "(class: D7, method: m signature: ()I) Expecting to find integer on stack"
    assert lines[1:4] == ["Exception Details:", "  Location:", "    D7.m()I @1: ireturn"]
    assert e.pc == 1


def test_class_format_errors_name_the_method():
    case = next(c for c in CASES if c.name == "F9")
    e = verify_class(build(case).parsed(), hierarchy_for_case(case))
    assert e.java_class == "java/lang/ClassFormatError"
    assert str(e) == "StackMapTable format error: bad type array size in method 'void F9.m()'"


def test_external_method_names():
    from kvm_core.verifier.errors import external_method
    assert external_method("p/Q", "m", "(I[JLjava/lang/String;[[Lp/R;)[Z") == \
        "boolean[] p.Q.m(int, long[], java.lang.String, p.R[][])"


def test_methods_without_code_are_accepted():
    cf = ClassFile(major=52, this_class="X", super_class="java/lang/Object",
                   methods=[MethodInfo(0x0401, "a", "()V")])
    assert verify_method(cf, cf.methods[0], DictHierarchy()) is None


def test_hierarchy_exceptions_pass_through():
    # Assigning Missing to java/lang/Runnable... is fine (interface), but to a
    # class the hierarchy must load Missing: its error reaches the caller.
    a = ClassAsm("P1")
    a.method("m", "(LMissing;)V",
             "aload_0\n invokestatic P1.take:(Ljava/lang/Number;)V\n return", max_locals=1)
    cf = a.parsed()
    h = DictHierarchy({"P1": ("java/lang/Object", (), False)})
    with pytest.raises(MissingClass):
        verify_method(cf, cf.methods[0], h)


def test_assignability_answers_are_cached():
    a = ClassAsm("P2")
    a.method("m", "(Ljava/lang/Integer;)V",
             "aload_0\n invokestatic P2.take:(Ljava/lang/Number;)V\n"
             "aload_0\n invokestatic P2.take:(Ljava/lang/Number;)V\n return", max_locals=1)
    cf = a.parsed()
    h = DictHierarchy({"P2": ("java/lang/Object", (), False)})
    verify_method(cf, cf.methods[0], h)
    verify_method(cf, cf.methods[0], h)
    assert h.calls == 1


def test_internal_errors_become_verify_errors():
    # A hand-built model with an impossible descriptor (the parser would
    # never produce it) makes the verifier fail internally.
    code = CodeAttribute(1, 1, b"\xb1")
    cf = ClassFile(major=52, this_class="X", super_class="java/lang/Object",
                   methods=[MethodInfo(0x0009, "m", "(Q", code)])
    with pytest.raises(VerifyError) as ei:
        verify_method(cf, cf.methods[0], DictHierarchy())
    assert ei.value.kind == "internal"
    assert ei.value.first_line.startswith("Internal verifier error")


def test_arguments_must_fit_in_locals():
    code = CodeAttribute(1, 1, b"\xb1")
    cf = ClassFile(major=52, this_class="X", super_class="java/lang/Object",
                   methods=[MethodInfo(0x0009, "m", "(JI)V", code)])
    with pytest.raises(VerifyError) as ei:
        verify_method(cf, cf.methods[0], DictHierarchy())
    assert ei.value.java_class == "java/lang/ClassFormatError"
    assert str(ei.value) == "Arguments can't fit into locals in class file X"


def test_cldc_frames_are_used_without_fallback():
    a = ClassAsm("C1", major=45, stackmap="cldc")
    a.method("m", "(I)I", """
        iload_0
        ifeq L
        iconst_1
        ireturn
     L:
        .frame I |
        ldc "s"
        invokevirtual java/lang/String.length:()I
        ireturn
    """, max_locals=1, max_stack=1)
    cf = a.parsed()
    m = cf.methods[0]
    assert m.code.stack_map is not None and m.code.stack_map_table is None
    env = MethodEnv(cf, m, DictHierarchy({"C1": ("java/lang/Object", (), False)}), True, True)
    assert typecheck(env, decode(env), m.code.stack_map, cldc=True) is None
    assert verify_method(cf, m, env.hierarchy) is None


def test_wrong_cldc_frames_fall_back_to_inference():
    # HotSpot ignores StackMap; a type-safe method with a wrong frame passes.
    a = ClassAsm("C2", major=49, stackmap="cldc")
    a.method("m", "()V", "iconst_0\n ifeq L\n L:\n .frame F |\n return", max_locals=1)
    cf = a.parsed()
    assert verify_method(cf, cf.methods[0], DictHierarchy()) is None


def test_major_50_falls_back_but_51_does_not():
    for major, ok in ((50, True), (51, False)):
        a = ClassAsm("V%d" % major, major=major)
        a.method("m", "()V", "iconst_0\n ifeq L\n L:\n return")
        cf = a.parsed()
        if ok:
            assert verify_method(cf, cf.methods[0], DictHierarchy()) is None
        else:
            with pytest.raises(VerifyError) as ei:
                verify_method(cf, cf.methods[0], DictHierarchy())
            assert ei.value.first_line == "Expecting a stackmap frame at branch target 4"


def test_exception_table_checked_for_inference():
    code = CodeAttribute(2, 1, b"\x03\x57\xb1", [ExceptionHandler(0, 2, 5, None)])
    cf = ClassFile(major=49, this_class="X", super_class="java/lang/Object",
                   methods=[MethodInfo(0x0009, "m", "()V", code)])
    with pytest.raises(VerifyError) as ei:
        verify_method(cf, cf.methods[0], DictHierarchy())
    assert ei.value.java_class == "java/lang/ClassFormatError"


def test_stack_map_frames_expand_compressed_forms():
    # same / same_locals_1 / chop / append / full frames as javac writes them
    from kvm_core.verifier.typecheck import build_frames
    code = CodeAttribute(2, 5, b"\x00" * 10 + b"\xb1")
    cf = ClassFile(major=52, this_class="S1", super_class="java/lang/Object",
                   methods=[MethodInfo(0x0009, "m", "(I)V", code)])
    m = cf.methods[0]
    frames = [StackMapFrame(252, "append", 2, 2, 0, [(4, None)], []),
              StackMapFrame(64, "same_locals_1", 1, 4, 0, [], [(2, None)]),
              StackMapFrame(250, "chop", 1, 6, 1),
              StackMapFrame(3, "same", 1, 8),
              StackMapFrame(255, "full", 0, 9, 0, [(7, "[I"), (6, None)], [(3, None)])]
    env = MethodEnv(cf, m, DictHierarchy(), False, True)
    out = build_frames(env, decode(env), frames, False)
    assert out[2] == ([1, 4, 9, 0, 0], [], False)
    assert out[4] == ([1, 4, 9, 0, 0], [2], False)
    assert out[6] == ([1, 0, 0, 0, 0], [], False)
    assert out[8] == ([1, 0, 0, 0, 0], [], False)
    assert out[9] == (["[I", 6, 0, 0, 0], [3, 10], True)


def test_invalid_cases_are_really_invalid_for_the_right_reason():
    # Sanity for the catalogue itself: fixing the one defect of a case makes it valid.
    fixed = Case("FX1", 'ldc 5\n iconst_1\n iadd\n pop\n return', None)
    cf = build(fixed).parsed()
    assert verify_class(cf, hierarchy_for_case(fixed)) is None
