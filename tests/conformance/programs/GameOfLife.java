public class GameOfLife {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] next = new boolean[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if (dr == 0 && dc == 0) continue;
                        int rr = (r + dr + h) % h, cc = (c + dc + w) % w;
                        if (g[rr][cc]) n++;
                    }
                }
                next[r][c] = g[r][c] ? (n == 2 || n == 3) : n == 3;
            }
        }
        return next;
    }

    static int population(boolean[][] g) {
        int p = 0;
        for (boolean[] row : g) for (boolean b : row) if (b) p++;
        return p;
    }

    static void print(boolean[][] g) {
        for (boolean[] row : g) {
            StringBuilder sb = new StringBuilder();
            for (boolean b : row) sb.append(b ? '#' : '.');
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[12][20];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) g[p[0]][p[1]] = true;
        int[][] blinker = {{6, 10}, {6, 11}, {6, 12}};
        for (int[] p : blinker) g[p[0]][p[1]] = true;
        int[][] rpent = {{8, 15}, {8, 16}, {9, 14}, {9, 15}, {10, 15}};
        for (int[] p : rpent) g[p[0]][p[1]] = true;
        print(g);
        for (int gen = 1; gen <= 60; gen++) {
            g = step(g);
            if (gen % 10 == 0) System.out.println("generation " + gen + " population " + population(g));
        }
        print(g);
        long signature = 0;
        for (boolean[] row : g) for (boolean b : row) signature = signature * 3 + (b ? 1 : 0);
        System.out.println("signature " + signature);
    }
}
