public class MultiDimArrays {
    public static void main(String[] args) {
        int[][] rect = new int[3][4];
        for (int r = 0; r < rect.length; r++) {
            for (int c = 0; c < rect[r].length; c++) {
                rect[r][c] = r * 10 + c;
            }
        }
        for (int[] row : rect) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb);
        }
        int[][] jagged = new int[4][];
        System.out.println("unallocated rows are null: " + (jagged[0] == null));
        for (int r = 0; r < jagged.length; r++) {
            jagged[r] = new int[r + 1];
            for (int c = 0; c <= r; c++) {
                jagged[r][c] = (c == 0 || c == r) ? 1 : jagged[r - 1][c - 1] + jagged[r - 1][c];
            }
        }
        for (int[] row : jagged) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println("pascal: " + sb);
        }
        long[][][] cube = new long[2][3][4];
        long total = 0;
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 3; b++)
                for (int c = 0; c < 4; c++) {
                    cube[a][b][c] = (long) a * 100 + b * 10 + c;
                    total += cube[a][b][c];
                }
        System.out.println("cube total = " + total + ", dims " + cube.length + "x" + cube[0].length + "x" + cube[0][0].length);
        String[][] names = {{"a", "b"}, {"c"}, {}};
        System.out.println("literal jagged: " + names[0].length + names[1].length + names[2].length + " " + names[1][0]);
        double[][] m1 = {{1, 2}, {3, 4}};
        double[][] m2 = {{0.5, -1}, {2, 0.25}};
        double[][] prod = new double[2][2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                for (int k = 0; k < 2; k++)
                    prod[i][j] += m1[i][k] * m2[k][j];
        System.out.println("matrix product: " + prod[0][0] + " " + prod[0][1] + " " + prod[1][0] + " " + prod[1][1]);
        int[][] shallow = rect.clone();
        shallow[0][0] = 999;
        shallow[1] = new int[] {-1};
        System.out.println("clone is shallow: rect[0][0]=" + rect[0][0] + " rect[1].length=" + rect[1].length);
        int[][][] partial = new int[2][][];
        partial[1] = new int[2][];
        partial[1][1] = new int[] {7, 8, 9};
        System.out.println("partial: " + (partial[0] == null) + " " + (partial[1][0] == null) + " " + partial[1][1][2]);
        Object[] asObjects = rect;
        System.out.println("int[][] as Object[]: " + asObjects.length + " " + (asObjects[0] instanceof int[]));
        char[][] board = new char[3][3];
        for (char[] row : board) {
            for (int c = 0; c < row.length; c++) row[c] = '.';
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        boolean[][] flags = new boolean[2][2];
        flags[1][0] = true;
        System.out.println("flags: " + flags[0][0] + " " + flags[1][0]);
        int[][] zeroRows = new int[0][5];
        int[][] zeroCols = new int[5][0];
        System.out.println("zero dims: " + zeroRows.length + " " + zeroCols.length + " " + zeroCols[4].length);
        String[][][] deep = new String[1][1][1];
        deep[0][0][0] = "deep";
        System.out.println(deep[0][0][0] + " class " + deep.getClass().getName() + " " + deep[0].getClass().getName());
        int[][] transposed = new int[4][3];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++)
                transposed[c][r] = rect[r][c];
        System.out.println("transposed row 3: " + transposed[3][0] + " " + transposed[3][1] + " " + transposed[3][2]);
        short[][] sh = {{1, 2}, {3}};
        sh[1][0] += 32767;
        System.out.println("short 2d compound: " + sh[1][0]);
    }
}
