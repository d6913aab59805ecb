import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

// UTF-8 text from System.in through InputStreamReader(System.in, "UTF-8"): per line the UTF-16
// length, code point count, supplementary characters, case mapping, code-point reversal and
// the UTF-8 byte length when re-encoded; output is UTF-8 again.
public class StdinUtf8Text {
    static String reverseCodePoints(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i > 0;) {
            int cp = s.codePointBefore(i);
            sb.appendCodePoint(cp);
            i -= Character.charCount(cp);
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"));
        String line;
        int n = 0;
        long totalBytes = 0;
        int maxCp = 0;
        while ((line = in.readLine()) != null) {
            n++;
            int cps = line.codePointCount(0, line.length());
            int supp = 0, letters = 0;
            for (int i = 0; i < line.length();) {
                int cp = line.codePointAt(i);
                if (cp > 0xffff) supp++;
                if (Character.isLetter(cp)) letters++;
                if (cp > maxCp) maxCp = cp;
                i += Character.charCount(cp);
            }
            byte[] utf8 = line.getBytes("UTF-8");
            totalBytes += utf8.length;
            System.out.println(n + ": " + line);
            System.out.println("   utf16=" + line.length() + " codepoints=" + cps + " supplementary=" + supp + " letters=" + letters + " utf8 bytes=" + utf8.length);
            System.out.println("   upper=" + line.toUpperCase() + " lower=" + line.toLowerCase());
            System.out.println("   reversed=" + reverseCodePoints(line));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < Math.min(line.length(), 6); i++) hex.append(Integer.toHexString(line.charAt(i))).append(' ');
            System.out.println("   first chars=" + hex.toString().trim());
        }
        System.out.println("lines=" + n + " total utf8 bytes=" + totalBytes + " max code point=U+" + Integer.toHexString(maxCp).toUpperCase());
    }
}
