package computequest.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the files {@link StoryReader} read together, in file order: their problems, their scenes (a scene id used
 * twice is reported where its second scene ends), the glossary, {@code @story} and {@code @start} (the last wins),
 * and at the end every link and {@code @start} checked against the scenes.
 */
final class StoryMerge {
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, Scene> scenes = new LinkedHashMap<>();
    private final Map<String, String> glossary = new LinkedHashMap<>();
    private final Map<String, Position> glossaryAt = new LinkedHashMap<>();
    private final List<StoryReader.Target> targets = new ArrayList<>();
    private final List<Scene> duplicates = new ArrayList<>();
    private final Suggest suggest = new Suggest();
    private String storyId;
    private String storyTitle;
    private String start;
    private Position startAt;
    private boolean controlFree = true;

    /** The next file, read; {@code textControlFree} when its text holds no control character. */
    void add(StoryReader.FileParse file, boolean textControlFree) {
        controlFree = controlFree && textControlFree;
        List<Diagnostic> own = file.problems();
        int done = 0;
        for (StoryReader.Event e : file.events()) {
            problems.addAll(own.subList(done, e.at()));
            done = e.at();
            if (e instanceof StoryReader.Closed c) {
                closed(c);
            } else if (e instanceof StoryReader.Glossary g) {
                if (glossary.containsKey(g.term())) {
                    problems.add(Diagnostic.warning(g.position(), "the glossary term '" + g.term()
                            + "' is defined twice; the later one wins", "keep one definition; the first is at "
                            + glossaryAt.get(g.term())));
                } else {
                    glossaryAt.put(g.term(), g.position());
                }
                glossary.put(g.term(), g.definition());
            } else if (e instanceof StoryReader.Declared d) {
                storyId = d.id();
                storyTitle = d.title();
            } else if (e instanceof StoryReader.Started s) {
                start = s.id();
                startAt = s.position();
            }
        }
        problems.addAll(own.subList(done, own.size()));
        // A link to a scene read by now is sound whatever follows: only the others wait for the end. (A loop, not
        // removeIf with a lambda: its first use costs milliseconds at every game start.)
        int kept = 0;
        for (StoryReader.Target t : targets) {
            if (!scenes.containsKey(t.id())) {
                targets.set(kept++, t);
            }
        }
        targets.subList(kept, targets.size()).clear();
    }

    private void closed(StoryReader.Closed c) {
        Scene s = c.scene();
        Scene first = scenes.get(s.id());
        targets.addAll(c.targets());
        if (first != null) {
            // The later scene stays out of the story, but its links and lines are still checked: a duplicate id
            // must not hide the other problems of its file.
            problems.add(duplicate(s, first));
            duplicates.add(s);
            return;
        }
        scenes.put(s.id(), s);
    }

    /** The error for a scene whose id an earlier scene has, naming both places. */
    static Diagnostic duplicate(Scene later, Scene first) {
        return Diagnostic.error(later.position(), "the scene id '" + later.id() + "' is used twice: at "
                + first.position() + " and at " + later.position() + "; the game keeps the first",
                "rename one of them (the checker still checks both)");
    }

    /**
     * The parse problems but the duplicate-id errors: a duplicate id breaks neither a scene's lines nor its links, so
     * the checks that stand aside for a broken scene or link (dead ends, traps) still run.
     */
    static List<Diagnostic> besidesDuplicates(StoryParser.Parsed parsed) {
        if (parsed.duplicates().isEmpty()) {
            return parsed.diagnostics();
        }
        List<Diagnostic> out = new ArrayList<>(parsed.diagnostics());
        for (Scene later : parsed.duplicates()) {
            out.removeIf(d -> d.position().equals(later.position()) && d.message().startsWith("the scene id '"
                    + later.id() + "' is used twice"));
        }
        return out;
    }

    StoryParser.Parsed finish(String hash) {
        if (storyId == null) {
            storyId = "untitled";
            storyTitle = "Untitled story";
        }
        if (start == null && !scenes.isEmpty()) {
            start = scenes.keySet().iterator().next();
        }
        for (StoryReader.Target t : targets) {
            if (!scenes.containsKey(t.id())) {
                problems.add(Diagnostic.error(t.at(), "no scene is called '" + t.id() + "'",
                        closest(t.id()).map(s -> "did you mean '" + s + "'?").orElse("add ':: " + t.id() + "' or fix the id")));
            }
        }
        if (start != null && !scenes.containsKey(start)) {
            problems.add(Diagnostic.error(startAt == null ? new Position("?", 1, 1) : startAt,
                    "@start names '" + start + "', which is not a scene",
                    closest(start).map(x -> "did you mean '" + x + "'?").orElse("fix the id")));
        }
        return new StoryParser.Parsed(new Story(storyId, storyTitle, start, scenes, glossary, hash), problems,
                controlFree, duplicates);
    }

    private Optional<String> closest(String id) {
        return suggest.nearest(id, scenes.keySet());
    }
}
