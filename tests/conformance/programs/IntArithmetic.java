public class IntArithmetic {
    static int id(int x) { return x; }

    static void show(String label, int v) {
        System.out.println(label + " = " + v);
    }

    public static void main(String[] args) {
        int max = id(Integer.MAX_VALUE);
        int min = id(Integer.MIN_VALUE);
        show("max+1", max + 1);
        show("min-1", min - 1);
        show("max*2", max * 2);
        show("min*-1", min * -1);
        show("-min", -min);
        show("min/-1", min / id(-1));
        show("min%-1", min % id(-1));
        show("max*max", max * max);
        show("min*min", min * min);
        show("46341*46341", id(46341) * id(46341));
        show("65536*65536", id(65536) * id(65536));
        show("max+max", max + max);
        show("min+min", min + min);

        int[] as = {7, -7, 7, -7, 0, 1, -1, 13, -13, min, max, min, max, 5, -5};
        int[] bs = {2, 2, -2, -2, 5, 3, 3, -5, 5, 7, -7, max, min, 5, -1};
        for (int i = 0; i < as.length; i++) {
            int a = as[i], b = bs[i];
            System.out.println(a + " / " + b + " = " + (a / b) + ", " + a + " % " + b + " = " + (a % b));
        }

        int h = 0;
        for (int i = 0; i < 100; i++) {
            h = 31 * h + i * 0x9E3779B9;
        }
        show("hash loop", h);

        show("~0", ~id(0));
        show("~max", ~max);
        show("~min", ~min);
        show("-0", -id(0));
        show("0xF0F0F0F0 & 0x0FF00FF0", id(0xF0F0F0F0) & id(0x0FF00FF0));
        show("0xF0F0F0F0 | 0x0FF00FF0", id(0xF0F0F0F0) | id(0x0FF00FF0));
        show("0xF0F0F0F0 ^ 0x0FF00FF0", id(0xF0F0F0F0) ^ id(0x0FF00FF0));

        int x = id(10);
        x += 5; show("x+=5", x);
        x -= 30; show("x-=30", x);
        x *= -4; show("x*=-4", x);
        x /= 7; show("x/=7", x);
        x %= 5; show("x%=5", x);
        x <<= 29; show("x<<=29", x);
        x >>= 3; show("x>>=3", x);
        x >>>= 1; show("x>>>=1", x);
        x = -x; show("x=-x", x);
        x >>= 2; show("x>>=2", x);
        x &= 0xffff; show("x&=0xffff", x);
        x |= 0x80000000; show("x|=0x80000000", x);
        x ^= -1; show("x^=-1", x);

        long wrong = max * 2;
        long right = (long) max * 2;
        System.out.println("int-mult then widen = " + wrong + ", widen first = " + right);

        int sum = 0;
        for (int i = 1; i <= 100000; i++) {
            sum += i;
        }
        show("sum 1..100000 (wrapped)", sum);

        int fact = 1;
        for (int i = 1; i <= 20; i++) {
            fact *= i;
            System.out.print(fact + (i < 20 ? " " : "\n"));
        }

        show("literal -2147483648", -2147483648);
        show("0x80000000", 0x80000000);
        show("0xFFFFFFFF", 0xFFFFFFFF);
        show("017 (octal)", 017);
        show("0b1011", 0b1011);
        show("1_000_000", 1_000_000);
        show("(byte)200 + (byte)100", (byte) id(200) + (byte) id(100));
        show("'a' * 'b'", 'a' * 'b');
        show("Math.abs(min)", Math.abs(min));
        show("min == -min ? 1 : 0", min == -min ? 1 : 0);
        show("max - min", max - min);
        show("precedence 2+3*4-10/3%2", id(2) + id(3) * id(4) - id(10) / id(3) % id(2));
    }
}
