package computequest.present;

import computequest.engine.View;
import computequest.sim.CloudSim;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tab completion, one word at a time: after the words already typed, the next word of a command (from the view's
 * completions: commands, {@code aws SERVICE OPERATION}, {@code glossary TERM}), or after a parameter that takes an
 * id or a name, the ids and names in the simulated cloud; after {@code aws SERVICE OPERATION}, its parameter names
 * from the service model (not the ones already typed, and none right after a parameter that takes a value). Words
 * never contain spaces, so a line editor inserts them as they are.
 */
public final class Completions {

    private Completions() {
    }

    /**
     * The words that may come next.
     *
     * @param before the complete words before the one being typed
     * @return candidates for the word being typed, in a stable order, without duplicates
     */
    public static List<String> next(View view, List<String> before) {
        Set<String> out = new LinkedHashSet<>();
        if (!before.isEmpty()) {
            String last = before.get(before.size() - 1);
            if (before.size() == 1 || last.startsWith("--")) {
                String service = before.size() >= 2 && before.get(0).equals("aws") ? before.get(1) : "";
                var values = ParamValues.after(service, last, view.resources());
                if (values.isPresent()) {
                    return values.get();
                }
            }
        }
        if (before.size() >= 3 && before.get(0).equals("aws")) {
            Map<String, Boolean> params = CloudSim.parameters(before.get(1), before.get(2));
            String last = before.get(before.size() - 1);
            if (!params.isEmpty()) {
                if (!Boolean.TRUE.equals(params.get(last))) {
                    params.keySet().stream().filter(p -> !before.contains(p)).forEach(out::add);
                }
                return List.copyOf(out);
            }
        }
        for (String phrase : view.completions()) {
            if (view.choices().contains(phrase)) {
                continue; // a choice is picked by its number; its text is not a command
            }
            String[] words = phrase.split(" ");
            if (words.length > before.size() && startsWith(words, before)) {
                out.add(words[before.size()]);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whole-line candidates (for an input that completes the text before the cursor): that text up to its last word,
     * followed by each next word.
     */
    public static List<String> lines(View view, String typed) {
        int cut = typed.lastIndexOf(' ') + 1;
        String head = typed.substring(0, cut);
        List<String> before = head.isBlank() ? List.of() : List.of(head.strip().split(" +"));
        List<String> out = new ArrayList<>();
        for (String word : next(view, before)) {
            out.add(head + word);
        }
        return out;
    }

    private static boolean startsWith(String[] words, List<String> before) {
        for (int i = 0; i < before.size(); i++) {
            if (!words[i].equalsIgnoreCase(before.get(i))) {
                return false;
            }
        }
        return true;
    }
}
