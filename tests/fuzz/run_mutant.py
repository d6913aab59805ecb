"""Run mutant programs through the real Kava launcher and judge the outcome.

Single mutant, in a fresh ``python -m kava run`` process:

    python tests/fuzz/run_mutant.py [--timeout 5] DIR[:DIR...] MainClass

Many mutants, one Python start-up for all of them:

    python tests/fuzz/run_mutant.py --batch JOBS.jsonl [--timeout 5]

JOBS.jsonl has one ``{"id": ..., "cp": "DIR:DIR", "main": "Name"}`` per line.
The batch runner imports Kava once and then *forks* one child per mutant; the
child runs ``kava.cli.main(["run", ...])`` -- the same code path as the
``kava`` command -- and exits with its status.  So every mutant still gets its
own process (a crash is a signal, a hang is a timeout, no state leaks from
one mutant to the next), but costs a fork instead of an interpreter start.
One JSON result line per job is written to stdout as soon as it is known.
In a forked child KAVA_DEBUG=1 is set, so a Python exception the VM would
turn into java.lang.InternalError also prints its traceback, and
faulthandler prints the Python stack on a fatal signal; ``run_single`` runs
the plain command, as a user would.

The verdict for every mutant (``judge``):

* ``crash``     the process died by a signal (SIGSEGV, SIGABRT, ...);
* ``traceback`` stderr holds a Python traceback;
* ``internal``  stderr holds ``kava: internal error`` (the launcher caught a
                Python exception) or ``Kava internal error`` (the VM turned one
                into a java.lang.InternalError);
* ``verifier``  a VerifyError reporting an ``Internal verifier error`` (the
                verifier caught its own exception: a verifier bug);
* ``status``    the exit status is not 0 or 1 and the program did not choose it
                via System.exit / Runtime.halt;
* ``timeout``   still running after the timeout (a mutated branch can make a
                Java-level infinite loop: acceptable, but counted);
* ``ok``        anything else.
"""

import json
import os
import select
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

DEFAULT_TIMEOUT = 5.0
HEAP = "64m"                    # -Xmx for every mutant: a mutated size must not eat the host
ADDRESS_SPACE = 2 << 30         # RLIMIT_AS of a forked mutant: a safety net, not the heap limit
STDERR_KEEP = 64 * 1024         # bytes of stderr kept from each end
META = b"\n@@kava-fuzz-meta "
BAD_VERDICTS = ("crash", "traceback", "internal", "verifier", "status")


def judge(returncode, stderr, timed_out, program_exit=False, allowed=(0, 1)):
    """The verdict for one run (see the module docstring)."""
    if timed_out:
        return "timeout"
    if returncode is not None and returncode < 0:
        return "crash"
    if b"Traceback (most recent call last)" in stderr:
        return "traceback"
    if b"kava: internal error" in stderr or b"Kava internal error" in stderr:
        return "internal"
    if b"Internal verifier error" in stderr:
        return "verifier"
    if not program_exit and returncode not in allowed:
        return "status"
    return "ok"


def kava_argv(cp, main):
    return ["run", "-Xmx" + HEAP, "-cp", cp, main]


# ---- one mutant, one fresh process ----------------------------------------------------

def run_single(cp, main, timeout=DEFAULT_TIMEOUT, allowed=(0, 1), python=None, cwd=None):
    """Run one mutant with ``python -m kava run``; returns a result dict."""
    cmd = [python or sys.executable, "-m", "kava", *kava_argv(cp, main)]
    env = dict(os.environ)
    env.pop("KAVA_DEBUG", None)
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=timeout, env=env, cwd=cwd)
        rc, err, timed_out = proc.returncode, proc.stderr, False
    except subprocess.TimeoutExpired as e:
        rc, err, timed_out = None, e.stderr or b"", True
    return {"cp": cp, "main": main, "returncode": rc, "timed_out": timed_out,
            "program_exit": False, "stderr": _clip(err).decode("utf-8", "replace"),
            "elapsed": round(time.monotonic() - start, 3),
            "verdict": judge(rc, err, timed_out, False, allowed), "mode": "process"}


# ---- many mutants, one fork each ----------------------------------------------------------

def _child(cp, main, err_w, workdir, selftest=None):
    """In the forked child: run the launcher, report, exit.  Never returns.
    ``selftest`` (harness tests only) fakes a crash, traceback or hang."""
    status = 70
    try:
        os.setpgid(0, 0)
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        os.dup2(err_w, 2)
        # Under pytest sys.stdout/sys.stderr are capture objects, not fds 1/2.
        sys.stdout = sys.__stdout__ = open(1, "w", closefd=False)
        sys.stderr = sys.__stderr__ = open(2, "w", closefd=False, errors="backslashreplace")
        import faulthandler     # a fatal signal prints the Python stack into the finding
        faulthandler.enable(file=sys.stderr)
        if workdir:
            os.chdir(workdir)
        # Python exceptions inside the VM print their traceback (the VM would
        # otherwise turn them into java.lang.InternalError, which a program
        # may catch): every one is a finding, with its location.
        os.environ["KAVA_DEBUG"] = "1"
        from kava import cli
        from kvm_core import _kvm, launcher
        exited = []
        real_launch = launcher.launch

        def launch(vm, main_class, args, drive=None):
            try:
                return real_launch(vm, main_class, args, drive)
            except _kvm.VMExit:
                exited.append(True)
                raise

        launcher.launch = launch
        if selftest == "crash":
            os.kill(os.getpid(), signal.SIGSEGV)
        elif selftest == "hang":
            time.sleep(3600)
        try:
            if selftest == "traceback":
                raise RuntimeError("harness self-test")
            status = cli.main(kava_argv(cp, main))
        except BaseException:       # noqa: B902 - anything escaping the CLI is a finding
            import traceback
            traceback.print_exc()
            status = 70
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:
            pass
        os.write(2, META + json.dumps({"program_exit": bool(exited)}).encode() + b"\n")
    finally:
        os._exit(status if isinstance(status, int) else 70)


def run_forked(cp, main, timeout=DEFAULT_TIMEOUT, allowed=(0, 1), workdir=None, selftest=None):
    """Run one mutant in a forked child of this (Kava-importing) process."""
    r, w = os.pipe()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        _child(cp, main, w, workdir, selftest)
    os.close(w)
    pidfd = os.pidfd_open(pid)
    head, tail, total = bytearray(), bytearray(), 0
    timed_out = False
    deadline = start + timeout
    open_fds = [r, pidfd]
    exited = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            break
        ready, _, _ = select.select(open_fds, [], [], left)
        if r in ready:
            chunk = os.read(r, 65536)
            if not chunk:
                open_fds.remove(r)
            else:
                total += len(chunk)
                if len(head) < STDERR_KEEP:
                    head += chunk
                else:
                    tail += chunk
                    del tail[:-STDERR_KEEP]
        if pidfd in ready:
            exited = True
            open_fds.remove(pidfd)
        if exited and r not in open_fds:
            break
    if timed_out:
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    _, wstatus = os.waitpid(pid, 0)
    os.close(pidfd)
    os.close(r)
    rc = None if timed_out else os.waitstatus_to_exitcode(wstatus)
    err = bytes(head) + (b"\n[... %d bytes ...]\n" % (total - len(head) - len(tail)) if tail else b"") + bytes(tail)
    program_exit = False
    k = err.rfind(META)
    if k >= 0:
        try:
            program_exit = json.loads(err[k + len(META):].split(b"\n", 1)[0])["program_exit"]
        except (ValueError, KeyError):
            pass
        err = err[:k]
    return {"cp": cp, "main": main, "returncode": rc, "timed_out": timed_out,
            "program_exit": program_exit, "stderr": _clip(err).decode("utf-8", "replace"),
            "elapsed": round(time.monotonic() - start, 3),
            "verdict": judge(rc, err, timed_out, program_exit, allowed), "mode": "fork"}


def warm_up():
    """Import Kava (and the modules it imports lazily) before forking, so
    each child starts warm."""
    import importlib
    import pkgutil
    import kava.cli  # noqa: F401
    import kvm_core
    for mod in pkgutil.walk_packages(kvm_core.__path__, "kvm_core."):
        if mod.name.endswith("_gen") or ".build_" in mod.name:
            continue
        try:
            importlib.import_module(mod.name)
        except Exception:       # a module another change is still editing: not our concern
            pass


def run_batch(jobs, out, timeout=DEFAULT_TIMEOUT, workdir=None):
    """Run each job dict in a forked child; write one JSON line per result."""
    warm_up()
    for job in jobs:
        res = run_forked(job["cp"], job["main"], timeout, tuple(job.get("allowed", (0, 1))), workdir,
                         job.get("selftest"))
        res["id"] = job["id"]
        out.write(json.dumps(res) + "\n")
        out.flush()


def _clip(b, keep=8192):
    if len(b) <= 2 * keep:
        return b
    return b[:keep] + b"\n[... clipped ...]\n" + b[-keep:]


def main(argv=None):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    ap.add_argument("--batch", metavar="JOBS.jsonl")
    ap.add_argument("--workdir", help="current directory for the mutants")
    ap.add_argument("--fork", action="store_true", help="single mutant: fork instead of a new process")
    ap.add_argument("cp", nargs="?")
    ap.add_argument("main", nargs="?")
    a = ap.parse_args(argv)
    if a.batch:
        with open(a.batch) as fh:
            jobs = [json.loads(line) for line in fh if line.strip()]
        run_batch(jobs, sys.stdout, a.timeout, a.workdir)
        return 0
    if not a.cp or not a.main:
        ap.error("give DIR and MainClass, or --batch JOBS.jsonl")
    res = (run_forked if a.fork else run_single)(a.cp, a.main, a.timeout)
    print(json.dumps(res, indent=1))
    return 0 if res["verdict"] in ("ok", "timeout") else 1


if __name__ == "__main__":
    sys.path.insert(0, REPO)
    sys.exit(main())
