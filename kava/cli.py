"""The `kava` command."""

import os
import sys

from kava import __version__

RUN_USAGE = """\
Usage: kava run [options] MAINCLASS [ARGS...]
       kava run [options] -jar APP.jar [ARGS...]
       kava run [options] [phone options] SUITE.jad|SUITE.jar

Runs a Java program on the Kava VM, as `java` does; or a MIDlet suite (a JAD, or a
JAR whose manifest names MIDlets) on an emulated phone screen.

Options:
  -cp, -classpath, --class-path PATH
                 directories and JAR files to search for classes, separated by ':'
                 (default: the CLASSPATH environment variable, else '.')
  -jar APP.jar   run the Main-Class named by the JAR's manifest
  -DNAME=VALUE   set a system property
  -XssSIZE       Java stack size (e.g. 512k, 4m): deeper recursion gives StackOverflowError
  -XmxSIZE       heap limit (e.g. 4m, 64m): allocation past it gives OutOfMemoryError
  --stats        report bytecodes executed, calls, allocations and time per phase on stderr
  -h, --help     show this help

Phone options (MIDlet suites):
  --midlet N     run the suite's MIDlet-N (default 1)
  --device NAME  device profile: qvga (240x320, default), s60 (176x220), small (128x160)
  --scale N      window pixels per phone pixel (default 2)
  --keys SPEC    change the key mapping: "space=FIRE,q=SOFT1" (see docs/phone.md)
  --headless     no window (also when there is no display); SDL's dummy video driver
  --script FILE  play FILE's commands (wait, key, press, release, tap, drag, screenshot,
                 pause, resume, quit) in virtual time, for deterministic runs; implies
                 --headless (see docs/phone.md)
"""

USAGE = """\
Usage: kava COMMAND ...

Commands:
  run        run a Java program or a MIDlet suite (kava run --help)
  build DIR  compile a MIDlet project and package it as a JAR + JAD (kava build --help)
  api-jar    print the path of the Kava API archive, for
             javac -source 8 -target 8 -bootclasspath $(kava api-jar) ...
  --version  print the version
"""


def parse_size(text):
    """A JVM size argument: 512k, 4m, 1g or bytes."""
    units = {'k': 1 << 10, 'm': 1 << 20, 'g': 1 << 30}
    scale = units.get(text[-1:].lower(), 1)
    digits = text[:-1] if scale != 1 else text
    if not digits.isdigit():
        raise ValueError(text)
    return int(digits) * scale


PHONE_OPTIONS = {'--midlet': int, '--device': str, '--scale': int, '--keys': str, '--script': str}


def parse_run_args(argv):
    """(options dict, main class or None, jar or None, program args)."""
    opts = {'classpath': None, 'properties': {}, 'stack': None, 'heap': None, 'stats': False,
            'midlet': 1, 'device': None, 'scale': 2, 'keys': None, 'headless': False, 'script': None}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ('-cp', '-classpath', '--class-path'):
            if i + 1 >= len(argv):
                raise SystemExit('kava run: %s requires a class path specification' % a)
            opts['classpath'] = argv[i + 1]
            i += 2
        elif a == '-jar':
            if i + 1 >= len(argv):
                raise SystemExit('kava run: -jar requires a JAR file')
            return opts, None, argv[i + 1], argv[i + 2:]
        elif a == '--stats':
            opts['stats'] = True
            i += 1
        elif a == '--headless':
            opts['headless'] = True
            i += 1
        elif a in PHONE_OPTIONS:
            if i + 1 >= len(argv):
                raise SystemExit('kava run: %s requires a value' % a)
            value = argv[i + 1]
            if PHONE_OPTIONS[a] is int:
                if not (value.isascii() and value.isdigit()) or int(value) < 1:
                    raise SystemExit('kava run: %s requires a positive number' % a)
                value = int(value)
            opts[a[2:]] = value
            i += 2
        elif a.startswith('-D'):
            key, _, value = a[2:].partition('=')
            opts['properties'][key] = value
            i += 1
        elif a.startswith('-Xss') or a.startswith('-Xmx'):
            try:
                opts['stack' if a.startswith('-Xss') else 'heap'] = parse_size(a[4:])
            except ValueError:
                raise SystemExit('kava run: invalid size in %s' % a)
            i += 1
        elif a in ('-h', '--help', '-help'):
            sys.stdout.write(RUN_USAGE)
            raise SystemExit(0)
        elif a.startswith('-'):
            raise SystemExit('kava run: unrecognized option: %s\n%s' % (a, RUN_USAGE))
        else:
            return opts, a, None, argv[i + 1:]
    raise SystemExit(RUN_USAGE)


def vm_options_of(opts):
    """The VM constructor's options for -Xss and -Xmx, when given."""
    vm_options = {}
    if opts['stack']:
        vm_options['stack_slots'] = max(opts['stack'] // 8, 1024)
    if opts['heap']:
        vm_options['max_heap'] = opts['heap']
    return vm_options


def cmd_run(argv):
    from kava.startup import enable_code_cache
    enable_code_cache()         # before the VM's modules are imported
    from kvm_core.classpath import ClassPathError, CorruptManifest, JarEntry
    from kvm_core.launcher import run_main
    opts, main_class, jar, args = parse_run_args(argv)
    if jar is None and main_class.lower().endswith(('.jad', '.jar')):
        from kava.phone import run_suite
        return run_suite(main_class, opts, vm_options_of(opts))
    classpath = opts['classpath'] or os.environ.get('CLASSPATH') or '.'
    if jar is not None:
        if not os.path.isfile(jar):
            sys.stderr.write('Error: Unable to access jarfile %s\n' % jar)
            return 1
        try:
            archive = JarEntry(jar)
        except ClassPathError:
            sys.stderr.write('Error: Invalid or corrupt jarfile %s\n' % jar)
            return 1
        try:
            main_class = archive.manifest_attribute('Main-Class')
        except CorruptManifest:
            sys.stderr.write('Error: Invalid or corrupt jarfile %s\n' % jar)
            return 1
        except ClassPathError:
            sys.stderr.write('Error: An unexpected error occurred while trying to open file %s\n' % jar)
            return 1
        if main_class is None:
            sys.stderr.write('no main manifest attribute, in %s\n' % jar)
            return 1
        classpath = jar
    vm_options = vm_options_of(opts)
    return run_main(classpath, main_class, args, opts['properties'], stats=opts['stats'], **vm_options)


def cmd_build(argv):
    from sdk import build
    if len(argv) not in (1, 3) or argv[0] in ('-h', '--help') or (len(argv) == 3 and argv[1] != '--out'):
        sys.stdout.write('Usage: kava build DIR [--out OUTDIR]\n\n' + build.__doc__.split('\n\n', 1)[1] + '\n')
        return 0 if argv and argv[0] in ('-h', '--help') else 2
    try:
        jar, jad = build.build(argv[0], argv[2] if len(argv) == 3 else None)
    except build.BuildError as e:
        sys.stderr.write('kava build: %s\n' % e)
        return 1
    print('built %s\nbuilt %s' % (jar, jad))
    return 0


def main(argv=None):
    program = argv is None      # the kava command itself, not a caller in the same process
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ('-h', '--help', 'help'):
        sys.stdout.write(USAGE)
        return 0 if argv else 2
    if argv[0] == '--version':
        print('kava %s (Kava KVM, runs Java class files of majors 45-65)' % __version__)
        return 0
    if argv[0] == 'api-jar':
        from kvm_core.vm import runtime_archive
        print(runtime_archive())
        return 0
    if argv[0] == 'build':
        return cmd_build(argv[1:])
    if argv[0] == 'run':
        try:
            status = cmd_run(argv[1:])
        except Exception as e:      # a fault of Kava itself: one clear line, no traceback
            if os.environ.get('KAVA_DEBUG'):
                raise
            sys.stderr.write('kava: internal error: %s: %s (set KAVA_DEBUG=1 for details)\n'
                             % (type(e).__name__, e))
            return 1
        if program:
            from kava.startup import exit_process
            exit_process(status & 0xFF)
        return status & 0xFF
    sys.stderr.write('kava: unknown command %r\n%s' % (argv[0], USAGE))
    return 2


if __name__ == '__main__':
    sys.exit(main())
