import java.util.Random;

// java.util.Random floating-point and byte sequences for fixed seeds: nextDouble, nextFloat,
// nextGaussian (including the cached second value and setSeed clearing it), nextBytes for
// lengths that are and are not multiples of 4.
public class RandomDoubles {
    static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(x).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        long[] seeds = {0L, 1L, 42L, -7L, 987654321L};
        for (long seed : seeds) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 4; i++) sb.append(r.nextDouble()).append(' ');
            System.out.println("seed " + seed + " nextDouble: " + sb.toString().trim());
            sb.setLength(0);
            for (int i = 0; i < 4; i++) sb.append(r.nextFloat()).append(' ');
            System.out.println("seed " + seed + " nextFloat: " + sb.toString().trim());
            sb.setLength(0);
            for (int i = 0; i < 5; i++) sb.append(r.nextGaussian()).append(' ');
            System.out.println("seed " + seed + " nextGaussian: " + sb.toString().trim());
        }

        Random g = new Random(42);
        double first = g.nextGaussian();
        g.setSeed(42);
        double again = g.nextGaussian();
        double second = g.nextGaussian();
        g.setSeed(42);
        System.out.println("gaussian repeat after setSeed: " + (first == again) + " pair=" + first + "," + second);
        g.nextGaussian();
        g.setSeed(42);
        System.out.println("setSeed clears the cached gaussian: " + (g.nextGaussian() == first));

        Random b = new Random(12345);
        for (int len : new int[] {0, 1, 3, 4, 5, 8, 13}) {
            byte[] buf = new byte[len];
            b.nextBytes(buf);
            System.out.println("nextBytes(" + len + "): " + bytes(buf));
        }
        System.out.println("after bytes nextInt: " + b.nextInt());

        // statistics over many samples (exact because the sequence is fixed)
        Random s = new Random(777);
        double sum = 0, sumSq = 0, min = 1, max = 0;
        for (int i = 0; i < 10000; i++) {
            double d = s.nextDouble();
            sum += d;
            sumSq += d * d;
            if (d < min) min = d;
            if (d > max) max = d;
        }
        System.out.println("uniform sum=" + sum + " sumSq=" + sumSq + " min=" + min + " max=" + max);
        double gsum = 0, gabs = 0;
        int beyond2 = 0;
        for (int i = 0; i < 10000; i++) {
            double x = s.nextGaussian();
            gsum += x;
            gabs += Math.abs(x);
            if (Math.abs(x) > 2) beyond2++;
        }
        System.out.println("gaussian sum=" + gsum + " sumAbs=" + gabs + " beyond 2 sigma=" + beyond2);
        float fsum = 0;
        for (int i = 0; i < 1000; i++) fsum += s.nextFloat();
        System.out.println("float sum=" + fsum);

        // Monte Carlo pi estimate with a fixed seed
        Random mc = new Random(2718);
        int inside = 0;
        for (int i = 0; i < 20000; i++) {
            double x = mc.nextDouble(), y = mc.nextDouble();
            if (x * x + y * y <= 1.0) inside++;
        }
        System.out.println("monte carlo inside=" + inside + " pi~" + (4.0 * inside / 20000));
    }
}
