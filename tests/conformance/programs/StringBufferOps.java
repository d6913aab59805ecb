public class StringBufferOps {
    public static void main(String[] args) {
        StringBuffer sb = new StringBuffer("start");
        sb.append('-').append(12).append(-3L).append(0.5f).append(1e-4).append(false).append((Object) "o").append((String) null);
        System.out.println(sb + " len=" + sb.length());
        sb.insert(0, '[').insert(sb.length(), ']').insert(1, 99).insert(3, "ins");
        System.out.println(sb);
        sb.delete(1, 6);
        System.out.println(sb);
        sb.deleteCharAt(sb.length() - 1);
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.reverse();
        sb.setCharAt(0, '{');
        System.out.println(sb + " charAt(1)=" + sb.charAt(1));
        System.out.println("indexOf(\"0\")=" + sb.indexOf("0") + " indexOf(\"q\")=" + sb.indexOf("q"));
        sb.setLength(7);
        System.out.println("setLength(7): " + sb);
        sb.setLength(9);
        System.out.println("setLength(9): " + sb.toString().replace('\0', '~'));
        StringBuffer nums = new StringBuffer();
        for (int i = 1; i <= 15; i++) {
            if (i % 15 == 0) nums.append("FizzBuzz");
            else if (i % 3 == 0) nums.append("Fizz");
            else if (i % 5 == 0) nums.append("Buzz");
            else nums.append(i);
            nums.append(i < 15 ? "," : "");
        }
        System.out.println(nums);
        StringBuffer a = new StringBuffer("same");
        StringBuffer b = new StringBuffer("same");
        System.out.println("equals is identity: " + a.equals(b) + " " + a.equals(a) + " content: " + a.toString().equals(b.toString())
                + " contentEquals: " + "same".contentEquals(a));
        CharSequence cs = sb;
        System.out.println("as CharSequence: length " + cs.length() + " sub " + cs.subSequence(1, 3));
        StringBuffer sync = new StringBuffer();
        synchronized (sync) {
            sync.append("locked");
        }
        System.out.println(sync.append(" ok"));
        StringBuffer hex = new StringBuffer();
        int v = 0xBEEF;
        while (v != 0) {
            hex.insert(0, Character.forDigit(v & 0xF, 16));
            v >>>= 4;
        }
        System.out.println("hex via insert: " + hex);
        StringBuffer rep = new StringBuffer("aaaa");
        rep.delete(1, 3).insert(1, "bbb");
        System.out.println("delete+insert: " + rep + " length " + rep.length());
    }
}
