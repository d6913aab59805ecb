"""Hostile JAR archives for the launcher tests (tests/unit/test_jar_*.py).

``write_zip`` writes exactly the entries it is given -- any name (``..``,
absolute, duplicates), any compression method and flags, sizes that lie --
with a correct central directory unless told otherwise.  ``zeros_deflated``
makes the deflate stream of gigabytes of zeros in a few megabytes without
ever holding the expanded data (for zip bombs).
"""

import struct
import sys
import zlib
from pathlib import Path

_KIT = Path(__file__).resolve().parent.parent / "unit" / "negative_classes"

STORED, DEFLATED = 0, 8


class Entry:
    def __init__(self, name, data=b"", method=DEFLATED, flags=0, compressed=None, size=None,
                 crc=None, csize=None):
        """name: str or bytes; data: the content (ignored when `compressed`
        is given: then size and crc must describe what it expands to);
        size/crc/csize: override what the headers declare."""
        self.name = name.encode("utf-8") if isinstance(name, str) else name
        self.method = method
        self.flags = flags
        if compressed is not None:
            self.payload = compressed
            self.real_size, self.real_crc = size, crc
        else:
            if method == DEFLATED:
                c = zlib.compressobj(9, zlib.DEFLATED, -15)
                self.payload = c.compress(data) + c.flush()
            else:
                self.payload = data
            self.real_size, self.real_crc = len(data), zlib.crc32(data)
        self.size = self.real_size if size is None else size
        self.crc = self.real_crc if crc is None else crc
        self.csize = len(self.payload) if csize is None else csize


def write_zip(path, entries, comment=b"", truncate_at=None):
    out = bytearray()
    central = bytearray()
    for e in entries:
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, e.flags, e.method, 0, 0x21,
                           e.crc & 0xFFFFFFFF, e.csize & 0xFFFFFFFF, e.size & 0xFFFFFFFF,
                           len(e.name), 0) + e.name + e.payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, e.flags, e.method, 0, 0x21,
                               e.crc & 0xFFFFFFFF, e.csize & 0xFFFFFFFF, e.size & 0xFFFFFFFF,
                               len(e.name), 0, 0, 0, 0, 0, offset) + e.name
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                       cd_offset, len(comment)) + comment
    data = bytes(out if truncate_at is None else out[:truncate_at])
    Path(path).write_bytes(data)
    return data


def manifest(main_class=None, extra=""):
    text = "Manifest-Version: 1.0\r\nCreated-By: kava tests\r\n"
    if main_class is not None:
        text += "Main-Class: %s\r\n" % main_class
    return (text + extra + "\r\n").encode()


def hello_class(name="Main", text="hello from the jar"):
    """A valid class file whose main prints `text`."""
    sys.path.insert(0, str(_KIT))
    try:
        from classkit import Klass
    finally:
        sys.path.remove(str(_KIT))
    k = Klass(name)
    k.main().asm.println(text).op("return")
    return k.build()


def zeros_deflated(total, chunk=1 << 20):
    """(raw deflate stream, crc32) of `total` zero bytes (a multiple of
    `chunk`).  Each full-flushed chunk compresses to the same bytes, so the
    stream is built by repetition, never by expanding."""
    assert total % chunk == 0
    zeros = bytes(chunk)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.flush()
    n = total // chunk
    stream = first + again * (n - 1) + tail
    crc = 0
    for _ in range(n):            # hashing is cheap (about 0.25 s per GB); expanding is not done
        crc = zlib.crc32(zeros, crc)
    return stream, crc


# ---- running the launcher -----------------------------------------------------------------

# Runs argv[2:] and writes "status maxrss" to argv[1]. A child forked straight from
# pytest inherits pytest's own peak in ru_maxrss, so the measured process is forked
# from this small one instead.
MEASURE = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as fh:
    fh.write("%d %d" % (os.waitstatus_to_exitcode(status), usage.ru_maxrss))
"""


def run_launcher(argv, cwd, timeout=120, java=False):
    """Run ``python -m kava run ARGV`` (or ``java ARGV``) in `cwd`; returns
    (status, stdout, stderr, peak RSS in MB) -- the RSS from os.wait4 of the child."""
    import os
    import signal
    import subprocess
    import tempfile
    cmd = ["java", *argv] if java else [sys.executable, "-m", "kava", "run", *argv]
    env = dict(os.environ)
    env.pop("KAVA_DEBUG", None)
    env["LC_ALL"] = "C.UTF-8"
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as result:
        proc = subprocess.Popen([sys.executable, "-c", MEASURE, result.name, *cmd], cwd=str(cwd),
                                stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env,
                                start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        status, maxrss = (int(v) for v in (result.read().split() or [-9, 0]))
        out.seek(0)
        err.seek(0)
        return (status, out.read().decode("utf-8", "replace"),
                err.read().decode("utf-8", "replace"), maxrss / 1024.0)


def snapshot(root):
    """Every path under root (to prove a run wrote nothing)."""
    import os
    found = set()
    for dirpath, dirnames, filenames in os.walk(root):
        for n in dirnames + filenames:
            found.add(os.path.relpath(os.path.join(dirpath, n), root))
    return found


MAX_RSS_MB = 300


def jar_run_problems(argv, run_dir, root, jdk, max_rss_mb=MAX_RSS_MB, leak_paths=()):
    """Run Kava with argv in run_dir and list what is wrong, judged against
    the JDK's (status, stdout, stderr, same_text): no Python failure, the
    JDK's status, the JDK's text when same_text (else one clear 'Error:'
    line), bounded memory, nothing written under root or at leak_paths.
    Returns (problems, (status, out, err, rss))."""
    jdk_status, jdk_out, jdk_err, same_text = jdk
    before = snapshot(root)
    status, out, err, rss = run_launcher(argv, run_dir)
    problems = []
    if "Traceback (most recent call last)" in err or "internal error" in err.lower():
        problems.append("Python failure on stderr")
    if status != jdk_status:
        problems.append("exit status %s, the JDK's is %s" % (status, jdk_status))
    if same_text:
        if out != jdk_out:
            problems.append("stdout %r, the JDK prints %r" % (out, jdk_out))
        if err != jdk_err:
            problems.append("stderr %r, the JDK prints %r" % (err, jdk_err))
    else:
        lines = err.splitlines()
        if out or not lines or len(lines) > 2 or not lines[0].startswith("Error: "):
            problems.append("want one clear 'Error: ...' line on stderr (at most two lines) and no "
                            "output; the JDK prints %r" % jdk_err)
    if rss > max_rss_mb:
        problems.append("peak RSS %.0f MB > %d MB" % (rss, max_rss_mb))
    after = snapshot(root)
    if after != before:
        problems.append("files appeared: %s" % sorted(after - before))
    for p in leak_paths:
        if p.exists():
            problems.append("%s was written" % p)
    return problems, (status, out, err, rss)


def report(title, problems, result):
    status, out, err, rss = result
    return "%s: %s\n--- stdout ---\n%s--- stderr ---\n%s(exit %s, peak RSS %.0f MB)" % (
        title, "; ".join(problems), out[-800:], err[-1500:], status, rss)
