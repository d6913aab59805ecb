"""Running a program's main class the way the `java` launcher does: error
texts, the uncaught-exception report, and the exit status."""

import os
import time

from kvm_core import _kvm
from kvm_core.vm import VM

MAIN_DESCRIPTOR = 'main([Ljava/lang/String;)V'


def default_properties(classpath):
    host = os.uname() if hasattr(os, 'uname') else host_by_platform()
    return {
        'java.version': '17.0.15',
        'java.specification.version': '17',
        'java.vendor': 'Kava',
        'java.vm.name': 'Kava KVM',
        'java.class.path': classpath,
        'java.class.version': '61.0',
        'line.separator': '\n',
        'file.separator': '/',
        'path.separator': os.pathsep,
        'file.encoding': 'UTF-8',
        'os.name': host.sysname,
        'os.arch': host.machine,
        'user.dir': os.getcwd(),
        'microedition.encoding': 'UTF-8',
        'microedition.configuration': 'CLDC-1.1',
    }


def host_by_platform():
    """platform.system() and machine() where there is no os.uname (which they read
    otherwise; the platform module is a slow import)."""
    import platform
    from types import SimpleNamespace
    return SimpleNamespace(sysname=platform.system(), machine=platform.machine())


def err(text):
    os.write(2, (text + '\n').encode('utf-8', 'surrogatepass'))


def run_main(classpath, main_class, args, properties=None, stats=False, drive=None, **vm_options):
    """Run main_class.main(args) and every thread it starts; returns the exit status.
    With stats, a summary of the work done goes to stderr at the end. drive(vm) runs
    the threads instead of the scheduler's own loop (a host event loop does). A property
    given as None is left out."""
    started = time.perf_counter()
    props = default_properties(classpath if isinstance(classpath, str) else str(classpath))
    props.update(properties or {})
    props = {key: value for key, value in props.items() if value is not None}
    try:
        vm = VM(classpath, properties=props, **vm_options)
    except _kvm.JavaThrow as e:
        err('Error: Kava could not start: its class library failed to load (%s)' % e.obj.cls.name)
        return 1
    try:
        return launch(vm, main_class, args, drive)
    except _kvm.VMExit as e:
        return e.status
    finally:
        if stats:
            report_stats(vm, time.perf_counter() - started)


def report_stats(vm, total):
    counts = _kvm.statistics()
    load, verify = vm.phase_seconds['load'], vm.phase_seconds['verify']
    err('kava stats: %(bytecodes)d bytecodes executed, %(calls)d calls, %(allocations)d allocations'
        % counts)
    err('kava stats: %d classes loaded; time: load %.1f ms, verify %.1f ms, run %.1f ms, total %.1f ms'
        % (len(vm.classes), load * 1e3, verify * 1e3, (total - load - verify) * 1e3, total * 1e3))


def load_public_signatures(vm, cls):
    """Load the classes named by the main class's public method signatures, as the
    JDK launcher's reflective lookup of main() does (a missing one is an error)."""
    from kvm_core.classfile import flags as F, parse_method_descriptor
    for m in cls.methods.values():
        if not m.access & F.ACC_PUBLIC:
            continue
        args, ret = parse_method_descriptor(m.desc)
        for desc in args + [ret]:
            element = desc.lstrip('[')
            if element.startswith('L'):
                vm.load_class(element[1:-1])


def launch(vm, main_class, args, drive=None):
    internal = main_class.replace('.', '/')
    try:
        cls = vm.load_class(internal)
    except _kvm.JavaThrow as e:
        try:
            missing = vm.find_class_bytes(internal)[0] is None
        except _kvm.JavaThrow:
            missing = False
        if missing:
            err('Error: Could not find or load main class %s' % main_class)
            err('Caused by: java.lang.ClassNotFoundException: %s' % main_class)
        else:
            err('Error: LinkageError occurred while loading main class %s' % main_class)
            err('\t%s' % vm.describe_throwable(e.obj))
        return 1
    try:
        load_public_signatures(vm, cls)
    except _kvm.JavaThrow as e:
        err('Error: Unable to initialize main class %s' % main_class)
        err('Caused by: %s' % vm.describe_throwable(e.obj))
        return 1
    main = cls.methods.get(MAIN_DESCRIPTOR)
    if main is None or not main.is_static:
        err('Error: Main method not found in class %s, please define the main method as:' % main_class)
        err('   public static void main(String[] args)')
        err('or a JavaFX application class must extend javafx.application.Application')
        return 1
    t = vm.main_thread
    try:
        argv = vm.allocate_array(vm.load_class('[Ljava/lang/String;'), len(args))
        for i, a in enumerate(args):
            argv.set_item(i, vm.new_string(a))
        _kvm.push_call(t, main, (argv,))
    except _kvm.JavaThrow as e:
        vm.report_uncaught(t.sched, e.obj)
        return 1
    # The main class is initialized on the main thread, just before main() starts.
    try:
        vm.begin_initialization(t, cls)
    except _kvm.JavaThrow as e:
        vm.report_uncaught(t.sched, e.obj)
        return 1
    vm.scheduler.add(t.sched)
    vm.scheduler.main = t.sched
    if drive is not None:
        drive(vm)
    else:
        vm.scheduler.run()
    return 1 if vm.scheduler.main_outcome is not None else 0
