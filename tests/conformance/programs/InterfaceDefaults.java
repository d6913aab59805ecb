public class InterfaceDefaults {
    interface Greeter {
        String name();

        default String greet() {
            return "Hello, " + name() + "!";
        }

        static Greeter of(final String n) {
            return new Greeter() {
                public String name() { return n; }
            };
        }
    }

    interface Loud extends Greeter {
        @Override
        default String greet() {
            return Greeter.super.greet().toUpperCase();
        }
    }

    interface Polite extends Greeter {
        @Override
        default String greet() {
            return "Good day, " + name() + ".";
        }
    }

    static class LoudPolite implements Loud, Polite {
        public String name() { return "Ada"; }

        @Override
        public String greet() {
            return Loud.super.greet() + " / " + Polite.super.greet();
        }
    }

    interface A { default String who() { return "A"; } }
    interface B extends A { default String who() { return "B"; } }
    interface C extends A { }
    static class D implements B, C { }
    static class E implements C { }
    static class Base { public String who() { return "Base"; } }
    static class F extends Base implements B { }

    interface Counter {
        int count();
        default Counter plus(final int n) {
            final Counter self = this;
            return new Counter() {
                public int count() { return self.count() + n; }
            };
        }
    }

    interface WithConstant {
        int LIMIT = 10;
        String TAG = "tag-" + LIMIT;
    }

    static class UsesConstant implements WithConstant {
        int twice() { return LIMIT * 2; }
    }

    static abstract class AbstractGreeter implements Greeter {
        public String name() { return "abstract-" + suffix(); }
        abstract String suffix();
    }

    interface Shape {
        double area();
        default String describe() { return getClass().getSimpleName() + " area=" + area(); }
    }

    static class Sq implements Shape {
        public double area() { return 4.0; }
    }

    static class Circle implements Shape {
        public double area() { return 3.0; }
        public String describe() { return "circle! " + Shape.super.describe(); }
    }

    public static void main(String[] args) {
        Greeter g = Greeter.of("World");
        System.out.println(g.greet());
        Loud loud = new Loud() {
            public String name() { return "Bob"; }
        };
        System.out.println(loud.greet());
        System.out.println(new LoudPolite().greet());
        System.out.println("D (B more specific than A via C): " + new D().who());
        System.out.println("E (inherits A's default): " + new E().who());
        System.out.println("F (class method wins over default): " + new F().who());
        A asA = new D();
        System.out.println("through A reference: " + asA.who());
        Counter zero = new Counter() {
            public int count() { return 0; }
        };
        System.out.println("chained defaults: " + zero.plus(5).plus(10).plus(-3).count());
        UsesConstant uc = new UsesConstant();
        System.out.println("constants: " + uc.twice() + " " + WithConstant.TAG + " " + UsesConstant.LIMIT);
        AbstractGreeter ag = new AbstractGreeter() {
            String suffix() { return "x"; }
        };
        System.out.println(ag.greet());
        Shape[] shapes = {new Sq(), new Circle()};
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        System.out.println("instanceof: " + (ag instanceof Greeter) + " " + (loud instanceof Greeter) + " " + (new LoudPolite() instanceof Polite));
        Runnable r = new Runnable() {
            public void run() { System.out.println("Runnable anonymous run()"); }
        };
        r.run();
        Comparable<String> cmp = "abc";
        System.out.println("Comparable<String>.compareTo: " + cmp.compareTo("abd"));
    }
}
