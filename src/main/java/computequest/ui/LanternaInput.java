package computequest.ui;

import computequest.engine.View;
import computequest.present.Completions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The full-screen input line: the text being typed, the cursor, the history of submitted lines, and Tab completion.
 * Pure state with no terminal, so it is tested on its own.
 */
final class LanternaInput {

    static final int HISTORY_LIMIT = 500;

    private final StringBuilder text = new StringBuilder();
    private int cursor;
    private final List<String> history = new ArrayList<>();
    /** Index into history while browsing it; history.size() when not browsing. */
    private int browse;
    /** What was typed before browsing started, restored when browsing past the newest entry. */
    private String draft = "";

    String text() {
        return text.toString();
    }

    int cursor() {
        return cursor;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    List<String> history() {
        return List.copyOf(history);
    }

    void insert(char c) {
        text.insert(cursor, c);
        cursor++;
        browse = history.size();
    }

    void backspace() {
        if (cursor > 0) {
            text.deleteCharAt(cursor - 1);
            cursor--;
        }
    }

    void delete() {
        if (cursor < text.length()) {
            text.deleteCharAt(cursor);
        }
    }

    void left() {
        cursor = Math.max(0, cursor - 1);
    }

    void right() {
        cursor = Math.min(text.length(), cursor + 1);
    }

    void home() {
        cursor = 0;
    }

    void end() {
        cursor = text.length();
    }

    void clear() {
        set("");
    }

    /** Deletes the word before the cursor (Ctrl-W). */
    void deleteWord() {
        int i = cursor;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        while (i > 0 && text.charAt(i - 1) != ' ') {
            i--;
        }
        text.delete(i, cursor);
        cursor = i;
    }

    void set(String s) {
        text.setLength(0);
        text.append(s);
        cursor = text.length();
    }

    /** Takes the line: it is cleared and, unless blank or a repeat of the last one, remembered. */
    String submit() {
        String line = text.toString();
        if (!line.isBlank() && (history.isEmpty() || !history.get(history.size() - 1).equals(line))) {
            history.add(line);
            if (history.size() > HISTORY_LIMIT) {
                history.remove(0);
            }
        }
        browse = history.size();
        draft = "";
        set("");
        return line;
    }

    /** Up: the previous history entry. */
    void previous() {
        if (browse == 0) {
            return;
        }
        if (browse == history.size()) {
            draft = text.toString();
        }
        browse--;
        set(history.get(browse));
    }

    /** Down: the next history entry, and past the newest, what was typed before. */
    void next() {
        if (browse >= history.size()) {
            return;
        }
        browse++;
        set(browse == history.size() ? draft : history.get(browse));
    }

    /**
     * Tab: completes the text before the cursor against the candidates (case-insensitive prefix). One match is put in
     * whole with a space after it; several are completed to their longest common prefix, so a word that is whole as
     * typed but begins another ({@code aws s3} beside {@code aws s3api}) stays and both are listed.
     *
     * @return the matching candidates, for the screen to list when there are several
     */
    List<String> complete(List<String> candidates) {
        String typed = text.substring(0, cursor);
        String lower = typed.toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        String exact = null; // a candidate that is the word as typed: 's3' beside 's3api'
        for (String c : candidates) {
            if (c.equalsIgnoreCase(typed) && !typed.isEmpty()) {
                exact = c;
            } else if (c.toLowerCase(Locale.ROOT).startsWith(lower) && !matches.contains(c)) {
                matches.add(c);
            }
        }
        if (exact != null) {
            matches.add(0, exact);
        }
        if (matches.isEmpty()) {
            return matches;
        }
        String rest = text.substring(cursor);
        String completed;
        if (matches.size() == 1) {
            completed = matches.get(0) + (rest.startsWith(" ") ? "" : " ");
        } else {
            completed = commonPrefix(matches);
            if (completed.length() < typed.length()) {
                completed = typed;
            }
        }
        text.setLength(0);
        text.append(completed).append(rest);
        cursor = completed.length();
        browse = history.size();
        return matches;
    }

    static String commonPrefix(List<String> words) {
        String p = words.get(0);
        for (String w : words) {
            int i = 0;
            while (i < p.length() && i < w.length()
                    && Character.toLowerCase(p.charAt(i)) == Character.toLowerCase(w.charAt(i))) {
                i++;
            }
            p = p.substring(0, i);
        }
        return p;
    }

    /** What remains of each match after the common words already typed, so more of them fit on the line. */
    static List<String> shortened(List<String> matches, String typed) {
        int cut = typed.lastIndexOf(' ') + 1;
        List<String> out = new ArrayList<>();
        for (String m : matches) {
            out.add(cut > 0 && m.length() > cut ? m.substring(cut) : m);
        }
        return out;
    }

    /** Tab's candidates: the line as typed with its next word (a command's, a glossary term, an id), or a choice. */
    static List<String> candidates(View v, String typed) {
        List<String> out = new java.util.ArrayList<>(Completions.lines(v, typed));
        out.addAll(v.choices());
        return out;
    }
}
