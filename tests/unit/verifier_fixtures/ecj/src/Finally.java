// Compiled by ecj for class-file versions that use jsr/ret (see ../regen.sh).
public class Finally {
    static int calls;
    static StringBuffer log = new StringBuffer();

    static int returnInTry(int x) {
        try {
            x++;
            if (x > 3) return x;
        } finally {
            x--;
            log.append('f');
        }
        return 0;
    }

    static int returnInFinally(int x) {
        try {
            if (x == 0) throw new RuntimeException("zero");
            return x;
        } finally {
            if (x < 0) return -1;
        }
    }

    static long nested(long a, double d) {
        long r = 0;
        try {
            try {
                r = a * 2;
                if (d > 1.5) throw new IllegalStateException();
            } finally {
                r += 1;
                try {
                    log.append(r);
                } finally {
                    d = d + 1;
                }
            }
        } catch (IllegalStateException e) {
            r = -r;
        } finally {
            calls++;
        }
        return r + (long) d;
    }

    static int loopWithFinally(int[] xs) {
        int sum = 0;
        for (int i = 0; i < xs.length; i++) {
            try {
                try {
                    if (xs[i] < 0) continue;
                    if (xs[i] == 99) break;
                    sum += 10 / xs[i];
                } finally {
                    sum++;
                }
            } catch (ArithmeticException e) {
                sum += 1000;
            }
        }
        return sum;
    }

    static String breakInFinally(String s) {
        String out = "";
        while (true) {
            try {
                out = out + s;
                if (out.length() > 10) throw new RuntimeException();
            } finally {
                if (out.length() > 3) break;
            }
        }
        return out;
    }

    static Object sync(Object lock, Object v) {
        synchronized (lock) {
            if (v == null) return lock;
            synchronized (v) {
                return v.toString();
            }
        }
    }

    static int switchFinally(int k) {
        int r;
        try {
            switch (k) {
                case 1: r = 10; break;
                case 7: return 70;
                case 1000: throw new IllegalArgumentException("k");
                default: r = k;
            }
        } finally {
            calls += k;
        }
        return r;
    }

    public static void main(String[] args) {
        System.out.println(returnInTry(5) + " " + returnInTry(1));
        System.out.println(returnInFinally(3) + " " + returnInFinally(-3));
        System.out.println(nested(4, 1.0) + " " + nested(4, 2.0));
        System.out.println(loopWithFinally(new int[] {1, 0, -1, 5, 99, 3}));
        System.out.println(breakInFinally("ab"));
        System.out.println(sync("lock", null) + " " + sync("lock", new Integer(4)));
        System.out.println(switchFinally(1) + " " + switchFinally(7) + " " + switchFinally(3));
        System.out.println(log + " " + calls);
    }
}
