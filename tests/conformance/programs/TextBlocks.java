// conformance: min-release 15
// Text blocks (Java 15): incidental indentation stripping, the closing delimiter's position,
// trailing-space stripping, escapes (\n, \t, \", \\, octal, \s, line continuation \<newline>),
// embedded quotes, and equality with ordinary literals.
public class TextBlocks {
    static String show(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c == ' ') sb.append('\u00b7');
            else sb.append(c);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String basic = """
            Hello,
              indented world
            bye""";
        System.out.println(show(basic));
        String withNewline = """
            line one
            line two
            """;
        System.out.println(show(withNewline));
        String closingLeft = """
                deeper content
                second
            """;
        System.out.println(show(closingLeft));
        String closingRight = """
            a
             b
                  """;
        System.out.println(show(closingRight));
        String trailing = """
            trailing spaces removed   
            kept with escape\s
            tab\tinside
            """;
        System.out.println(show(trailing));
        String quotes = """
            She said "hi" and \"""triple\""" quotes
            backslash \\ and a single " in the middle
            """;
        System.out.println(show(quotes));
        String continued = """
            one long \
            logical line \
            here""";
        System.out.println(show(continued));
        String escapes = """
            octal \101\102 unicode \u00e9 newline\nin middle""";
        System.out.println(show(escapes));
        String empty = """
            """;
        System.out.println("empty block length=" + empty.length());
        String json = """
            {
              "name": "kava",
              "tags": ["vm", "java"],
              "nested": { "depth": 2 }
            }
            """;
        System.out.print(json);
        System.out.println("json lines=" + json.split("\n").length + " length=" + json.length());
        System.out.println("equals literal: " + """
            abc
            def""".equals("abc\ndef"));
        String blankLines = """

            after blank

            """;
        System.out.println(show(blankLines));
        String concat = """
            part1 """ + 42 + """
             part2""";
        System.out.println(show(concat));
        System.out.println("interned like literals: " + ("""
            x""" == "x"));
    }
}
