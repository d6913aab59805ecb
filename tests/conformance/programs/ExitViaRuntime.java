public class ExitViaRuntime {
    public static void main(String[] args) {
        int status = 0;
        for (int i = 1; i <= 10; i++) status += i;
        System.out.println("computed status " + status + " (& 0xFF = " + (status & 0xFF) + ")");
        System.out.println("exit(" + (status + 250) + ") is reported modulo 256");
        Runtime.getRuntime().exit(status + 250);
    }
}
