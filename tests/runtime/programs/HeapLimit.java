public class HeapLimit {
    static class Node { Node next; byte[] payload = new byte[1000]; }
    public static void main(String[] a) {
        Node head = null; int n = 0;
        try { while (true) { Node x = new Node(); x.next = head; head = x; n++; } }
        catch (OutOfMemoryError e) { head = null; System.out.println("caught OOM: " + e.getMessage() + " after >1000 nodes: " + (n > 1000)); }
        long sum = 0; for (int i = 0; i < 1000; i++) { int[] arr = new int[1000]; arr[5] = i; sum += arr[5]; }
        System.out.println("still works: " + sum);
        try { int[] big = new int[Integer.MAX_VALUE]; } catch (OutOfMemoryError e) { System.out.println("big: " + e.getMessage()); }
    }
}
