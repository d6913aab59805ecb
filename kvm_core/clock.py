"""The VM's clock. Every time a Java program can observe (currentTimeMillis,
nanoTime, sleep and wait deadlines, so Timer and frame pacing too) comes from
one clock object, so a host can swap the real clock for a virtual one that
only moves when told: scripted runs are then deterministic to the pixel."""

import time


class HostClock:
    """Real time: wall-clock millis, a monotonic clock for deadlines."""

    def monotonic(self):
        """Seconds on a clock that never goes back (for deadlines)."""
        return time.monotonic()

    def millis(self):
        """System.currentTimeMillis()."""
        return time.time_ns() // 1_000_000

    def nanos(self):
        """System.nanoTime()."""
        return time.perf_counter_ns()

    def idle_until(self, deadline):
        """Nothing can run before `deadline` (monotonic seconds): wait for it."""
        delay = deadline - time.monotonic()
        if delay > 0:
            time.sleep(delay)


class VirtualClock:
    """Time that moves only by advance(): in whole nanoseconds, from a fixed epoch."""

    EPOCH_MILLIS = 1262304000000       # 2010-01-01T00:00:00Z, the same in every run

    def __init__(self):
        self.elapsed_ns = 0

    def advance(self, ns):
        self.elapsed_ns += ns

    def monotonic(self):
        return self.elapsed_ns / 1e9

    def millis(self):
        return self.EPOCH_MILLIS + self.elapsed_ns // 1_000_000

    def nanos(self):
        return self.elapsed_ns

    def idle_until(self, deadline):
        """Jump straight to the deadline: nothing runs in between."""
        target = int(round(deadline * 1e9))
        if target > self.elapsed_ns:
            self.elapsed_ns = target
