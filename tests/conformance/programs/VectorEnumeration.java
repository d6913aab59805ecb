import java.util.Enumeration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Vector;

// java.util.Vector: legacy and List methods, capacity growth (doubling and fixed increment),
// Enumeration, setSize, copyInto, and the exception messages for bad indexes.
public class VectorEnumeration {
    static String dump(Vector<?> v) {
        return v + " size=" + v.size() + " cap=" + v.capacity();
    }

    public static void main(String[] args) {
        Vector<String> v = new Vector<String>();
        System.out.println("empty: " + dump(v) + " isEmpty=" + v.isEmpty());
        for (int i = 0; i < 11; i++) v.addElement("e" + i);
        System.out.println("after 11 adds: " + dump(v));
        v.insertElementAt("first", 0);
        v.add(5, "middle");
        v.setElementAt("E3", 4);
        System.out.println("inserted: " + v);
        System.out.println("firstElement=" + v.firstElement() + " lastElement=" + v.lastElement()
                + " elementAt(2)=" + v.elementAt(2) + " get(5)=" + v.get(5));
        System.out.println("indexOf(e5)=" + v.indexOf("e5") + " indexOf(e5, 9)=" + v.indexOf("e5", 9)
                + " lastIndexOf(e1)=" + v.lastIndexOf("e1") + " contains(zz)=" + v.contains("zz"));
        v.add("e1");
        System.out.println("lastIndexOf(e1)=" + v.lastIndexOf("e1") + " lastIndexOf(e1, 10)=" + v.lastIndexOf("e1", 10));
        System.out.println("removeElement(e0)=" + v.removeElement("e0") + " again=" + v.removeElement("e0"));
        v.removeElementAt(0);
        System.out.println("remove(3)=" + v.remove(3) + " -> " + v);

        StringBuilder sb = new StringBuilder();
        for (Enumeration<String> en = v.elements(); en.hasMoreElements();) sb.append(en.nextElement()).append('|');
        System.out.println("enumeration: " + sb);
        Enumeration<String> empty = new Vector<String>().elements();
        try {
            empty.nextElement();
        } catch (NoSuchElementException e) {
            System.out.println("empty enumeration: " + e.getMessage());
        }

        String[] arr = new String[v.size()];
        v.copyInto(arr);
        System.out.println("copyInto: " + arr.length + " " + arr[0] + " " + arr[arr.length - 1]);

        v.setSize(4);
        System.out.println("setSize(4): " + dump(v));
        v.setSize(7);
        System.out.println("setSize(7): " + dump(v));
        v.trimToSize();
        System.out.println("trimToSize: " + dump(v));
        v.ensureCapacity(9);
        System.out.println("ensureCapacity(9): " + dump(v));

        Vector<Integer> inc = new Vector<Integer>(3, 4);
        StringBuilder caps = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            inc.add(i * i);
            caps.append(inc.capacity()).append(' ');
        }
        System.out.println("increment 4 capacities: " + caps.toString().trim());
        Vector<Integer> dbl = new Vector<Integer>(1);
        caps.setLength(0);
        for (int i = 0; i < 20; i++) {
            dbl.add(i);
            caps.append(dbl.capacity()).append(' ');
        }
        System.out.println("doubling capacities: " + caps.toString().trim());

        Iterator<Integer> it = inc.iterator();
        while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
        System.out.println("even squares: " + inc + " hashCode=" + inc.hashCode());
        Vector<Integer> copy = new Vector<Integer>(inc);
        System.out.println("copy equals=" + copy.equals(inc) + " subList(1,3)=" + copy.subList(1, 3));
        copy.removeAllElements();
        System.out.println("removeAllElements: " + dump(copy));

        try {
            v.elementAt(10);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("elementAt(10): " + e.getMessage());
        }
        try {
            v.get(-1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("get(-1): " + e.getMessage());
        }
        try {
            v.get(7);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("get(7): " + e.getMessage());
        }
        try {
            v.insertElementAt("x", 9);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("insertElementAt(9): " + e.getMessage());
        }
        try {
            new Vector<String>().firstElement();
        } catch (NoSuchElementException e) {
            System.out.println("firstElement on empty: " + e.getClass().getName());
        }
        try {
            new Vector<String>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative capacity: " + e.getMessage());
        }
        Vector<Object> mixed = new Vector<Object>();
        mixed.add(null);
        mixed.add(mixed.size());
        mixed.add('c');
        mixed.add(2.5);
        System.out.println("mixed with null: " + mixed + " indexOf(null)=" + mixed.indexOf(null));
    }
}
