package computequest.story;

/**
 * A prose line that holds a placeholder ({@code ${instance.id}}), or a conditional paragraph's test ({@code @if}, kept
 * as {@code ${if CONDITION}}), with where it was written: the scene's text joins its lines into paragraphs, so the
 * checker reports a problem in one of them at its own line and column, not at the scene's.
 */
public record ProseMark(String text, String file, long lineColumn) implements Located {

    ProseMark(String text, Position at) {
        this(text, Position.fileOf(at), Position.pack(at));
    }
}
