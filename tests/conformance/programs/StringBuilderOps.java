public class StringBuilderOps {
    static String vis(CharSequence cs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cs.length(); i++) {
            char c = cs.charAt(i);
            out.append(c == 0 ? '0' : c);
        }
        return out.toString();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        System.out.println("empty length = " + sb.length() + " [" + sb + "]");
        sb.append("abc").append(1).append('x').append(2L).append(3.5f).append(4.25).append(true).append((String) null)
                .append((Object) null).append(new char[] {'y', 'z'}).append((CharSequence) "cs").append(new StringBuilder("SB"));
        System.out.println("appended: " + sb + " length " + sb.length());
        sb.append(new char[] {'0', '1', '2', '3'}, 1, 2);
        sb.append("0123456789", 2, 5);
        System.out.println("partial appends: " + sb);
        sb.setLength(0);
        sb.append("Hello World");
        sb.insert(0, ">> ").insert(sb.length(), " <<").insert(8, '_').insert(3, 42).insert(0, 1.5).insert(0, false);
        System.out.println("inserts: " + sb);
        sb.insert(5, new char[] {'#', '#'});
        sb.insert(5, (Object) "obj");
        sb.insert(5, (String) null);
        System.out.println("more inserts: " + sb);
        sb.delete(0, 5);
        System.out.println("delete(0,5): " + sb);
        sb.delete(sb.length() - 3, sb.length() + 100);
        System.out.println("delete past end: " + sb);
        sb.deleteCharAt(0).deleteCharAt(sb.length() - 1);
        System.out.println("deleteCharAt first/last: " + sb);
        sb.setCharAt(0, 'N');
        System.out.println("setCharAt: " + sb + " charAt(1)=" + sb.charAt(1));
        System.out.println("indexOf(\"l\")=" + sb.indexOf("l") + " indexOf(\"l\",6)=" + sb.indexOf("l", 6) + " indexOf(\"zzz\")=" + sb.indexOf("zzz")
                + " indexOf(\"\")=" + sb.indexOf(""));
        StringBuilder r = new StringBuilder("stressed");
        System.out.println("reverse: " + r.reverse() + " (same object: " + (r.reverse() == r) + ") back: " + r);
        StringBuilder surr = new StringBuilder("a\ud83d\ude00b\u00e9");
        surr.reverse();
        System.out.println("reverse keeps surrogate pairs: " + surr + " codepoint at 2: " + Integer.toHexString(surr.toString().codePointAt(2)));
        StringBuilder lone = new StringBuilder("x\ude00\ud83dy");
        lone.reverse();
        System.out.println("reverse of swapped lone surrogates: " + Integer.toHexString(lone.charAt(1)) + " " + Integer.toHexString(lone.charAt(2)));
        StringBuilder pad = new StringBuilder("ab");
        pad.setLength(5);
        System.out.println("setLength grow: " + vis(pad) + " length " + pad.length());
        pad.setLength(1);
        System.out.println("setLength shrink: " + pad);
        StringBuilder rep = new StringBuilder("0123456789");
        rep.delete(2, 5).insert(2, "ABCDE");
        System.out.println("delete(2,5)+insert: " + rep);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            big.append(i % 10);
        }
        big.insert(500, "MIDDLE");
        System.out.println("big length " + big.length() + " around middle: " + big.toString().substring(495, 515));
        try {
            sb.charAt(100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("charAt(100) -> " + e.getClass().getName());
        }
        try {
            sb.deleteCharAt(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt(-1) -> StringIndexOutOfBoundsException");
        }
        try {
            sb.insert(1000, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert(1000) -> StringIndexOutOfBoundsException");
        }
        try {
            sb.setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("setLength(-1) -> StringIndexOutOfBoundsException");
        }
        StringBuilder cap = new StringBuilder(100);
        System.out.println("with capacity arg length = " + cap.length());
        StringBuilder fromCs = new StringBuilder((CharSequence) "seq");
        System.out.println("from CharSequence: " + fromCs + " compare equals (identity): " + fromCs.equals(new StringBuilder("seq"))
                + " toString equals: " + fromCs.toString().equals("seq"));
        StringBuilder chain = new StringBuilder();
        for (char c = 'a'; c <= 'e'; c++) {
            chain.insert(0, c).append(c);
        }
        System.out.println("palindrome build: " + chain);
        StringBuilder cp = new StringBuilder();
        cp.append(Character.toChars(0x1F600)).append(Character.toChars('A'));
        System.out.println("append(toChars): length " + cp.length() + " " + cp);
    }
}
