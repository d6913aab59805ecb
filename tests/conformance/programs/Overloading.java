public class Overloading {
    static String f(byte b) { return "byte"; }
    static String f(short s) { return "short"; }
    static String f(int i) { return "int"; }
    static String f(long l) { return "long"; }
    static String f(float x) { return "float"; }
    static String f(double d) { return "double"; }
    static String f(char c) { return "char"; }
    static String f(Object o) { return "Object"; }
    static String f(String s) { return "String"; }
    static String f(Integer i) { return "Integer"; }

    static String g(long l) { return "g(long)"; }
    static String g(Integer i) { return "g(Integer)"; }
    static String g(Object o) { return "g(Object)"; }

    static String h(double d) { return "h(double)"; }
    static String h(Object o) { return "h(Object)"; }

    static String k(Object o) { return "k(Object)"; }
    static String k(CharSequence cs) { return "k(CharSequence)"; }
    static String k(String s) { return "k(String)"; }

    static String n(Number n) { return "n(Number)"; }
    static String n(Comparable<?> c) { return "n(Comparable)"; }
    static String n(Integer i) { return "n(Integer)"; }

    static String m(int a, long b) { return "m(int,long)"; }
    static String m(long a, int b) { return "m(long,int)"; }

    static class Animal {
        String sound() { return "..."; }
        String meet(Animal a) { return "Animal meets Animal"; }
        String meet(Dog d) { return "Animal meets Dog"; }
    }

    static class Dog extends Animal {
        @Override
        String sound() { return "Woof"; }
        @Override
        String meet(Animal a) { return "Dog meets Animal"; }
        @Override
        String meet(Dog d) { return "Dog meets Dog"; }
    }

    static String which(Animal a) { return "static Animal"; }
    static String which(Dog d) { return "static Dog"; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        long l = 4;
        float fl = 5f;
        System.out.println(f(b) + " " + f(s) + " " + f(c) + " " + f(3) + " " + f(l) + " " + f(fl) + " " + f(6.0));
        System.out.println(f("str") + " " + f(Integer.valueOf(7)) + " " + f(Long.valueOf(8)) + " " + f(new int[0]) + " " + f((Object) "o"));
        System.out.println(f(b + b) + " " + f(c + 1) + " " + f((char) (c + 1)) + " " + f(s * 2) + " " + f(l + 1) + " " + f(fl * 2) + " " + f(1 + 1L) + " " + f(1 + 1.0f));
        System.out.println("g(5): " + g(5) + " (widening beats boxing)");
        System.out.println("g(Integer): " + g(Integer.valueOf(5)) + ", g(\"x\"): " + g("x"));
        System.out.println("h(5): " + h(5) + ", h('a'): " + h('a') + ", h(5L): " + h(5L) + ", h(true): " + h(true));
        System.out.println("k(\"s\"): " + k("s") + ", k(null): " + k(null) + ", k(sb): " + k(new StringBuilder()) + ", k((Object)\"s\"): " + k((Object) "s"));
        System.out.println("n(1): " + n(1) + ", n(1.5): " + n((Number) 1.5));
        System.out.println("m(1, 2L): " + m(1, 2L) + ", m(1L, 2): " + m(1L, 2));
        Animal a = new Dog();
        Dog d = new Dog();
        Animal plain = new Animal();
        System.out.println(a.sound() + " " + plain.sound());
        System.out.println(a.meet(a) + " | " + a.meet(d) + " | " + plain.meet(a) + " | " + plain.meet(d) + " | " + d.meet((Animal) d));
        System.out.println(which(a) + " | " + which(d) + " | " + which((Animal) d));
        Object o = d;
        System.out.println("f(o) with Dog inside: " + f(o));
        Integer boxed = null;
        System.out.println("f(null Integer var): " + f(boxed));
        System.out.println("f((String)null): " + f((String) null));
    }
}
