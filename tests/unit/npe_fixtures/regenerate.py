#!/usr/bin/env python3
"""Re-record expected.json: the helpful NullPointerException messages of the
real JVM (OpenJDK 17) for every scenario in src/.

For each javac variant (release 8 / 17, with and without -g) the sources are
compiled (plus, in the "handmade" variant, the hand-assembled classes of
handmade.py are written), npe.Driver runs every scenario method on ``java -Xint
-Xlog:exceptions=info``, and the log tells the method and bytecode index at
which each NullPointerException was first thrown.  Each record of
expected.json is one scenario in one variant:

    {"variant", "case", "class", "method", "descriptor", "bci", "opcode", "message"}

``class``/``method``/``descriptor``/``bci`` name the throwing instruction
(which may be in a helper, a lambda body or a constructor), ``opcode`` is its
mnemonic (a check that the test's javac produced the same code), and
``message`` is ``getMessage()`` (None when the JVM gives null).  Scenarios
whose NPE is thrown explicitly by library code (javac 9+ compiles the null
checks of ``outer.new Inner()`` and ``expr::method`` to
``Objects.requireNonNull``, whatever --release) go to the "explicit" list
instead: the VM never asks for a helpful message there.

Usage: python3 regenerate.py   (needs javac and java of JDK 17 on PATH, and
the repository's kvm_core for handmade.py)
"""

import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
EXPECTED = os.path.join(HERE, "expected.json")
sys.path[:0] = [HERE, os.path.dirname(os.path.dirname(os.path.dirname(HERE)))]

import handmade  # noqa: E402  (needs the repository root on sys.path)

# Per variant: javac options, and whether the scenarios are the hand-assembled
# classes (handmade.py) rather than the Java sources.  The test reads these
# back from expected.json.
VARIANTS = {
    "jdk17": {"javac": [], "handmade": False},
    "jdk17-g": {"javac": ["-g"], "handmade": False},
    "release8": {"javac": ["--release", "8"], "handmade": False},
    "release8-g": {"javac": ["--release", "8", "-g"], "handmade": False},
    "handmade": {"javac": [], "handmade": True},
}
SCENARIO_CLASSES = ["npe.Cases", "NpeDefault"]

_THROWN = re.compile(
    r"Exception <a '([^']+)'\{(0x[0-9a-f]+)\}>\s*\n\s*thrown in interpreter method "
    r"<\{method\} \{0x[0-9a-f]+\} '([^']+)' '([^']+)' in '([^']+)'>\s*\n\s*at bci (\d+)")


def java_sources():
    out = []
    for root, _dirs, files in os.walk(SRC):
        out.extend(os.path.join(root, f) for f in files if f.endswith(".java"))
    return sorted(out)


def compile_variant(options, dest):
    cmd = ["javac", "-nowarn", "-encoding", "UTF-8", "-d", dest] + options + java_sources()
    subprocess.run(cmd, check=True, capture_output=True, text=True)


def opcode_at(class_dir, class_name, method, descriptor, bci, _cache={}):
    """The mnemonic at ``bci`` according to javap (independent of kvm_core)."""
    path = os.path.join(class_dir, class_name + ".class")
    if path not in _cache:
        _cache[path] = subprocess.run(["javap", "-c", "-p", "-s", path], check=True,
                                      capture_output=True, text=True).stdout.splitlines()
    lines = _cache[path]
    for i, line in enumerate(lines):
        if line.strip() == "descriptor: " + descriptor and _method_name_matches(lines[i - 1], method, class_name):
            for line2 in lines[i + 1:]:
                m = re.match(r"\s+(\d+): (\w+)", line2)
                if m and int(m.group(1)) == bci:
                    return m.group(2)
                if not line2.strip():
                    break
    raise RuntimeError(f"bci {bci} not found in {class_name}.{method}{descriptor}")


def _method_name_matches(header, method, class_name):
    header = header.strip()
    if method == "<init>":
        return (class_name.replace("/", ".") + "(") in header
    if method == "<clinit>":
        return header.startswith("static {}")
    return (" " + method + "(") in header


def run_variant(name, variant, explicit):
    with tempfile.TemporaryDirectory() as tmp:
        compile_variant(variant["javac"], tmp)
        if variant["handmade"]:
            handmade.write_classes(tmp)
        classes = handmade.CLASSES if variant["handmade"] else SCENARIO_CLASSES
        proc = subprocess.run(
            ["java", "-Xint", "-Xlog:exceptions=info", "-cp", tmp, "npe.Driver"] + classes,
            capture_output=True, text=True, check=True, cwd=tmp)
        records = []
        blocks = re.split(r"^@@CASE ", proc.stdout, flags=re.M)[1:]
        for block in blocks:
            header, _, rest = block.partition("\n")
            cls, case = header.split()
            outcome = re.search(r"^@@(MSG (.*)|NULL|NONE|OTHER .*)$", rest, re.M)
            if outcome is None or outcome.group(1).startswith(("NONE", "OTHER")):
                raise RuntimeError(f"{name}: scenario {cls}.{case} did not raise an NPE: "
                                   f"{outcome and outcome.group(1)}")
            message = outcome.group(2) if outcome.group(1).startswith("MSG") else None
            thrown = [m for m in _THROWN.finditer(rest)
                      if m.group(1) == "java/lang/NullPointerException"]
            if not thrown:
                raise RuntimeError(f"{name}: no exception log for {cls}.{case}")
            first = thrown[0]
            if any(m.group(2) != first.group(2) for m in thrown):
                raise RuntimeError(f"{name}: more than one NPE in {cls}.{case}")
            method, descriptor, owner, bci = first.group(3), first.group(4), first.group(5), int(first.group(6))
            if not os.path.exists(os.path.join(tmp, owner + ".class")):
                # Thrown explicitly by library code (javac 9+ null checks call
                # Objects.requireNonNull): not an implicit NPE of our code.
                explicit.append({"variant": name, "case": f"{cls}.{case}", "thrown_in": f"{owner}.{method}",
                                 "message": message})
                continue
            records.append({
                "variant": name,
                "case": f"{cls}.{case}",
                "class": owner,
                "method": method,
                "descriptor": descriptor,
                "bci": bci,
                "opcode": opcode_at(tmp, owner, method, descriptor, bci),
                "message": message,
            })
        return records


def main():
    version = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    javac_version = subprocess.run(["javac", "-version"], capture_output=True, text=True).stdout.strip()
    records, explicit = [], []
    for name, variant in VARIANTS.items():
        records.extend(run_variant(name, variant, explicit))
    data = {
        "recorded_with": {"java": version, "javac": javac_version},
        "variants": VARIANTS,
        "cases": records,
        "explicit": explicit,
    }
    with open(EXPECTED, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(records)} records to {EXPECTED}", file=sys.stderr)


if __name__ == "__main__":
    main()
