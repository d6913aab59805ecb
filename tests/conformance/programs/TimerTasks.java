import java.util.Date;
import java.util.Timer;
import java.util.TimerTask;

// java.util.Timer: tasks at absolute times run in time order on the timer's single thread,
// cancelled tasks never run, a periodic task cancels itself, argument and state errors,
// purge(), and timer.cancel() so the program can end.
public class TimerTasks {
    static final StringBuffer log = new StringBuffer();
    static final Object done = new Object();
    static int finished;

    static void finish() {
        synchronized (done) {
            finished++;
            done.notifyAll();
        }
    }

    static void awaitFinished(int n) throws InterruptedException {
        synchronized (done) {
            while (finished < n) done.wait();
        }
    }

    static class Named extends TimerTask {
        final String name;
        final long when;
        final boolean last;

        Named(String name, long when, boolean last) {
            this.name = name;
            this.when = when;
            this.last = last;
        }

        @Override
        public void run() {
            log.append(name).append(" on ").append(Thread.currentThread().getName())
                    .append(" exact=").append(scheduledExecutionTime() == when).append('\n');
            if (last) finish();
        }
    }

    public static void main(String[] args) throws Exception {
        Timer timer = new Timer("tick-timer");
        long base = System.currentTimeMillis() + 300;
        Named[] tasks = {
            new Named("t40", base + 40, false), new Named("t10", base + 10, false),
            new Named("t30", base + 30, false), new Named("t90", base + 90, true),
            new Named("t20", base + 20, false), new Named("t60", base + 60, false),
            new Named("t50-cancelled", base + 50, false),
        };
        for (Named t : tasks) timer.schedule(t, new Date(t.when));
        System.out.println("cancel before run: " + tasks[6].cancel() + ", again: " + tasks[6].cancel());
        awaitFinished(1);
        System.out.print(log);
        log.setLength(0);
        System.out.println("cancel after run: " + tasks[0].cancel());

        // A periodic task that cancels itself on its fifth run.
        final int[] runs = new int[1];
        TimerTask periodic = new TimerTask() {
            @Override
            public void run() {
                runs[0]++;
                log.append("periodic run ").append(runs[0]).append('\n');
                if (runs[0] == 5) {
                    log.append("self-cancel returns ").append(cancel()).append('\n');
                    finish();
                }
            }
        };
        timer.schedule(periodic, 0, 5);
        awaitFinished(2);
        TimerTask fixedRate = new TimerTask() {
            int n;

            @Override
            public void run() {
                n++;
                log.append("fixed-rate run ").append(n).append('\n');
                if (n == 3) {
                    cancel();
                    finish();
                }
            }
        };
        timer.scheduleAtFixedRate(fixedRate, 1, 7);
        awaitFinished(3);
        System.out.print(log);
        log.setLength(0);

        // Errors.
        try {
            timer.schedule(periodic, 10);
        } catch (IllegalStateException e) {
            System.out.println("reschedule cancelled task: " + e.getMessage());
        }
        TimerTask once = new TimerTask() {
            @Override
            public void run() {
                log.append("once\n");
                finish();
            }
        };
        timer.schedule(once, 1);
        try {
            timer.schedule(once, 5);
        } catch (IllegalStateException e) {
            System.out.println("schedule twice: " + e.getMessage());
        }
        awaitFinished(4);
        System.out.print(log);
        try {
            timer.schedule(new Named("neg", 0, false), -1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative delay: " + e.getMessage());
        }
        try {
            timer.schedule(new Named("zero-period", 0, false), 1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("zero period: " + e.getMessage());
        }
        try {
            timer.schedule(new Named("null-date", 0, false), (Date) null);
        } catch (NullPointerException e) {
            System.out.println("null date: NullPointerException");
        }

        // purge() on a timer whose queue holds only far-future tasks.
        Timer other = new Timer();
        TimerTask[] far = new TimerTask[5];
        for (int i = 0; i < far.length; i++) {
            far[i] = new Named("far" + i, 0, false);
            other.schedule(far[i], 3600000L + i);
        }
        far[1].cancel();
        far[3].cancel();
        far[4].cancel();
        System.out.println("purge removed " + other.purge() + ", then " + other.purge());
        other.cancel();
        other.cancel();
        try {
            other.schedule(new Named("late", 0, false), 1);
        } catch (IllegalStateException e) {
            System.out.println("after cancel: " + e.getMessage());
        }
        System.out.println("purge after cancel " + other.purge());

        // An unnamed timer's thread is called Timer-N; a daemon timer may be left running.
        Timer daemon = new Timer(true);
        daemon.schedule(new TimerTask() {
            @Override
            public void run() {
                log.setLength(0);
                log.append("daemon timer thread: ").append(Thread.currentThread().getName())
                        .append(" daemon=").append(Thread.currentThread().isDaemon());
                finish();
            }
        }, 2);
        awaitFinished(5);
        System.out.println(log);
        daemon.schedule(new Named("never", 0, false), 3600000L);
        timer.cancel();
        System.out.println("main done");
    }
}
