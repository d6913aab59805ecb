public class StringTransform {
    static String show(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                sb.append("\\u").append(Integer.toHexString(c));
            } else {
                sb.append(c);
            }
        }
        return sb.append("]").toString();
    }

    public static void main(String[] args) {
        String s = "banana bandana";
        System.out.println("replace('a','o') = " + s.replace('a', 'o'));
        System.out.println("replace('x','y') same object = " + (s.replace('x', 'y') == s));
        System.out.println("replace(\"an\",\"AN\") = " + s.replace("an", "AN"));
        System.out.println("replace(\"ana\",\"*\") = " + s.replace("ana", "*"));
        System.out.println("replace(\"\",\"-\") = " + "abc".replace("", "-"));
        System.out.println("replace(\"a\",\"\") = " + s.replace("a", ""));
        System.out.println("replace(\"aa\",\"a\") on aaaa = " + "aaaa".replace("aa", "a"));
        System.out.println("replace(sb, sb) = " + s.replace(new StringBuilder("ban"), new StringBuffer("c")));
        System.out.println("replace with $ and backslash = " + "a.b.c".replace(".", "$1\\"));
        System.out.println("trim: " + show("  \t hi there \n ".trim()) + " " + show("\u0000\u0001x\u001f".trim()) + " "
                + show("   ".trim()) + " " + show("\u00a0nbsp\u00a0".trim()) + " " + show("x".trim()));
        String noTrim = "abc";
        System.out.println("trim returns same when nothing to trim: " + (noTrim.trim() == noTrim));
        System.out.println("toUpperCase: " + "Hello World 123 \u00e9\u00e8\u00ea \u00ff".toUpperCase());
        System.out.println("toLowerCase: " + "HELLO \u00c9\u00c8 \u0130X \u03a3\u039f\u03a3".toLowerCase().length() + " "
                + "HELLO WORLD \u00c9\u00c8".toLowerCase());
        System.out.println("sharp s upper: " + show("stra\u00dfe".toUpperCase()) + " length " + "stra\u00dfe".toUpperCase().length());
        System.out.println("greek: " + show("\u03b1\u03b2\u03b3".toUpperCase()) + " cyrillic: " + show("\u041f\u0440\u0438\u0432\u0435\u0442".toLowerCase()));
        System.out.println("compareToIgnoreCase: " + "apple".compareToIgnoreCase("APPLE") + " " + "apple".compareToIgnoreCase("Banana")
                + " " + "Zebra".compareToIgnoreCase("apple"));
        String[] parts = {"alpha", "beta", "gamma"};
        System.out.println("join: " + String.join(", ", parts) + " | " + String.join("", parts) + " | " + String.join("-", "x") + " | ["
                + String.join("/", new String[0]) + "]");
        System.out.println("join with null element: " + String.join("+", "a", null, "b"));
        StringBuilder cs = new StringBuilder("sb");
        System.out.println("join CharSequences: " + String.join(cs, "1", "2", "3"));
        String chain = "  Mixed Case Input  ".trim().toLowerCase().replace(' ', '_').concat("!");
        System.out.println("chain: " + chain);
        String csv = "";
        for (int i = 0; i < 5; i++) {
            csv = csv.isEmpty() ? String.valueOf(i * i) : csv + "," + (i * i);
        }
        System.out.println("csv: " + csv);
        char[] data = {'d', 'a', 't', 'a'};
        System.out.println("String.valueOf(char[]) " + String.valueOf(data) + " new String(char[],1,2) " + new String(data, 1, 2));
        String caesar = "";
        for (char c : "attack at dawn".toCharArray()) {
            caesar += c == ' ' ? ' ' : (char) ('a' + (c - 'a' + 3) % 26);
        }
        System.out.println("caesar: " + caesar);
        String intern1 = "in" + "tern";
        System.out.println("toString identity: " + (intern1.toString() == intern1));
        System.out.println("upper of digits/punct unchanged: " + "0-9_!?".toUpperCase().equals("0-9_!?"));
    }
}
