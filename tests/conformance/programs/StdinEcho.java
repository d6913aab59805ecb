import java.io.IOException;

public class StdinEcho {
    static int pushback = -2;

    // Reads one line from System.in as UTF-8 (without the terminator); null at end of input.
    static String readLine() throws IOException {
        byte[] buf = new byte[64];
        int n = 0;
        int b = System.in.read();
        if (b == -1) return null;
        while (b != -1 && b != '\n') {
            if (n == buf.length) {
                byte[] bigger = new byte[buf.length * 2];
                System.arraycopy(buf, 0, bigger, 0, n);
                buf = bigger;
            }
            buf[n++] = (byte) b;
            b = System.in.read();
        }
        if (n > 0 && buf[n - 1] == '\r') n--;
        return new String(buf, 0, n, "UTF-8");
    }

    public static void main(String[] args) throws IOException {
        String line;
        int lineNo = 0, words = 0, chars = 0;
        String longest = "";
        while ((line = readLine()) != null) {
            lineNo++;
            chars += line.length();
            String trimmed = line.trim();
            if (!trimmed.isEmpty()) {
                for (String w : trimmed.split(" ")) {
                    if (!w.isEmpty()) words++;
                }
            }
            if (line.length() > longest.length()) longest = line;
            StringBuilder rev = new StringBuilder(line).reverse();
            System.out.println(lineNo + ": [" + line + "] upper=[" + line.toUpperCase() + "] reversed=[" + rev + "] len=" + line.length());
        }
        System.out.println("lines=" + lineNo + " words=" + words + " chars=" + chars);
        System.out.println("longest=[" + longest + "]");
        System.out.println("read after EOF: " + System.in.read() + " " + System.in.read());
    }
}
