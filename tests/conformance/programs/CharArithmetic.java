public class CharArithmetic {
    static char next(char c) { return (char) (c + 1); }

    public static void main(String[] args) {
        char a = 'a';
        System.out.println("'a' + 1 = " + (a + 1));
        System.out.println("(char)('a' + 1) = " + (char) (a + 1));
        System.out.println("'a' + 'b' = " + ('a' + 'b'));
        System.out.println("\"\" + 'a' + 'b' = " + "" + 'a' + 'b');
        System.out.println("'a' + 'b' + \"\" = " + ('a' + 'b' + ""));
        System.out.println("'a' + \"b\" + 'c' = " + ('a' + "b" + 'c'));
        System.out.println("1 + 2 + \"x\" + 1 + 2 = " + (1 + 2 + "x" + 1 + 2));
        char c = 'x';
        c++;
        System.out.println("c++ -> " + c);
        c += 2;
        System.out.println("c += 2 -> " + c);
        c -= 'a' - 'A';
        System.out.println("c -= 32 -> " + c);
        char z = '\uffff';
        z++;
        System.out.println("'\\uffff'++ -> " + (int) z);
        z--;
        System.out.println("then -- -> " + (int) z);
        char zero = 0;
        zero--;
        System.out.println("(char)0 -- -> " + (int) zero);
        StringBuilder alphabet = new StringBuilder();
        for (char ch = 'A'; ch <= 'Z'; ch += 3) {
            alphabet.append(ch);
        }
        System.out.println("every third letter: " + alphabet);
        StringBuilder rot13 = new StringBuilder();
        String text = "Hello, World! xyz ABC";
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 'a' && ch <= 'z') {
                ch = (char) ('a' + (ch - 'a' + 13) % 26);
            } else if (ch >= 'A' && ch <= 'Z') {
                ch = (char) ('A' + (ch - 'A' + 13) % 26);
            }
            rot13.append(ch);
        }
        System.out.println("rot13: " + rot13);
        int digitSum = 0;
        String digits = "9081726354";
        for (int i = 0; i < digits.length(); i++) {
            digitSum += digits.charAt(i) - '0';
        }
        System.out.println("digit sum = " + digitSum);
        char t = true ? 'x' : 0;
        System.out.println("ternary char/int-const = " + t);
        int i = 0;
        System.out.println("ternary char/int-var = " + (false ? 'x' : i));
        System.out.println("ternary char/char = " + (true ? 'y' : 'z'));
        System.out.println("char compare 'a' < 'b': " + ('a' < 'b') + ", 'Z' < 'a': " + ('Z' < 'a'));
        System.out.println("next('~') = " + next('~'));
        System.out.println("(int)'\\0' = " + (int) '\0' + ", (int)'\\n' = " + (int) '\n' + ", (int)'\\t' = " + (int) '\t');
        System.out.println("'\\u0041' = " + '\u0041' + ", '\\101' = " + '\101');
        System.out.println("char * 2 = " + ('A' * 2) + ", char / 2 = " + ('A' / 2) + ", char % 7 = " + ('A' % 7));
        System.out.println("char shift = " + ('A' << 4) + ", -'A' = " + (-'A') + ", ~'A' = " + (~'A'));
        char[] arr = {'d', 'a', 'c', 'b'};
        for (int x = 0; x < arr.length; x++) {
            for (int y = x + 1; y < arr.length; y++) {
                if (arr[y] < arr[x]) {
                    char tmp = arr[x];
                    arr[x] = arr[y];
                    arr[y] = tmp;
                }
            }
        }
        System.out.println(arr);
        System.out.println("String.valueOf(char[]) = " + String.valueOf(arr));
        arr[0] += 25;
        arr[1]++;
        System.out.println("after arr[0]+=25, arr[1]++: " + new String(arr));
        int sw = 0;
        for (char ch = 'a'; ch <= 'f'; ch++) {
            switch (ch) {
                case 'a': sw += 1; break;
                case 'c': sw += 10;
                case 'd': sw += 100; break;
                case 'f': sw += 1000; break;
                default: sw += 10000;
            }
        }
        System.out.println("char switch sum = " + sw);
        System.out.println("Character.MAX_VALUE = " + (int) Character.MAX_VALUE + ", MIN_VALUE = " + (int) Character.MIN_VALUE);
        short s = (short) 'A';
        byte b = (byte) 'é';
        System.out.println("short of 'A' = " + s + ", byte of 'é' = " + b);
    }
}
