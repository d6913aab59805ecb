package javax.microedition.lcdui;

import com.kava.midp.Host;

/**
 * The text of a TextField or TextBox and its phone-key input. Multi-tap: each press of a
 * digit key 2-9 puts the next of the key's letters ("abc2" on 2) in place of the pending
 * character; a different key, a pause of COMMIT_MS on the VM clock, or an arrow commits
 * it. 0 gives " 0", 1 punctuation, * symbols; # switches abc -> Abc -> ABC -> 123.
 * NUMERIC, DECIMAL and PHONENUMBER fields take digits directly. CLEAR deletes the
 * character before the caret.
 */
final class TextEditor {
    /** What the editor tells its TextField or TextBox. */
    interface Client {
        /** The text changed by the user; committed says whether a character was settled. */
        void edited(boolean committed);

        void redraw();
    }

    static final int COMMIT_MS = 1000;
    static final int LOWER = 0;
    static final int FIRST_UPPER = 1;
    static final int UPPER = 2;
    static final int DIGITS = 3;
    private static final String[] MODE_NAMES = {"abc", "Abc", "ABC", "123"};
    private static final String[] KEY_CHARS = {
        " 0", ".,?!'\"1-()@/:_", "abc2", "def3", "ghi4", "jkl5", "mno6", "pqrs7", "tuv8", "wxyz9"};
    private static final String STAR_CHARS = "*+-/=#%&<>";
    private static final String PHONE_STAR_CHARS = "*+pw";

    private final Client client;
    private final StringBuffer text = new StringBuffer();
    private int caret;
    private int maxSize;
    private int constraints;
    private int mode;
    private int pendingKey = -1;      // the key whose character is pending, or -1
    private int pendingChoice;        // which of the key's characters it is
    private long pendingTime;
    private java.util.TimerTask commitTask;

    TextEditor(Client client, String initial, int maxSize, int constraints) {
        this.client = client;
        if (maxSize <= 0) {
            throw new IllegalArgumentException("maxSize must be positive: " + maxSize);
        }
        checkConstraints(constraints);
        this.maxSize = maxSize;
        this.constraints = constraints;
        resetMode();
        setString(initial);
    }

    // ---- the MIDP API of TextField and TextBox -------------------------------------------

    String getString() {
        return text.toString();
    }

    void setString(String s) {
        String value = s == null ? "" : s;
        check(value);
        dropPending();
        text.setLength(0);
        text.append(value);
        caret = text.length();
        client.redraw();
    }

    int getChars(char[] data) {
        if (data == null) {
            throw new NullPointerException();
        }
        if (data.length < text.length()) {
            throw new ArrayIndexOutOfBoundsException("array of " + data.length + " for " + text.length() + " chars");
        }
        text.getChars(0, text.length(), data, 0);
        return text.length();
    }

    void setChars(char[] data, int offset, int length) {
        if (data == null) {
            setString("");
            return;
        }
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new ArrayIndexOutOfBoundsException("chars " + offset + "+" + length + " of " + data.length);
        }
        setString(new String(data, offset, length));
    }

    void insert(String src, int position) {
        if (src == null) {
            throw new NullPointerException();
        }
        int at = Math.max(0, Math.min(position, text.length()));
        String result = text.toString().substring(0, at) + src + text.toString().substring(at);
        check(result);
        dropPending();
        boolean caretAfter = caret >= at;
        text.insert(at, src);
        if (caretAfter) {
            caret += src.length();
        }
        client.redraw();
    }

    void insert(char[] data, int offset, int length, int position) {
        if (data == null) {
            throw new NullPointerException();
        }
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new ArrayIndexOutOfBoundsException("chars " + offset + "+" + length + " of " + data.length);
        }
        insert(new String(data, offset, length), position);
    }

    void delete(int offset, int length) {
        if (offset < 0 || length < 0 || offset > text.length() - length) {
            throw new StringIndexOutOfBoundsException("delete " + offset + "+" + length + " of " + text.length());
        }
        String result = text.toString().substring(0, offset) + text.toString().substring(offset + length);
        check(result);
        dropPending();
        text.delete(offset, offset + length);
        if (caret > offset + length) {
            caret -= length;
        } else if (caret > offset) {
            caret = offset;
        }
        client.redraw();
    }

    int getMaxSize() {
        return maxSize;
    }

    int setMaxSize(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("maxSize must be positive: " + size);
        }
        if (text.length() > size) {
            check(text.toString().substring(0, size), size);
            dropPending();
            text.setLength(size);
            caret = Math.min(caret, size);
            client.redraw();
        }
        maxSize = size;
        return size;
    }

    int size() {
        return text.length();
    }

    int getCaretPosition() {
        return caret;
    }

    void setConstraints(int c) {
        checkConstraints(c);
        constraints = c;
        dropPending();
        if (!valid(text.toString(), c)) {
            text.setLength(0);
            caret = 0;
        }
        resetMode();
        client.redraw();
    }

    int getConstraints() {
        return constraints;
    }

    void setInitialInputMode(String characterSubset) {
        if ("MIDP_UPPERCASE_LATIN".equals(characterSubset)) {
            mode = UPPER;
        } else if ("MIDP_LOWERCASE_LATIN".equals(characterSubset)) {
            mode = LOWER;
        } else if ("IS_LATIN_DIGITS".equals(characterSubset)) {
            mode = DIGITS;
        } else {
            resetMode();
        }
    }

    // ---- validity ---------------------------------------------------------------------------

    private static void checkConstraints(int c) {
        int kind = c & TextField.CONSTRAINT_MASK;
        if (kind > TextField.DECIMAL || (c & ~0x3FFFFF) != 0) {
            throw new IllegalArgumentException("invalid constraints " + c);
        }
    }

    private void check(String s) {
        check(s, maxSize);
    }

    private void check(String s, int max) {
        if (s.length() > max) {
            throw new IllegalArgumentException("text longer than maxSize " + max);
        }
        if (!valid(s, constraints)) {
            throw new IllegalArgumentException("text not allowed by the constraints: " + s);
        }
    }

    static boolean valid(String s, int constraints) {
        int kind = constraints & TextField.CONSTRAINT_MASK;
        if (kind == TextField.NUMERIC || kind == TextField.DECIMAL) {
            int dots = 0;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '-' && i == 0) {
                    continue;
                }
                if (ch == '.' && kind == TextField.DECIMAL && dots++ == 0) {
                    continue;
                }
                if (ch < '0' || ch > '9') {
                    return false;
                }
            }
            return true;
        }
        if (kind == TextField.PHONENUMBER) {
            for (int i = 0; i < s.length(); i++) {
                if ("0123456789+*#pw".indexOf(s.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- what the screen shows ------------------------------------------------------------

    private int kind() {
        return constraints & TextField.CONSTRAINT_MASK;
    }

    boolean editable() {
        return (constraints & TextField.UNEDITABLE) == 0;
    }

    boolean numeric() {
        int k = kind();
        return k == TextField.NUMERIC || k == TextField.DECIMAL || k == TextField.PHONENUMBER;
    }

    /** The text as drawn: '*' for each character of a PASSWORD field. */
    String shown() {
        if ((constraints & TextField.PASSWORD) == 0) {
            return text.toString();
        }
        char[] stars = new char[text.length()];
        for (int i = 0; i < stars.length; i++) {
            stars[i] = '*';
        }
        return new String(stars);
    }

    int caret() {
        return caret;
    }

    /** The index of the pending (not yet committed) character, or -1. */
    int pendingIndex() {
        return pendingKey >= 0 ? caret - 1 : -1;
    }

    /** The input mode's name for the indicator ("abc", "Abc", "ABC", "123"). */
    String modeName() {
        return numeric() ? "123" : MODE_NAMES[mode];
    }

    private void resetMode() {
        int c = constraints;
        if (numeric()) {
            mode = DIGITS;
        } else if ((c & (TextField.INITIAL_CAPS_SENTENCE | TextField.INITIAL_CAPS_WORD)) != 0) {
            mode = FIRST_UPPER;
        } else {
            mode = LOWER;
        }
    }

    // ---- keys (on the event thread) ---------------------------------------------------------

    /** A key press for the text; true if it was used. */
    boolean key(int keyCode) {
        if (Ui.is(keyCode, Host.KEY_CLEAR)) {
            return editable() && backspace();
        }
        if (!editable() || !(Ui.isDigit(keyCode) || keyCode == '*' || keyCode == '#')) {
            return false;
        }
        int k = kind();
        if (keyCode == '#') {
            if (k == TextField.DECIMAL && text.toString().indexOf('.') < 0) {
                typeChar('.');
            } else if (k == TextField.PHONENUMBER) {
                typeChar('#');
            } else if (!numeric()) {
                commit();
                mode = (mode + 1) % MODE_NAMES.length;
                client.redraw();
            }
            return true;
        }
        if (keyCode == '*') {
            if (k == TextField.NUMERIC || k == TextField.DECIMAL) {
                toggleMinus();
            } else {
                multiTap(keyCode, k == TextField.PHONENUMBER ? PHONE_STAR_CHARS : STAR_CHARS);
            }
            return true;
        }
        if (numeric() || mode == DIGITS) {
            typeChar((char) keyCode);
        } else {
            multiTap(keyCode, KEY_CHARS[keyCode - '0']);
        }
        return true;
    }

    /** Move the caret one character; false at the ends (nothing moved). */
    boolean moveCaret(int step) {
        boolean hadPending = pendingKey >= 0;
        commit();
        int next = caret + step;
        if (next < 0 || next > text.length()) {
            return hadPending;
        }
        caret = next;
        client.redraw();
        return true;
    }

    void setCaret(int position) {
        commit();
        caret = Math.max(0, Math.min(position, text.length()));
        client.redraw();
    }

    /** Settle the pending character, if any (another key, a pause, leaving the field). */
    void commit() {
        if (pendingKey >= 0) {
            dropPending();
            client.edited(true);
            client.redraw();
        }
    }

    private void dropPending() {
        pendingKey = -1;
        if (commitTask != null) {
            commitTask.cancel();
            commitTask = null;
        }
    }

    private boolean backspace() {
        commit();
        if (caret == 0) {
            return false;
        }
        text.deleteCharAt(caret - 1);
        caret--;
        client.edited(true);
        client.redraw();
        return true;
    }

    private void typeChar(char ch) {
        commit();
        String result = text.toString().substring(0, caret) + ch + text.toString().substring(caret);
        if (result.length() > maxSize || !valid(result, constraints)) {
            return;
        }
        text.insert(caret, ch);
        caret++;
        client.edited(true);
        client.redraw();
    }

    private void toggleMinus() {
        commit();
        if (text.length() > 0 && text.charAt(0) == '-') {
            text.deleteCharAt(0);
            caret = Math.max(0, caret - 1);
        } else if (text.length() < maxSize) {
            text.insert(0, '-');
            caret++;
        } else {
            return;
        }
        client.edited(true);
        client.redraw();
    }

    private void multiTap(int keyCode, String chars) {
        long now = System.currentTimeMillis();
        if (pendingKey == keyCode && now - pendingTime < COMMIT_MS) {
            pendingChoice = (pendingChoice + 1) % chars.length();
            text.setCharAt(caret - 1, withCase(chars.charAt(pendingChoice), caret - 1));
        } else {
            commit();
            if (text.length() >= maxSize) {
                return;
            }
            pendingChoice = 0;
            text.insert(caret, withCase(chars.charAt(0), caret));
            caret++;
            pendingKey = keyCode;
        }
        pendingTime = now;
        scheduleCommit();
        client.edited(false);
        client.redraw();
    }

    private char withCase(char ch, int at) {
        boolean upper = mode == UPPER || (mode == FIRST_UPPER && startsSentence(at));
        if (mode == FIRST_UPPER && (constraints & TextField.INITIAL_CAPS_WORD) != 0
                && (at == 0 || text.charAt(at - 1) == ' ')) {
            upper = true;
        }
        return upper ? Character.toUpperCase(ch) : ch;
    }

    private boolean startsSentence(int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private void scheduleCommit() {
        if (commitTask != null) {
            commitTask.cancel();
        }
        final long stamp = pendingTime;
        commitTask = Ui.later(new Runnable() {
            public void run() {
                if (pendingKey >= 0 && pendingTime == stamp) {
                    commit();
                }
            }
        }, COMMIT_MS);
    }

    // ---- line breaking (TextBox) --------------------------------------------------------------

    /** The start offsets of the lines of s wrapped to width (breaking after spaces when it can). */
    static int[] lineStarts(String s, Font f, int width) {
        java.util.Vector starts = new java.util.Vector();
        int start = 0;
        starts.addElement(new Integer(0));
        while (start < s.length()) {
            int end = start;
            int lastBreak = -1;
            int w = 0;
            while (end < s.length() && s.charAt(end) != '\n') {
                int cw = f.charWidth(s.charAt(end));
                if (w + cw > width && end > start) {
                    break;
                }
                w += cw;
                if (s.charAt(end) == ' ') {
                    lastBreak = end + 1;
                }
                end++;
            }
            if (end >= s.length()) {
                break;
            }
            if (s.charAt(end) == '\n') {
                end++;
            } else if (lastBreak > start) {
                end = lastBreak;
            }
            starts.addElement(new Integer(end));
            start = end;
        }
        int[] result = new int[starts.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ((Integer) starts.elementAt(i)).intValue();
        }
        return result;
    }
}
