"""Access-flag constants of JVMS §4.1 (classes), §4.5 (fields), §4.6 (methods)
and §4.7.6 (inner classes).  Several bits share a value with different meanings
depending on where they appear (e.g. 0x0020 is ACC_SUPER on a class and
ACC_SYNCHRONIZED on a method)."""

ACC_PUBLIC = 0x0001
ACC_PRIVATE = 0x0002
ACC_PROTECTED = 0x0004
ACC_STATIC = 0x0008
ACC_FINAL = 0x0010
ACC_SUPER = 0x0020          # class
ACC_SYNCHRONIZED = 0x0020   # method
ACC_VOLATILE = 0x0040       # field
ACC_BRIDGE = 0x0040         # method
ACC_TRANSIENT = 0x0080      # field
ACC_VARARGS = 0x0080        # method
ACC_NATIVE = 0x0100         # method
ACC_INTERFACE = 0x0200      # class
ACC_ABSTRACT = 0x0400       # class, method
ACC_STRICT = 0x0800         # method
ACC_SYNTHETIC = 0x1000
ACC_ANNOTATION = 0x2000     # class
ACC_ENUM = 0x4000           # class, field
ACC_MODULE = 0x8000         # class

# Flags a class file may carry on the ClassFile structure (others are ignored).
CLASS_FLAGS_MASK = (ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_INTERFACE | ACC_ABSTRACT
                    | ACC_SYNTHETIC | ACC_ANNOTATION | ACC_ENUM | ACC_MODULE)
FIELD_FLAGS_MASK = (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL
                    | ACC_VOLATILE | ACC_TRANSIENT | ACC_SYNTHETIC | ACC_ENUM)
METHOD_FLAGS_MASK = (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL
                     | ACC_SYNCHRONIZED | ACC_BRIDGE | ACC_VARARGS | ACC_NATIVE
                     | ACC_ABSTRACT | ACC_STRICT | ACC_SYNTHETIC)
INNER_CLASS_FLAGS_MASK = (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL
                          | ACC_INTERFACE | ACC_ABSTRACT | ACC_SYNTHETIC | ACC_ANNOTATION
                          | ACC_ENUM)

__all__ = [name for name in dir() if name.startswith("ACC_") or name.endswith("_MASK")]
