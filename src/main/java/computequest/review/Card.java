package computequest.review;

/**
 * One thing the player should remember: a knowledge-check question, or a concept they practised in the simulated
 * cloud. A card is immutable; {@link Schedule} makes the next version of it.
 *
 * @param id      the scene it comes from: a {@code @quiz} scene (a question) or a scene with a {@code @task} (a task)
 * @param kind    how {@code review} plays it
 * @param concept the concept it checks, from the scene's {@code @concept} line (the scene's title when it has none)
 * @param stage   how far along the schedule it is: 0 after a miss, one more for every review that held
 * @param due     the day (days since 1970-01-01, as {@link java.time.LocalDate#toEpochDay()}) it is due on
 * @param first   how the first try in the course went
 * @param held    reviews answered or done right
 * @param lapses  reviews answered wrong, or skipped
 */
public record Card(String id, Kind kind, String concept, int stage, long due, First first, int held, int lapses) {

    /** How {@code review} plays a card. */
    public enum Kind {
        /** The scene's question again, its choices shuffled. */
        QUESTION,
        /** The scene's {@code @task}: a small job in a scratch copy of the simulated cloud. */
        TASK
    }

    /** How the first try in the course went. */
    public enum First {
        /** Right the first time, with fewer than three hints. */
        RIGHT,
        /** A wrong first answer, or the third (last) hint was needed. */
        MISSED
    }

    public Card {
        if (id == null || id.isBlank() || kind == null || first == null) {
            throw new IllegalArgumentException("a card needs an id, a kind and a first try, got " + id + "/" + kind
                    + "/" + first);
        }
        concept = concept == null || concept.isBlank() ? id : concept;
        if (stage < 0 || held < 0 || lapses < 0) {
            throw new IllegalArgumentException("card " + id + ": stage, held and lapses cannot be negative, got "
                    + stage + "/" + held + "/" + lapses);
        }
    }

    /** Whether it is due on {@code day}. */
    public boolean dueOn(long day) {
        return due <= day;
    }
}
