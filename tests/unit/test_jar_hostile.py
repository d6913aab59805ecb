"""Hostile JAR archives through ``kava run -jar x.jar`` and ``kava run -cp
x.jar Main``: not a zip, empty, truncated, ``..`` and absolute entry names,
duplicate entries, zip bombs (an entry that expands to 2 GB from a 2 MB file,
honest or lying about its size), encrypted and non-deflate entries, bad CRC,
a missing file.

For every case Kava must: exit with the JDK's status, print no Python
traceback and no ``kava: internal error``, write nothing anywhere, and stay
under 300 MB peak RSS (measured with os.wait4).  Where the JDK's message is
a launcher message a user sees (``Error: Invalid or corrupt jarfile x.jar``,
``Error: Could not find or load main class``...), Kava must print the same
text; where the JDK's answer is an accident of its implementation (what it
prints for a 2 GB class file), Kava must print one clear ``Error:`` line of
its own.  ``test_jdk_agrees`` re-checks the recorded JDK behaviour against
the real ``java`` (JDK 17.0.15 when recorded).
"""

import bz2
import zlib

import pytest

from tests.fuzz.hostile_jars import (Entry, hello_class, jar_run_problems, manifest, report,
                                     run_launcher, write_zip, zeros_deflated)
GB2 = 2 << 30
BOMB = {}


def bomb():
    if not BOMB:
        BOMB["stream"], BOMB["crc"] = zeros_deflated(GB2)
    return BOMB["stream"], BOMB["crc"]


def main_class(text="hello from the jar"):
    return hello_class("Main", text)


def std(extra=(), main="Main", mf=True):
    entries = [Entry("META-INF/MANIFEST.MF", manifest(main))] if mf else []
    return entries + [Entry("Main.class", main_class())] + list(extra)


# name -> function(jar_path, run_dir) writing the archive
def _ok(p, d):
    write_zip(p, std())


def _not_a_zip(p, d):
    p.write_bytes(b"this is not a zip file\n" * 10)


def _empty(p, d):
    p.write_bytes(b"")


def _truncated_central_directory(p, d):
    data = write_zip(p, std())
    write_zip(p, std(), truncate_at=len(data) - 30)


def _truncated_half(p, d):
    data = write_zip(p, std())
    write_zip(p, std(), truncate_at=len(data) // 2)


def _dotdot_and_absolute_entries(p, d):
    write_zip(p, std([Entry("../evil.txt", b"evil"), Entry("../../evil2.txt", b"evil"),
                      Entry(str(d.parent / "abs_evil.txt"), b"evil"),
                      Entry("/etc/kava_evil.txt", b"evil"), Entry("META-INF/../../evil3.txt", b"x")]))


def _main_class_is_dotdot(p, d):
    write_zip(p, [Entry("META-INF/MANIFEST.MF", manifest("../Main")), Entry("../Main.class", main_class())])


def _duplicate_class_entries(p, d):
    write_zip(p, [Entry("META-INF/MANIFEST.MF", manifest("Main")),
                  Entry("Main.class", main_class("first")), Entry("Main.class", main_class("second"))])


def _duplicate_manifests(p, d):
    write_zip(p, [Entry("META-INF/MANIFEST.MF", manifest("Main")),
                  Entry("META-INF/MANIFEST.MF", manifest("Other")),
                  Entry("Main.class", main_class()), Entry("Other.class", hello_class("Other", "other"))])


def _bomb_class(p, d):
    s, crc = bomb()
    write_zip(p, [Entry("META-INF/MANIFEST.MF", manifest("Main")),
                  Entry("Main.class", compressed=s, size=GB2, crc=crc)])


def _bomb_class_lying_size(p, d):
    s, crc = bomb()
    write_zip(p, [Entry("META-INF/MANIFEST.MF", manifest("Main")),
                  Entry("Main.class", compressed=s, size=1000, crc=crc)])


def _bomb_manifest(p, d):
    s, crc = bomb()
    write_zip(p, [Entry("META-INF/MANIFEST.MF", compressed=s, size=GB2, crc=crc),
                  Entry("Main.class", main_class())])


def _declared_size_far_beyond_data(p, d):
    data = main_class()
    write_zip(p, [Entry("META-INF/MANIFEST.MF", manifest("Main")),
                  Entry("Main.class", data, method=0, size=0xFFFFFFF0, csize=0xFFFFFFF0)])


def _encrypted_entry(p, d):
    write_zip(p, [Entry("META-INF/MANIFEST.MF", manifest("Main")), Entry("Main.class", main_class(), flags=1)])


def _bzip2_entry(p, d):
    data = main_class()
    write_zip(p, [Entry("META-INF/MANIFEST.MF", manifest("Main")),
                  Entry("Main.class", method=12, compressed=bz2.compress(data), size=len(data),
                        crc=zlib.crc32(data))])


def _bad_crc(p, d):
    write_zip(p, [Entry("META-INF/MANIFEST.MF", manifest("Main")), Entry("Main.class", main_class(), crc=1234)])


def _missing_file(p, d):
    pass


BUILDERS = {f.__name__[1:]: f for f in (
    _ok, _not_a_zip, _empty, _truncated_central_directory, _truncated_half,
    _dotdot_and_absolute_entries, _main_class_is_dotdot, _duplicate_class_entries,
    _duplicate_manifests, _bomb_class, _bomb_class_lying_size, _bomb_manifest,
    _declared_size_far_beyond_data, _encrypted_entry, _bzip2_entry, _bad_crc, _missing_file)}

NOT_FOUND = "Error: Could not find or load main class Main\nCaused by: java.lang.ClassNotFoundException: Main\n"
CORRUPT = "Error: Invalid or corrupt jarfile x.jar\n"
UNEXPECTED = "Error: An unexpected error occurred while trying to open file x.jar\n"
HELLO = "hello from the jar\n"

# (case, mode) -> (JDK status, JDK stdout, JDK stderr, Kava must match the JDK's text?)
# mode "jar" = `run -jar x.jar`, "cp" = `run -cp x.jar Main`.
JDK = {
    ("ok", "jar"): (0, HELLO, "", True),
    ("ok", "cp"): (0, HELLO, "", True),
    ("not_a_zip", "jar"): (1, "", CORRUPT, True),
    ("not_a_zip", "cp"): (1, "", NOT_FOUND, True),
    ("empty", "jar"): (1, "", CORRUPT, True),
    ("empty", "cp"): (1, "", NOT_FOUND, True),
    ("truncated_central_directory", "jar"): (1, "", CORRUPT, True),
    ("truncated_central_directory", "cp"): (1, "", NOT_FOUND, True),
    ("truncated_half", "jar"): (1, "", CORRUPT, True),
    ("truncated_half", "cp"): (1, "", NOT_FOUND, True),
    ("dotdot_and_absolute_entries", "jar"): (0, HELLO, "", True),
    ("dotdot_and_absolute_entries", "cp"): (0, HELLO, "", True),
    ("main_class_is_dotdot", "jar"): (1, "", "Error: Could not find or load main class ...Main\n"
                                      "Caused by: java.lang.ClassNotFoundException: ///Main\n", False),
    ("duplicate_class_entries", "jar"): (0, "second\n", "", True),
    ("duplicate_class_entries", "cp"): (0, "second\n", "", True),
    ("duplicate_manifests", "jar"): (0, "other\n", "", True),
    # The JDK reads 2 GB into a class-file buffer, or gives up on the file:
    # its answers are accidents of its implementation.  Kava refuses by size.
    ("bomb_class", "jar"): (1, "", "Error: LinkageError occurred while loading main class Main\n"
                            "\tjava.lang.ClassFormatError: Truncated class file\n", False),
    ("bomb_class", "cp"): (1, "", "Error: LinkageError occurred while loading main class Main\n"
                           "\tjava.lang.ClassFormatError: Truncated class file\n", False),
    ("bomb_class_lying_size", "jar"): (1, "", "Error: LinkageError occurred while loading main class Main\n"
                                       "\tjava.lang.ClassFormatError: Incompatible magic value 0 in class file Main\n",
                                       False),
    ("bomb_class_lying_size", "cp"): (1, "", "Error: LinkageError occurred while loading main class Main\n"
                                      "\tjava.lang.ClassFormatError: Incompatible magic value 0 in class file Main\n",
                                      False),
    ("bomb_manifest", "jar"): (1, "", UNEXPECTED, False),
    ("bomb_manifest", "cp"): (1, "", NOT_FOUND, False),
    ("declared_size_far_beyond_data", "jar"): (1, "", "Error: LinkageError occurred while loading main class "
                                               "Main\n\tjava.lang.ClassFormatError: Truncated class file\n", False),
    ("declared_size_far_beyond_data", "cp"): (1, "", "Error: LinkageError occurred while loading main class "
                                              "Main\n\tjava.lang.ClassFormatError: Truncated class file\n", False),
    ("encrypted_entry", "jar"): (1, "", UNEXPECTED, False),
    ("encrypted_entry", "cp"): (1, "", NOT_FOUND, True),
    ("bzip2_entry", "jar"): (1, "", UNEXPECTED, False),
    ("bzip2_entry", "cp"): (1, "", NOT_FOUND, True),
    ("bad_crc", "jar"): (0, HELLO, "", True),
    ("bad_crc", "cp"): (0, HELLO, "", True),
    ("missing_file", "jar"): (1, "", "Error: Unable to access jarfile x.jar\n", True),
    ("missing_file", "cp"): (1, "", NOT_FOUND, True),
}


def argv(mode):
    return ["-jar", "x.jar"] if mode == "jar" else ["-cp", "x.jar", "Main"]


def prepare(tmp_path, case):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    jar = run_dir / "x.jar"
    BUILDERS[case](jar, run_dir)
    return run_dir


@pytest.mark.parametrize("case,mode", sorted(JDK), ids=["%s-%s" % k for k in sorted(JDK)])
def test_kava(case, mode, tmp_path):
    run_dir = prepare(tmp_path, case)
    leaks = (tmp_path / "evil.txt", tmp_path / "abs_evil.txt", tmp_path.parent / "evil2.txt")
    problems, result = jar_run_problems(argv(mode), run_dir, tmp_path, JDK[(case, mode)], leak_paths=leaks)
    if problems:
        pytest.fail(report("%s [%s]" % (case, " ".join(argv(mode))), problems, result), pytrace=False)


@pytest.mark.parametrize("case,mode", sorted(JDK), ids=["%s-%s" % k for k in sorted(JDK)])
def test_jdk_agrees(case, mode, tmp_path):
    """The recorded JDK behaviour is what the real `java` does (needs java)."""
    import shutil
    if shutil.which("java") is None:
        pytest.fail("java not found: the JDK expectations of this file are checked against it", pytrace=False)
    run_dir = prepare(tmp_path, case)
    status, out, err, _ = run_launcher(["-Xmx256m", *argv(mode)], run_dir, java=True)
    jdk_status, jdk_out, jdk_err, _ = JDK[(case, mode)]
    assert (status, out, err) == (jdk_status, jdk_out, jdk_err)
