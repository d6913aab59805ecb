"""`kava build DIR`: compile a MIDlet project against Kava's API archive and package it
as a suite, a JAR (classes, resources, manifest) and its JAD.

Project layout:

    DIR/suite.jad      the suite's attributes, JAD syntax ("Name: value" lines):
                       MIDlet-Name, MIDlet-Version, MIDlet-Vendor, MIDlet-1 (name, icon, class), ...
    DIR/src/           Java sources (packages as folders)
    DIR/res/           resources (images, data), stored at the JAR's root (optional)

Output: DIR/build/<MIDlet-Name>.jar and .jad; the JAD adds MIDlet-Jar-URL and the
right MIDlet-Jar-Size. The same project always gives the same bytes."""

import os
import shutil
import subprocess
import tempfile

from kvm_core.build_classlib import files_under, read_file, write_zip
from kvm_core.vm import runtime_archive

REQUIRED = ('MIDlet-Name', 'MIDlet-Version', 'MIDlet-Vendor', 'MIDlet-1')
DEFAULTS = {'MicroEdition-Profile': 'MIDP-2.0', 'MicroEdition-Configuration': 'CLDC-1.1'}


class BuildError(Exception):
    """Why a project cannot be built, in one sentence (javac's output appended)."""


def read_attributes(path):
    attrs = {}
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            name, sep, value = line.partition(':')
            if not sep or not name.strip() or ' ' in name.strip():
                raise BuildError('%s:%d is not "Name: value"' % (path, number))
            attrs[name.strip()] = value.strip()
    missing = [name for name in REQUIRED if name not in attrs]
    if missing:
        raise BuildError('%s lacks %s' % (path, ', '.join(missing)))
    return attrs


def compile_sources(src, classes):
    javac = shutil.which('javac')
    if javac is None:
        raise BuildError('javac not found: install a JDK (17 or newer) to build apps')
    sources = [os.path.join(src, rel) for rel in files_under(src) if rel.endswith('.java')]
    if not sources:
        raise BuildError('no Java sources under %s' % src)
    result = subprocess.run([javac, '-source', '8', '-target', '8', '-Xlint:-options', '-g',
                             '-encoding', 'UTF-8', '-bootclasspath', runtime_archive(),
                             '-sourcepath', src, '-d', classes] + sources,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError('javac failed:\n' + result.stdout + result.stderr)


def manifest_text(attrs):
    lines = ['Manifest-Version: 1.0']
    lines += ['%s: %s' % item for item in attrs.items()]
    return '\n'.join(lines) + '\n'


def write_jar(path, attrs, classes, res):
    """The suite JAR: manifest first, then classes and resources, sorted, fixed times."""
    entries = [(rel, os.path.join(classes, rel)) for rel in files_under(classes)]
    if os.path.isdir(res):
        entries += [(rel, os.path.join(res, rel)) for rel in files_under(res)]
    names = [rel for rel, _ in entries]
    clash = {n for n in names if names.count(n) > 1}
    if clash:
        raise BuildError('a resource has the name of a class file: %s' % ', '.join(sorted(clash)))
    write_zip(path, [('META-INF/MANIFEST.MF', manifest_text(attrs).encode('utf-8'))]
              + [(rel, read_file(full)) for rel, full in sorted(entries)])


def build(project, out_dir=None):
    """Build the project; returns (jar path, jad path)."""
    project = os.path.abspath(project)
    descriptor = os.path.join(project, 'suite.jad')
    if not os.path.isfile(descriptor):
        raise BuildError('%s has no suite.jad (see `kava build --help` for the layout)' % project)
    attrs = dict(DEFAULTS, **read_attributes(descriptor))
    out_dir = out_dir or os.path.join(project, 'build')
    os.makedirs(out_dir, exist_ok=True)
    base = attrs['MIDlet-Name'].replace(' ', '')
    jar = os.path.join(out_dir, base + '.jar')
    with tempfile.TemporaryDirectory(prefix='kava-build-') as classes:
        compile_sources(os.path.join(project, 'src'), classes)
        write_jar(jar, attrs, classes, os.path.join(project, 'res'))
    jad = os.path.join(out_dir, base + '.jad')
    with open(jad, 'w', encoding='utf-8') as f:
        for item in attrs.items():
            f.write('%s: %s\n' % item)
        f.write('MIDlet-Jar-URL: %s\n' % os.path.basename(jar))
        f.write('MIDlet-Jar-Size: %d\n' % os.path.getsize(jar))
    return jar, jad
