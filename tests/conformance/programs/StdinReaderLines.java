import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

// BufferedReader over InputStreamReader(System.in): readLine with CRLF, LF and lone CR
// terminators, empty lines, whitespace, and a last line without a newline; then null forever.
public class StdinReaderLines {
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') sb.append("\\t");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\n') sb.append("\\n");
            else sb.append(c);
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int n = 0, empty = 0, chars = 0, words = 0, withTab = 0, leadingSpace = 0;
        String longest = "";
        while ((line = in.readLine()) != null) {
            n++;
            chars += line.length();
            if (line.isEmpty()) empty++;
            if (line.indexOf('\t') >= 0) withTab++;
            if (line.startsWith(" ")) leadingSpace++;
            String t = line.trim();
            if (!t.isEmpty()) words += t.split("\\s+").length;
            if (line.length() > longest.length()) longest = line;
            System.out.println(n + " [" + escape(line) + "] len=" + line.length() + " trimmed=[" + escape(t) + "]");
        }
        System.out.println("lines=" + n + " empty=" + empty + " chars=" + chars + " words=" + words);
        System.out.println("longest=[" + escape(longest) + "]");
        System.out.println("with tab=" + withTab + " leading space=" + leadingSpace);
        System.out.println("after EOF readLine=" + in.readLine() + " read=" + in.read());
        in.close();
    }
}
