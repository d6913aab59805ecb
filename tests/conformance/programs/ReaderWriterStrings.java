import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;

// StringReader / StringWriter / CharArrayReader / CharArrayWriter / BufferedReader /
// BufferedWriter over in-memory text: read variants, skip (including negative skips on a
// StringReader), mark/reset, ready, readLine on mixed terminators, newLine, and closed streams.
public class ReaderWriterStrings {
    public static void main(String[] args) throws IOException {
        StringReader sr = new StringReader("Hello, reader world!");
        System.out.println("ready=" + sr.ready() + " markSupported=" + sr.markSupported());
        System.out.println("read=" + (char) sr.read() + (char) sr.read());
        char[] buf = new char[8];
        int n = sr.read(buf, 1, 5);
        System.out.println("read(buf,1,5)=" + n + " [" + new String(buf, 1, n) + "]");
        sr.mark(0);
        System.out.println("skip(4)=" + sr.skip(4) + " read=" + (char) sr.read());
        System.out.println("skip(-3)=" + sr.skip(-3) + " read=" + (char) sr.read());
        sr.reset();
        System.out.println("after reset read=" + (char) sr.read());
        System.out.println("skip(100)=" + sr.skip(100) + " read=" + sr.read() + " read(buf)=" + sr.read(buf) + " skip at end=" + sr.skip(5));
        sr.close();
        try {
            sr.read();
        } catch (IOException e) {
            System.out.println("read after close: IOException " + e.getMessage());
        }

        StringWriter sw = new StringWriter();
        sw.write("abc");
        sw.write('-');
        sw.write("0123456789", 3, 4);
        sw.write(new char[] {'x', 'y', 'z'}, 1, 2);
        sw.append("tail").append('!').append("[range]", 1, 6).append(null);
        System.out.println("StringWriter: " + sw + " length=" + sw.getBuffer().length());
        sw.getBuffer().insert(0, ">>");
        sw.getBuffer().setLength(10);
        System.out.println("via getBuffer: " + sw);
        sw.close();
        sw.write("still works after close");
        System.out.println("after close: " + sw);

        BufferedReader br = new BufferedReader(new StringReader("one\ntwo\r\nthree\rfour\r\n\nsix"), 4);
        StringBuilder sb = new StringBuilder();
        String line;
        int count = 0;
        while ((line = br.readLine()) != null) {
            sb.append('[').append(line).append(']');
            count++;
        }
        System.out.println("BufferedReader lines(" + count + "): " + sb);
        BufferedReader marks = new BufferedReader(new StringReader("abcdefghijklmnopqrstuvwxyz"), 5);
        marks.skip(2);
        marks.mark(10);
        char[] ten = new char[10];
        marks.read(ten, 0, 10);
        marks.reset();
        System.out.println("mark/reset across buffer refills: read " + new String(ten) + " then " + (char) marks.read() + " ready=" + marks.ready());
        marks.mark(2);
        marks.read(new char[5]);
        try {
            marks.reset();
            System.out.println("reset beyond read limit: allowed, read=" + (char) marks.read());
        } catch (IOException e) {
            System.out.println("reset beyond read limit: IOException " + e.getMessage());
        }
        try {
            marks.mark(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("mark(-1): " + e.getMessage());
        }

        StringWriter target = new StringWriter();
        BufferedWriter bw = new BufferedWriter(target, 8);
        bw.write("first");
        System.out.println("buffered, not yet flushed: [" + target + "]");
        bw.newLine();
        bw.write("second line is longer than the buffer");
        System.out.println("after overflow: [" + target.toString().replace("\n", "\\n") + "]");
        bw.write(new char[] {'!', '?'}, 0, 2);
        bw.write(10);
        bw.close();
        System.out.println("after close: [" + target.toString().replace("\n", "\\n") + "]");
        try {
            bw.write("x");
        } catch (IOException e) {
            System.out.println("write after close: IOException " + e.getMessage());
        }

        CharArrayWriter caw = new CharArrayWriter();
        caw.write("char array ");
        caw.append("writer");
        char[] contents = caw.toCharArray();
        System.out.println("CharArrayWriter size=" + caw.size() + " toString=" + caw + " chars=" + contents.length);
        caw.reset();
        caw.write("reset");
        System.out.println("after reset: " + caw);
        Reader car = new CharArrayReader(contents, 5, 6);
        StringBuilder cs = new StringBuilder();
        int c;
        while ((c = car.read()) != -1) cs.append((char) c);
        System.out.println("CharArrayReader(offset 5, length 6): [" + cs + "]");
        Reader composite = new BufferedReader(new CharArrayReader("x\ny".toCharArray()));
        System.out.println("composite read: " + composite.read() + " " + composite.read() + " " + composite.read() + " " + composite.read());
    }
}
