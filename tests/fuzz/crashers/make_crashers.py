"""Minimized reproducers of what the class-file fuzzer found (regression
fixtures for test_crashers.py).

    python tests/fuzz/crashers/make_crashers.py           # write + ask `java`
    python tests/fuzz/crashers/make_crashers.py --check   # compare with the files

Each fuzz finding (a mutated javac class that made Kava print a Python
traceback, ``kava: internal error``, a ``Kava internal error`` InternalError,
or die by a signal) is reduced by hand to the one broken structure, built
here with the negative corpus' class writer.  ``manifest.json`` records the
original finding and what HotSpot does with the reproducer; the test expects
Kava to exit cleanly with the same Java error.
"""

import argparse
import json
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "unit" / "negative_classes"))

from classkit import ACC_PRIVATE, ACC_PUBLIC, ACC_STATIC, ACC_SYNCHRONIZED, Klass  # noqa: E402
from generate import run_java  # noqa: E402

LOOKUP = "Ljava/lang/invoke/MethodHandles$Lookup;"
MT = "Ljava/lang/invoke/MethodType;"
MH = "Ljava/lang/invoke/MethodHandle;"
CONCAT_DESC = "(%sLjava/lang/String;%sLjava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;" % (LOOKUP, MT)
META_DESC = "(%sLjava/lang/String;%s%s%s%s)Ljava/lang/invoke/CallSite;" % (LOOKUP, MT, MT, MH, MT)
REGISTRY = []


def crasher(name, found):
    def register(fn):
        REGISTRY.append((name, fn, found))
        return fn
    return register


def concat_main(args, indy_desc="(I)Ljava/lang/String;", push=(("iconst_5",),)):
    """Main: println(<indy makeConcatWithConstants with static args `args`>)."""
    k = Klass("Main", major=61)
    bsm = k.cp.method_handle(6, k.cp.method("java/lang/invoke/StringConcatFactory",
                                            "makeConcatWithConstants", CONCAT_DESC))
    arg_indexes = [a(k.cp) for a in args]
    site = k.cp.indy(0, "makeConcatWithConstants", indy_desc)
    a = k.main().asm
    a.op("getstatic", k.cp.field("java/lang/System", "out", "Ljava/io/PrintStream;"))
    for p in push:
        a.op(*p)
    a.op("invokedynamic", site, 0, 0)
    a.invoke("invokevirtual", "java/io/PrintStream", "println", "(Ljava/lang/String;)V").op("return")
    k.attrs.append(("BootstrapMethods", struct.pack(">HHH", 1, bsm, len(arg_indexes)) +
                    b"".join(struct.pack(">H", i) for i in arg_indexes)))
    return {"Main": k.build()}


@crasher("concat_recipe_is_a_class_constant",
         "cp_tag_swap / bootstrap_swap: AttributeError: 'CpClass' object has no attribute 'value' "
         "at vm.py _concat_site")
def _():
    return concat_main([lambda cp: cp.cls("Recipe")])


@crasher("concat_recipe_is_an_integer",
         "bootstrap_swap: TypeError: 'int' object is not iterable at vm.py _concat_site")
def _():
    return concat_main([lambda cp: cp.integer(7)])


@crasher("concat_recipe_has_more_slots_than_arguments",
         "bootstrap_swap: IndexError: list index out of range at vm.py concat")
def _():
    return concat_main([lambda cp: cp.string("\x01 and \x01")])


@crasher("concat_recipe_constant_without_value",
         "bootstrap_swap (recipe swapped for another recipe): IndexError in _concat_site")
def _():
    return concat_main([lambda cp: cp.string("x=\x01 \x02")])


@crasher("lambda_implementation_is_a_class_constant",
         "bootstrap_swap: AttributeError: 'CpClass' object has no attribute 'ref' at lambdas.py "
         "write_sam_method")
def _():
    k = Klass("Main", major=61)
    body = k.method("lambda$main$0", "()V", ACC_PRIVATE | ACC_STATIC)
    body.asm.println("in lambda").op("return")
    bsm = k.cp.method_handle(6, k.cp.method("java/lang/invoke/LambdaMetafactory", "metafactory", META_DESC))
    args = [k.cp.method_type("()V"), k.cp.cls("Main"), k.cp.method_type("()V")]
    site = k.cp.indy(0, "run", "()Ljava/lang/Runnable;")
    a = k.main().asm
    a.op("invokedynamic", site, 0, 0).invoke("invokeinterface", "java/lang/Runnable", "run", "()V").op("return")
    k.attrs.append(("BootstrapMethods", struct.pack(">HHH", 1, bsm, len(args)) +
                    b"".join(struct.pack(">H", i) for i in args)))
    return {"Main": k.build()}


@crasher("lambda_method_type_is_a_string",
         "bootstrap_swap on a LambdaMetafactory argument (sibling of the class-constant case)")
def _():
    k = Klass("Main", major=61)
    body = k.method("lambda$main$0", "()V", ACC_PRIVATE | ACC_STATIC)
    body.asm.println("in lambda").op("return")
    bsm = k.cp.method_handle(6, k.cp.method("java/lang/invoke/LambdaMetafactory", "metafactory", META_DESC))
    impl = k.cp.method_handle(6, k.cp.method("Main", "lambda$main$0", "()V"))
    args = [k.cp.string("()V"), impl, k.cp.method_type("()V")]
    site = k.cp.indy(0, "run", "()Ljava/lang/Runnable;")
    a = k.main().asm
    a.op("invokedynamic", site, 0, 0).invoke("invokeinterface", "java/lang/Runnable", "run", "()V").op("return")
    k.attrs.append(("BootstrapMethods", struct.pack(">HHH", 1, bsm, len(args)) +
                    b"".join(struct.pack(">H", i) for i in args)))
    return {"Main": k.build()}


@crasher("synchronized_run_of_a_thread_subclass",
         "access_flags (ACC_SYNCHRONIZED on an anonymous Thread subclass's run, seed 2026 #7784): "
         "AssertionError: thread state NEW -> BLOCKED at threads.py move.  Plain javac output of "
         "`class Main extends Thread { public synchronized void run() {...} }` does the same: "
         "Thread.start holds the thread's monitor while start0 pushes the synchronized run()")
def _():
    k = Klass("Main", "java/lang/Thread")
    k.init("java/lang/Thread")
    k.method("run", "()V", ACC_PUBLIC | ACC_SYNCHRONIZED).asm.println("ran").op("return")
    a = k.main().asm
    a.new_init("Main").op("astore_1")
    a.op("aload_1").invoke("invokevirtual", "Main", "start", "()V")
    a.op("aload_1").invoke("invokevirtual", "Main", "join", "()V")
    a.println("joined").op("return")
    return {"Main": k.build()}


def build_all():
    return {name: (fn(), found) for name, fn, found in REGISTRY}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    built = build_all()
    if a.check:
        bad = [n for n, (classes, _) in built.items()
               for c, data in classes.items() if (HERE / n / (c + ".class")).read_bytes() != data]
        print("%d crashers, %d differ %s" % (len(built), len(bad), bad))
        return 1 if bad else 0
    if shutil.which("java") is None:
        sys.exit("make_crashers.py: `java` not found: HotSpot's behaviour is recorded from it")
    manifest = {}
    for name, (classes, found) in built.items():
        d = HERE / name
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
        for c, data in classes.items():
            (d / (c + ".class")).write_bytes(data)
        hs = run_java(d, "Main")
        manifest[name] = {"main": "Main", "found_by": found, "expected": hs["error"],
                          "hotspot": {k: hs[k] for k in ("error", "message", "status", "stderr_head")}}
        print("%-48s HotSpot: %s %s" % (name, hs["error"], (hs["message"] or "")[:90]))
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
