public class FinallyFlow {
    static StringBuilder log = new StringBuilder();

    static void thrower(String what) {
        throw new IllegalArgumentException(what);
    }

    static void exceptionFromFinallyReplaces() {
        try {
            thrower("original");
        } finally {
            log.append("[finally runs]");
            thrower("from finally");
        }
    }

    static void nestedFinallyOrder(int depth) {
        try {
            log.append("enter").append(depth).append(' ');
            if (depth == 3) {
                throw new UnsupportedOperationException("deepest");
            }
            nestedFinallyOrder(depth + 1);
        } finally {
            log.append("finally").append(depth).append(' ');
        }
    }

    static String catchThenFinallyThrows() {
        try {
            try {
                thrower("first");
            } catch (IllegalArgumentException e) {
                log.append("caught ").append(e.getMessage()).append("; ");
                thrower("second, from catch");
            } finally {
                log.append("inner finally; ");
            }
        } catch (IllegalArgumentException e) {
            return "outer caught: " + e.getMessage();
        }
        return "not reached";
    }

    static int rethrowKeepsIdentity() {
        RuntimeException original = new RuntimeException("id");
        try {
            try {
                throw original;
            } catch (RuntimeException e) {
                throw e;
            }
        } catch (RuntimeException e) {
            return e == original ? 1 : 0;
        }
    }

    static String multiCatch(int which) {
        try {
            switch (which) {
                case 0: throw new IllegalArgumentException("iae");
                case 1: throw new ArithmeticException("arith");
                case 2: throw new ArrayIndexOutOfBoundsException("aioobe");
                case 3: throw new NullPointerException("npe");
                default: return "no exception";
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            return "multi1 " + e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (IndexOutOfBoundsException e) {
            return "superclass catch " + e.getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "runtime " + e.getMessage();
        } finally {
            log.append(which);
        }
    }

    static void throwsChecked(boolean b) throws Exception {
        if (b) throw new Exception("checked");
    }

    public static void main(String[] args) {
        try {
            exceptionFromFinallyReplaces();
        } catch (IllegalArgumentException e) {
            System.out.println("caught: " + e.getMessage() + " log=" + log + " suppressed=" + e.getSuppressed().length);
        }
        log.setLength(0);
        try {
            nestedFinallyOrder(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("nested: " + log + "-> " + e.getMessage());
        }
        log.setLength(0);
        System.out.println(catchThenFinallyThrows() + " | " + log);
        System.out.println("rethrow identity: " + rethrowKeepsIdentity());
        log.setLength(0);
        for (int i = 0; i <= 4; i++) {
            System.out.println("multiCatch(" + i + "): " + multiCatch(i));
        }
        System.out.println("finally log: " + log);
        try {
            throwsChecked(true);
        } catch (RuntimeException e) {
            System.out.println("wrong handler");
        } catch (Exception e) {
            System.out.println("checked handled: " + e.getMessage());
        }
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                if (attempts < 4) throw new IllegalStateException("retry " + attempts);
                System.out.println("succeeded after " + attempts + " attempts");
                break;
            } catch (IllegalStateException e) {
                System.out.println("  " + e.getMessage());
            }
        }
        try {
            try {
                throw new Error("an Error");
            } catch (Exception e) {
                System.out.println("Exception handler must not catch Error");
            }
        } catch (Throwable t) {
            System.out.println("Throwable handler caught: " + t.getMessage() + " (" + t.getClass().getName() + ")");
        }
        String state = "init";
        try {
            state = "in try";
            Object o = "x";
            Integer bad = (Integer) o;
            state = "after cast " + bad;
        } catch (ClassCastException e) {
            state += " -> cce";
        } finally {
            state += " -> finally";
        }
        System.out.println("state: " + state);
    }
}
