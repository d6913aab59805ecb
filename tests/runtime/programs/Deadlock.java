public class Deadlock {
    public static void main(String[] a) throws Exception {
        final Object x = new Object(), y = new Object();
        Thread t = new Thread(() -> { synchronized (y) { sleep(); synchronized (x) { System.out.println("never"); } } }, "second");
        t.start();
        synchronized (x) { sleep(); synchronized (y) { System.out.println("never"); } }
    }
    static void sleep() { try { Thread.sleep(100); } catch (InterruptedException e) {} }
}
