public class TryWithResources {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            log.append("open ").append(name).append("; ");
        }

        void use(boolean fail) {
            log.append("use ").append(name).append("; ");
            if (fail) throw new IllegalStateException("use failed: " + name);
        }

        @Override
        public void close() {
            log.append("close ").append(name).append("; ");
            if (failOnClose) throw new IllegalArgumentException("close failed: " + name);
        }
    }

    static class FailingOpen implements AutoCloseable {
        FailingOpen() {
            throw new UnsupportedOperationException("cannot open");
        }

        public void close() {
            log.append("never closed; ");
        }
    }

    static class CheckedRes implements AutoCloseable {
        public void close() throws Exception {
            throw new Exception("checked close");
        }
    }

    static void report(String title, Throwable t) {
        System.out.println(title + ": " + log);
        if (t != null) {
            System.out.println("  primary: " + t.getClass().getSimpleName() + ": " + t.getMessage());
            Throwable[] sup = t.getSuppressed();
            for (int i = 0; i < sup.length; i++) {
                System.out.println("  suppressed[" + i + "]: " + sup[i].getClass().getSimpleName() + ": " + sup[i].getMessage());
            }
        }
        log.setLength(0);
    }

    static int returnFromTry() {
        try (Res r = new Res("ret", false)) {
            return 42;
        } finally {
            log.append("finally; ");
        }
    }

    public static void main(String[] args) {
        try (Res a = new Res("A", false); Res b = new Res("B", false)) {
            a.use(false);
            b.use(false);
        }
        report("normal", null);
        try (Res a = new Res("A", false); Res b = new Res("B", false)) {
            b.use(true);
        } catch (IllegalStateException e) {
            report("body throws", e);
        }
        try (Res a = new Res("A", true); Res b = new Res("B", true); Res c = new Res("C", false)) {
            c.use(true);
        } catch (RuntimeException e) {
            report("body and two closes throw", e);
        }
        try (Res a = new Res("A", true)) {
            a.use(false);
        } catch (IllegalArgumentException e) {
            report("only close throws", e);
        }
        try (Res a = new Res("A", false); FailingOpen f = new FailingOpen()) {
            log.append("body; ");
        } catch (UnsupportedOperationException e) {
            report("second resource fails to open", e);
        }
        try (Res nothing = null) {
            log.append("body with null resource; ");
        }
        report("null resource", null);
        int v = returnFromTry();
        report("return from try " + v, null);
        try (CheckedRes c = new CheckedRes()) {
            log.append("body; ");
        } catch (Exception e) {
            report("checked close", e);
        }
        try (Res outer = new Res("outer", false)) {
            try (Res inner = new Res("inner", true)) {
                inner.use(true);
            } finally {
                log.append("inner finally; ");
            }
        } catch (IllegalStateException e) {
            report("nested", e);
        }
        Throwable t = new Exception("manual");
        t.addSuppressed(new RuntimeException("s1"));
        t.addSuppressed(new Error("s2"));
        report("manual addSuppressed", t);
    }
}
