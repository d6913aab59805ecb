"""The phone host: what the MIDlet's Java side (com.kava.midp.Host) talks to, and the
loop that alternates VM time slices with input and frame presentation.

Two ways to drive it:
- live (`run_for`, called by kava/phone.py between polls of the window): real time;
- scripted (`advance`, `settle`, called by script.py): virtual time. Every VM time slice costs SLICE_NS of virtual
  time, idle periods jump to the next deadline, and script commands advance time by
  exactly what they say, so two runs of one script give the same pixels.
"""

import collections

# Event types: the same numbers as com.kava.midp.Host's constants.
KEY_PRESSED, KEY_RELEASED, KEY_REPEATED = 1, 2, 3
POINTER_PRESSED, POINTER_RELEASED, POINTER_DRAGGED = 4, 5, 6
REPAINT, SERIAL, QUIT, PAUSE, RESUME = 7, 8, 9, 10, 11

POINTER_KINDS = {'press': POINTER_PRESSED, 'release': POINTER_RELEASED, 'drag': POINTER_DRAGGED}

SLICE_NS = 1_000_000             # virtual time one VM time slice costs (1 ms)
FRAME_SECONDS = 1 / 60           # live presentation rate
SETTLE_SLICES = 2000             # at most this much work (2 s virtual) to settle after input
REPEAT_DELAY_NS = 500_000_000    # a key held this long starts repeating (keyRepeated) ...
REPEAT_INTERVAL_NS = 100_000_000  # ... once per this interval
MAX_EFFECTS = 256                # vibrate/backlight/sound calls remembered (the latest)
EXIT_SLICES = 5000               # after QUIT, at most this much work (as 5 s virtual) ...
EXIT_SECONDS = 5                 # ... or this much waiting, until the app has exited


class PhoneHost:
    """One running suite on one device: the event queue, the screen, the suite's attributes."""

    def __init__(self, device, suite, clock):
        self.device = device
        self.suite = suite
        self.clock = clock
        self.events = collections.deque()
        self.front = b'\xff' * (device.width * device.height * 4)  # BGRA bytes, white
        self.effects = collections.deque(maxlen=MAX_EFFECTS)  # the last (kind, duration) hooks called
        self.held = {}                # held key name -> when (clock.nanos()) it next repeats
        self.vm = None

    # ---- what the natives call --------------------------------------------------------

    def post(self, kind, a=0, b=0, c=0):
        self.events.append((kind, a, b, c))

    def present(self, pixels):
        """A new frame: the screen's ARGB ints as BGRA bytes (little-endian ints)."""
        self.front = pixels

    # ---- input by name -------------------------------------------------------------------

    def key_event(self, pressed, name):
        """A phone key (0-9, STAR, POUND, UP, DOWN, LEFT, RIGHT, FIRE, SOFT1, SOFT2, CLEAR).
        A key held down repeats, as phone keypads do."""
        code = self.device.key_code(name)
        if pressed:
            self.post(KEY_PRESSED, code)
            self.held[name] = self.clock.nanos() + REPEAT_DELAY_NS
        else:
            self.held.pop(name, None)
            self.post(KEY_RELEASED, code)

    def post_repeats(self):
        """KEY_REPEATED for every held key whose repeat time has come."""
        now = self.clock.nanos()
        for name, due in self.held.items():
            while due <= now:
                self.post(KEY_REPEATED, self.device.key_code(name))
                due += REPEAT_INTERVAL_NS
            self.held[name] = due

    def until_next_repeat(self, limit):
        """ns until the next key repeat, or limit if that is sooner (or no key is held)."""
        if not self.held:
            return limit
        return min(limit, max(min(self.held.values()) - self.clock.nanos(), 1))

    def lifecycle_event(self, paused):
        """The device takes the screen away (paused) or gives it back."""
        self.post(PAUSE if paused else RESUME)

    def pointer_event(self, kind, x, y):
        """kind: 'press', 'release' or 'drag', at screen pixel (x, y). A point off the screen
        (a script's, or a mouse dragged out of the window) counts as the nearest edge pixel."""
        x = min(max(x, 0), self.device.width - 1)
        y = min(max(y, 0), self.device.height - 1)
        self.post(POINTER_KINDS[kind], x, y)

    # ---- running the VM -------------------------------------------------------------------

    def waiting_for_events(self, st):
        """Park the thread until an event is queued (the scheduler re-checks this)."""
        self.vm.scheduler.block(st, lambda: bool(self.events), 'the event queue')

    def run_for(self, seconds):
        """Live mode: run VM slices for about `seconds` of real time (less if all threads wait)."""
        scheduler = self.vm.scheduler
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() < end:
            if not scheduler.alive():
                return
            self.post_repeats()
            if not scheduler.step():
                deadline = scheduler.next_deadline()
                self.clock.idle_until(end if deadline is None else min(deadline, end))

    def advance(self, ns):
        """Scripted mode: let exactly ns of virtual time pass, running the VM meanwhile."""
        scheduler = self.vm.scheduler
        target = self.clock.elapsed_ns + ns
        while self.clock.elapsed_ns < target and scheduler.alive():
            self.post_repeats()
            left = self.until_next_repeat(target - self.clock.elapsed_ns)
            if scheduler.step():
                self.clock.advance(min(SLICE_NS, left))
                continue
            deadline = scheduler.next_deadline()
            wake = left if deadline is None else min(int(deadline * 1e9) + 1 - self.clock.elapsed_ns, left)
            self.clock.advance(max(wake, 1))
        if self.clock.elapsed_ns < target:
            self.clock.advance(target - self.clock.elapsed_ns)

    def settle(self):
        """Scripted mode: run until no thread can run (input handled, repaints painted),
        at most SETTLE_SLICES slices, each costing its virtual time."""
        scheduler = self.vm.scheduler
        for _ in range(SETTLE_SLICES):
            if not scheduler.alive() or not scheduler.step():
                return
            self.clock.advance(SLICE_NS)


def phone_of(vm):
    """The PhoneHost of this VM, for the natives."""
    host = getattr(vm, 'phone', None)
    if host is None:
        vm.throw('java/lang/IllegalStateException', 'not running as a MIDlet')
    return host


def run_to_exit(host):
    """After QUIT: run until the VM exits (System.exit raises VMExit, as the runner does
    once destroyApp returns). False if it has not: a thread is still busy after EXIT_SLICES
    slices of work, would only go on after EXIT_SECONDS of its clock, or waits for ever
    (a destroyApp that never returns); the run ends then."""
    scheduler = host.vm.scheduler
    end = host.clock.monotonic() + EXIT_SECONDS
    for _ in range(EXIT_SLICES):
        if not scheduler.alive():
            return True
        if not scheduler.step():
            deadline = scheduler.next_deadline()
            if deadline is None or deadline > end:
                return False
            host.clock.idle_until(deadline)
    return not scheduler.alive()
