public class Mandelbrot {
    public static void main(String[] args) {
        int width = 64, height = 24, maxIter = 200;
        String shades = " .:-=+*#%@";
        long totalIter = 0;
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder();
            double ci = -1.2 + 2.4 * row / (height - 1);
            for (int col = 0; col < width; col++) {
                double cr = -2.2 + 3.2 * col / (width - 1);
                double zr = 0, zi = 0;
                int iter = 0;
                while (iter < maxIter && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    iter++;
                }
                totalIter += iter;
                line.append(iter == maxIter ? '@' : shades.charAt(iter % (shades.length() - 1)));
            }
            System.out.println(line);
        }
        System.out.println("total iterations: " + totalIter);
        float fr = 0, fi = 0;
        float cr = -0.7453f, ci = 0.1127f;
        int escape = -1;
        for (int i = 0; i < 1000; i++) {
            float t = fr * fr - fi * fi + cr;
            fi = 2 * fr * fi + ci;
            fr = t;
            if (fr * fr + fi * fi > 4) {
                escape = i;
                break;
            }
        }
        System.out.println("float orbit: escape=" + escape + " z=" + fr + "," + fi);
        double dr = 0, di = 0;
        for (int i = 0; i < 1000; i++) {
            double t = dr * dr - di * di + -0.7453;
            di = 2 * dr * di + 0.1127;
            dr = t;
        }
        System.out.println("double orbit after 1000: " + dr + "," + di);
    }
}
