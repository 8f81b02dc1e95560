package computequest.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The player's review deck: every card, in the order they were made, and the day the current session started on. It
 * is immutable and part of the saved game. A card is made once, at the first try in the course; later tries in the
 * course change nothing, so only the first answer counts.
 *
 * @param today the day the current session started (days since 1970-01-01), 0 when no date was ever given
 */
public record Deck(long today, List<Card> cards) {

    public static final Deck EMPTY = new Deck(0, List.of());

    public Deck {
        cards = cards == null ? List.of() : List.copyOf(cards);
        if (today < 0) {
            throw new IllegalArgumentException("the deck's day cannot be negative, got " + today);
        }
    }

    /**
     * A session starts on {@code day}. A day before the one saved (a clock set back, a save copied between machines)
     * keeps the later day, so cards never come due twice.
     */
    public Deck startSession(long day) {
        return day <= today ? this : new Deck(day, cards);
    }

    public Optional<Card> card(String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Records the first try at a card's scene; a card that exists already is left as it is. */
    public Deck firstTry(String id, Card.Kind kind, String concept, boolean right) {
        if (card(id).isPresent()) {
            return this;
        }
        List<Card> out = new ArrayList<>(cards);
        out.add(Schedule.first(id, kind, concept, right, today));
        return new Deck(today, out);
    }

    /** Records a review of the card {@code id}: held (right, or done) or not. */
    public Deck reviewed(String id, boolean held) {
        List<Card> out = new ArrayList<>(cards);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(id)) {
                out.set(i, Schedule.reviewed(out.get(i), held, today));
                return new Deck(today, out);
            }
        }
        throw new IllegalArgumentException("no card '" + id + "' in the deck");
    }

    /**
     * The cards due today, the most overdue first; on the same due day, the ones with more lapses, then those missed
     * at the first try, then deck order. So the concepts the player got wrong come back before the ones they got right.
     */
    public List<Card> due() {
        List<Card> out = new ArrayList<>();
        for (Card c : cards) {
            if (c.dueOn(today)) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingLong(Card::due).thenComparing(Comparator.comparingInt(Card::lapses).reversed())
                .thenComparing(c -> c.first() == Card.First.RIGHT));
        return out;
    }

    /** The day the next card falls due after today, if any card is not due yet. */
    public OptionalLong nextDue() {
        return cards.stream().filter(c -> !c.dueOn(today)).mapToLong(Card::due).min();
    }

    /** Per concept, in deck order: first tries and reviews. */
    public List<ConceptStats> byConcept() {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (Card c : cards) {
            int[] t = tally.computeIfAbsent(c.concept(), k -> new int[4]);
            t[0]++;
            t[1] += c.first() == Card.First.RIGHT ? 1 : 0;
            t[2] += c.held();
            t[3] += c.held() + c.lapses();
        }
        List<ConceptStats> out = new ArrayList<>();
        tally.forEach((concept, t) -> out.add(new ConceptStats(concept, t[0], t[1], t[2], t[3])));
        return out;
    }

    /** What {@code map} shows for one concept. */
    public record ConceptStats(String concept, int cards, int firstRight, int reviewsHeld, int reviews) {
    }
}
