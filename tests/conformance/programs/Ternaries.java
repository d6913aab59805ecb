public class Ternaries {
    static int sideEffects = 0;

    static int se(int v) {
        sideEffects++;
        return v;
    }

    static String sign(int x) {
        return x > 0 ? "positive" : x < 0 ? "negative" : "zero";
    }

    public static void main(String[] args) {
        for (int x = -1; x <= 1; x++) {
            System.out.println(x + " is " + sign(x));
        }
        int r = true ? se(1) : se(2);
        System.out.println("only one branch evaluated: r=" + r + " sideEffects=" + sideEffects);
        boolean cond = false;
        System.out.println("char vs int literal: " + (cond ? 1 : 'a'));
        System.out.println("char vs int literal (true): " + (!cond ? 66 : 'a'));
        int i = 66;
        System.out.println("char vs int variable: " + (cond ? i : 'a'));
        System.out.println("byte vs short: " + (cond ? (byte) 1 : (short) 2));
        byte bt = 5;
        System.out.println("byte vs int const fits: " + (cond ? bt : 10));
        System.out.println("int vs long: " + (cond ? 1 : 2L) + ", int vs double: " + (cond ? 1 : 2.0) + ", long vs float: " + (!cond ? 3L : 1.5f));
        System.out.println("Integer vs int: " + (cond ? Integer.valueOf(7) : 8));
        Integer nullInt = null;
        try {
            int bad = cond ? 1 : nullInt;
            System.out.println("unreachable " + bad);
        } catch (NullPointerException e) {
            System.out.println("ternary unboxing of null -> NullPointerException");
        }
        try {
            Integer trap = cond ? 1 : nullInt == null ? null : nullInt;
            System.out.println("unreachable " + trap);
        } catch (NullPointerException e) {
            System.out.println("int : (Integer-typed null) unboxes -> NullPointerException");
        }
        Integer ok = cond ? Integer.valueOf(1) : nullInt == null ? null : nullInt;
        System.out.println("reference ternary keeps null: " + ok);
        Object o = cond ? "str" : Integer.valueOf(3);
        System.out.println("mixed refs: " + o + " " + o.getClass().getName());
        long big = cond ? 0 : Long.MAX_VALUE;
        System.out.println("long: " + big);
        double d = !cond ? 'A' : 2.5;
        System.out.println("char vs double -> double: " + d);
        int max = 0;
        int[] vals = {3, 9, -2, 14, 7};
        for (int v : vals) {
            max = v > max ? v : max;
        }
        System.out.println("max via ternary = " + max);
        String desc = vals.length > 3 ? vals.length > 10 ? "huge" : "medium" : "small";
        System.out.println("nested: " + desc);
        int a = 5, b = 10;
        int m = (a > b ? a : b) * 2 + (a < b ? -a : b);
        System.out.println("arith with ternaries: " + m);
        String s = null;
        System.out.println("null-safe length: " + (s == null ? -1 : s.length()));
        char grade;
        int score = 83;
        grade = score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : 'F';
        System.out.println("grade: " + grade);
        boolean flag = a > 3 ? b > 3 : b < 3;
        System.out.println("boolean ternary: " + flag);
        System.out.println("ternary as statement arg: " + (cond ? "yes" : null));
        float f = cond ? 1 : 0.1f;
        System.out.println("int vs float: " + f);
        short sh = 100;
        char ch = 'x';
        System.out.println("short vs char: " + (cond ? sh : ch) + ", char vs short-const: " + (cond ? 'y' : (short) 7));
        Object box = cond ? 'c' : 1;
        System.out.println("boxed char:int-const -> " + box + " " + box.getClass().getName());
        Object box2 = cond ? (Character) 'c' : (Integer) 1;
        System.out.println("boxed Character:Integer -> " + box2 + " " + box2.getClass().getName());
    }
}
