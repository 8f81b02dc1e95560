package computequest.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's own teaching rules, from {@code rules.txt} in its folder: one rule a line, {@code NAME VALUE...}, with
 * {@code #} comments. {@code ./play author check} enforces them, so each story sets its own; a story without the file
 * has none. story/README.md lists the rules.
 *
 * @param rules each rule's words after its name, by name, in file order
 * @param at    where each rule is written
 */
public record StoryRules(String file, Map<String, List<String>> rules, Map<String, Position> at) {

    public static final String FILE = "rules.txt";

    /** Every rule name and what its value is, for error messages and the README. */
    static final Map<String, String> KNOWN = knownRules();

    public StoryRules {
        rules = Map.copyOf(rules);
        at = Map.copyOf(at);
    }

    /** No rules at all. */
    public static final StoryRules NONE = new StoryRules(FILE, Map.of(), Map.of());

    private static Map<String, String> knownRules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("objective", "required: every scene but an ending has an @objective");
        m.put("hints", "N: every scene but an ending has at least N @hint lines");
        m.put("choice-length", "N: a choice's text has at most N characters");
        m.put("explain-wrong-choices", "yes: a choice with no target, and every @check, has feedback");
        m.put("quiz-per-chapter", "N [except CHAPTER...]: each chapter has N @quiz scenes with an explained right and"
                + " wrong answer; chapters whose name starts with an 'except' word are exempt");
        m.put("endings", "N: at least N @ending scenes");
        m.put("badges", "N: at least N different badges");
        m.put("figures", "FILE: every price and limit in the prose is on this allow-list (see figures.txt)");
        m.put("coverage", "FILE: the concept table; every concept names scenes that teach it and one whose @goal"
                + " practises it");
        m.put("walkthroughs", "run: author check runs every walkthrough, as author test does");
        m.put("walkthrough-reach", "scenes: every scene is reached by some walkthrough");
        m.put("transcripts", "FOLDER: golden transcripts (NAME.in, NAME.expected) replayed against the story");
        m.put("warnings", "error: warnings count as errors");
        return m;
    }

    /** Reads a rules file; unknown names and bad values are errors at their position. */
    public static StoryRules parse(String file, String text, List<Diagnostic> problems) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        Map<String, Position> at = new LinkedHashMap<>();
        for (Entry entry : entries(file, text)) {
            Position p = entry.at();
            String body = entry.body();
            List<String> words = List.of(body.split("\\s+"));
            String name = words.get(0);
            if (!KNOWN.containsKey(name)) {
                problems.add(Diagnostic.error(p, "unknown rule '" + name + "'", new Suggest().hint(name,
                        KNOWN.keySet(), "rules are: " + String.join(", ", KNOWN.keySet()))));
                continue;
            }
            List<String> value = words.subList(1, words.size());
            if (value.isEmpty()) {
                problems.add(Diagnostic.error(p, "the rule '" + name + "' needs a value", name + " "
                        + KNOWN.get(name)));
                continue;
            }
            if (List.of("hints", "choice-length", "quiz-per-chapter", "endings", "badges").contains(name)
                    && !value.get(0).matches("\\d{1,6}")) {
                problems.add(Diagnostic.error(p, "the rule '" + name + "' needs a number, not '" + value.get(0) + "'",
                        name + " " + KNOWN.get(name)));
                continue;
            }
            if (rules.containsKey(name)) {
                problems.add(Diagnostic.warning(p, "the rule '" + name + "' is set twice; the first is at "
                        + at.get(name), "keep one"));
            }
            rules.put(name, value);
            at.put(name, p);
        }
        return new StoryRules(file, rules, at);
    }

    /** One non-comment line of a {@code #}-commented file: its words, and where they start. */
    record Entry(Position at, String body) {
    }

    /** The non-blank lines of a file whose comments start with {@code #}, without the comments. */
    static List<Entry> entries(String file, String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!body.isEmpty()) {
                out.add(new Entry(new Position(file, i + 1, line.indexOf(body.charAt(0)) + 1), body));
            }
        }
        return out;
    }

    public boolean has(String name) {
        return rules.containsKey(name);
    }

    /** The rule's first word, or null when the story does not set it. */
    public String value(String name) {
        List<String> v = rules.get(name);
        return v == null ? null : v.get(0);
    }

    /** The rule's number, or -1 when the story does not set it. */
    public int number(String name) {
        String v = value(name);
        return v == null ? -1 : Integer.parseInt(v);
    }

    /** The words after {@code except} in a rule, or none. */
    public List<String> exceptions(String name) {
        List<String> v = rules.getOrDefault(name, List.of());
        int i = v.indexOf("except");
        return i < 0 ? List.of() : new ArrayList<>(v.subList(i + 1, v.size()));
    }

    /** Where the rule is written, for messages that point at the rule itself. */
    public Position position(String name) {
        return at.getOrDefault(name, new Position(file, 1, 1));
    }

    /** "(rules.txt:3 asks for it)" style suffix naming the rule behind a message. */
    String because(String name) {
        return " (rule '" + name + "' at " + position(name) + ")";
    }
}
