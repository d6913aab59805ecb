# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
# cython: initializedcheck=False, nonecheck=False
"""The KVM's compiled core: runtime structures and the interpreter, built as
one extension from included parts so calls between them stay inside one C file."""

include "opcodes.pxi"
include "objects.pxi"
include "resolved.pxi"
include "interp.pxi"
include "libm.pxi"
