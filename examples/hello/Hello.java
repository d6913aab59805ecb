/** A plain program, a small tour of what the KVM runs: `javac -d out Hello.java`, then `kava run -cp out Hello`. */
public class Hello {
    interface Shape {
        double area();
        default String describe() {
            return getClass().getSimpleName() + " with area " + area();
        }
    }

    static final class Circle implements Shape {
        private final double r;
        Circle(double r) { this.r = r; }
        public double area() { return Math.PI * r * r; }
    }

    static final class Square implements Shape {
        private final int side;
        Square(int side) { this.side = side; }
        public double area() { return side * side; }
    }

    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        System.out.println("Hello from the Kava KVM!");
        Shape[] shapes = { new Circle(1.5), new Square(3) };
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 20; i++) {
            sb.append(fib(i)).append(i < 20 ? ", " : "");
        }
        System.out.println("fib: " + sb);
        try {
            Object o = "text";
            Integer boom = (Integer) o;
            System.out.println(boom);
        } catch (ClassCastException e) {
            System.out.println("caught: " + e.getMessage());
        }
        System.out.println("int overflow: " + (Integer.MAX_VALUE + 1) + ", 7 / -2 = " + (7 / -2)
                + ", 0.1 + 0.2 = " + (0.1 + 0.2));
    }
}
