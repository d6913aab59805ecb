import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

// Character-level reading of System.in through BufferedReader: read(), read(char[], off,
// len), skip, mark/reset, interleaved with readLine (a CR-LF split across calls), surrogate
// pairs arriving as two chars, and -1 at the end.
public class StdinCharReads {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, "UTF-8"), 16);
        System.out.println("read()=" + (char) in.read() + " read()=" + (char) in.read());
        System.out.println("readLine rest=[" + in.readLine() + "]");
        char[] buf = new char[10];
        int n = in.read(buf, 2, 3);
        System.out.println("read(buf,2,3)=" + n + " -> [" + new String(buf, 2, n) + "]");
        int cr = in.read();
        System.out.println("next char code=" + cr + " (the CR of a CRLF)");
        System.out.println("readLine after CR=[" + in.readLine() + "]");
        in.mark(100);
        System.out.println("skip(3)=" + in.skip(3) + " read=" + (char) in.read());
        in.reset();
        System.out.println("after reset readLine=[" + in.readLine() + "]");
        StringBuilder sb = new StringBuilder();
        int c;
        int count = 0;
        while ((c = in.read()) != -1 && c != '\n') {
            sb.append((char) c);
            count++;
        }
        System.out.println("char loop read " + count + " chars: [" + sb + "]");
        in.mark(8);
        int e1 = in.read();
        int e2 = in.read();
        int h = in.read();
        int l = in.read();
        System.out.println("non-ASCII chars: " + Integer.toHexString(e1) + " " + Integer.toHexString(e2) + " "
                + Integer.toHexString(h) + " " + Integer.toHexString(l) + " surrogates=" + Character.isHighSurrogate((char) h)
                + "," + Character.isLowSurrogate((char) l) + " codePoint=" + Integer.toHexString(Character.toCodePoint((char) h, (char) l)));
        in.reset();
        String full = in.readLine();
        System.out.println("reset again, line length=" + full.length() + " codepoints=" + full.codePointCount(0, full.length()));
        char[] big = new char[64];
        int got = in.read(big, 0, big.length);
        System.out.println("bulk read at end got=" + got + " [" + new String(big, 0, got) + "]");
        System.out.println("then read()=" + in.read() + " read(buf)=" + in.read(big, 0, 4) + " readLine=" + in.readLine());
        try {
            in.reset();
            System.out.println("reset after passing the read limit worked: " + (char) in.read());
        } catch (IOException ex) {
            System.out.println("reset: IOException " + ex.getMessage());
        }
    }
}
