public class UnicodeOutput {
    public static void main(String[] args) {
        System.out.println("caf\u00e9 na\u00efve r\u00e9sum\u00e9");
        System.out.println("price: 5\u20ac, \u00a3, \u00a5");
        System.out.println("emoji: \ud83d\ude00 \ud83c\udf89 \ud83d\udc4d");
        System.out.println("cjk: \u4e2d\u6587 \u65e5\u672c\u8a9e \ud55c\uad6d\uc5b4");
        System.out.println("greek: \u0391\u03b8\u03ae\u03bd\u03b1 cyrillic: \u041c\u043e\u0441\u043a\u0432\u0430");
        System.out.println("combining: e\u0301 a\u0308");
        System.out.println("math: \u2211 \u221a \u221e \u2260 \u2264");
        System.out.print('\u00e9');
        System.out.print('\u20ac');
        System.out.print("\ud83d\ude00");
        System.out.println();
        char[] cs = {'\u00fc', 'b', '\u00e9', 'r'};
        System.out.println(cs);
        System.out.println(new String(Character.toChars(0x1F680)) + " rocket");
        StringBuilder sb = new StringBuilder();
        for (char c = '\u00c0'; c <= '\u00ff'; c++) {
            sb.append(c);
        }
        System.out.println(sb);
        StringBuilder box = new StringBuilder();
        for (int i = 0x2500; i < 0x2520; i++) {
            box.append((char) i);
        }
        System.out.println(box);
        System.out.println("tab\tsep\u00e9\r");
        System.out.println("nul[\u0000] del[\u007f] c1[\u0085]");
        System.out.println("BOM[\ufeff] replacement[\ufffd] nonchar[\uffff]");
        System.out.println(1.5 + "\u00b0C");
        System.out.println("lone surrogates print as '?': [\ud800] [\udc00x]");
        System.out.println("last line without newline follows");
        System.out.print("\u00bfFin? \u00a1S\u00ed!");
    }
}
