public class ImplicitExceptions {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            Object r = a.run();
            System.out.println(label + " -> ok " + r);
        } catch (RuntimeException e) {
            // System.arraycopy's messages are HotSpot-specific: only the class is compared
            String msg = label.startsWith("arraycopy") ? "" : ": " + e.getMessage();
            System.out.println(label + " -> " + e.getClass().getName() + msg);
        }
    }

    static int idx(int i) { return i; }

    public static void main(String[] args) {
        final int[] ints = new int[3];
        final long[] longs = new long[0];
        final char[] chars = {'a', 'b'};
        final byte[] bytes = new byte[10];
        final double[] doubles = new double[1];
        final String[] strs = {"x"};
        final int[][] grid = new int[2][4];
        attempt("ints[5]", new Action() { public Object run() { return ints[idx(5)]; } });
        attempt("ints[3]", new Action() { public Object run() { return ints[idx(3)]; } });
        attempt("ints[-1]", new Action() { public Object run() { return ints[idx(-1)]; } });
        attempt("ints[2]", new Action() { public Object run() { return ints[idx(2)]; } });
        attempt("ints[3] = 1", new Action() { public Object run() { ints[idx(3)] = 1; return null; } });
        attempt("longs[0]", new Action() { public Object run() { return longs[idx(0)]; } });
        attempt("chars[2]", new Action() { public Object run() { return chars[idx(2)]; } });
        attempt("bytes[Integer.MIN_VALUE]", new Action() { public Object run() { return bytes[idx(Integer.MIN_VALUE)]; } });
        attempt("doubles[1] += 1", new Action() { public Object run() { doubles[idx(1)] += 1; return null; } });
        attempt("strs[1]", new Action() { public Object run() { return strs[idx(1)]; } });
        attempt("grid[1][4]", new Action() { public Object run() { return grid[1][idx(4)]; } });
        attempt("grid[2][0]", new Action() { public Object run() { return grid[idx(2)][0]; } });
        attempt("ints[MAX]", new Action() { public Object run() { return ints[idx(Integer.MAX_VALUE)]; } });
        attempt("new int[-1]", new Action() { public Object run() { return new int[idx(-1)]; } });
        attempt("new String[-5]", new Action() { public Object run() { return new String[idx(-5)]; } });
        attempt("new int[2][-3]", new Action() { public Object run() { return new int[2][idx(-3)]; } });
        attempt("new int[-2][3]", new Action() { public Object run() { return new int[idx(-2)][3]; } });
        attempt("new long[MIN]", new Action() { public Object run() { return new long[idx(Integer.MIN_VALUE)]; } });
        attempt("new int[0]", new Action() { public Object run() { return new int[idx(0)].length; } });
        attempt("new int[3][0][-1]", new Action() { public Object run() { return new int[3][0][idx(-1)]; } });
        attempt("new int[0][-1]", new Action() { public Object run() { return new int[0][idx(-1)]; } });
        final Object[] objs = new String[2];
        attempt("String[] store Integer", new Action() { public Object run() { objs[0] = Integer.valueOf(1); return null; } });
        attempt("String[] store Object", new Action() { public Object run() { objs[1] = new Object(); return null; } });
        attempt("String[] store String", new Action() { public Object run() { objs[1] = "fine"; return objs[1]; } });
        attempt("String[] store null", new Action() { public Object run() { objs[0] = null; return "stored null"; } });
        final Object[] nums = new Integer[1];
        attempt("Integer[] store Double", new Action() { public Object run() { nums[0] = 2.5; return null; } });
        final Object[][] nested = new String[1][1];
        attempt("String[][] store int[]", new Action() { public Object run() { nested[0] = new Object[1]; return null; } });
        final Object[] arrs = new int[1][];
        attempt("int[][] store long[]", new Action() { public Object run() { arrs[0] = new long[1]; return null; } });
        final Number[] numbers = new Long[1];
        attempt("Long[] store Integer", new Action() { public Object run() { numbers[0] = 5; return null; } });
        attempt("1 / 0", new Action() { public Object run() { return 1 / idx(0); } });
        attempt("5L % 0L", new Action() { public Object run() { return 5L % (long) idx(0); } });
        attempt("arraycopy out of range", new Action() { public Object run() { System.arraycopy(ints, 0, ints, 2, 2); return null; } });
        attempt("arraycopy type mismatch", new Action() { public Object run() { System.arraycopy(ints, 0, longs, 0, 0); return null; } });
        attempt("arraycopy store check", new Action() { public Object run() { System.arraycopy(new Object[] {1}, 0, objs, 0, 1); return null; } });
        attempt("arraycopy negative length", new Action() { public Object run() { System.arraycopy(ints, 0, ints, 0, -1); return null; } });
        attempt("arraycopy null src", new Action() { public Object run() { System.arraycopy(null, 0, ints, 0, 0); return null; } });
        attempt("arraycopy ok overlapping", new Action() { public Object run() { ints[0] = 7; System.arraycopy(ints, 0, ints, 1, 2); return ints[2]; } });
        attempt("arraycopy non-array", new Action() { public Object run() { System.arraycopy("str", 0, ints, 0, 0); return null; } });
    }
}
