package npe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Scenarios for helpful NullPointerException messages.  Every method whose
 * name starts with "npe" raises exactly one NullPointerException (implicit,
 * except npe115/npe124/npe125 which javac turns into Objects.requireNonNull);
 * the driver calls each one (static or on a fresh instance) and
 * regenerate.py records the message and the throwing bytecode.  Scenarios
 * must not change static state that later ones read (run order is by name).
 */
@SuppressWarnings({"unused", "rawtypes", "unchecked"})
public class Cases {
    String text;
    Node node;
    Node[] nodes;
    int[] numbers;
    int[][] matrix;
    Object[] objects;
    static String STATIC_TEXT;
    static Node STATIC_NODE;
    static long[] STATIC_LONGS;
    static boolean flag;
    static int zero;
    static int counter;

    static String nullString() { return null; }
    static Node nullNode() { return null; }
    static int[] nullInts() { return null; }
    static Object nullObject() { return null; }
    static <T> T id(T t) { return t; }
    static int one() { return 1; }
    Node instanceNode() { return node; }

    // ---- locals and parameters ------------------------------------------------

    static void npe001_localInvoke() {
        String s = nullString();
        s.length();
    }

    static void npe002_staticParam() {
        paramHelper(1, null);
    }

    static int paramHelper(int a, String b) {
        return b.length() + a;
    }

    static void npe003_longParams() {
        longParamHelper(1L, 2.0, null, 3L);
    }

    static int longParamHelper(long a, double b, String c, long d) {
        return c.length();
    }

    void npe004_instanceParam() {
        instanceParamHelper(5L, null);
    }

    int instanceParamHelper(long x, int[] arr) {
        return arr.length;
    }

    static void npe005_localAfterWide() {
        long a = 1L;
        double b = 2.0;
        int c = 3;
        Node n = nullNode();
        n.value = (int) (a + b + c);
    }

    static void npe006_manyLocals() {
        long l0 = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7;
        String s = nullString();
        s.isEmpty();
        long sum = l0 + l1 + l2 + l3 + l4 + l5 + l6 + l7;
    }

    // ---- fields -----------------------------------------------------------------

    void npe010_thisField() {
        text.length();
    }

    void npe011_thisFieldChain() {
        node = new Node();
        node.next.value = 1;
    }

    static void npe012_staticField() {
        STATIC_TEXT.trim();
    }

    static void npe013_otherClassStatic() {
        Node.LABEL.length();
    }

    static void npe014_localFieldChain() {
        Node n = new Node(new Node());
        n.next.next.name.length();
    }

    static void npe015_readField() {
        Node n = nullNode();
        int v = n.value;
    }

    static void npe016_assignField() {
        Node n = nullNode();
        n.name = "x";
    }

    static void npe017_assignLongField() {
        Node n = nullNode();
        n.big = 7L;
    }

    static void npe018_compoundAssignField() {
        Node n = nullNode();
        n.value += 3;
    }

    static void npe019_compoundAssignLongField() {
        Node n = new Node();
        n.next.big += 3L;
    }

    static void npe020_deepChain() {
        Node n = new Node(new Node(new Node(new Node(new Node()))));
        n.next.next.next.next.next.next.value = 1;
    }

    static void npe021_staticFieldChain() {
        Node.ROOT = new Node();
        Node.ROOT.next.name = "x";
        Node.ROOT = null;
    }

    static void npe022_nestedStatic() {
        Node.Nested.INSTANCE.payload.hashCode();
    }

    static void npe023_staticFieldDeep() {
        STATIC_NODE = new Node(new Node());
        try {
            STATIC_NODE.next.next.next.value = 4;
        } finally {
            STATIC_NODE = null;
        }
    }

    // ---- method calls -----------------------------------------------------------

    static void npe030_returnValueStatic() {
        nullString().length();
    }

    static void npe031_returnValueWithArgs() {
        Node.make(1, "a", new long[0], new ArrayList<String>()).getName();
    }

    static void npe032_mapGet() {
        Map<String, String> m = new HashMap<>();
        m.get("k").length();
    }

    static void npe033_interfaceReceiver() {
        List<String> l = id(null);
        l.size();
    }

    static void npe034_chainReturnField() {
        new Node().getNext().name.length();
    }

    static void npe035_returnThenField() {
        Node.nothing().value = 3;
    }

    void npe036_instanceMethodReturn() {
        instanceNode().getName();
    }

    static void npe037_returnMidChain() {
        Node n = new Node(new Node());
        n.getNext().next.next.value = 2;
    }

    static void npe038_interfaceShape() {
        Shape s = id(null);
        s.scaled(2.0).area();
    }

    static void npe039_interfaceReturn() {
        Shape s = new Shape() {
            public double area() { return 0; }
            public Shape scaled(double f) { return null; }
        };
        s.scaled(2.0).area();
    }

    static void npe040_arrayParamTypes() {
        arrayTypes(null, null, null).toString();
    }

    static Object arrayTypes(int[][] a, String[] b, Map<String, Object>[] c) {
        return null;
    }

    static void npe041_primitiveParamTypes() {
        prims(true, (byte) 1, 'c', (short) 2, 3, 4L, 5f, 6.0).hashCode();
    }

    static Object prims(boolean z, byte b, char c, short s, int i, long j, float f, double d) {
        return null;
    }

    static void npe042_objectMethod() {
        Object o = nullObject();
        o.toString();
    }

    static void npe043_stringBuilder() {
        StringBuilder sb = id(null);
        sb.append("x");
    }

    static void npe044_collectionIterator() {
        Collection<String> c = id(null);
        for (String s : c) {
            s.length();
        }
    }

    static void npe045_iteratorNextNull() {
        List<String> l = new ArrayList<>();
        l.add(null);
        for (String s : l) {
            s.length();
        }
    }

    // ---- arrays -----------------------------------------------------------------

    static void npe050_intArrayLoad() {
        int[] a = nullInts();
        int x = a[0];
    }

    static void npe051_intArrayStore() {
        int[] a = nullInts();
        a[1] = 5;
    }

    static void npe052_arrayLength() {
        int[] a = nullInts();
        int n = a.length;
    }

    static void npe053_byteArray() {
        byte[] a = id(null);
        a[0] = 1;
    }

    static void npe054_booleanArray() {
        boolean[] a = id(null);
        boolean b = a[0];
    }

    static void npe055_charArray() {
        char[] a = id(null);
        char c = a[0];
    }

    static void npe056_shortArray() {
        short[] a = id(null);
        a[2] = 3;
    }

    static void npe057_longArray() {
        long[] a = id(null);
        long v = a[0];
    }

    static void npe058_floatArray() {
        float[] a = id(null);
        a[0] = 1f;
    }

    static void npe059_doubleArray() {
        double[] a = id(null);
        double d = a[0];
    }

    static void npe060_objectArrayLoad() {
        Object[] a = id(null);
        Object o = a[0];
    }

    static void npe061_objectArrayStore() {
        String[] a = id(null);
        a[0] = "x";
    }

    static void npe062_elementConstIndex() {
        String[] a = new String[3];
        a[2].length();
    }

    static void npe063_elementLocalIndex() {
        String[] a = new String[3];
        int i = 1;
        a[i].length();
    }

    static void npe064_elementExprIndex() {
        String[] a = new String[3];
        int i = 1;
        a[i + 1].length();
    }

    static void npe065_elementCallIndex() {
        String[] a = new String[3];
        a[one()].length();
    }

    void npe066_fieldArrayElement() {
        nodes = new Node[4];
        nodes[0].value = 1;
    }

    void npe067_matrixRow() {
        matrix = new int[3][];
        matrix[1][2] = 7;
    }

    static void npe068_matrixLocal() {
        int[][] m = new int[2][];
        int i = 0, j = 1;
        int v = m[i][j];
    }

    static void npe069_elementBigIndex() {
        String[] a = new String[40000];
        a[35000].length();
    }

    static void npe070_elementMidIndex() {
        String[] a = new String[300];
        a[200].length();
    }

    static void npe071_elementFieldIndex() {
        String[] a = new String[3];
        Node n = new Node();
        a[n.value].length();
    }

    static void npe072_staticArrayStore() {
        STATIC_LONGS[3] = 9L;
    }

    static void npe073_elementStaticIndex() {
        String[] a = new String[3];
        a[zero].length();
    }

    static void npe074_arrayOfArraysDeep() {
        Object[][][] a = new Object[2][2][];
        a[1][1][0] = "x";
    }

    static void npe075_arrayLengthOfField() {
        Node n = new Node();
        int l = n.ints.length;
    }

    static void npe076_compoundArray() {
        int[] a = nullInts();
        a[0] += 2;
    }

    static void npe077_arrayFromCall() {
        nullInts()[0] = 1;
    }

    static void npe078_elementOfReturn() {
        Node n = new Node();
        n.kids = new Node[1];
        n.kids()[0].name = "x";
    }

    static void npe079_elementNegativeConst() {
        String[] a = new String[3];
        int i = 0;
        try {
            a[i].length();
        } finally {
            i = -1;
        }
    }

    // ---- constants, casts, merges -----------------------------------------------

    static void npe080_aconstNull() {
        ((String) null).length();
    }

    static void npe081_checkcastTransparent() {
        Object o = nullObject();
        ((String) o).length();
    }

    static void npe082_ternaryAmbiguous() {
        String a = null, b = null;
        (flag ? a : b).length();
    }

    static void npe083_ternarySameLocal() {
        String a = null;
        (flag ? a : a).length();
    }

    static void npe084_ternaryThenField() {
        Node a = new Node(), b = new Node();
        (flag ? a : b).next.value = 1;
    }

    static void npe085_localAssignedOnBranches() {
        String s;
        if (flag) {
            s = "x";
        } else {
            s = null;
        }
        s.length();
    }

    static void npe086_ternaryIndex() {
        String[] a = new String[3];
        a[flag ? 1 : 2].length();
    }

    static void npe087_ternaryCondNull() {
        Node n = new Node();
        (flag ? null : n.next).getName();
    }

    static void npe088_loop() {
        Node n = new Node(new Node(new Node()));
        for (int i = 0; i < 5; i++) {
            n = n.next;
        }
    }

    static void npe089_whileLoopField() {
        Node n = new Node(new Node());
        int total = 0;
        while (true) {
            total += n.value;
            n = n.next;
        }
    }

    // ---- throw, synchronized, boxing, switches ----------------------------------

    static void npe090_throwNullLocal() {
        RuntimeException e = id(null);
        throw e;
    }

    static void npe091_throwNullConst() {
        throw (RuntimeException) null;
    }

    static void npe092_throwReturn() {
        throw (RuntimeException) nullObject();
    }

    static void npe093_synchronizedLocal() {
        Object lock = nullObject();
        synchronized (lock) {
            counter++;
        }
    }

    void npe094_synchronizedField() {
        synchronized (node) {
            counter++;
        }
    }

    static void npe095_synchronizedCall() {
        synchronized (nullObject()) {
            counter++;
        }
    }

    static void npe096_unboxLocal() {
        Integer x = id(null);
        int y = x;
    }

    static void npe097_unboxReturn() {
        Map<String, Long> m = new HashMap<>();
        long v = m.get("k");
    }

    static void npe098_unboxArithmetic() {
        Double d = id(null);
        double e = d * 2;
    }

    static void npe099_unboxBoolean() {
        Boolean b = id(null);
        if (b) {
            flag = true;
        }
    }

    static void npe100_stringSwitch() {
        String s = nullString();
        switch (s) {
            case "a": flag = true; break;
            case "b": flag = false; break;
            default: break;
        }
    }

    static void npe101_enumSwitch() {
        Color c = id(null);
        switch (c) {
            case RED: flag = true; break;
            default: break;
        }
    }

    static void npe102_forEachArray() {
        int[] a = nullInts();
        int s = 0;
        for (int x : a) {
            s += x;
        }
    }

    static void npe103_forEachFieldArray() {
        Node n = new Node();
        for (Node k : n.kids) {
            k.value++;
        }
    }

    static void npe104_stringConcatThenCall() {
        String s = null;
        String t = "a" + s + "b";
        Node n = nullNode();
        n.name = t;
    }

    static void npe105_enumOrdinal() {
        Color c = id(null);
        c.ordinal();
    }

    // ---- exception handlers and constructors -------------------------------------

    static void npe110_inCatch() {
        try {
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            Node n = nullNode();
            n.value = 1;
        }
    }

    static void npe111_catchParam() {
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            Throwable t = e.getCause();
            t.getMessage();
        }
    }

    static void npe112_finally() {
        String s = nullString();
        try {
            counter++;
        } finally {
            s.length();
        }
    }

    static void npe113_constructorDeref() {
        new Holder(null);
    }

    static void npe114_constructorField() {
        new Holder();
    }

    static void npe115_qualifiedNew() {
        Node outer = nullNode();
        Node.Inner inner = outer.new Inner();
    }

    static void npe116_innerFieldOfOuter() {
        Node.Inner inner = new Node().new Inner();
        inner.textLength();
    }

    static void npe117_innerCallOnNull() {
        Node.Inner inner = id(null);
        inner.outerNext();
    }

    static void npe118_nestedClassCall() {
        Node.Nested n = id(null);
        n.payload();
    }

    static void npe119_lambdaBody() {
        Function<String, Integer> f = s -> s.length();
        f.apply(null);
    }

    static void npe120_lambdaCapture() {
        Node n = nullNode();
        Supplier<String> s = () -> n.name;
        s.get();
    }

    void npe121_lambdaThis() {
        Supplier<Integer> s = () -> text.length();
        s.get();
    }

    static void npe122_privateOther() {
        Cases c = id(null);
        c.secret();
    }

    private int secret() {
        return 1;
    }

    static void npe123_innerPrivateAccess() {
        Holder.Peer p = new Holder.Peer();
        p.poke(null);
    }

    static void npe124_getClassNullCheck() {
        Node outer = nullNode();
        Object o = outer.new Inner() {
        };
    }

    static void npe125_methodRefReceiver() {
        String s = nullString();
        Supplier<Integer> sup = s::length;
    }

    static class Holder {
        Node n;

        Holder(Node n) {
            this.n = n;
            n.value = 1;
        }

        Holder() {
            n.name = "x";
        }

        private int hidden;

        static class Peer {
            int poke(Holder h) {
                return h.hidden;
            }
        }
    }

    // ---- misc -------------------------------------------------------------------

    static void npe130_longLocalsBefore() {
        long big = 1L << 40;
        double d = 1.5;
        int[] arr = nullInts();
        arr[(int) big & 1] = (int) d;
    }

    static void npe131_storeIntoElementOfElement() {
        Node[] ns = new Node[2];
        ns[0] = new Node();
        ns[1].next = ns[0];
    }

    static void npe132_nullFromArrayOfArrays() {
        Object[][] g = new Object[1][];
        g[0][0] = null;
    }

    static void npe133_fieldOfArrayElementOfField() {
        Node n = new Node();
        n.kids = new Node[2];
        n.kids[1].next.value = 3;
    }

    static void npe134_castThenArray() {
        Object o = nullObject();
        int[] a = (int[]) o;
        a[0] = 1;
    }

    static void npe135_instanceofThenUse() {
        Object o = nullObject();
        if (!(o instanceof String)) {
            o.hashCode();
        }
    }


    static void npe137_invokeResultInArray() {
        Object[] a = new Object[]{null};
        a[0].hashCode();
    }

    static void npe138_dupX1Assign() {
        Node n = nullNode();
        int v = n.value = 5;
    }

    static void npe139_longArrayCompound() {
        long[] a = id(null);
        a[0] += 1L;
    }

    static void npe140_nestedCallArgs() {
        String s = nullString();
        Math.max(s.length(), 2);
    }

    static void npe141_staticCallOnOtherClass() {
        Node.nothing().next.name.length();
    }

    static void npe142_iteratorCall() {
        Iterator<String> it = id(null);
        it.hasNext();
    }

    void npe143_thisFieldArrayLength() {
        int l = numbers.length;
    }

    void npe144_thisObjectsStore() {
        objects[0] = "x";
    }

    static void npe145_charAtOfField() {
        Node n = new Node();
        n.name.charAt(0);
    }
    // ---- describer limits and odd sources ---------------------------------------

    static Node pass(Node n, int x) {
        return n;
    }

    static Node chain(int depth) {
        Node n = new Node();
        for (int i = 0; i < depth; i++) {
            n = new Node(n);
        }
        return n;
    }

    static void npe150_chain4() {
        Node n = chain(3);
        n.next.next.next.next.value = 1;
    }

    static void npe151_chain5() {
        Node n = chain(4);
        n.next.next.next.next.next.value = 1;
    }

    static void npe152_chain7() {
        Node n = chain(6);
        n.next.next.next.next.next.next.next.value = 1;
    }

    static void npe153_staticChain5() {
        Node.ROOT = chain(3);
        try {
            Node.ROOT.next.next.next.next.value = 1;
        } finally {
            Node.ROOT = null;
        }
    }

    static void npe154_staticChain6() {
        Node.ROOT = chain(4);
        try {
            Node.ROOT.next.next.next.next.next.value = 1;
        } finally {
            Node.ROOT = null;
        }
    }

    static void npe155_nestedCallWithArgs() {
        pass(new Node(), 1).next.name.length();
    }

    static void npe156_parameterOverwritten() {
        overwrite("x");
    }

    static int overwrite(String a) {
        a = null;
        return a.length();
    }

    static void npe157_ambiguousArray() {
        String[] a = new String[1], b = new String[1];
        (flag ? a : b)[0].length();
    }

    static void npe158_ambiguousMidChain() {
        Node a = new Node(new Node()), b = new Node(new Node());
        (flag ? a : b).next.next.value = 1;
    }

    static void npe159_newThenField() {
        new Node().next.value = 1;
    }

    static void npe160_newThenFieldInvoke() {
        new Node().next.getName();
    }

    static void npe161_deepArray() {
        Object[][][][][][][] d = new Object[1][1][1][1][1][1][];
        d[0][0][0][0][0][0][0] = "x";
    }

    static void npe162_arrayIndexFromArray() {
        String[] a = new String[3];
        int[] b = new int[2];
        a[b[1]].length();
    }

    static void npe163_slotReuseNames() {
        {
            String first = "x";
            first.length();
        }
        {
            String second = nullString();
            second.length();
        }
    }

    static void npe164_assignChain() {
        String a, b;
        a = b = null;
        a.length();
    }

    static void npe165_ternaryUnbox() {
        Integer boxed = null;
        int v = flag ? 0 : boxed;
    }

    static void npe166_objectArrayParam() {
        objArr(new Object[0], 1.0).hashCode();
    }

    static Object objArr(Object[] a, double d) {
        return null;
    }

    static void npe167_arrayLengthOfCall() {
        int l = nullInts().length;
    }

    static void npe168_fieldOfCallChainDeep() {
        pass(chain(2), 3).next.next.next.value = 1;
    }

    static void npe169_elementOfCallWithArgs() {
        Node n = new Node();
        n.kids = new Node[2];
        pass(n, 0).kids[1].value = 1;
    }

    static void npe170_longIndexCast() {
        String[] a = new String[3];
        long l = 2;
        a[(int) l].length();
    }

    static void npe171_arrayStoreFromField() {
        Cases c = new Cases();
        c.objects[1] = c;
    }

    static void npe172_iincIndex() {
        String[] a = new String[3];
        int i = 0;
        a[i++].length();
    }

    static void npe173_doubleLocalThenParam() {
        doubleFirst(1.0, 2L, null);
    }

    static int doubleFirst(double d, long l, Node n) {
        return n.value;
    }

    void npe174_instanceManyParams() {
        instanceMany(1, 2L, 3.0, "s", null);
    }

    int instanceMany(int a, long b, double c, String d, Node e) {
        return e.value;
    }

    void npe175_instanceLocalAfterParams() {
        instanceLocal(1L);
    }

    int instanceLocal(long x) {
        Node local = nullNode();
        return local.value;
    }

    static void npe176_nullConstArrayStore() {
        ((int[]) null)[0] = 1;
    }

    static void npe177_nullConstField() {
        ((Node) null).value = 1;
    }

    static void npe178_getClassCall() {
        Object o = nullObject();
        o.getClass();
    }

    static void npe179_ambiguousIndexedField() {
        Node[] a = new Node[2];
        a[flag ? 0 : 1].next = null;
    }

    static void npe180_monitorOnThisField() {
        Cases c = new Cases();
        synchronized (c.text) {
            flag = true;
        }
    }

    static void npe181_throwField() {
        Holder2 h = new Holder2();
        throw h.error;
    }

    static class Holder2 {
        RuntimeException error;
    }

    static void npe182_arrayElementThrow() {
        RuntimeException[] errs = new RuntimeException[1];
        throw errs[0];
    }

    static void npe183_chainWithArrays() {
        Node n = chain(1);
        n.kids = new Node[1];
        n.kids[0] = chain(1);
        n.kids[0].next.kids[0].value = 1;
    }

    static void npe184_mixedDepth() {
        Node n = chain(2);
        n.next.kids = new Node[]{chain(3)};
        n.next.kids[0].next.next.next.next.value = 1;
    }
    // ---- when is a parameter still "<parameterN>"? -----------------------------

    static void npe190_paramWrittenLater() {
        paramWrittenLater(null);
    }

    static int paramWrittenLater(String a) {
        int r = a.length();
        a = "y";
        return r + a.length();
    }

    static void npe191_paramWrittenUntakenBranch() {
        paramWrittenUntakenBranch(null);
    }

    static int paramWrittenUntakenBranch(String a) {
        if (flag) {
            a = "z";
        }
        return a.length();
    }

    static void npe192_paramWrittenOtherBranch() {
        paramWrittenOtherBranch(null);
    }

    static int paramWrittenOtherBranch(String a) {
        if (flag) {
            a = "z";
            return a.length();
        } else {
            return a.length();
        }
    }

    static void npe193_paramWrittenInLoopAfter() {
        paramWrittenInLoopAfter("abc");
    }

    static int paramWrittenInLoopAfter(String a) {
        int r = 0;
        for (int i = 0; i < 2; i++) {
            r += a.length();
            a = null;
        }
        return r;
    }

    static void npe194_paramWrittenBeforeTry() {
        paramWrittenBeforeTry("abc");
    }

    static int paramWrittenBeforeTry(String a) {
        a = null;
        try {
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            return a.length();
        }
        return 0;
    }

    static void npe195_localWrittenBeforeTry() {
        String s = nullString();
        try {
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            s.length();
        }
    }

    static void npe196_intParamIinc() {
        intParamIinc(new String[2], 1);
    }

    static int intParamIinc(String[] arr, int i) {
        i++;
        i--;
        return arr[i].length();
    }

    static void npe197_intParamStored() {
        intParamStored(new String[2], 1);
    }

    static int intParamStored(String[] arr, int i) {
        i = 0;
        return arr[i].length();
    }

    static void npe198_whileTrueBreak() {
        whileTrueBreak("abc");
    }

    static int whileTrueBreak(String a) {
        int k = 0;
        while (true) {
            if (k == 1) {
                return a.length();
            }
            a = null;
            k++;
        }
    }

    static void npe199_paramSlot64() {
        paramSlot64(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, null);
    }

    static int paramSlot64(long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, long a8, long a9, long a10, long a11, long a12, long a13, long a14, long a15, long a16, long a17, long a18, long a19, long a20, long a21, long a22, long a23, long a24, long a25, long a26, long a27, long a28, long a29, long a30, long a31, String s) {
        return s.length();
    }

    static void npe200_paramSlot62() {
        paramSlot62(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, null);
    }

    static int paramSlot62(long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, long a8, long a9, long a10, long a11, long a12, long a13, long a14, long a15, long a16, long a17, long a18, long a19, long a20, long a21, long a22, long a23, long a24, long a25, long a26, long a27, long a28, long a29, long a30, String s) {
        return s.length();
    }

    static void npe201_paramStoredSame() {
        paramStoredSame(null);
    }

    static int paramStoredSame(String a) {
        a = a;
        return a.length();
    }

    static void npe202_lambdaManyCaptures() {
        long a = 3;
        String b = nullString();
        java.util.function.IntSupplier s = () -> (int) a + b.length();
        s.getAsInt();
    }

    // ---- more index and depth shapes ---------------------------------------------

    static void npe210_indexLocalAtDepth() {
        Node n = chain(1);
        n.next.kids = new Node[]{chain(3)};
        int i = 0;
        n.next.kids[i].next.next.next.next.value = 1;
    }

    static void npe211_indexFieldAtDepth() {
        Node n = chain(1);
        n.next.kids = new Node[]{chain(3)};
        Node m = new Node();
        n.next.kids[m.value].next.next.next.next.value = 1;
    }

    static void npe212_indexCallAtDepth() {
        Node n = chain(1);
        n.next.kids = new Node[]{null, chain(3)};
        n.next.kids[one()].next.next.next.next.value = 1;
    }

    static void npe213_indexNested() {
        String[] a = new String[1];
        int[] b = new int[1], c = new int[1], d = new int[1], e = new int[1], f = new int[1];
        a[b[c[d[e[f[0]]]]]].length();
    }

    static void npe214_indexFieldChain4() {
        String[] a = new String[1];
        Node n = chain(4);
        a[n.next.next.next.next.value].length();
    }

    static void npe215_indexCharLocal() {
        String[] a = new String[300];
        char c = 'x';
        a[c].length();
    }

    static void npe216_indexByteElement() {
        String[] a = new String[3];
        byte[] b = new byte[1];
        a[b[0]].length();
    }

    static void npe217_indexCharElement() {
        String[] a = new String[3];
        char[] b = new char[1];
        a[b[0]].length();
    }

    static void npe218_indexShortElement() {
        String[] a = new String[3];
        short[] b = new short[1];
        a[b[0]].length();
    }

    static void npe219_indexArrayLength() {
        String[] a = new String[3];
        int[] b = new int[1];
        a[b.length].length();
    }

    static void npe220_indexAssignment() {
        String[] a = new String[3];
        int i = 0;
        a[i = 1].length();
    }

    static void npe221_indexStaticChar() {
        String[] a = new String[3];
        a[CHAR_ONE].length();
    }

    static char CHAR_ONE = 1;

    static void npe222_indexBipush127() {
        String[] a = new String[200];
        a[127].length();
    }

    static void npe223_indexSipushMax() {
        String[] a = new String[40000];
        a[32767].length();
    }

    static void npe224_callAtDepth() {
        Node n = chain(3);
        n.next.next.next.next.getNext().value = 1;
    }

    static void npe225_thisChain4() {
        new Cases().thisChain4();
    }

    void thisChain4() {
        node = chain(2);
        node.next.next.next.value = 1;
    }

    static void npe226_thisChain5() {
        new Cases().thisChain5();
    }

    void thisChain5() {
        node = chain(3);
        node.next.next.next.next.value = 1;
    }

    static void npe227_newArrayElement() {
        (new String[2][1])[1][0].length();
    }

    static void npe228_castNewArray() {
        ((Node[][]) new Node[1][])[0][0] = null;
    }

    static void npe229_ternaryNullBranch() {
        Node a = null;
        (flag ? a : null).getNext();
    }

    // ---- class names ----------------------------------------------------------------

    static void npe230_arrayClone() {
        String[] a = id(null);
        a.clone();
    }

    static void npe231_wrapperParamTypes() {
        wrappers(null, null, null, null).hashCode();
    }

    static Object wrappers(Integer i, CharSequence cs, Class<?> c, Object[][] oo, String... rest) {
        return null;
    }

    static void npe232_interfaceStatic() {
        Shape.none().area();
    }

    static void npe233_superCall() {
        new Sub().viaSuper();
    }

    String nothing() {
        return null;
    }

    static class Sub extends Cases {
        int viaSuper() {
            return super.nothing().length();
        }
    }

    static void npe234_privateReturn() {
        new Cases().hiddenText().length();
    }

    private String hiddenText() {
        return null;
    }

    static void npe235_staticInitializer() {
        try {
            int x = Late.X;
        } catch (ExceptionInInitializerError e) {
            throw (NullPointerException) e.getCause();
        }
    }

    static class Late {
        static int X;
        static String S;

        static {
            X = S.length();
        }
    }

    static void npe236_classObject() {
        Class<?> c = id(null);
        c.getName();
    }
}
