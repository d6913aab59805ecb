"""Suites (JAD + JAR), scripts, device profiles and the SDK's `kava build` / `kava api-jar`."""

import os
import subprocess
import sys
import zipfile

import pytest

from packages.app.devices import PROFILES, device, widen
from packages.app.script import ScriptError, parse_script
from packages.app.suite import Suite, SuiteError, parse_jad
from sdk.build import BuildError, build

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

HELLO = '''package demo;
import javax.microedition.midlet.MIDlet;
public class Hello extends MIDlet {
    protected void startApp() { System.out.println("started " + getAppProperty("Greeting")); notifyDestroyed(); }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) {}
}
'''


def kava(*args, cwd=None):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, '-m', 'kava'] + list(args), capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=300)


def make_project(folder, extra_attributes=''):
    os.makedirs(os.path.join(folder, 'src', 'demo'))
    os.makedirs(os.path.join(folder, 'res', 'data'))
    with open(os.path.join(folder, 'src', 'demo', 'Hello.java'), 'w') as f:
        f.write(HELLO)
    with open(os.path.join(folder, 'res', 'data', 'words.txt'), 'w') as f:
        f.write('kava\n')
    with open(os.path.join(folder, 'suite.jad'), 'w') as f:
        f.write('MIDlet-Name: Hello Suite\nMIDlet-Version: 1.0\nMIDlet-Vendor: Tests\n'
                'MIDlet-1: Hello, , demo.Hello\nGreeting: hi\n' + extra_attributes)
    return folder


# ---- kava build ------------------------------------------------------------------------

def test_build_writes_a_jar_and_a_jad_with_the_right_size(tmp_path):
    project = make_project(str(tmp_path / 'p'))
    jar, jad = build(project)
    assert jar.endswith('HelloSuite.jar') and jad.endswith('HelloSuite.jad')
    attrs = parse_jad(open(jad).read())
    assert attrs['MIDlet-Jar-Size'] == str(os.path.getsize(jar))
    assert attrs['MIDlet-Jar-URL'] == 'HelloSuite.jar'
    assert attrs['MicroEdition-Profile'] == 'MIDP-2.0'
    with zipfile.ZipFile(jar) as z:
        names = z.namelist()
        assert names[0] == 'META-INF/MANIFEST.MF'
        assert 'demo/Hello.class' in names and 'data/words.txt' in names
        manifest = z.read('META-INF/MANIFEST.MF').decode()
    assert 'MIDlet-1: Hello, , demo.Hello' in manifest


def test_build_is_reproducible(tmp_path):
    project = make_project(str(tmp_path / 'p'))
    jar, _ = build(project, str(tmp_path / 'one'))
    first = open(jar, 'rb').read()
    jar2, _ = build(project, str(tmp_path / 'two'))
    assert open(jar2, 'rb').read() == first


def test_built_suite_runs(tmp_path):
    project = make_project(str(tmp_path / 'p'))
    result = kava('build', project)
    assert result.returncode == 0, result.stderr
    run = kava('run', '--headless', os.path.join(project, 'build', 'HelloSuite.jad'))
    assert run.returncode == 0, run.stderr
    assert run.stdout == 'started hi\n'


def test_build_errors_are_one_clear_line(tmp_path):
    assert 'has no suite.jad' in str(pytest.raises(BuildError, build, str(tmp_path)).value)
    project = make_project(str(tmp_path / 'p'))
    with open(os.path.join(project, 'src', 'demo', 'Broken.java'), 'w') as f:
        f.write('package demo; class Broken { int x = ; }')
    result = kava('build', project)
    assert result.returncode == 1
    assert result.stderr.startswith('kava build: javac failed')
    assert 'Traceback' not in result.stderr


def test_build_requires_the_suite_attributes(tmp_path):
    project = make_project(str(tmp_path / 'p'))
    with open(os.path.join(project, 'suite.jad'), 'w') as f:
        f.write('MIDlet-Name: X\n')
    message = str(pytest.raises(BuildError, build, project).value)
    assert 'MIDlet-Version' in message and 'MIDlet-1' in message


def test_api_jar_compiles_an_app(tmp_path):
    result = kava('api-jar')
    path = result.stdout.strip()
    assert result.returncode == 0 and os.path.isfile(path)
    src = tmp_path / 'Hello.java'
    src.write_text(HELLO.replace('package demo;', ''))
    javac = subprocess.run(['javac', '-source', '8', '-target', '8', '-Xlint:-options', '-bootclasspath', path,
                            '-d', str(tmp_path), str(src)], capture_output=True, text=True)
    assert javac.returncode == 0, javac.stderr


# ---- suites ----------------------------------------------------------------------------

@pytest.fixture
def suite_files(tmp_path):
    _, jad = build(make_project(str(tmp_path / 'p')))
    return jad


def rewrite_jad(jad, change):
    text = open(jad).read()
    with open(jad, 'w') as f:
        f.write(change(text))


def test_jad_attributes_come_before_the_manifest(suite_files):
    rewrite_jad(suite_files, lambda t: t.replace('Greeting: hi', 'Greeting: from the JAD'))
    suite = Suite.open(suite_files)
    assert suite.attribute('Greeting') == 'from the JAD'
    assert suite.attribute('MIDlet-Vendor') == 'Tests'
    assert suite.attribute('Nothing') is None
    assert suite.midlet(1) == 'demo.Hello'
    with pytest.raises(SuiteError, match='no MIDlet 2'):
        suite.midlet(2)


@pytest.mark.parametrize('change, message', [
    (lambda t: t.replace('MIDlet-Jar-Size: ', 'MIDlet-Jar-Size: 1'), 'MIDlet-Jar-Size'),
    (lambda t: t.replace('MIDlet-Name: Hello Suite', 'MIDlet-Name: Other'), 'MIDlet-Name differs'),
    (lambda t: t.replace('MIDlet-Jar-URL: HelloSuite.jar', 'MIDlet-Jar-URL: gone.jar'), 'missing'),
    (lambda t: t.replace('MIDlet-Jar-URL: HelloSuite.jar', 'MIDlet-Jar-URL: http://x/a.jar'), 'remote'),
    (lambda t: t.replace('MIDlet-Jar-URL: HelloSuite.jar\n', ''), 'no MIDlet-Jar-URL'),
    (lambda t: t + 'not an attribute line\n', 'not "Name: value"'),
    (lambda t: t.replace('MicroEdition-Profile: MIDP-2.0', 'MicroEdition-Profile: MIDP-3.0'), 'MIDP-3.0'),
    (lambda t: t.replace('MicroEdition-Configuration: CLDC-1.1', 'MicroEdition-Configuration: CDC-1.0'),
     'CDC-1.0'),
])
def test_bad_suites_are_refused_with_a_reason(suite_files, change, message):
    rewrite_jad(suite_files, change)
    with pytest.raises(SuiteError, match=message):
        Suite.open(suite_files)
    run = kava('run', '--headless', suite_files)
    assert run.returncode == 1
    assert run.stderr.startswith('Kava: cannot run') and 'Traceback' not in run.stderr


def test_a_profile_list_with_one_known_profile_is_accepted(suite_files):
    rewrite_jad(suite_files, lambda t: t.replace('MicroEdition-Profile: MIDP-2.0', 'MicroEdition-Profile: MIDP-2.0 JTWI-1.0'))
    assert Suite.open(suite_files).midlet(1) == 'demo.Hello'


def test_a_jar_that_is_not_a_zip_is_refused(tmp_path):
    bad = tmp_path / 'bad.jar'
    bad.write_bytes(b'not a zip at all')
    with pytest.raises(SuiteError, match='cannot be read'):
        Suite.open(str(bad))


# ---- scripts and devices -----------------------------------------------------------------

def test_script_commands_parse():
    commands = parse_script('# demo\nwait 100\nkey FIRE\n\npress UP\nrelease UP\ntap 3 4\n'
                            'drag 1 2 30 40\nscreenshot a.png\npause\nresume\nquit\n')
    assert [(c[1], c[2]) for c in commands] == [
        ('wait', (100,)), ('key', ('FIRE',)), ('press', ('UP',)), ('release', ('UP',)),
        ('tap', (3, 4)), ('drag', (1, 2, 30, 40)), ('screenshot', ('a.png',)), ('pause', ()),
        ('resume', ()), ('quit', ())]


@pytest.mark.parametrize('line, message', [
    ('wait soon', 'milliseconds'), ('key ENTER', 'unknown key'), ('tap 1', 'two integers'),
    ('drag 1 2 3', 'four integers'),
    ('screenshot', 'file path'), ('jump 3', 'unknown command'), ('quit now', 'no arguments'),
])
def test_script_errors_name_the_line(line, message):
    with pytest.raises(ScriptError, match=message) as info:
        parse_script('wait 1\n' + line, 'demo.script')
    assert str(info.value).startswith('demo.script:2:')


def test_device_profiles():
    assert (device('qvga').width, device('qvga').height) == (240, 320)
    assert (device('s60').width, device('s60').height) == (176, 220)
    assert (device('small').width, device('small').height) == (128, 160)
    with pytest.raises(KeyError):
        device('brick')
    # 5-6-5: red keeps 5 bits, widened by repeating them; white stays white
    assert device('s60').display_color(0xFFFFFF) == 0xFFFFFF
    assert device('s60').display_color(0x0F0000) == 0x080000
    assert device('small').display_color(0x7F7F7F) == 0x777777
    assert widen(0b10000, 5) == 0b10000100
    for profile in PROFILES.values():
        assert profile.key_code('5') == ord('5') and profile.key_code('STAR') == 42
