"""Access-flag rules of JVMS §4.1 (classes), §4.5 (fields), §4.6 (methods).

Each function returns the (possibly adjusted) flags, or calls ``ctx.fail``.
Adjustments follow the JVMS compatibility rules: before version 50 an
interface without ACC_ABSTRACT is treated as abstract, and before version 51
the flags of <clinit> are ignored (it is treated as static).
"""

from .flags import (ACC_ABSTRACT, ACC_ANNOTATION, ACC_BRIDGE, ACC_ENUM, ACC_FINAL,
                    ACC_INTERFACE, ACC_MODULE, ACC_NATIVE, ACC_PRIVATE, ACC_PROTECTED,
                    ACC_PUBLIC, ACC_STATIC, ACC_STRICT, ACC_SUPER, ACC_SYNCHRONIZED,
                    ACC_TRANSIENT, ACC_VOLATILE)

__all__ = ["check_class_flags", "check_field_flags", "check_method_flags"]

_VISIBILITY = ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED


def _more_than_one_visibility(flags):
    v = flags & _VISIBILITY
    return v & (v - 1) != 0


def check_class_flags(ctx, flags):
    major = ctx.major
    if flags & ACC_MODULE and major >= 53:
        return flags                # module-info: no class modifiers to check
    if flags & ACC_INTERFACE and major < 50:
        flags |= ACC_ABSTRACT
    is_interface = flags & ACC_INTERFACE
    is_abstract = flags & ACC_ABSTRACT
    if ((is_abstract and flags & ACC_FINAL)
            or (is_interface and not is_abstract)
            or (is_interface and major >= 49 and flags & (ACC_SUPER | ACC_ENUM))
            or (is_interface and flags & ACC_MODULE)
            or (not is_interface and major >= 49 and flags & ACC_ANNOTATION)):
        ctx.fail(f"Illegal class modifiers in class {{cls}}: 0x{flags:X}")
    return flags


def check_field_flags(ctx, flags, is_interface, name):
    if is_interface:
        required = ACC_PUBLIC | ACC_STATIC | ACC_FINAL
        if flags & required != required or flags & (ACC_PRIVATE | ACC_PROTECTED | ACC_VOLATILE
                                                     | ACC_TRANSIENT | ACC_ENUM):
            ctx.fail(f"Illegal field modifiers in class {{cls}}: 0x{flags:X} (field {name})")
    elif _more_than_one_visibility(flags) or (flags & ACC_FINAL and flags & ACC_VOLATILE):
        ctx.fail(f"Illegal field modifiers in class {{cls}}: 0x{flags:X} (field {name})")
    return flags


def check_method_flags(ctx, flags, is_interface, name, descriptor):
    major = ctx.major
    if name == "<clinit>" and (descriptor == "()V" or major >= 51):
        if major < 51:
            return ACC_STATIC
        if not flags & ACC_STATIC:
            ctx.fail("Method <clinit> is not static in class file {cls}")
        return flags
    is_abstract = flags & ACC_ABSTRACT
    strict_matters = 46 <= major <= 60
    bad = _more_than_one_visibility(flags)
    if is_interface:
        if name == "<init>":
            ctx.fail("Interface cannot have a method named <init>, class file {cls}")
        if major < 52:
            bad = bad or (flags & (ACC_PUBLIC | ACC_ABSTRACT) != (ACC_PUBLIC | ACC_ABSTRACT)
                          or flags & (ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL
                                      | ACC_SYNCHRONIZED | ACC_NATIVE | ACC_STRICT))
        else:
            bad = bad or (not flags & (ACC_PUBLIC | ACC_PRIVATE)
                          or flags & (ACC_PROTECTED | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE)
                          or (is_abstract and (flags & (ACC_PRIVATE | ACC_STATIC)
                                               or (strict_matters and flags & ACC_STRICT))))
    elif name == "<init>":
        bad = bad or flags & (ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE
                              | ACC_ABSTRACT | ACC_BRIDGE)
    elif is_abstract:
        bad = bad or (flags & (ACC_PRIVATE | ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED
                               | ACC_NATIVE) or (strict_matters and flags & ACC_STRICT))
    if bad:
        ctx.fail(f"Method {name} in class {{cls}} has illegal modifiers: 0x{flags:X}")
    return flags

