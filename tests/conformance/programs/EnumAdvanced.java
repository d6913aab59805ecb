public class EnumAdvanced {
    interface Shape {
        double area(double size);
        default String kind() { return "shape"; }
    }

    enum Basic implements Shape {
        SQUARE {
            public double area(double s) { return s * s; }
        },
        CIRCLE {
            public double area(double s) { return Math.PI * s * s; }
            @Override
            public String kind() { return "round"; }
        };
    }

    enum Level {
        LOW(1), MEDIUM(5), HIGH(10);

        static final int MAX;
        static {
            int m = 0;
            for (Level l : values()) {
                m = Math.max(m, l.weight);
            }
            MAX = m;
            System.out.println("  Level static init, MAX=" + MAX);
        }

        final int weight;

        Level(int w) {
            weight = w;
            System.out.println("  Level(" + w + ") constructing " + name() + " ordinal " + ordinal());
        }

        Level next() {
            return values()[(ordinal() + 1) % values().length];
        }

        static Level fromWeight(int w) {
            for (Level l : values()) {
                if (l.weight == w) return l;
            }
            return null;
        }
    }

    enum Singleton {
        INSTANCE;
        int counter;
        int increment() { return ++counter; }
    }

    enum Empty {}

    enum State {
        IDLE, RUNNING, DONE;

        State on(String event) {
            switch (this) {
                case IDLE: return event.equals("start") ? RUNNING : this;
                case RUNNING: return event.equals("finish") ? DONE : event.equals("reset") ? IDLE : this;
                default: return this;
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("before touching Level");
        Level l = Level.LOW;
        System.out.println("got " + l + ", next=" + l.next() + ", next.next=" + l.next().next() + ", HIGH.next=" + Level.HIGH.next());
        System.out.println("fromWeight(5)=" + Level.fromWeight(5) + " fromWeight(3)=" + Level.fromWeight(3) + " MAX=" + Level.MAX);
        for (Basic b : Basic.values()) {
            System.out.println(b + " area(2)=" + b.area(2) + " kind=" + b.kind());
        }
        Shape s = Basic.CIRCLE;
        System.out.println("via interface: " + s.kind() + " " + (s instanceof Basic));
        Singleton.INSTANCE.increment();
        Singleton.INSTANCE.increment();
        System.out.println("singleton counter=" + Singleton.INSTANCE.increment());
        System.out.println("Empty.values().length=" + Empty.values().length);
        State st = State.IDLE;
        String[] events = {"finish", "start", "reset", "start", "finish", "start"};
        for (String e : events) {
            State next = st.on(e);
            System.out.println(st + " --" + e + "--> " + next);
            st = next;
        }
        Level[] byWeight = Level.values();
        for (int i = byWeight.length - 1; i > 0; i--) {
            if (byWeight[i].compareTo(byWeight[i - 1]) < 0) {
                System.out.println("order broken");
            }
        }
        System.out.println("ordinal order ok, HIGH.compareTo(LOW)=" + Level.HIGH.compareTo(Level.LOW));
        switch (st) {
            case DONE:
                System.out.println("finished in DONE");
                break;
            case IDLE:
            case RUNNING:
                System.out.println("still going: " + st);
                break;
        }
        Object o = Level.MEDIUM;
        if (o instanceof Level) {
            Level lv = (Level) o;
            System.out.println("cast back: " + lv.name() + " weight " + lv.weight);
        }
        System.out.println("getClass for constant-body enum: " + Basic.SQUARE.getClass().getName()
                + " isEnum-superclass: " + Basic.SQUARE.getClass().getSuperclass().getName());
    }
}
