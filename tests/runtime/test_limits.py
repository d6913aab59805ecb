"""Limits the VM enforces on a program: deadlock detection, the heap limit
(-Xmx) with host memory bounded by it, and the Java stack limit (-Xss)."""

import os
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KAVA = os.environ.get('KAVA', os.path.join(ROOT, '.venv', 'bin', 'kava'))


@pytest.fixture(scope='module')
def classes(tmp_path_factory):
    if shutil.which('javac') is None:
        pytest.fail('javac not found: install a JDK (17 or newer) to run these tests')
    if not os.path.exists(KAVA):
        pytest.fail('%s not found: run `make setup` first' % KAVA)
    out = tmp_path_factory.mktemp('limits')
    sources = [os.path.join(HERE, 'programs', n) for n in os.listdir(os.path.join(HERE, 'programs'))]
    subprocess.run(['javac', '-d', str(out)] + sources, check=True)
    return str(out)


def run(classes, *args, timeout=60):
    """(exit status, stdout, stderr) of a kava run."""
    with open(os.devnull, 'rb') as stdin:
        proc = subprocess.Popen([KAVA, 'run'] + list(args[:-1]) + ['-cp', classes, args[-1]],
                                stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail('kava run %s did not finish in %d s' % (' '.join(args), timeout))
    return proc.returncode, out.decode(), err.decode()


# Runs a command and prints its peak RSS. It runs in a fresh small process because
# a child forked straight from pytest inherits pytest's own peak in ru_maxrss.
MEASURE = """
import os, sys
pid = os.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def peak_rss_kib(classes, *args):
    """(exit status, peak RSS in KiB) of one kava run."""
    argv = [KAVA, 'run'] + list(args[:-1]) + ['-cp', classes, args[-1]]
    out = subprocess.run([sys.executable, '-c', MEASURE] + argv, check=True,
                         capture_output=True, text=True, timeout=120).stdout.split()
    return int(out[0]), int(out[1])


def test_deadlock_exits_1_with_a_thread_dump(classes):
    status, out, err = run(classes, 'Deadlock', timeout=30)
    assert status == 1
    assert 'deadlock' in err
    assert '"main"' in err and '"second"' in err
    assert 'at Deadlock.main(Deadlock.java' in err
    assert 'Traceback' not in err


def test_heap_limit_gives_catchable_out_of_memory(classes):
    status, out, err = run(classes, '-Xmx4m', 'HeapLimit')
    assert status == 0, err
    assert out.splitlines() == [
        'caught OOM: Java heap space after >1000 nodes: true',
        'still works: 499500',
        'big: Requested array size exceeds VM limit',
    ]


def test_heap_limit_bounds_host_memory(classes):
    _, baseline = peak_rss_kib(classes, 'StackLimit')
    status, peak = peak_rss_kib(classes, '-Xmx4m', 'HeapLimit')
    assert status == 0
    assert peak <= baseline + 3 * 4 * 1024, 'peak RSS %d KiB, baseline %d KiB' % (peak, baseline)


def test_small_stack_overflows_and_recovers(classes):
    status, out, err = run(classes, '-Xss64k', 'StackLimit')
    assert status == 0, err
    assert out.splitlines() == ['overflowed, depth below 20000: true', 'again: true']
