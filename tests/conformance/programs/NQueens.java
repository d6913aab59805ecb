public class NQueens {
    static int solutions;
    static int[] first;

    static void solve(int row, int n, int[] cols, boolean[] usedCol, boolean[] diag1, boolean[] diag2) {
        if (row == n) {
            if (solutions == 0) first = cols.clone();
            solutions++;
            return;
        }
        for (int c = 0; c < n; c++) {
            if (usedCol[c] || diag1[row + c] || diag2[row - c + n - 1]) continue;
            usedCol[c] = diag1[row + c] = diag2[row - c + n - 1] = true;
            cols[row] = c;
            solve(row + 1, n, cols, usedCol, diag1, diag2);
            usedCol[c] = diag1[row + c] = diag2[row - c + n - 1] = false;
        }
    }

    static int bitSolve(int n, int cols, int d1, int d2) {
        if (cols == (1 << n) - 1) return 1;
        int count = 0;
        int avail = ~(cols | d1 | d2) & ((1 << n) - 1);
        while (avail != 0) {
            int bit = avail & -avail;
            avail -= bit;
            count += bitSolve(n, cols | bit, (d1 | bit) << 1, (d2 | bit) >>> 1);
        }
        return count;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 8; n++) {
            solutions = 0;
            first = null;
            solve(0, n, new int[n], new boolean[n], new boolean[2 * n], new boolean[2 * n]);
            System.out.println(n + "-queens: " + solutions + " solutions, bitmask count " + bitSolve(n, 0, 0, 0));
            if (n == 8) {
                for (int r = 0; r < n; r++) {
                    StringBuilder sb = new StringBuilder();
                    for (int c = 0; c < n; c++) sb.append(first[r] == c ? 'Q' : '.');
                    System.out.println("  " + sb);
                }
            }
        }
        System.out.println("10-queens bitmask: " + bitSolve(10, 0, 0, 0));
    }
}
