public class InnerClasses {
    private int value = 10;
    private static int staticValue = 100;
    private String name;

    InnerClasses(String name) {
        this.name = name;
    }

    class Inner {
        int value = 20;

        void show() {
            int value = 30;
            System.out.println("local=" + value + " inner=" + this.value + " outer=" + InnerClasses.this.value + " outer name=" + name);
        }

        class Deeper {
            void show() {
                System.out.println("deeper sees outer " + InnerClasses.this.name + " and inner " + Inner.this.value);
                InnerClasses.this.value++;
            }
        }
    }

    static class StaticNested {
        int get() {
            return staticValue + 1;
        }

        int peek(InnerClasses o) {
            return o.value;
        }
    }

    interface Op {
        int apply(int x);
    }

    Op makeAdder(final int n) {
        return new Op() {
            public int apply(int x) {
                return x + n + value;
            }
        };
    }

    static Op[] makeMultipliers() {
        Op[] ops = new Op[3];
        for (int i = 0; i < ops.length; i++) {
            final int k = i + 1;
            ops[i] = new Op() {
                public int apply(int x) {
                    return x * k;
                }
            };
        }
        return ops;
    }

    int useLocalClass(final int base) {
        class Accumulator {
            int total = base;

            void add(int x) {
                total += x;
                value += x;
            }
        }
        Accumulator acc = new Accumulator();
        for (int i = 1; i <= 4; i++) {
            acc.add(i);
        }
        System.out.println("local class name: " + acc.getClass().getName());
        return acc.total;
    }

    public static void main(String[] args) {
        InnerClasses outer = new InnerClasses("outerA");
        InnerClasses.Inner inner = outer.new Inner();
        inner.show();
        InnerClasses.Inner.Deeper deeper = inner.new Deeper();
        deeper.show();
        deeper.show();
        System.out.println("outer.value after deeper = " + outer.value);
        InnerClasses other = new InnerClasses("outerB");
        other.new Inner().show();
        StaticNested sn = new StaticNested();
        System.out.println("static nested: " + sn.get() + " peek=" + sn.peek(other));
        Op adder = outer.makeAdder(5);
        System.out.println("anonymous adder: " + adder.apply(1));
        outer.value = 1000;
        System.out.println("anonymous sees updated outer field: " + adder.apply(1));
        Op[] mults = makeMultipliers();
        for (Op m : mults) {
            System.out.print(m.apply(7) + " ");
        }
        System.out.println();
        System.out.println("local class total: " + outer.useLocalClass(100) + ", outer.value now " + outer.value);
        System.out.println("class names: " + Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + StaticNested.class.getName()
                + " " + adder.getClass().getName() + " " + mults[0].getClass().getName());
        System.out.println("simple names: " + Inner.class.getSimpleName() + " [" + adder.getClass().getSimpleName() + "] " + Inner.Deeper.class.getSimpleName());
        Object anon = new Object() {
            @Override
            public String toString() {
                return "anon toString, staticValue=" + staticValue;
            }
        };
        System.out.println(anon);
        final int[] counter = {0};
        Runnable r = new Runnable() {
            public void run() {
                counter[0]++;
            }
        };
        for (int i = 0; i < 5; i++) r.run();
        System.out.println("captured array mutated: " + counter[0]);
        InnerClasses.Inner viaOther = new InnerClasses("third").new Inner();
        viaOther.show();
    }
}
