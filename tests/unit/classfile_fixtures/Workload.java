package fixtures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A "typical" mid-sized class (about 10 KB compiled) used for the parse-time check. */
public class Workload {
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    private int total;
    private long checksum = 17L;
    private static int instances;
    static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"};

    public Workload() {
        instances++;
    }

    public void add(String word) {
        Integer c = counts.get(word);
        counts.put(word, c == null ? 1 : c + 1);
        total++;
        log.add("add:" + word);
    }

    public int count(String word) {
        Integer c = counts.get(word);
        return c == null ? 0 : c;
    }

    public int total() {
        return total;
    }

    public long checksum() {
        for (String w : log) {
            checksum = checksum * 31 + w.hashCode();
        }
        return checksum;
    }

    public static int fib(int n) {
        if (n < 2) {
            return n;
        }
        int a = 0, b = 1;
        for (int i = 1; i < n; i++) {
            int t = a + b;
            a = b;
            b = t;
        }
        return b;
    }

    public static long[] primes(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int found = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                found++;
                for (int j = i * 2; j <= limit; j += i) {
                    composite[j] = true;
                }
            }
        }
        long[] out = new long[found];
        int k = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    public String classify(int code) {
        switch (code) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 10: return "ten";
            case 100: return "hundred";
            case 1000: return "thousand";
            default: return code < 0 ? "negative" : "many";
        }
    }

    public int dense(int x) {
        switch (x) {
            case 1: return 11;
            case 2: return 22;
            case 3: return 33;
            case 4: return 44;
            case 5: return 55;
            default: return -1;
        }
    }

    public double average(int[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    public String joinWords(char sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < WORDS.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(WORDS[i].toUpperCase());
        }
        return sb.toString();
    }

    public int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            log.add("bad number " + s);
            return fallback;
        } catch (NullPointerException e) {
            return fallback - 1;
        } finally {
            total++;
        }
    }

    public synchronized void reset() {
        counts.clear();
        log.clear();
        total = 0;
    }

    public int[][] grid(int w, int h) {
        int[][] g = new int[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                g[y][x] = (x * 31) ^ (y * 17);
            }
        }
        return g;
    }

    public float ratio(float a, float b) {
        return b == 0.0f ? Float.NaN : a / b;
    }

    public long mix(long a, int b, short c, byte d, char e, boolean f) {
        long r = a ^ (b << 3) ^ (c >>> 2) ^ (d & 0xff) ^ e;
        return f ? r : ~r;
    }

    public Object pick(Object a, Object b, boolean first) {
        Object r = first ? a : b;
        if (r instanceof String) {
            return ((String) r).length();
        }
        return r;
    }

    public static String describe(Workload w) {
        return "Workload[total=" + w.total + ", distinct=" + w.counts.size() + ", instances=" + instances + "]";
    }

    public static void main(String[] args) {
        Workload w = new Workload();
        for (String s : WORDS) {
            w.add(s);
            w.add(s.substring(1));
        }
        System.out.println(describe(w) + " " + fib(20) + " " + primes(50).length + " " + w.classify(10)
                + " " + w.dense(3) + " " + w.average(new int[] {1, 2, 3}) + " " + w.joinWords(',')
                + " " + w.parseOr("12", 0) + " " + w.grid(3, 2)[1][2] + " " + w.ratio(1f, 4f)
                + " " + w.mix(1L, 2, (short) 3, (byte) 4, 'x', true) + " " + w.pick("abc", null, true)
                + " " + w.checksum());
    }
}
