public class SystemApi {
    public static void main(String[] args) throws Exception {
        String sep = System.getProperty("line.separator");
        System.out.println("line.separator is \\n: " + "\n".equals(sep));
        long t1 = System.currentTimeMillis();
        long n1 = System.nanoTime();
        long work = 0;
        for (int i = 0; i < 100000; i++) work += i % 7;
        long t2 = System.currentTimeMillis();
        long n2 = System.nanoTime();
        System.out.println("work = " + work + ", millis monotone: " + (t2 >= t1) + ", after year 2020: " + (t1 > 1577836800000L)
                + ", nanoTime monotone: " + (n2 >= n1));
        Object o = new Object();
        System.out.println("identityHashCode stable: " + (System.identityHashCode(o) == System.identityHashCode(o)));
        String a = "x";
        System.out.println("identityHashCode of String differs from hashCode not required; equal to itself: "
                + (System.identityHashCode(a) == System.identityHashCode(a)));
        Runtime rt = Runtime.getRuntime();
        System.out.println("Runtime singleton: " + (rt == Runtime.getRuntime()));
        System.out.println("memory sane: " + (rt.freeMemory() >= 0) + " " + (rt.totalMemory() >= rt.freeMemory()) + " " + (rt.maxMemory() >= rt.totalMemory() || rt.maxMemory() == Long.MAX_VALUE));
        System.out.println("processors >= 1: " + (rt.availableProcessors() >= 1));
        rt.gc();
        System.gc();
        System.out.println("gc calls returned");
        System.out.println("thread name: " + Thread.currentThread().getName());
        long before = System.currentTimeMillis();
        Thread.sleep(20);
        long slept = System.currentTimeMillis() - before;
        System.out.println("slept at least ~20ms: " + (slept >= 15));
        Thread.sleep(0);
        System.out.println("sleep(0) ok");
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("sleep(-1) -> IllegalArgumentException");
        }
        System.err.println("this line goes to stderr and is not compared");
        System.err.flush();
        System.out.print("print without newline, ");
        System.out.print(42);
        System.out.print(' ');
        System.out.print(1.5);
        System.out.print(' ');
        System.out.print(true);
        System.out.print(' ');
        System.out.print(7L);
        System.out.print(' ');
        System.out.print(2.5f);
        System.out.print(' ');
        System.out.print((Object) null);
        System.out.print(' ');
        System.out.print((String) null);
        System.out.println();
        System.out.println(new char[] {'c', 'h', 'a', 'r', 's'});
        System.out.println(3);
        System.out.println('x');
        System.out.println(9L);
        System.out.println(0.25f);
        System.out.println(-0.0);
        System.out.println(false);
        System.out.println((Object) "object");
        System.out.println((String) null);
        System.out.println();
        System.out.write('W');
        System.out.write('\n');
        byte[] raw = {'r', 'a', 'w', '\n'};
        System.out.write(raw, 0, raw.length);
        System.out.flush();
        System.out.println("System.out == System.out: " + (System.out == System.out) + ", err distinct: " + (System.out != System.err));
        String prop = System.getProperty("kava.no.such.property");
        System.out.println("missing property: " + prop + ", with default: " + System.getProperty("kava.no.such.property", "dflt"));
    }
}
