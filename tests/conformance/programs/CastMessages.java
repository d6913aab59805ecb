public class CastMessages {
    static void attempt(String label, Object o, int kind) {
        try {
            Object r;
            switch (kind) {
                case 0: r = (String) o; break;
                case 1: r = (Integer) o; break;
                case 2: r = (CastA) o; break;
                case 3: r = (CastB) o; break;
                case 4: r = (int[]) o; break;
                case 5: r = (Object[]) o; break;
                case 6: r = (CastA[]) o; break;
                case 7: r = (Runnable) o; break;
                case 8: r = (Comparable<?>) o; break;
                case 9: r = (Number) o; break;
                case 10: r = (CastMessages.Inner) o; break;
                case 11: r = (String[][]) o; break;
                default: r = null;
            }
            System.out.println(label + " -> ok (" + (r == null ? "null" : r.getClass().getName()) + ")");
        } catch (ClassCastException e) {
            System.out.println(label + " -> " + e.getMessage());
        }
    }

    static class Inner {
    }

    public static void main(String[] args) {
        attempt("Integer as String", Integer.valueOf(1), 0);
        attempt("String as Integer", "s", 1);
        attempt("Double as Integer", 2.5, 1);
        attempt("CastA as CastB", new CastA(), 3);
        attempt("CastB as CastA (subclass ok)", new CastB(), 2);
        attempt("CastC as CastB", new CastC(), 3);
        attempt("Integer as CastA", 7, 2);
        attempt("CastA as String", new CastA(), 0);
        attempt("int[] as Object[]", new int[1], 5);
        attempt("long[] as int[]", new long[1], 4);
        attempt("String[] as CastA[]", new String[1], 6);
        attempt("CastA[] as int[]", new CastA[1], 4);
        attempt("CastB[] as CastA[] (ok)", new CastB[1], 6);
        attempt("CastA as Runnable", new CastA(), 7);
        attempt("Object as Comparable", new Object(), 8);
        attempt("String as Number", "n", 9);
        attempt("CastA as CastMessages$Inner", new CastA(), 10);
        attempt("Inner as CastA", new Inner(), 2);
        attempt("String[] as String[][]", new String[1], 11);
        attempt("null as CastA (ok)", null, 2);
        attempt("Character as Integer", 'c', 1);
        Object o = Long.valueOf(5);
        try {
            int bad = (Integer) o;
            System.out.println("unreachable " + bad);
        } catch (ClassCastException e) {
            System.out.println("unboxing cast: " + e.getMessage());
        }
        Object[] arr = new CastA[] {new CastA()};
        try {
            CastB b = (CastB) arr[0];
            System.out.println("unreachable " + b);
        } catch (ClassCastException e) {
            System.out.println("array element cast: " + e.getMessage());
        }
        System.out.println("ClassCastException is RuntimeException: " + (new ClassCastException() instanceof RuntimeException));
    }
}

class CastA {
}

class CastB extends CastA {
}

class CastC {
}
