public class BigFactorial {
    // Arbitrary-precision arithmetic on int arrays of base-10^9 limbs (little-endian).
    static int[] multiply(int[] a, int m) {
        int[] r = new int[a.length + 2];
        long carry = 0;
        for (int i = 0; i < a.length; i++) {
            long cur = (long) a[i] * m + carry;
            r[i] = (int) (cur % 1000000000L);
            carry = cur / 1000000000L;
        }
        int n = a.length;
        while (carry > 0) {
            r[n++] = (int) (carry % 1000000000L);
            carry /= 1000000000L;
        }
        return trim(r, n);
    }

    static int[] add(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] r = new int[n + 1];
        int carry = 0;
        for (int i = 0; i < n; i++) {
            int s = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0) + carry;
            carry = s >= 1000000000 ? 1 : 0;
            r[i] = s - carry * 1000000000;
        }
        r[n] = carry;
        return trim(r, carry > 0 ? n + 1 : n);
    }

    static int[] trim(int[] r, int n) {
        while (n > 1 && r[n - 1] == 0) n--;
        int[] out = new int[n];
        System.arraycopy(r, 0, out, 0, n);
        return out;
    }

    static String toStr(int[] a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a[a.length - 1]);
        for (int i = a.length - 2; i >= 0; i--) {
            String part = Integer.toString(a[i]);
            for (int k = part.length(); k < 9; k++) sb.append('0');
            sb.append(part);
        }
        return sb.toString();
    }

    static int digitSum(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) sum += s.charAt(i) - '0';
        return sum;
    }

    public static void main(String[] args) {
        int[] f = {1};
        for (int i = 1; i <= 100; i++) {
            f = multiply(f, i);
            if (i == 20 || i == 25 || i == 50) System.out.println(i + "! = " + toStr(f));
        }
        String f100 = toStr(f);
        System.out.println("100! has " + f100.length() + " digits, digit sum " + digitSum(f100));
        System.out.println("100! = " + f100);
        int[] a = {0}, b = {1};
        for (int i = 0; i < 300; i++) {
            int[] c = add(a, b);
            a = b;
            b = c;
        }
        String fib300 = toStr(a);
        System.out.println("fib(300) = " + fib300 + " (" + fib300.length() + " digits)");
        int[] p = {1};
        for (int i = 0; i < 200; i++) p = multiply(p, 2);
        System.out.println("2^200 = " + toStr(p));
        long check = 0;
        for (int limb : f) check = check * 1000003 + limb;
        System.out.println("limb checksum = " + check);
    }
}
