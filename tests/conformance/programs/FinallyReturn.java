public class FinallyReturn {
    static int trace = 0;

    @SuppressWarnings("finally")
    static int returnInFinally() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int finallySwallowsException() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 3;
        }
    }

    static int finallyModifiesLocal() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            trace = x;
        }
    }

    static StringBuilder finallyModifiesObject() {
        StringBuilder sb = new StringBuilder("a");
        try {
            return sb;
        } finally {
            sb.append("-finally");
        }
    }

    static String order() {
        StringBuilder log = new StringBuilder();
        try {
            log.append("try,");
            try {
                log.append("inner-try,");
                throw new IllegalStateException("x");
            } finally {
                log.append("inner-finally,");
            }
        } catch (IllegalStateException e) {
            log.append("catch,");
        } finally {
            log.append("outer-finally");
        }
        return log.toString();
    }

    static long longReturn() {
        long v = Long.MAX_VALUE;
        try {
            return v;
        } finally {
            v = 0;
        }
    }

    static double doubleReturn() {
        double d = 1.5;
        try {
            d *= 2;
            return d;
        } finally {
            d = -1;
        }
    }

    @SuppressWarnings("finally")
    static String catchReturnOverridden() {
        try {
            throw new Exception("e");
        } catch (Exception e) {
            return "catch";
        } finally {
            return "finally";
        }
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            } finally {
                count++;
            }
        }
        return count;
    }

    @SuppressWarnings("finally")
    static int breakInFinally() {
        int r = 0;
        while (true) {
            try {
                r = 1;
                throw new RuntimeException("discarded by break");
            } finally {
                r += 100;
                break;
            }
        }
        return r;
    }

    static int nestedReturns() {
        try {
            try {
                return 1;
            } finally {
                trace += 1000;
            }
        } finally {
            trace += 1;
        }
    }

    static int counter = 0;

    static int sideEffectReturn() {
        try {
            return ++counter;
        } finally {
            counter += 10;
        }
    }

    public static void main(String[] args) {
        System.out.println("returnInFinally = " + returnInFinally());
        System.out.println("finallySwallowsException = " + finallySwallowsException());
        System.out.println("finallyModifiesLocal = " + finallyModifiesLocal() + " trace=" + trace);
        System.out.println("finallyModifiesObject = " + finallyModifiesObject());
        System.out.println("order = " + order());
        System.out.println("longReturn = " + longReturn() + ", doubleReturn = " + doubleReturn());
        System.out.println("catchReturnOverridden = " + catchReturnOverridden());
        System.out.println("loopWithFinally = " + loopWithFinally());
        System.out.println("breakInFinally = " + breakInFinally());
        trace = 0;
        System.out.println("nestedReturns = " + nestedReturns() + " trace=" + trace);
        System.out.println("sideEffectReturn = " + sideEffectReturn() + " counter=" + counter);
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                if (i % 3 == 0) throw new RuntimeException();
                total += i;
            } catch (RuntimeException e) {
                total -= 1;
            } finally {
                total += 2;
            }
        }
        System.out.println("loop total = " + total);
    }
}
