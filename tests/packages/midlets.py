"""Test helpers: compile MIDlet sources against Kava's API archive into a suite JAR
(+ JAD), run it headless under a script with `kava run`, and read its screenshots."""

import os
import shutil
import subprocess
import sys

from kvm_core.build_classlib import files_under, read_file, write_zip
from kvm_core.vm import runtime_archive


def javac():
    path = shutil.which('javac')
    if path is None:
        raise RuntimeError('javac not found: install a JDK (17 or newer) to run these tests')
    return path


def build_suite(folder, sources, midlets, resources=None, attributes=None, jad=True):
    """Compile sources ({'pkg/Name.java': text}) into folder/app.jar with a manifest
    naming midlets ([(name, class)]); resources {'path': bytes} go in the JAR too.
    Returns the JAD's path if jad, else the JAR's."""
    src = os.path.join(folder, 'src')
    classes = os.path.join(folder, 'classes')
    for rel, text in sources.items():
        path = os.path.join(src, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
    os.makedirs(classes, exist_ok=True)
    files = [os.path.join(src, rel) for rel in sources]
    result = subprocess.run([javac(), '-source', '8', '-target', '8', '-nowarn', '-Xlint:-options',
                             '-bootclasspath', runtime_archive(), '-d', classes] + files,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError('javac failed:\n' + result.stderr)
    attrs = {'MIDlet-Name': 'Test Suite', 'MIDlet-Version': '1.0', 'MIDlet-Vendor': 'Kava Tests',
             'MicroEdition-Profile': 'MIDP-2.0', 'MicroEdition-Configuration': 'CLDC-1.1'}
    for i, (name, cls) in enumerate(midlets, 1):
        attrs['MIDlet-%d' % i] = '%s, , %s' % (name, cls)
    attrs.update(attributes or {})
    manifest = 'Manifest-Version: 1.0\n' + ''.join('%s: %s\n' % kv for kv in attrs.items())
    jar = os.path.join(folder, 'app.jar')
    write_zip(jar, [('META-INF/MANIFEST.MF', manifest.encode('utf-8'))]
              + [(rel, read_file(os.path.join(classes, rel))) for rel in files_under(classes)]
              + [(rel, data) for rel, data in (resources or {}).items()])
    if not jad:
        return jar
    path = os.path.join(folder, 'app.jad')
    with open(path, 'w', encoding='utf-8') as f:
        for kv in attrs.items():
            f.write('%s: %s\n' % kv)
        f.write('MIDlet-Jar-URL: app.jar\nMIDlet-Jar-Size: %d\n' % os.path.getsize(jar))
    return path


def run_suite(suite, script, folder, *options):
    """Run the suite headless with the script text; returns the CompletedProcess."""
    script_path = os.path.join(folder, 'run.script')
    with open(script_path, 'w', encoding='utf-8') as f:
        f.write(script)
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    return subprocess.run([sys.executable, '-m', 'kava', 'run', '--headless', '--script', script_path]
                          + list(options) + [suite],
                          capture_output=True, text=True, cwd=folder, env=env, timeout=300)


def screenshot_pixels(path):
    """(width, height, [0xRRGGBB per pixel]) of a screenshot PNG."""
    from packages.graphics import png
    with open(path, 'rb') as f:
        width, height, pixels, _ = png.decode(f.read())
    return width, height, [p & 0xFFFFFF for p in pixels]
