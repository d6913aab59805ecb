"""Kava's start-up caches: the verification cache (a verdict is reused only when
every hierarchy question behind it gets the same answer again; a damaged entry is
ignored), the compiled-code cache, and the boot image's lazily read parts."""

import glob
import marshal
import os
import shutil
import subprocess
import zipfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KAVA = os.environ.get('KAVA', os.path.join(ROOT, '.venv', 'bin', 'kava'))

SOURCES = {
    'Base.java': 'public class Base {}\n',
    'Sub.java': 'public class Sub extends Base {}\n',
    'Main.java': 'public class Main {\n'
                 '    static void take(Base b) { System.out.println("took " + (b != null)); }\n'
                 '    public static void main(String[] args) { take(new Sub()); }\n'
                 '}\n',
}


def javac(out, sources):
    src = out + '-src'
    os.makedirs(src, exist_ok=True)
    for name, text in sources.items():
        with open(os.path.join(src, name), 'w') as fh:
            fh.write(text)
    subprocess.run(['javac', '--release', '8', '-d', out] + [os.path.join(src, n) for n in sources],
                   check=True)


@pytest.fixture(scope='module')
def programs(tmp_path_factory):
    """`good`: Sub extends Base. `bad`: the same Main.class and Base.class, but a Sub
    that does not extend Base, so Main's call take(new Sub()) fails verification."""
    if shutil.which('javac') is None:
        pytest.fail('javac not found: install a JDK (17 or newer) to run these tests')
    if not os.path.exists(KAVA):
        pytest.fail('%s not found: run `make setup` first' % KAVA)
    root = tmp_path_factory.mktemp('caches')
    good, bad = str(root / 'good'), str(root / 'bad')
    javac(good, SOURCES)
    javac(bad, {'Sub.java': 'public class Sub {}\n'})
    for name in ('Main.class', 'Base.class'):
        shutil.copy(os.path.join(good, name), os.path.join(bad, name))
    return good, bad


def run(classpath, cache, **env_extra):
    env = dict(os.environ, KAVA_CACHE_DIR=str(cache))
    env.pop('KAVA_NO_CACHE', None)
    env.update(env_extra)
    proc = subprocess.run([KAVA, 'run', '-cp', classpath, 'Main'], capture_output=True,
                          text=True, timeout=60, env=env)
    return proc.returncode, proc.stdout, proc.stderr


def entries(cache):
    return sorted(glob.glob(os.path.join(str(cache), 'verified', '*')))


def test_verdict_is_cached_and_reused(programs, tmp_path):
    good, _ = programs
    assert run(good, tmp_path) == (0, 'took true\n', '')
    stored = entries(tmp_path)
    assert len(stored) == 3         # Main, Base and Sub, each verified
    contents = [open(p, 'rb').read() for p in stored]
    assert run(good, tmp_path) == (0, 'took true\n', '')
    assert entries(tmp_path) == stored and [open(p, 'rb').read() for p in stored] == contents


def test_cached_verdict_is_not_trusted_when_the_hierarchy_changed(programs, tmp_path):
    """Main.class is the same file in both class paths; only its superclass facts differ."""
    good, bad = programs
    assert run(good, tmp_path)[0] == 0
    status, out, err = run(bad, tmp_path)
    assert status == 1 and out == ''
    assert 'java.lang.VerifyError' in err and 'Main' in err
    assert (status, out, err) == run(bad, tmp_path, KAVA_NO_CACHE='1')


def test_damaged_entries_are_ignored_and_replaced(programs, tmp_path):
    good, _ = programs
    assert run(good, tmp_path)[0] == 0
    stored = entries(tmp_path)
    originals = [open(p, 'rb').read() for p in stored]
    damage = [b'', b'garbage', originals[0][:-3], originals[1][:40] + bytes([originals[1][40] ^ 1]) +
              originals[1][41:], originals[2][:4] + bytes(32) + originals[2][36:]]
    for path, data in zip(stored * 2, damage):
        with open(path, 'wb') as fh:
            fh.write(data)
        assert run(good, tmp_path) == (0, 'took true\n', '')
    assert [open(p, 'rb').read() for p in stored] == originals


def test_a_damaged_entry_cannot_vouch_for_a_failing_class(programs, tmp_path):
    """An entry with no questions at all would accept Main in `bad`; with a wrong
    checksum it is ignored and the verifier runs."""
    _, bad = programs
    from kvm_core import verification
    with open(os.path.join(bad, 'Main.class'), 'rb') as fh:
        data = fh.read()
    key = verification._sha256(verification.verifier_identity() + b'\0' + data).hexdigest()
    payload = marshal.dumps(('Main', ()))
    os.makedirs(tmp_path / 'verified')
    with open(tmp_path / 'verified' / key, 'wb') as fh:
        fh.write(verification.MAGIC + bytes(32) + payload)
    status, _, err = run(bad, tmp_path)
    assert status == 1 and 'java.lang.VerifyError' in err


def test_no_cache_writes_nothing(programs, tmp_path):
    good, _ = programs
    assert run(good, tmp_path, KAVA_NO_CACHE='1') == (0, 'took true\n', '')
    assert not os.path.exists(tmp_path / 'verified') and not os.path.exists(tmp_path / 'pycache')


def test_compiled_code_is_cached_when_python_may_not_write_it(programs, tmp_path):
    good, _ = programs
    assert run(good, tmp_path, PYTHONDONTWRITEBYTECODE='1')[0] == 0
    cached = glob.glob(os.path.join(str(tmp_path), 'pycache', '**', 'kvm_core', 'vm.*.pyc'),
                       recursive=True)
    assert len(cached) == 1
    assert run(good, tmp_path, PYTHONDONTWRITEBYTECODE='1') == (0, 'took true\n', '')


def test_boot_image_cold_parts_match_the_archive():
    """Image classes read their local-variable tables and stack maps on first use;
    they are those of the class file in the runtime archive."""
    from kvm_core.boot_image import ImageCode, load_image
    from kvm_core.classfile import parse_class
    from kvm_core.vm import runtime_archive
    jar = runtime_archive()
    image = load_image(jar[:-len('.jar')] + '.image', jar)
    cf = image.get('java/lang/String')
    assert cf is not None, 'the boot image is missing or stale: rebuild with setup.py build_ext'
    with zipfile.ZipFile(jar) as archive:
        parsed = parse_class(archive.read('java/lang/String.class'), 'java/lang/String')
    codes = [m.code for m in cf.methods if m.code is not None]
    assert codes and all(type(c) is ImageCode and c.thaw is not None for c in codes)
    assert cf == parsed
    assert all(c.thaw is None for c in codes)
    assert any(c.local_variables for c in codes) and any(c.stack_map_table for c in codes)
