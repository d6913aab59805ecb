public class BooleanLogic {
    static int evaluations = 0;

    static boolean t(String tag) {
        evaluations++;
        System.out.print(tag + " ");
        return true;
    }

    static boolean f(String tag) {
        evaluations++;
        System.out.print(tag + " ");
        return false;
    }

    public static void main(String[] args) {
        boolean r;
        r = f("a") && t("b");
        System.out.println("-> f&&t = " + r);
        r = t("a") || f("b");
        System.out.println("-> t||f = " + r);
        r = f("a") & t("b");
        System.out.println("-> f&t = " + r);
        r = t("a") | f("b");
        System.out.println("-> t|f = " + r);
        r = t("a") ^ t("b");
        System.out.println("-> t^t = " + r);
        r = f("a") || f("b") && t("c");
        System.out.println("-> f||f&&t = " + r);
        r = t("a") || f("b") && t("c");
        System.out.println("-> t||(f&&t) = " + r);
        r = (t("a") || f("b")) && f("c");
        System.out.println("-> (t||f)&&f = " + r);
        r = !t("a") | !f("b");
        System.out.println("-> !t|!f = " + r);
        System.out.println("evaluations = " + evaluations);
        boolean[][] table = {{false, false}, {false, true}, {true, false}, {true, true}};
        for (boolean[] row : table) {
            boolean p = row[0], q = row[1];
            System.out.println(p + " " + q + " and=" + (p && q) + " or=" + (p || q) + " xor=" + (p ^ q) + " eq=" + (p == q)
                    + " ne=" + (p != q) + " impl=" + (!p || q) + " nand=" + !(p & q));
        }
        System.out.println("parseBoolean: " + Boolean.parseBoolean("true") + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("TrUe")
                + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null) + " " + Boolean.parseBoolean(" true"));
        System.out.println("valueOf: " + Boolean.valueOf("false") + " " + Boolean.valueOf(true) + " toString: " + Boolean.toString(false) + " " + Boolean.TRUE);
        System.out.println("hashCode: " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Boolean.hashCode(true));
        System.out.println("compare: " + Boolean.compare(true, false) + " " + Boolean.compare(false, true) + " " + Boolean.TRUE.compareTo(true));
        System.out.println("logicalAnd/Or/Xor: " + Boolean.logicalAnd(true, false) + " " + Boolean.logicalOr(true, false) + " " + Boolean.logicalXor(true, true));
        System.out.println("booleanValue: " + Boolean.TRUE.booleanValue() + " equals: " + Boolean.TRUE.equals(true) + " " + Boolean.FALSE.equals("false"));
        boolean flag = false;
        int count = 0;
        for (int i = 0; i < 10; i++) {
            flag = !flag;
            if (flag) count++;
        }
        System.out.println("toggle count = " + count + " final = " + flag);
        boolean[] arr = new boolean[3];
        arr[1] = true;
        arr[2] |= arr[1];
        arr[0] ^= true;
        System.out.println("array: " + arr[0] + " " + arr[1] + " " + arr[2]);
        int x = 5;
        boolean inRange = x > 0 && x < 10, outside = !(x >= 0 && x <= 4);
        System.out.println("range checks: " + inRange + " " + outside);
        String s = null;
        boolean safe = s != null && s.length() > 3;
        boolean safe2 = s == null || s.isEmpty();
        System.out.println("null-guarded: " + safe + " " + safe2);
        Object o = Boolean.FALSE;
        System.out.println("instanceof Boolean: " + (o instanceof Boolean) + " value: " + ((Boolean) o ? "yes" : "no"));
        System.out.println("concat: " + true + false + " " + (1 < 2) + ('a' > 'b'));
    }
}
