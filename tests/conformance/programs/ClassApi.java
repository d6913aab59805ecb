public class ClassApi {
    public static class Widget {
        static { System.out.println("  Widget initialized"); }
        public Widget() { System.out.println("  Widget() constructed"); }
        public String toString() { return "a Widget"; }
    }

    public static class Loaded {
        static { System.out.println("  Loaded initialized"); }
        public Loaded() { System.out.println("  Loaded() constructed"); }
        public String toString() { return "a Loaded"; }
    }

    static class Gadget extends Widget {
    }

    interface Marker { }

    static class Marked implements Marker { }

    static abstract class Abstract { }

    static void names(Class<?> c) {
        System.out.println(c.getName() + " | simple=" + c.getSimpleName() + " | array=" + c.isArray()
                + " | component=" + (c.getComponentType() == null ? "null" : c.getComponentType().getName())
                + " | super=" + (c.getSuperclass() == null ? "null" : c.getSuperclass().getName()));
    }

    public static void main(String[] args) throws Exception {
        names(int[].class);
        names(int[][].class);
        names(String[][].class);
        names(Object[].class);
        names(long[].class);
        names(boolean[].class);
        names(byte[].class);
        names(char[].class);
        names(short[].class);
        names(float[].class);
        names(double[].class);
        names(Widget[].class);
        names(String.class);
        names(Object.class);
        names(Integer.class);
        names(Widget.class);
        names(Gadget.class);
        names(Marker.class);
        names(Runnable.class);
        names(int.class);
        names(void.class);
        names(ClassApi.class);
        System.out.println("new int[2][3].getClass(): " + new int[2][3].getClass().getName() + ", new String[0].getClass(): " + new String[0].getClass().getName());
        System.out.println("isInstance: " + String.class.isInstance("s") + " " + String.class.isInstance(null) + " " + Object.class.isInstance(new int[0])
                + " " + Marker.class.isInstance(new Marked()) + " " + Widget.class.isInstance(new Gadget()) + " " + Gadget.class.isInstance(new Widget()));
        System.out.println("Number.class.isInstance(5): " + Number.class.isInstance(5) + ", Comparable.class.isInstance(\"x\"): " + Comparable.class.isInstance("x")
                + ", Object[].class.isInstance(new String[0]): " + Object[].class.isInstance(new String[0])
                + ", Object[].class.isInstance(new int[0]): " + Object[].class.isInstance(new int[0]));
        System.out.println("forName(\"java.lang.String\") == String.class: " + (Class.forName("java.lang.String") == String.class));
        System.out.println("forName(\"[I\") == int[].class: " + (Class.forName("[I") == int[].class)
                + ", forName(\"[Ljava.lang.String;\") == String[].class: " + (Class.forName("[Ljava.lang.String;") == String[].class));
        System.out.println("loading ClassApi$Loaded by name:");
        Class<?> wc = Class.forName("ClassApi$Loaded");
        System.out.println("  got " + wc.getName());
        Object w = wc.newInstance();
        System.out.println("  newInstance -> " + w + ", is Loaded: " + (w instanceof Loaded) + ", same class: " + (wc == Loaded.class));
        String[] missing = {"NoSuchClassAnywhere", "java.lang.NoSuchThing", "ClassApi.Widget", "ClassApi$Nope"};
        for (String m : missing) {
            try {
                Class.forName(m);
                System.out.println("found?? " + m);
            } catch (ClassNotFoundException e) {
                System.out.println("ClassNotFoundException: " + e.getMessage());
            }
        }
        try {
            Class.forName("ClassApi$Abstract").newInstance();
        } catch (InstantiationException e) {
            System.out.println("abstract newInstance -> InstantiationException");
        }
        System.out.println("getClass of literals: " + "s".getClass().getName() + " " + Integer.valueOf(1).getClass().getSimpleName()
                + " " + new Object[0].getClass().getSimpleName() + " " + new int[0][0].getClass().getSimpleName());
        Class<?> c = Gadget.class;
        StringBuilder chain = new StringBuilder();
        while (c != null) {
            chain.append(c.getName()).append(c.getSuperclass() != null ? " -> " : "");
            c = c.getSuperclass();
        }
        System.out.println("superclass chain: " + chain);
        System.out.println("class literal identity: " + (Widget.class == new Widget().getClass()));
        System.out.println("int.class vs Integer.TYPE: " + (int.class == Integer.TYPE) + ", Integer.class != int.class: " + (Integer.class != int.class));
        System.out.println("component of String[][]: " + String[][].class.getComponentType().getComponentType().getName());
    }
}
