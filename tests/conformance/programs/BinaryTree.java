public class BinaryTree {
    static class Tree<K extends Comparable<K>, V> {
        class Node {
            final K key;
            V value;
            Node left, right;
            int height = 1;

            Node(K k, V v) {
                key = k;
                value = v;
            }
        }

        Node root;
        int size;
        int rotations;

        int h(Node n) { return n == null ? 0 : n.height; }

        void fix(Node n) { n.height = 1 + Math.max(h(n.left), h(n.right)); }

        Node rotRight(Node n) {
            Node l = n.left;
            n.left = l.right;
            l.right = n;
            fix(n);
            fix(l);
            rotations++;
            return l;
        }

        Node rotLeft(Node n) {
            Node r = n.right;
            n.right = r.left;
            r.left = n;
            fix(n);
            fix(r);
            rotations++;
            return r;
        }

        Node balance(Node n) {
            fix(n);
            int bf = h(n.left) - h(n.right);
            if (bf > 1) {
                if (h(n.left.left) < h(n.left.right)) n.left = rotLeft(n.left);
                return rotRight(n);
            }
            if (bf < -1) {
                if (h(n.right.right) < h(n.right.left)) n.right = rotRight(n.right);
                return rotLeft(n);
            }
            return n;
        }

        void put(K k, V v) { root = put(root, k, v); }

        Node put(Node n, K k, V v) {
            if (n == null) {
                size++;
                return new Node(k, v);
            }
            int c = k.compareTo(n.key);
            if (c < 0) n.left = put(n.left, k, v);
            else if (c > 0) n.right = put(n.right, k, v);
            else {
                n.value = v;
                return n;
            }
            return balance(n);
        }

        V get(K k) {
            Node n = root;
            while (n != null) {
                int c = k.compareTo(n.key);
                if (c == 0) return n.value;
                n = c < 0 ? n.left : n.right;
            }
            return null;
        }

        void inorder(Node n, StringBuilder sb, int limit) {
            if (n == null || sb.length() > limit) return;
            inorder(n.left, sb, limit);
            sb.append(n.key).append('=').append(n.value).append(' ');
            inorder(n.right, sb, limit);
        }
    }

    public static void main(String[] args) {
        Tree<Integer, String> t = new Tree<Integer, String>();
        for (int i = 1; i <= 1000; i++) t.put(i, "v" + i);
        System.out.println("sequential inserts: size=" + t.size + " height=" + t.h(t.root) + " rotations=" + t.rotations + " root=" + t.root.key);
        System.out.println("get(500)=" + t.get(500) + " get(1001)=" + t.get(1001) + " get(-1)=" + t.get(-1));
        t.put(500, "replaced");
        System.out.println("after replace size=" + t.size + " get(500)=" + t.get(500));
        Tree<String, Integer> words = new Tree<String, Integer>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
        for (String w : text.split(" ")) {
            Integer c = words.get(w);
            words.put(w, c == null ? 1 : c + 1);
        }
        StringBuilder sb = new StringBuilder();
        words.inorder(words.root, sb, 10000);
        System.out.println("word counts: " + sb.toString().trim());
        System.out.println("distinct=" + words.size + " height=" + words.h(words.root));
        Tree<Double, Integer> doubles = new Tree<Double, Integer>();
        double[] keys = {0.5, -0.0, 0.0, Double.NaN, -1.5, Double.POSITIVE_INFINITY, 0.5};
        for (int i = 0; i < keys.length; i++) doubles.put(keys[i], i);
        StringBuilder ds = new StringBuilder();
        doubles.inorder(doubles.root, ds, 10000);
        System.out.println("Double keys (compareTo order, -0.0 < 0.0, NaN last): " + ds.toString().trim());
        long seed = 42;
        Tree<Long, Long> rnd = new Tree<Long, Long>();
        for (int i = 0; i < 2000; i++) {
            seed ^= seed << 13;
            seed ^= seed >>> 7;
            seed ^= seed << 17;
            rnd.put(seed % 5000, (long) i);
        }
        StringBuilder first = new StringBuilder();
        rnd.inorder(rnd.root, first, 80);
        System.out.println("random tree size=" + rnd.size + " height=" + rnd.h(rnd.root) + " smallest: " + first.toString().trim());
    }
}
