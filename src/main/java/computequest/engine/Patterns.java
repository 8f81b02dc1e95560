package computequest.engine;

import java.util.List;

/** Matching of @on patterns against typed commands. */
final class Patterns {

    private Patterns() {
    }

    /** Every pattern word appears in the input's words, in order; {@code *} matches any one word. */
    static boolean matches(List<String> pattern, String input) {
        String[] words = input.strip().split("\\s+");
        int i = 0;
        for (String p : pattern) {
            boolean found = false;
            while (i < words.length) {
                String w = words[i++];
                if (p.equals("*") || p.equalsIgnoreCase(w) || (p.startsWith("--") && w.startsWith(p + "="))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
