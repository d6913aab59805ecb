public class HashFunctions {
    static int[] crcTable = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            crcTable[n] = c;
        }
    }

    static int crc32(byte[] data) {
        int c = 0xFFFFFFFF;
        for (byte b : data) c = crcTable[(c ^ b) & 0xFF] ^ (c >>> 8);
        return ~c;
    }

    static int adler32(byte[] data) {
        int a = 1, b = 0;
        for (byte x : data) {
            a = (a + (x & 0xFF)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    static int fnv1a32(byte[] data) {
        int h = 0x811C9DC5;
        for (byte b : data) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }

    static long fnv1a64(byte[] data) {
        long h = 0xCBF29CE484222325L;
        for (byte b : data) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }

    static int murmur3(byte[] data, int seed) {
        int h = seed;
        int n = data.length / 4;
        for (int i = 0; i < n; i++) {
            int k = (data[4 * i] & 0xFF) | (data[4 * i + 1] & 0xFF) << 8 | (data[4 * i + 2] & 0xFF) << 16 | (data[4 * i + 3] & 0xFF) << 24;
            k *= 0xcc9e2d51;
            k = Integer.rotateLeft(k, 15);
            k *= 0x1b873593;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        int k = 0;
        switch (data.length & 3) {
            case 3: k ^= (data[4 * n + 2] & 0xFF) << 16;
            case 2: k ^= (data[4 * n + 1] & 0xFF) << 8;
            case 1:
                k ^= data[4 * n] & 0xFF;
                k *= 0xcc9e2d51;
                k = Integer.rotateLeft(k, 15);
                k *= 0x1b873593;
                h ^= k;
        }
        h ^= data.length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    static String hex(int v) {
        String s = Integer.toHexString(v);
        while (s.length() < 8) s = "0" + s;
        return s;
    }

    public static void main(String[] args) throws Exception {
        String[] inputs = {"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog", "123456789",
                "caf\u00e9 \u20ac \ud83d\ude00"};
        for (String s : inputs) {
            byte[] d = s.getBytes("UTF-8");
            System.out.println("[" + s + "] crc32=" + hex(crc32(d)) + " adler32=" + hex(adler32(d)) + " fnv1a32=" + hex(fnv1a32(d))
                    + " fnv1a64=" + Long.toHexString(fnv1a64(d)) + " murmur3=" + hex(murmur3(d, 0)) + " murmur3(seed 42)=" + hex(murmur3(d, 42)));
        }
        byte[] big = new byte[10000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31 + (i >> 3));
        System.out.println("10000 bytes: crc32=" + hex(crc32(big)) + " adler32=" + hex(adler32(big)) + " murmur3=" + hex(murmur3(big, 7)));
        long x = 88172645463325252L;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            sb.append(Long.toHexString(x)).append(' ');
        }
        System.out.println("xorshift64: " + sb);
        int lcg = 1;
        for (int i = 0; i < 1000; i++) lcg = lcg * 1103515245 + 12345;
        System.out.println("lcg after 1000 steps: " + lcg + " (unsigned " + (lcg & 0xFFFFFFFFL) + ")");
    }
}
