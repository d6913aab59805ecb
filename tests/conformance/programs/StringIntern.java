public class StringIntern {
    static final String CONST = "hel" + "lo";
    static final String PART = "hel";
    static String nonFinal = "hel";

    static String build(String a, String b) {
        return a + b;
    }

    public static void main(String[] args) {
        String lit = "hello";
        String lit2 = "hello";
        System.out.println("literal == literal: " + (lit == lit2));
        System.out.println("literal == compile-time concat: " + (lit == "hel" + "lo"));
        System.out.println("literal == static final constant: " + (lit == CONST));
        System.out.println("literal == final + literal: " + (lit == PART + "lo"));
        System.out.println("literal == nonFinal + literal: " + (lit == nonFinal + "lo"));
        String runtime = build("hel", "lo");
        System.out.println("runtime concat == literal: " + (runtime == lit) + ", equals: " + runtime.equals(lit));
        System.out.println("runtime.intern() == literal: " + (runtime.intern() == lit));
        String created = new String("hello");
        System.out.println("new String == literal: " + (created == lit) + ", intern: " + (created.intern() == lit));
        String unique = build("unique-", String.valueOf(12345));
        String internedUnique = unique.intern();
        System.out.println("later literal is the interned one: " + ("unique-12345" == internedUnique));
        final String localFinal = "wor";
        System.out.println("local final constant concat: " + ("world" == localFinal + "ld"));
        String localVar = "wor";
        System.out.println("local var concat: " + ("world" == localVar + "ld"));
        System.out.println("constant char concat: " + ("a1" == "a" + '1') + ", int: " + ("a1" == "a" + 1) + ", bool: " + ("atrue" == "a" + true));
        System.out.println("valueOf not interned: " + (String.valueOf(7) == "7") + ", intern: " + (String.valueOf(7).intern() == "7"));
        System.out.println("empty: " + ("" == new String("").intern()) + " " + ("".concat("") == "") + " " + ("" + "" == ""));
        String sb = new StringBuilder("hel").append("lo").toString();
        System.out.println("StringBuilder result == literal: " + (sb == lit) + ", intern: " + (sb.intern() == lit));
        System.out.println("Other.NAME == literal: " + (StringInternOther.NAME == "shared") + ", computed: " + (StringInternOther.computed() == "shared")
                + ", interned: " + (StringInternOther.computed().intern() == "shared"));
        String[] pool = new String[5];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = ("k" + (i % 2)).intern();
        }
        System.out.println("pool identity: " + (pool[0] == pool[2]) + " " + (pool[1] == pool[3]) + " " + (pool[0] == pool[1]) + " " + (pool[4] == "k0"));
        String supp = "\ud83d\ude00x";
        System.out.println("supplementary intern: " + (build("\ud83d\ude00", "x").intern() == supp));
        switch (build("hel", "lo")) {
            case "hello":
                System.out.println("switch on non-interned string matches by equals");
                break;
            default:
                System.out.println("switch failed");
        }
    }
}

class StringInternOther {
    static final String NAME = "shared";

    static String computed() {
        return new String(new char[] {'s', 'h', 'a', 'r', 'e', 'd'});
    }
}
