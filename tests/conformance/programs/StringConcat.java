public class StringConcat {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    static class NullString {
        public String toString() { return null; }
    }

    static class Counter {
        int calls;
        public String toString() { return "C" + (++calls); }
    }

    public static void main(String[] args) {
        byte b = -8;
        short sh = 300;
        char c = 'q';
        int i = -42;
        long l = 1234567890123L;
        float f = 1.25f;
        double d = -0.1;
        boolean bool = true;
        String str = "s";
        String nul = null;
        Object obj = new Point(3, -4);
        Object nobj = null;
        Integer boxed = 77;
        Character bch = 'Z';
        System.out.println("all: " + b + "|" + sh + "|" + c + "|" + i + "|" + l + "|" + f + "|" + d + "|" + bool + "|" + str + "|"
                + nul + "|" + obj + "|" + nobj + "|" + boxed + "|" + bch);
        System.out.println(b + sh + c + i + "<- numeric sum first");
        System.out.println("" + b + sh + c + i + " <- all concatenated");
        System.out.println(c + c + "" + c + c);
        System.out.println(1 + 'a' + "b" + 'c' + 2);
        System.out.println(f + d + " vs " + f + d);
        System.out.println("float special: " + Float.NaN + " " + (1 / 0f) + " " + (-0.0f) + " " + 1e10f + " " + 1e-5f);
        System.out.println("double special: " + Double.NaN + " " + (-1 / 0.0) + " " + (-0.0) + " " + 1e21 + " " + 123456789.0);
        System.out.println("long extremes: " + Long.MIN_VALUE + " " + Long.MAX_VALUE + " int extremes: " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE);
        System.out.println("null toString: [" + new NullString() + "]");
        Counter counter = new Counter();
        String once = "evaluated " + counter + " " + counter;
        System.out.println(once + " calls=" + counter.calls);
        String s = null;
        s = s + null;
        System.out.println("null + null = " + s);
        s = "x";
        s += s += "y";
        System.out.println("s += s += y -> " + s);
        char[] chars = {'h', 'i'};
        System.out.println("String.valueOf(char[]) in concat: " + String.valueOf(chars));
        int[] arr = {1, 2, 3};
        System.out.println("index in concat: " + arr[1] + arr[2] + (arr[0] + arr[1]));
        String ternary = "t=" + (i < 0 ? "neg" : "pos") + (bool ? 1 : 0);
        System.out.println(ternary);
        System.out.println("escapes: tab[\t] quote[\"] backslash[\\] unicode[\u0041] octal[\101]");
        System.out.println("nested: " + ("(" + ("[" + ("{" + i + "}") + "]") + ")"));
        StringBuilder sb = new StringBuilder();
        sb.append("sb:").append(b).append(sh).append(c).append(i).append(l).append(f).append(d).append(bool).append(nul).append(obj).append(nobj);
        System.out.println(sb);
        System.out.println("concat with sb: " + sb.length() + " " + new StringBuilder("inner"));
        String big = "";
        for (int k = 0; k < 50; k++) {
            big += k % 10;
        }
        System.out.println("loop concat: " + big + " length " + big.length());
        String many = "" + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20
                + 'a' + 'b' + 'c' + 1L + 2L + 3L + 1.5f + 2.5 + true + false + nul + obj + boxed;
        System.out.println("many: " + many);
        String x1 = "a", x2 = "b", x3 = "c";
        String wide = x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3
                + x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3 + x1 + x2 + x3;
        System.out.println("wide: " + wide + " " + wide.length());
        String huge = x1;
        huge = huge + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l
                + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l
                + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l
                + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l + l
                + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d
                + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d + d;
        System.out.println("huge (over 200 slots) length = " + huge.length() + " hash = " + huge.hashCode());
        System.out.println("unicode: " + '\u00e9' + "\u20ac" + "\ud83d\ude00" + (char) 0x263A);
        System.out.println(String.valueOf((Object) null) + String.valueOf(true) + String.valueOf(c));
        Object o = "str-as-object";
        System.out.println("object that is a string: " + o);
        System.out.println("" + (byte) 200 + (short) 70000 + (char) 66 + (int) 3.99 + (long) -2.5 + (float) 0.1 + (double) 0.1f);
    }
}
