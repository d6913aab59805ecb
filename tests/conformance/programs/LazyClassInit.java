public class LazyClassInit {
    static void mark(String s) {
        System.out.println(s);
    }

    static class A {
        static { mark("  <clinit> A"); }
        static final int CONST = 10;
        static final String SCONST = "constant";
        static final Integer BOXED = 5;
        static int plain = 3;
        static void m() { mark("  A.m()"); }
    }

    static class B extends A {
        static { mark("  <clinit> B"); }
        static int bField = 4;
    }

    static class A2 {
        static { mark("  <clinit> A2"); }
        static int inherited = 6;
    }

    static class B2 extends A2 {
        static { mark("  <clinit> B2 (must not appear)"); }
    }

    static class C {
        static { mark("  <clinit> C"); }
        C() { mark("  new C()"); }
    }

    static class D {
        static { mark("  <clinit> D"); }
        static int value = 1;
    }

    static class E {
        static { mark("  <clinit> E"); }
    }

    static class F {
        static { mark("  <clinit> F"); }
        static int x;
    }

    interface I {
        int ICONST = 1;
        int INONCONST = LazyClassInit.value("  I.INONCONST initialized", 2);
        void run();
    }

    interface J {
        int JFIELD = LazyClassInit.value("  J.JFIELD initialized (default-method interface)", 3);
        default void hello() { mark("  J.hello()"); }
    }

    static class Impl implements I {
        static { mark("  <clinit> Impl"); }
        public void run() { mark("  Impl.run()"); }
    }

    static class JImpl implements J {
        static { mark("  <clinit> JImpl"); }
    }

    static class G {
        static { mark("  <clinit> G"); }
        static class Nested {
            static { mark("  <clinit> G.Nested"); }
            static int n = 9;
        }
    }

    static class H {
        static { mark("  <clinit> H (via Class.forName)"); }
    }

    static int value(String msg, int v) {
        mark(msg);
        return v;
    }

    public static void main(String[] args) throws Exception {
        mark("1. compile-time constants do not initialize:");
        System.out.println("  " + A.CONST + " " + A.SCONST);
        mark("2. non-constant static final (boxed) does:");
        System.out.println("  " + A.BOXED);
        mark("3. B2.inherited names A2's field: only A2 is initialized; B.bField initializes B (A already):");
        System.out.println("  " + B2.inherited);
        System.out.println("  " + B.plain);
        System.out.println("  " + B.bField);
        mark("4. array creation does not initialize C:");
        C[] cs = new C[3];
        C[][] css = new C[2][2];
        System.out.println("  arrays of length " + cs.length + " " + css.length);
        mark("5. class literal does not initialize:");
        Class<?> k = C.class;
        System.out.println("  got " + k.getName());
        mark("6. new C():");
        new C();
        new C();
        mark("7. static field write initializes D:");
        D.value = 5;
        System.out.println("  D.value = " + D.value);
        mark("8. instanceof / cast with null do not initialize E:");
        Object o = null;
        System.out.println("  " + (o instanceof E) + " " + (E) o);
        mark("9. static field read F.x:");
        System.out.println("  " + F.x);
        mark("10. interface constant does not initialize I; implementing class init does not init I:");
        System.out.println("  " + I.ICONST);
        Impl impl = new Impl();
        impl.run();
        mark("11. non-constant interface field initializes I:");
        System.out.println("  " + I.INONCONST);
        mark("12. class implementing interface with default method initializes that interface:");
        new JImpl().hello();
        mark("13. nested class init is independent of outer:");
        System.out.println("  " + G.Nested.n);
        mark("14. Class.forName initializes:");
        Class.forName("LazyClassInit$H");
        mark("15. second forName does nothing:");
        Class.forName("LazyClassInit$H");
        mark("16. calling static method via subclass name:");
        B.m();
        mark("done");
    }
}
