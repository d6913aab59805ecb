"""Long fuzzing runs of mutated class files through the Kava VM.

    python tests/fuzz/fuzz.py --count 10000 --seed 1 --out build/fuzz-findings

Seeds are the conformance programs compiled by javac (--release 8 and plain
javac 17).  Each mutant runs through the parser, linker, class initialization
and main() in its own process (see run_mutant.py); every mutant that crashed
the process, printed a Python traceback or ``kava: internal error``, or exited
with a status the program did not choose is saved under --out as a
self-contained directory (the program's classes with the mutant in place, plus
finding.json with the mutations, the verdict and the stderr).  Exit status 1
when anything was found, 2 when the seeds could not be built.

Re-create single mutants with ``--seed S --only 17,42``.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.fuzz import engine  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--first", type=int, default=0, help="index of the first mutant")
    ap.add_argument("--only", help="comma-separated mutant indexes to run")
    ap.add_argument("--out", default="build/fuzz-findings", help="where findings are saved")
    ap.add_argument("--jobs", type=int, default=os.cpu_count(), help="parallel runner processes")
    ap.add_argument("--timeout", type=float, default=engine.DEFAULT_TIMEOUT, help="seconds per mutant")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    ap.add_argument("--no-confirm", action="store_true",
                    help="do not re-run findings in a fresh `python -m kava` process")
    a = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="kava-fuzz-"))
    try:
        programs = engine.compile_seeds(work / "seeds")
    except engine.SeedError as e:
        print("fuzz: cannot build the seeds: %s" % e, file=sys.stderr)
        return 2
    only = [int(x) for x in a.only.split(",")] if a.only else None
    start = time.monotonic()
    last = [0.0]

    def progress(done, total):
        now = time.monotonic()
        if now - last[0] > 5 or done == total:
            last[0] = now
            print("  %d/%d mutants, %.0f s" % (done, total, now - start), file=sys.stderr, flush=True)

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    summary = engine.campaign(programs, a.count, a.seed, work, outdir=out, parallel=a.jobs,
                              timeout=a.timeout, first=a.first, only=only, progress=progress,
                              confirm=not a.no_confirm)
    report = {k: v for k, v in summary.items() if k != "mutants"}
    report["groups"] = {k: {"count": len(v), "examples": v[:5]} for k, v in summary["groups"].items()}
    (out / "summary.json").write_text(json.dumps(report, indent=1) + "\n")

    print("%d mutants (seed %s) in %.0f s: %s" % (summary["count"], a.seed, summary["seconds"],
                                                   ", ".join("%s %d" % kv for kv in sorted(summary["counts"].items()))))
    print("outcomes: " + ", ".join("%s %d" % kv for kv in list(summary["outcomes"].items())[:14]))
    for sig, ids in sorted(summary["groups"].items(), key=lambda kv: -len(kv[1])):
        m = summary["mutants"][ids[0]]
        print("  %5d  %s   e.g. #%d %s" % (len(ids), sig, ids[0], m.describe()))
    if summary["findings"]:
        print("findings saved in %s (summary.json lists them)" % out)
    if a.keep:
        print("work directory kept: %s" % work)
    else:
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    return 1 if summary["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())
