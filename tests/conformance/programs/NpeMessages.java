public class NpeMessages {
    int field = 5;
    NpeMessages next;
    static NpeMessages staticRef;
    int[] arr;

    String name() {
        return "n";
    }

    static NpeMessages make(boolean real) {
        return real ? new NpeMessages() : null;
    }

    static void report(String label, NullPointerException e) {
        System.out.println(label + ": " + e.getMessage());
    }

    static void params(String s, int[] a, NpeMessages m) {
        try {
            s.length();
        } catch (NullPointerException e) {
            report("param method call", e);
        }
        try {
            System.out.println(a[0]);
        } catch (NullPointerException e) {
            report("param array load", e);
        }
        try {
            m.field = 1;
        } catch (NullPointerException e) {
            report("param field write", e);
        }
    }

    void instanceCase() {
        try {
            System.out.println(next.field);
        } catch (NullPointerException e) {
            report("this.next.field", e);
        }
        try {
            next.next = this;
        } catch (NullPointerException e) {
            report("this.next.next = this", e);
        }
        try {
            arr[1] = 2;
        } catch (NullPointerException e) {
            report("this.arr[1] = 2", e);
        }
    }

    public static void main(String[] args) {
        String s = null;
        try {
            s.length();
        } catch (NullPointerException e) {
            report("method call on null local", e);
        }
        NpeMessages obj = null;
        try {
            System.out.println(obj.field);
        } catch (NullPointerException e) {
            report("field read", e);
        }
        try {
            obj.field = 3;
        } catch (NullPointerException e) {
            report("field write", e);
        }
        int[] ints = null;
        try {
            System.out.println(ints[0]);
        } catch (NullPointerException e) {
            report("int array load", e);
        }
        try {
            ints[0] = 1;
        } catch (NullPointerException e) {
            report("int array store", e);
        }
        try {
            System.out.println(ints.length);
        } catch (NullPointerException e) {
            report("array length", e);
        }
        String[] strs = null;
        try {
            System.out.println(strs[2]);
        } catch (NullPointerException e) {
            report("object array load", e);
        }
        long[][] grid = new long[2][];
        try {
            grid[1][0] = 5L;
        } catch (NullPointerException e) {
            report("2d array inner null", e);
        }
        RuntimeException toThrow = null;
        try {
            throw toThrow;
        } catch (NullPointerException e) {
            report("throw null local", e);
        }
        Integer boxed = null;
        try {
            int v = boxed;
            System.out.println(v);
        } catch (NullPointerException e) {
            report("unboxing null", e);
        }
        Object lock = null;
        try {
            synchronized (lock) {
                System.out.println("unreachable");
            }
        } catch (NullPointerException e) {
            report("synchronized(null)", e);
        }
        try {
            staticRef.name();
        } catch (NullPointerException e) {
            report("static field null", e);
        }
        try {
            make(false).name();
        } catch (NullPointerException e) {
            report("method return null", e);
        }
        try {
            make(true).next.name();
        } catch (NullPointerException e) {
            report("chained field null", e);
        }
        params(null, null, null);
        NpeMessages real = new NpeMessages();
        real.instanceCase();
        try {
            throw new NullPointerException("explicit message");
        } catch (NullPointerException e) {
            report("explicit", e);
        }
        try {
            throw new NullPointerException();
        } catch (NullPointerException e) {
            report("explicit no-arg (no helpful message)", e);
        }
        char[] chars = null;
        try {
            chars[0]++;
        } catch (NullPointerException e) {
            report("char array increment", e);
        }
        double[] ds = null;
        try {
            ds[1] += 1.5;
        } catch (NullPointerException e) {
            report("double array compound", e);
        }
        Long boxedLong = null;
        try {
            long l = boxedLong + 1;
            System.out.println(l);
        } catch (NullPointerException e) {
            report("Long unboxing in arithmetic", e);
        }
    }
}
