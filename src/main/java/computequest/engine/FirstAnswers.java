package computequest.engine;

import computequest.review.Card;
import computequest.review.Deck;
import computequest.story.Choice;
import computequest.story.Effect;
import computequest.story.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pcollections.OrderedPMap;

/**
 * Only the first answer scores, everywhere answers score: a knowledge check, and a scene whose choices are worth
 * points that a pick can lose (the finale's placements). The first answer's points are recorded as the flag
 * {@code answered:SCENE-ID}; a later pick in that scene (a retry, or a new pick after {@code undo}) keeps its
 * feedback and its other effects and changes no points. {@code undo} rewinds the plan, not the record: the first
 * answers given since the state it goes back to, their points and their review cards are kept.
 */
final class FirstAnswers {

    static final String ANSWERED = "answered:";

    private FirstAnswers() {
    }

    /**
     * Whether picking in this scene scores once: a knowledge check, or a decision where a pick can cost points (the
     * finale's placements). A lesson's own questions, where a wrong pick only explains, may be tried again.
     */
    static boolean scored(Scene scene) {
        return scene.quiz() || scene.choices().stream().anyMatch(c -> points(c.effects()) < 0);
    }

    /** The effects a pick applies: as written for the first answer, without points for any later one. */
    static List<Effect> credit(Scene scene, GameState s, List<Effect> effects) {
        if (!scored(scene) || !s.flags().containsKey(ANSWERED + scene.id())) {
            return effects;
        }
        return effects.stream().filter(e -> !(e instanceof Effect.Score)).toList();
    }

    /** Records the first answer in a scored scene with the points it was worth; later ones change nothing. */
    static GameState record(Scene scene, GameState s, Choice picked) {
        if (!scored(scene) || s.flags().containsKey(ANSWERED + scene.id())) {
            return s;
        }
        return Effects.withFlag(s, ANSWERED + scene.id(), Integer.toString(points(picked.effects())));
    }

    /** The record of the first ending reached: its points count once, as an answer's do. */
    static final String VERDICT = ANSWERED + "@ending";

    /** An ending's on-enter effects: as written for the first ending reached, without points after that. */
    static List<Effect> arrival(Scene scene, GameState s) {
        if (!scene.ending() || !s.flags().containsKey(VERDICT)) {
            return scene.onEnter();
        }
        return scene.onEnter().stream().filter(e -> !(e instanceof Effect.Score)).toList();
    }

    /** Records the first ending reached with its points. */
    static GameState arrived(Scene scene, GameState s) {
        return !scene.ending() || s.flags().containsKey(VERDICT) ? s
                : Effects.withFlag(s, VERDICT, Integer.toString(points(scene.onEnter())));
    }

    /** Whether a pick in this scene scores nothing, because the first answer was given already. */
    static boolean decided(Scene scene, GameState s) {
        return scored(scene) && s.flags().containsKey(ANSWERED + scene.id());
    }

    /**
     * What {@code undo} goes back to: {@code before}, with the first answers given since ({@code now}'s record), the
     * points they scored, the misses and the review cards they made.
     *
     * @return the state, and how many first answers were kept
     */
    static Kept keep(GameState before, GameState now) {
        OrderedPMap<String, String> flags = GameState.flags(before.flags());
        int points = 0;
        int answers = 0;
        for (Map.Entry<String, String> f : now.flags().entrySet()) {
            boolean record = f.getKey().startsWith(ANSWERED);
            if ((record || f.getKey().startsWith(ProgressMap.QUIZ_MISS)) && !flags.containsKey(f.getKey())) {
                flags = flags.plus(f.getKey(), f.getValue());
                if (record) {
                    answers++;
                    points += parse(f.getValue());
                }
            }
        }
        Deck was = before.learning().deck();
        List<Card> cards = new ArrayList<>(was.cards());
        now.learning().deck().cards().stream().filter(c -> was.card(c.id()).isEmpty()).forEach(cards::add);
        GameState kept = before.withFlags(flags).withScore(before.score() + points);
        return new Kept(kept.withLearning(kept.learning().withDeck(new Deck(Math.max(was.today(),
                now.learning().deck().today()), cards))), answers, points);
    }

    /** The state undo goes back to, with the first answers kept. */
    record Kept(GameState state, int answers, int points) {
    }

    private static int points(List<Effect> effects) {
        return effects.stream().filter(e -> e instanceof Effect.Score).mapToInt(e -> ((Effect.Score) e).delta()).sum();
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0; // a save edited by hand: the record stays, with no points
        }
    }
}
