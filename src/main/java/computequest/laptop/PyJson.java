package computequest.laptop;

import java.util.Optional;

/**
 * Checks JSON the way the AWS CLI does (Python's json module), so a file the player broke gets the CLI's own words:
 * {@code Expecting ',' delimiter: line 3 column 5 (char 41)}. It only checks syntax; it builds no tree.
 */
final class PyJson {

    private final String s;

    private PyJson(String s) {
        this.s = s;
    }

    /** Python's message for the first syntax error, or empty when the text is valid JSON. */
    static Optional<String> error(String text) {
        PyJson p = new PyJson(text);
        try {
            int end = p.value(p.ws(0));
            end = p.ws(end);
            if (end != text.length()) {
                throw p.fail("Extra data", end);
            }
            return Optional.empty();
        } catch (Bad b) {
            return Optional.of(b.getMessage());
        }
    }

    static boolean valid(String text) {
        return error(text).isEmpty();
    }

    private static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private Bad fail(String what, int pos) {
        int line = 1;
        int lastNewline = -1;
        for (int i = 0; i < pos && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                lastNewline = i;
            }
        }
        return new Bad(what + ": line " + line + " column " + (pos - lastNewline) + " (char " + pos + ")");
    }

    private int ws(int i) {
        while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private char at(int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    /** Scans one value starting exactly at {@code i}; returns the index after it. */
    private int value(int i) {
        if (i >= s.length()) {
            throw fail("Expecting value", i);
        }
        char c = s.charAt(i);
        switch (c) {
            case '"' -> {
                return string(i);
            }
            case '{' -> {
                return object(i + 1);
            }
            case '[' -> {
                return array(i + 1);
            }
            default -> {
                for (String word : new String[] {"null", "true", "false", "NaN", "Infinity", "-Infinity"}) {
                    if (s.startsWith(word, i)) {
                        return i + word.length();
                    }
                }
                int end = number(i);
                if (end < 0) {
                    throw fail("Expecting value", i);
                }
                return end;
            }
        }
    }

    /** Python's number pattern: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? ; -1 when none starts here. */
    private int number(int i) {
        int j = i;
        if (at(j) == '-') {
            j++;
        }
        if (at(j) == '0') {
            j++;
        } else if (at(j) >= '1' && at(j) <= '9') {
            while (Character.isDigit(at(j)) && at(j) < 128) {
                j++;
            }
        } else {
            return -1;
        }
        if (at(j) == '.' && isDigit(at(j + 1))) {
            j += 2;
            while (isDigit(at(j))) {
                j++;
            }
        }
        if ((at(j) == 'e' || at(j) == 'E')) {
            int k = j + 1;
            if (at(k) == '+' || at(k) == '-') {
                k++;
            }
            if (isDigit(at(k))) {
                while (isDigit(at(k))) {
                    k++;
                }
                j = k;
            }
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int string(int begin) {
        int i = begin + 1;
        while (true) {
            if (i >= s.length()) {
                throw fail("Unterminated string starting at", begin);
            }
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c < 0x20) {
                throw fail("Invalid control character at", i);
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    throw fail("Unterminated string starting at", begin);
                }
                char e = s.charAt(i + 1);
                if (e == 'u') {
                    for (int k = i + 2; k < i + 6; k++) {
                        if (k >= s.length() || Character.digit(s.charAt(k), 16) < 0) {
                            throw fail("Invalid \\uXXXX escape", i + 1);
                        }
                    }
                    i += 6;
                    continue;
                }
                if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw fail("Invalid \\escape", i);
                }
                i += 2;
                continue;
            }
            i++;
        }
    }

    private int object(int i) {
        i = ws(i);
        if (at(i) == '}' && i < s.length()) {
            return i + 1;
        }
        while (true) {
            if (at(i) != '"' || i >= s.length()) {
                throw fail("Expecting property name enclosed in double quotes", i);
            }
            i = ws(string(i));
            if (at(i) != ':' || i >= s.length()) {
                throw fail("Expecting ':' delimiter", i);
            }
            i = ws(value(ws(i + 1)));
            if (i < s.length() && s.charAt(i) == '}') {
                return i + 1;
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw fail("Expecting ',' delimiter", i);
            }
            i = ws(i + 1);
        }
    }

    private int array(int i) {
        i = ws(i);
        if (i < s.length() && s.charAt(i) == ']') {
            return i + 1;
        }
        while (true) {
            i = ws(value(i));
            if (i < s.length() && s.charAt(i) == ']') {
                return i + 1;
            }
            if (i >= s.length() || s.charAt(i) != ',') {
                throw fail("Expecting ',' delimiter", i);
            }
            i = ws(i + 1);
        }
    }
}
