"""Hierarchies for verifier tests.

* :class:`DictHierarchy`: a fake built from ``{name: (super, interfaces,
  is_interface)}`` plus the few library classes the tests name.
* :class:`ClassFileHierarchy`: reads class files on demand from directories,
  jars and the JDK's ``java.base.jmod`` (the oracle for javac output, which
  was compiled against the JDK), parsing them with ``kvm_core.classfile``.

Both answer like a VM would for the verifier: any class is assignable to an
interface; a missing class raises :class:`MissingClass`.
"""

import os
import zipfile

from kvm_core.classfile import ACC_INTERFACE, parse_class

__all__ = ["DictHierarchy", "ClassFileHierarchy", "MissingClass", "jdk_base_jmod"]

_LIBRARY = {
    "java/lang/Object": (None, (), False),
    "java/lang/String": ("java/lang/Object", ("java/io/Serializable", "java/lang/CharSequence",
                                              "java/lang/Comparable"), False),
    "java/lang/Class": ("java/lang/Object", (), False),
    "java/lang/Integer": ("java/lang/Number", ("java/lang/Comparable",), False),
    "java/lang/Number": ("java/lang/Object", ("java/io/Serializable",), False),
    "java/lang/Throwable": ("java/lang/Object", ("java/io/Serializable",), False),
    "java/lang/Exception": ("java/lang/Throwable", (), False),
    "java/lang/RuntimeException": ("java/lang/Exception", (), False),
    "java/lang/Error": ("java/lang/Throwable", (), False),
    "java/lang/Math": ("java/lang/Object", (), False),
    "java/lang/System": ("java/lang/Object", (), False),
    "java/io/PrintStream": ("java/lang/Object", (), False),
    "java/lang/StringBuilder": ("java/lang/Object", ("java/lang/CharSequence",), False),
    "java/lang/Runnable": ("java/lang/Object", (), True),
    "java/lang/Cloneable": ("java/lang/Object", (), True),
    "java/io/Serializable": ("java/lang/Object", (), True),
    "java/lang/CharSequence": ("java/lang/Object", (), True),
    "java/lang/Comparable": ("java/lang/Object", (), True),
    "java/lang/invoke/MethodType": ("java/lang/Object", (), False),
    "java/lang/invoke/MethodHandle": ("java/lang/Object", (), False),
}


class MissingClass(Exception):
    """Stands for the VM's NoClassDefFoundError."""


class _Base:
    def info(self, name):
        raise NotImplementedError

    def is_interface(self, name):
        return self.info(name)[2]

    def superclass_of(self, name):
        return self.info(name)[0]

    def is_assignable(self, f, t):
        self.calls += 1
        if f == t or t == "java/lang/Object":
            return True
        if self.info(t)[2]:
            return True
        c = f
        while c is not None:
            if c == t:
                return True
            c = self.info(c)[0]
        return False


class DictHierarchy(_Base):
    def __init__(self, classes=None):
        self.classes = dict(_LIBRARY)
        if classes:
            self.classes.update(classes)
        self.calls = 0

    def info(self, name):
        try:
            return self.classes[name]
        except KeyError:
            raise MissingClass(name) from None


def jdk_base_jmod():
    """Path of the JDK's java.base.jmod (from JAVA_HOME or `javac` on PATH), or None."""
    import shutil
    homes = []
    if os.environ.get("JAVA_HOME"):
        homes.append(os.environ["JAVA_HOME"])
    javac = shutil.which("javac")
    if javac:
        homes.append(os.path.dirname(os.path.dirname(os.path.realpath(javac))))
    for h in homes:
        p = os.path.join(h, "jmods", "java.base.jmod")
        if os.path.exists(p):
            return p
    return None


class ClassFileHierarchy(_Base):
    """Classes from *sources*: directories, .jar/.jmod files (searched in order)."""

    def __init__(self, sources):
        self.sources = []
        for s in sources:
            if os.path.isdir(s):
                self.sources.append(("dir", s))
            else:
                self.sources.append(("zip", zipfile.ZipFile(s),
                                     "classes/" if s.endswith(".jmod") else ""))
        self.cache = {}
        self.calls = 0

    def read(self, name):
        for src in self.sources:
            if src[0] == "dir":
                p = os.path.join(src[1], name + ".class")
                if os.path.exists(p):
                    with open(p, "rb") as fh:
                        return fh.read()
            else:
                try:
                    return src[1].read(src[2] + name + ".class")
                except KeyError:
                    pass
        return None

    def info(self, name):
        r = self.cache.get(name)
        if r is None:
            data = self.read(name)
            if data is None:
                raise MissingClass(name)
            cf = parse_class(data, name)
            r = (cf.super_class, tuple(cf.interfaces), bool(cf.access_flags & ACC_INTERFACE))
            self.cache[name] = r
        return r
