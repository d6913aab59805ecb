// conformance: min-release 14
// Switch expressions (Java 14): arrow labels with multiple constants, blocks with yield,
// old-style case with yield, exhaustive enum switches without default, string and char
// switches, switch as an argument and in lambdas, throwing arms, and arrow statements.
import java.util.function.IntFunction;

public class SwitchExpressions {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Op { ADD, SUB, MUL, DIV }

    static int letters(Day d) {
        return switch (d) {
            case MON, FRI, SUN -> 6;
            case TUE -> 7;
            case THU, SAT -> 8;
            case WED -> 9;
        };
    }

    static String kind(Day d) {
        return switch (d) {
            case SAT, SUN -> "weekend";
            default -> {
                String s = d.name().toLowerCase();
                yield "weekday(" + s + ")";
            }
        };
    }

    static int apply(Op op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> {
                if (b == 0) throw new ArithmeticException("division by zero in switch");
                yield a / b;
            }
        };
    }

    static String classic(int n) {
        return switch (n % 4) {
            case 0:
                yield "zero";
            case 1:
            case -1:
                String t = "one";
                yield t + "ish";
            case 2:
                yield "two";
            default:
                yield "three";
        };
    }

    static int command(String s) {
        return switch (s) {
            case "start", "begin" -> 1;
            case "stop" -> 2;
            case "" -> 0;
            default -> s.length() * -1;
        };
    }

    static String charClass(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> "vowel";
            case ' ' -> "space";
            default -> Character.isDigit(c) ? "digit" : Character.isLetter(c) ? "consonant" : "other";
        };
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (Day d : Day.values()) sb.append(d).append('=').append(letters(d)).append(' ');
        System.out.println(sb.toString().trim());
        for (Day d : new Day[] {Day.MON, Day.SAT, Day.WED}) System.out.println(d + " is " + kind(d));
        for (Op op : Op.values()) System.out.println(op + "(17, 5) = " + apply(op, 17, 5));
        try {
            apply(Op.DIV, 1, 0);
        } catch (ArithmeticException e) {
            System.out.println("caught: " + e.getMessage());
        }
        for (int n = -2; n <= 5; n++) System.out.print(classic(n) + " ");
        System.out.println();
        for (String s : new String[] {"start", "begin", "stop", "", "unknown"}) System.out.print(command(s) + " ");
        System.out.println();
        StringBuilder classes = new StringBuilder();
        for (char c : "a1 b?".toCharArray()) classes.append(charClass(c)).append(',');
        System.out.println(classes);

        int x = 3;
        System.out.println("switch as argument: " + Math.max(switch (x) {
            case 1 -> 10;
            case 3 -> 30;
            default -> 0;
        }, 25));
        IntFunction<String> f = v -> switch (v) {
            case 0 -> "none";
            case 1 -> "single";
            default -> v + " items";
        };
        System.out.println(f.apply(0) + " " + f.apply(1) + " " + f.apply(5));

        int total = 0;
        for (int i = 0; i < 10; i++) {
            switch (i % 3) {
                case 0 -> total += i;
                case 1 -> total -= 1;
                default -> {
                    if (i > 5) total *= 2;
                }
            }
        }
        System.out.println("arrow statement total: " + total);
        long big = switch (Day.valueOf("FRI")) {
            case FRI -> Integer.MAX_VALUE + 1L;
            default -> 0;
        };
        System.out.println("widened result: " + big);
        Object boxed = switch (x) {
            case 3 -> 'c';
            default -> "s";
        };
        System.out.println("mixed arm types box to: " + boxed.getClass().getSimpleName());
        double d = switch (x) {
            case 3 -> 1;
            default -> 2.5;
        };
        System.out.println("numeric promotion: " + d);
        Day nullDay = null;
        try {
            int unused = switch (nullDay) {
                case MON -> 1;
                default -> 2;
            };
            System.out.println("no NPE?! " + unused);
        } catch (NullPointerException e) {
            System.out.println("switch on null enum: NullPointerException");
        }
    }
}
