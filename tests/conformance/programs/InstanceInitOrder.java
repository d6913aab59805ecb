public class InstanceInitOrder {
    static int seq = 0;

    static int log(String what) {
        seq++;
        System.out.println("  " + seq + ": " + what);
        return seq;
    }

    static class Base {
        int baseField = log("Base field initializer");
        String name = "base";

        {
            log("Base instance block, name=" + name);
        }

        Base() {
            this(log("Base() computing arg"));
            log("Base() body");
        }

        Base(int x) {
            super();
            log("Base(int " + x + ") body");
            describe();
        }

        void describe() {
            log("Base.describe name=" + name);
        }
    }

    static class Derived extends Base {
        int derivedField = log("Derived field initializer");
        String label = "derived";
        final int fin = 99;
        Integer boxed = 7;

        {
            log("Derived instance block 1, label=" + label);
        }

        Derived() {
            super();
            log("Derived() body");
        }

        Derived(String s) {
            this();
            log("Derived(String " + s + ") body");
        }

        {
            log("Derived instance block 2");
        }

        @Override
        void describe() {
            log("Derived.describe (virtual from super ctor) label=" + label + " derivedField=" + derivedField
                    + " fin=" + fin + " boxed=" + boxed);
        }
    }

    static class Holder {
        int x = 10;
        int y = x * 2;
        int z;

        {
            z = x + y;
            x = 100;
        }

        Holder() {
            y += 1;
        }
    }

    static class SelfRef {
        int a = getB();
        int b = 5;

        int getB() {
            return b;
        }
    }

    static class ThrowingInit {
        int v = compute();

        static int compute() {
            throw new IllegalStateException("field initializer failed");
        }
    }

    public static void main(String[] args) {
        System.out.println("new Derived(\"x\"):");
        Derived d = new Derived("x");
        System.out.println("after: label=" + d.label + " derivedField=" + d.derivedField + " baseField=" + d.baseField);
        seq = 0;
        System.out.println("new Base():");
        new Base();
        Holder h = new Holder();
        System.out.println("Holder x=" + h.x + " y=" + h.y + " z=" + h.z);
        SelfRef sr = new SelfRef();
        System.out.println("SelfRef a=" + sr.a + " b=" + sr.b);
        try {
            new ThrowingInit();
        } catch (IllegalStateException e) {
            System.out.println("constructor failed: " + e.getMessage());
        }
        Object anon = new Object() {
            int q = log("anonymous field");
            {
                log("anonymous block q=" + q);
            }

            @Override
            public String toString() {
                return "anon q=" + q;
            }
        };
        System.out.println(anon);
    }
}
