// A small thread pool: a task queue guarded by a monitor, N workers, futures that block in
// get() until their task is done, exceptions carried back to the caller, and shutdown.
public class WorkerPool {
    interface Task {
        Object call() throws Exception;
    }

    static final class Future {
        private boolean done;
        private Object value;
        private Exception failure;

        synchronized void complete(Object v, Exception e) {
            value = v;
            failure = e;
            done = true;
            notifyAll();
        }

        synchronized Object get() throws Exception {
            while (!done) wait();
            if (failure != null) throw new Exception("task failed", failure);
            return value;
        }

        synchronized boolean isDone() {
            return done;
        }
    }

    static final class Pool {
        private final Object[] queue = new Object[64];
        private int head, size;
        private boolean shutdown;
        private final Thread[] workers;
        private int completed;

        Pool(int n) {
            workers = new Thread[n];
            for (int i = 0; i < n; i++) {
                workers[i] = new Thread("pool-worker-" + i) {
                    @Override
                    public void run() {
                        workLoop();
                    }
                };
                workers[i].start();
            }
        }

        synchronized Future submit(Task t) {
            if (shutdown) throw new IllegalStateException("pool is shut down");
            while (size == queue.length) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            Future f = new Future();
            queue[(head + size) % queue.length] = new Object[] {t, f};
            size++;
            notifyAll();
            return f;
        }

        private synchronized Object[] next() throws InterruptedException {
            while (size == 0 && !shutdown) wait();
            if (size == 0) return null;
            Object[] job = (Object[]) queue[head];
            queue[head] = null;
            head = (head + 1) % queue.length;
            size--;
            notifyAll();
            return job;
        }

        private void workLoop() {
            try {
                Object[] job;
                while ((job = next()) != null) {
                    Task t = (Task) job[0];
                    Future f = (Future) job[1];
                    try {
                        f.complete(t.call(), null);
                    } catch (Exception e) {
                        f.complete(null, e);
                    }
                    synchronized (this) {
                        completed++;
                    }
                }
            } catch (InterruptedException e) {
                System.out.println("worker interrupted");
            }
        }

        void shutdownAndWait() throws InterruptedException {
            synchronized (this) {
                shutdown = true;
                notifyAll();
            }
            for (Thread w : workers) w.join();
        }

        synchronized int completed() {
            return completed;
        }
    }

    static long collatzSteps(long n) {
        long steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    public static void main(String[] args) throws Exception {
        Pool pool = new Pool(3);
        Future[] futures = new Future[100];
        for (int i = 0; i < futures.length; i++) {
            final long n = 1000 + i * 37;
            futures[i] = pool.submit(new Task() {
                public Object call() {
                    return n + ":" + collatzSteps(n);
                }
            });
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < futures.length; i++) {
            line.append(futures[i].get()).append(' ');
            if (i % 10 == 9) {
                System.out.println(line.toString().trim());
                line.setLength(0);
            }
        }
        Future bad = pool.submit(new Task() {
            public Object call() {
                return Integer.valueOf(Integer.parseInt("not a number"));
            }
        });
        try {
            bad.get();
        } catch (Exception e) {
            System.out.println(e.getMessage() + " <- " + e.getCause());
        }
        Future div = pool.submit(new Task() {
            public Object call() throws Exception {
                throw new java.io.IOException("disk on fire");
            }
        });
        try {
            div.get();
        } catch (Exception e) {
            System.out.println(e.getMessage() + " <- " + e.getCause());
        }
        // Tasks that themselves submit tasks and wait for them.
        final Pool inner = new Pool(2);
        Future outer = pool.submit(new Task() {
            public Object call() throws Exception {
                Future a = inner.submit(new Task() {
                    public Object call() {
                        return Integer.valueOf(6 * 7);
                    }
                });
                Future b = inner.submit(new Task() {
                    public Object call() {
                        return "answer";
                    }
                });
                return b.get() + "=" + a.get();
            }
        });
        System.out.println("nested: " + outer.get() + " done=" + outer.isDone());
        inner.shutdownAndWait();
        pool.shutdownAndWait();
        System.out.println("completed: pool=" + pool.completed() + " inner=" + inner.completed());
        try {
            pool.submit(new Task() {
                public Object call() {
                    return null;
                }
            });
        } catch (IllegalStateException e) {
            System.out.println("submit after shutdown: " + e.getMessage());
        }
        for (Thread w : pool.workers) System.out.println(w.getName() + " alive=" + w.isAlive());
    }
}
