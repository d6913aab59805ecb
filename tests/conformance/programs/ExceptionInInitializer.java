public class ExceptionInInitializer {
    static class Bad {
        static int value = compute();

        static int compute() {
            System.out.println("  Bad.<clinit> running");
            throw new IllegalStateException("boom in static init");
        }

        static void use() {
            System.out.println("  Bad.use()");
        }
    }

    static class BadDivide {
        static int zero = 0;
        static int result;

        static {
            System.out.println("  BadDivide.<clinit> running");
            result = 10 / zero;
        }
    }

    static class ThrowsError {
        static {
            System.out.println("  ThrowsError.<clinit> running");
            if (true) {
                throw new CustomError("error from static init");
            }
        }
        static int x = 1;
    }

    static class CustomError extends Error {
        CustomError(String m) {
            super(m);
        }
    }

    static class ParentBad {
        static {
            System.out.println("  ParentBad.<clinit> running");
            if (true) throw new RuntimeException("parent failed");
        }
    }

    static class ChildOfBad extends ParentBad {
        static {
            System.out.println("  ChildOfBad.<clinit> running (must not appear)");
        }
        static int y = 2;
    }

    static void describe(Throwable t) {
        System.out.println("  caught " + t.getClass().getName() + ": " + t.getMessage());
        // (NoClassDefFoundError's cause is a JDK-update-specific detail: not printed)
        Throwable cause = t instanceof ExceptionInInitializerError ? t.getCause() : null;
        if (cause != null) {
            System.out.println("    cause " + cause.getClass().getName() + ": " + cause.getMessage());
        }
        System.out.println("    is LinkageError: " + (t instanceof LinkageError) + ", is Error: " + (t instanceof Error));
    }

    public static void main(String[] args) {
        System.out.println("first use of Bad:");
        try {
            Bad.use();
        } catch (Throwable t) {
            describe(t);
            if (t instanceof ExceptionInInitializerError) {
                Throwable ex = ((ExceptionInInitializerError) t).getException();
                System.out.println("    getException() is the cause: " + (ex == t.getCause()));
            }
        }
        System.out.println("second use of Bad:");
        try {
            System.out.println(Bad.value);
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("third use of Bad (new array is fine, no init):");
        Bad[] arr = new Bad[2];
        System.out.println("  array length " + arr.length);
        System.out.println("BadDivide:");
        try {
            System.out.println(BadDivide.result);
        } catch (ExceptionInInitializerError e) {
            describe(e);
        }
        try {
            System.out.println(BadDivide.zero);
        } catch (NoClassDefFoundError e) {
            describe(e);
        }
        System.out.println("ThrowsError (Error passes through unwrapped):");
        try {
            System.out.println(ThrowsError.x);
        } catch (Throwable t) {
            describe(t);
        }
        try {
            System.out.println(ThrowsError.x);
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("ChildOfBad (superclass init fails):");
        try {
            System.out.println(ChildOfBad.y);
        } catch (Throwable t) {
            describe(t);
        }
        try {
            System.out.println(ChildOfBad.y);
        } catch (Throwable t) {
            describe(t);
        }
        try {
            new ParentBad();
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("Class.forName of failed class:");
        try {
            Class.forName("ExceptionInInitializer$Bad");
        } catch (Throwable t) {
            describe(t);
        }
        System.out.println("done");
    }
}
