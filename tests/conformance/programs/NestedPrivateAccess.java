// Private members accessed across nested, inner, local and anonymous classes in both
// directions (synthetic accessors for --release 8, nestmates for 17): fields (including
// compound assignment and ++ on private fields), methods, constructors, statics, and
// private members of sibling nested classes.
public class NestedPrivateAccess {
    private int value = 10;
    private static int created;
    private long big = 1L << 40;

    private NestedPrivateAccess() {
        created++;
    }

    private int doubled() {
        return value * 2;
    }

    private static String tag(String s) {
        return "#" + s;
    }

    class Inner {
        private int innerSecret = 5;

        int touchOuter() {
            value += innerSecret;
            value++;
            big >>= 3;
            return doubled();
        }

        private String innerOnly() {
            return "inner-private " + innerSecret;
        }
    }

    static class Nested {
        private static int nestedCount;
        private final String name;

        private Nested(String name) {
            this.name = name;
            nestedCount++;
        }

        String poke(NestedPrivateAccess o) {
            o.value *= 3;
            return tag(name) + " saw " + o.value + " doubled " + o.doubled();
        }

        private String sibling(Other other) {
            return name + " reads sibling " + other.hidden++;
        }
    }

    static class Other {
        private int hidden = 100;

        String viaNested() {
            Nested n = new Nested("from-other");
            return n.sibling(this) + " then " + n.sibling(this) + " name=" + n.name;
        }
    }

    interface Greeter {
        String greet();
    }

    String localAndAnonymous() {
        class Local {
            private int localPrivate = value;

            String show() {
                return "local sees value " + localPrivate + " and tag " + tag("L");
            }
        }
        Greeter anon = new Greeter() {
            private int count;

            public String greet() {
                count++;
                value--;
                return "anonymous call " + count + " value now " + value;
            }
        };
        Local l = new Local();
        return l.show() + " | " + anon.greet() + " | " + anon.greet() + " | local field " + l.localPrivate;
    }

    public static void main(String[] args) {
        NestedPrivateAccess outer = new NestedPrivateAccess();
        Inner in = outer.new Inner();
        System.out.println("inner touch -> " + in.touchOuter() + " value=" + outer.value + " big=" + outer.big);
        System.out.println("outer reads inner private: " + in.innerSecret + " " + in.innerOnly());
        in.innerSecret = 50;
        System.out.println("after outer writes inner private: " + in.touchOuter());
        Nested n = new Nested("nested");
        System.out.println(n.poke(outer));
        System.out.println("outer reads nested private: name=" + n.name + " count=" + Nested.nestedCount);
        System.out.println(new Other().viaNested());
        System.out.println(outer.localAndAnonymous());
        NestedPrivateAccess second = new NestedPrivateAccess();
        System.out.println("private constructor used " + created + " times; second.value=" + second.value);
        Runnable r = () -> {
            second.value <<= 2;
            created += 10;
        };
        r.run();
        System.out.println("lambda mutates privates: " + second.value + " " + created);
        int[] counts = new int[1];
        Inner[] inners = new Inner[3];
        for (int i = 0; i < inners.length; i++) {
            inners[i] = second.new Inner();
            inners[i].innerSecret = i;
            counts[0] += inners[i].touchOuter();
        }
        System.out.println("three inners on one outer: sum of doubled=" + counts[0] + " value=" + second.value + " big=" + second.big);
    }
}
