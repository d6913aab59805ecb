"""Exceptions raised by the class-file parser.

``ClassFormatError`` mirrors ``java.lang.ClassFormatError``; the loader maps it
1:1 onto the Java exception, so its message is what a Java program sees.
``UnsupportedClassVersionError`` is a subclass, as in Java.
"""

__all__ = ["ClassFormatError", "UnsupportedClassVersionError"]


class ClassFormatError(Exception):
    """The bytes are not a well-formed class file (JVMS §4.8 format checking).

    ``class_name`` is the internal name of the class being parsed when known
    (from ``this_class`` or the caller's ``name_hint``), else ``None``.
    """

    def __init__(self, message, class_name=None):
        super().__init__(message)
        self.message = message
        self.class_name = class_name


class UnsupportedClassVersionError(ClassFormatError):
    """The major version is outside the range this VM accepts (45..65)."""
