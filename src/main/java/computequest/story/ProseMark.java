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

    /**
     * Whether the marks hold every placeholder of the scene's joined text (none is broken across two lines, where only
     * the joined text has it whole), so that checking the marks checks them all.
     */
    static boolean holdAll(java.util.List<ProseMark> marks, String text) {
        int marked = 0;
        for (ProseMark m : marks) {
            marked += count(m.text());
        }
        return marked > 0 && marked == count(text);
    }

    private static int count(String text) {
        int n = 0;
        for (int i = text.indexOf("${"); i >= 0; i = text.indexOf("${", i + 2)) {
            n++;
        }
        return n;
    }
}
