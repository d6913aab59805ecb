import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

// java.util.PriorityQueue: toString/iteration show the internal binary-heap array after each
// offer and poll, poll order, comparators, remove(Object) from the middle of the heap,
// construction from a collection (heapify), and a k-way merge / top-k selection.
public class PriorityQueueHeap {
    static final class Job {
        final String name;
        final int priority;

        Job(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        @Override
        public String toString() {
            return name + "/" + priority;
        }
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<Integer>();
        int[] in = {50, 30, 70, 10, 40, 60, 20, 80, 5, 35};
        for (int v : in) {
            pq.offer(v);
            System.out.println("offer " + v + " -> " + pq);
        }
        System.out.println("peek=" + pq.peek() + " size=" + pq.size() + " contains(40)=" + pq.contains(40));
        for (int i = 0; i < 4; i++) {
            Integer p = pq.poll();
            System.out.println("poll " + p + " -> " + pq);
        }
        System.out.println("remove(60)=" + pq.remove(60) + " -> " + pq);
        System.out.println("remove(999)=" + pq.remove(999) + " -> " + pq);
        StringBuilder order = new StringBuilder();
        while (!pq.isEmpty()) order.append(pq.poll()).append(' ');
        System.out.println("drained: " + order.toString().trim() + " poll on empty=" + pq.poll() + " peek=" + pq.peek());

        PriorityQueue<Integer> max = new PriorityQueue<Integer>(5, Collections.<Integer>reverseOrder());
        for (int v : in) max.add(v);
        System.out.println("max-heap: " + max);
        order.setLength(0);
        while (!max.isEmpty()) order.append(max.remove()).append(' ');
        System.out.println("max-heap drained: " + order.toString().trim());

        List<Integer> list = new ArrayList<Integer>();
        for (int i = 20; i >= 1; i--) list.add(i * 7 % 23);
        PriorityQueue<Integer> heapified = new PriorityQueue<Integer>(list);
        System.out.println("from collection " + list + " -> heap " + heapified);
        Iterator<Integer> it = heapified.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println("iterator removed evens -> " + heapified);
        order.setLength(0);
        while (!heapified.isEmpty()) order.append(heapified.poll()).append(' ');
        System.out.println("odd values in order: " + order.toString().trim());

        PriorityQueue<Job> jobs = new PriorityQueue<Job>(new Comparator<Job>() {
            public int compare(Job a, Job b) {
                if (a.priority != b.priority) return b.priority - a.priority;
                return a.name.compareTo(b.name);
            }
        });
        String[] names = {"backup", "email", "deploy", "alert", "report", "cleanup", "billing", "audit"};
        int[] prios = {2, 5, 8, 9, 3, 1, 8, 9};
        for (int i = 0; i < names.length; i++) jobs.add(new Job(names[i], prios[i]));
        System.out.println("jobs heap: " + jobs);
        order.setLength(0);
        while (!jobs.isEmpty()) order.append(jobs.poll()).append(' ');
        System.out.println("jobs by priority: " + order.toString().trim());

        PriorityQueue<String> strs = new PriorityQueue<String>(Arrays.asList("pear", "fig", "apple", "kiwi", "banana", "date"));
        System.out.println("strings heap: " + strs + " toArray=" + Arrays.toString(strs.toArray()));

        // k-way merge of sorted arrays using a heap of {value, array, index}
        int[][] runs = {{1, 4, 9, 16}, {2, 3, 5, 7, 11, 13}, {0, 6, 12}, {8, 10}};
        PriorityQueue<int[]> heads = new PriorityQueue<int[]>(new Comparator<int[]>() {
            public int compare(int[] a, int[] b) {
                return Integer.compare(a[0], b[0]);
            }
        });
        for (int r = 0; r < runs.length; r++) heads.add(new int[] {runs[r][0], r, 0});
        order.setLength(0);
        while (!heads.isEmpty()) {
            int[] h = heads.poll();
            order.append(h[0]).append(' ');
            if (h[2] + 1 < runs[h[1]].length) heads.add(new int[] {runs[h[1]][h[2] + 1], h[1], h[2] + 1});
        }
        System.out.println("k-way merge: " + order.toString().trim());

        // top 5 of 100 pseudo-random values with a bounded min-heap
        PriorityQueue<Integer> top = new PriorityQueue<Integer>();
        int x = 12345;
        for (int i = 0; i < 100; i++) {
            x = (x * 1103515245 + 12345) & 0x7fffffff;
            top.offer(x % 10000);
            if (top.size() > 5) top.poll();
        }
        System.out.println("top 5 heap: " + top);
        try {
            new PriorityQueue<Integer>().add(null);
        } catch (NullPointerException e) {
            System.out.println("add(null): NullPointerException");
        }
        try {
            new PriorityQueue<Integer>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("capacity 0: IllegalArgumentException");
        }
    }
}
