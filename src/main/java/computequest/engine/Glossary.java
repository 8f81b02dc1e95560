package computequest.engine;

import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code glossary} command: every term the story defines, or one term's definition. */
final class Glossary {

    private Glossary() {
    }

    /** {@code glossary} alone lists the terms; {@code glossary TERM} defines one (case-insensitive, or a close match). */
    static String answer(Map<String, String> glossary, String query) {
        if (glossary.isEmpty()) {
            return "This story defines no glossary terms.";
        }
        String q = query.strip();
        if (q.isEmpty()) {
            // one line: each renderer wraps it at spaces to its own width (wrapping here too came out ragged)
            return "Glossary (type 'glossary TERM' for a definition):\n  " + String.join(", ", glossary.keySet());
        }
        String wanted = q.toLowerCase(Locale.ROOT);
        for (var e : glossary.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                return e.getKey() + ": " + e.getValue();
            }
        }
        List<String> partial = new ArrayList<>();
        for (String term : glossary.keySet()) {
            if (term.toLowerCase(Locale.ROOT).contains(wanted)) {
                partial.add(term);
            }
        }
        if (partial.size() == 1) {
            String term = partial.get(0);
            return term + ": " + glossary.get(term);
        }
        if (partial.size() > 1) {
            return "'" + q + "' matches several terms: " + String.join(", ", partial) + ". Type one of them.";
        }
        Map<String, String> byLower = new java.util.LinkedHashMap<>();
        glossary.keySet().forEach(t -> byLower.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
        String suggestion = Suggest.closest(wanted, byLower.keySet(), Math.max(2, wanted.length() / 3))
                .map(t -> " Did you mean '" + byLower.get(t) + "'?").orElse("");
        return "The glossary has no entry for '" + q + "'." + suggestion + " Type 'glossary' for the list.";
    }
}
