package computequest.story;

/**
 * One problem found in a story, with where it is and how to fix it.
 *
 * @param hint a suggestion for the author, or empty
 */
public record Diagnostic(Position position, Severity severity, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    static Diagnostic error(Position p, String message, String hint) {
        return new Diagnostic(p, Severity.ERROR, message, hint);
    }

    static Diagnostic warning(Position p, String message, String hint) {
        return new Diagnostic(p, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return position + ": " + (isError() ? "error" : "warning") + ": " + message
                + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
