package computequest.sim.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line the way a POSIX shell does for plain words, quotes and backslashes. */
public final class Tokens {

    private Tokens() {
    }

    /** @throws CliError when a quote is left open */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        int quoteAt = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()
                        && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                    cur.append(line.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                quoteAt = i;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new CliError("The quote " + quote + " at column " + (quoteAt + 1)
                    + " is never closed. Close it, or remove it.");
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }
}
