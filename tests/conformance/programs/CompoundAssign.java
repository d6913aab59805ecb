public class CompoundAssign {
    static int calls = 0;
    static int[] data = {10, 20, 30};

    static int index() {
        calls++;
        return 1;
    }

    static int[] arr() {
        calls += 10;
        return data;
    }

    public static void main(String[] args) {
        byte b = 10;
        b += 300;
        System.out.println("byte 10 += 300 -> " + b);
        b *= 3;
        System.out.println("byte *= 3 -> " + b);
        b -= 1.7;
        System.out.println("byte -= 1.7 -> " + b);
        short s = 1000;
        s *= 1000;
        System.out.println("short 1000 *= 1000 -> " + s);
        s /= 0.3;
        System.out.println("short /= 0.3 -> " + s);
        char c = 'A';
        c += 1.9;
        System.out.println("char 'A' += 1.9 -> " + c);
        c *= 2;
        System.out.println("char *= 2 -> " + (int) c);
        int i = 10;
        i += 3.9;
        System.out.println("int 10 += 3.9 -> " + i);
        i *= 1.5f;
        System.out.println("int *= 1.5f -> " + i);
        i += Long.MAX_VALUE;
        System.out.println("int += Long.MAX -> " + i);
        i = 100;
        i /= 2.5e-10;
        System.out.println("int 100 /= 2.5e-10 -> " + i);
        i = 100;
        i -= Double.NaN;
        System.out.println("int -= NaN -> " + i);
        long l = 5;
        l *= 1e19;
        System.out.println("long 5 *= 1e19 -> " + l);
        l = 7;
        l <<= 62;
        System.out.println("long 7 <<= 62 -> " + l);
        float f = 0.1f;
        f += 0.2;
        System.out.println("float 0.1f += 0.2 (double) -> " + f);
        f *= 1e39;
        System.out.println("float *= 1e39 -> " + f);
        double d = 1;
        d /= 3;
        d *= 3;
        System.out.println("double 1/3*3 -> " + d);
        d %= 0.3;
        System.out.println("double %= 0.3 -> " + d);

        calls = 0;
        arr()[index()] += 5;
        System.out.println("arr()[index()] += 5 evaluated once each: calls=" + calls + " data[1]=" + data[1]);
        calls = 0;
        arr()[index()]++;
        System.out.println("arr()[index()]++: calls=" + calls + " data[1]=" + data[1]);
        int[] a = {1, 2, 3, 4};
        int k = 0;
        a[k++] += a[k++] * 10;
        System.out.println("a[k++] += a[k++]*10 -> a=" + a[0] + "," + a[1] + " k=" + k);
        int x = 2;
        x += x *= x += 3;
        System.out.println("x += x *= x += 3 -> " + x);
        int y = 10;
        y -= y - (y = 3);
        System.out.println("y -= y - (y = 3) -> " + y);

        String str = "a";
        str += 1 + 2;
        System.out.println("str += 1 + 2 -> " + str);
        str += 'c';
        str += 1.5f;
        str += null;
        str += true;
        str += new char[] {'z'}.length;
        System.out.println("str after appends -> " + str);
        String n = null;
        n += "!";
        System.out.println("null += \"!\" -> " + n);
        Object o = "obj";
        String t = "" + o;
        t += o;
        System.out.println("object concat -> " + t);

        boolean flag = true;
        flag &= false;
        System.out.println("true &= false -> " + flag);
        flag |= true;
        System.out.println("|= true -> " + flag);
        flag ^= true;
        System.out.println("^= true -> " + flag);
        int bits = 0b1100;
        bits &= 0b1010;
        bits |= 0b10000;
        bits ^= 0b11111;
        System.out.println("bit ops -> " + bits);
        Integer boxed = 5;
        boxed += 10;
        boxed *= boxed;
        System.out.println("Integer compound -> " + boxed);
        Double bd = 1.5;
        bd /= 2;
        System.out.println("Double compound -> " + bd);
    }
}
