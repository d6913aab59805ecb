public class LabeledLoops {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int found = -1;
        search:
        for (int i = 2; i < 100; i++) {
            for (int d = 2; d * d <= i; d++) {
                if (i % d == 0) continue search;
            }
            if (i > 50) {
                found = i;
                break search;
            }
        }
        System.out.println("first prime > 50: " + found);
        int count = 0;
        a:
        while (true) {
            b:
            do {
                count++;
                if (count % 3 == 0) continue a;
                if (count > 10) break a;
                if (count % 2 == 0) break b;
            } while (count < 100);
            count += 100;
        }
        System.out.println("count = " + count);
        block:
        {
            System.out.println("in labeled block");
            if (count > 0) break block;
            System.out.println("not printed");
        }
        System.out.println("after labeled block");
        int[][] grid = {{1, 2, 3}, {4, -5, 6}, {7, 8, -9}};
        int r = -1, c = -1;
        find:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                if (grid[i][j] < 0) {
                    r = i;
                    c = j;
                    break find;
                }
            }
        }
        System.out.println("first negative at " + r + "," + c);
        StringBuilder sb = new StringBuilder();
        for (int i = 0, j = 10; i < j; i += 2, j--) {
            sb.append(i).append(':').append(j).append(' ');
        }
        System.out.println("two vars: " + sb);
        int n = 0;
        do {
            n += 3;
        } while (n < 0);
        System.out.println("do-while runs once: " + n);
        int w = 100;
        while (w > 1) {
            w = (w % 2 == 0) ? w / 2 : 3 * w + 1;
            System.out.print(w + " ");
        }
        System.out.println();
        int total = 0;
        x:
        for (int i = 0; i < 4; i++) {
            y:
            for (int j = 0; j < 4; j++) {
                z:
                for (int k = 0; k < 4; k++) {
                    if (k == j) continue y;
                    if (k + j + i == 6) continue x;
                    if (i == 3 && j == 2) break x;
                    total += i * 100 + j * 10 + k;
                }
            }
        }
        System.out.println("triple nested total = " + total);
        int iterations = 0;
        for (;;) {
            if (++iterations >= 7) break;
        }
        System.out.println("infinite for broke after " + iterations);
        int[] data = {5, 3, 8, 1, 9, 2};
        for (int i = 0; i < data.length; i++) {
            for (int j = 0; j < data.length - 1 - i; j++) {
                if (data[j] > data[j + 1]) {
                    int t = data[j];
                    data[j] = data[j + 1];
                    data[j + 1] = t;
                }
            }
        }
        for (int v : data) System.out.print(v + " ");
        System.out.println();
        int fin = 0;
        loop:
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 1) continue loop;
                if (i == 2) break loop;
                fin += 1;
            } finally {
                fin += 10;
            }
        }
        System.out.println("continue/break through finally: " + fin);
    }
}
