package java.lang;

/**
 * Wraps a value of the primitive type char, and holds the Unicode character utilities.
 * The general category and the simple case mappings of code points above Latin-1 come from VM
 * natives; Latin-1 is answered from a table here, and the few Unicode properties that the
 * general category does not determine (Other_Alphabetic, Other_Lowercase, Other_Uppercase,
 * Ideographic, numeric values) are range tables below (Unicode 13, as in Java 17).
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");

    // General categories (the values returned by getType).
    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private final char value;

    @Deprecated(since = "9")
    public Character(char value) {
        this.value = value;
    }

    // ---- natives (valid code points above U+00FF only) ----

    private static native int getType0(int codePoint);

    private static native int toUpperCase0(int codePoint);

    private static native int toLowerCase0(int codePoint);

    private static native int toTitleCase0(int codePoint);

    // ---- data ----

    /** General category of U+0000..U+00FF, one char each: '0' + category. */
    private static final String LATIN1_TYPES =
            "????????????????????????????????<HHHJHHHEFHIHDHH9999999999HHIIIH"
            + "H11111111111111111111111111EHFKGK22222222222222222222222222EIFI?"
            + "????????????????????????????????<HJJJJLHKL5MI@LKLI;;K2HHK;5N;;;H"
            + "11111111111111111111111I1111111222222222222222222222222I22222222";

    /** Lazily parsed range tables: sorted pairs of first and last code point. */
    private static final class Props {
        static final int[] OTHER_ALPHABETIC = parseRanges(
            "345 5b0-5bd 5bf 5c1-5c2 5c4-5c5 5c7 610-61a 64b-657 659-65f 670 6d6-6dc "
            + "6e1-6e4 6e7-6e8 6ed 711 730-73f 7a6-7b0 816-817 81b-823 825-827 829-82c "
            + "8d4-8df 8e3-8e9 8f0-903 93a-93b 93e-94c 94e-94f 955-957 962-963 981-983 "
            + "9be-9c4 9c7-9c8 9cb-9cc 9d7 9e2-9e3 a01-a03 a3e-a42 a47-a48 a4b-a4c a51 "
            + "a70-a71 a75 a81-a83 abe-ac5 ac7-ac9 acb-acc ae2-ae3 afa-afc b01-b03 b3e-b44 "
            + "b47-b48 b4b-b4c b56-b57 b62-b63 b82 bbe-bc2 bc6-bc8 bca-bcc bd7 c00-c03 "
            + "c3e-c44 c46-c48 c4a-c4c c55-c56 c62-c63 c81-c83 cbe-cc4 cc6-cc8 cca-ccc "
            + "cd5-cd6 ce2-ce3 d00-d03 d3e-d44 d46-d48 d4a-d4c d57 d62-d63 d81-d83 dcf-dd4 "
            + "dd6 dd8-ddf df2-df3 e31 e34-e3a e4d eb1 eb4-eb9 ebb-ebc ecd f71-f81 f8d-f97 "
            + "f99-fbc 102b-1036 1038 103b-103e 1056-1059 105e-1060 1062-1064 1067-106d "
            + "1071-1074 1082-108d 108f 109a-109d 1712-1713 1732-1733 1752-1753 1772-1773 "
            + "17b6-17c8 1885-1886 18a9 1920-192b 1930-1938 1a17-1a1b 1a55-1a5e 1a61-1a74 "
            + "1abf-1ac0 1b00-1b04 1b35-1b43 1b80-1b82 1ba1-1ba9 1bac-1bad 1be7-1bf1 "
            + "1c24-1c36 1de7-1df4 24b6-24e9 2de0-2dff a674-a67b a69e-a69f a802 a80b "
            + "a823-a827 a880-a881 a8b4-a8c3 a8c5 a8ff a926-a92a a947-a952 a980-a983 "
            + "a9b4-a9bf a9e5 aa29-aa36 aa43 aa4c-aa4d aa7b-aa7d aab0 aab2-aab4 aab7-aab8 "
            + "aabe aaeb-aaef aaf5 abe3-abea fb1e 10376-1037a 10a01-10a03 10a05-10a06 "
            + "10a0c-10a0f 10d24-10d27 10eab-10eac 11000-11002 11038-11045 11082 "
            + "110b0-110b8 11100-11102 11127-11132 11145-11146 11180-11182 111b3-111bf "
            + "111ce-111cf 1122c-11234 11237 1123e 112df-112e8 11300-11303 1133e-11344 "
            + "11347-11348 1134b-1134c 11357 11362-11363 11435-11441 11443-11445 "
            + "114b0-114c1 115af-115b5 115b8-115be 115dc-115dd 11630-1163e 11640 "
            + "116ab-116b5 1171d-1172a 1182c-11838 11930-11935 11937-11938 1193b-1193c "
            + "11940 11942 119d1-119d7 119da-119df 119e4 11a01-11a0a 11a35-11a39 "
            + "11a3b-11a3e 11a51-11a5b 11a8a-11a97 11c2f-11c36 11c38-11c3e 11c92-11ca7 "
            + "11ca9-11cb6 11d31-11d36 11d3a 11d3c-11d3d 11d3f-11d41 11d43 11d47 "
            + "11d8a-11d8e 11d90-11d91 11d93-11d96 11ef3-11ef6 16f4f 16f51-16f87 "
            + "16f8f-16f92 16ff0-16ff1 1bc9e 1e000-1e006 1e008-1e018 1e01b-1e021 "
            + "1e023-1e024 1e026-1e02a 1e947 1f130-1f149 1f150-1f169 1f170-1f189");
        static final int[] OTHER_LOWERCASE = parseRanges(
            "aa ba 2b0-2b8 2c0-2c1 2e0-2e4 345 37a 1d2c-1d6a 1d78 1d9b-1dbf 2071 207f "
            + "2090-209c 2170-217f 24d0-24e9 2c7c-2c7d a69c-a69d a770 a7f8-a7f9 ab5c-ab5f");
        static final int[] OTHER_UPPERCASE = parseRanges(
            "2160-216f 24b6-24cf 1f130-1f149 1f150-1f169 1f170-1f189");
        static final int[] IDEOGRAPHIC = parseRanges(
            "3006-3007 3021-3029 3038-303a 3400-4dbf 4e00-9ffc f900-fa6d fa70-fad9 16fe4 "
            + "17000-187f7 18800-18cd5 18d00-18d08 1b170-1b2fb 20000-2a6dd 2a700-2b734 "
            + "2b740-2b81d 2b820-2cea1 2ceb0-2ebe0 2f800-2fa1d 30000-3134a");
    }

    /**
     * Numeric values of the characters that are not digits in the sense of digit(): entries
     * "first[-last]:value" give every code point of the range that value, and "...:value+"
     * counts up by one from value. -2 marks fractions and other non-integers.
     */
    private static final class Numeric {
        static final int[] RANGES;
        static final int[] VALUES;

        static {
            String data =
            "b2-b3:2+ b9:1 bc-be:-2 9f4-9f8:-2 9f9:16 b72-b77:-2 bf0:10 bf1:100 bf2:1000 "
            + "c78-c7b:0+ c7c-c7e:1+ d58-d5e:-2 d70:10 d71:100 d72:1000 d73-d78:-2 "
            + "f2a-f33:-2 1369-1372:1+ 1373:20 1374:30 1375:40 1376:50 1377:60 1378:70 "
            + "1379:80 137a:90 137b:100 137c:10000 16ee-16f0:17+ 17f0-17f9:0+ 19da:1 2070:0 "
            + "2074-2079:4+ 2080-2089:0+ 2150-215e:-2 215f-2160:1 2161-216b:2+ 216c:50 "
            + "216d:100 216e:500 216f:1000 2170-217b:1+ 217c:50 217d:100 217e:500 "
            + "217f-2180:1000 2181:5000 2182:10000 2185:6 2186:50 2187:50000 2188:100000 "
            + "2189:0 2460-2473:1+ 2474-2487:1+ 2488-249b:1+ 24ea:0 24eb-24f4:11+ "
            + "24f5-24fe:1+ 24ff:0 2776-277f:1+ 2780-2789:1+ 278a-2793:1+ 2cfd:-2 3007:0 "
            + "3021-3029:1+ 3038:10 3039:20 303a:30 3192-3195:1+ 3220-3229:1+ 3248:10 "
            + "3249:20 324a:30 324b:40 324c:50 324d:60 324e:70 324f:80 3251-325f:21+ "
            + "3280-3289:1+ 32b1-32bf:36+ a6e6-a6ee:1+ a6ef:0 a830-a835:-2 f96b:3 f973:10 "
            + "f978:2 f9b2:0 f9d1:6 f9d3:6 f9fd:10 10107-10110:1+ 10111:20 10112:30 "
            + "10113:40 10114:50 10115:60 10116:70 10117:80 10118:90 10119:100 1011a:200 "
            + "1011b:300 1011c:400 1011d:500 1011e:600 1011f:700 10120:800 10121:900 "
            + "10122:1000 10123:2000 10124:3000 10125:4000 10126:5000 10127:6000 10128:7000 "
            + "10129:8000 1012a:9000 1012b:10000 1012c:20000 1012d:30000 1012e:40000 "
            + "1012f:50000 10130:60000 10131:70000 10132:80000 10133:90000 10140-10141:-2 "
            + "10142:1 10143:5 10144:50 10145:500 10146:5000 10147:50000 10148:5 10149:10 "
            + "1014a:50 1014b:100 1014c:500 1014d:1000 1014e:5000 1014f:5 10150:10 10151:50 "
            + "10152:100 10153:500 10154:1000 10155:10000 10156:50000 10157:10 "
            + "10158-1015a:1 1015b-1015e:2 1015f:5 10160-10164:10 10165:30 10166-10169:50 "
            + "1016a:100 1016b:300 1016c-10170:500 10171:1000 10172:5000 10173:5 10174:50 "
            + "10175-10178:-2 1018a:0 1018b:-2 102e1-102ea:1+ 102eb:20 102ec:30 102ed:40 "
            + "102ee:50 102ef:60 102f0:70 102f1:80 102f2:90 102f3:100 102f4:200 102f5:300 "
            + "102f6:400 102f7:500 102f8:600 102f9:700 102fa:800 102fb:900 10320:1 10321:5 "
            + "10322:10 10323:50 10341:90 1034a:900 103d1-103d2:1+ 103d3:10 103d4:20 "
            + "103d5:100 10858-1085a:1+ 1085b:10 1085c:20 1085d:100 1085e:1000 1085f:10000 "
            + "10879-1087d:1+ 1087e:10 1087f:20 108a7-108aa:1+ 108ab-108ac:4+ 108ad:10 "
            + "108ae:20 108af:100 108fb:1 108fc:5 108fd:10 108fe:20 108ff:100 10916:1 "
            + "10917:10 10918:20 10919:100 1091a-1091b:2+ 109bc-109bd:-2 109c0-109c9:1+ "
            + "109ca:20 109cb:30 109cc:40 109cd:50 109ce:60 109cf:70 109d2:100 109d3:200 "
            + "109d4:300 109d5:400 109d6:500 109d7:600 109d8:700 109d9:800 109da:900 "
            + "109db:1000 109dc:2000 109dd:3000 109de:4000 109df:5000 109e0:6000 109e1:7000 "
            + "109e2:8000 109e3:9000 109e4:10000 109e5:20000 109e6:30000 109e7:40000 "
            + "109e8:50000 109e9:60000 109ea:70000 109eb:80000 109ec:90000 109ed:100000 "
            + "109ee:200000 109ef:300000 109f0:400000 109f1:500000 109f2:600000 "
            + "109f3:700000 109f4:800000 109f5:900000 109f6-109ff:-2 10a40-10a43:1+ "
            + "10a44:10 10a45:20 10a46:100 10a47:1000 10a48:-2 10a7d:1 10a7e:50 10a9d:1 "
            + "10a9e:10 10a9f:20 10aeb:1 10aec:5 10aed:10 10aee:20 10aef:100 10b58-10b5b:1+ "
            + "10b5c:10 10b5d:20 10b5e:100 10b5f:1000 10b78-10b7b:1+ 10b7c:10 10b7d:20 "
            + "10b7e:100 10b7f:1000 10ba9-10bac:1+ 10bad:10 10bae:20 10baf:100 10cfa:1 "
            + "10cfb:5 10cfc:10 10cfd:50 10cfe:100 10cff:1000 10e60-10e69:1+ 10e6a:20 "
            + "10e6b:30 10e6c:40 10e6d:50 10e6e:60 10e6f:70 10e70:80 10e71:90 10e72:100 "
            + "10e73:200 10e74:300 10e75:400 10e76:500 10e77:600 10e78:700 10e79:800 "
            + "10e7a:900 10e7b-10e7e:-2 10f1d-10f21:1+ 10f22:10 10f23:20 10f24:30 10f25:100 "
            + "10f26:-2 10f51:1 10f52:10 10f53:20 10f54:100 10fc5-10fc8:1+ 10fc9:10 "
            + "10fca:20 10fcb:100 11052-1105b:1+ 1105c:20 1105d:30 1105e:40 1105f:50 "
            + "11060:60 11061:70 11062:80 11063:90 11064:100 11065:1000 111e1-111ea:1+ "
            + "111eb:20 111ec:30 111ed:40 111ee:50 111ef:60 111f0:70 111f1:80 111f2:90 "
            + "111f3:100 111f4:1000 1173a:10 1173b:20 118ea:10 118eb:20 118ec:30 118ed:40 "
            + "118ee:50 118ef:60 118f0:70 118f1:80 118f2:90 11c5a-11c63:1+ 11c64:20 "
            + "11c65:30 11c66:40 11c67:50 11c68:60 11c69:70 11c6a:80 11c6b:90 11c6c:100 "
            + "11fc0-11fd4:-2 12400-12407:2+ 12408-1240e:3+ 1240f-12414:4+ 12415-1241d:1+ "
            + "1241e-12422:1+ 12423-12424:2+ 12425-1242b:3+ 1242c-1242e:1+ 1242f-12431:3+ "
            + "12432:216000 12433:432000 12434-12436:1+ 12437-12439:3+ 1243a-1243b:3 "
            + "1243c-1243f:4 12440-12441:6+ 12442-12443:7 12444-12445:8 12446-12449:9 "
            + "1244a-1244e:2+ 1244f-12452:1+ 12453-12454:4+ 12455:5 12456-12457:2+ "
            + "12458-12459:1+ 1245a-12466:-2 12467:40 12468:50 12469-1246e:4+ 16b5b:10 "
            + "16b5c:100 16b5d:10000 16b5e:1000000 16b5f:100000000 16b60-16b61:-2 "
            + "16e80-16e93:0+ 16e94-16e96:1+ 1d2e0-1d2f3:0+ 1d360-1d369:1+ 1d36a:20 "
            + "1d36b:30 1d36c:40 1d36d:50 1d36e:60 1d36f:70 1d370:80 1d371:90 "
            + "1d372-1d376:1+ 1d377:1 1d378:5 1e8c7-1e8cf:1+ 1ec71-1ec7a:1+ 1ec7b:20 "
            + "1ec7c:30 1ec7d:40 1ec7e:50 1ec7f:60 1ec80:70 1ec81:80 1ec82:90 1ec83:100 "
            + "1ec84:200 1ec85:300 1ec86:400 1ec87:500 1ec88:600 1ec89:700 1ec8a:800 "
            + "1ec8b:900 1ec8c:1000 1ec8d:2000 1ec8e:3000 1ec8f:4000 1ec90:5000 1ec91:6000 "
            + "1ec92:7000 1ec93:8000 1ec94:9000 1ec95:10000 1ec96:20000 1ec97:30000 "
            + "1ec98:40000 1ec99:50000 1ec9a:60000 1ec9b:70000 1ec9c:80000 1ec9d:90000 "
            + "1ec9e:100000 1ec9f:200000 1eca0:100000 1eca1:10000000 1eca2:20000000 "
            + "1eca3-1ecab:1+ 1ecad-1ecaf:-2 1ecb1-1ecb2:1+ 1ecb3:10000 1ecb4:100000 "
            + "1ed01-1ed0a:1+ 1ed0b:20 1ed0c:30 1ed0d:40 1ed0e:50 1ed0f:60 1ed10:70 "
            + "1ed11:80 1ed12:90 1ed13:100 1ed14:200 1ed15:300 1ed16:400 1ed17:500 "
            + "1ed18:600 1ed19:700 1ed1a:800 1ed1b:900 1ed1c:1000 1ed1d:2000 1ed1e:3000 "
            + "1ed1f:4000 1ed20:5000 1ed21:6000 1ed22:7000 1ed23:8000 1ed24:9000 "
            + "1ed25:10000 1ed26:20000 1ed27:30000 1ed28:40000 1ed29:50000 1ed2a:60000 "
            + "1ed2b:70000 1ed2c:80000 1ed2d:90000 1ed2f-1ed37:2+ 1ed38:400 1ed39:600 "
            + "1ed3a:2000 1ed3b:10000 1ed3c-1ed3d:-2 1f100-1f101:0 1f102-1f10a:1+ "
            + "1f10b-1f10c:0 2f890:9";
            int n = 1;
            for (int i = 0; i < data.length(); i++) {
                if (data.charAt(i) == ' ') {
                    n++;
                }
            }
            RANGES = new int[2 * n];
            VALUES = new int[2 * n];
            int pos = 0;
            for (int k = 0; k < n; k++) {
                int end = data.indexOf(' ', pos);
                if (end < 0) {
                    end = data.length();
                }
                String entry = data.substring(pos, end);
                int colon = entry.indexOf(':');
                int[] range = parseRange(entry.substring(0, colon));
                String v = entry.substring(colon + 1);
                boolean counting = v.endsWith("+");
                if (counting) {
                    v = v.substring(0, v.length() - 1);
                }
                RANGES[2 * k] = range[0];
                RANGES[2 * k + 1] = range[1];
                VALUES[2 * k] = Integer.parseInt(v);
                VALUES[2 * k + 1] = counting ? 1 : 0;
                pos = end + 1;
            }
        }
    }

    /** Parses "a-b c d-e" (hexadecimal) into pairs {a, b, c, c, d, e}. */
    private static int[] parseRanges(String data) {
        int n = 1;
        for (int i = 0; i < data.length(); i++) {
            if (data.charAt(i) == ' ') {
                n++;
            }
        }
        int[] result = new int[2 * n];
        int pos = 0;
        for (int k = 0; k < n; k++) {
            int end = data.indexOf(' ', pos);
            if (end < 0) {
                end = data.length();
            }
            int[] range = parseRange(data.substring(pos, end));
            result[2 * k] = range[0];
            result[2 * k + 1] = range[1];
            pos = end + 1;
        }
        return result;
    }

    private static int[] parseRange(String s) {
        int dash = s.indexOf('-');
        if (dash < 0) {
            int cp = Integer.parseInt(s, 16);
            return new int[] {cp, cp};
        }
        return new int[] {Integer.parseInt(s.substring(0, dash), 16),
            Integer.parseInt(s.substring(dash + 1), 16)};
    }

    /** Index of the pair containing cp in a sorted range table, or -1. */
    private static int findRange(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    // ---- boxing ----

    /** Cache of the boxes for U+0000..U+007F. */
    private static final class Cache {
        static final Character[] CACHE = new Character[128];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Character((char) i);
            }
        }
    }

    @SuppressWarnings("deprecation")
    public static Character valueOf(char c) {
        if (c <= 127) {
            return Cache.CACHE[c];
        }
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).charValue();
    }

    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    /** The string of one code point (one or two chars). */
    public static String toString(int codePoint) {
        return new String(toChars(codePoint), true);
    }

    public int compareTo(Character anotherCharacter) {
        return compare(this.value, anotherCharacter.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---- code points and surrogates ----

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= MIN_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE)
                + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    public static char highSurrogate(int codePoint) {
        return (char) (((codePoint - MIN_SUPPLEMENTARY_CODE_POINT) >>> 10) + MIN_HIGH_SURROGATE);
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAtImpl(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        // A negative index passes this check and fails on the array access, as in the JDK.
        if (index >= limit || limit < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        return codePointAtImpl(a, index, limit);
    }

    static int codePointAtImpl(char[] a, int index, int limit) {
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        return codePointBeforeImpl(a, index, 0);
    }

    public static int codePointBefore(char[] a, int index, int start) {
        // An index beyond the array passes this check and fails on the array access.
        if (index <= start || start < 0 || start >= a.length) {
            throw new IndexOutOfBoundsException();
        }
        return codePointBeforeImpl(a, index, start);
    }

    static int codePointBeforeImpl(char[] a, int index, int start) {
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > start) {
            char c1 = a[--index];
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex;) {
            if (isHighSurrogate(seq.charAt(i++)) && i < endIndex
                    && isLowSurrogate(seq.charAt(i))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0) {
            throw new IndexOutOfBoundsException();
        }
        return codePointCountImpl(a, offset, count);
    }

    static int codePointCountImpl(char[] a, int offset, int count) {
        int endIndex = offset + count;
        int n = count;
        for (int i = offset; i < endIndex;) {
            if (isHighSurrogate(a[i++]) && i < endIndex && isLowSurrogate(a[i])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++) {
                if (isHighSurrogate(seq.charAt(x++)) && x < length
                        && isLowSurrogate(seq.charAt(x))) {
                    x++;
                }
            }
            if (i < codePointOffset) {
                throw new IndexOutOfBoundsException();
            }
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (isLowSurrogate(seq.charAt(--x)) && x > 0
                        && isHighSurrogate(seq.charAt(x - 1))) {
                    x--;
                }
            }
            if (i < 0) {
                throw new IndexOutOfBoundsException();
            }
        }
        return x;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index,
            int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0 || index < start
                || index > start + count) {
            throw new IndexOutOfBoundsException();
        }
        return offsetByCodePointsImpl(a, start, count, index, codePointOffset);
    }

    static int offsetByCodePointsImpl(char[] a, int start, int count, int index,
            int codePointOffset) {
        int x = index;
        if (codePointOffset >= 0) {
            int limit = start + count;
            int i;
            for (i = 0; x < limit && i < codePointOffset; i++) {
                if (isHighSurrogate(a[x++]) && x < limit && isLowSurrogate(a[x])) {
                    x++;
                }
            }
            if (i < codePointOffset) {
                throw new IndexOutOfBoundsException();
            }
        } else {
            int i;
            for (i = codePointOffset; x > start && i < 0; i++) {
                if (isLowSurrogate(a[--x]) && x > start && isHighSurrogate(a[x - 1])) {
                    x--;
                }
            }
            if (i < 0) {
                throw new IndexOutOfBoundsException();
            }
        }
        return x;
    }

    /** Stores the UTF-16 form of codePoint at dst[dstIndex]; returns 1 or 2. */
    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw invalidCodePoint(codePoint);
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        }
        if (isValidCodePoint(codePoint)) {
            return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
        }
        throw invalidCodePoint(codePoint);
    }

    static IllegalArgumentException invalidCodePoint(int codePoint) {
        return new IllegalArgumentException("Not a valid Unicode code point: 0x"
                + Integer.toHexString(codePoint).toUpperCase());
    }

    // ---- general category and properties ----

    public static int getType(char ch) {
        return getType((int) ch);
    }

    public static int getType(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x100) {
            return LATIN1_TYPES.charAt(codePoint) - '0';
        }
        if (codePoint < 0 || codePoint > MAX_CODE_POINT) {
            return UNASSIGNED;
        }
        return getType0(codePoint);
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int codePoint) {
        return getType(codePoint) != UNASSIGNED;
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    /** General category Ll, or the Other_Lowercase property. */
    public static boolean isLowerCase(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z';
        }
        return getType(codePoint) == LOWERCASE_LETTER
                || findRange(Props.OTHER_LOWERCASE, codePoint) >= 0;
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    /** General category Lu, or the Other_Uppercase property. */
    public static boolean isUpperCase(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'A' && codePoint <= 'Z';
        }
        return getType(codePoint) == UPPERCASE_LETTER
                || findRange(Props.OTHER_UPPERCASE, codePoint) >= 0;
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int codePoint) {
        return getType(codePoint) == TITLECASE_LETTER;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= '0' && codePoint <= '9';
        }
        return getType(codePoint) == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    /** General categories Lu, Ll, Lt, Lm and Lo. */
    public static boolean isLetter(int codePoint) {
        int type = getType(codePoint);
        return type >= UPPERCASE_LETTER && type <= OTHER_LETTER;
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == DECIMAL_DIGIT_NUMBER;
    }

    /** Letters, letter numbers (Nl), and the Other_Alphabetic property. */
    public static boolean isAlphabetic(int codePoint) {
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == LETTER_NUMBER
                || findRange(Props.OTHER_ALPHABETIC, codePoint) >= 0;
    }

    public static boolean isIdeographic(int codePoint) {
        if (codePoint < 0x3006) {
            return false;
        }
        return findRange(Props.IDEOGRAPHIC, codePoint) >= 0;
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    /** Letters, letter numbers, currency symbols and connecting punctuation such as '_'. */
    public static boolean isJavaIdentifierStart(int codePoint) {
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == LETTER_NUMBER
                || type == CURRENCY_SYMBOL || type == CONNECTOR_PUNCTUATION;
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    /** Identifier starts, digits, combining marks, and ignorable characters. */
    public static boolean isJavaIdentifierPart(int codePoint) {
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == LETTER_NUMBER
                || type == CURRENCY_SYMBOL || type == CONNECTOR_PUNCTUATION
                || type == DECIMAL_DIGIT_NUMBER || type == COMBINING_SPACING_MARK
                || type == NON_SPACING_MARK || isIdentifierIgnorable(codePoint);
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    /** ISO controls that are not whitespace, and format characters (Cf). */
    public static boolean isIdentifierIgnorable(int codePoint) {
        return (codePoint >= 0 && codePoint <= 8) || (codePoint >= 0xE && codePoint <= 0x1B)
                || (codePoint >= 0x7F && codePoint <= 0x9F) || getType(codePoint) == FORMAT;
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    /** Unicode space, line and paragraph separators. */
    public static boolean isSpaceChar(int codePoint) {
        int type = getType(codePoint);
        return type == SPACE_SEPARATOR || type == LINE_SEPARATOR || type == PARAGRAPH_SEPARATOR;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    /**
     * Java whitespace: separators other than the no-break spaces U+00A0, U+2007 and U+202F,
     * plus the controls TAB, LF, VT, FF, CR and U+001C..U+001F.
     */
    public static boolean isWhitespace(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0D)
                    || (codePoint >= 0x1C && codePoint <= 0x1F);
        }
        if (codePoint == 0xA0 || codePoint == 0x2007 || codePoint == 0x202F) {
            return false;
        }
        return isSpaceChar(codePoint);
    }

    /** Old Java definition: space, tab, line feed, form feed, carriage return. */
    @Deprecated(since = "1.1")
    public static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r';
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return (codePoint >= 0 && codePoint <= 0x1F) || (codePoint >= 0x7F && codePoint <= 0x9F);
    }

    // ---- case mapping (simple, one-to-one mappings) ----

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int codePoint) {
        if (codePoint < 0x100) {
            if ((codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= 0xC0 && codePoint <= 0xDE && codePoint != 0xD7)) {
                return codePoint + 32;
            }
            return codePoint;
        }
        if (codePoint > MAX_CODE_POINT) {
            return codePoint;
        }
        return toLowerCase0(codePoint);
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int codePoint) {
        if (codePoint < 0x100) {
            if ((codePoint >= 'a' && codePoint <= 'z')
                    || (codePoint >= 0xE0 && codePoint <= 0xFE && codePoint != 0xF7)) {
                return codePoint - 32;
            }
            if (codePoint == 0xB5) {
                return 0x39C; // MICRO SIGN -> GREEK CAPITAL LETTER MU
            }
            if (codePoint == 0xFF) {
                return 0x178; // y WITH DIAERESIS -> Y WITH DIAERESIS
            }
            return codePoint;
        }
        if (codePoint > MAX_CODE_POINT) {
            return codePoint;
        }
        return toUpperCase0(codePoint);
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int codePoint) {
        if (codePoint < 0x100) {
            return toUpperCase(codePoint);
        }
        if (codePoint > MAX_CODE_POINT) {
            return codePoint;
        }
        return toTitleCase0(codePoint);
    }

    // ---- digits and numeric values ----

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    /**
     * The value of codePoint as a digit in radix, or -1: decimal digits of any script, and the
     * Latin letters (ASCII and fullwidth) for 10..35.
     */
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int value;
        if (codePoint >= '0' && codePoint <= '9') {
            value = codePoint - '0';
        } else if (codePoint >= 'a' && codePoint <= 'z') {
            value = codePoint - 'a' + 10;
        } else if (codePoint >= 'A' && codePoint <= 'Z') {
            value = codePoint - 'A' + 10;
        } else if (codePoint < 0x80) {
            return -1;
        } else if (codePoint >= 0xFF21 && codePoint <= 0xFF3A) {
            value = codePoint - 0xFF21 + 10;
        } else if (codePoint >= 0xFF41 && codePoint <= 0xFF5A) {
            value = codePoint - 0xFF41 + 10;
        } else if (getType(codePoint) == DECIMAL_DIGIT_NUMBER) {
            value = decimalDigitValue(codePoint);
        } else {
            return -1;
        }
        return value < radix ? value : -1;
    }

    /**
     * Unicode encodes the decimal digits of each script as runs of ten consecutive code points,
     * zero first (some runs are adjacent): the value is the offset in the run, modulo 10.
     */
    private static int decimalDigitValue(int codePoint) {
        int start = codePoint;
        while (getType(start - 1) == DECIMAL_DIGIT_NUMBER) {
            start--;
        }
        return (codePoint - start) % 10;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    /**
     * The integer value the character represents: digits, Latin letters as 10..35, Roman
     * numerals, circled numbers and so on; -2 for fractions, -1 if it has no numeric value.
     */
    public static int getNumericValue(int codePoint) {
        int d = digit(codePoint, MAX_RADIX);
        if (d >= 0) {
            return d;
        }
        if (codePoint < 0xB2) {
            return -1;
        }
        int k = findRange(Numeric.RANGES, codePoint);
        if (k < 0) {
            return -1;
        }
        int first = Numeric.RANGES[2 * k];
        return Numeric.VALUES[2 * k] + Numeric.VALUES[2 * k + 1] * (codePoint - first);
    }

    /** The character for digit in radix ('0'-'9', 'a'-'z'), or '\0' if out of range. */
    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0) {
            return '\0';
        }
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        if (digit < 10) {
            return (char) ('0' + digit);
        }
        return (char) ('a' - 10 + digit);
    }
}
