package javax.microedition.lcdui;

/**
 * A font of Kava's bundled bitmap typeface (packages/graphics/fonts): the same glyphs and
 * metrics on every machine. Widths are advances: text drawn at x ends at x + stringWidth.
 */
public final class Font {
    public static final int STYLE_PLAIN = 0;
    public static final int STYLE_BOLD = 1;
    public static final int STYLE_ITALIC = 2;
    public static final int STYLE_UNDERLINED = 4;
    public static final int SIZE_SMALL = 8;
    public static final int SIZE_MEDIUM = 0;
    public static final int SIZE_LARGE = 16;
    public static final int FACE_SYSTEM = 0;
    public static final int FACE_MONOSPACE = 32;
    public static final int FACE_PROPORTIONAL = 64;
    public static final int FONT_STATIC_TEXT = 0;
    public static final int FONT_INPUT_TEXT = 1;

    private static final Font DEFAULT = new Font(FACE_SYSTEM, STYLE_PLAIN, SIZE_MEDIUM);

    private final int face;
    private final int style;
    private final int size;
    private final int height;
    private final int baseline;

    private Font(int face, int style, int size) {
        this.face = face;
        this.style = style;
        this.size = size;
        this.height = metric(face, style, size, 0);
        this.baseline = metric(face, style, size, 1);
    }

    public static Font getDefaultFont() {
        return DEFAULT;
    }

    public static Font getFont(int fontSpecifier) {
        if (fontSpecifier != FONT_STATIC_TEXT && fontSpecifier != FONT_INPUT_TEXT) {
            throw new IllegalArgumentException("invalid font specifier " + fontSpecifier);
        }
        return DEFAULT;
    }

    public static Font getFont(int face, int style, int size) {
        if (face != FACE_SYSTEM && face != FACE_MONOSPACE && face != FACE_PROPORTIONAL) {
            throw new IllegalArgumentException("invalid font face " + face);
        }
        if ((style & ~(STYLE_BOLD | STYLE_ITALIC | STYLE_UNDERLINED)) != 0) {
            throw new IllegalArgumentException("invalid font style " + style);
        }
        if (size != SIZE_SMALL && size != SIZE_MEDIUM && size != SIZE_LARGE) {
            throw new IllegalArgumentException("invalid font size " + size);
        }
        if (face == FACE_SYSTEM && style == STYLE_PLAIN && size == SIZE_MEDIUM) {
            return DEFAULT;
        }
        return new Font(face, style, size);
    }

    public int getStyle() {
        return style;
    }

    public int getSize() {
        return size;
    }

    public int getFace() {
        return face;
    }

    public boolean isPlain() {
        return style == STYLE_PLAIN;
    }

    public boolean isBold() {
        return (style & STYLE_BOLD) != 0;
    }

    public boolean isItalic() {
        return (style & STYLE_ITALIC) != 0;
    }

    public boolean isUnderlined() {
        return (style & STYLE_UNDERLINED) != 0;
    }

    public int getHeight() {
        return height;
    }

    public int getBaselinePosition() {
        return baseline;
    }

    public int charWidth(char ch) {
        return stringWidth(String.valueOf(ch));
    }

    public int charsWidth(char[] ch, int offset, int length) {
        if (ch == null) {
            throw new NullPointerException();
        }
        if (offset < 0 || length < 0 || offset > ch.length - length) {
            throw new ArrayIndexOutOfBoundsException("chars " + offset + "+" + length + " of " + ch.length);
        }
        return stringWidth(new String(ch, offset, length));
    }

    public int stringWidth(String str) {
        if (str == null) {
            throw new NullPointerException();
        }
        return width(face, style, size, str);
    }

    public int substringWidth(String str, int offset, int len) {
        if (str == null) {
            throw new NullPointerException();
        }
        if (offset < 0 || len < 0 || offset > str.length() - len) {
            throw new StringIndexOutOfBoundsException("substring " + offset + "+" + len + " of " + str.length());
        }
        return stringWidth(str.substring(offset, offset + len));
    }

    /** which 0: the line height, 1: the baseline position. */
    private static native int metric(int face, int style, int size, int which);

    private static native int width(int face, int style, int size, String s);
}
