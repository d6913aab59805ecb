// conformance: min-release 17
// Sealed classes and interfaces (Java 17): permits lists with final, sealed and non-sealed
// subclasses, records implementing a sealed interface, an evaluator over a sealed expression
// tree using instanceof patterns, and reflection on the hierarchy (isSealed).
public class SealedHierarchy {
    sealed interface Expr permits Num, Add, Mul, Neg, Var {
    }

    record Num(int value) implements Expr {
    }

    record Add(Expr left, Expr right) implements Expr {
    }

    record Mul(Expr left, Expr right) implements Expr {
    }

    record Neg(Expr inner) implements Expr {
    }

    record Var(String name) implements Expr {
    }

    static int eval(Expr e, java.util.Map<String, Integer> env) {
        if (e instanceof Num n) return n.value();
        if (e instanceof Add a) return eval(a.left(), env) + eval(a.right(), env);
        if (e instanceof Mul m) return eval(m.left(), env) * eval(m.right(), env);
        if (e instanceof Neg n) return -eval(n.inner(), env);
        if (e instanceof Var v) return env.getOrDefault(v.name(), 0);
        throw new IllegalStateException("unreachable");
    }

    static String show(Expr e) {
        if (e instanceof Num n) return Integer.toString(n.value());
        if (e instanceof Add a) return "(" + show(a.left()) + " + " + show(a.right()) + ")";
        if (e instanceof Mul m) return show(m.left()) + " * " + show(m.right());
        if (e instanceof Neg n) return "-" + show(n.inner());
        return ((Var) e).name();
    }

    static Expr simplify(Expr e) {
        if (e instanceof Add a) {
            Expr l = simplify(a.left()), r = simplify(a.right());
            if (l instanceof Num n && n.value() == 0) return r;
            if (r instanceof Num n && n.value() == 0) return l;
            return new Add(l, r);
        }
        if (e instanceof Mul m) {
            Expr l = simplify(m.left()), r = simplify(m.right());
            if (l instanceof Num n && n.value() == 1) return r;
            if (r instanceof Num n && n.value() == 0) return new Num(0);
            return new Mul(l, r);
        }
        if (e instanceof Neg n && n.inner() instanceof Neg inner) return simplify(inner.inner());
        return e;
    }

    abstract static sealed class Vehicle permits Car, Truck, Bike {
        abstract int wheels();

        String describe() {
            return getClass().getSimpleName() + " with " + wheels() + " wheels";
        }
    }

    static final class Car extends Vehicle {
        int wheels() {
            return 4;
        }
    }

    static sealed class Truck extends Vehicle permits BigTruck {
        int wheels() {
            return 6;
        }
    }

    static final class BigTruck extends Truck {
        @Override
        int wheels() {
            return 18;
        }
    }

    static non-sealed class Bike extends Vehicle {
        int wheels() {
            return 2;
        }
    }

    static class Tandem extends Bike {
        @Override
        String describe() {
            return "Tandem (open subclass of non-sealed Bike) with " + wheels() + " wheels";
        }
    }

    public static void main(String[] args) {
        Expr e = new Add(new Mul(new Num(3), new Var("x")), new Neg(new Add(new Var("y"), new Num(-2))));
        java.util.Map<String, Integer> env = new java.util.TreeMap<>();
        env.put("x", 7);
        env.put("y", 5);
        System.out.println(show(e) + " = " + eval(e, env) + " with " + env);
        System.out.println("record form: " + e);
        Expr messy = new Add(new Num(0), new Mul(new Num(1), new Neg(new Neg(new Add(new Var("z"), new Num(0))))));
        Expr clean = simplify(messy);
        System.out.println("simplify " + show(messy) + " -> " + show(clean) + " equals Var(z): " + clean.equals(new Var("z")));
        System.out.println("Mul by zero: " + show(simplify(new Mul(new Var("q"), new Num(0)))));

        Vehicle[] fleet = {new Car(), new Truck(), new BigTruck(), new Bike(), new Tandem()};
        int total = 0;
        for (Vehicle v : fleet) {
            System.out.println(v.describe());
            total += v.wheels();
        }
        System.out.println("total wheels: " + total);
        System.out.println("isSealed: Expr=" + Expr.class.isSealed() + " Vehicle=" + Vehicle.class.isSealed() + " Truck=" + Truck.class.isSealed()
                + " Bike=" + Bike.class.isSealed() + " Car=" + Car.class.isSealed() + " Num=" + Num.class.isSealed());
        Class<?>[] permitted = Vehicle.class.getPermittedSubclasses();
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : permitted) sb.append(c.getSimpleName()).append(' ');
        System.out.println("Vehicle permits: " + sb.toString().trim() + "; Bike permits: " + Bike.class.getPermittedSubclasses());
    }
}
