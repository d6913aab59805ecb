public class ExitMainClassInit {
    static int value = compute();

    static int compute() {
        System.out.println("main class static initializer runs first");
        int[] arr = new int[2];
        return arr[2];
    }

    public static void main(String[] args) {
        System.out.println("never: main must not run when the main class fails to initialize");
    }
}
