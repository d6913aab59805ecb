import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.io.Writer;

// OutputStreamWriter / InputStreamReader with UTF-8, ISO-8859-1 and US-ASCII: exact bytes
// written (unmappable characters become '?'), decoding of malformed input (U+FFFD), charset
// names, and the UnsupportedEncodingException for an unknown charset.
public class CharsetStreams {
    static final String SAMPLE = "Az é ß € \u4e2d \ud83d\ude00 \u00ff\u0100";

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            String h = Integer.toHexString(x & 0xff);
            sb.append(h.length() == 1 ? "0" + h : h).append(' ');
        }
        return sb.toString().trim();
    }

    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        return sb.toString().trim();
    }

    static byte[] encode(String s, String cs) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(bos, cs);
        w.write(s);
        w.close();
        return bos.toByteArray();
    }

    static String decode(byte[] b, String cs) throws IOException {
        Reader r = new InputStreamReader(new ByteArrayInputStream(b), cs);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[3];
        int n;
        while ((n = r.read(buf)) != -1) sb.append(buf, 0, n);
        r.close();
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        for (String cs : new String[] {"UTF-8", "ISO-8859-1", "US-ASCII"}) {
            byte[] b = encode(SAMPLE, cs);
            System.out.println(cs + " encode (" + b.length + " bytes): " + hex(b));
            String back = decode(b, cs);
            System.out.println(cs + " decode: " + codes(back) + " roundtrip=" + back.equals(SAMPLE));
        }
        byte[] all = new byte[16];
        for (int i = 0; i < all.length; i++) all[i] = (byte) (0x78 + i * 9);
        System.out.println("bytes: " + hex(all));
        System.out.println("as ISO-8859-1: " + codes(decode(all, "ISO-8859-1")));
        System.out.println("as US-ASCII: " + codes(decode(all, "US-ASCII")));
        System.out.println("as UTF-8: " + codes(decode(all, "UTF-8")));

        byte[][] malformed = {
            {(byte) 0xc3},                                  // truncated 2-byte sequence at end
            {(byte) 0xe2, (byte) 0x82, 0x41},               // truncated 3-byte sequence
            {(byte) 0xc0, (byte) 0x80},                     // overlong NUL
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},        // encoded surrogate
            {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {(byte) 0x80, 0x42, (byte) 0xbf},               // stray continuation bytes
            {(byte) 0xf0, (byte) 0x9f, (byte) 0x98},        // truncated 4-byte sequence
        };
        for (byte[] m : malformed) System.out.println("malformed " + hex(m) + " -> " + codes(decode(m, "UTF-8")));

        // writer with a small write(char[], off, len) and write(int) of a lone surrogate
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        OutputStreamWriter w = new OutputStreamWriter(bos, "UTF-8");
        System.out.println("writer encoding name: " + w.getEncoding());
        char[] chars = "hello wörld".toCharArray();
        w.write(chars, 6, 5);
        w.write('!');
        w.write("abc", 1, 2);
        w.append('-').append("xyz", 0, 2);
        w.flush();
        System.out.println("partial writes: " + hex(bos.toByteArray()));
        w.write('\ud800');
        w.write('x');
        w.close();
        System.out.println("lone high surrogate then x: " + hex(bos.toByteArray()));
        InputStreamReader r = new InputStreamReader(new ByteArrayInputStream(new byte[] {65}), "ISO-8859-1");
        System.out.println("reader encoding name: " + r.getEncoding() + " read=" + r.read() + " read=" + r.read());
        System.out.println("ascii alias: " + new InputStreamReader(new ByteArrayInputStream(new byte[0]), "ascii").getEncoding()
                + " latin1 alias: " + new InputStreamReader(new ByteArrayInputStream(new byte[0]), "latin1").getEncoding()
                + " utf8 alias: " + new InputStreamReader(new ByteArrayInputStream(new byte[0]), "utf8").getEncoding());
        try {
            new OutputStreamWriter(new ByteArrayOutputStream(), "NO-SUCH-CHARSET");
        } catch (UnsupportedEncodingException e) {
            System.out.println("unknown charset: UnsupportedEncodingException " + e.getMessage());
        }
        System.out.println("String round trips: " + new String(SAMPLE.getBytes("UTF-8"), "UTF-8").equals(SAMPLE)
                + " " + codes(new String(SAMPLE.getBytes("ISO-8859-1"), "ISO-8859-1")));
    }
}
