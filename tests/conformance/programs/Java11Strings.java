// conformance: min-release 11
// String methods added in Java 11 (strip, isBlank, repeat); compiled and run only for release 17.
public class Java11Strings {
    static String show(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) sb.append("\\u").append(Integer.toHexString(c));
            else sb.append(c);
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        String[] samples = {"  hello  ", "\t\n x \r\n", "\u2003em space\u2003", "\u00a0nbsp\u00a0", "", "   ", "\u2028", "a", "\u0000x\u0000"};
        for (String s : samples) {
            System.out.println(show(s) + " strip=" + show(s.strip()) + " trim=" + show(s.trim()) + " isBlank=" + s.isBlank() + " isEmpty=" + s.isEmpty());
        }
        System.out.println("repeat: " + "ab".repeat(3) + " [" + "x".repeat(0) + "] [" + "".repeat(5) + "] " + "-".repeat(20));
        try {
            "x".repeat(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("repeat(-1) -> IllegalArgumentException");
        }
        String big = "0123456789".repeat(100);
        System.out.println("big repeat length " + big.length() + " hash " + big.hashCode());
        String unchanged = "nothing";
        System.out.println("strip returns same instance when unchanged: " + (unchanged.strip() == unchanged));
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 4; i++) sb.append("*".repeat(i)).append(" ".repeat(0).isEmpty() ? "|" : "?");
        System.out.println("triangle: " + sb);
        System.out.println("strip vs trim on control chars: " + show("\u0001a\u0001".strip()) + " " + show("\u0001a\u0001".trim()));
    }
}
