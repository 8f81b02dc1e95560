package computequest.engine;

import computequest.story.Choice;
import computequest.story.Condition;
import computequest.story.Effect;
import computequest.story.Scene;
import computequest.story.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Moving between scenes: entering one, telling it, the choices on offer, and picking one. */
final class Scenes {

    private final Story story;

    Scenes(Story story) {
        this.story = story;
    }

    Scene scene(GameState s) {
        return story.scene(s.sceneId()).orElseThrow(() -> new IllegalStateException(
                "the game is at scene '" + s.sceneId() + "', which this story does not have"));
    }

    /** The choices the player can see now. */
    List<Choice> visible(GameState s) {
        if (s.ended()) {
            return List.of();
        }
        List<Choice> out = new ArrayList<>();
        for (Choice c : scene(s).choices()) {
            if (c.conditions().stream().allMatch(cond -> Conditions.holds(cond, s))) {
                out.add(c);
            }
        }
        return scene(s).quiz() ? QuizOrder.shuffle(out, s.seed(), s.sceneId()) : out;
    }

    /**
     * Arrives at a scene: records the visit, applies its on-enter effects, tells it, and ends the story there. Points an
     * on-enter effect gives are announced after the scene's prose, so the score lines shown add up to the score.
     */
    GameState enter(GameState s, String sceneId, List<Event> events) {
        Scene scene = story.scene(sceneId).orElseThrow(() -> new IllegalStateException("no scene " + sceneId));
        s = s.withScene(sceneId);
        if (!s.visited().contains(sceneId)) {
            s = s.withVisited(Visits.of(s.visited()).plus(sceneId));
        }
        List<Effect> arrival = FirstAnswers.arrival(scene, s);
        List<Event> arrived = new ArrayList<>();
        s = FirstAnswers.arrived(scene, Effects.apply(s, arrival, arrived));
        if (scene.ending()) {
            s = s.withEnded(true);
        }
        // badges before the heading, as a choice's badge; points after the prose that earns them
        arrived.stream().filter(e -> !(e instanceof Event.ScoreChange)).forEach(events::add);
        narrate(s, events);
        arrived.stream().filter(Event.ScoreChange.class::isInstance).forEach(events::add);
        if (!arrival.equals(scene.onEnter())) {
            events.add(Event.info("No bonus this time: the verdict on your first plan is the one that scored."));
        }
        if (scene.ending()) {
            events.add(new Event.Ending(s.score(), s.badges()));
        }
        return s;
    }

    /** The scene's heading, prose and choices, as on entering it. */
    void narrate(GameState s, List<Event> events) {
        Scene scene = scene(s);
        events.add(new Event.SceneHeading(scene.chapter(), scene.title()));
        if (!scene.text().isEmpty()) {
            events.add(new Event.Narration(Conditions.fill(scene.text(), s)));
        } else if (!scene.objective().isEmpty()) {
            events.add(new Event.Narration("On your own now. Objective: " + scene.objective()
                    + " (Type 'hint' if you get stuck.)"));
        }
        List<String> choices = visible(s).stream().map(Choice::text).toList();
        if (!choices.isEmpty()) {
            events.add(new Event.Choices(choices, false));
        }
    }

    /** A right answer moves on or earns points; a wrong one stays without credit, or moves on at a cost. */
    GameState choose(GameState s, Choice c, List<Event> events) {
        boolean wrong = !c.isRight();
        Scene scene = scene(s);
        List<Effect> effects = FirstAnswers.credit(scene, s, CourseCards.credit(scene, s, c.effects()));
        boolean decided = FirstAnswers.decided(scene, s) && !effects.equals(c.effects());
        s = FirstAnswers.record(scene, s, c);
        s = CourseCards.answered(scene, s, wrong);
        if (wrong && scene(s).quiz()) {
            s = Effects.withFlag(s, ProgressMap.QUIZ_MISS + s.sceneId(), "1");
        }
        if (!c.feedback().isEmpty()) {
            String said = Conditions.fill(c.feedback(), s);
            events.add(wrong ? Event.wrong(said) : Event.ok(said));
        }
        if (decided) {
            events.add(Event.info("No points this time: only your first answer here scores."));
        }
        s = Effects.apply(s, effects, events);
        return c.target() == null ? s : enter(s, c.target(), events);
    }

    /**
     * After a cloud command or a wait in the same scene: when the choices on offer changed (a choice's condition on
     * the cloud just became true), shows them, so the player is not left with a question they cannot see.
     */
    GameState revealChoices(GameState before, GameState after, List<Event> events) {
        if (after.ended() || !after.sceneId().equals(before.sceneId())) {
            return after;
        }
        List<Choice> now = visible(after);
        if (!now.isEmpty() && !now.equals(visible(before))) {
            events.add(new Event.Choices(now.stream().map(Choice::text).toList(), true));
        }
        return after;
    }

    /** The next hint tier of the scene, or the last one again. */
    GameState hint(GameState s, List<Event> events) {
        List<String> hints = scene(s).hints();
        if (hints.isEmpty()) {
            events.add(new Event.Feedback(Event.Tone.HINT, "No hints here. Type 'look' to read the scene again."));
            return s;
        }
        int shown = s.hintsShown();
        if (shown >= hints.size()) {
            events.add(new Event.Feedback(Event.Tone.HINT, "That was the last hint (" + hints.size() + " of "
                    + hints.size() + "): " + Conditions.fill(hints.get(hints.size() - 1), s)));
            return s;
        }
        events.add(new Event.Feedback(Event.Tone.HINT, "Hint " + (shown + 1) + " of " + hints.size() + ": "
                + Conditions.fill(hints.get(shown), s)));
        return CourseCards.hinted(scene(s), s.withHintsShown(shown + 1));
    }

    static boolean holdsAll(List<Condition> conditions, GameState s) {
        return conditions.stream().allMatch(c -> Conditions.holds(c, s));
    }

    /** A choice by its number or its text; anything else is answered with what the game understood. */
    GameState chooseTyped(GameState s, String line, List<Event> events) {
        List<Choice> visible = visible(s);
        OptionalInt n = ChoiceText.number(line, visible.size());
        if (n.isPresent()) {
            return choose(s, visible.get(n.getAsInt()), events);
        }
        if (line.matches("\\d{1,4}")) {
            events.add(Event.wrong(visible.isEmpty()
                    ? "There is nothing to choose here. This scene wants an action: type 'hint' if you are stuck."
                    : "Choose a number from 1 to " + visible.size() + "."));
            return s;
        }
        Choice picked = ChoiceText.match(visible, line);
        if (picked != null && scene(s).quiz() && !ChoiceText.fromTheStart(picked, line)) {
            // a word from the middle of an answer, or a near spelling, is a guess at a knowledge check: ask for more
            events.add(Event.wrong("In a knowledge check, answer with the number, or with the answer's words from its"
                    + " start: '" + line.strip() + "' matches a part of answer " + (visible.indexOf(picked) + 1) + "."));
            return s;
        }
        if (picked != null) {
            if (!picked.text().equalsIgnoreCase(line.strip())) {
                events.add(Event.info("Taking '" + line.strip() + "' as " + (visible.indexOf(picked) + 1) + ". "
                        + picked.text()));
            }
            return choose(s, picked, events);
        }
        events.add(Event.wrong(Misunderstood.reply(line, visible.size())));
        return s;
    }
}
