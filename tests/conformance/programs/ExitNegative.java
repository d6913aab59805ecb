public class ExitNegative {
    public static void main(String[] args) {
        System.out.println("exit(-1) is reported as status 255");
        Runtime.getRuntime().exit(-1);
        System.out.println("never printed");
    }
}
