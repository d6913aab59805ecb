public class IntSwitch {
    static String dense(int x) {
        switch (x) {
            case -2: return "minus two";
            case -1: return "minus one";
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 5: return "five";
            default: return "other(" + x + ")";
        }
    }

    static String sparse(int x) {
        switch (x) {
            case Integer.MIN_VALUE: return "MIN";
            case -1000000: return "-1e6";
            case 7: return "seven";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case Integer.MAX_VALUE: return "MAX";
            default: return "none";
        }
    }

    static int fall(int x) {
        int acc = 0;
        switch (x) {
            case 1: acc += 1;
            case 2: acc += 20;
            case 3: acc += 300; break;
            case 4: acc += 4000;
            default: acc += 50000;
            case 6: acc += 600000;
        }
        return acc;
    }

    static String byteSwitch(byte b) {
        switch (b) {
            case -128: return "byte min";
            case 127: return "byte max";
            case 0: return "byte zero";
            default: return "byte " + b;
        }
    }

    static String shortSwitch(short s) {
        switch (s) {
            case Short.MIN_VALUE: return "short min";
            case 1: case 2: case 3: return "small";
            default: return "short " + s;
        }
    }

    public static void main(String[] args) {
        for (int i = -4; i <= 7; i++) {
            System.out.println("dense(" + i + ") = " + dense(i));
        }
        int[] sp = {Integer.MIN_VALUE, -1000000, -1, 0, 7, 8, 1000, 65536, 65535, Integer.MAX_VALUE, Integer.MAX_VALUE - 1};
        for (int v : sp) {
            System.out.println("sparse(" + v + ") = " + sparse(v));
        }
        for (int i = 0; i <= 7; i++) {
            System.out.println("fall(" + i + ") = " + fall(i));
        }
        System.out.println(byteSwitch((byte) 128) + ", " + byteSwitch((byte) 127) + ", " + byteSwitch((byte) 256) + ", " + byteSwitch((byte) 300));
        System.out.println(shortSwitch((short) 32768) + ", " + shortSwitch((short) 2) + ", " + shortSwitch((short) -1));
        Integer boxed = 3;
        switch (boxed) {
            case 3: System.out.println("switch on Integer unboxes"); break;
            default: System.out.println("wrong");
        }
        Character ch = 'x';
        switch (ch) {
            case 'x': System.out.println("switch on Character unboxes"); break;
            default: System.out.println("wrong");
        }
        int empty = 5;
        switch (empty) {
        }
        switch (empty) {
            default:
        }
        System.out.println("empty switches ok");
        int nested = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                switch (a) {
                    case 0:
                        switch (b) {
                            case 0: nested += 1; break;
                            case 1: nested += 2; continue;
                            default: nested += 3;
                        }
                        nested += 10;
                        break;
                    case 1:
                        if (b == 1) break;
                        nested += 100;
                        break;
                    default:
                        nested += 1000;
                }
            }
        }
        System.out.println("nested = " + nested);
        final int K = 10;
        int v = 20;
        switch (v) {
            case K * 2: System.out.println("constant expression case K*2"); break;
            case K: System.out.println("K"); break;
        }
        long bigSum = 0;
        for (int i = 0; i < 100; i++) {
            switch (i % 7) {
                case 0: bigSum += i; break;
                case 3: bigSum -= i * 2; break;
                case 6: bigSum *= 2; break;
                default: bigSum++;
            }
        }
        System.out.println("bigSum = " + bigSum);
    }
}
