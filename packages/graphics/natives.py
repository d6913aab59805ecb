"""Natives of lcdui's Graphics, Font and Image: thin adapters from the Java calls
to the rasterizer (raster.pyx), the bundled font (font.py) and the PNG decoder (png.py)."""

from array import array

from kvm_core.natives.registry import NativeTable
from packages.graphics import font as fonts
from packages.graphics import png, raster

NATIVES = NativeTable()
native = NATIVES.native

G = 'javax/microedition/lcdui/Graphics.'
DEST = '[IIIIIII'        # the destination: int[] pixels, w, h, then the clip cx1, cy1, cx2, cy2


def shape(signature, draw):
    """Register a Graphics shape native that passes its arguments straight to raster."""
    NATIVES[G + signature] = lambda vm, *args: draw(*args)


shape('nDrawLine(' + DEST + 'IIIIIZ)V', raster.draw_line)
shape('nFillRect(' + DEST + 'IIIII)V', raster.fill_rect)
shape('nDrawRect(' + DEST + 'IIIIIZ)V', raster.draw_rect)
shape('nDrawRoundRect(' + DEST + 'IIIIIIIZ)V', raster.draw_round_rect)
shape('nFillRoundRect(' + DEST + 'IIIIIII)V', raster.fill_round_rect)
shape('nFillArc(' + DEST + 'IIIIIII)V', raster.fill_arc)
shape('nDrawArc(' + DEST + 'IIIIIIIZ)V', raster.draw_arc)
shape('nDrawRegion(' + DEST + '[IIIIIIIIIIZ)V', raster.draw_region)
shape('nDrawRGB(' + DEST + '[IIIIIIIZ)V', raster.draw_rgb)
shape('nCopyArea(' + DEST + 'IIIIII)V', raster.copy_area)


@native(G + 'nFillTriangle(' + DEST + 'IIIIIII)V')
def fill_triangle(vm, dst, w, h, cx1, cy1, cx2, cy2, x1, y1, x2, y2, x3, y3, rgb):
    """The interior, and (as MIDP says) the lines connecting each pair of points."""
    clip = (dst, w, h, cx1, cy1, cx2, cy2)
    raster.fill_triangle(*clip, x1, y1, x2, y2, x3, y3, rgb)
    for ax, ay, bx, by in ((x1, y1, x2, y2), (x2, y2, x3, y3), (x3, y3, x1, y1)):
        raster.draw_line(*clip, ax, ay, bx, by, rgb, False)


@native(G + 'nDrawString([IIIIIIILjava/lang/String;IIIIII)V')
def draw_string(vm, dst, w, h, cx1, cy1, cx2, cy2, s, x, y, rgb, face, style, size):
    font = fonts.get_font(face, style, size)
    if y >= cy2 or y + font.height <= cy1:
        return
    text, x = visible_part(font, vm.to_pystr(s), x, cx1, cx2)
    mask, mw, mh = font.render(text)
    if mw:
        raster.draw_mask(dst, w, h, cx1, cy1, cx2, cy2, mask, mw, mh, x, y, rgb)


def visible_part(font, text, x, cx1, cx2):
    """The characters of text drawn at x whose advances meet the clip [cx1, cx2), and
    where the first of them starts (each glyph's ink lies within its advance)."""
    start = 0
    while start < len(text) and x + font.char_width(ord(text[start])) <= cx1:
        x += font.char_width(ord(text[start]))
        start += 1
    end, right = start, x
    while end < len(text) and right < cx2:
        right += font.char_width(ord(text[end]))
        end += 1
    return text[start:end], x


@native('javax/microedition/lcdui/Font.metric(IIII)I')
def font_metric(vm, face, style, size, which):
    f = fonts.get_font(face, style, size)
    return f.height if which == 0 else f.baseline


@native('javax/microedition/lcdui/Font.width(IIILjava/lang/String;)I')
def font_width(vm, face, style, size, s):
    return fonts.get_font(face, style, size).string_width(vm.to_pystr(s))


@native('javax/microedition/lcdui/Image.decodePNG([BII[I)[I')
def decode_png(vm, data, offset, length, info):
    raw = data.to_bytes()[offset:offset + length]
    try:
        width, height, pixels, has_alpha = png.decode(raw)
    except png.PNGError as e:
        vm.throw('java/lang/IllegalArgumentException', 'not a valid PNG image: %s' % e)
    out = vm.allocate_array(vm.prim_array_classes[10], width * height)
    out.set_bytes(0, array('i', pixels).tobytes())
    info.set_item(0, width)
    info.set_item(1, height)
    info.set_item(2, 1 if has_alpha else 0)
    return out
