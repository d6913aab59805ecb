/** Start-up probe for benchmarks/run.py: prints one line and exits. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
