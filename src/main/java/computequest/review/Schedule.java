package computequest.review;

/**
 * When a card comes back. Expanding intervals, counted in real days between sessions (the app tells the engine the
 * date each time a session starts; nothing here reads a clock):
 *
 * <ul>
 *   <li>A miss (a wrong first answer, or the third hint) puts the card at stage 0, due the same day: {@code review}
 *       asks it again before the session ends, when the feedback is still fresh but no longer on screen.</li>
 *   <li>A right first try starts it at stage 2, due in 3 days, as if it had already held once.</li>
 *   <li>A review that holds at stage {@code s} makes it due {@link #DAYS}{@code [s]} days later (1, 3, 7, 14, 30, 60,
 *       then every 120 days) and moves it to stage {@code s + 1}.</li>
 *   <li>A review that fails (a wrong answer, or the task skipped) puts it back at stage 0, due the next day: the
 *       player has just read the explanation, so asking again the same day would test short-term memory.</li>
 * </ul>
 * Intervals that grow after each success keep recall higher than fixed ones (Kang et al., 2014).
 */
public final class Schedule {

    /** Days until the next review after one that held at stage i; the last figure repeats. */
    static final int[] DAYS = {1, 3, 7, 14, 30, 60, 120};

    private Schedule() {
    }

    /** Days after a held review at {@code stage}. */
    public static int interval(int stage) {
        return DAYS[Math.min(stage, DAYS.length - 1)];
    }

    /** A new card from its first try in the course on {@code today}. */
    static Card first(String id, Card.Kind kind, String concept, boolean right, long today) {
        return right ? new Card(id, kind, concept, 2, today + interval(1), Card.First.RIGHT, 0, 0)
                : new Card(id, kind, concept, 0, today, Card.First.MISSED, 0, 0);
    }

    /** The card after a review on {@code today}. */
    static Card reviewed(Card c, boolean held, long today) {
        return held
                ? new Card(c.id(), c.kind(), c.concept(), c.stage() + 1, today + interval(c.stage()), c.first(),
                        c.held() + 1, c.lapses())
                : new Card(c.id(), c.kind(), c.concept(), 0, today + 1, c.first(), c.held(), c.lapses() + 1);
    }
}
