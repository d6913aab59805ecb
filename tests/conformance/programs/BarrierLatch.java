// A countdown latch and a cyclic barrier built from wait/notifyAll. Workers run in phases;
// the barrier guarantees every phase-k write is visible before any phase-k+1 read, so the
// printed results do not depend on scheduling.
public class BarrierLatch {
    static final class Latch {
        private int count;

        Latch(int count) {
            this.count = count;
        }

        synchronized void countDown() {
            if (count > 0 && --count == 0) notifyAll();
        }

        synchronized void await() throws InterruptedException {
            while (count > 0) wait();
        }

        synchronized boolean await(long millis) throws InterruptedException {
            if (count > 0) wait(millis);
            return count == 0;
        }

        synchronized int getCount() {
            return count;
        }
    }

    static final class Barrier {
        private final int parties;
        private int waiting;
        private int generation;
        int trips;

        Barrier(int parties) {
            this.parties = parties;
        }

        /** Returns the arrival index (parties-1 for the first to arrive, 0 for the last). */
        synchronized int await() throws InterruptedException {
            int gen = generation;
            int index = parties - 1 - waiting;
            waiting++;
            if (waiting == parties) {
                waiting = 0;
                generation++;
                trips++;
                notifyAll();
                return 0;
            }
            while (gen == generation) wait();
            return index;
        }
    }

    public static void main(String[] args) throws Exception {
        final int n = 5;
        final Latch startSignal = new Latch(1);
        final Latch doneSignal = new Latch(n);
        final int[] started = new int[1];
        final Object startedLock = new Object();
        Thread[] workers = new Thread[n];
        final int[] results = new int[n];
        for (int i = 0; i < n; i++) {
            final int id = i;
            workers[i] = new Thread("latch-worker-" + i) {
                @Override
                public void run() {
                    try {
                        synchronized (startedLock) {
                            started[0]++;
                        }
                        startSignal.await();
                        int r = 1;
                        for (int k = 0; k <= id; k++) r *= (k + 2);
                        results[id] = r;
                        doneSignal.countDown();
                    } catch (InterruptedException e) {
                        System.out.println("interrupted");
                    }
                }
            };
            workers[i].start();
        }
        System.out.println("timed await on unreleased latch: " + doneSignal.await(10) + " count=" + doneSignal.getCount());
        boolean anyResult = false;
        for (int r : results) anyResult |= r != 0;
        System.out.println("results before start signal present: " + anyResult);
        startSignal.countDown();
        doneSignal.await();
        System.out.println("latch released, count=" + doneSignal.getCount());
        for (int i = 0; i < n; i++) System.out.println("result " + i + " = " + results[i]);
        doneSignal.countDown();
        System.out.println("extra countDown keeps count=" + doneSignal.getCount() + " await(1)=" + doneSignal.await(1));
        for (Thread w : workers) w.join();
        System.out.println("workers started=" + started[0]);

        // Cyclic barrier: a 1-D relaxation over 4 threads, each owning one cell.
        final int cells = 4;
        final int phases = 6;
        final Barrier barrier = new Barrier(cells);
        final long[][] grid = new long[phases + 1][cells];
        for (int c = 0; c < cells; c++) grid[0][c] = (c + 1) * 100;
        final int[] lastArrivals = new int[1];
        final Object arrivalsLock = new Object();
        Thread[] cellThreads = new Thread[cells];
        for (int c = 0; c < cells; c++) {
            final int me = c;
            cellThreads[c] = new Thread("cell-" + c) {
                @Override
                public void run() {
                    try {
                        for (int p = 0; p < phases; p++) {
                            long left = grid[p][(me + cells - 1) % cells];
                            long right = grid[p][(me + 1) % cells];
                            grid[p + 1][me] = (left + right + 2 * grid[p][me]) / 4 + me;
                            if (barrier.await() == 0) {
                                synchronized (arrivalsLock) {
                                    lastArrivals[0]++;
                                }
                            }
                        }
                    } catch (InterruptedException e) {
                        System.out.println("interrupted");
                    }
                }
            };
        }
        for (Thread t : cellThreads) t.start();
        for (Thread t : cellThreads) t.join();
        for (int p = 0; p <= phases; p++) {
            StringBuilder sb = new StringBuilder("phase " + p + ":");
            for (int c = 0; c < cells; c++) sb.append(' ').append(grid[p][c]);
            System.out.println(sb);
        }
        System.out.println("barrier trips=" + barrier.trips + " last arrivals=" + lastArrivals[0]);
    }
}
