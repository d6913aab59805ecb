public class NestmateAccess {
    private int secret = 42;
    private static String staticSecret = "hidden";

    private int twice() {
        return secret * 2;
    }

    private static String shout(String s) {
        return s.toUpperCase() + "!";
    }

    private NestmateAccess() {
    }

    private NestmateAccess(int s) {
        secret = s;
    }

    static class Peer {
        private int peerPrivate = 7;

        private int peerMethod() {
            return peerPrivate * 3;
        }

        int readOuter(NestmateAccess o) {
            o.secret += 1;
            return o.secret + o.twice();
        }

        String readStatic() {
            staticSecret = staticSecret + "+";
            return shout(staticSecret);
        }

        NestmateAccess create() {
            return new NestmateAccess(1000);
        }
    }

    class Inner {
        private long innerPrivate = 5L;

        private void bump() {
            secret += 100;
            innerPrivate *= 2;
        }
    }

    static class Sibling {
        private static int counter;

        private static int next() {
            return ++counter;
        }
    }

    interface Hidden {
        int value();
    }

    private static class PrivateImpl implements Hidden {
        private final int v;

        private PrivateImpl(int v) {
            this.v = v;
        }

        public int value() {
            return v;
        }
    }

    public static void main(String[] args) {
        NestmateAccess o = new NestmateAccess();
        Peer p = new Peer();
        System.out.println("peer reads outer privates: " + p.readOuter(o));
        System.out.println("outer reads peer private field/method: " + p.peerPrivate + " " + p.peerMethod());
        p.peerPrivate = 11;
        System.out.println("after outer writes peer private: " + p.peerMethod());
        System.out.println("static private via peer: " + p.readStatic() + " " + p.readStatic());
        System.out.println("private constructor via peer: " + p.create().secret);
        NestmateAccess.Inner in = o.new Inner();
        in.bump();
        in.bump();
        System.out.println("inner private method: secret=" + o.secret + " innerPrivate=" + in.innerPrivate);
        System.out.println("sibling static private: " + Sibling.next() + " " + Sibling.next() + " counter=" + Sibling.counter);
        Hidden h = new PrivateImpl(9);
        System.out.println("private nested class via interface: " + h.value() + " direct field " + ((PrivateImpl) h).v);
        Runnable r = new Runnable() {
            public void run() {
                NestmateAccess n = new NestmateAccess(5);
                n.secret++;
                System.out.println("anonymous class uses private ctor/field/method: " + n.twice());
            }
        };
        r.run();
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            o.secret = i;
            sum += o.twice();
        }
        System.out.println("loop through private method: " + sum);
    }
}
