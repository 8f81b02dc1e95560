package computequest.engine;

import computequest.story.Scene;
import computequest.story.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picking up anywhere: {@code chapters} (the menu, with what is done), {@code chapter N} (play chapter N from its start,
 * with the cloud and score the chapters before it leave), {@code restart} (this chapter again) and {@code finale}
 * (the last chapter again, also after the end). The engine only checks the command; the app builds the chapter's
 * state, as {@code ./play --from} does, after saving the game as it was.
 */
public final class Chapters {

    static final List<String> WORDS = List.of("chapters", "chapter", "restart", "finale");

    private Chapters() {
    }

    /**
     * A chapter of the story.
     *
     * @param number     its place in play order, from 1
     * @param name       as the story names it, e.g. "4 Fargate"
     * @param firstScene the scene play reaches first in it
     */
    public record Entry(int number, String name, String firstScene) {
        /** The name without the number the story may put in front of it: "Fargate". */
        public String title() {
            return name.matches("\\d+ .*") ? name.substring(name.indexOf(' ') + 1) : name;
        }
    }

    /** The story's named chapters, in the order play reaches them. */
    public static List<Entry> of(Story story) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Scene sc : ProgressMap.inPlayOrder(story)) {
            if (!sc.chapter().isEmpty()) {
                first.putIfAbsent(sc.chapter(), sc.id());
            }
        }
        List<Entry> out = new ArrayList<>();
        first.forEach((name, scene) -> out.add(new Entry(out.size() + 1, name, scene)));
        return out;
    }

    /** What {@code chapters} shows: each chapter with its mark and progress, and how to jump. */
    static String menu(Story story, GameState s) {
        Map<String, ProgressMap.ChapterProgress> progress = new LinkedHashMap<>();
        ProgressMap.chapters(story, s).forEach(c -> progress.put(c.chapter(), c));
        StringBuilder b = new StringBuilder("Chapters (scenes seen/total):\n");
        for (Entry e : of(story)) {
            ProgressMap.ChapterProgress c = progress.get(e.name());
            String mark = c == null ? "[    ]" : c.done() ? "[done]" : c.current() ? "[here]" : c.seen() > 0 ? "[part]"
                    : "[    ]";
            b.append(String.format(Locale.ROOT, "  %d. %s %-24s", e.number(), mark, e.title()));
            if (c != null) {
                b.append(String.format(Locale.ROOT, " %3d/%d", c.seen(), c.total()));
            }
            b.append('\n');
        }
        return b.toString().stripTrailing();
    }

    static final String HOW = "Type 'chapter N' to play chapter N from its start, with the cloud and score the"
            + " chapters before it leave; 'restart' plays this chapter again, 'finale' the last one. Your game as it is"
            + " now is saved first: 'load' brings it back.";

    /** The step for a line whose first word is one of {@link #WORDS}. */
    static Step request(Story story, GameState s, String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<Entry> chapters = of(story);
        if (chapters.isEmpty()) {
            return say(s, Event.info("This story has no chapters."));
        }
        if (words[0].equals("chapters") || (words[0].equals("chapter") && words.length == 1)) {
            return new Step(s, List.of(new Event.Report(menu(story, s)), Event.info(HOW)));
        }
        if (words.length > (words[0].equals("chapter") ? 2 : 1)) {
            return say(s, Event.wrong(usage(chapters)));
        }
        Entry target;
        if (words[0].equals("finale")) {
            target = chapters.get(chapters.size() - 1);
        } else if (words[0].equals("restart")) {
            String here = story.scene(s.sceneId()).map(Scene::chapter).orElse("");
            target = chapters.stream().filter(e -> e.name().equals(here)).findFirst().orElse(null);
            if (target == null) {
                return say(s, Event.wrong("This scene is in no chapter. " + usage(chapters)));
            }
        } else {
            int n;
            try {
                n = Integer.parseInt(words[1]);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > chapters.size()) {
                return say(s, Event.wrong(usage(chapters)));
            }
            target = chapters.get(n - 1);
        }
        return SaveCommands.ask(s, new Request.StartChapter(target.number(), target.title(), target.firstScene()));
    }

    private static String usage(List<Entry> chapters) {
        return "'chapter' takes a chapter number from 1 to " + chapters.size() + ", e.g. 'chapter 2'. Type 'chapters'"
                + " to see them.";
    }

    private static Step say(GameState s, Event e) {
        return new Step(s, List.of(e));
    }
}
