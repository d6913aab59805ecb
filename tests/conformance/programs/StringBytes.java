import java.io.UnsupportedEncodingException;

public class StringBytes {
    static String hex(byte[] bs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bs.length; i++) {
            if (i > 0) sb.append(' ');
            String h = Integer.toHexString(bs[i] & 0xFF);
            if (h.length() < 2) sb.append('0');
            sb.append(h);
        }
        return sb.toString();
    }

    static String units(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(Integer.toHexString(s.charAt(i)));
        }
        return sb.toString();
    }

    public static void main(String[] args) throws UnsupportedEncodingException {
        String[] samples = {"", "ASCII text", "caf\u00e9", "\u20ac5", "\ud83d\ude00!", "\u00ff\u0100", "\u4e2d\u6587", "a\u0000b",
                "\u007f\u0080\u07ff\u0800\uffff", "lone\ud800surrogate", "\udc00x"};
        String[] charsets = {"UTF-8", "ISO-8859-1", "US-ASCII"};
        for (String s : samples) {
            for (String cs : charsets) {
                byte[] bs = s.getBytes(cs);
                String back = new String(bs, cs);
                System.out.println(cs + " [" + units(s) + "] -> " + bs.length + " bytes: " + hex(bs) + " -> back [" + units(back) + "] equal=" + back.equals(s));
            }
        }
        System.out.println("charset name case-insensitive: " + hex("\u00e9".getBytes("utf-8")) + " / " + hex("\u00e9".getBytes("iso-8859-1")));
        System.out.println("UTF8 alias: " + hex("\u00e9".getBytes("UTF8")));
        byte[][] inputs = {
            {(byte) 0x68, (byte) 0x69},
            {(byte) 0xc3, (byte) 0xa9},
            {(byte) 0xe2, (byte) 0x82, (byte) 0xac},
            {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80},
            {(byte) 0xff},
            {(byte) 0x80},
            {(byte) 0x41, (byte) 0xfe, (byte) 0x42},
            {(byte) 0xc3},
            {(byte) 0xc0, (byte) 0x80},
        };
        for (byte[] in : inputs) {
            System.out.println("decode " + hex(in) + ": UTF-8 [" + units(new String(in, "UTF-8")) + "] ISO-8859-1 ["
                    + units(new String(in, "ISO-8859-1")) + "] US-ASCII [" + units(new String(in, "US-ASCII")) + "]");
        }
        byte[] buf = "xxHELLOxx".getBytes("US-ASCII");
        System.out.println("new String(bytes, 2, 5, cs) = " + new String(buf, 2, 5, "US-ASCII"));
        try {
            "x".getBytes("NO-SUCH-CHARSET");
            System.out.println("no exception?");
        } catch (UnsupportedEncodingException e) {
            System.out.println("unknown charset -> UnsupportedEncodingException: " + e.getMessage());
        }
        try {
            new String(new byte[] {65}, "BOGUS");
        } catch (UnsupportedEncodingException e) {
            System.out.println("new String bogus charset -> " + e.getMessage());
        }
        int total = 0;
        StringBuilder all = new StringBuilder();
        for (int cp = 0x20; cp < 0x3000; cp += 97) {
            all.append(Character.toChars(cp));
        }
        byte[] utf = all.toString().getBytes("UTF-8");
        for (byte b : utf) {
            total = total * 31 + (b & 0xFF);
        }
        System.out.println("mixed text: " + all.length() + " chars, " + utf.length + " UTF-8 bytes, checksum " + total
                + ", round trip " + new String(utf, "UTF-8").equals(all.toString()));
    }
}
