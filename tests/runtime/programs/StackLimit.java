/** Under a small -Xss, recursion overflows early and the VM recovers. */
public class StackLimit {
    static int depth;
    static void down() { depth++; down(); }
    public static void main(String[] args) {
        try {
            down();
        } catch (StackOverflowError e) {
            System.out.println("overflowed, depth below 20000: " + (depth < 20000));
        }
        depth = 0;
        try {
            down();
        } catch (StackOverflowError e) {
            System.out.println("again: " + (depth > 100));
        }
    }
}
