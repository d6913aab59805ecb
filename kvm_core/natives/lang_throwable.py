"""java.lang.Throwable natives: recording and decoding stack traces."""

from kvm_core.natives.registry import native


@native('java/lang/Throwable.fillInStackTrace0()V')
def fill_in_stack_trace(vm, this):
    this.refs[vm.throwable_layout['backtrace']] = vm.capture_backtrace(vm.current_thread, this)


@native('java/lang/Throwable.getStackTrace0()[Ljava/lang/StackTraceElement;')
def get_stack_trace(vm, this):
    backtrace = this.refs[vm.throwable_layout['backtrace']]
    return vm.stack_trace_elements(backtrace if isinstance(backtrace, tuple) else ())
