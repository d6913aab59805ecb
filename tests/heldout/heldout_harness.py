"""Compile, package by hand and run the held-out MIDlet (no Kava build tooling)."""
from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
KAVA = REPO / ".venv" / "bin" / "kava"
SUITE = "HeldoutCard"
FIXED_TIME = (2010, 1, 1, 0, 0, 0)


class ToolMissing(RuntimeError):
    pass


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise ToolMissing(f"'{tool}' is not on PATH: install a JDK (javac) to run the held-out MIDlet test")
    return path


def api_jar() -> str:
    if not KAVA.exists():
        raise ToolMissing(f"{KAVA} does not exist: run `make setup` first")
    out = subprocess.run([str(KAVA), "api-jar"], capture_output=True, text=True, check=True)
    jar = out.stdout.strip()
    if not jar or not Path(jar).is_file():
        raise ToolMissing(f"`kava api-jar` gave no usable archive: {out.stdout!r} {out.stderr!r}")
    return jar


def compile_sources(work: Path) -> Path:
    javac = need("javac")
    classes = work / "classes"
    if classes.exists():
        shutil.rmtree(classes)
    classes.mkdir(parents=True)
    sources = sorted(str(p) for p in (HERE / "src").rglob("*.java"))
    cmd = [javac, "-source", "8", "-target", "8", "-bootclasspath", api_jar(),
           "-encoding", "UTF-8", "-nowarn", "-d", str(classes)] + sources
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        raise AssertionError(f"javac failed:\n{res.stdout}\n{res.stderr}")
    return classes


def package(classes: Path, work: Path) -> tuple[Path, Path]:
    """Build the JAR with zipfile (manifest first) and the JAD with the real JAR size."""
    jar = work / f"{SUITE}.jar"
    manifest = (HERE / "MANIFEST.MF").read_bytes()
    with zipfile.ZipFile(jar, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("META-INF/", FIXED_TIME), b"")
        info = zipfile.ZipInfo("META-INF/MANIFEST.MF", FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, manifest)
        for f in sorted(classes.rglob("*.class")):
            info = zipfile.ZipInfo(f.relative_to(classes).as_posix(), FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, f.read_bytes())
    size = os.path.getsize(jar)
    jad_text = (HERE / f"{SUITE}.jad.template").read_text().replace("@JAR_SIZE@", str(size))
    jad = work / f"{SUITE}.jad"
    jad.write_text(jad_text)
    return jar, jad


def run(jad: Path, out_dir: Path, work: Path) -> subprocess.CompletedProcess:
    out_dir.mkdir(parents=True, exist_ok=True)
    script = work / f"{out_dir.name}.script"
    script.write_text((HERE / "heldout.script.template").read_text().replace("@OUT@", str(out_dir)))
    env = dict(os.environ)
    env["SDL_VIDEODRIVER"] = "dummy"
    env.pop("DISPLAY", None)
    return subprocess.run([str(KAVA), "run", "--headless", "--script", str(script), str(jad)],
                          capture_output=True, text=True, timeout=600, env=env, cwd=str(work))


def build_and_run(work: Path, runs: int = 1):
    classes = compile_sources(work)
    jar, jad = package(classes, work)
    results = []
    for i in range(runs):
        results.append(run(jad, work / f"run{i + 1}", work))
    return jar, jad, results


if __name__ == "__main__":
    import sys
    w = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/heldout-work")
    w.mkdir(parents=True, exist_ok=True)
    _, _, rs = build_and_run(w, runs=int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    for r in rs:
        print("rc", r.returncode)
        print(r.stdout)
        print(r.stderr, file=sys.stderr)
