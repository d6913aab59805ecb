public class SuperCalls {
    static class A {
        String name() { return "A"; }
        String chain() { return "A.chain"; }
        String callsName() { return "A.callsName->" + name(); }
        int value = 1;
        public String toString() { return "A.toString"; }
    }

    static class B extends A {
        @Override
        String name() { return "B"; }
        @Override
        String chain() { return "B.chain>" + super.chain(); }
        int value = 2;
        int superValue() { return super.value; }
        @Override
        public String toString() { return "B(" + super.toString() + ")"; }
    }

    static class C extends B {
        @Override
        String name() { return "C"; }
        @Override
        String chain() { return "C.chain>" + super.chain(); }
        @Override
        String callsName() { return "C.callsName>" + super.callsName(); }
        int value = 3;
        String values() { return value + " " + super.value + " " + ((A) this).value + " " + superValue(); }
        String superName() { return super.name(); }

        class InnerOfC {
            String outerSuper() { return C.super.name() + "/" + C.this.name(); }
        }
    }

    static class Account {
        protected long balance;
        void deposit(long amt) {
            if (amt <= 0) throw new IllegalArgumentException("bad amount " + amt);
            balance += amt;
        }
    }

    static class FeeAccount extends Account {
        @Override
        void deposit(long amt) {
            super.deposit(amt - 1);
            System.out.println("  fee charged, balance=" + balance);
        }
    }

    static class Base {
        final String tag;
        Base(String t) { tag = "base:" + t; }
        Base() { this("default"); }
    }

    static class Mid extends Base {
        Mid() { super("mid"); }
        Mid(int x) { }
    }

    static class Leaf extends Mid {
        Leaf() { super(5); }
    }

    interface Named {
        default String id() { return "Named"; }
    }

    static class Impl extends A implements Named {
        public String id() { return "Impl+" + Named.super.id() + "+" + super.name(); }
    }

    public static void main(String[] args) {
        C c = new C();
        System.out.println(c.name() + " " + c.superName() + " " + c.chain());
        System.out.println(c.callsName());
        System.out.println("values: " + c.values());
        System.out.println(c.new InnerOfC().outerSuper());
        System.out.println(c + " / " + new A());
        A a = c;
        System.out.println("static type A: " + a.name() + " field " + a.value);
        FeeAccount acct = new FeeAccount();
        acct.deposit(100);
        acct.deposit(10);
        try {
            acct.deposit(1);
        } catch (IllegalArgumentException e) {
            System.out.println("super threw: " + e.getMessage());
        }
        System.out.println("ctor chains: " + new Mid().tag + " | " + new Mid(1).tag + " | " + new Leaf().tag);
        System.out.println(new Impl().id());
    }
}
