public class InstanceofChecks {
    interface Walker { }
    interface Swimmer { }
    static class Animal { }
    static class Duck extends Animal implements Walker, Swimmer { }
    static class Fish extends Animal implements Swimmer { }
    static final class Rock { }

    static String kinds(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Object ? "O" : "-");
        sb.append(o instanceof Animal ? "A" : "-");
        sb.append(o instanceof Duck ? "D" : "-");
        sb.append(o instanceof Fish ? "F" : "-");
        sb.append(o instanceof Walker ? "W" : "-");
        sb.append(o instanceof Swimmer ? "S" : "-");
        sb.append(o instanceof Rock ? "R" : "-");
        sb.append(o instanceof Object[] ? "[O" : "--");
        sb.append(o instanceof Animal[] ? "[A" : "--");
        sb.append(o instanceof Swimmer[] ? "[S" : "--");
        sb.append(o instanceof int[] ? "[i" : "--");
        sb.append(o instanceof Object[][] ? "[[O" : "---");
        sb.append(o instanceof Cloneable ? "C" : "-");
        sb.append(o instanceof java.io.Serializable ? "s" : "-");
        sb.append(o instanceof Comparable ? "c" : "-");
        sb.append(o instanceof CharSequence ? "q" : "-");
        sb.append(o instanceof Number ? "N" : "-");
        return sb.toString();
    }

    public static void main(String[] args) {
        Object[] samples = {null, new Object(), new Animal(), new Duck(), new Fish(), new Rock(), new Duck[2], new Fish[1],
                new Animal[0], new Swimmer[3], new int[4], new Object[1][1], new int[1][1], new Duck[1][1], "str",
                42, 3.5, 'c', true, new Object[0], new String[0], new long[0]};
        String[] labels = {"null", "Object", "Animal", "Duck", "Fish", "Rock", "Duck[]", "Fish[]", "Animal[]", "Swimmer[]",
                "int[]", "Object[][]", "int[][]", "Duck[][]", "String", "Integer", "Double", "Character",
                "Boolean", "Object[]", "String[]", "long[]"};
        for (int i = 0; i < samples.length; i++) {
            System.out.println(labels[i] + ": " + kinds(samples[i]));
        }
        Object o = new Duck();
        if (o instanceof Walker && o instanceof Swimmer) {
            Walker w = (Walker) o;
            Swimmer s = (Swimmer) w;
            Animal a = (Animal) s;
            System.out.println("cross-casts through interfaces ok: " + (a == o));
        }
        Object arr = new Duck[] {new Duck()};
        Animal[] animals = (Animal[]) arr;
        Walker[] walkers = (Walker[]) arr;
        Object[] objs = (Object[]) arr;
        System.out.println("array casts ok: " + animals.length + walkers.length + objs.length);
        Object nul = null;
        Duck d = (Duck) nul;
        Rock r = (Rock) nul;
        System.out.println("casting null always succeeds: " + d + " " + r);
        Object[][] grid = new String[2][2];
        System.out.println("String[][] instanceof Object[][]: " + (grid instanceof Object[][]) + ", grid[0] instanceof String[]: " + (grid[0] instanceof String[]));
        Object ints2d = new int[2][3];
        System.out.println("int[][] instanceof Object[]: " + (ints2d instanceof Object[]) + ", element instanceof int[]: " + (((Object[]) ints2d)[0] instanceof int[]));
    }
}
