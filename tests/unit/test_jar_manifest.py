"""JAR manifests through ``kava run -jar x.jar`` (and ``-cp x.jar Main``):
no manifest, no Main-Class, a Main-Class that does not exist, and the
manifest syntax the JDK accepts or refuses (java.util.jar.Manifest: header
names are case-insensitive, ``Name: value`` needs the space, a line must end
with a newline, continuation lines start with one space, 72-byte lines,
sections after the first blank line).  Each case is judged against the JDK's
recorded behaviour as in test_jar_hostile.py; ``test_jdk_agrees`` re-checks
the recording against the real ``java``.
"""

import shutil

import pytest

from tests.fuzz.hostile_jars import Entry, hello_class, jar_run_problems, report, run_launcher, write_zip

HELLO = "hello from the jar\n"
CORRUPT = "Error: Invalid or corrupt jarfile x.jar\n"
NO_MAIN = "no main manifest attribute, in x.jar\n"
UNEXPECTED = "Error: An unexpected error occurred while trying to open file x.jar\n"


def not_found(name):
    return "Error: Could not find or load main class %s\nCaused by: java.lang.ClassNotFoundException: %s\n" % (
        name, name)


def mf(text):
    return text.encode("latin-1") if isinstance(text, str) else text


# case -> (manifest bytes or None for no manifest entry, JDK (status, stdout, stderr, same text))
CASES = {
    "no_manifest": (None, (1, "", CORRUPT, True)),
    "no_main_class": (mf("Manifest-Version: 1.0\r\nCreated-By: test\r\n\r\n"), (1, "", NO_MAIN, True)),
    "empty_manifest": (b"", (1, "", NO_MAIN, True)),
    "main_class_missing": (mf("Manifest-Version: 1.0\r\nMain-Class: Nope\r\n\r\n"), (1, "", not_found("Nope"), True)),
    "main_class_with_dot_class": (mf("Manifest-Version: 1.0\r\nMain-Class: Main.class\r\n\r\n"),
                                  (1, "", not_found("Main.class"), True)),
    "main_class_empty_value": (mf("Manifest-Version: 1.0\r\nMain-Class: \r\n\r\n"), (1, "", not_found(""), True)),
    "main_class_only_in_a_section": (mf("Manifest-Version: 1.0\r\n\r\nName: foo\r\nMain-Class: Main\r\n\r\n"),
                                     (1, "", NO_MAIN, True)),
    "lower_case_header_name": (mf("Manifest-Version: 1.0\r\nmain-class: Main\r\n\r\n"), (0, HELLO, "", True)),
    "continuation_line": (mf("Manifest-Version: 1.0\r\nMain-Class: Ma\r\n in\r\n\r\n"), (0, HELLO, "", True)),
    "lf_line_ends": (mf("Manifest-Version: 1.0\nMain-Class: Main\n\n"), (0, HELLO, "", True)),
    "cr_line_ends": (mf("Manifest-Version: 1.0\rMain-Class: Main\r\r"), (0, HELLO, "", True)),
    "trailing_spaces_in_value": (mf("Manifest-Version: 1.0\r\nMain-Class: Main  \r\n\r\n"), (0, HELLO, "", True)),
    "package_with_dots": (mf("Manifest-Version: 1.0\r\nMain-Class: pkg.Main\r\n\r\n"), (0, "pkg main\n", "", True)),
    "package_with_slashes": (mf("Manifest-Version: 1.0\r\nMain-Class: pkg/Main\r\n\r\n"),
                             (0, "pkg main\n", "", True)),
    "last_line_without_newline": (mf("Manifest-Version: 1.0\r\nMain-Class: Main"), (1, "", NO_MAIN, True)),
    "no_space_after_colon": (mf("Manifest-Version: 1.0\r\nMain-Class:Main\r\n\r\n"), (1, "", CORRUPT, True)),
    # The JDK fails these with an IOException from java.util.jar.Manifest;
    # its message is generic, Kava's may say more.
    "byte_order_mark": (b"\xef\xbb\xbfManifest-Version: 1.0\r\nMain-Class: Main\r\n\r\n", (1, "", UNEXPECTED, False)),
    "line_longer_than_512_bytes": (mf("Manifest-Version: 1.0\r\nMain-Class: %s\r\n\r\n" % ("A" * 600)),
                                   (1, "", UNEXPECTED, False)),
    "binary_garbage": (bytes(range(256)), (1, "", UNEXPECTED, False)),
    "first_line_blank": (mf("\r\nMain-Class: Main\r\n\r\n"), (1, "", UNEXPECTED, False)),
}


def build(tmp_path, case):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    text, _ = CASES[case]
    entries = [] if text is None else [Entry("META-INF/MANIFEST.MF", text)]
    entries += [Entry("Main.class", hello_class("Main", "hello from the jar")),
                Entry("pkg/Main.class", hello_class("pkg/Main", "pkg main"))]
    write_zip(run_dir / "x.jar", entries)
    return run_dir


@pytest.mark.parametrize("case", sorted(CASES))
def test_kava_run_jar(case, tmp_path):
    run_dir = build(tmp_path, case)
    problems, result = jar_run_problems(["-jar", "x.jar"], run_dir, tmp_path, CASES[case][1])
    if problems:
        pytest.fail(report("%s [-jar x.jar]" % case, problems, result), pytrace=False)


@pytest.mark.parametrize("case", ["no_manifest", "no_main_class", "binary_garbage", "last_line_without_newline"])
def test_classpath_jar_needs_no_manifest(case, tmp_path):
    """On the class path a JAR is only a container: its manifest does not matter."""
    run_dir = build(tmp_path, case)
    problems, result = jar_run_problems(["-cp", "x.jar", "Main"], run_dir, tmp_path, (0, HELLO, "", True))
    if problems:
        pytest.fail(report("%s [-cp x.jar Main]" % case, problems, result), pytrace=False)


@pytest.mark.parametrize("case", sorted(CASES))
def test_jdk_agrees(case, tmp_path):
    if shutil.which("java") is None:
        pytest.fail("java not found: the JDK expectations of this file are checked against it", pytrace=False)
    run_dir = build(tmp_path, case)
    status, out, err, _ = run_launcher(["-jar", "x.jar"], run_dir, java=True)
    assert (status, out, err) == CASES[case][1][:3]
