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
        if (first != null) {
            problems.add(Diagnostic.error(s.position(), "the scene id '" + s.id() + "' is used twice; the first is at "
                    + first.position(), "rename one of them"));
            return;
        }
        scenes.put(s.id(), s);
        targets.addAll(c.targets());
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
                controlFree);
    }

    private Optional<String> closest(String id) {
        return suggest.nearest(id, scenes.keySet());
    }
}
