package computequest.app;

import computequest.engine.Chapters;
import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.Request;
import computequest.engine.RequestResult;
import computequest.engine.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chapter from its start, for learners: {@code ./play --chapter N}, and the in-game {@code chapter N},
 * {@code restart} and {@code finale}. The state is built as a playtest builds it ({@link Playtest}): the cloud, score,
 * flags and badges the chapters before leave. In game, the game as it was is saved first, and the review deck is kept.
 */
final class ChapterStart {

    private ChapterStart() {
    }

    /** Chapter {@code number} (from 1) of the story, or empty when there is none. */
    static Optional<Chapters.Entry> chapter(Engine engine, int number) {
        List<Chapters.Entry> all = Chapters.of(engine.story());
        return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
    }

    /** Why {@code --chapter} refused a number, naming the chapters there are. */
    static String noSuchChapter(Engine engine, int number) {
        List<Chapters.Entry> all = Chapters.of(engine.story());
        StringBuilder b = new StringBuilder("there is no chapter " + number + "; the chapters are");
        all.forEach(e -> b.append(e.number() == 1 ? " " : ", ").append(e.number()).append(' ').append(e.title()));
        return b.append('.').toString();
    }

    /** The first step of a new game at the start of a chapter ({@code ./play --chapter N}). */
    static Step fresh(Engine engine, Chapters.Entry chapter, long seed) {
        Step built = Playtest.start(engine, chapter.firstScene(), seed);
        List<Event> events = new ArrayList<>();
        events.add(Event.info(heading(chapter)));
        // the playtest's own first line names its route, and its start-state warning is about @setup lines: for
        // authors, not learners
        built.events().stream().skip(1).filter(e -> !(e instanceof Event.Feedback f
                && f.text().startsWith(Playtest.WARNING))).forEach(events::add);
        return new Step(built.state(), events);
    }

    /** Carries out an in-game {@code chapter N}: saves the game as it is, then loads the chapter's start. */
    static RequestResult carryOut(Engine engine, Request.StartChapter c, GameState s, SaveSession saves) {
        List<String> notes = new ArrayList<>();
        if (saves != null) {
            RequestResult saved = saves.keepBeforeJump("before-chapter-" + c.number(), s);
            if (saved instanceof RequestResult.Failed f) {
                return new RequestResult.Failed("Chapter " + c.number() + " not started: your game could not be saved"
                        + " first. " + f.why());
            }
            String name = ((RequestResult.Saved) saved).name();
            notes.add("Your game as it was is saved as '" + name + "': 'load " + name + "' goes back to it.");
        }
        Step built = Playtest.start(engine, c.sceneId(), s.seed());
        notes.add(heading(new Chapters.Entry(c.number(), c.title(), c.sceneId())));
        return new RequestResult.Loaded(built.state().withLearning(s.learning()), notes);
    }

    private static String heading(Chapters.Entry chapter) {
        return "Chapter " + chapter.number() + ", " + chapter.title() + ", from its start: your cloud, score and badges"
                + " are what the chapters before it leave.";
    }
}
