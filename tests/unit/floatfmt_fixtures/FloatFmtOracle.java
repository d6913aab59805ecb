// Oracle for tests/unit/test_floatfmt.py: evaluates the JDK's own
// Double/Float toString and parse methods.  Driven by regenerate.py.
//
// stdin, one request per line:   <kind> <hex payload>
//   d  <64-bit pattern>   -> Double.toString(Double.longBitsToDouble(bits))
//   f  <32-bit pattern>   -> Float.toString(Float.intBitsToFloat(bits))
//   p  <UTF-8 bytes>      -> "<Double.parseDouble> <Float.parseFloat>", each
//                            the raw bit pattern in hex, or "!" followed by
//                            the hex UTF-8 of the NumberFormatException message
import java.io.*;
import java.nio.charset.StandardCharsets;

public class FloatFmtOracle {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.toString();
    }

    static byte[] unhex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++)
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        return b;
    }

    static String err(NumberFormatException e) {
        return "!" + hex(e.getMessage().getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(
            new InputStreamReader(System.in, StandardCharsets.US_ASCII), 1 << 16);
        PrintWriter out = new PrintWriter(new BufferedWriter(
            new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16));
        String line;
        while ((line = in.readLine()) != null) {
            int sp = line.indexOf(' ');
            String kind = line.substring(0, sp), arg = line.substring(sp + 1);
            switch (kind) {
                case "d":
                    out.println(Double.toString(
                        Double.longBitsToDouble(Long.parseUnsignedLong(arg, 16))));
                    break;
                case "f":
                    out.println(Float.toString(
                        Float.intBitsToFloat(Integer.parseUnsignedInt(arg, 16))));
                    break;
                case "p": {
                    String s = new String(unhex(arg), StandardCharsets.UTF_8);
                    String d, f;
                    try {
                        d = Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s)));
                    } catch (NumberFormatException e) {
                        d = err(e);
                    }
                    try {
                        f = Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s)));
                    } catch (NumberFormatException e) {
                        f = err(e);
                    }
                    out.println(d + " " + f);
                    break;
                }
                default:
                    throw new IllegalArgumentException(kind);
            }
        }
        out.flush();
    }
}
