public class ExitUncaughtRuntime {
    static void level3(int x) {
        try {
            System.out.println("level3 entered with " + x);
            if (x >= 2) {
                throw new IllegalStateException("uncaught from level3");
            }
        } finally {
            System.out.println("level3 finally runs before the thread dies");
        }
    }

    static void level2(int x) {
        try {
            level3(x + 1);
        } catch (IllegalArgumentException e) {
            System.out.println("wrong handler");
        } finally {
            System.out.println("level2 finally");
        }
    }

    public static void main(String[] args) {
        System.out.println("start");
        try {
            level2(1);
        } catch (ArithmeticException e) {
            System.out.println("not this one either");
        }
        System.out.println("never printed");
    }
}
