#!/usr/bin/env python3
"""Run the benchmark suite on Kava, `java -Xint` and `java`, and compare them.

    python benchmarks/run.py [--runs N] [--json FILE] [--only Name,Name]
                             [--kava PATH] [--timeout SECONDS]

Prints one row per benchmark (median kernel ms per VM, the ratios, checksum
agreement), a geometric-mean row, and a start-up table (hello-world wall time
and peak RSS, Kava vs `java`). Exits 1 if a checksum disagrees or a run
failed, else 0. benchmarks/README.md explains the columns.
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime
import json
import math
import os
import platform
import re
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUITE = sorted(path.stem for path in HERE.glob("*.java"))
HELLO_SOURCE = HERE / "startup" / "Hello.java"
HELLO_OUTPUT = "Hello, world\n"
JAVA = os.environ.get("JAVA", "java")
JAVAC = os.environ.get("JAVAC", "javac")
DEFAULT_KAVA = os.environ.get("KAVA") or shlex.quote(str(HERE.parent / ".venv" / "bin" / "kava"))

ROW = "{:<14}{:>9}{:>9}{:>9}{:>11}{:>10}  {}"
STARTUP_ROW = "{:<14}{:>9}{:>14}  {}"


@dataclasses.dataclass
class Sample:
    """One run of one program on one VM."""

    wall_ms: float  # wall clock around the whole process
    rss_kib: int  # peak resident set size of the process
    ms: int | None = None  # kernel time the program reported on stderr
    checksum: str | None = None  # checksum the program printed on stdout
    error: str | None = None  # why the run failed; None if it did not


# ---------------------------------------------------------------- running


def run_process(argv: list[str], timeout: float) -> tuple[Sample, str, str]:
    """Run argv to completion; return its Sample and its stdout and stderr text."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as exc:
            return Sample(wall_ms=0.0, rss_kib=0, error=f"cannot start: {exc}"), "", ""
        timed_out = threading.Event()
        timer = threading.Timer(timeout, _kill, (proc.pid, timed_out))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)  # its own rusage, unlike getrusage()
        finally:
            timer.cancel()
        wall_ms = (time.perf_counter() - start) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        stdout, stderr = (_read_text(f) for f in (out, err))
    sample = Sample(wall_ms=wall_ms, rss_kib=usage.ru_maxrss)
    if timed_out.is_set():
        sample.error = f"timed out after {timeout:g} s"
    elif proc.returncode != 0:
        sample.error = f"{_describe_exit(proc.returncode)}: {_first_line(stderr)}"
    return sample, stdout, stderr


def _kill(pid: int, timed_out: threading.Event) -> None:
    timed_out.set()
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _read_text(file) -> str:
    file.seek(0)
    return file.read().decode("utf-8", errors="replace")


def _describe_exit(code: int) -> str:
    return f"killed by signal {-code}" if code < 0 else f"exit {code}"


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "(no stderr)")


def run_benchmark(command: list[str], name: str, timeout: float) -> Sample:
    """Run one benchmark and parse its `NAME checksum=` and `NAME ms=` lines."""
    sample, stdout, stderr = run_process([*command, name], timeout)
    if sample.error is None:
        sample.checksum = _reported(stdout, name, "checksum")
        ms = _reported(stderr, name, "ms")
        sample.ms = None if ms is None else int(ms)
        if sample.checksum is None:
            sample.error = f"no '{name} checksum=' line on stdout"
        elif sample.ms is None:
            sample.error = f"no '{name} ms=' line on stderr"
    return sample


def _reported(text: str, name: str, key: str) -> str | None:
    match = re.search(rf"^{re.escape(name)} {key}=(-?\d+)$", text, re.MULTILINE)
    return match.group(1) if match else None


def run_hello(command: list[str], timeout: float) -> Sample:
    """Run the start-up probe and check that it printed its one line."""
    sample, stdout, _ = run_process([*command, "Hello"], timeout)
    if sample.error is None and stdout != HELLO_OUTPUT:
        sample.error = f"printed {stdout!r}, expected {HELLO_OUTPUT!r}"
    return sample


def interleave(commands: dict[str, list[str]], runs: int, measure) -> dict[str, list[Sample]]:
    """Run measure(command) `runs` rounds, every VM once per round, so that
    machine noise is shared. A VM is not run again after it failed."""
    samples: dict[str, list[Sample]] = {vm: [] for vm in commands}
    for _ in range(runs):
        for vm, command in commands.items():
            if not _failure(samples[vm]):
                samples[vm].append(measure(command))
    return samples


def _failure(samples: list[Sample]) -> str | None:
    return next((s.error for s in samples if s.error), None)


# ---------------------------------------------------------------- summarizing


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def _geomean(values: list[float]) -> float | None:
    return math.exp(statistics.fmean(map(math.log, values))) if values else None


def _medians(samples: dict[str, list[Sample]], field: str) -> dict[str, float | None]:
    """Median of one Sample field per VM; None for a VM that failed."""
    return {
        vm: None if _failure(runs) else _median([getattr(s, field) for s in runs])
        for vm, runs in samples.items()
    }


def _raw(samples: dict[str, list[Sample]]) -> dict[str, list[dict]]:
    return {vm: [dataclasses.asdict(s) for s in runs] for vm, runs in samples.items()}


def summarize_benchmark(name: str, samples: dict[str, list[Sample]]) -> dict:
    medians = _medians(samples, "ms")
    verdict = _verdict(samples)
    return {
        "name": name,
        "median_ms": medians,
        "median_rss_kib": _medians(samples, "rss_kib"),
        "ratios": {
            "kava/xint": _ratio(medians["kava"], medians["xint"]),
            "kava/jit": _ratio(medians["kava"], medians["jit"]),
        },
        "verdict": verdict,
        "ok": verdict == "ok",
        "runs": _raw(samples),
    }


def _verdict(samples: dict[str, list[Sample]]) -> str:
    """'ok', 'FAILED on VM: why' or 'MISMATCH kava=... jdk=...'."""
    for vm, runs in samples.items():
        if error := _failure(runs):
            return f"FAILED on {vm}: {error}"
    kava = _distinct(samples["kava"])
    jdk = _distinct(samples["xint"] + samples["jit"])
    if len(set(kava) | set(jdk)) == 1:
        return "ok"
    return f"MISMATCH kava={'/'.join(kava)} jdk={'/'.join(jdk)}"


def _distinct(samples: list[Sample]) -> list[str]:
    return sorted({s.checksum for s in samples})


def ratio_geomeans(results: list[dict]) -> dict:
    """Geometric mean of each ratio over the benchmarks that have one."""
    return {
        key: _geomean([r["ratios"][key] for r in results if r["ratios"][key] is not None])
        for key in ("kava/xint", "kava/jit")
    }


def summarize_startup(samples: dict[str, list[Sample]]) -> dict:
    wall, rss = _medians(samples, "wall_ms"), _medians(samples, "rss_kib")
    errors = {vm: _failure(runs) for vm, runs in samples.items()}
    return {
        "median_wall_ms": wall,
        "median_rss_kib": rss,
        "ratios": {
            "wall": _ratio(wall["kava"], wall["java"]),
            "rss": _ratio(rss["kava"], rss["java"]),
        },
        "errors": errors,
        "ok": not any(errors.values()),
        "runs": _raw(samples),
    }


# ---------------------------------------------------------------- printing


def _fmt(value: float | None, spec: str, missing: str = "-") -> str:
    return missing if value is None else format(value, spec)


def _line(template: str, *cells: str) -> str:
    return template.format(*cells).rstrip()


def benchmark_row(result: dict) -> str:
    ms, ratios = result["median_ms"], result["ratios"]
    return _line(
        ROW,
        result["name"],
        *(_fmt(ms[vm], ".0f", "FAILED") for vm in ("kava", "xint", "jit")),
        _fmt(ratios["kava/xint"], ".2f"),
        _fmt(ratios["kava/jit"], ".2f"),
        result["verdict"],
    )


def geomean_row(results: list[dict], geomeans: dict) -> str:
    ratios = (_fmt(geomeans[key], ".2f") for key in ("kava/xint", "kava/jit"))
    passed = sum(r["ok"] for r in results)
    return _line(ROW, "geomean", "", "", "", *ratios, f"{passed}/{len(results)} ok")


def print_startup(summary: dict, runs: int) -> None:
    print(f"\nstart-up: Hello, median of {runs} runs")
    print(_line(STARTUP_ROW, "vm", "wall_ms", "peak_rss_MiB", ""))
    for vm, error in summary["errors"].items():
        rss_kib = summary["median_rss_kib"][vm]
        print(
            _line(
                STARTUP_ROW,
                vm,
                _fmt(summary["median_wall_ms"][vm], ".0f", "FAILED"),
                _fmt(None if rss_kib is None else rss_kib / 1024, ".1f", "FAILED"),
                f"FAILED: {error}" if error else "",
            )
        )
    ratios = summary["ratios"]
    wall, rss = _fmt(ratios["wall"], ".2f"), _fmt(ratios["rss"], ".2f")
    print(_line(STARTUP_ROW, "kava/java", wall, rss, ""))


# ---------------------------------------------------------------- setup


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--runs", type=_positive(int), default=3, metavar="N", help="runs per VM and program (default 3)"
    )
    parser.add_argument(
        "--json", metavar="FILE", help="also write everything, raw runs included, as JSON"
    )
    parser.add_argument(
        "--only", type=_names, default=SUITE, metavar="Name,Name", help="run only these benchmarks"
    )
    parser.add_argument(
        "--kava",
        default=DEFAULT_KAVA,
        metavar="PATH",
        help="Kava launcher, `run -cp DIR Name` is appended (default: $KAVA or .venv/bin/kava)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=600.0,
        metavar="SECONDS",
        help="seconds after which a run is killed and counted as failed (default 600)",
    )
    return parser.parse_args(argv)


def _positive(kind):
    def convert(text: str):
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive: {text}")
        return value

    return convert


def _names(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in SUITE]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(SUITE)}"
        )
    return names


def compile_suite(classes: str) -> None:
    sources = [str(HERE / f"{name}.java") for name in SUITE] + [str(HELLO_SOURCE)]
    if subprocess.run([JAVAC, "--release", "8", "-d", classes, *sources]).returncode != 0:
        sys.exit("run.py: javac failed")


def machine_info() -> dict:
    java = subprocess.run([JAVA, "-version"], capture_output=True, text=True)
    return {
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "java": java.stderr.strip(),
    }


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            models = (line.split(":", 1)[1] for line in cpuinfo if line.startswith("model name"))
            return next(models).strip()
    except (OSError, StopIteration):
        return platform.processor()


def run_suite(commands: dict[str, list[str]], args: argparse.Namespace) -> list[dict]:
    """Run the chosen benchmarks, printing each row as soon as it is known."""
    print(_line(ROW, "name", "kava_ms", "xint_ms", "jit_ms", "kava/xint", "kava/jit", "checksum"))
    results = []
    for name in args.only:
        samples = interleave(
            commands, args.runs, lambda command: run_benchmark(command, name, args.timeout)
        )
        results.append(summarize_benchmark(name, samples))
        print(benchmark_row(results[-1]), flush=True)
    return results


def run_startup(commands: dict[str, list[str]], args: argparse.Namespace) -> dict:
    """Time the hello-world on Kava and on `java`."""
    startup_commands = {"kava": commands["kava"], "java": commands["jit"]}
    samples = interleave(
        startup_commands, args.runs, lambda command: run_hello(command, args.timeout)
    )
    return summarize_startup(samples)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    kava = shlex.split(args.kava)
    report = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine_info(),
        "kava": kava,
        "runs": args.runs,
        "timeout_s": args.timeout,
    }
    with tempfile.TemporaryDirectory(prefix="kava-bench-") as classes:
        compile_suite(classes)
        commands = {
            "kava": [*kava, "run", "-cp", classes],
            "xint": [JAVA, "-Xint", "-cp", classes],
            "jit": [JAVA, "-cp", classes],
        }
        results = run_suite(commands, args)
        geomeans = ratio_geomeans(results)
        print(geomean_row(results, geomeans))
        startup = run_startup(commands, args)
        print_startup(startup, args.runs)
    ok = all(r["ok"] for r in results) and startup["ok"]
    report.update(benchmarks=results, geomean=geomeans, startup=startup, ok=ok)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
