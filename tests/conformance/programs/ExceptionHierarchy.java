public class ExceptionHierarchy {
    static void chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (sb.length() > 0) sb.append(" > ");
            sb.append(c.getName());
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        Throwable[] all = {
            new ArithmeticException(), new ArrayIndexOutOfBoundsException(), new StringIndexOutOfBoundsException(),
            new NegativeArraySizeException(), new ClassCastException(), new ArrayStoreException(), new NullPointerException(),
            new NumberFormatException(), new IllegalArgumentException(), new IllegalStateException(),
            new UnsupportedOperationException(), new IndexOutOfBoundsException(), new ClassNotFoundException(),
            new CloneNotSupportedException(), new InterruptedException(), new InstantiationException(),
            new IllegalMonitorStateException(), new StackOverflowError(), new OutOfMemoryError(),
            new ExceptionInInitializerError(), new NoClassDefFoundError(), new AssertionError(), new Error(),
            new Exception(), new RuntimeException(), new Throwable(), new java.io.IOException(),
            new java.io.UnsupportedEncodingException()
        };
        for (Throwable t : all) {
            chain(t);
        }
        int checked = 0, unchecked = 0, errors = 0;
        for (Throwable t : all) {
            if (t instanceof Error) errors++;
            else if (t instanceof RuntimeException) unchecked++;
            else checked++;
        }
        System.out.println("checked=" + checked + " unchecked=" + unchecked + " errors=" + errors);
        System.out.println("messages of no-arg constructors are null: " + (new ArithmeticException().getMessage() == null));
        System.out.println("AIOOBE(int) message: " + new ArrayIndexOutOfBoundsException(7).getMessage());
        System.out.println("SIOOBE(int) message: " + new StringIndexOutOfBoundsException(-2).getMessage());
        try {
            throw new ArrayIndexOutOfBoundsException("custom");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("AIOOBE caught as IOOBE: " + e.getMessage());
        }
        try {
            throw new NumberFormatException("nfe");
        } catch (IllegalArgumentException e) {
            System.out.println("NFE caught as IAE: " + e.getMessage());
        }
        try {
            throw new StackOverflowError("soe");
        } catch (VirtualMachineError e) {
            System.out.println("SOE caught as VirtualMachineError: " + e.getMessage());
        }
        try {
            throw new NoClassDefFoundError("ncdfe");
        } catch (LinkageError e) {
            System.out.println("NCDFE caught as LinkageError: " + e.getMessage());
        }
    }
}
