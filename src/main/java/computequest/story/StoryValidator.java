package computequest.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The story checker. It reports every problem at once, each with file:line:column, a message and a hint: syntax
 * errors (from the parser), duplicate ids, missing targets, unreachable scenes, dead ends that are not endings, unknown
 * kinds, attributes and commands, flags nothing sets, scenes without hints. Every check is linear in the story's size.
 */
public final class StoryValidator {

    /** Compiled once: {@code String.split}, {@code replaceAll} and {@code matches} compile theirs at every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Story story;
    private final SimVocabulary vocabulary;
    private final List<Diagnostic> out = new ArrayList<>();
    private final Suggest suggest = new Suggest();
    private final Set<String> flagsSet = new HashSet<>();
    private final HintCommands hintCommands;
    /** Whether the parser saw no control character in the story's text (see {@link StoryParser.Parsed}). */
    private boolean controlFree;

    private StoryValidator(Story story, SimVocabulary vocabulary) {
        this.story = story;
        this.vocabulary = new RememberedVocabulary(vocabulary);
        this.hintCommands = new HintCommands(this.vocabulary);
    }

    /** Parser problems plus the checker's, sorted by file, line and column. */
    public static List<Diagnostic> check(StoryParser.Parsed parsed, SimVocabulary vocabulary) {
        StoryValidator v = new StoryValidator(parsed.story(), vocabulary);
        v.out.addAll(parsed.diagnostics());
        v.controlFree = parsed.controlFree();
        v.run(StoryMerge.besidesDuplicates(parsed), parsed.duplicates());
        parsed.duplicates().forEach(v::checkScene);
        List<Diagnostic> all = new ArrayList<>(v.out);
        all.sort(Comparator.comparing((Diagnostic d) -> d.position().file())
                .thenComparingInt(d -> d.position().line()).thenComparingInt(d -> d.position().column()));
        return all;
    }

    /** The closest of {@code candidates} to {@code word}, if it looks like a typo of it. */
    public static java.util.Optional<String> didYouMean(String word, Collection<String> candidates) {
        return new Suggest().nearest(word, candidates);
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * A walkthrough's own problems: its syntax, then scene ids, resource kinds and attributes it names that the
     * story or the simulated cloud do not have.
     */
    public static List<Diagnostic> checkWalkthrough(Walkthrough.Parsed parsed, Story story,
                                                    SimVocabulary vocabulary) {
        StoryValidator v = new StoryValidator(story, vocabulary);
        v.out.addAll(parsed.diagnostics());
        v.collectAllFlags();
        Walkthrough w = parsed.walkthrough();
        if (w.lines().stream().noneMatch(Walkthrough.Line::expects) && !parsed.hasErrors()) {
            v.out.add(Diagnostic.error(new Position(w.file(), 1, 1), "this walkthrough expects nothing, so it"
                    + " passes whatever the game does", "add 'expect scene ID' (or another expect line) after the"
                    + " inputs it checks"));
        }
        if (w.from() != null) {
            v.sceneId(w.from(), w.fromAt(), "@from");
        }
        for (Walkthrough.Line line : w.lines()) {
            if (line instanceof Walkthrough.ExpectScene e) {
                v.sceneId(e.sceneId(), e.position(), "'expect scene'");
            } else if (line instanceof Walkthrough.ExpectCard e) {
                v.sceneId(e.sceneId(), e.position(), "'expect card'");
            } else if (line instanceof Walkthrough.ExpectCondition c) {
                v.condition(c.condition());
            } else if (line instanceof Walkthrough.Input in) {
                in.selectors().forEach(sel -> v.resources(sel.condition()));
            }
        }
        return v.out;
    }

    private void sceneId(String id, Position at, String what) {
        if (!story.scenes().containsKey(id)) {
            out.add(Diagnostic.error(at, what + " names '" + id + "', which is not a scene",
                    suggest.hint(id, story.scenes().keySet(), "fix the scene id")));
        }
    }

    private void collectAllFlags() {
        for (Scene s : story.scenes().values()) {
            collectFlags(s.onEnter());
            collectFlags(s.setup());
            for (Choice c : s.choices()) {
                collectFlags(c.effects());
            }
            for (Goal g : s.goals()) {
                collectFlags(g.effects());
            }
            for (Reaction r : s.reactions()) {
                collectFlags(r.effects());
            }
            if (!s.recall().concept().isEmpty()) {
                flagsSet.addAll(List.of(Recall.FLUENT + s.id(), Recall.NEEDED_HELP + s.id()));
            }
        }
    }


    private void run(List<Diagnostic> parseProblems, List<Scene> duplicates) {
        Set<Position> brokenScenes = scenesWithProblems(parseProblems, duplicates);
        collectAllFlags();
        if (!controlFree) {
            ControlCharacters.check(story, out);
        }
        SceneIndex index = new SceneIndex(story);
        java.util.BitSet reachable = new java.util.BitSet(index.size());
        int start = index.number(story.start());
        index.reach(start, reachable);
        if (start >= 0) {
            StoryTraps.unreachable(index, reachable, out);
        }
        for (int i = 0; i < index.size(); i++) {
            Scene s = index.scenes[i];
            if (!s.ending() && !index.hasEdges(i) && !brokenScenes.contains(s.position())) {
                out.add(Diagnostic.error(s.position(), "the scene '" + s.id() + "' is a dead end: nothing leads"
                        + " out of it and it is not an @ending", "add '* text -> next-scene', '@goal CONDITION ->"
                        + " next-scene', or mark it @ending"));
            }
            if (s.hints().isEmpty() && !s.ending()) {
                out.add(Diagnostic.warning(s.position(), "the scene '" + s.id() + "' has no @hint",
                        "add up to three: a nudge, the concept, then the exact command"));
            }
            checkScene(s);
        }
        out.addAll(RecallChecks.check(story, id -> suggest.hint(id, story.scenes().keySet(), "fix the scene id")));
        StoryTraps.check(story, index, reachable, parseProblems.stream().noneMatch(Diagnostic::isError), out);
        RepeatedScores.check(index, out);
    }

    private void checkScene(Scene s) {
        interpolations(s);
        effects(s.onEnter(), false);
        effects(s.setup(), true);
        for (Choice c : s.choices()) {
            c.conditions().forEach(this::condition);
            effects(c.effects(), false);
        }
        for (Goal g : s.goals()) {
            condition(g.condition());
            effects(g.effects(), false);
        }
        if (s.recall().task() != null) {
            condition(s.recall().task().condition());
            effects(s.recall().task().effects(), false);
        }
        for (Reaction r : s.reactions()) {
            List<String> p = r.pattern();
            if (p.size() >= 3 && p.get(0).equals("aws") && !p.get(1).equals("*") && !p.get(2).equals("*")
                    && !p.get(2).startsWith("-") && !vocabulary.knowsCommand(p.get(1), p.get(2))) {
                out.add(unknownCommand(r.position(), p.get(1), p.get(2), false, "check the spelling; a player typing it"
                        + " gets an 'unknown command' reply after this feedback"));
            }
            effects(r.effects(), false);
        }
        for (int i = 0; i < s.hints().size(); i++) {
            String[] w = hintCommands.unknown(s.hints().get(i));
            if (w.length > 0) {
                out.add(Diagnostic.warning(s.position(), "hint " + (i + 1) + " of '" + s.id()
                        + "' tells the player to type 'aws " + w[1] + " " + w[2]
                        + "', which the simulated cloud does not know", "check the command's spelling"));
            }
        }
    }

    /** A placeholder's kind, tests and attribute against the simulator's schema. */
    /** "a" or "an" before a resource kind: an instance, a function. */
    static String article(String kind) {
        return !kind.isEmpty() && "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an" : "a";
    }

    private void selector(Placeholders.Selector sel) {
        resources(sel.condition());
        Set<String> attrs = vocabulary.kinds().get(sel.condition().kind());
        if (attrs != null && !attrs.contains(sel.attribute())) {
            out.add(Diagnostic.error(sel.condition().position(), article(sel.condition().kind()) + " " + sel.condition().kind()
                    + " has no attribute '" + sel.attribute() + "'", suggest.hint(sel.attribute(), attrs,
                    "attributes are: " + sorted(attrs))));
        }
    }

    /** Values filled into prose, hints and feedback name real kinds and attributes (checked at the scene). */
    private void interpolations(Scene s) {
        for (String h : s.hints()) {
            interpolation(h, s.position());
        }
        prose(s);
        for (Choice c : s.choices()) {
            interpolation(c.feedback(), s.position());
        }
        for (Goal g : s.goals()) {
            interpolation(g.feedback(), s.position());
        }
        for (Reaction r : s.reactions()) {
            interpolation(r.feedback(), s.position());
        }
    }

    /**
     * The scene's prose, each placeholder and @if test at the line it was written on when every one of them is in a
     * mark (a placeholder broken across two lines is only whole in the joined text, checked at the scene's line).
     */
    private void prose(Scene s) {
        if (ProseMark.holdAll(s.marks(), s.text())) {
            s.marks().forEach(m -> interpolation(m.text(), m.position()));
        } else {
            interpolation(s.text(), s.position());
        }
    }

    private void interpolation(String text, Position at) {
        if (text.contains("${")) {
            List<Condition> ifs = new ArrayList<>();
            Interpolation.check(text, at, new ArrayList<>(), ifs).forEach(this::selector);
            ifs.forEach(this::condition);
        }
    }

    private void collectFlags(List<Effect> effects) {
        for (int i = 0; i < effects.size(); i++) {
            if (effects.get(i) instanceof Effect.SetFlag f) {
                flagsSet.add(f.name());
            }
        }
    }

    private void effects(List<Effect> effects, boolean setup) {
        for (int i = 0; i < effects.size(); i++) {
            if (effects.get(i) instanceof Effect.Run r) {
                command(r, setup);
            }
        }
    }

    private void command(Effect.Run r, boolean setup) {
        String line = r.command();
        if (Placeholders.has(line)) {
            if (!setup) {
                out.add(Diagnostic.error(r.position(), "${...} placeholders work only in @setup lines and"
                        + " walkthroughs", "write the command in full here"));
                return;
            }
            List<Diagnostic> problems = new ArrayList<>();
            for (Placeholders.Selector sel : Placeholders.find(line, r.position(), problems)) {
                selector(sel);
            }
            out.addAll(problems);
        }
        if (!vocabulary.isCloudCommand(line)) {
            out.add(Diagnostic.error(r.position(), "'" + SPACES.split(line)[0] + "' is not a command of the"
                    + " simulated cloud", "run commands start with aws, ssh, docker, kubectl or curl"));
            return;
        }
        String[] w = SPACES.split(line.strip());
        if (w[0].equals("aws") && w.length >= 3 && !w[2].startsWith("-") && !w[2].equals("help")
                && !vocabulary.knowsCommand(w[1], w[2])) {
            out.add(unknownCommand(r.position(), w[1], w[2], true, "check the spelling against 'aws " + w[1]
                    + " help' in the game"));
        }
    }

    /**
     * An {@code aws} command the simulator does not run: a real command it knows of but does not simulate gets its own
     * message, pointing at how to extend the simulator; anything else is probably a typo.
     */
    private Diagnostic unknownCommand(Position at, String service, String operation, boolean error, String hint) {
        String cmd = "'aws " + service + " " + operation + "'";
        if (vocabulary.realButNotSimulated(service, operation)) {
            String msg = cmd + " is a real AWS command, but the simulator does not simulate it: a player who types it"
                    + " is told so and nothing changes";
            String how = "use a command the simulator runs (story/SIMULATOR.md lists them), or simulate it: add an"
                    + " Operation to the service's *Ops class in src/main/java/computequest/sim/SERVICE (services are"
                    + " registered in sim/Services.java) and a test beside it";
            return error ? Diagnostic.error(at, msg, how) : Diagnostic.warning(at, msg, how);
        }
        String msg = "the simulated cloud does not know " + cmd;
        return error ? Diagnostic.error(at, msg, hint) : Diagnostic.warning(at, msg, hint);
    }

    private void condition(Condition c) {
        if (c instanceof Condition.All all) {
            all.parts().forEach(this::condition);
        } else if (c instanceof Condition.Resources r) {
            resources(r);
        } else if (c instanceof Condition.Visited v) {
            sceneId(v.sceneId(), v.position(), "'visited'");
        } else if (c instanceof Condition.Flag f) {
            if (!flagsSet.contains(f.name()) && !f.negated()) {
                out.add(Diagnostic.warning(f.position(), "no effect ever sets the flag '" + f.name()
                        + "', so this is never true", suggest.hint(f.name(), flagsSet,
                        "set it somewhere with '~ flag " + f.name() + "'")));
            }
        }
    }

    private void resources(Condition.Resources r) {
        Map<String, Set<String>> kinds = vocabulary.kinds();
        if (kinds.isEmpty()) {
            return;
        }
        Set<String> attrs = kinds.get(r.kind());
        if (attrs == null) {
            out.add(Diagnostic.error(r.position(), "the simulated cloud has no resource kind '" + r.kind() + "'",
                    suggest.hint(r.kind(), kinds.keySet(), "kinds are: " + sorted(kinds.keySet()))));
            return;
        }
        Map<String, Set<String>> values = vocabulary.values(r.kind());
        for (Condition.AttrTest t : r.tests()) {
            if (!attrs.contains(t.attribute())) {
                out.add(Diagnostic.error(t.position(), article(r.kind()) + " " + r.kind() + " has no attribute '" + t.attribute() + "'",
                        suggest.hint(t.attribute(), attrs, "attributes are: " + sorted(attrs))));
                continue;
            }
            Set<String> known = values.get(t.attribute());
            boolean exact = t.compare() == Condition.Compare.EQ || t.compare() == Condition.Compare.NE;
            if (known != null && exact && !t.value().isEmpty() && !known.contains(t.value())) {
                out.add(Diagnostic.error(valueAt(t), "the simulated cloud never gives " + r.kind() + " "
                        + t.attribute() + " the value '" + t.value() + "'", suggest.hint(t.value(), known,
                        "values are: " + sorted(known))));
            } else if (!exact && t.compare() != Condition.Compare.CONTAINS && !NUMBER.matcher(t.value()).matches()) {
                out.add(Diagnostic.error(valueAt(t), "'" + t.attribute() + t.compare().symbol() + "' compares numbers,"
                        + " and '" + t.value() + "' is not one", "write a number, e.g. " + t.attribute()
                        + t.compare().symbol() + "512"));
            }
        }
    }

    /** Where an attribute test's value starts: after the attribute and its operator. */
    private static Position valueAt(Condition.AttrTest t) {
        return new Position(t.position().file(), t.position().line(), t.position().column() + t.attribute().length()
                + t.compare().symbol().length());
    }

    private static String sorted(Collection<String> words) {
        String[] a = words.toArray(new String[0]);
        Arrays.sort(a);
        return String.join(", ", a);
    }

    /**
     * Where the scenes holding a parse error start, found by binary search over each file's scene start lines (a
     * duplicate's own among them, so that its errors are not put on the scene before it).
     */
    private Set<Position> scenesWithProblems(List<Diagnostic> problems, List<Scene> duplicates) {
        if (!hasErrors(problems)) {
            return Set.of();
        }
        Map<String, List<Scene>> byFile = new HashMap<>();
        for (Scene s : story.scenes().values()) {
            byFile.computeIfAbsent(s.position().file(), k -> new ArrayList<>()).add(s);
        }
        duplicates.forEach(s -> byFile.computeIfAbsent(s.position().file(), k -> new ArrayList<>()).add(s));
        byFile.values().forEach(l -> l.sort(Comparator.comparingInt(s -> s.position().line())));
        Set<Position> out = new HashSet<>();
        for (Diagnostic d : problems) {
            List<Scene> l = byFile.get(d.position().file());
            if (!d.isError() || l == null) {
                continue;
            }
            int lo = 0;
            int hi = l.size() - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (l.get(mid).position().line() <= d.position().line()) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (found >= 0) {
                out.add(l.get(found).position());
            }
        }
        return out;
    }
}
