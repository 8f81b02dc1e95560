package computequest.story;

/**
 * Character tests the parser once made with regular expressions, written out: a regex compiles when its class loads
 * and runs interpreted at every game start, where these few loops cost next to nothing. Each method says which
 * pattern it stands for; {@code \s} and {@code \d} mean what they mean in {@link java.util.regex.Pattern} (ASCII).
 */
final class Scan {

    private Scan() {
    }

    /** The first index at or after {@code from} that is not whitespace as {@link String#strip()} counts it. */
    static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link #skipWhitespace(String, int)}, stopping at {@code to}. */
    static int skipWhitespace(String s, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code c} is regex {@code \s}: space, tab, newline, vertical tab, form feed or carriage return. */
    static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean lowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Regex {@code [a-z0-9][a-z0-9-]*} (a scene id) when {@code firstLetter} is false, {@code [a-z][a-z0-9-]*} (a
     * resource kind or attribute) when true: the length of the longest match at {@code from}, 0 when none. */
    static int id(String s, int from, boolean firstLetter) {
        if (from >= s.length() || !(firstLetter ? s.charAt(from) >= 'a' && s.charAt(from) <= 'z'
                : lowerOrDigit(s.charAt(from)))) {
            return 0;
        }
        int i = from + 1;
        while (i < s.length() && (lowerOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return i - from;
    }

    /** Whether all of {@code s} is regex {@code [a-z0-9][a-z0-9-]*}. */
    static boolean sceneId(String s) {
        return !s.isEmpty() && id(s, 0, false) == s.length();
    }

    /** Whether all of {@code s} is regex {@code [a-z][a-z0-9-]*}. */
    static boolean kind(String s) {
        return !s.isEmpty() && id(s, 0, true) == s.length();
    }

    /** Regex {@code [A-Za-z0-9_.-]+} at {@code from}: the length of the longest match, 0 when none. */
    static int name(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || digit(c) || c == '_' || c == '.' || c == '-')) {
                break;
            }
            i++;
        }
        return i - from;
    }

    /** Whether all of {@code s} is regex {@code [A-Za-z0-9_.-]+(=\S+)?} (a flag, with or without a value). */
    static boolean flag(String s) {
        int n = name(s, 0);
        if (n == 0 || n == s.length()) {
            return n > 0;
        }
        if (s.charAt(n) != '=' || n + 1 == s.length()) {
            return false;
        }
        for (int i = n + 1; i < s.length(); i++) {
            if (space(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Regex {@code \d{min,max}} over {@code s} from {@code from} to its end. */
    static boolean digits(String s, int from, int min, int max) {
        int n = s.length() - from;
        if (n < min || n > max) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether all of {@code s} is regex {@code [+-]?\d{1,6}} (a score change). */
    static boolean score(String s) {
        return digits(s, !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0, 1, 6);
    }

    /**
     * The comparison operator at {@code from}, as regex {@code !=|<=|>=|=|~|<|>} picks it (without {@code ~} when
     * {@code tilde} is false); null when there is none.
     */
    static Condition.Compare operator(String s, int from, boolean tilde) {
        if (from >= s.length()) {
            return null;
        }
        char c = s.charAt(from);
        boolean eq = from + 1 < s.length() && s.charAt(from + 1) == '=';
        return switch (c) {
            case '!' -> eq ? Condition.Compare.NE : null;
            case '<' -> eq ? Condition.Compare.LE : Condition.Compare.LT;
            case '>' -> eq ? Condition.Compare.GE : Condition.Compare.GT;
            case '=' -> Condition.Compare.EQ;
            case '~' -> tilde ? Condition.Compare.CONTAINS : null;
            default -> null;
        };
    }

    /** Whether all of {@code s} from {@code from} is regex {@code -?\d+(?:\.\d+)?}. */
    static boolean number(String s, int from) {
        int i = from < s.length() && s.charAt(from) == '-' ? from + 1 : from;
        int start = i;
        while (i < s.length() && digit(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int frac = ++i;
        while (i < s.length() && digit(s.charAt(i))) {
            i++;
        }
        return i > frac && i == s.length();
    }

    /** Whether {@code s} from {@code from} holds no line terminator, so that regex {@code .*} matches all of it. */
    static boolean noLineBreak(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the UTF-8 bytes hold a control character that a line of the text could keep: what {@link
     * #hasControl(String)} says of their text, read on the bytes (a C0 control or DEL is one byte; a C1 control is
     * 0xC2 then 0x80 to 0x9F), which is several times faster than through the string.
     */
    static boolean hasControl(byte[] utf8) {
        for (int i = 0, n = utf8.length; i < n; i++) {
            byte b = utf8[i];
            // Printable ASCII, the bulk of a story, in one test (the loop runs interpreted at every game start);
            // bytes of 0x80 and up are negative.
            if (b >= 0x20 && b != 0x7F) {
                continue;
            }
            int next = i + 1 < n ? utf8[i + 1] & 0xFF : -1;
            if (b >= 0 ? b != '\n' && b != '\t' && !(b == '\r' && next == '\n')
                    : b == (byte) 0xC2 && next >= 0x80 && next <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a control character that a line of it could keep (a CR ending a line cannot). */
    static boolean hasControl(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Printable.isControl(c) && !(c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                return true;
            }
        }
        return false;
    }
}
