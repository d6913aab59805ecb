public class StringSplit {
    static void show(String input, String sep) {
        String[] parts = input.split(sep);
        StringBuilder sb = new StringBuilder();
        sb.append('"').append(input).append("\".split(\"").append(sep).append("\") -> ").append(parts.length).append(" [");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append('<').append(parts[i]).append('>');
        }
        System.out.println(sb.append(']'));
    }

    public static void main(String[] args) {
        show("a,b,c", ",");
        show("a,,b", ",");
        show("a,b,,", ",");
        show(",a,b", ",");
        show(",,,", ",");
        show("", ",");
        show("abc", ",");
        show(",", ",");
        show("one two  three", " ");
        show("  leading", " ");
        show("trailing  ", " ");
        show("a::b::c", "::");
        show("a:b::c:", ":");
        show("key=value=more", "=");
        show("x;y;z", ";");
        show("tab\tseparated\tvalues", "\t");
        show("a-b-c", "-");
        show("path/to/file", "/");
        show("\u00e9,\u20ac,\ud83d\ude00", ",");
        show("aXbXc", "X");
        show("1, 2, 3", ", ");
        String csv = "name,age,city\nAlice,30,Paris\nBob,,Berlin\nCarol,41,";
        String[] lines = csv.split("\n");
        for (String line : lines) {
            String[] f = line.split(",");
            System.out.println(f.length + " fields: " + String.join("|", f));
        }
        String words = "the quick brown fox jumps over the lazy dog";
        String[] ws = words.split(" ");
        int longest = 0;
        String longestWord = "";
        for (String w : ws) {
            if (w.length() > longest) {
                longest = w.length();
                longestWord = w;
            }
        }
        System.out.println("words=" + ws.length + " longest=" + longestWord);
        StringBuilder rev = new StringBuilder();
        for (int i = ws.length - 1; i >= 0; i--) {
            rev.append(ws[i]);
            if (i > 0) rev.append(' ');
        }
        System.out.println("reversed words: " + rev);
        int sum = 0;
        for (String n : "10,20,30,-5,7".split(",")) {
            sum += Integer.parseInt(n);
        }
        System.out.println("sum = " + sum);
    }
}
