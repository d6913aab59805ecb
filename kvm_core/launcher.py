"""Running a program's main class the way the `java` launcher does: error
texts, the uncaught-exception report, and the exit status."""

import os
import platform
import sys

from kvm_core import _kvm
from kvm_core.vm import VM

MAIN_DESCRIPTOR = 'main([Ljava/lang/String;)V'


def default_properties(classpath):
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
        'os.name': platform.system(),
        'os.arch': platform.machine(),
        'user.dir': os.getcwd(),
        'microedition.encoding': 'UTF-8',
        'microedition.configuration': 'CLDC-1.1',
    }


def err(text):
    os.write(2, (text + '\n').encode('utf-8', 'surrogatepass'))


def run_main(classpath, main_class, args, properties=None, **vm_options):
    """Run main_class.main(args); returns the process exit status."""
    props = default_properties(classpath if isinstance(classpath, str) else str(classpath))
    props.update(properties or {})
    try:
        vm = VM(classpath, properties=props, **vm_options)
    except _kvm.JavaThrow as e:
        err('Error: Kava could not start: its class library failed to load (%s)' % e.obj.cls.name)
        return 1
    try:
        return launch(vm, main_class, args)
    except _kvm.VMExit as e:
        return e.status


def launch(vm, main_class, args):
    internal = main_class.replace('.', '/')
    try:
        cls = vm.load_class(internal)
    except _kvm.JavaThrow as e:
        if vm.find_class_bytes(internal)[0] is None:
            err('Error: Could not find or load main class %s' % main_class)
            err('Caused by: java.lang.ClassNotFoundException: %s' % main_class)
        else:
            err('Error: LinkageError occurred while loading main class %s' % main_class)
            err('\t%s' % describe(vm, e.obj))
        return 1
    main = cls.methods.get(MAIN_DESCRIPTOR)
    if main is None or not main.is_static:
        err('Error: Main method not found in class %s, please define the main method as:' % main_class)
        err('   public static void main(String[] args)')
        err('or a JavaFX application class must extend javafx.application.Application')
        return 1
    try:
        argv = vm.allocate_array(vm.load_class('[Ljava/lang/String;'), len(args))
        for i, a in enumerate(args):
            argv.set_item(i, vm.new_string(a))
        vm.ensure_initialized(cls)
        vm.call(main, argv)
    except _kvm.JavaThrow as e:
        report_uncaught(vm, e.obj)
        return 1
    return 0


def describe(vm, throwable):
    """class name and message of a throwable, as Throwable.toString() says it."""
    name = throwable.cls.name.replace('/', '.')
    msg = vm.to_pystr(throwable.refs[vm.throwable_layout['detailMessage']])
    return name if msg is None else '%s: %s' % (name, msg)


def report_uncaught(vm, throwable):
    """What the JDK's default uncaught-exception handler prints, on stderr."""
    try:
        system = vm.load_class('java/lang/System')
        vm.ensure_initialized(system)
        stream = system.srefs[system.fields[('err', 'Ljava/io/PrintStream;')].slot]
        vm.call_virtual(stream, 'print', '(Ljava/lang/String;)V',
                        vm.new_string('Exception in thread "main" '))
        vm.call_virtual(throwable, 'printStackTrace', '()V')
    except _kvm.JavaThrow:
        err('Exception in thread "main" %s' % describe(vm, throwable))
