import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;

// DataOutputStream / DataInputStream: every primitive type, writeUTF/readUTF with modified
// UTF-8 (NUL, non-ASCII, supplementary), writeBytes/writeChars, size(), readFully,
// skipBytes, unsigned reads, EOFException at the end and UTFDataFormatException.
public class DataStreamsRoundTrip {
    static String hex(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String h = Integer.toHexString(b[i] & 0xff);
            sb.append(h.length() == 1 ? "0" + h : h);
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bos);
        out.writeBoolean(true);
        out.writeBoolean(false);
        out.writeByte(-2);
        out.writeByte(300);
        out.writeShort(-12345);
        out.writeShort(0xfedc);
        out.writeChar('\u20ac');
        out.writeInt(Integer.MIN_VALUE);
        out.writeInt(0x12345678);
        out.writeLong(-2L);
        out.writeLong(0x0102030405060708L);
        out.writeFloat(3.14159f);
        out.writeFloat(Float.NaN);
        out.writeDouble(-0.0);
        out.writeDouble(Math.E);
        System.out.println("size after primitives=" + out.size());
        out.writeUTF("");
        out.writeUTF("plain");
        out.writeUTF("nul\u0000é€\ud83d\ude00");
        int beforeBytes = out.size();
        out.writeBytes("AB\u0141");
        out.writeChars("hi\u0141");
        out.write(new byte[] {9, 8, 7, 6, 5}, 1, 3);
        out.flush();
        byte[] data = bos.toByteArray();
        System.out.println("total size=" + out.size() + " bytes=" + data.length);
        System.out.println("hex primitives: " + hex(data, 0, 58));
        System.out.println("hex utf: " + hex(data, 58, beforeBytes));
        System.out.println("hex tail: " + hex(data, beforeBytes, data.length));

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        System.out.println("booleans " + in.readBoolean() + " " + in.readBoolean());
        System.out.println("byte " + in.readByte() + " unsigned byte " + in.readUnsignedByte());
        System.out.println("short " + in.readShort() + " unsigned short " + in.readUnsignedShort());
        System.out.println("char " + Integer.toHexString(in.readChar()));
        System.out.println("ints " + in.readInt() + " " + Integer.toHexString(in.readInt()));
        System.out.println("longs " + in.readLong() + " " + Long.toHexString(in.readLong()));
        System.out.println("floats " + in.readFloat() + " " + in.readFloat());
        double nz = in.readDouble();
        System.out.println("doubles " + nz + " (negative zero: " + (1 / nz < 0) + ") " + in.readDouble());
        System.out.println("utf [" + in.readUTF() + "] [" + in.readUTF() + "]");
        String s = in.readUTF();
        StringBuilder cps = new StringBuilder();
        for (int i = 0; i < s.length(); i++) cps.append(Integer.toHexString(s.charAt(i))).append(' ');
        System.out.println("utf with nul/non-ascii: length=" + s.length() + " chars=" + cps.toString().trim());
        byte[] three = new byte[3];
        in.readFully(three);
        System.out.println("writeBytes low bytes: " + hex(three, 0, 3));
        System.out.println("chars " + in.readChar() + in.readChar() + " " + Integer.toHexString(in.readChar()));
        System.out.println("available=" + in.available() + " skipBytes(1)=" + in.skipBytes(1) + " read=" + in.read());
        System.out.println("skipBytes(10) at end=" + in.skipBytes(10) + " read at end=" + in.read());
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("readInt at end: EOFException");
        }
        DataInputStream partial = new DataInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        try {
            partial.readLong();
        } catch (EOFException e) {
            System.out.println("readLong of 3 bytes: EOFException");
        }
        try {
            new DataInputStream(new ByteArrayInputStream(new byte[] {0, 5, 65})).readFully(new byte[5]);
        } catch (EOFException e) {
            System.out.println("readFully short: EOFException");
        }
        try {
            new DataInputStream(new ByteArrayInputStream(new byte[] {0, 5, 65, 66})).readUTF();
        } catch (EOFException e) {
            System.out.println("readUTF with short body: EOFException");
        }
        byte[][] bad = {
            {0, 2, (byte) 0xc3, 0x41},
            {0, 1, (byte) 0x80},
            {0, 2, (byte) 0xe2, (byte) 0x82},
            {0, 3, (byte) 0xf0, (byte) 0x9f, (byte) 0x98},
        };
        for (byte[] b : bad) {
            try {
                String r = new DataInputStream(new ByteArrayInputStream(b)).readUTF();
                System.out.println("decoded?! " + r);
            } catch (UTFDataFormatException e) {
                System.out.println("bad UTF " + hex(b, 0, b.length) + ": UTFDataFormatException: " + e.getMessage());
            }
        }
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 30000; i++) huge.append('\u0800');
        try {
            new DataOutputStream(new ByteArrayOutputStream()).writeUTF(huge.toString());
        } catch (UTFDataFormatException e) {
            System.out.println("writeUTF too long: UTFDataFormatException: " + e.getMessage());
        }
        StringBuilder max = new StringBuilder();
        for (int i = 0; i < 65535; i++) max.append('x');
        ByteArrayOutputStream mb = new ByteArrayOutputStream();
        new DataOutputStream(mb).writeUTF(max.toString());
        System.out.println("writeUTF of 65535 ASCII chars: " + mb.size() + " bytes, read back length="
                + new DataInputStream(new ByteArrayInputStream(mb.toByteArray())).readUTF().length());
        System.out.println("static readUTF: " + DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(new byte[] {0, 2, 0x4f, 0x4b}))));
    }
}
