public class StaticInitOrder {
    static int log(String what, int v) {
        System.out.println("  init " + what + " = " + v);
        return v;
    }

    static int a = log("a", 1);
    static int b;
    static final int CONST = 42;
    static final int NON_CONST = log("NON_CONST", CONST + 1);
    static int forward = peekLater();
    static int later = log("later", 7);
    static String s = "str";
    static final String FS;

    static {
        System.out.println("  static block 1: a=" + a + " b=" + b + " later=" + later + " forward=" + forward);
        b = a + 10;
        FS = "assigned in block";
    }

    static int c = log("c", b * 2);

    static {
        System.out.println("  static block 2: c=" + c + " FS=" + FS);
        later = 100;
    }

    static int peekLater() {
        System.out.println("  peekLater sees later=" + later + " CONST=" + CONST + " s=" + s);
        return later + 1;
    }

    static class Parent {
        static int p = log("Parent.p", 1);
        static {
            System.out.println("  Parent static block");
        }
        static void touch() {
            System.out.println("  Parent.touch()");
        }
    }

    static class Child extends Parent {
        static int q = log("Child.q", p + 1);
        static {
            System.out.println("  Child static block, Parent.p=" + p);
        }
        static void hello() {
            System.out.println("  Child.hello()");
        }
    }

    static class Counter {
        static int instances;
        static final Counter FIRST = new Counter("FIRST");
        static int initialized = log("Counter.initialized", 5);
        static final Counter SECOND = new Counter("SECOND");
        final String name;

        Counter(String name) {
            this.name = name;
            instances++;
            System.out.println("  Counter(" + name + ") instances=" + instances + " initialized=" + initialized);
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts: a=" + a + " b=" + b + " c=" + c + " later=" + later + " forward=" + forward);
        System.out.println("before Child.hello");
        Child.hello();
        System.out.println("before Parent.touch (already initialized)");
        Parent.touch();
        System.out.println("before Counter");
        System.out.println("Counter.instances = " + Counter.instances + ", FIRST=" + Counter.FIRST.name);
        System.out.println("Counter.initialized = " + Counter.initialized);
        System.out.println("NON_CONST = " + NON_CONST + ", s = " + s);
    }
}
