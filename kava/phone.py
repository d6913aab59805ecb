"""`kava run SUITE.jad|SUITE.jar`: boot a VM with the Kava Packages on a device profile,
put its screen in a window (or headless), and drive it live or from a script."""

import os
import sys

from kvm_core.clock import HostClock, VirtualClock
from kvm_core.launcher import err, run_main
from packages.app import devices
from packages.app.host import EXIT_SECONDS, FRAME_SECONDS, QUIT, PhoneHost, run_to_exit
from packages.app.script import ScriptError, parse_script, run_script
from packages.app.suite import Suite, SuiteError

RUNNER_CLASS = 'com.kava.midp.Runner'


def package_natives():
    """The natives of every Kava Package, by signature."""
    from packages.app.natives import NATIVES as app
    from packages.graphics.natives import NATIVES as graphics
    return {**app, **graphics}


# Properties of the desktop (the JAR's path, the working directory, the OS) that a phone
# has not: left out, so a suite sees the same system properties on every machine.
HOST_PROPERTIES = ('java.class.path', 'user.dir', 'os.name', 'os.arch', 'path.separator')


def phone_properties(device, given):
    """The system properties of a suite: the launcher's (which include
    microedition.configuration and .encoding) with the phone's added, the desktop's
    left out (None), and -D's over all of them."""
    properties = dict.fromkeys(HOST_PROPERTIES)
    properties.update({
        'microedition.platform': 'Kava/0.1 (%s)' % device.name,
        'microedition.profiles': 'MIDP-2.0',
        'microedition.locale': 'en-US',
    })
    properties.update(given)
    return properties


def has_display():
    return bool(os.environ.get('DISPLAY') or os.environ.get('WAYLAND_DISPLAY')) or sys.platform in ('darwin', 'win32')


def fail(text):
    """One line on stderr; the run's status is 1."""
    err('Kava: ' + text)
    return 1


def run_suite(path, opts, vm_options):
    """Run MIDlet number opts['midlet'] of the suite at path; returns the exit status.
    vm_options: the VM's from -Xss/-Xmx; the heap limit is the device's unless given."""
    try:
        suite = Suite.open(path)
        midlet_class = suite.midlet(opts['midlet'])
        device = devices.device(opts['device'] or devices.DEFAULT_DEVICE)
    except (SuiteError, KeyError) as e:
        return fail('cannot run %s: %s' % (path, e.args[0]))
    commands = None
    if opts['script']:
        try:
            with open(opts['script'], encoding='utf-8') as f:
                commands = parse_script(f.read(), opts['script'])
        except OSError as e:
            return fail('cannot read the script %s: %s' % (opts['script'], e.strerror))
        except UnicodeDecodeError:
            return fail('the script %s is not UTF-8 text' % opts['script'])
        except ScriptError as e:
            return fail(str(e))
    from packages.graphics.screen import PygameScreen, ScreenError, parse_keymap, write_screenshot
    try:
        keymap = parse_keymap(opts['keys'])
    except ValueError as e:
        return fail(str(e))
    headless = opts['headless'] or commands is not None or not has_display()
    clock = VirtualClock() if commands is not None else HostClock()
    host = PhoneHost(device, suite, clock)
    try:
        screen = PygameScreen(device.width, device.height, opts['scale'], suite.name, keymap, headless)
    except ScreenError as e:
        return fail(str(e))
    script_failed = []           # a script or exit fault: the run's status is 1

    def screenshot(target):
        write_screenshot(target, device.width, device.height, host.front)

    def drive(vm):
        host.vm = vm
        vm.phone = host
        if commands is not None:
            try:
                run_script(host, commands, screenshot)
            except ScriptError as e:
                script_failed.append(fail(str(e)))
        else:
            while vm.scheduler.alive() and screen.poll(host):
                host.run_for(FRAME_SECONDS)
                screen.show(host.front)
        host.post(QUIT)
        if not run_to_exit(host):
            script_failed.append(fail('the MIDlet did not exit within %d s of being told to quit (a thread '
                                      'still runs or waits); the run is ended' % EXIT_SECONDS))

    vm_options = dict({'max_heap': device.heap}, **vm_options)
    try:
        status = run_main(suite.jar_path, RUNNER_CLASS, [midlet_class],
                          phone_properties(device, opts['properties']), stats=opts['stats'],
                          drive=drive, natives=package_natives(), clock=clock, **vm_options)
    finally:
        screen.close()
    return status or (1 if script_failed else 0)
