"""The parser on real javac output (JDK 17, default release and --release 8):
facts checked against ``javap -v``, known facts of the fixture sources,
writer round trips, agreement with the construct reference schemas, a
hand-made CLDC (major 45) class, and parse time."""

import re
import timeit

import pytest

from tests.unit.test_classfile_helpers import (base_class, body_offset, compile_fixtures, javap_verbose,
                                    write)

from kvm_core.classfile import (ACC_ABSTRACT, ACC_INTERFACE, ACC_NATIVE, ACC_STATIC,
                                ClassFormatError, CpClass, CpDouble, CpFloat, CpInteger,
                                CpInvokeDynamic, CpLong, CpMethodHandle, CpString, CpUtf8,
                                RawAttribute, StackMapFrame, parse_class,
                                parse_method_descriptor)
from kvm_core.classfile import schemas as S
from kvm_core.classfile.constant_pool import TAG_NAMES
from kvm_core.classfile.mutf8 import decode_modified_utf8
from kvm_core.classfile.writer import write_class

RELEASES = [pytest.param(None, id="release17"), pytest.param("8", id="release8")]
MAJOR = {None: 61, "8": 52}


def parsed(release):
    _, classes = compile_fixtures(release)
    return {name: parse_class(data, name) for name, data in classes.items()}


# ------------------------------------------------------------------------ javap

_CP_LINE = re.compile(r"^\s+#(\d+) = (\w+)\s+(.*)$")


def javap_facts(lines):
    facts = {"cp": {}, "members": []}
    in_body = False
    member = None
    for line in lines:
        if not in_body:
            m = _CP_LINE.match(line)
            if m:
                facts["cp"][int(m.group(1))] = (m.group(2), m.group(3))
            elif line.startswith("  minor version: "):
                facts["minor"] = int(line.split(": ")[1])
            elif line.startswith("  major version: "):
                facts["major"] = int(line.split(": ")[1])
            elif line.startswith("  flags: (0x"):
                facts["flags"] = int(line.split("(0x")[1].split(")")[0], 16)
            elif line.startswith("  this_class: "):
                facts["this"] = line.split("// ")[1].strip()
            elif line.startswith("  super_class: "):
                facts["super"] = line.split("// ")[1].strip()
            elif line.startswith("  interfaces: "):
                facts["counts"] = [int(x.split(": ")[1]) for x in line.strip().split(", ")]
            elif line == "{":
                in_body = True
            continue
        if line.startswith("    descriptor: "):
            member = {"descriptor": line.split(": ", 1)[1], "lines": [], "code": None}
            facts["members"].append(member)
        elif line.startswith("    flags: (0x") and member is not None:
            member["flags"] = int(line.split("(0x")[1].split(")")[0], 16)
        elif line.startswith("      stack=") and member is not None:
            member["code"] = tuple(int(x.split("=")[1]) for x in line.strip().split(", "))
        else:
            m = re.match(r"^        line (\d+): (\d+)$", line)
            if m and member is not None:
                member["lines"].append((int(m.group(2)), int(m.group(1))))
    return facts


@pytest.mark.parametrize("release", RELEASES)
def test_every_fixture_class_parses_with_the_expected_version(release):
    classes = parsed(release)
    assert "fixtures/Sample" in classes and "fixtures/Workload" in classes
    assert len(classes) >= 9
    for name, cf in classes.items():
        assert cf.this_class == name
        assert cf.major == MAJOR[release] and cf.minor == 0


@pytest.mark.parametrize("release", RELEASES)
def test_parse_agrees_with_javap(release):
    classes = parsed(release)
    blocks = javap_verbose(release)
    assert set(blocks) == set(classes)
    for name, cf in classes.items():
        facts = javap_facts(blocks[name])
        assert (cf.minor, cf.major) == (facts["minor"], facts["major"]), name
        assert cf.access_flags == facts["flags"], name
        assert cf.this_class == facts["this"] and cf.super_class == facts["super"], name
        assert facts["counts"][:3] == [len(cf.interfaces), len(cf.fields), len(cf.methods)], name
        # Constant pool: same kind at every index, same class names and numbers.
        pool = cf.constant_pool
        assert len(pool) == max(facts["cp"]) + 1 + (pool[-1] is None)
        for i, (tag, rest) in facts["cp"].items():
            e = pool[i]
            assert TAG_NAMES[e.tag] == tag, (name, i)
            if isinstance(e, CpClass):
                assert rest.split("// ")[1].strip().strip('"') == e.name
            elif isinstance(e, CpInteger):
                assert int(rest) == e.value
            elif isinstance(e, CpLong):
                assert int(rest.rstrip("l")) == e.value
        for i, e in enumerate(pool):
            if e is None and i:
                assert pool[i - 1].tag in (5, 6)
        # Members in file order: fields, then methods.
        members = cf.fields + cf.methods
        assert len(members) == len(facts["members"])
        for mine, theirs in zip(members, facts["members"]):
            assert mine.descriptor == theirs["descriptor"], (name, mine.name)
            assert mine.access_flags == theirs["flags"], (name, mine.name)
            code = getattr(mine, "code", None)
            if theirs["code"] is None:
                assert code is None
            else:
                stack, locals_, args_size = theirs["code"]
                assert (code.max_stack, code.max_locals) == (stack, locals_)
                args, _ = parse_method_descriptor(mine.descriptor)     # javap counts arguments
                assert len(args) + (0 if mine.access_flags & ACC_STATIC else 1) == args_size
                assert code.line_numbers == theirs["lines"], (name, mine.name)


# ------------------------------------------------------------------ known facts

def _method(cf, name, descriptor=None):
    ms = [m for m in cf.methods if m.name == name and (descriptor is None or m.descriptor == descriptor)]
    assert len(ms) == 1, (name, [m.descriptor for m in ms])
    return ms[0]


@pytest.mark.parametrize("release", RELEASES)
def test_known_facts_of_sample(release):
    classes = parsed(release)
    cf = classes["fixtures/Sample"]
    assert cf.super_class == "java/lang/Object"
    assert cf.interfaces == ["java/lang/Runnable", "java/lang/Comparable"]
    assert cf.source_file == "Sample.java"
    assert cf.signature == ("<T::Ljava/lang/Comparable<TT;>;>Ljava/lang/Object;"
                            "Ljava/lang/Runnable;Ljava/lang/Comparable<Lfixtures/Sample<TT;>;>;")

    consts = {f.name: f for f in cf.fields}
    assert consts["INT_CONST"].constant_value == 123456
    assert isinstance(consts["INT_CONST"].constant_value_entry, CpInteger)
    assert consts["LONG_CONST"].constant_value == -9000000000
    assert consts["FLOAT_CONST"].constant_value == 1.5
    assert isinstance(consts["FLOAT_CONST"].constant_value_entry, CpFloat)
    assert consts["DOUBLE_CONST"].constant_value == 2.25
    assert isinstance(consts["DOUBLE_CONST"].constant_value_entry, CpDouble)
    assert consts["STRING_CONST"].constant_value == "h\u00e9llo\u0000w\u20acrld\ud83d\ude00"
    assert isinstance(consts["STRING_CONST"].constant_value_entry, CpString)
    assert consts["CHAR_CONST"].constant_value == ord("x")
    assert consts["BOOL_CONST"].constant_value == 1
    assert consts["BYTE_CONST"].constant_value == -7
    assert consts["SHORT_CONST"].constant_value == 300
    nan = consts["NAN_CONST"]
    assert nan.constant_value != nan.constant_value and nan.constant_value_entry.bits == 0x7FC00000
    assert consts["value"].constant_value is None and consts["value"].signature == "TT;"
    assert consts["names"].signature == "Ljava/util/List<Ljava/lang/String;>;"
    assert consts["matrix"].descriptor == "[[J"

    add = _method(cf, "add")
    assert add.descriptor == "(II)I" and add.access_flags & ACC_STATIC
    assert add.code.code == bytes([0x1A, 0x1B, 0x60, 0xAC])
    assert [(lv.name, lv.descriptor, lv.index) for lv in add.code.local_variables] == \
        [("a", "I", 0), ("b", "I", 1)]
    assert len(add.code.line_numbers) == 1

    safe = _method(cf, "safeDivide")
    assert safe.exceptions == ["java/io/IOException"]
    catch_types = [h.catch_type for h in safe.code.exception_table]
    assert "java/lang/ArithmeticException" in catch_types and None in catch_types
    for h in safe.code.exception_table:
        assert 0 <= h.start_pc < h.end_pc <= len(safe.code.code) and h.handler_pc < len(safe.code.code)

    native = _method(cf, "nativeHash")
    assert native.access_flags & ACC_NATIVE and native.code is None

    greet = _method(cf, "greet")
    smt = greet.code.stack_map_table
    assert smt, "a loop needs StackMapTable frames"
    offsets = [f.offset for f in smt]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
    assert smt[0].offset == smt[0].offset_delta
    for prev, f in zip(smt, smt[1:]):
        assert f.offset == prev.offset + f.offset_delta + 1
    assert greet.code.stack_map is None

    # Bootstrap methods: lambdas in both releases, string concatenation too in 17.
    bsm_owners = {b.method_handle.ref.class_name for b in cf.bootstrap_methods}
    assert "java/lang/invoke/LambdaMetafactory" in bsm_owners
    assert ("java/lang/invoke/StringConcatFactory" in bsm_owners) == (release is None)
    for b in cf.bootstrap_methods:
        assert isinstance(b.method_handle, CpMethodHandle) and b.method_handle.kind == 6
        assert all(hasattr(a, "tag") for a in b.arguments)
    indys = [e for e in cf.constant_pool if isinstance(e, CpInvokeDynamic)]
    assert indys and all(e.bootstrap_index < len(cf.bootstrap_methods) for e in indys)

    inner = {ic.inner_class: ic for ic in cf.inner_classes}
    assert inner["fixtures/Sample$Circle"].outer_class == "fixtures/Sample"
    assert inner["fixtures/Sample$Circle"].inner_name == "Circle"
    assert inner["fixtures/Sample$1"].outer_class is None and inner["fixtures/Sample$1"].inner_name is None
    assert inner["fixtures/Sample$Greeter"].access_flags & ACC_INTERFACE

    if release is None:
        assert cf.nest_host is None
        assert "fixtures/Sample$Inner" in cf.nest_members
        assert classes["fixtures/Sample$Inner"].nest_host == "fixtures/Sample"
    else:
        assert cf.nest_members == [] and classes["fixtures/Sample$Inner"].nest_host is None

    anon = classes["fixtures/Sample$1"]
    assert (anon.enclosing_method.class_name, anon.enclosing_method.method_name,
            anon.enclosing_method.method_descriptor) == ("fixtures/Sample", "lambdas", "(I)I")
    local = classes["fixtures/Sample$1Local"]
    assert local.enclosing_method.method_name == "main"
    circle = classes["fixtures/Sample$Circle"]
    assert classes["fixtures/Sample$Shape"].access_flags & ACC_ABSTRACT
    assert _method(classes["fixtures/Sample$Shape"], "area").code is None
    assert circle.super_class == "fixtures/Sample$Shape"
    greeter = classes["fixtures/Sample$Greeter"]
    assert greeter.access_flags & ACC_INTERFACE and greeter.access_flags & ACC_ABSTRACT
    assert _method(greeter, "greetTwice").code is not None       # default method
    color = classes["fixtures/Sample$Color"]
    assert color.super_class == "java/lang/Enum"
    assert color.signature == "Ljava/lang/Enum<Lfixtures/Sample$Color;>;"


# ------------------------------------------------------------------- round trip

@pytest.mark.parametrize("release", RELEASES)
def test_writer_round_trip(release):
    _, classes = compile_fixtures(release)
    for name, data in classes.items():
        first = parse_class(data)
        again = write_class(first)
        second = parse_class(again)
        assert second == first, name
        assert len(again) == len(data), name     # javac pools are kept, nothing added
        assert write_class(second) == again, name


def test_round_trip_after_edits_extends_the_pool():
    cf = parsed(None)["fixtures/Workload"]
    m = _method(cf, "fib")
    m.name = "fibonacci"
    cf.source_file = "Renamed.java"
    cf.unknown_attributes.append(RawAttribute("KavaTest", b"\x01\x02"))
    again = parse_class(write_class(cf))
    assert _method(again, "fibonacci").code == m.code
    assert again.source_file == "Renamed.java"
    assert again.unknown_attributes[-1] == RawAttribute("KavaTest", b"\x01\x02")
    assert again.constant_pool[:len(cf.constant_pool)] == cf.constant_pool


# ------------------------------------------------- construct reference schemas

def _reference_vtype(pool, vt):
    return (7, pool[vt.data].name) if vt.tag == 7 else (vt.tag, vt.data if vt.tag == 8 else None)


@pytest.mark.parametrize("release", RELEASES)
def test_fast_paths_agree_with_construct_schemas(release):
    _, classes = compile_fixtures(release)
    for name, data in classes.items():
        cf = parse_class(data)
        pool = cf.constant_pool
        header = S.ClassHeader_C.parse(data)
        assert (header.magic, header.minor_version, header.major_version) == \
            (0xCAFEBABE, cf.minor, cf.major)
        assert header.constant_pool_count == len(pool)
        # Constant pool, entry by entry, with the cp_info schema.
        pos, i = 10, 1
        while i < len(pool):
            info, pos = S.run(S.CpInfo_C, data, pos)
            e = pool[i]
            assert info.tag == e.tag
            if isinstance(e, CpUtf8):
                assert decode_modified_utf8(info.info.bytes) == e.value
            elif isinstance(e, (CpInteger, CpLong)):
                assert info.info.bytes == e.value
            elif isinstance(e, (CpFloat, CpDouble)):
                assert info.info.bytes == e.bits
            i += 2 if e.tag in (5, 6) else 1
        assert pos == body_offset(data)
        body, end = S.run(S.ClassBody_C, data, pos)
        assert end == len(data)
        assert [pool[f.name_index].value for f in body.fields] == [f.name for f in cf.fields]
        assert [pool[m.descriptor_index].value for m in body.methods] == \
            [m.descriptor for m in cf.methods]
        for raw, m in zip(body.methods, cf.methods):
            code_attrs = [a for a in raw.attributes if pool[a.attribute_name_index].value == "Code"]
            if m.code is None:
                assert not code_attrs
                continue
            c = S.CodeAttribute_C.parse(code_attrs[0].info)
            assert (c.max_stack, c.max_locals, c.code) == \
                (m.code.max_stack, m.code.max_locals, m.code.code)
            assert [(h.start_pc, h.end_pc, h.handler_pc,
                     pool[h.catch_type].name if h.catch_type else None)
                    for h in c.exception_table] == \
                [(h.start_pc, h.end_pc, h.handler_pc, h.catch_type) for h in m.code.exception_table]
            for a in c.attributes:
                kind = pool[a.attribute_name_index].value
                if kind == "LineNumberTable":
                    t = S.LineNumberTableAttribute_C.parse(a.info).line_number_table
                    assert [(e.start_pc, e.line_number) for e in t] == m.code.line_numbers
                elif kind == "LocalVariableTable":
                    t = S.LocalVariableTableAttribute_C.parse(a.info).local_variable_table
                    assert [(e.start_pc, e.length, pool[e.name_index].value, e.index) for e in t] == \
                        [(v.start_pc, v.length, v.name, v.index) for v in m.code.local_variables]
                elif kind == "StackMapTable":
                    t = S.StackMapTableAttribute_C.parse(a.info).entries
                    assert len(t) == len(m.code.stack_map_table)
                    for ref, f in zip(t, m.code.stack_map_table):
                        assert (ref.frame_type, ref.offset_delta) == (f.frame_type, f.offset_delta)
                        assert [_reference_vtype(pool, v) for v in ref.stack] == f.stack
                        if f.kind in ("append", "full"):
                            assert [_reference_vtype(pool, v) for v in ref.locals] == f.locals


# ------------------------------------------------------------ CLDC / major 45

_VT_FOR_DESCRIPTOR = {"I": 1, "S": 1, "C": 1, "B": 1, "Z": 1, "F": 2, "D": 3, "J": 4}


def _initial_locals(cf, m):
    out = []
    if not m.access_flags & ACC_STATIC:
        out.append((6, None) if m.name == "<init>" else (7, cf.this_class))
    args, _ = parse_method_descriptor(m.descriptor)
    for a in args:
        if a in _VT_FOR_DESCRIPTOR:
            out.append((_VT_FOR_DESCRIPTOR[a], None))
        else:
            out.append((7, a[1:-1] if a[0] == "L" else a))
    return out


def replay(cf, m):
    """Expand StackMapTable deltas into full (offset, locals, stack) frames,
    the way a verifier replays them."""
    locals_ = _initial_locals(cf, m)
    out = []
    for f in m.code.stack_map_table:
        if f.kind == "same":
            stack = []
        elif f.kind == "same_locals_1":
            stack = list(f.stack)
        elif f.kind == "chop":
            locals_ = locals_[:len(locals_) - f.chop]
            stack = []
        elif f.kind == "append":
            locals_ = locals_ + f.locals
            stack = []
        else:
            locals_ = list(f.locals)
            stack = list(f.stack)
        out.append((f.offset, list(locals_), stack))
    return out


def test_cldc_stack_map_in_a_major_45_class():
    """Turn javac --release 8 output into a preverified J2ME-era class file:
    major 45, every StackMapTable replaced by a CLDC StackMap of full frames."""
    cf = parsed("8")["fixtures/Workload"]
    assert not any(isinstance(e, (CpMethodHandle, CpInvokeDynamic)) for e in cf.constant_pool)
    expected = {}
    for m in cf.methods:
        if m.code is not None and m.code.stack_map_table:
            frames = replay(cf, m)
            expected[m.name + m.descriptor] = frames
            m.code.stack_map = [StackMapFrame(None, "full", off, off, 0, loc, st)
                                for off, loc, st in frames]
            m.code.stack_map_table = None
    assert len(expected) >= 5
    cf.major, cf.minor = 45, 3
    old = parse_class(write_class(cf))
    assert (old.major, old.minor) == (45, 3)
    for m in old.methods:
        key = m.name + m.descriptor
        if m.code is None:
            continue
        assert m.code.stack_map_table is None
        if key in expected:
            got = [(f.offset, f.locals, f.stack) for f in m.code.stack_map]
            assert got == expected[key]
            assert all(f.frame_type is None and f.kind == "full" for f in m.code.stack_map)
            assert all(f.offset_delta == f.offset for f in m.code.stack_map)
        else:
            assert m.code.stack_map is None
    # Signature is not defined before 49.0: it is kept as an unknown attribute.
    assert old.signature is None


def test_cldc_stack_map_hand_made():
    cf = base_class(45)
    loop = next(m for m in cf.methods if m.name == "loop")
    loop.code.stack_map = [
        StackMapFrame(None, "full", 2, 2, 0, [(1, None), (1, None)], []),
        StackMapFrame(None, "full", 15, 15, 0, [(1, None), (1, None)], []),
    ]
    data = write(cf)
    got = parse_class(data)
    assert got.major == 45
    frames = next(m for m in got.methods if m.name == "loop").code.stack_map
    assert [(f.offset, f.locals, f.stack) for f in frames] == \
        [(2, [(1, None), (1, None)], []), (15, [(1, None), (1, None)], [])]


def test_stack_map_table_before_version_50_is_ignored():
    cf = base_class(52)
    cf.major = 49
    got = parse_class(write(cf))
    loop = next(m for m in got.methods if m.name == "loop")
    assert loop.code.stack_map_table is None
    assert [a.name for a in loop.code.unknown_attributes] == ["StackMapTable"]


def test_major_45_interface_without_abstract_is_accepted_as_abstract():
    cf = base_class(45)
    cf.access_flags = ACC_INTERFACE | 0x0001
    cf.fields, cf.methods = [], []
    got = parse_class(write(cf))
    assert got.access_flags & ACC_ABSTRACT
    cf.major = 52
    with pytest.raises(ClassFormatError, match="Illegal class modifiers"):
        parse_class(write(cf))


# ------------------------------------------------------------------- performance

def test_parse_time_of_a_typical_class():
    _, classes = compile_fixtures(None)
    data = classes["fixtures/Workload"]
    assert 5000 < len(data) < 12000
    n = 50
    best = min(timeit.repeat(lambda: parse_class(data), number=n, repeat=5)) / n
    print(f"\nparse_class(Workload.class, {len(data)} bytes): {best * 1e3:.3f} ms")
    assert best < 0.005, f"parsing a {len(data)}-byte class took {best * 1e3:.2f} ms"
