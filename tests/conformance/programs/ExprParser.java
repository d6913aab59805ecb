public class ExprParser {
    static class ParseException extends Exception {
        final int pos;

        ParseException(String msg, int pos) {
            super(msg + " at " + pos);
            this.pos = pos;
        }
    }

    abstract static class Node {
        abstract double eval(double x);

        abstract String show();
    }

    static class Num extends Node {
        final double v;
        Num(double v) { this.v = v; }
        double eval(double x) { return v; }
        String show() { return v == Math.floor(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v); }
    }

    static class Var extends Node {
        double eval(double x) { return x; }
        String show() { return "x"; }
    }

    static class Bin extends Node {
        final char op;
        final Node l, r;

        Bin(char op, Node l, Node r) { this.op = op; this.l = l; this.r = r; }

        double eval(double x) {
            double a = l.eval(x), b = r.eval(x);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                case '^': return Math.pow(a, b);
                default: throw new IllegalStateException("op " + op);
            }
        }

        String show() { return "(" + l.show() + " " + op + " " + r.show() + ")"; }
    }

    static class Neg extends Node {
        final Node e;
        Neg(Node e) { this.e = e; }
        double eval(double x) { return -e.eval(x); }
        String show() { return "-" + e.show(); }
    }

    private final String src;
    private int pos;

    ExprParser(String src) { this.src = src; }

    static Node parse(String s) throws ParseException {
        ExprParser p = new ExprParser(s);
        Node n = p.expr();
        p.skip();
        if (p.pos != s.length()) throw new ParseException("unexpected '" + s.charAt(p.pos) + "'", p.pos);
        return n;
    }

    void skip() { while (pos < src.length() && src.charAt(pos) == ' ') pos++; }

    boolean eat(char c) {
        skip();
        if (pos < src.length() && src.charAt(pos) == c) { pos++; return true; }
        return false;
    }

    Node expr() throws ParseException {
        Node n = term();
        while (true) {
            if (eat('+')) n = new Bin('+', n, term());
            else if (eat('-')) n = new Bin('-', n, term());
            else return n;
        }
    }

    Node term() throws ParseException {
        Node n = factor();
        while (true) {
            if (eat('*')) n = new Bin('*', n, factor());
            else if (eat('/')) n = new Bin('/', n, factor());
            else return n;
        }
    }

    Node factor() throws ParseException {
        Node base = unary();
        if (eat('^')) return new Bin('^', base, factor());
        return base;
    }

    Node unary() throws ParseException {
        if (eat('-')) return new Neg(unary());
        if (eat('(')) {
            Node n = expr();
            if (!eat(')')) throw new ParseException("expected ')'", pos);
            return n;
        }
        skip();
        if (pos < src.length() && src.charAt(pos) == 'x') { pos++; return new Var(); }
        int start = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
        if (start == pos) throw new ParseException("expected number", pos);
        return new Num(Double.parseDouble(src.substring(start, pos)));
    }

    public static void main(String[] args) {
        String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 1.5", "x * x - 2 * x + 1",
                "1 / 0", "-1 / 0", "0 / 0", "3.5 * (x - -2)", "((((7))))", "2 * (3 + ", "4 + * 5", "1 2", "", "0.1 + 0.2",
                "2 ^ 0.5", "100000 * 100000 * 100000 * 100000"};
        for (String in : inputs) {
            try {
                Node n = parse(in);
                System.out.println("[" + in + "] => " + n.show() + " ; x=3: " + n.eval(3) + " ; x=-0.5: " + n.eval(-0.5));
            } catch (ParseException e) {
                System.out.println("[" + in + "] => error: " + e.getMessage() + " (pos " + e.pos + ")");
            } catch (NumberFormatException e) {
                System.out.println("[" + in + "] => bad number");
            }
        }
        try {
            Node poly = parse("x^3 - 2*x - 5");
            double lo = 2, hi = 3;
            for (int i = 0; i < 60; i++) {
                double mid = (lo + hi) / 2;
                if (poly.eval(mid) > 0) hi = mid; else lo = mid;
            }
            System.out.println("root of x^3-2x-5 by bisection: " + lo);
        } catch (ParseException e) {
            System.out.println("unexpected " + e);
        }
    }
}
