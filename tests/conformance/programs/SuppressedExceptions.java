import java.io.Closeable;
import java.io.IOException;

// try-with-resources with several resources: reverse close order, exceptions from the body
// with close exceptions attached as suppressed, a failing resource initializer (earlier
// resources still closed), null resources, nested try-with-resources, and addSuppressed
// rules (self-suppression, null, disabled suppression).
public class SuppressedExceptions {
    static final StringBuilder log = new StringBuilder();

    static final class Res implements AutoCloseable {
        final String name;
        final RuntimeException onClose;

        Res(String name, RuntimeException onClose) {
            this.name = name;
            this.onClose = onClose;
            log.append("open:").append(name).append(' ');
        }

        @Override
        public void close() {
            log.append("close:").append(name).append(' ');
            if (onClose != null) throw onClose;
        }
    }

    static final class IoRes implements Closeable {
        public void close() throws IOException {
            log.append("close:io ");
            throw new IOException("io close failed");
        }
    }

    static Res failingOpen(String name) {
        log.append("attempt:").append(name).append(' ');
        throw new IllegalStateException("cannot open " + name);
    }

    static void report(String title, Throwable t) {
        System.out.println(title + ": " + log.toString().trim());
        log.setLength(0);
        if (t == null) {
            System.out.println("  no exception");
            return;
        }
        System.out.println("  primary " + t);
        for (Throwable s : t.getSuppressed()) System.out.println("  suppressed " + s);
        if (t.getCause() != null) System.out.println("  cause " + t.getCause());
    }

    public static void main(String[] args) {
        Throwable caught = null;
        try (Res a = new Res("a", null); Res b = new Res("b", null); Res c = new Res("c", null)) {
            log.append("body ");
        }
        report("three resources, no failure", null);

        try (Res a = new Res("a", new IllegalArgumentException("a close")); Res b = new Res("b", new UnsupportedOperationException("b close"))) {
            log.append("body ");
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            caught = e;
        }
        report("body and both closes fail", caught);

        caught = null;
        try (Res a = new Res("a", new IllegalArgumentException("a close")); Res b = new Res("b", null)) {
            log.append("body ");
        } catch (RuntimeException e) {
            caught = e;
        }
        report("only a close fails", caught);

        caught = null;
        try (Res a = new Res("a", new IllegalArgumentException("a close")); Res b = new Res("b", new IllegalStateException("b close"))) {
            log.append("body ");
        } catch (RuntimeException e) {
            caught = e;
        }
        report("both closes fail, body fine", caught);

        caught = null;
        try (Res a = new Res("a", null); Res b = failingOpen("b"); Res c = new Res("c", null)) {
            log.append("body ");
        } catch (RuntimeException e) {
            caught = e;
        }
        report("second initializer throws", caught);

        caught = null;
        try (Res a = null; Res b = new Res("b", null)) {
            log.append("body with null a ");
        }
        report("null resource is skipped", null);

        caught = null;
        try (IoRes io = new IoRes(); Res r = new Res("r", new RuntimeException("r close"))) {
            log.append("body ");
        } catch (IOException e) {
            caught = e;
        } catch (RuntimeException e) {
            caught = e;
        }
        report("checked close exception after runtime close exception", caught);

        caught = null;
        try (Res outer = new Res("outer", new IllegalStateException("outer close"))) {
            try (Res inner = new Res("inner", new IllegalStateException("inner close"))) {
                throw new ArithmeticException("deep");
            } finally {
                log.append("inner-finally ");
            }
        } catch (ArithmeticException e) {
            caught = e;
        } finally {
            log.append("outer-finally ");
        }
        report("nested", caught);

        Exception base = new Exception("base");
        base.addSuppressed(new RuntimeException("one"));
        base.addSuppressed(new Error("two"));
        try {
            base.addSuppressed(base);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: " + e.getMessage());
        }
        try {
            base.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
        System.out.println("suppressed count=" + base.getSuppressed().length + " first=" + base.getSuppressed()[0].getMessage());
        Exception noSuppress = new RuntimeException("quiet", null, false, true) {
        };
        noSuppress.addSuppressed(new RuntimeException("ignored"));
        System.out.println("suppression disabled: count=" + noSuppress.getSuppressed().length + " message=" + noSuppress.getMessage());
    }
}
