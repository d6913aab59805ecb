import java.util.EmptyStackException;
import java.util.Stack;

// java.util.Stack: push/pop/peek/search/empty, it is a Vector underneath (get, insert,
// iteration bottom to top), EmptyStackException, and a bracket matcher plus an RPN evaluator.
public class StackOps {
    static boolean balanced(String s) {
        Stack<Character> st = new Stack<Character>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') st.push(c);
            else if (c == ')' || c == ']' || c == '}') {
                if (st.empty()) return false;
                char o = st.pop();
                if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) return false;
            }
        }
        return st.isEmpty();
    }

    static long rpn(String expr) {
        Stack<Long> st = new Stack<Long>();
        for (String tok : expr.split(" ")) {
            if (tok.equals("+")) st.push(st.pop() + st.pop());
            else if (tok.equals("*")) st.push(st.pop() * st.pop());
            else if (tok.equals("-")) {
                long b = st.pop();
                st.push(st.pop() - b);
            } else if (tok.equals("/")) {
                long b = st.pop();
                st.push(st.pop() / b);
            } else st.push(Long.parseLong(tok));
        }
        return st.pop();
    }

    public static void main(String[] args) {
        Stack<String> s = new Stack<String>();
        System.out.println("new stack empty=" + s.empty() + " " + s);
        System.out.println("push returns " + s.push("a") + ", " + s.push("b") + ", " + s.push("c"));
        s.push("b");
        System.out.println("stack " + s + " peek=" + s.peek() + " size=" + s.size());
        System.out.println("search(b)=" + s.search("b") + " search(a)=" + s.search("a") + " search(z)=" + s.search("z"));
        System.out.println("pop=" + s.pop() + " pop=" + s.pop() + " now " + s);
        s.add(0, "bottom");
        System.out.println("Vector methods: get(0)=" + s.get(0) + " elementAt(1)=" + s.elementAt(1) + " " + s);
        StringBuilder it = new StringBuilder();
        for (String x : s) it.append(x).append(' ');
        System.out.println("iteration order (bottom first): " + it.toString().trim());
        while (!s.empty()) s.pop();
        try {
            s.pop();
        } catch (EmptyStackException e) {
            System.out.println("pop on empty: " + e.getClass().getName() + " message=" + e.getMessage());
        }
        try {
            s.peek();
        } catch (EmptyStackException e) {
            System.out.println("peek on empty: " + e.getClass().getName());
        }
        Stack<Integer> nums = new Stack<Integer>();
        for (int i = 1; i <= 25; i++) nums.push(i * 3);
        System.out.println("capacity after 25 pushes=" + nums.capacity() + " search(3)=" + nums.search(3) + " search(75)=" + nums.search(75));
        nums.push(null);
        System.out.println("null pushed: peek=" + nums.peek() + " search(null)=" + nums.search(null));

        String[] tests = {"()", "([]{})", "([)]", "((((", "", "{[()()]}[]", "}", "a(b[c]d)e"};
        for (String t : tests) System.out.println("balanced(\"" + t + "\") = " + balanced(t));
        String[] exprs = {"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "100 7 / 3 -", "1 2 3 4 5 * * * *"};
        for (String e : exprs) System.out.println("rpn(" + e + ") = " + rpn(e));
        try {
            rpn("1 +");
        } catch (EmptyStackException e) {
            System.out.println("rpn(1 +): EmptyStackException");
        }

        // reverse a string with a stack of characters
        Stack<Character> chars = new Stack<Character>();
        for (char c : "conformance".toCharArray()) chars.push(c);
        StringBuilder rev = new StringBuilder();
        while (!chars.isEmpty()) rev.append(chars.pop());
        System.out.println("reversed: " + rev);
    }
}
