import java.io.IOException;

public class StdinNumbers {
    // Reads whitespace-separated tokens from System.in, one byte at a time.
    static String nextToken() throws IOException {
        int b = System.in.read();
        while (b == ' ' || b == '\n' || b == '\t' || b == '\r') b = System.in.read();
        if (b == -1) return null;
        StringBuilder sb = new StringBuilder();
        while (b != -1 && b != ' ' && b != '\n' && b != '\t' && b != '\r') {
            sb.append((char) b);
            b = System.in.read();
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        long intSum = 0;
        double doubleSum = 0;
        int ints = 0, doubles = 0, bad = 0;
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        String tok;
        while ((tok = nextToken()) != null) {
            try {
                long v = Long.parseLong(tok);
                ints++;
                intSum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
                System.out.println("int " + v + " hex " + Long.toHexString(v) + " squared " + (v * v));
            } catch (NumberFormatException e) {
                try {
                    double d = Double.parseDouble(tok);
                    doubles++;
                    doubleSum += d;
                    System.out.println("double " + d + " as float " + (float) d + " floor " + Math.floor(d));
                } catch (NumberFormatException e2) {
                    bad++;
                    System.out.println("not a number: " + tok);
                }
            }
        }
        System.out.println("ints=" + ints + " sum=" + intSum + " min=" + min + " max=" + max);
        System.out.println("doubles=" + doubles + " sum=" + doubleSum);
        System.out.println("bad=" + bad);
    }
}
