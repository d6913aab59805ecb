public class ExitThree {
    static void work() {
        try {
            System.out.println("in try, about to exit(3)");
            System.exit(3);
            System.out.println("never: after exit");
        } catch (Throwable t) {
            System.out.println("never: catch");
        } finally {
            System.out.println("never: finally must not run after System.exit");
        }
    }

    public static void main(String[] args) {
        System.out.println("before");
        try {
            work();
        } finally {
            System.out.println("never: outer finally");
        }
    }
}
