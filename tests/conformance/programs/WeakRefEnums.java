import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;

// java.lang.ref.WeakReference/SoftReference get/clear (strongly reachable referents only, so
// no dependence on the collector) and Enum API: values, valueOf (with the JDK message for a
// bad name), ordinal, compareTo, name vs toString, getDeclaringClass for constant bodies,
// enum switch, enums with fields, constructors, abstract methods and static lookups.
public class WeakRefEnums {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        final double mass, radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Op {
        PLUS("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES("*") {
            int apply(int a, int b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "times!";
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    enum Level {
        LOW, MEDIUM, HIGH;

        static Level fromScore(int s) {
            Level result = LOW;
            for (Level l : values()) if (s >= l.ordinal() * 40) result = l;
            return result;
        }
    }

    static String react(Level l) {
        switch (l) {
            case LOW:
                return "relax";
            case HIGH:
                return "panic";
            default:
                return "watch";
        }
    }

    public static void main(String[] args) {
        String strong = new String("referent");
        WeakReference<String> weak = new WeakReference<String>(strong);
        SoftReference<String> soft = new SoftReference<String>(strong);
        System.out.println("weak.get=" + weak.get() + " soft.get=" + soft.get() + " same=" + (weak.get() == strong));
        weak.clear();
        System.out.println("after clear: weak.get=" + weak.get() + " soft.get=" + soft.get());
        soft.clear();
        System.out.println("after soft clear: " + soft.get() + " strong still " + strong);
        WeakReference<Object> nullRef = new WeakReference<Object>(null);
        System.out.println("null referent: " + nullRef.get());

        for (Planet p : Planet.values()) {
            System.out.println(p + " ordinal=" + p.ordinal() + " gravity=" + p.surfaceGravity());
        }
        System.out.println("valueOf(EARTH)=" + Planet.valueOf("EARTH") + " Enum.valueOf=" + Enum.valueOf(Planet.class, "JUPITER"));
        try {
            Planet.valueOf("PLUTO");
        } catch (IllegalArgumentException e) {
            System.out.println("bad valueOf: " + e.getMessage());
        }
        try {
            Planet.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): " + e.getMessage());
        }
        System.out.println("compareTo: " + Planet.MERCURY.compareTo(Planet.JUPITER) + " " + Planet.JUPITER.compareTo(Planet.EARTH) + " " + Planet.EARTH.compareTo(Planet.EARTH));
        System.out.println("equals/==: " + (Planet.valueOf("EARTH") == Planet.EARTH) + " " + Planet.EARTH.equals(Planet.MERCURY));

        for (Op op : Op.values()) {
            System.out.println(op.name() + " toString=" + op + " symbol=" + op.symbol + " apply(6,7)=" + op.apply(6, 7)
                    + " declaringClass=" + op.getDeclaringClass().getSimpleName() + " anonymous body class differs="
                    + (op.getClass() != Op.class));
        }
        System.out.println("Op.valueOf(TIMES) toString: " + Op.valueOf("TIMES"));
        for (int s : new int[] {0, 39, 40, 79, 80, 200}) System.out.print(s + "->" + Level.fromScore(s) + "/" + react(Level.fromScore(s)) + " ");
        System.out.println();
        Level[] copy = Level.values();
        copy[0] = Level.HIGH;
        System.out.println("values() returns a fresh array: " + Level.values()[0]);
        System.out.println("Level.class.isEnum=" + Level.class.isEnum() + " constants=" + Level.class.getEnumConstants().length
                + " name of class=" + Level.class.getName());
        java.util.EnumMap<Level, Integer> em = new java.util.EnumMap<Level, Integer>(Level.class);
        em.put(Level.HIGH, 3);
        em.put(Level.LOW, 1);
        System.out.println("EnumMap in ordinal order: " + em + " EnumSet.range: " + java.util.EnumSet.range(Level.LOW, Level.MEDIUM)
                + " complementOf: " + java.util.EnumSet.complementOf(java.util.EnumSet.of(Level.MEDIUM)));
    }
}
