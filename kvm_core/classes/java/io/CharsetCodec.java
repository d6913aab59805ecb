package java.io;

/**
 * The charsets of InputStreamReader and OutputStreamWriter: UTF-8, ISO-8859-1 and US-ASCII
 * (by their names and aliases, as String knows them). Decoding replaces malformed input with
 * U+FFFD the way the JDK's decoders do: for UTF-8 each maximal prefix of a valid sequence, and
 * each encoded surrogate, is one malformed unit. Encoding replaces unmappable characters and
 * lone surrogates with '?'.
 */
final class CharsetCodec {
    static final int UTF8 = 0;
    static final int ISO_8859_1 = 1;
    static final int US_ASCII = 2;

    private CharsetCodec() {
    }

    /** Identifies the charset by how String encodes U+00E9 in it. */
    static int charsetOf(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        byte[] probe = "\u00e9".getBytes(charsetName);
        if (probe.length == 2) {
            return UTF8;
        }
        return probe[0] == (byte) 0xE9 ? ISO_8859_1 : US_ASCII;
    }

    /** The historical name getEncoding() reports. */
    static String historicalName(int charset) {
        switch (charset) {
            case UTF8:
                return "UTF8";
            case ISO_8859_1:
                return "ISO8859_1";
            default:
                return "ASCII";
        }
    }

    /** A decoder: decode() consumes bytes from src[pos..end) into chars. */
    static final class Decoder {
        private final int charset;
        /** Position in the source after the last decode call. */
        int pos;
        /** Whether the last decode call stopped for lack of room for a surrogate pair. */
        boolean overflow;

        Decoder(int charset) {
            this.charset = charset;
        }

        /**
         * Decodes src[pos, end) into dst[off, dstEnd) and returns the number of chars written.
         * Stops early when dst is full (a surrogate pair is never split) or, unless eof, at a
         * sequence that is incomplete but might still become valid.
         */
        int decode(byte[] src, int end, char[] dst, int off, int dstEnd, boolean eof) {
            int i = pos;
            int n = off;
            overflow = false;
            if (charset != UTF8) {
                while (i < end && n < dstEnd) {
                    int b = src[i++] & 0xff;
                    dst[n++] = (charset == ISO_8859_1 || b < 0x80) ? (char) b : '\uFFFD';
                }
                pos = i;
                return n - off;
            }
            while (i < end && n < dstEnd) {
                int b1 = src[i] & 0xff;
                if (b1 < 0x80) {
                    dst[n++] = (char) b1;
                    i++;
                    continue;
                }
                int need;
                int lo = 0x80;
                int hi = 0xBF;
                if (b1 >= 0xC2 && b1 <= 0xDF) {
                    need = 1;
                } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                    need = 2;
                    if (b1 == 0xE0) {
                        lo = 0xA0;
                    }
                } else if (b1 >= 0xF0 && b1 <= 0xF4) {
                    need = 3;
                    if (b1 == 0xF0) {
                        lo = 0x90;
                    } else if (b1 == 0xF4) {
                        hi = 0x8F;
                    }
                } else {
                    dst[n++] = '\uFFFD';
                    i++;
                    continue;
                }
                int cp = b1 & (0x3F >> need);
                int j = i + 1;
                int got = 0;
                while (got < need && j < end) {
                    int bj = src[j] & 0xff;
                    if (got == 0 ? (bj < lo || bj > hi) : (bj < 0x80 || bj > 0xBF)) {
                        break;
                    }
                    cp = (cp << 6) | (bj & 0x3F);
                    got++;
                    j++;
                }
                if (got < need) {
                    if (j == end && !eof) {
                        break; // wait for more input
                    }
                    dst[n++] = '\uFFFD';
                    i = j;
                    continue;
                }
                if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                    dst[n++] = '\uFFFD';
                } else if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    if (n + 2 > dstEnd) {
                        overflow = true;
                        break;
                    }
                    dst[n++] = Character.highSurrogate(cp);
                    dst[n++] = Character.lowSurrogate(cp);
                } else {
                    dst[n++] = (char) cp;
                }
                i = j;
            }
            pos = i;
            return n - off;
        }
    }

    /** An encoder that keeps a trailing high surrogate until the next call. */
    static final class Encoder {
        private final int charset;
        /** A high surrogate waiting for its low half (0: none). */
        char pendingHigh;

        Encoder(int charset) {
            this.charset = charset;
        }

        /** The most bytes one char can produce (a pair gives 4 for two chars). */
        int maxBytesPerChar() {
            return charset == UTF8 ? 3 : 1;
        }

        /**
         * Encodes c into dst at off and returns the number of bytes written, or -1 if dst has
         * too little room (nothing is consumed then).
         */
        int encode(char c, byte[] dst, int off, int dstEnd) {
            int room = dstEnd - off;
            if (pendingHigh != 0) {
                char high = pendingHigh;
                if (Character.isLowSurrogate(c)) {
                    if (charset != UTF8) {
                        if (room < 1) {
                            return -1;
                        }
                        pendingHigh = 0;
                        dst[off] = (byte) '?';
                        return 1;
                    }
                    if (room < 4) {
                        return -1;
                    }
                    pendingHigh = 0;
                    int cp = Character.toCodePoint(high, c);
                    dst[off] = (byte) (0xF0 | (cp >> 18));
                    dst[off + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    dst[off + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    dst[off + 3] = (byte) (0x80 | (cp & 0x3F));
                    return 4;
                }
                // The pending high surrogate was alone: '?' for it, then c itself.
                if (room < 1 + encodedLength(c)) {
                    return -1;
                }
                pendingHigh = 0;
                dst[off] = (byte) '?';
                int k = encode(c, dst, off + 1, dstEnd);
                return 1 + k;
            }
            if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
                return 0;
            }
            int len = encodedLength(c);
            if (room < len) {
                return -1;
            }
            if (Character.isLowSurrogate(c)) {
                dst[off] = (byte) '?';
            } else if (charset != UTF8) {
                int max = charset == ISO_8859_1 ? 0xFF : 0x7F;
                dst[off] = c <= max ? (byte) c : (byte) '?';
            } else if (c < 0x80) {
                dst[off] = (byte) c;
            } else if (c < 0x800) {
                dst[off] = (byte) (0xC0 | (c >> 6));
                dst[off + 1] = (byte) (0x80 | (c & 0x3F));
            } else {
                dst[off] = (byte) (0xE0 | (c >> 12));
                dst[off + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
                dst[off + 2] = (byte) (0x80 | (c & 0x3F));
            }
            return len;
        }

        private int encodedLength(char c) {
            if (charset != UTF8 || c < 0x80 || Character.isSurrogate(c)) {
                return 1;
            }
            return c < 0x800 ? 2 : 3;
        }
    }
}
