import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;

// ByteArrayInputStream / ByteArrayOutputStream / BufferedInputStream / PushbackInputStream:
// read variants, available, skip, mark/reset (including BufferedInputStream's mark limit),
// unread with a full pushback buffer, toString(charset), writeTo, reset, SequenceInputStream.
public class ByteStreamsMark {
    static String str(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = off; i < off + len; i++) sb.append(b[i]).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) throws IOException {
        byte[] data = new byte[20];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 13 - 100);
        ByteArrayInputStream bin = new ByteArrayInputStream(data, 2, 15);
        System.out.println("available=" + bin.available() + " read=" + bin.read() + " read=" + bin.read() + " markSupported=" + bin.markSupported());
        bin.mark(0);
        byte[] buf = new byte[6];
        int n = bin.read(buf, 1, 4);
        System.out.println("read(buf,1,4)=" + n + " -> " + str(buf, 0, 6));
        System.out.println("skip(3)=" + bin.skip(3) + " available=" + bin.available());
        bin.reset();
        System.out.println("after reset read=" + bin.read() + " skip(100)=" + bin.skip(100) + " read=" + bin.read()
                + " read(buf)=" + bin.read(buf) + " read(buf,0,0)=" + bin.read(buf, 0, 0));

        ByteArrayOutputStream bos = new ByteArrayOutputStream(2);
        for (int i = 0; i < 5; i++) bos.write('a' + i);
        bos.write(0x1234);
        bos.write("-é€-".getBytes("UTF-8"));
        bos.write(new byte[] {49, 50, 51, 52}, 1, 2);
        System.out.println("bos size=" + bos.size() + " UTF-8: " + bos.toString("UTF-8") + " ISO-8859-1 length: " + bos.toString("ISO-8859-1").length());
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        bos.writeTo(copy);
        bos.reset();
        bos.write(88);
        System.out.println("writeTo copy size=" + copy.size() + " after reset original=" + bos.toString("UTF-8") + " size=" + bos.size());
        bos.close();
        bos.write(89);
        System.out.println("ByteArrayOutputStream usable after close: " + bos.toString("UTF-8"));

        InputStream slow = new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        BufferedInputStream bis = new BufferedInputStream(slow, 4);
        System.out.println("buffered read=" + bis.read() + " available=" + bis.available());
        bis.mark(6);
        byte[] six = new byte[6];
        int got = bis.read(six, 0, 6);
        System.out.println("read up to 6 through a 4-byte buffer: " + got + " -> " + str(six, 0, got));
        bis.reset();
        System.out.println("reset to mark: read=" + bis.read());
        bis.mark(2);
        for (int i = 0; i < 10; i++) bis.read();
        try {
            bis.reset();
            System.out.println("reset past mark limit: allowed, read=" + bis.read());
        } catch (IOException e) {
            System.out.println("reset past mark limit: IOException " + e.getMessage());
        }
        System.out.println("skip(2)=" + bis.skip(2) + " rest=" + bis.read() + "," + bis.read() + "," + bis.read() + "," + bis.read());
        bis.close();
        try {
            bis.read();
        } catch (IOException e) {
            System.out.println("read after close: IOException " + e.getMessage());
        }

        PushbackInputStream pin = new PushbackInputStream(new ByteArrayInputStream("12+345*6".getBytes("US-ASCII")), 3);
        StringBuilder tokens = new StringBuilder();
        int c;
        while ((c = pin.read()) != -1) {
            if (Character.isDigit(c)) {
                int v = c - '0';
                int d;
                while ((d = pin.read()) != -1 && Character.isDigit(d)) v = v * 10 + d - '0';
                if (d != -1) pin.unread(d);
                tokens.append("NUM(").append(v).append(") ");
            } else {
                tokens.append("OP(").append((char) c).append(") ");
            }
        }
        System.out.println("tokens: " + tokens.toString().trim());
        PushbackInputStream pb = new PushbackInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 2);
        pb.unread(new byte[] {7, 8});
        System.out.println("after unread(7,8): available=" + pb.available() + " read=" + pb.read() + "," + pb.read() + "," + pb.read());
        pb.unread(9);
        try {
            pb.unread(new byte[] {10, 11});
        } catch (IOException e) {
            System.out.println("unread overflow: IOException " + e.getMessage());
        }
        System.out.println("markSupported=" + pb.markSupported() + " skip(2)=" + pb.skip(2) + " read=" + pb.read() + " read=" + pb.read());

        SequenceInputStream seq = new SequenceInputStream(new ByteArrayInputStream(new byte[] {1, 2}), new ByteArrayInputStream(new byte[] {3, 4, 5}));
        byte[] all = new byte[10];
        int first = seq.read(all, 0, 10);
        int second = seq.read(all, first, 10 - first);
        System.out.println("sequence reads " + first + " then " + second + " -> " + str(all, 0, first + second) + " end=" + seq.read());
    }
}
