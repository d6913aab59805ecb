public class EnumBasics {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6),
        JUPITER(1.9e+27, 7.1492e7);

        private final double mass;
        private final double radius;

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
            int apply(int a, int b) { return a + b; }
        },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }
        },
        MINUS("-") {
            int apply(int a, int b) { return a - b; }
            @Override
            public String toString() { return "minus!"; }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case BLUE: return "cool";
            default: return "neutral";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " name=" + c.name() + " ordinal=" + c.ordinal() + " describe=" + describe(c)
                    + " compareTo(GREEN)=" + c.compareTo(Color.GREEN) + " class=" + c.getClass().getName()
                    + " declaring=" + c.getDeclaringClass().getName());
        }
        System.out.println("valueOf(\"BLUE\") == BLUE: " + (Color.valueOf("BLUE") == Color.BLUE));
        System.out.println("Enum.valueOf: " + Enum.valueOf(Color.class, "GREEN"));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(PURPLE) -> " + e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null) -> NullPointerException");
        }
        Color[] v1 = Color.values(), v2 = Color.values();
        v1[0] = Color.BLUE;
        System.out.println("values() returns fresh arrays: " + (v1 != v2) + " " + v2[0]);
        for (Planet p : Planet.values()) {
            System.out.println(p + " gravity*1000 rounded = " + Math.round(p.surfaceGravity() * 1000));
        }
        for (Op op : Op.values()) {
            System.out.println(op.name() + " '" + op.symbol + "' toString=" + op + " 7?3=" + op.apply(7, 3)
                    + " class is enum's: " + (op.getClass() == Op.class) + " declaring=" + op.getDeclaringClass().getSimpleName());
        }
        Color c = Color.GREEN;
        System.out.println("equals: " + c.equals(Color.GREEN) + " ==: " + (c == Color.GREEN) + " hashCode stable: " + (c.hashCode() == Color.GREEN.hashCode()));
        System.out.println("instanceof Enum: " + (c instanceof Enum) + ", Comparable: " + (c instanceof Comparable));
        System.out.println("superclass: " + Color.class.getSuperclass().getName() + ", Op.PLUS superclass: " + Op.PLUS.getClass().getSuperclass().getName());
        int[] counts = new int[Color.values().length];
        Color[] seq = {Color.RED, Color.BLUE, Color.RED, Color.GREEN, Color.RED};
        for (Color x : seq) {
            counts[x.ordinal()]++;
        }
        for (Color x : Color.values()) {
            System.out.println("count " + x + " = " + counts[x.ordinal()]);
        }
        Color n = null;
        try {
            describe(n);
        } catch (NullPointerException e) {
            System.out.println("switch on null enum -> NullPointerException");
        }
    }
}
