public class MathExact {
    interface IntOp { int apply(); }
    interface LongOp { long apply(); }

    static void tryInt(String label, IntOp op) {
        try {
            System.out.println(label + " = " + op.apply());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> ArithmeticException: " + e.getMessage());
        }
    }

    static void tryLong(String label, LongOp op) {
        try {
            System.out.println(label + " = " + op.apply());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> ArithmeticException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        final int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        final long lmax = Long.MAX_VALUE, lmin = Long.MIN_VALUE;
        tryInt("addExact(1,2)", new IntOp() { public int apply() { return Math.addExact(1, 2); } });
        tryInt("addExact(max,1)", new IntOp() { public int apply() { return Math.addExact(max, 1); } });
        tryInt("addExact(min,-1)", new IntOp() { public int apply() { return Math.addExact(min, -1); } });
        tryInt("addExact(max,min)", new IntOp() { public int apply() { return Math.addExact(max, min); } });
        tryInt("subtractExact(min,1)", new IntOp() { public int apply() { return Math.subtractExact(min, 1); } });
        tryInt("subtractExact(0,min)", new IntOp() { public int apply() { return Math.subtractExact(0, min); } });
        tryInt("subtractExact(-1,min)", new IntOp() { public int apply() { return Math.subtractExact(-1, min); } });
        tryInt("multiplyExact(46341,46341)", new IntOp() { public int apply() { return Math.multiplyExact(46341, 46341); } });
        tryInt("multiplyExact(46340,46340)", new IntOp() { public int apply() { return Math.multiplyExact(46340, 46340); } });
        tryInt("multiplyExact(min,-1)", new IntOp() { public int apply() { return Math.multiplyExact(min, -1); } });
        tryInt("multiplyExact(-65536,32768)", new IntOp() { public int apply() { return Math.multiplyExact(-65536, 32768); } });
        tryInt("incrementExact(max)", new IntOp() { public int apply() { return Math.incrementExact(max); } });
        tryInt("decrementExact(min)", new IntOp() { public int apply() { return Math.decrementExact(min); } });
        tryInt("decrementExact(0)", new IntOp() { public int apply() { return Math.decrementExact(0); } });
        tryInt("negateExact(min)", new IntOp() { public int apply() { return Math.negateExact(min); } });
        tryInt("negateExact(max)", new IntOp() { public int apply() { return Math.negateExact(max); } });
        tryInt("toIntExact(2^31)", new IntOp() { public int apply() { return Math.toIntExact(1L << 31); } });
        tryInt("toIntExact(-2^31)", new IntOp() { public int apply() { return Math.toIntExact(-(1L << 31)); } });
        tryLong("addExact(lmax,1)", new LongOp() { public long apply() { return Math.addExact(lmax, 1L); } });
        tryLong("addExact(lmax,lmin)", new LongOp() { public long apply() { return Math.addExact(lmax, lmin); } });
        tryLong("subtractExact(lmin,1)", new LongOp() { public long apply() { return Math.subtractExact(lmin, 1L); } });
        tryLong("multiplyExact(3037000500,3037000500)", new LongOp() { public long apply() { return Math.multiplyExact(3037000500L, 3037000500L); } });
        tryLong("multiplyExact(3037000499,3037000499)", new LongOp() { public long apply() { return Math.multiplyExact(3037000499L, 3037000499L); } });
        tryLong("multiplyExact(lmin,-1)", new LongOp() { public long apply() { return Math.multiplyExact(lmin, -1L); } });
        tryLong("multiplyExact(-1,lmin)", new LongOp() { public long apply() { return Math.multiplyExact(-1L, lmin); } });
        tryLong("multiplyExact(2^32,2^31)", new LongOp() { public long apply() { return Math.multiplyExact(1L << 32, 1L << 31); } });
        tryLong("multiplyExact(2^32,-2^31)", new LongOp() { public long apply() { return Math.multiplyExact(1L << 32, -(1L << 31)); } });
        tryLong("incrementExact(lmax)", new LongOp() { public long apply() { return Math.incrementExact(lmax); } });
        tryLong("decrementExact(lmin)", new LongOp() { public long apply() { return Math.decrementExact(lmin); } });
        tryLong("negateExact(lmin)", new LongOp() { public long apply() { return Math.negateExact(lmin); } });
        tryLong("floorDiv(lmin,-1)", new LongOp() { public long apply() { return Math.floorDiv(lmin, -1L); } });
        tryLong("floorMod(lmin,-1)", new LongOp() { public long apply() { return Math.floorMod(lmin, -1L); } });

        int total = 0;
        int overflowAt = -1;
        try {
            for (int i = 1; i < 100000; i++) {
                total = Math.addExact(total, i * i);
                overflowAt = i;
            }
        } catch (ArithmeticException e) {
            System.out.println("sum of squares overflowed after i=" + overflowAt + ", total=" + total + ": " + e.getMessage());
        }
        long fact = 1;
        int n = 1;
        try {
            while (true) {
                fact = Math.multiplyExact(fact, (long) n);
                n++;
            }
        } catch (ArithmeticException e) {
            System.out.println("largest exact factorial: " + (n - 1) + "! = " + fact + " (" + e.getMessage() + ")");
        }
        try {
            Math.addExact(max, 1);
        } catch (RuntimeException e) {
            System.out.println("caught as RuntimeException: " + e.getClass().getName());
        }
    }
}
