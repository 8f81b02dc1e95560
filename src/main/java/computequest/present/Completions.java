package computequest.present;

import computequest.engine.View;
import computequest.sim.CloudSim;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tab completion, one word at a time: after the words already typed, the next word of a command (from the view's
 * completions: commands, {@code aws SERVICE OPERATION}, {@code glossary TERM}), or after a parameter that takes an
 * id or a name, the ids and names in the simulated cloud; after {@code aws SERVICE OPERATION}, its parameter names
 * from the service model (not the ones already typed, and none right after a parameter that takes a value); after a
 * parameter with a fixed set of values ({@code --output}, {@code --instance-type}, {@code --runtime}), those values
 * ({@link EnumValues}); and a word begun with {@code file://} or {@code fileb://}, the laptop's files. Words never
 * contain spaces, so a line editor inserts them as they are.
 */
public final class Completions {

    /** How the view's completions name a laptop file: {@code file://taskdef.json}. */
    private static final String FILE = "file://";
    private static final List<String> FILE_SCHEMES = List.of(FILE, "fileb://");

    private Completions() {
    }

    /**
     * The words that may come next.
     *
     * @param before the complete words before the one being typed
     * @return candidates for the word being typed, in a stable order, without duplicates
     */
    public static List<String> next(View view, List<String> before) {
        return next(view, before, "");
    }

    /**
     * The same, knowing what is typed of the word so far: a value from a fixed set is offered from the simulator's
     * own values when one of them begins with it ({@link EnumValues}), {@code file://} begins a laptop file's name,
     * and {@code --param=} is followed by the parameter's values.
     *
     * @param typed the part of the word being typed that is before the cursor ("" for none)
     */
    public static List<String> next(View view, List<String> before, String typed) {
        int eq = typed.indexOf('=');
        if (typed.startsWith("--") && eq > 2) {
            // --instance-type=t3.mi: the parameter's values, with the parameter in front
            List<String> with = new ArrayList<>(before);
            with.add(typed.substring(0, eq));
            String flag = typed.substring(0, eq + 1);
            return values(view, with, typed.substring(eq + 1)).orElse(List.of()).stream().map(v -> flag + v).toList();
        }
        var values = values(view, before, typed);
        if (values.isPresent()) {
            return values.get();
        }
        Set<String> out = new LinkedHashSet<>();
        if (before.size() >= 3 && before.get(0).equals("aws")) {
            String last = before.get(before.size() - 1);
            Map<String, Boolean> params = CloudSim.parameters(before.get(1), before.get(2));
            if (!params.isEmpty()) {
                if (!Boolean.TRUE.equals(params.get(last))) {
                    params.keySet().stream().filter(p -> !before.contains(p)).forEach(out::add);
                }
                return List.copyOf(out);
            }
        }
        for (String phrase : view.completions()) {
            if (view.choices().contains(phrase) || phrase.startsWith(FILE)) {
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
        for (String word : next(view, before, typed.substring(cut))) {
            out.add(head + word);
        }
        return out;
    }

    /** The values the word may be, after a parameter that takes ids, names or a fixed set, or after file://; or none. */
    private static Optional<List<String>> values(View view, List<String> before, String typed) {
        for (String scheme : FILE_SCHEMES) {
            if (!before.isEmpty() && typed.startsWith(scheme)) {
                return Optional.of(files(view, scheme));
            }
        }
        if (before.isEmpty()) {
            return Optional.empty();
        }
        String last = before.get(before.size() - 1);
        if (before.size() == 1 || last.startsWith("--")) {
            String service = before.size() >= 2 && before.get(0).equals("aws") ? before.get(1) : "";
            var ids = ParamValues.after(service, last, view.resources());
            if (ids.isPresent()) {
                return ids;
            }
        }
        if (before.size() >= 4 && before.get(0).equals("aws") && last.startsWith("--")) {
            return EnumValues.after(before.get(1), before.get(2), last, typed);
        }
        return Optional.empty();
    }

    /** The laptop's files as the view's completions name them ({@code file://PATH}), with the scheme typed. */
    private static List<String> files(View view, String scheme) {
        List<String> out = new ArrayList<>();
        for (String phrase : view.completions()) {
            if (phrase.startsWith(FILE)) {
                out.add(scheme + phrase.substring(FILE.length()));
            }
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
