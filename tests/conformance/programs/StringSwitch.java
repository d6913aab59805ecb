public class StringSwitch {
    static String classify(String s) {
        switch (s) {
            case "apple":
            case "banana":
                return "fruit";
            case "carrot":
                return "vegetable";
            case "Aa":
                return "Aa (hash 2112)";
            case "BB":
                return "BB (hash 2112)";
            case "AaAa":
                return "AaAa";
            case "BBBB":
                return "BBBB";
            case "":
                return "empty";
            case "\u00e9t\u00e9":
                return "summer";
            default:
                return "unknown";
        }
    }

    static int fallthrough(String s) {
        int r = 0;
        switch (s) {
            case "one":
                r += 1;
            case "two":
                r += 2;
                break;
            case "three":
                r += 3;
            default:
                r += 100;
        }
        return r;
    }

    public static void main(String[] args) {
        String[] inputs = {"apple", "banana", "carrot", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "\u00e9t\u00e9",
                "Apple", "APPLE", "appl", "apple "};
        for (String in : inputs) {
            System.out.println("[" + in + "] -> " + classify(in));
        }
        String[] ft = {"one", "two", "three", "four"};
        for (String s : ft) {
            System.out.println("fallthrough(" + s + ") = " + fallthrough(s));
        }
        String dynamic = new StringBuilder("ananab").reverse().toString();
        System.out.println("dynamic string: " + classify(dynamic));
        try {
            classify(null);
        } catch (NullPointerException e) {
            System.out.println("switch on null string -> NullPointerException");
        }
        int tokens = 0;
        StringBuilder out = new StringBuilder();
        for (String tok : "push 3 push 4 add push 5 mul print".split(" ")) {
            tokens++;
            switch (tok) {
                case "push":
                    out.append('P');
                    break;
                case "add":
                    out.append('+');
                    break;
                case "mul":
                    out.append('*');
                    break;
                case "print":
                    out.append('!');
                    break;
                default:
                    out.append(tok);
            }
        }
        System.out.println(tokens + " tokens: " + out);
        String mode = "b";
        String result;
        switch (mode) {
            default:
                result = "default-first";
                break;
            case "a":
                result = "A";
                break;
        }
        System.out.println("default placed first: " + result);
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            String key = "k" + i;
            switch (key) {
                case "k0": sum += 1; break;
                case "k2": sum += 10; break;
                case "k4": sum += 100; break;
                case "k5": sum += 1000;
            }
        }
        System.out.println("sum = " + sum);
    }
}
