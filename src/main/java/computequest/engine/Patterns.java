package computequest.engine;

import java.util.List;

/** Matching of @on patterns against typed commands, and edit distance for suggestions. */
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

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
