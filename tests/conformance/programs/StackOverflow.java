public class StackOverflow {
    static int depth = 0;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithArgs(long a, double b, int c) {
        return recurseWithArgs(a + 1, b * 1.0001, c ^ 0x55) + 1;
    }

    static int mutualA(int n) {
        return mutualB(n + 1) + 1;
    }

    static int mutualB(int n) {
        return mutualA(n + 1) + 1;
    }

    static class Node {
        Node next;

        @Override
        public String toString() {
            return "Node(" + next + ")";
        }
    }

    static int finallyCount = 0;

    static void recurseInTry(int n) {
        try {
            recurseInTry(n + 1);
        } finally {
            finallyCount++;
        }
    }

    public static void main(String[] args) {
        try {
            recurse();
            System.out.println("unreachable");
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError from unbounded recursion, depth > 1000: " + (depth > 1000));
        }
        try {
            recurseWithArgs(0, 1.0, 7);
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError with long/double args");
        }
        try {
            mutualA(0);
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError from mutual recursion, is VirtualMachineError: " + (e instanceof VirtualMachineError));
        }
        Node n = new Node();
        n.next = n;
        try {
            System.out.println(n.toString());
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError from cyclic toString");
        }
        try {
            recurseInTry(0);
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError through finally blocks, finally ran many times: " + (finallyCount > 1000));
        }
        int ok = 0;
        for (int i = 0; i < 3; i++) {
            depth = 0;
            try {
                recurse();
            } catch (StackOverflowError e) {
                ok++;
            }
        }
        System.out.println("repeated overflows recovered: " + ok);
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += i;
        }
        System.out.println("VM still healthy after overflows: " + sum);
        try {
            recurse();
        } catch (Throwable t) {
            System.out.println("caught as Throwable: " + t.getClass().getName());
        }
    }
}
