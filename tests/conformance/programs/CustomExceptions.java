public class CustomExceptions {
    static class AppException extends Exception {
        final int code;

        AppException(String msg, int code) {
            super(msg);
            this.code = code;
        }

        AppException(String msg, Throwable cause) {
            super(msg, cause);
            this.code = -1;
        }
    }

    static class NotFound extends AppException {
        NotFound(String what) {
            super("not found: " + what, 404);
        }
    }

    static class Forbidden extends AppException {
        Forbidden() {
            super(null, 403);
        }

        @Override
        public String getMessage() {
            return "forbidden (overridden getMessage)";
        }
    }

    static class Quiet extends RuntimeException {
        Quiet() {
        }
    }

    static class WithToString extends RuntimeException {
        WithToString(String m) {
            super(m);
        }

        @Override
        public String toString() {
            return "WithToString{" + getMessage() + "}";
        }
    }

    static class LocalizedMsg extends Exception {
        LocalizedMsg() {
            super("base");
        }

        @Override
        public String getLocalizedMessage() {
            return "localized!";
        }
    }

    static void fetch(String key) throws AppException {
        if (key.equals("missing")) throw new NotFound(key);
        if (key.equals("secret")) throw new Forbidden();
        if (key.equals("broken")) {
            try {
                Integer.parseInt("x" + key);
            } catch (NumberFormatException e) {
                throw new AppException("wrapped failure", e);
            }
        }
        System.out.println("fetched " + key);
    }

    public static void main(String[] args) {
        String[] keys = {"ok", "missing", "secret", "broken"};
        for (String k : keys) {
            try {
                fetch(k);
            } catch (NotFound e) {
                System.out.println("NotFound handler: " + e.getMessage() + " code=" + e.code + " toString=" + e);
            } catch (AppException e) {
                System.out.println("AppException handler: " + e.getMessage() + " code=" + e.code + " cause="
                        + (e.getCause() == null ? "none" : e.getCause().getClass().getName()) + " toString=" + e);
            }
        }
        System.out.println("Quiet toString: " + new Quiet() + " message: " + new Quiet().getMessage());
        System.out.println("WithToString: " + new WithToString("m") + " message: " + new WithToString("m").getMessage());
        System.out.println("LocalizedMsg toString uses getLocalizedMessage: " + new LocalizedMsg() + " getMessage=" + new LocalizedMsg().getMessage());
        RuntimeException fromCause = new RuntimeException(new NotFound("inner"));
        System.out.println("RuntimeException(cause) message: " + fromCause.getMessage());
        RuntimeException nullCause = new RuntimeException((Throwable) null);
        System.out.println("RuntimeException(null cause) message: " + nullCause.getMessage() + " cause: " + nullCause.getCause());
        Exception plain = new Exception();
        System.out.println("new Exception(): " + plain + " msg=" + plain.getMessage());
        Exception empty = new Exception("");
        System.out.println("new Exception(\"\"): [" + empty + "]");
        Throwable chain = new IllegalStateException("top", new IllegalArgumentException("middle", new ArithmeticException("root")));
        int depth = 0;
        for (Throwable t = chain; t != null; t = t.getCause()) {
            System.out.println("  depth " + depth++ + ": " + t);
        }
        Error err = new AssertionError("assertion text");
        System.out.println("AssertionError: " + err.getMessage() + " is Error: " + (err instanceof Error));
        AssertionError fromObj = new AssertionError(42);
        System.out.println("AssertionError(Object 42): " + fromObj.getMessage());
        try {
            throw new NotFound("thrown directly");
        } catch (Exception e) {
            System.out.println("caught as Exception: " + (e instanceof AppException) + " " + e.getClass().getName()
                    + " super=" + e.getClass().getSuperclass().getName());
        }
    }
}
