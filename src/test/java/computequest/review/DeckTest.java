package computequest.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckTest {

    private static final long DAY = LocalDate.of(2026, 3, 2).toEpochDay();

    private static List<String> dueIds(Deck d) {
        return d.due().stream().map(Card::id).toList();
    }

    @Test
    void aMissIsDueTheSameDayAndARightFirstTryInThreeDays() {
        Deck d = Deck.EMPTY.startSession(DAY)
                .firstTry("q-right", Card.Kind.QUESTION, "AMIs", true)
                .firstTry("q-wrong", Card.Kind.QUESTION, "Hibernation", false);
        assertEquals(List.of("q-wrong"), dueIds(d));
        assertEquals(DAY + 3, d.nextDue().getAsLong());
        assertEquals(List.of(), dueIds(d.startSession(DAY + 2).reviewed("q-wrong", true)));
        assertEquals(List.of("q-right"), dueIds(d.startSession(DAY + 3).reviewed("q-wrong", true)));
    }

    @Test
    void missedCardsComeBeforeRightOnesWhenBothAreDue() {
        Deck d = Deck.EMPTY.startSession(DAY)
                .firstTry("a", Card.Kind.QUESTION, "A", true)
                .firstTry("b", Card.Kind.TASK, "B", false)
                .firstTry("c", Card.Kind.QUESTION, "C", true)
                .firstTry("d", Card.Kind.QUESTION, "D", false);
        assertEquals(List.of("b", "d", "a", "c"), dueIds(d.startSession(DAY + 10)));
    }

    @Test
    void heldReviewsPushTheCardOutOnTheExpandingSchedule() {
        Deck d = Deck.EMPTY.startSession(DAY).firstTry("q", Card.Kind.QUESTION, "Q", false);
        long day = DAY;
        List<Integer> gaps = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            d = d.startSession(day).reviewed("q", true);
            long next = d.card("q").orElseThrow().due();
            gaps.add((int) (next - day));
            day = next;
        }
        assertEquals(List.of(1, 3, 7, 14, 30, 60, 120, 120), gaps);
        assertEquals(8, d.card("q").orElseThrow().held());
    }

    @Test
    void aFailedReviewStartsOverTheNextDay() {
        Deck d = Deck.EMPTY.startSession(DAY).firstTry("q", Card.Kind.QUESTION, "Q", true).startSession(DAY + 3)
                .reviewed("q", true).startSession(DAY + 10).reviewed("q", false);
        Card c = d.card("q").orElseThrow();
        assertEquals(0, c.stage());
        assertEquals(DAY + 11, c.due());
        assertEquals(1, c.lapses());
        assertEquals(1, c.held());
        assertEquals(Card.First.RIGHT, c.first(), "a lapse does not rewrite the first try");
    }

    @Test
    void onlyTheFirstTryMakesACard() {
        Deck d = Deck.EMPTY.startSession(DAY).firstTry("q", Card.Kind.QUESTION, "Q", false);
        assertSame(d, d.firstTry("q", Card.Kind.QUESTION, "Q", true));
        assertEquals(Card.First.MISSED, d.card("q").orElseThrow().first());
    }

    @Test
    void aSessionDateEarlierThanTheSavedOneKeepsTheSavedOne() {
        Deck d = Deck.EMPTY.startSession(DAY);
        assertEquals(DAY, d.startSession(DAY - 5).today());
        assertEquals(DAY + 1, d.startSession(DAY + 1).today());
    }

    @Test
    void conceptStatsCountFirstTriesAndReviews() {
        Deck d = Deck.EMPTY.startSession(DAY)
                .firstTry("q1", Card.Kind.QUESTION, "Hibernation", false)
                .firstTry("t1", Card.Kind.TASK, "Hibernation", true)
                .firstTry("q2", Card.Kind.QUESTION, "AMIs", true)
                .reviewed("q1", true).startSession(DAY + 1).reviewed("q1", false);
        assertEquals(List.of(new Deck.ConceptStats("Hibernation", 2, 1, 1, 2), new Deck.ConceptStats("AMIs", 1, 1, 0, 0)),
                d.byConcept());
    }

    @Test
    void reviewingAnUnknownCardOrANegativeDayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Deck.EMPTY.reviewed("nope", true));
        assertThrows(IllegalArgumentException.class, () -> new Deck(-1, List.of()));
        assertTrue(new Deck(0, null).cards().isEmpty(), "a save without cards loads as an empty deck");
    }
}
