import java.util.Random;

// java.util.Random integer sequences for fixed seeds: nextInt(), nextInt(bound) for powers of
// two and other bounds (including the rejection loop near 2^31), nextLong, nextBoolean,
// setSeed, and the argument check for a non-positive bound.
public class RandomInts {
    static String ints(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(r.nextInt()).append(' ');
        return sb.toString().trim();
    }

    static String bounded(Random r, int bound, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(r.nextInt(bound)).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        long[] seeds = {0L, 1L, 42L, -1L, 123456789L, Long.MAX_VALUE, Long.MIN_VALUE, 0x5DEECE66DL};
        for (long seed : seeds) {
            System.out.println("seed " + seed + " nextInt: " + ints(new Random(seed), 6));
        }
        int[] bounds = {1, 2, 4, 16, 1024, 1 << 30, 3, 10, 100, 1000, 7919, 1 << 30 | 1, Integer.MAX_VALUE};
        for (int b : bounds) {
            System.out.println("seed 42 nextInt(" + b + "): " + bounded(new Random(42), b, 10));
        }
        // bound just above 2^30 rejects many candidates: the sequence skips values
        Random rej = new Random(7);
        System.out.println("seed 7 nextInt(1610612736): " + bounded(rej, 1610612736, 12));

        Random r = new Random(2024);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) sb.append(r.nextLong()).append(' ');
        System.out.println("seed 2024 nextLong: " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 40; i++) sb.append(r.nextBoolean() ? '1' : '0');
        System.out.println("then nextBoolean x40: " + sb);
        System.out.println("then nextInt: " + r.nextInt() + " nextInt(50): " + r.nextInt(50));

        r.setSeed(42);
        String afterSetSeed = ints(r, 3);
        System.out.println("setSeed(42): " + afterSetSeed + " same as new Random(42): " + afterSetSeed.equals(ints(new Random(42), 3)));

        // interleaving different methods consumes the same underlying stream
        Random mix = new Random(99);
        System.out.println("mixed: " + mix.nextInt(6) + " " + mix.nextLong() + " " + mix.nextBoolean() + " "
                + mix.nextInt() + " " + mix.nextInt(1 << 16) + " " + mix.nextInt(1000000));

        // dice histogram: deterministic counts
        Random dice = new Random(31337);
        int[] counts = new int[6];
        for (int i = 0; i < 6000; i++) counts[dice.nextInt(6)]++;
        sb.setLength(0);
        for (int c : counts) sb.append(c).append(' ');
        System.out.println("dice counts: " + sb.toString().trim());

        // Fisher-Yates shuffle driven by nextInt(bound)
        int[] deck = new int[20];
        for (int i = 0; i < deck.length; i++) deck[i] = i;
        Random sh = new Random(5);
        for (int i = deck.length - 1; i > 0; i--) {
            int j = sh.nextInt(i + 1);
            int t = deck[i];
            deck[i] = deck[j];
            deck[j] = t;
        }
        sb.setLength(0);
        for (int d : deck) sb.append(d).append(' ');
        System.out.println("shuffled: " + sb.toString().trim());

        for (int bad : new int[] {0, -5}) {
            try {
                new Random(1).nextInt(bad);
            } catch (IllegalArgumentException e) {
                System.out.println("nextInt(" + bad + "): " + e.getMessage());
            }
        }

        // a subclass overriding next(bits) drives every public method
        Random fixed = new Random(0) {
            int counter;

            @Override
            protected int next(int bits) {
                counter += 0x12345;
                return counter >>> (32 - bits);
            }
        };
        System.out.println("custom next(): " + fixed.nextInt() + " " + fixed.nextInt(10) + " " + fixed.nextInt(64)
                + " " + fixed.nextLong() + " " + fixed.nextBoolean());
    }
}
