// conformance: min-release 11
// Interface private methods (Java 9): private instance and private static helpers shared by
// default and static methods, diamond default resolution with Iface.super.m(), static
// interface methods not inherited by implementers, and constants in interfaces.
public class InterfacePrivateMethods {
    interface Formatter {
        String PREFIX = "<";
        String SUFFIX = ">";

        String raw(int v);

        default String format(int v) {
            return wrap(raw(v));
        }

        default String formatAll(int... vs) {
            StringBuilder sb = new StringBuilder();
            for (int v : vs) sb.append(format(v));
            return count(vs.length) + sb;
        }

        private String wrap(String s) {
            return PREFIX + s + SUFFIX;
        }

        private static String count(int n) {
            return n + " item" + (n == 1 ? "" : "s") + ": ";
        }

        static Formatter hex() {
            return v -> Integer.toHexString(v);
        }

        static String banner(String title) {
            return stars(title.length()) + "\n" + title + "\n" + stars(title.length());
        }

        private static String stars(int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append('*');
            return sb.toString();
        }
    }

    interface Left {
        default String who() {
            return "left";
        }
    }

    interface Right {
        default String who() {
            return "right";
        }
    }

    static class Both implements Left, Right {
        @Override
        public String who() {
            return Left.super.who() + "+" + Right.super.who();
        }
    }

    interface Counter {
        int step();

        default int advance(int from, int times) {
            return loop(from, times);
        }

        private int loop(int from, int times) {
            int v = from;
            for (int i = 0; i < times; i++) v = next(v);
            return v;
        }

        private int next(int v) {
            return v + step();
        }
    }

    static class Binary implements Formatter {
        public String raw(int v) {
            return Integer.toBinaryString(v);
        }

        @Override
        public String format(int v) {
            return "bin" + Formatter.super.format(v);
        }
    }

    public static void main(String[] args) {
        Formatter dec = v -> Integer.toString(v);
        System.out.println(dec.format(42) + " " + dec.formatAll(1, 2, 3) + " " + dec.formatAll(7) + " " + dec.formatAll());
        Formatter hex = Formatter.hex();
        System.out.println(hex.format(255) + " " + hex.formatAll(10, 11, 4096));
        Binary bin = new Binary();
        System.out.println(bin.format(5) + " " + bin.formatAll(1, 2));
        System.out.println(Formatter.banner("Kava"));
        System.out.println("constants: " + Formatter.PREFIX + Formatter.SUFFIX + " via implementer: " + Binary.PREFIX);
        System.out.println("diamond: " + new Both().who());
        Counter byThree = () -> 3;
        Counter anon = new Counter() {
            public int step() {
                return -2;
            }

            @Override
            public int advance(int from, int times) {
                return Counter.super.advance(from, times) * 10;
            }
        };
        System.out.println("counters: " + byThree.advance(1, 5) + " " + anon.advance(0, 4));
    }
}
