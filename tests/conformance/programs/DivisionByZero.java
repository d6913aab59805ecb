public class DivisionByZero {
    static int zero = 0;
    static long lzero = 0L;

    static void tryInt(String label, int a, int b, boolean rem) {
        try {
            int r = rem ? a % b : a / b;
            System.out.println(label + " = " + r);
        } catch (ArithmeticException e) {
            System.out.println(label + " threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void tryLong(String label, long a, long b, boolean rem) {
        try {
            long r = rem ? a % b : a / b;
            System.out.println(label + " = " + r);
        } catch (ArithmeticException e) {
            System.out.println(label + " threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        tryInt("1/0", 1, zero, false);
        tryInt("0/0", 0, zero, false);
        tryInt("-5%0", -5, zero, true);
        tryInt("MIN/0", Integer.MIN_VALUE, zero, false);
        tryInt("7/2", 7, 2, false);
        tryLong("1L/0L", 1L, lzero, false);
        tryLong("1L%0L", 1L, lzero, true);
        tryLong("MIN/-1", Long.MIN_VALUE, -1L, false);
        try {
            int x = 10;
            x /= zero;
            System.out.println("unreachable " + x);
        } catch (ArithmeticException e) {
            System.out.println("compound /= 0: " + e.getMessage());
        }
        try {
            long y = 10;
            y %= lzero;
            System.out.println("unreachable " + y);
        } catch (ArithmeticException e) {
            System.out.println("compound %= 0L: " + e.getMessage());
        }
        try {
            System.out.println(Math.floorDiv(5, zero));
        } catch (ArithmeticException e) {
            System.out.println("floorDiv: " + e.getMessage());
        }
        try {
            System.out.println(Math.floorMod(5L, lzero));
        } catch (ArithmeticException e) {
            System.out.println("floorMod long: " + e.getMessage());
        }
        int counter = 0;
        try {
            counter++;
            int r = counter / (counter - 1);
            counter += r;
        } catch (ArithmeticException e) {
            counter += 100;
        }
        System.out.println("counter = " + counter);
        byte b = 0;
        short s = 0;
        char c = 0;
        try {
            System.out.println(100 / b);
        } catch (ArithmeticException e) {
            System.out.println("byte divisor: " + e.getMessage());
        }
        try {
            System.out.println(100 % s);
        } catch (ArithmeticException e) {
            System.out.println("short divisor: " + e.getMessage());
        }
        try {
            System.out.println(100 / c);
        } catch (ArithmeticException e) {
            System.out.println("char divisor: " + e.getMessage());
        }

        double dz = 0.0;
        float fz = 0.0f;
        System.out.println("1.0/0.0 = " + (1.0 / dz));
        System.out.println("-1.0/0.0 = " + (-1.0 / dz));
        System.out.println("1.0/-0.0 = " + (1.0 / -dz));
        System.out.println("0.0/0.0 = " + (dz / dz));
        System.out.println("5.0%0.0 = " + (5.0 % dz));
        System.out.println("1f/0f = " + (1f / fz));
        System.out.println("-1f/0f = " + (-1f / fz));
        System.out.println("0f/0f = " + (fz / fz));
        System.out.println("5f%0f = " + (5f % fz));
        System.out.println("int/double 1/0.0 = " + (1 / dz));
        System.out.println("Infinity%3 = " + (Double.POSITIVE_INFINITY % 3));
        System.out.println("3%Infinity = " + (3.0 % Double.POSITIVE_INFINITY));
        System.out.println("-7.5%2 = " + (-7.5 % 2));
        System.out.println("7.5%-2 = " + (7.5 % -2));
        System.out.println("-0.0%5 = " + (-0.0 % 5));
        System.out.println("5.3f%2f = " + (5.3f % 2f));
        System.out.println("1e300*1e300 = " + (1e300 * 1e300));
    }
}
