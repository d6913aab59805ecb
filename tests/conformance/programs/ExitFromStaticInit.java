public class ExitFromStaticInit {
    static class Config {
        static final int VALUE;

        static {
            System.out.println("Config initializing");
            if (System.getProperty("line.separator") != null) {
                System.out.println("exiting from static initializer with status 4");
                System.exit(4);
            }
            VALUE = 1;
        }
    }

    public static void main(String[] args) {
        System.out.println("main started");
        try {
            System.out.println("value = " + Config.VALUE);
        } catch (Throwable t) {
            System.out.println("never: " + t);
        } finally {
            System.out.println("never: finally");
        }
        System.out.println("never: end of main");
    }
}
