"""The fuzzing campaign: seeds (javac output of the conformance programs),
deterministic mutants, parallel batch runners, verdicts and saved findings.

Mutant ``i`` of a campaign with seed ``S`` is a pure function of (S, i) and
the seed class files, so ``fuzz.py --seed S --only i`` rebuilds it exactly.
"""

import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.fuzz import mutators
from tests.fuzz.run_mutant import BAD_VERDICTS, DEFAULT_TIMEOUT, run_single

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CONFORMANCE = REPO / "tests" / "conformance"
RUN_MUTANT = HERE / "run_mutant.py"

# Programs that are slow on purpose (deep recursion until StackOverflowError):
# every mutant of them would run for seconds, so they are not used as seeds.
SLOW_PROGRAMS = {"StackOverflow"}


class SeedError(Exception):
    """The seeds cannot be built (no javac, javac failed)."""


class Program:
    def __init__(self, variant, name, directory, status):
        self.variant = variant
        self.name = name
        self.dir = Path(directory)
        self.status = status
        self.classes = {p.name: p.read_bytes() for p in sorted(self.dir.glob("*.class"))}

    @property
    def key(self):
        return "%s/%s" % (self.variant, self.name)


class Mutant:
    def __init__(self, ident, program, class_file, data, notes):
        self.id = ident
        self.program = program
        self.class_file = class_file
        self.data = data
        self.notes = notes

    def describe(self):
        return "%s %s: %s" % (self.program.key, self.class_file, "; ".join(self.notes) or "(unchanged)")


def _conformance_lib():
    sys.path.insert(0, str(CONFORMANCE))
    try:
        import conformance_lib
    finally:
        sys.path.remove(str(CONFORMANCE))
    return conformance_lib


def compile_seeds(workdir, variants=("release8", "release17")):
    """Compile the conformance programs with javac (--release 8 and plain
    javac 17); returns the list of Programs.  Raises SeedError when javac is
    missing or fails -- callers must fail, never skip."""
    lib = _conformance_lib()
    if shutil.which("javac") is None:
        raise SeedError("javac not found on PATH: the fuzz seeds are javac output of "
                        "tests/conformance/programs (install a JDK 17)")
    programs = []
    for variant in variants:
        names = [n for n in lib.programs_for(variant) if n not in SLOW_PROGRAMS]
        try:
            dirs = lib.compile_programs(variant, names, Path(workdir) / variant)
        except lib.CompileError as e:
            raise SeedError(str(e)) from None
        for name in names:
            expected = lib.read_expected(name)
            programs.append(Program(variant, name, dirs[name], expected[1] if expected else 0))
    return programs


def make_mutant(programs, seed, i):
    rng = random.Random("%s:%d" % (seed, i))
    prog = rng.choice(programs)
    main_file = prog.name + ".class"
    if rng.random() < 0.5 or len(prog.classes) == 1:
        class_file = main_file
    else:
        class_file = rng.choice(sorted(prog.classes))
    data, notes = mutators.mutate(rng, prog.classes[class_file])
    return Mutant(i, prog, class_file, data, notes)


def write_mutant(m, root):
    d = Path(root) / ("m%06d" % m.id)
    d.mkdir(parents=True, exist_ok=True)
    (d / m.class_file).write_bytes(m.data)
    return d


def job_for(m, root):
    d = write_mutant(m, root)
    return {"id": m.id, "cp": "%s%s%s" % (d, os.pathsep, m.program.dir), "main": m.program.name,
            "allowed": sorted({0, 1, m.program.status & 0xFF})}


# ---- running ------------------------------------------------------------------------

def run_jobs(jobs, workdir, parallel=None, batch=250, timeout=DEFAULT_TIMEOUT, progress=None):
    """Run jobs in batches of `batch`, `parallel` runner processes at a time;
    returns {id: result}.  A job whose runner vanished is re-run on its own."""
    parallel = parallel or os.cpu_count() or 1
    workdir = Path(workdir)
    scratch = workdir / "cwd"
    scratch.mkdir(parents=True, exist_ok=True)
    chunks = [jobs[k:k + batch] for k in range(0, len(jobs), batch)]
    results, running, buffers = {}, [], {}
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("KAVA_DEBUG", None)
    n = 0
    while chunks or running:
        while chunks and len(running) < parallel:
            chunk = chunks.pop(0)
            path = workdir / ("jobs%04d.jsonl" % n)
            n += 1
            path.write_text("".join(json.dumps(j) + "\n" for j in chunk))
            out = open(path.with_suffix(".out"), "wb")       # a file, not a pipe: never blocks
            proc = subprocess.Popen([sys.executable, str(RUN_MUTANT), "--batch", str(path),
                                     "--timeout", str(timeout), "--workdir", str(scratch)],
                                    stdout=out, stdin=subprocess.DEVNULL, env=env)
            out.close()
            running.append((proc, chunk, path.with_suffix(".out")))
        time.sleep(0.05)
        for item in list(running):
            proc, chunk, outpath = item
            if proc.poll() is None:
                continue
            running.remove(item)
            for line in outpath.read_text("utf-8", "replace").splitlines():
                try:
                    r = json.loads(line)
                except ValueError:
                    continue
                results[r["id"]] = r
            for j in chunk:
                if j["id"] not in results:       # the runner itself died: judge it alone
                    r = run_single(j["cp"], j["main"], timeout, tuple(j["allowed"]), cwd=str(scratch))
                    r["id"] = j["id"]
                    r["note"] = "runner process lost (exit %s)" % proc.returncode
                    results[j["id"]] = r
            if progress:
                progress(len(results), len(jobs))
    return results


def signature(res):
    """A short key grouping findings with the same cause."""
    v = res["verdict"]
    err = res.get("stderr", "")
    if v == "crash":
        import signal as _s
        try:
            name = _s.Signals(-res["returncode"]).name
        except ValueError:
            name = "signal %d" % -res["returncode"]
        frames = re.findall(r'File "([^"]+)", line (\d+) in (\S+)', err)
        where = ""
        if frames:
            f, line, fn = frames[0]
            where = " at %s:%s %s" % (os.path.basename(f), line, fn)
        return "crash %s%s" % (name, where)
    if v == "traceback":
        return "traceback " + _python_error(err)
    if v == "internal":
        if 'File "' in err:
            return "internal " + _python_error(err)
        m = re.search(r"[Kk]ava: internal error: ([A-Za-z_.]+)", err)
        return "internal %s" % (m.group(1) if m else "?")
    if v == "verifier":
        m = re.search(r"Internal verifier error: ([A-Za-z_.]+)", err)
        return "verifier %s" % (m.group(1) if m else "?")
    if v == "status":
        return "status %s" % res["returncode"]
    return v


def _python_error(err):
    """'ExcType at file.py:LINE function' of the last Python traceback in err."""
    lines = err.splitlines()
    frames = [k for k, line in enumerate(lines) if re.match(r'\s*File "[^"]+", line \d+, in ', line)]
    if not frames:
        return "?"
    last = frames[-1]
    f, line, fn = re.match(r'\s*File "([^"]+)", line (\d+), in (\S+)', lines[last]).groups()
    exc = "?"
    for text in lines[last + 1:]:
        m = re.match(r"([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt))(:|$)", text)
        if m:
            exc = m.group(1)
            break
    return "%s at %s:%s %s" % (exc, os.path.basename(f), line, fn)


def outcome(res):
    """What the program visibly did: the first Java throwable named on stderr,
    or its exit status."""
    if res["verdict"] == "timeout":
        return "timeout"
    m = re.search(r"\b(java\.[a-z.]+\.[A-Z][A-Za-z]*(?:Error|Exception))\b", res.get("stderr", ""))
    if m:
        return m.group(1)
    return "exit %s" % res["returncode"]


def save_finding(m, res, confirm, outdir):
    """Save a self-contained reproducer: the program's classes with the mutant
    in place, and a description."""
    d = Path(outdir) / ("%s-%06d" % (res["verdict"], m.id))
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    for name, data in m.program.classes.items():
        (d / name).write_bytes(data)
    (d / m.class_file).write_bytes(m.data)
    info = {
        "id": m.id, "seed_program": m.program.key, "class_file": m.class_file,
        "main": m.program.name, "mutations": m.notes, "verdict": res["verdict"],
        "signature": signature(res), "returncode": res["returncode"],
        "program_exit": res.get("program_exit"), "stderr": res.get("stderr", "")[-4000:],
        "confirmed_in_fresh_process": confirm["verdict"] if confirm else None,
        "reproduce": ".venv/bin/kava run -cp %s %s" % (d, m.program.name),
    }
    (d / "finding.json").write_text(json.dumps(info, indent=1) + "\n")
    return d


def campaign(programs, count, seed, workdir, outdir=None, parallel=None, timeout=DEFAULT_TIMEOUT,
             first=0, only=None, progress=None, confirm=True, chunk=2000):
    """Generate and run `count` mutants, `chunk` at a time (so a run of
    100,000 keeps neither the mutants nor their directories around); returns
    a summary dict.  ``mutants`` in it holds only the mutants with findings."""
    workdir = Path(workdir)
    ids = list(only) if only is not None else list(range(first, first + count))
    t0 = time.monotonic()
    counts, groups, findings, outcomes, kept, timeouts = {}, {}, [], {}, {}, []
    done = 0
    for k in range(0, len(ids), chunk):
        part = ids[k:k + chunk]
        mroot = workdir / "mutants"
        mutants = {i: make_mutant(programs, seed, i) for i in part}
        jobs = {i: job_for(m, mroot) for i, m in mutants.items()}

        def chunk_progress(n, total, base=done):
            if progress:
                progress(base + n, len(ids))

        results = run_jobs(list(jobs.values()), workdir, parallel=parallel, timeout=timeout,
                           progress=chunk_progress)
        for i, res in sorted(results.items()):
            counts[res["verdict"]] = counts.get(res["verdict"], 0) + 1
            o = outcome(res)
            outcomes[o] = outcomes.get(o, 0) + 1
            if res["verdict"] == "timeout":
                timeouts.append(i)
            if res["verdict"] not in BAD_VERDICTS:
                continue
            m = mutants[i]
            kept[i] = m
            conf = None
            if confirm:
                job = jobs[i]
                conf = run_single(job["cp"], job["main"], timeout, tuple(job["allowed"]),
                                  cwd=str(workdir / "cwd"))
            sig = signature(res)
            groups.setdefault(sig, []).append(i)
            entry = {"id": i, "verdict": res["verdict"], "signature": sig,
                     "mutant": m.describe(), "stderr_tail": res["stderr"][-600:],
                     "fresh_process_verdict": conf["verdict"] if conf else None}
            if outdir:
                entry["saved"] = str(save_finding(m, res, conf, outdir))
            findings.append(entry)
        done += len(results)
        shutil.rmtree(mroot, ignore_errors=True)
        for p in workdir.glob("jobs*.*"):
            p.unlink()
    return {"seed": seed, "count": done, "counts": counts, "groups": groups,
            "outcomes": dict(sorted(outcomes.items(), key=lambda kv: -kv[1])),
            "findings": findings, "seconds": round(time.monotonic() - t0, 1),
            "timeouts": timeouts, "mutants": kept}
