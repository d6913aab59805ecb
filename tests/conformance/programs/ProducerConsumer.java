// A bounded buffer built on wait/notifyAll shared by several producers and consumers.
// Only schedule-independent facts are printed: totals, per-producer FIFO order, sorted items.
public class ProducerConsumer {
    static final class BoundedBuffer {
        private final int[] items;
        private int head, tail, count;
        int maxSeen;
        int puts, takes;

        BoundedBuffer(int capacity) {
            items = new int[capacity];
        }

        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) wait();
            items[tail] = v;
            tail = (tail + 1) % items.length;
            count++;
            puts++;
            if (count > maxSeen) maxSeen = count;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) wait();
            int v = items[head];
            head = (head + 1) % items.length;
            count--;
            takes++;
            notifyAll();
            return v;
        }

        synchronized int size() {
            return count;
        }
    }

    static final int PRODUCERS = 3;
    static final int CONSUMERS = 4;
    static final int PER_PRODUCER = 200;
    static final int POISON = -1;

    public static void main(String[] args) throws Exception {
        final BoundedBuffer buffer = new BoundedBuffer(5);
        final int[][] received = new int[CONSUMERS][PRODUCERS * PER_PRODUCER + 1];
        final int[] receivedCount = new int[CONSUMERS];
        final long[] sums = new long[CONSUMERS];

        Thread[] producers = new Thread[PRODUCERS];
        for (int p = 0; p < PRODUCERS; p++) {
            final int id = p;
            producers[p] = new Thread("producer-" + p) {
                @Override
                public void run() {
                    try {
                        for (int i = 0; i < PER_PRODUCER; i++) buffer.put(id * 10000 + i);
                    } catch (InterruptedException e) {
                        System.out.println("producer interrupted");
                    }
                }
            };
        }
        Thread[] consumers = new Thread[CONSUMERS];
        for (int c = 0; c < CONSUMERS; c++) {
            final int id = c;
            consumers[c] = new Thread("consumer-" + c) {
                @Override
                public void run() {
                    try {
                        while (true) {
                            int v = buffer.take();
                            if (v == POISON) break;
                            received[id][receivedCount[id]++] = v;
                            sums[id] += v;
                        }
                    } catch (InterruptedException e) {
                        System.out.println("consumer interrupted");
                    }
                }
            };
        }
        for (Thread t : consumers) t.start();
        for (Thread t : producers) t.start();
        for (Thread t : producers) t.join();
        System.out.println("producers done, puts=" + buffer.puts);
        for (int c = 0; c < CONSUMERS; c++) buffer.put(POISON);
        for (Thread t : consumers) t.join();
        System.out.println("consumers done, takes=" + buffer.takes + " left=" + buffer.size());
        System.out.println("buffer never exceeded capacity: " + (buffer.maxSeen <= 5) + " (max >= 1: " + (buffer.maxSeen >= 1) + ")");

        long total = 0;
        int count = 0;
        for (int c = 0; c < CONSUMERS; c++) {
            total += sums[c];
            count += receivedCount[c];
        }
        System.out.println("items received=" + count + " total=" + total);

        // Each consumer must see every producer's items in increasing order (FIFO buffer).
        boolean fifo = true;
        for (int c = 0; c < CONSUMERS; c++) {
            int[] last = {-1, -1, -1};
            for (int i = 0; i < receivedCount[c]; i++) {
                int v = received[c][i];
                int p = v / 10000, seq = v % 10000;
                if (seq <= last[p]) fifo = false;
                last[p] = seq;
            }
        }
        System.out.println("per-producer order preserved: " + fifo);

        boolean[] seen = new boolean[PRODUCERS * 10000];
        int duplicates = 0;
        for (int c = 0; c < CONSUMERS; c++) {
            for (int i = 0; i < receivedCount[c]; i++) {
                int v = received[c][i];
                if (seen[v]) duplicates++;
                seen[v] = true;
            }
        }
        int missing = 0;
        for (int p = 0; p < PRODUCERS; p++) {
            for (int i = 0; i < PER_PRODUCER; i++) if (!seen[p * 10000 + i]) missing++;
        }
        System.out.println("duplicates=" + duplicates + " missing=" + missing);

        // Single producer, single consumer through a buffer of one slot: strict order.
        final BoundedBuffer one = new BoundedBuffer(1);
        final StringBuilder got = new StringBuilder();
        Thread consumer = new Thread("single-consumer") {
            @Override
            public void run() {
                try {
                    for (int v = one.take(); v != POISON; v = one.take()) got.append(v).append(',');
                } catch (InterruptedException e) {
                    got.append("interrupted");
                }
            }
        };
        consumer.start();
        int fib1 = 0, fib2 = 1;
        for (int i = 0; i < 20; i++) {
            one.put(fib1);
            int n = fib1 + fib2;
            fib1 = fib2;
            fib2 = n;
        }
        one.put(POISON);
        consumer.join();
        System.out.println("fibonacci through one slot: " + got);
        System.out.println("max occupancy of one-slot buffer=" + one.maxSeen);
    }
}
