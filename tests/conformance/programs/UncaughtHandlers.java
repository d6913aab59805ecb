// Thread.UncaughtExceptionHandler: per-thread handler, the default handler, precedence of the
// per-thread one, a handler that itself throws, and that the handler runs in the dying thread
// before join() returns.
public class UncaughtHandlers {
    static final StringBuffer log = new StringBuffer();

    static class Recorder implements Thread.UncaughtExceptionHandler {
        final String label;

        Recorder(String label) {
            this.label = label;
        }

        public void uncaughtException(Thread t, Throwable e) {
            log.append(label).append(" got ").append(e.getClass().getSimpleName()).append('(')
                    .append(e.getMessage()).append(") from ").append(t.getName())
                    .append(" in ").append(Thread.currentThread().getName())
                    .append(" same=").append(t == Thread.currentThread())
                    .append(" alive=").append(t.isAlive()).append('\n');
        }
    }

    static Thread failing(String name, final RuntimeException ex) {
        return new Thread(name) {
            @Override
            public void run() {
                throw ex;
            }
        };
    }

    public static void main(String[] args) throws Exception {
        System.out.println("default handler initially null: " + (Thread.getDefaultUncaughtExceptionHandler() == null));

        Thread a = failing("with-own-handler", new IllegalArgumentException("bad arg"));
        Recorder own = new Recorder("own");
        a.setUncaughtExceptionHandler(own);
        System.out.println("own handler installed: " + (a.getUncaughtExceptionHandler() == own));
        a.start();
        a.join();
        System.out.print(log);
        log.setLength(0);

        Recorder global = new Recorder("default");
        Thread.setDefaultUncaughtExceptionHandler(global);
        System.out.println("default installed: " + (Thread.getDefaultUncaughtExceptionHandler() == global));

        Thread b = failing("uses-default", new UnsupportedOperationException("nope"));
        b.start();
        b.join();
        Thread c = failing("own-wins", new ArithmeticException("/ by nothing"));
        c.setUncaughtExceptionHandler(new Recorder("own2"));
        c.start();
        c.join();
        System.out.print(log);
        log.setLength(0);

        // A lambda handler, and a handler that throws (its exception is ignored).
        Thread d = failing("lambda-handled", new IllegalStateException("state"));
        d.setUncaughtExceptionHandler((t, e) -> log.append("lambda saw ").append(e.getMessage()).append('\n'));
        d.start();
        d.join();
        Thread e = failing("handler-throws", new RuntimeException("first"));
        e.setUncaughtExceptionHandler((t, ex) -> {
            log.append("throwing handler saw ").append(ex.getMessage()).append('\n');
            throw new RuntimeException("from handler");
        });
        e.start();
        e.join();
        System.out.print(log);
        log.setLength(0);
        System.out.println("after throwing handler: alive=" + e.isAlive());

        // Errors reach the handler too.
        Thread f = new Thread("error-thread") {
            @Override
            public void run() {
                throw new StackOverflowError("fake overflow");
            }
        };
        f.start();
        f.join();
        System.out.print(log);
        log.setLength(0);

        // Clearing the per-thread handler falls back to the default one.
        Thread g = failing("cleared", new NumberFormatException("nfe"));
        g.setUncaughtExceptionHandler(new Recorder("temporary"));
        g.setUncaughtExceptionHandler(null);
        g.start();
        g.join();
        System.out.print(log);
        log.setLength(0);

        Thread.setDefaultUncaughtExceptionHandler(null);
        System.out.println("default cleared: " + (Thread.getDefaultUncaughtExceptionHandler() == null));
        Thread h = failing("no-handler", new RuntimeException("printed to stderr"));
        h.start();
        h.join();
        System.out.println("log after stderr report is empty: " + (log.length() == 0));
    }
}
