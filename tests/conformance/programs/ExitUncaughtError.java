public class ExitUncaughtError {
    static class FatalError extends Error {
        FatalError(String m) {
            super(m);
        }
    }

    public static void main(String[] args) {
        int[] data = {3, 1, 4, 1, 5};
        int sum = 0;
        for (int d : data) sum += d;
        System.out.println("sum = " + sum);
        try {
            throw new RuntimeException("caught, not fatal");
        } catch (RuntimeException e) {
            System.out.println("handled: " + e.getMessage());
        }
        System.out.print("partial line before the error, no newline");
        throw new FatalError("custom Error escapes main");
    }
}
