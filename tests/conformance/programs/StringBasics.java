public class StringBasics {
    static void idx(String s, String sub) {
        System.out.println("\"" + s + "\".indexOf(\"" + sub + "\") = " + s.indexOf(sub) + ", lastIndexOf = " + s.lastIndexOf(sub)
                + ", contains = " + s.contains(sub));
    }

    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println("length = " + s.length() + ", isEmpty = " + s.isEmpty() + ", \"\".isEmpty = " + "".isEmpty());
        System.out.println("charAt(0) = " + s.charAt(0) + ", charAt(11) = " + s.charAt(s.length() - 1));
        System.out.println("codePointAt(1) = " + s.codePointAt(1));
        System.out.println("substring(7) = " + s.substring(7) + ", substring(0,5) = " + s.substring(0, 5)
                + ", substring(5,5) = [" + s.substring(5, 5) + "], substring(12) = [" + s.substring(12) + "]");
        idx(s, "o");
        idx(s, "World");
        idx(s, "world");
        idx(s, "");
        idx("aaaa", "aa");
        idx("", "");
        idx("", "a");
        System.out.println("indexOf('o', 5) = " + s.indexOf('o', 5) + ", indexOf('o', 100) = " + s.indexOf('o', 100)
                + ", indexOf('H', -5) = " + s.indexOf('H', -5));
        System.out.println("lastIndexOf('o', 7) = " + s.lastIndexOf('o', 7) + ", lastIndexOf('o', -1) = " + s.lastIndexOf('o', -1)
                + ", lastIndexOf('l', 100) = " + s.lastIndexOf('l', 100));
        System.out.println("indexOf(\"l\", 4) = " + s.indexOf("l", 4) + ", lastIndexOf(\"l\", 9) = " + s.lastIndexOf("l", 9)
                + ", indexOf(\"\", 50) = " + s.indexOf("", 50) + ", lastIndexOf(\"\") = " + s.lastIndexOf(""));
        System.out.println("indexOf(int 0x1F600) = " + "a\ud83d\ude00b".indexOf(0x1F600) + ", indexOf('\\ude00') = " + "a\ud83d\ude00b".indexOf('\ude00'));
        System.out.println("startsWith: " + s.startsWith("Hell") + " " + s.startsWith("hell") + " " + s.startsWith("") + " "
                + s.startsWith("World", 7) + " " + s.startsWith("H", -1) + " " + s.startsWith("d", 11));
        System.out.println("endsWith: " + s.endsWith("World") + " " + s.endsWith("") + " " + s.endsWith("Hello, World!"));
        System.out.println("equals: " + s.equals("Hello, World") + " " + s.equals("hello, world") + " " + s.equals(null)
                + " " + s.equals(new StringBuilder("Hello, World")) + " equalsIgnoreCase: " + s.equalsIgnoreCase("hELLO, wORLD")
                + " " + s.equalsIgnoreCase(null));
        System.out.println("concat: " + s.concat("!") + " " + "".concat("") + "|" + s.concat("").equals(s));
        System.out.println("contentEquals: " + s.contentEquals(new StringBuffer("Hello, World")) + " " + s.contentEquals("Hello"));
        char[] chars = s.toCharArray();
        System.out.println("toCharArray length = " + chars.length + ", last = " + chars[chars.length - 1]);
        chars[0] = 'J';
        System.out.println("modifying array leaves string: " + s + " / " + new String(chars) + " / " + new String(chars, 7, 5)
                + " / " + String.valueOf(chars, 0, 4) + " / " + String.copyValueOf(chars));
        System.out.println("valueOf: " + String.valueOf(1) + String.valueOf(2L) + String.valueOf(3.0f) + String.valueOf(4.5)
                + String.valueOf(true) + String.valueOf('c') + String.valueOf((Object) null));
        String empty = new String();
        System.out.println("new String() = [" + empty + "] length " + empty.length());
        String copy = new String(s);
        System.out.println("copy equals: " + copy.equals(s) + ", same object: " + (copy == s));
        StringBuilder pal = new StringBuilder();
        String[] words = {"racecar", "level", "hello", "a", "", "abba", "abca"};
        for (String w : words) {
            boolean isPal = true;
            for (int i = 0, j = w.length() - 1; i < j; i++, j--) {
                if (w.charAt(i) != w.charAt(j)) {
                    isPal = false;
                    break;
                }
            }
            pal.append(w).append('=').append(isPal).append(' ');
        }
        System.out.println("palindromes: " + pal);
        int count = 0;
        String text = "the cat sat on the mat with the hat";
        for (int from = text.indexOf("the"); from >= 0; from = text.indexOf("the", from + 1)) {
            count++;
        }
        System.out.println("occurrences of 'the' = " + count);
        System.out.println("subSequence(1,4) = " + s.subSequence(1, 4) + ", CharSequence length = " + ((CharSequence) s).length());
        try {
            s.charAt(12);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt(12) -> StringIndexOutOfBoundsException (IndexOutOfBounds: " + (e instanceof IndexOutOfBoundsException) + ")");
        }
        try {
            s.substring(5, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("substring(5,3) -> " + e.getClass().getName());
        }
        try {
            s.substring(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("substring(-1) -> " + e.getClass().getName());
        }
    }
}
