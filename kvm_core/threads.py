"""Green threads (DESIGN.md decision 5): every Java thread runs on the one host
thread, switched by a deterministic scheduler. A thread runs for a slice of
calls and backward branches; a thread that must wait raises ThreadBlocked and
its instruction re-executes once the scheduler finds its condition met.

Blocking natives (sleep, wait, join via wait, yield) are restartable: the
first call parks the thread; the re-executed call finds `resumed` set by the
scheduler and completes."""

import collections
import os

from kvm_core import _kvm
from kvm_core.identity import identity_hash
from kvm_core.throwables import is_hidden_frame

SLICE = 10000          # calls + backward branches per time slice

# Thread states, as java.lang.Thread.State names them.
NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED = (
    'NEW', 'RUNNABLE', 'BLOCKED', 'WAITING', 'TIMED_WAITING', 'TERMINATED')

# Legal transitions; anything else is a VM bug.
TRANSITIONS = {
    NEW: {RUNNABLE},
    RUNNABLE: {BLOCKED, WAITING, TIMED_WAITING, TERMINATED, RUNNABLE},
    BLOCKED: {RUNNABLE, BLOCKED},
    WAITING: {BLOCKED, RUNNABLE},
    TIMED_WAITING: {BLOCKED, RUNNABLE},
    TERMINATED: set(),
}


class ThreadState:
    """The scheduler's view of one Java thread."""

    def __init__(self, jt, obj, daemon):
        self.jt = jt
        self.obj = obj
        self.daemon = daemon
        self.state = NEW
        self.ready = None          # BLOCKED: a function telling when it may run again
        self.blocked_on = None     # for the thread dump: what it waits for
        self.wake_at = None        # TIMED_WAITING: deadline on the VM clock's monotonic()
        self.resumed = None        # what ended the wait: 'notified', 'timeout', 'interrupted', 'yielded'
        self.saved_count = 0       # monitor entries released by Object.wait
        self.wait_object = None

    def move(self, state):
        if state not in TRANSITIONS[self.state]:
            raise AssertionError('thread state %s -> %s' % (self.state, state))
        self.state = state


class Scheduler:

    def __init__(self, vm):
        self.vm = vm
        self.threads = []                 # live threads in creation order
        self.runnable = collections.deque()
        self.main = None                  # the launcher's main thread ...
        self.main_outcome = None          # ... and its uncaught throwable, if it had one

    # ---- creating and ending threads ---------------------------------------------

    def add(self, st):
        st.move(RUNNABLE)
        self.threads.append(st)
        self.runnable.append(st)

    def terminate(self, st):
        st.move(TERMINATED)
        self.threads.remove(st)
        if st.obj is not None:
            self.notify_all(st.obj)       # Thread.join waits on the Thread object

    # ---- the loop ---------------------------------------------------------------------

    def run(self):
        """Run threads until no non-daemon thread is alive (main_outcome then tells
        how the main thread ended)."""
        while self.alive():
            if not self.step():
                deadline = self.next_deadline()
                if deadline is None:
                    self.deadlock()
                self.vm.clock.idle_until(deadline)

    def alive(self):
        """Is any non-daemon thread still alive?"""
        return any(not st.daemon for st in self.threads)

    def step(self):
        """Run one time slice of the next runnable thread; False if none is runnable
        (every live thread waits: for a deadline, a monitor or a host event)."""
        self.wake_ready()
        if not self.runnable:
            return False
        st = self.runnable.popleft()
        self.vm.current_thread = st.jt
        try:
            result = _kvm.run_slice(st.jt, SLICE)
        except _kvm.JavaThrow as e:
            if st is self.main:
                self.main_outcome = e.obj
            self.vm.report_uncaught(st, e.obj)
            self.terminate(st)
            return True
        if result is _kvm.SLICE_END:
            if st.state == RUNNABLE:
                self.runnable.append(st)
        else:
            self.terminate(st)
        return True

    def next_deadline(self):
        """The earliest wake-up time of a sleeping or timed-waiting thread, or None."""
        deadlines = [st.wake_at for st in self.threads if st.wake_at is not None]
        return min(deadlines) if deadlines else None

    def wake_ready(self):
        now = self.vm.clock.monotonic()
        for st in self.threads:
            if st.state in (WAITING, TIMED_WAITING) and st.wake_at is not None and st.wake_at <= now:
                self.end_wait(st, 'timeout')
            if st.state == BLOCKED and st.ready():
                st.move(RUNNABLE)
                st.ready = st.blocked_on = None
                self.runnable.append(st)

    # ---- parking --------------------------------------------------------------------------

    def block(self, st, ready, what):
        """Park st until ready() holds; the current instruction re-executes then."""
        st.move(BLOCKED)
        st.ready = ready
        st.blocked_on = what
        raise _kvm.ThreadBlocked()

    def sleep(self, st, seconds):
        st.move(TIMED_WAITING)
        st.wake_at = self.vm.clock.monotonic() + seconds
        raise _kvm.ThreadBlocked()

    def yield_(self, st):
        st.resumed = 'yielded'
        raise _kvm.ThreadBlocked()          # stays RUNNABLE: goes to the back of the queue

    def wait(self, st, obj, seconds):
        """Object.wait: release obj's monitor completely and join its wait set."""
        mon = obj.monitor
        st.saved_count = mon.count
        mon.owner = None
        mon.count = 0
        if mon.waiters is None:
            mon.waiters = []
        mon.waiters.append(st)
        st.wait_object = obj
        st.move(TIMED_WAITING if seconds else WAITING)
        st.wake_at = self.vm.clock.monotonic() + seconds if seconds else None
        raise _kvm.ThreadBlocked()

    def end_wait(self, st, reason):
        """Wake st from sleep or wait; a waiter must reacquire its monitor first."""
        st.wake_at = None
        st.resumed = reason
        obj = st.wait_object
        if obj is None:
            st.move(RUNNABLE)
            self.runnable.append(st)
            return
        st.wait_object = None
        if st in obj.monitor.waiters:
            obj.monitor.waiters.remove(st)
        st.move(BLOCKED)
        st.blocked_on = obj
        st.ready = lambda mon=obj.monitor: mon.owner is None

    def notify(self, obj):
        waiters = obj.monitor.waiters if obj.monitor is not None else None
        if waiters:
            self.end_wait(waiters[0], 'notified')

    def notify_all(self, obj):
        waiters = obj.monitor.waiters if obj.monitor is not None else None
        while waiters:
            self.end_wait(waiters[0], 'notified')

    def interrupt(self, st):
        if st.state in (WAITING, TIMED_WAITING):
            self.end_wait(st, 'interrupted')

    # ---- deadlock -------------------------------------------------------------------------

    def deadlock(self):
        """Every live thread waits for something no thread can do: dump and exit 1."""
        lines = ['Kava: deadlock: every live Java thread is blocked forever.', 'Thread dump:']
        for st in self.threads:
            lines.append(self.describe(st))
            for frame in st.jt.frames():
                if not is_hidden_frame(frame.m):
                    lines.append('\tat %s' % self.vm.frame_text(frame))
            lines.append('')
        os.write(2, ('\n'.join(lines) + '\n').encode('utf-8', 'replace'))
        raise _kvm.VMExit(1)

    def describe(self, st):
        name = self.vm.thread_name(st)
        text = '"%s" prio=5 %s' % (name, st.state)
        what = st.blocked_on or st.wait_object
        if what is not None and not isinstance(what, str):
            owner = what.monitor.owner if what.monitor is not None else None
            text += ' on %s@%x' % (what.cls.name.replace('/', '.'), identity_hash(what))
            if owner is not None and owner.sched is not None:
                text += ' owned by "%s"' % self.vm.thread_name(owner.sched)
        elif what is not None:
            text += ' on %s' % what
        return text
