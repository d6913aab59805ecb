public class ExitZero {
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println("line " + i);
        }
        System.out.print("unterminated output is flushed at exit");
        if (args.length == 0) {
            System.exit(0);
        }
        System.out.println("never printed");
        throw new RuntimeException("never thrown");
    }
}
