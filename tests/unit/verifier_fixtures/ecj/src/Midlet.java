// J2ME-style code compiled by ecj -target cldc1.1 (CLDC StackMap, see ../regen.sh).
public class Midlet {
    private final int[] board = new int[64];
    private long score;
    private double ratio = 0.5;
    private String name;
    private Midlet next;

    public Midlet(String name) {
        this(name, null);
    }

    public Midlet(String name, Midlet next) {
        super();
        this.name = name == null ? "anon" : name;
        this.next = next;
    }

    int count(int v) {
        int c = 0;
        for (int i = 0; i < board.length; i++) {
            if (board[i] == v) c++;
        }
        return c;
    }

    long step(int x, int y) {
        if (x < 0 || y < 0 || x >= 8 || y >= 8) {
            throw new IllegalArgumentException("bad cell " + x + "," + y);
        }
        int idx = y * 8 + x;
        board[idx] = (board[idx] + 1) % 3;
        score += (long) board[idx] * idx;
        ratio = ratio * 0.9 + (board[idx] > 0 ? 0.1 : 0.0);
        return score;
    }

    String describe() {
        StringBuffer sb = new StringBuffer(name);
        Midlet m = next;
        while (m != null) {
            sb.append('>').append(m.name);
            m = m.next;
        }
        try {
            sb.append(':').append(Integer.parseInt(name));
        } catch (NumberFormatException e) {
            sb.append('?');
        } finally {
            sb.append(';');
        }
        return sb.toString();
    }

    static Object pick(int k, Object a, Object[] rest) {
        switch (k) {
            case 0: return a;
            case 1: return rest.length > 0 ? rest[0] : null;
            case 5: return new Object[] {a, rest};
            default:
                Object o = a;
                if (k > 100) o = rest;
                return o;
        }
    }

    synchronized int total() {
        int t = 0;
        int[][] grid = new int[8][8];
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++) {
                grid[y][x] = board[y * 8 + x];
                t += grid[y][x];
            }
        return t;
    }

    public static void main(String[] args) {
        Midlet m = new Midlet("12", new Midlet("b", new Midlet(null)));
        for (int i = 0; i < 20; i++) m.step(i % 8, (i * 3) % 8);
        System.out.println(m.describe() + " " + m.score + " " + m.count(1) + " " + m.total());
        System.out.println(pick(1, "a", new Object[] {"r"}) + " " + pick(200, "a", new Object[0]).getClass().getName());
        try {
            m.step(9, 9);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
