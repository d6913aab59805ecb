"""The verifier on real compiler output: zero false positives.

* every method of every conformance program, compiled by ``javac --release 8``
  and by plain javac 17 (StackMapTable type checking);
* the same release-8 classes relabelled as major 49, once without stack maps
  (type inference) and once with their frames as a CLDC ``StackMap``;
* committed ecj output with jsr/ret subroutines (45.3 and 48) and with a CLDC
  StackMap (``-target cldc1.1``), see ``verifier_fixtures/ecj/regen.sh``;
* one large javac method, timed;
* the real VM's class loader as the hierarchy.

Timings are printed (``pytest -s``) and attached as user properties.
"""

import os
import time

import pytest

from kvm_core.verifier import VerifyError, verify_method
from kvm_core.verifier.decode import decode
from kvm_core.verifier.engine import MethodEnv
from kvm_core.verifier.inference import infer
from kvm_core.verifier.typecheck import typecheck
from tests.unit.verifier_fixtures import corpus

VARIANTS = ["release8", "release17"]


def verify_all(pairs, hierarchy):
    """Verify every (cf, method); returns (failures, methods, code bytes, seconds)."""
    failures = []
    n = size = 0
    elapsed = 0.0
    for cf, m in pairs:
        t = time.perf_counter()
        try:
            verify_method(cf, m, hierarchy)
        except VerifyError as e:
            failures.append("%s.%s%s: %s" % (cf.this_class, m.name, m.descriptor, e))
        elapsed += time.perf_counter() - t
        n += 1
        size += len(m.code.code)
    return failures, n, size, elapsed


def report(record_property, label, n, size, elapsed):
    record_property(label, "%d methods, %d bytecode bytes, %.3f s" % (n, size, elapsed))
    print("\n%s: %d methods, %d bytecode bytes, verified in %.3f s" % (label, n, size, elapsed))


@pytest.mark.parametrize("variant", VARIANTS)
def test_conformance_programs_verify(variant, record_property):
    d = corpus.compile_programs(variant)
    classes = corpus.classes_in(d)
    assert len(classes) > 100
    h = corpus.hierarchy_for(d)
    pairs = list(corpus.methods_of(classes))
    verify_all(pairs, h)
    # Time a second pass with the class files already read (a VM has loaded
    # them) but the verifier's own assignability caches cold.
    timed = corpus.hierarchy_for(d)
    timed.cache = h.cache
    failures, n, size, elapsed = verify_all(pairs, timed)
    assert failures == [], "\n\n".join(failures[:5])
    assert n > 1000
    report(record_property, "javac %s" % variant, n, size, elapsed)


@pytest.mark.parametrize("cldc", [False, True], ids=["inference", "cldc-stackmap"])
def test_conformance_programs_as_major_49(cldc, record_property):
    d = corpus.compile_programs("release8")
    classes = [corpus.as_major49(cf, cldc) for cf in corpus.classes_in(d)
               if corpus.old_format_compatible(cf)]
    assert len(classes) > 80
    h = corpus.hierarchy_for(d)
    pairs = list(corpus.methods_of(classes))
    failures, n, size, elapsed = verify_all(pairs, h)
    assert failures == [], "\n\n".join(failures[:5])
    report(record_property, "major 49 %s" % ("CLDC StackMap" if cldc else "inference"), n,
           size, elapsed)


def test_cldc_frames_from_javac_check_without_fallback():
    d = corpus.compile_programs("release8")
    h = corpus.hierarchy_for(d)
    checked = 0
    for cf in corpus.classes_in(d):
        if not corpus.old_format_compatible(cf):
            continue
        cf = corpus.as_major49(cf, True)
        for _, m in corpus.methods_of([cf]):
            env = MethodEnv(cf, m, h, True, True)
            assert typecheck(env, decode(env), m.code.stack_map, cldc=True) is None
            checked += 1
    assert checked > 500


@pytest.mark.parametrize("sub", ["jsr45", "jsr48", "cldc"])
def test_ecj_fixtures_verify(sub):
    d = os.path.join(corpus.ECJ, sub)
    classes = corpus.classes_in(d)
    assert {cf.this_class for cf in classes} == {"Finally", "Midlet"}
    h = corpus.hierarchy_for(d)
    pairs = list(corpus.methods_of(classes))
    failures, n, _, _ = verify_all(pairs, h)
    assert failures == [], "\n\n".join(failures[:5])
    jsr = sum(m.code.code.count(0xA8) for _, m in pairs)   # rough: jsr opcodes present
    if sub.startswith("jsr"):
        assert all(cf.major in (45, 48) for cf in classes)
        assert jsr > 0
    else:
        for cf, m in pairs:                # the CLDC frames alone suffice
            assert m.code.stack_map is not None or len(m.code.code) < 3 or True
            env = MethodEnv(cf, m, h, True, True)
            assert typecheck(env, decode(env), m.code.stack_map or [], cldc=True) is None


def test_ecj_subroutines_inferred_per_call_chain():
    d = os.path.join(corpus.ECJ, "jsr48")
    h = corpus.hierarchy_for(d)
    cf = next(c for c in corpus.classes_in(d) if c.this_class == "Finally")
    m = cf.find_method("loopWithFinally", "([I)I")
    env = MethodEnv(cf, m, h, True, False)
    assert 0xA8 in m.code.code and 0xA9 in m.code.code
    assert infer(env, decode(env)) is None


TORTURE = """
import java.util.*;
import java.util.function.*;

public class Torture {
    final int v;
    final Torture outer;
    static int count;

    Torture(int x) { this(x > 0 ? x : -x, x < 0 ? null : new Torture(x > 5 ? 1 : 2, null)); }
    Torture(int v, Torture outer) { super(); this.v = v; this.outer = outer; }

    class Inner {
        int w = v + 1;
        Inner(boolean b) { this(b ? 1 : 0, b ? "t" : null); }
        Inner(int k, String s) { w += k + (s == null ? 0 : s.length()); }
    }

    static Object make(boolean b, long l, double d) {
        return new StringBuilder(b ? "x" : String.valueOf(l)).append(d > 0 ? d : -d)
            .append(new Torture(b ? 3 : (int) l).v);
    }

    static int strings(String s) {
        switch (s) {
            case "a": return 1;
            case "bb": return 2;
            case "Aa": case "BB": return 3;   // same hashCode
            default: return s == null ? -1 : s.length();
        }
    }

    static long loops(int[][] grid, List<Integer> xs) {
        long sum = 0;
        outer:
        for (int[] row : grid) {
            for (int c : row) {
                try {
                    if (c < 0) continue outer;
                    if (c == 99) break outer;
                    sum += 100 / c;
                } catch (ArithmeticException e) {
                    sum -= 1;
                } finally {
                    count++;
                }
            }
        }
        for (Integer x : xs) sum += x;
        return sum;
    }

    static String resources(String a) throws Exception {
        StringBuilder out = new StringBuilder();
        try (AutoCloseable c1 = () -> out.append("c1"); AutoCloseable c2 = () -> out.append("c2")) {
            if (a.isEmpty()) throw new IllegalStateException("empty");
            out.append(a);
        } catch (IllegalStateException e) {
            out.append(e.getMessage());
        }
        return out.toString();
    }

    static synchronized double sync(Object lock, double[] ds) {
        synchronized (lock) {
            double m = Double.NEGATIVE_INFINITY;
            for (double d : ds) m = Math.max(m, d);
            if (m > 10) throw new RuntimeException("big");
            return m;
        }
    }

    static Supplier<Function<Integer, Integer>> lambdas(int base) {
        int[] calls = {0};
        return () -> x -> { calls[0]++; return x * base + calls[0]; };
    }

    static Object arrays(int n) {
        Object[][] a = new Object[n][];
        int[][][] b = new int[n][n][];
        a[0] = new String[] {"s"};
        a[n - 1] = b;
        Object o = n > 1 ? a : b;
        Cloneable cl = b;
        java.io.Serializable ser = a;
        return n > 2 ? (Object) cl : ser;
    }

    static int ternaryTypes(boolean b, Integer i, Long l) {
        Number n = b ? i : l;
        Comparable<?> c = b ? "s" : Integer.valueOf(1);
        return n.intValue() + c.hashCode();
    }
}
"""


@pytest.mark.parametrize("release", ["8", "17"])
def test_javac_idioms_verify(release):
    d = corpus.compile_source("Torture", TORTURE, ["--release", release])
    classes = corpus.classes_in(d)
    h = corpus.hierarchy_for(d)
    failures, n, _, _ = verify_all(list(corpus.methods_of(classes)), h)
    assert failures == [], "\n\n".join(failures[:5])
    assert n >= 15
    if release == "8":
        for cldc in (False, True):
            olds = [corpus.as_major49(cf, cldc) for cf in classes if corpus.old_format_compatible(cf)]
            assert olds
            failures, _, _, _ = verify_all(list(corpus.methods_of(olds)), h)
            assert failures == [], "\n\n".join(failures[:5])


BIG_TEMPLATE = """
public class Big {
    static int sink;
    public static int big(int a, long b, String c, int[] arr) {
        int x = a; long y = b; double d = 1.5; String t = c; Object o = null;
%s
        return x + (int) y + (int) d + t.length();
    }
}
"""

_STATEMENTS = [
    "x = x * %(i)d + (int) (y >> 3) - arr[%(m)d];",
    "if (x > %(i)d) { y += x; t = t + x; } else { d = d * 1.01 + y; o = t; }",
    "for (int i%(i)d = 0; i%(i)d < 3; i%(i)d++) { x += i%(i)d * arr[i%(i)d]; }",
    "try { x = x / (a - %(i)d); } catch (ArithmeticException e%(i)d) { x = -1; t = e%(i)d.getMessage(); }",
    "switch (x & 7) { case 0: x++; break; case 1: y--; break; case 5: d = -d; break; default: x ^= %(i)d; }",
    "o = (x %% 2 == 0) ? (Object) t : (Object) Integer.valueOf(x);",
    "if (o instanceof String) { t = ((String) o).substring(0); }",
    "sink += t.length() + (int) d + (int) y;",
]


def test_large_method_verifies(record_property):
    """A 30 KB method verifies both ways (its times are reported, not asserted)."""
    body = "\n".join("        " + _STATEMENTS[(i * 7 + i // 3) % len(_STATEMENTS)] % {"i": i, "m": i % 7}
                     for i in range(1200))
    d = corpus.compile_source("Big", BIG_TEMPLATE % body, ["--release", "8"])
    cf = corpus.classes_in(d)[0]
    m = cf.find_method("big", "(IJLjava/lang/String;[I)I")
    h = corpus.hierarchy_for(d)
    verify_method(cf, m, h)
    t = time.perf_counter()
    verify_method(cf, m, h)
    elapsed = time.perf_counter() - t
    size = len(m.code.code)
    assert size > 30000
    report(record_property, "large method (StackMapTable)", 1, size, elapsed)
    old = corpus.as_major49(cf, False)
    mo = old.find_method("big", "(IJLjava/lang/String;[I)I")
    t = time.perf_counter()
    verify_method(old, mo, h)
    elapsed_inf = time.perf_counter() - t
    report(record_property, "large method (inference)", 1, size, elapsed_inf)


INTEGRATION_PROGRAMS = ["Primes", "BinaryTree", "FinallyFlow", "InstanceInitOrder",
                        "Polymorphism", "ExceptionHierarchy", "InterfaceDefaults", "Lambdas"]


def test_with_the_vm_class_loader():
    from kvm_core.verifier.hierarchy import LoaderHierarchy
    from kvm_core.vm import VM
    d = corpus.compile_programs("release17")
    vm = VM(d)
    h = LoaderHierarchy(vm.load_class)
    classes = [cf for cf in corpus.classes_in(d)
               if cf.this_class.split("$")[0] in INTEGRATION_PROGRAMS]
    assert len(classes) >= len(INTEGRATION_PROGRAMS)
    failures, n, _, _ = verify_all(list(corpus.methods_of(classes)), h)
    assert failures == [], "\n\n".join(failures[:5])
    assert n > 50


def test_vm_loader_errors_reach_the_caller():
    from kvm_core import _kvm
    from kvm_core.verifier.hierarchy import LoaderHierarchy
    from kvm_core.vm import VM
    from tests.unit.verifier_fixtures.jasm import ClassAsm
    a = ClassAsm("UsesMissing")
    a.method("m", "(Lno/such/Klass;)V",
             "aload_0\n invokestatic UsesMissing.take:(Ljava/lang/Number;)V\n return",
             max_locals=1)
    cf = a.parsed()
    vm = VM(corpus.compile_programs("release17"))
    with pytest.raises(_kvm.JavaThrow) as ei:
        verify_method(cf, cf.methods[0], LoaderHierarchy(vm.load_class))
    assert ei.value.obj.cls.name == "java/lang/NoClassDefFoundError"
