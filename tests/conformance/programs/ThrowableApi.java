public class ThrowableApi {
    public static void main(String[] args) {
        Throwable t = new Throwable("plain throwable");
        System.out.println("Throwable: " + t + " | " + t.getMessage() + " | cause " + t.getCause());
        Exception e = new Exception("outer");
        System.out.println("initCause returns this: " + (e.initCause(new RuntimeException("the cause")) == e));
        System.out.println("cause now: " + e.getCause().getMessage());
        try {
            e.initCause(new RuntimeException("again"));
        } catch (IllegalStateException ise) {
            System.out.println("second initCause -> IllegalStateException");
        }
        Exception withCtorCause = new Exception("m", new Error("c"));
        try {
            withCtorCause.initCause(null);
        } catch (IllegalStateException ise) {
            System.out.println("initCause after ctor cause -> IllegalStateException");
        }
        Exception self = new Exception("self");
        try {
            self.initCause(self);
        } catch (IllegalArgumentException iae) {
            System.out.println("self-causation -> IllegalArgumentException");
        }
        Exception allowNull = new Exception("null cause");
        allowNull.initCause(null);
        System.out.println("initCause(null) accepted, cause = " + allowNull.getCause());
        Exception sup = new Exception("with suppressed");
        System.out.println("no suppressed: " + sup.getSuppressed().length);
        sup.addSuppressed(new IllegalStateException("one"));
        sup.addSuppressed(new IllegalArgumentException("two"));
        Throwable[] arr = sup.getSuppressed();
        System.out.println("suppressed count: " + arr.length + " first: " + arr[0].getMessage() + " second: " + arr[1].getMessage());
        arr[0] = null;
        System.out.println("getSuppressed returns a copy: " + (sup.getSuppressed()[0] != null));
        try {
            sup.addSuppressed(sup);
        } catch (IllegalArgumentException iae) {
            System.out.println("self-suppression -> IllegalArgumentException");
        }
        try {
            sup.addSuppressed(null);
        } catch (NullPointerException npe) {
            System.out.println("addSuppressed(null) -> NullPointerException");
        }
        System.out.println("fillInStackTrace returns this: " + (sup.fillInStackTrace() == sup));
        System.out.println("getStackTrace non-null: " + (sup.getStackTrace() != null));
        System.err.println("--- printStackTrace goes to stderr (not compared) ---");
        sup.printStackTrace();
        e.printStackTrace();
        System.out.println("after printStackTrace, stdout continues");
        Throwable deep = new RuntimeException("level0");
        Throwable cur = deep;
        for (int i = 1; i <= 5; i++) {
            Throwable next = new RuntimeException("level" + i);
            cur.initCause(next);
            cur = next;
        }
        StringBuilder sb = new StringBuilder();
        for (Throwable x = deep; x != null; x = x.getCause()) sb.append(x.getMessage()).append(' ');
        System.out.println("cause chain: " + sb);
        System.out.println("getLocalizedMessage: " + new Exception("loc").getLocalizedMessage());
        Throwable thrown = null;
        try {
            throw new Throwable("throwing a bare Throwable");
        } catch (Throwable x) {
            thrown = x;
        }
        System.out.println("caught bare Throwable: " + thrown.getMessage() + " class " + thrown.getClass().getName());
    }
}
