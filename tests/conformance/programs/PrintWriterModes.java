import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;

// PrintWriter: every print/println overload, append, write(int/char[]/String ranges),
// autoflush on println versus no autoflush (observed through the byte count of the underlying
// stream), checkError after the sink fails, and close semantics.
public class PrintWriterModes {
    static final class FailingStream extends OutputStream {
        int writes;

        @Override
        public void write(int b) throws IOException {
            writes++;
            throw new IOException("sink is broken");
        }
    }

    static String show(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    public static void main(String[] args) {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print(true);
        pw.print('c');
        pw.print(42);
        pw.print(-7L);
        pw.print(1.5f);
        pw.print(2.25);
        pw.print(new char[] {'x', 'y'});
        pw.print((String) null);
        pw.print((Object) null);
        pw.print(new StringBuilder("sb"));
        pw.println();
        pw.println(false);
        pw.println('z');
        pw.println(Integer.MIN_VALUE);
        pw.println(Long.MAX_VALUE);
        pw.println(0.1f + 0.2f);
        pw.println(0.1 + 0.2);
        pw.println(new char[] {'a', 'b', 'c'});
        pw.println((String) null);
        pw.println((Object) "object");
        pw.write(65);
        pw.write(new char[] {'1', '2', '3', '4'}, 1, 2);
        pw.write("hello world", 6, 5);
        pw.append('!').append("seq").append("0123456", 2, 4).append(null);
        pw.flush();
        System.out.println("PrintWriter(Writer): " + show(sw.toString()));
        System.out.println("checkError=" + pw.checkError());

        ByteArrayOutputStream noAuto = new ByteArrayOutputStream();
        PrintWriter buffered = new PrintWriter(noAuto);
        buffered.println("line one");
        buffered.print("partial");
        System.out.println("no autoflush, bytes visible before flush: " + noAuto.size());
        buffered.flush();
        System.out.println("after flush: " + noAuto.size() + " -> " + show(noAuto.toString()));

        ByteArrayOutputStream auto = new ByteArrayOutputStream();
        PrintWriter autoPw = new PrintWriter(auto, true);
        autoPw.print("no newline yet");
        int afterPrint = auto.size();
        autoPw.println(" now newline");
        int afterPrintln = auto.size();
        autoPw.print("é€");
        int afterUnicodePrint = auto.size();
        autoPw.printf("%s", "");
        int afterPrintf = auto.size();
        System.out.println("autoflush: after print=" + afterPrint + " after println=" + afterPrintln
                + " after print of 2 non-ASCII chars=" + afterUnicodePrint + " after printf=" + afterPrintf);
        autoPw.close();
        System.out.println("after close: " + auto.size() + " bytes, checkError=" + autoPw.checkError());
        autoPw.println("ignored after close");
        System.out.println("writing after close sets error: " + autoPw.checkError() + " size still " + auto.size());

        CharArrayWriter caw = new CharArrayWriter();
        PrintWriter autoWriter = new PrintWriter(caw, true);
        autoWriter.print("abc");
        System.out.println("PrintWriter(Writer, true) over CharArrayWriter sees print at once: " + caw.size());

        FailingStream fs = new FailingStream();
        PrintWriter failing = new PrintWriter(fs);
        failing.print("data");
        System.out.println("before flush: checkError=" + failing.checkError() + " writes attempted=" + fs.writes);
        PrintWriter failing2 = new PrintWriter(new FailingStream(), true);
        failing2.println("boom");
        System.out.println("autoflush println to broken sink: checkError=" + failing2.checkError() + " (no exception thrown)");

        StringWriter nested = new StringWriter();
        PrintWriter outer = new PrintWriter(new PrintWriter(nested));
        outer.println("through two writers");
        outer.flush();
        System.out.println("nested: " + show(nested.toString()));

        Writer plain = new StringWriter();
        PrintWriter lines = new PrintWriter(plain);
        for (int i = 0; i < 5; i++) {
            lines.print(i);
            lines.print(i % 2 == 0 ? " even" : " odd");
            lines.println();
        }
        lines.close();
        System.out.println("lines: " + show(plain.toString()) + " length=" + plain.toString().length());
        try {
            new PrintWriter((Writer) null);
        } catch (NullPointerException e) {
            System.out.println("null writer: NullPointerException");
        }
    }
}
