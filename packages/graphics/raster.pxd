# Shared C-level helpers of packages.graphics.raster, for other Cython modules to cimport.

cimport cython


@cython.cdivision(True)
cdef inline int blend(int dst_pixel, int src_argb) noexcept nogil:
    """Source-over of src_argb (alpha a = its top byte) onto the opaque dst_pixel.

    Per channel: c = (s * a + d * (255 - a) + 127) // 255, the exact rounded
    value; the result is opaque (alpha 0xFF), as the destination was.
    a = 255 gives s exactly, a = 0 gives d exactly.
    """
    cdef int a = (src_argb >> 24) & 0xFF
    cdef int na = 255 - a
    cdef int r = (((src_argb >> 16) & 0xFF) * a + ((dst_pixel >> 16) & 0xFF) * na + 127) // 255
    cdef int g = (((src_argb >> 8) & 0xFF) * a + ((dst_pixel >> 8) & 0xFF) * na + 127) // 255
    cdef int b = ((src_argb & 0xFF) * a + (dst_pixel & 0xFF) * na + 127) // 255
    return -0x1000000 | (r << 16) | (g << 8) | b
