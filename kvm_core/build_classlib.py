"""Build Kava's core class library (kvm_core/classes/**/*.java) into one archive.

The sources are compiled by javac against themselves only (``-bootclasspath`` names the empty
output directory, so no desktop-JDK class can leak in), at source/target 8, with full debug
information (line numbers for stack traces, parameter names for helpful NullPointerException
messages). The archive is a zip of ``.class`` entries in sorted order with fixed timestamps,
so the same sources always give the same bytes.

Usage: ``python -m kvm_core.build_classlib OUT.jar [--javac PATH]``.
This module imports nothing from the project; setup.py calls ``build()``.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

CLASSES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "classes")

# DOS timestamps cannot go below 1980; every entry gets this one.
FIXED_TIMESTAMP = (1980, 1, 1, 0, 0, 0)

JAVAC_NOT_FOUND = "javac not found: install a JDK (17 or newer) to build Kava's class library"


def find_javac(javac="javac"):
    """The path of the javac executable, or SystemExit with a one-sentence explanation."""
    path = shutil.which(javac)
    if path is None:
        raise SystemExit(JAVAC_NOT_FOUND)
    return path


def files_under(top):
    """Relative paths ('/'-separated) of the files under top, sorted."""
    found = []
    for root, dirs, names in os.walk(top):
        for name in names:
            found.append(os.path.relpath(os.path.join(root, name), top).replace(os.sep, "/"))
    return sorted(found)


def list_sources(source_dirs=(CLASSES_DIR,)):
    """All .java files under the source directories, sorted, as absolute paths."""
    return sorted(os.path.join(top, rel) for top in source_dirs
                  for rel in files_under(top) if rel.endswith(".java"))


def compile_sources(out_dir, javac="javac", source_dirs=(CLASSES_DIR,)):
    """Compile every source into out_dir; raise SystemExit with javac's output on failure.
    source_dirs: the core library first, then any package API roots (packages/*/java)."""
    javac_path = find_javac(javac)
    sources = list_sources(source_dirs)
    if not sources:
        raise SystemExit("no Java sources found under " + ", ".join(source_dirs))
    args = [
        "-source", "8",
        "-target", "8",
        "-bootclasspath", out_dir,
        "-sourcepath", os.pathsep.join(source_dirs),
        "-d", out_dir,
        "-encoding", "UTF-8",
        "-g",
        "-nowarn",
        "-Xlint:-options",
        "-implicit:class",
    ]
    # An argument file keeps the command line short whatever the number of sources.
    argfile = os.path.join(out_dir, "..", "javac-args.txt")
    with open(argfile, "w", encoding="utf-8") as f:
        for arg in args + sources:
            f.write('"%s"\n' % arg.replace("\\", "\\\\"))
    result = subprocess.run(
        [javac_path, "@" + argfile],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        universal_newlines=True,
    )
    if result.returncode != 0:
        raise SystemExit("javac failed to compile Kava's class library:\n" + result.stdout)


def write_zip(out_path, entries):
    """Write (name, bytes) entries, in the order given, deflated with fixed metadata, so
    the same entries always give the same archive; the file is replaced atomically."""
    parent = os.path.dirname(os.path.abspath(out_path))
    os.makedirs(parent, exist_ok=True)
    tmp_path = out_path + ".tmp"
    with zipfile.ZipFile(tmp_path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, data)
    os.replace(tmp_path, out_path)


def read_file(path):
    with open(path, "rb") as f:
        return f.read()


def write_archive(classes_out, out_jar_path):
    """Zip every .class file under classes_out, sorted; returns how many."""
    names = [rel for rel in files_under(classes_out) if rel.endswith(".class")]
    write_zip(out_jar_path, [(rel, read_file(os.path.join(classes_out, rel))) for rel in names])
    return len(names)


def build(out_jar_path, javac="javac", extra_source_dirs=()):
    """Compile the class library (plus extra_source_dirs) and write it to out_jar_path;
    returns the number of classes."""
    find_javac(javac)
    with tempfile.TemporaryDirectory(prefix="kava-classlib-") as tmp:
        classes_out = os.path.join(tmp, "classes")
        os.makedirs(classes_out)
        compile_sources(classes_out, javac, (CLASSES_DIR,) + tuple(extra_source_dirs))
        return write_archive(classes_out, out_jar_path)


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m kvm_core.build_classlib",
        description="Compile Kava's core class library into one archive.",
    )
    parser.add_argument("out_jar", help="path of the archive to write")
    parser.add_argument("--javac", default="javac", help="javac executable (default: javac)")
    parser.add_argument("--also", action="append", default=[], metavar="DIR",
                        help="another source root to compile with the library (repeatable)")
    options = parser.parse_args(argv)
    count = build(options.out_jar, options.javac, options.also)
    print("wrote %d classes to %s" % (count, options.out_jar))
    return 0


if __name__ == "__main__":
    sys.exit(main())
