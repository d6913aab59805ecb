#!/usr/bin/env python3
"""Record (or check) the expected output of the conformance programs on OpenJDK.

    python tests/conformance/refresh.py [Name ...]          rewrite expected/Name.{stdout,status}
    python tests/conformance/refresh.py --check [Name ...]  compare live OpenJDK with the records

Every program is compiled twice (javac --release 8, and plain javac = release 17) and run
on `java`; the two runs must agree (a disagreement is reported and makes the exit status 1).
The records are taken from the --release 8 run (release 17 for min-release programs).
Uses `javac`/`java` from PATH, or $JAVAC / $JAVA.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import conformance_lib as lib  # noqa: E402


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="program names (default: all)")
    ap.add_argument("--check", action="store_true", help="only compare with the recorded files")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args(argv)

    javac = os.environ.get("JAVAC", "javac")
    java = os.environ.get("JAVA", "java")
    all_names = lib.program_names()
    names = [n[:-5] if n.endswith(".java") else n for n in args.names] or all_names
    unknown = [n for n in names if n not in all_names]
    if unknown:
        print("unknown program(s): " + ", ".join(unknown), file=sys.stderr)
        return 2

    results: dict[tuple[str, str], tuple[bytes, int, bytes]] = {}
    with tempfile.TemporaryDirectory(prefix="kava-conf-") as tmp:
        jobs = []
        for variant in lib.VARIANTS:
            vnames = lib.programs_for(variant, names)
            if not vnames:
                continue
            try:
                dirs = lib.compile_programs(variant, vnames, Path(tmp) / variant, javac=javac)
            except lib.CompileError as e:
                print(e, file=sys.stderr)
                return 2
            jobs += [(variant, n, dirs[n]) for n in vnames]

        def run(job):
            variant, n, d = job
            return (variant, n), lib.run_command(lib.java_command(d, n, java=java), n)

        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for key, res in pool.map(run, jobs):
                results[key] = res

    problems = 0
    written = unchanged = 0
    for n in names:
        runs = {v: results[(v, n)] for v in lib.VARIANTS if (v, n) in results}
        for v, (_, status, err) in runs.items():
            if status is None:
                print(f"TIMEOUT  {n} [{v}]")
                problems += 1
        primary_variant = lib.PRIMARY_VARIANT if lib.PRIMARY_VARIANT in runs else next(iter(runs))
        out, status, err = runs[primary_variant]
        for v, (o2, s2, _) in runs.items():
            if (o2, s2) != (out, status):
                problems += 1
                print(f"VARIANTS DIFFER  {n}: {primary_variant} status {status} vs {v} status {s2}")
                sys.stdout.write(lib.unified_diff(out, o2))
        if status is None:
            continue
        rec = lib.read_expected(n)
        if args.check:
            if rec is None:
                problems += 1
                print(f"MISSING  {n}: no recorded expected files")
            elif rec != (out, status):
                problems += 1
                print(f"DIFFERS  {n}: recorded status {rec[1]}, live status {status}")
                sys.stdout.write(lib.unified_diff(rec[0], out))
            else:
                unchanged += 1
        else:
            if rec == (out, status):
                unchanged += 1
                continue
            out_p, st_p = lib.expected_paths(n)
            out_p.parent.mkdir(parents=True, exist_ok=True)
            out_p.write_bytes(out)
            st_p.write_text(f"{status}\n")
            written += 1
            lines = out.count(b"\n")
            print(f"{'UPDATED' if rec else 'NEW':8} {n}: status {status}, {lines} lines")

    if args.check:
        stale = sorted({p.stem for p in lib.EXPECTED.glob("*.stdout")} - set(all_names)) if not args.names else []
        for s in stale:
            problems += 1
            print(f"STALE    expected/{s}.stdout has no program")
        print(f"checked {len(names)} programs: {unchanged} match, {problems} problem(s)")
    else:
        print(f"refreshed {len(names)} programs: {written} written, {unchanged} unchanged, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
