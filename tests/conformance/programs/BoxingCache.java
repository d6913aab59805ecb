public class BoxingCache {
    static Integer box(int i) { return i; }
    static int unbox(Integer i) { return i; }
    static Object obj(Object o) { return o; }

    public static void main(String[] args) {
        int[] probes = {-129, -128, -1, 0, 1, 100, 127, 128, 1000};
        for (int p : probes) {
            Integer a = p, b = p;
            Integer c = Integer.valueOf(p), d = Integer.valueOf(p);
            System.out.println("Integer " + p + ": auto==" + (a == b) + " valueOf==" + (c == d) + " equals=" + a.equals(b));
        }
        Integer n1 = new Integer(5), n2 = new Integer(5);
        System.out.println("new Integer(5) == new Integer(5): " + (n1 == n2) + ", equals: " + n1.equals(n2) + ", == valueOf: " + (n1 == Integer.valueOf(5)));
        Short s1 = -128, s2 = -128, s3 = 128, s4 = 128;
        System.out.println("Short -128 ==: " + (s1 == s2) + ", 128 ==: " + (s3 == s4));
        Byte b1 = (byte) -1, b2 = (byte) -1;
        System.out.println("Byte -1 ==: " + (b1 == b2));
        Character c1 = 'a', c2 = 'a', c3 = '\u00e9', c4 = '\u00e9', c5 = 127, c6 = 127;
        System.out.println("Character 'a' ==: " + (c1 == c2) + ", '\u00e9'(233) ==: " + (c3 == c4) + ", 127 ==: " + (c5 == c6));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE"), f1 = Boolean.valueOf(false);
        System.out.println("Boolean ==: " + (t1 == t2) + " " + (t1 == Boolean.TRUE) + " " + (f1 == Boolean.FALSE));
        Long l1 = 127L, l2 = 127L, l3 = -129L, l4 = -129L;
        System.out.println("Long 127 ==: " + (l1 == l2) + ", -129 ==: " + (l3 == l4));

        Integer big1 = 1000, big2 = 1000;
        System.out.println("Integer 1000 == 1000 via unboxing (big1 == 1000): " + (big1 == 1000) + ", big1 <= big2 && big1 >= big2: " + (big1 <= big2 && big1 >= big2));
        Long lx = 10L;
        Integer ix = 10;
        System.out.println("Long.equals(Integer): " + lx.equals(ix) + ", lx == 10: " + (lx == 10) + ", (long)ix == lx: " + (ix.longValue() == lx));
        Object o = true ? 1 : "s";
        System.out.println("ternary boxing type: " + o.getClass().getName());
        Object o2 = true ? Integer.valueOf(1) : Double.valueOf(2.0);
        System.out.println("ternary Integer:Double -> " + o2 + " (" + o2.getClass().getName() + ")");
        Object o3 = false ? 'a' : 98;
        System.out.println("ternary char:98 -> " + o3 + " (" + o3.getClass().getName() + ")");
        Object o4 = true ? (Integer) null : "x";
        System.out.println("ternary null Integer:String -> " + o4);
        long widened = box(42);
        double dw = box(7);
        System.out.println("unbox+widen: " + widened + " " + dw);
        Object[] objs = {1, 2L, 3.0f, 4.0, 'c', (byte) 6, (short) 7, false};
        for (Object x : objs) {
            System.out.println("boxed " + x + " is " + x.getClass().getName() + " Number? " + (x instanceof Number));
        }
        int sum = 0;
        Integer[] arr = {1, 2, 3, null, 5};
        for (Integer x : arr) {
            if (x != null) {
                sum += x;
            }
        }
        System.out.println("sum skipping null = " + sum);
        try {
            int bad = unbox(arr[3]);
            System.out.println("unreachable " + bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null -> NullPointerException");
        }
        Integer counter = 0;
        for (int i = 0; i < 300; i++) {
            counter++;
        }
        System.out.println("counter = " + counter + ", == 300 literal: " + (counter == 300) + ", equals Integer.valueOf(300): " + counter.equals(Integer.valueOf(300)));
        System.out.println("obj(1).equals(1L): " + obj(1).equals(1L) + ", obj(1).equals(1): " + obj(1).equals(1));
        Double dd = 0.0, dn = -0.0;
        System.out.println("Double 0.0 equals -0.0: " + dd.equals(dn) + ", 0.0 == -0.0 unboxed: " + (dd.doubleValue() == dn));
        Float fn1 = Float.NaN, fn2 = Float.NaN;
        System.out.println("Float NaN equals NaN: " + fn1.equals(fn2) + ", unboxed ==: " + (fn1.floatValue() == fn2));
        System.out.println("Integer.valueOf(127) == Integer.valueOf(\"127\"): " + (Integer.valueOf(127) == Integer.valueOf("127")));
        System.out.println("Character.valueOf('z').charValue() = " + Character.valueOf('z').charValue() + ", Integer.valueOf(-5).intValue() = " + Integer.valueOf(-5).intValue());
    }
}
