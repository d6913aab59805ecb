public class AbstractClasses {
    static abstract class Report {
        private final StringBuilder out = new StringBuilder();
        protected int lines;

        final String render() {
            header();
            body();
            footer();
            return out.toString();
        }

        protected void emit(String s) {
            out.append(s).append('\n');
            lines++;
        }

        protected void header() {
            emit("== " + title() + " ==");
        }

        protected abstract String title();

        protected abstract void body();

        protected void footer() {
            emit("-- " + lines + " lines so far --");
        }
    }

    static class SalesReport extends Report {
        private final int[] sales;

        SalesReport(int... sales) {
            this.sales = sales;
        }

        protected String title() { return "Sales"; }

        protected void body() {
            int total = 0;
            for (int i = 0; i < sales.length; i++) {
                total += sales[i];
                emit("q" + (i + 1) + ": " + sales[i]);
            }
            emit("total: " + total);
        }
    }

    static class EmptyReport extends Report {
        protected String title() { return "Empty"; }

        protected void body() { }

        @Override
        protected void footer() {
            emit("(nothing to report)");
            super.footer();
        }
    }

    static abstract class Animal implements Comparable<Animal> {
        final String name;

        Animal(String name) {
            this.name = name;
        }

        abstract int legs();

        String speak() { return name + " makes a sound"; }

        public int compareTo(Animal o) {
            int d = legs() - o.legs();
            return d != 0 ? d : name.compareTo(o.name);
        }

        public String toString() { return name + "(" + legs() + ")"; }
    }

    static abstract class Bird extends Animal {
        Bird(String n) { super(n); }

        final int legs() { return 2; }
    }

    static class Parrot extends Bird {
        Parrot() { super("parrot"); }

        @Override
        String speak() { return "parrot says hello"; }
    }

    static class Penguin extends Bird {
        Penguin() { super("penguin"); }
    }

    static class Dog extends Animal {
        Dog() { super("dog"); }

        int legs() { return 4; }

        @Override
        String speak() { return super.speak() + ": woof"; }
    }

    static class Snake extends Animal {
        Snake() { super("snake"); }

        int legs() { return 0; }
    }

    public static void main(String[] args) {
        System.out.print(new SalesReport(10, 20, 30, 45).render());
        System.out.print(new EmptyReport().render());
        Animal[] zoo = {new Dog(), new Parrot(), new Snake(), new Penguin(), new Dog()};
        for (int i = 1; i < zoo.length; i++) {
            Animal key = zoo[i];
            int j = i - 1;
            while (j >= 0 && zoo[j].compareTo(key) > 0) {
                zoo[j + 1] = zoo[j];
                j--;
            }
            zoo[j + 1] = key;
        }
        for (Animal a : zoo) {
            System.out.println(a + " -> " + a.speak() + " | bird: " + (a instanceof Bird));
        }
        Animal anon = new Animal("centipede") {
            int legs() { return 100; }
        };
        System.out.println(anon + " " + anon.speak() + " compare to dog: " + Integer.signum(anon.compareTo(zoo[0])));
        System.out.println("abstract superclass of Parrot: " + Parrot.class.getSuperclass().getSimpleName() + " > "
                + Parrot.class.getSuperclass().getSuperclass().getSimpleName());
    }
}
