import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

// java.util.ArrayDeque as stack and queue, wrap-around and growth, iteration in both
// directions, removeFirstOccurrence, null rejection, empty-deque exceptions and a BFS.
public class ArrayDequeOps {
    public static void main(String[] args) {
        ArrayDeque<Integer> d = new ArrayDeque<Integer>();
        for (int i = 1; i <= 5; i++) d.addLast(i);
        for (int i = 1; i <= 5; i++) d.addFirst(-i);
        System.out.println("deque=" + d + " size=" + d.size());
        System.out.println("peekFirst=" + d.peekFirst() + " peekLast=" + d.peekLast() + " getFirst=" + d.getFirst() + " getLast=" + d.getLast());
        System.out.println("pollFirst=" + d.pollFirst() + " pollLast=" + d.pollLast() + " removeFirst=" + d.removeFirst()
                + " removeLast=" + d.removeLast() + " -> " + d);
        d.offerFirst(100);
        d.offerLast(200);
        d.push(300);
        System.out.println("offer/push: " + d + " pop=" + d.pop() + " peek=" + d.peek() + " element=" + d.element());

        // wrap-around: rotate many times through a small deque, then grow it
        ArrayDeque<String> ring = new ArrayDeque<String>(4);
        for (String s : "a b c".split(" ")) ring.add(s);
        for (int i = 0; i < 10; i++) ring.addLast(ring.removeFirst() + i % 2);
        System.out.println("rotated: " + ring);
        for (int i = 0; i < 20; i++) {
            if (i % 2 == 0) ring.addFirst("f" + i);
            else ring.addLast("l" + i);
        }
        System.out.println("grown: " + ring);
        StringBuilder desc = new StringBuilder();
        for (Iterator<String> it = ring.descendingIterator(); it.hasNext();) desc.append(it.next()).append(' ');
        System.out.println("descending: " + desc.toString().trim());

        ArrayDeque<Integer> occ = new ArrayDeque<Integer>(Arrays.asList(1, 2, 3, 2, 1, 2, 3));
        System.out.println("removeFirstOccurrence(2)=" + occ.removeFirstOccurrence(2) + " -> " + occ);
        System.out.println("removeLastOccurrence(3)=" + occ.removeLastOccurrence(3) + " -> " + occ);
        System.out.println("remove(1)=" + occ.remove(1) + " contains(3)=" + occ.contains(3) + " -> " + occ);
        Iterator<Integer> it = occ.iterator();
        while (it.hasNext()) if (it.next() == 2) it.remove();
        System.out.println("iterator removal of 2s: " + occ);
        System.out.println("toArray: " + Arrays.toString(occ.toArray()) + " " + Arrays.toString(occ.toArray(new Integer[4])));

        try {
            d.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("addFirst(null): NullPointerException");
        }
        try {
            d.offerLast(null);
        } catch (NullPointerException e) {
            System.out.println("offerLast(null): NullPointerException");
        }
        ArrayDeque<Integer> empty = new ArrayDeque<Integer>();
        System.out.println("empty: poll=" + empty.poll() + " peek=" + empty.peek() + " pollLast=" + empty.pollLast());
        String[] ops = {"pop", "remove", "element", "getLast", "removeLast"};
        for (String op : ops) {
            try {
                if (op.equals("pop")) empty.pop();
                else if (op.equals("remove")) empty.remove();
                else if (op.equals("element")) empty.element();
                else if (op.equals("getLast")) empty.getLast();
                else empty.removeLast();
            } catch (NoSuchElementException e) {
                System.out.println(op + " on empty: NoSuchElementException message=" + e.getMessage());
            }
        }

        // breadth-first search on a 6x6 grid with walls
        String[] grid = {
            "S.#...",
            ".##.#.",
            "...#..",
            "#.#..#",
            "..#.#.",
            "#....E",
        };
        int n = grid.length;
        int[][] dist = new int[n][n];
        for (int[] row : dist) Arrays.fill(row, -1);
        Deque<int[]> q = new ArrayDeque<int[]>();
        q.add(new int[] {0, 0});
        dist[0][0] = 0;
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        int visited = 0;
        while (!q.isEmpty()) {
            int[] cur = q.poll();
            visited++;
            for (int[] dd : dirs) {
                int r = cur[0] + dd[0], c = cur[1] + dd[1];
                if (r >= 0 && c >= 0 && r < n && c < n && grid[r].charAt(c) != '#' && dist[r][c] < 0) {
                    dist[r][c] = dist[cur[0]][cur[1]] + 1;
                    q.add(new int[] {r, c});
                }
            }
        }
        System.out.println("BFS visited=" + visited + " distance to E=" + dist[n - 1][n - 1]);
        for (int[] row : dist) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v < 0 ? " #" : (v < 10 ? " " + v : "" + v)).append(' ');
            System.out.println(sb.toString());
        }
        ArrayDeque<Integer> clone = d.clone();
        clone.clear();
        System.out.println("clone cleared, original size=" + d.size() + " isEmpty=" + clone.isEmpty());
    }
}
