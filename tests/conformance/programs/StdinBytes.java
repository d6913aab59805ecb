import java.io.IOException;

public class StdinBytes {
    public static void main(String[] args) throws IOException {
        int[] histogram = new int[256];
        int total = 0, b;
        long checksum = 0;
        StringBuilder firstBytes = new StringBuilder();
        while ((b = System.in.read()) != -1) {
            histogram[b]++;
            if (total < 16) firstBytes.append(Integer.toHexString(b)).append(' ');
            checksum = checksum * 257 + b;
            total++;
        }
        System.out.println("total bytes: " + total);
        System.out.println("first bytes: " + firstBytes);
        System.out.println("checksum: " + checksum);
        for (int i = 0; i < 256; i++) {
            if (histogram[i] > 2) {
                System.out.println("byte " + i + " ('" + (i >= 32 && i < 127 ? String.valueOf((char) i) : "?") + "') x" + histogram[i]);
            }
        }
        System.out.println("values are unsigned: every read in 0..255 (high bytes seen: " + (histogram[0xff] + histogram[0x80] + histogram[0xc3]) + ")");
    }
}
