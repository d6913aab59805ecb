"""Kava class-file parser (JVMS §4, class file versions 45.0 to 65.x).

    from kvm_core.classfile import parse_class, ClassFormatError
    cf = parse_class(data, name_hint="java/lang/String")

Binary layouts are construct schemas (``schemas.py``, one per JVMS table);
the constant pool is read by a tight loop (``constant_pool.py``).  All
symbolic references are resolved to strings at parse time.  ``writer.py``
serializes a ClassFile back (used by tests and the fuzzer).
"""

from .constant_pool import (CpClass, CpDouble, CpDynamic, CpEntry, CpFieldref, CpFloat,
                            CpInteger, CpInterfaceMethodref, CpInvokeDynamic, CpLong,
                            CpMethodHandle, CpMethodref, CpMethodType, CpModule,
                            CpNameAndType, CpPackage, CpString, CpUtf8)
from .descriptors import (is_valid_class_name, is_valid_field_descriptor,
                          is_valid_method_descriptor, is_valid_method_name,
                          is_valid_unqualified_name, method_arg_slots,
                          parse_method_descriptor)
from .errors import ClassFormatError, UnsupportedClassVersionError
from .flags import *  # noqa: F401,F403 - ACC_* constants
from .model import (BootstrapMethod, ClassFile, CodeAttribute, EnclosingMethod,
                    ExceptionHandler, FieldInfo, InnerClassInfo, LocalVariable, MethodInfo,
                    RawAttribute, StackMapFrame)
from .mutf8 import decode_modified_utf8, encode_modified_utf8
from .parser import MAX_MAJOR, MIN_MAJOR, parse_class

__all__ = [
    "parse_class", "ClassFormatError", "UnsupportedClassVersionError",
    "ClassFile", "FieldInfo", "MethodInfo", "CodeAttribute", "ExceptionHandler",
    "LocalVariable", "StackMapFrame", "InnerClassInfo", "EnclosingMethod",
    "BootstrapMethod", "RawAttribute",
    "CpEntry", "CpUtf8", "CpInteger", "CpFloat", "CpLong", "CpDouble", "CpClass",
    "CpString", "CpFieldref", "CpMethodref", "CpInterfaceMethodref", "CpNameAndType",
    "CpMethodHandle", "CpMethodType", "CpDynamic", "CpInvokeDynamic", "CpModule",
    "CpPackage",
    "parse_method_descriptor", "is_valid_field_descriptor", "is_valid_method_descriptor",
    "is_valid_method_name", "is_valid_unqualified_name", "is_valid_class_name",
    "method_arg_slots", "decode_modified_utf8", "encode_modified_utf8",
    "MIN_MAJOR", "MAX_MAJOR",
]
