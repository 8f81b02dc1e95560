package computequest.story;

import java.util.List;

/**
 * Feedback on a command the player types ({@code @on [WHEN] PATTERN}). Every word of the pattern must appear in the
 * command, in order; {@code *} matches any one word.
 *
 * @param when      before the command runs (the default), after it succeeds, or after it fails
 * @param errorCode for {@link When#ERROR}: the AWS error code to react to, or {@code *} for any failure
 */
public record Reaction(When when, String errorCode, List<String> pattern, String feedback, List<Effect> effects,
                       String file, long lineColumn) implements Located {
    public Reaction(When when, String errorCode, List<String> pattern, String feedback, List<Effect> effects,
                    Position position) {
        this(when, errorCode, pattern, feedback, effects, Position.fileOf(position), Position.pack(position));
    }

    /** When a reaction fires, relative to the command it matches. */
    public enum When {
        /** Before the command runs, whatever its outcome ({@code @on PATTERN} or {@code @on before PATTERN}). */
        BEFORE,
        /** After the command succeeded ({@code @on ok PATTERN}). */
        OK,
        /** After the command failed with the error code ({@code @on error CODE PATTERN}). */
        ERROR
    }

    public Reaction {
        pattern = List.copyOf(pattern);
        effects = List.copyOf(effects);
        errorCode = errorCode == null ? "" : errorCode;
    }

    /** A reaction before the command runs. */
    public Reaction(List<String> pattern, String feedback, List<Effect> effects, Position position) {
        this(When.BEFORE, "", pattern, feedback, effects, position);
    }

    /** Whether this reaction fires for a command that has run with this outcome. */
    public boolean firesAfter(boolean ok, String code) {
        return ok ? when == When.OK
                : when == When.ERROR && (errorCode.equals("*") || errorCode.equalsIgnoreCase(code == null ? "" : code));
    }

    /**
     * Reads the text after {@code @on}: {@code [before|ok|error CODE] PATTERN}.
     *
     * @return the reaction, or null when the words after the timing leave no pattern
     */
    public static Reaction of(String spec, String feedback, List<Effect> effects, Position position) {
        return of(spec, feedback, effects, position, null);
    }

    /**
     * {@link #of(String, String, List, Position)}, sharing the pattern's words through {@code pool} (the same commands
     * recur scene after scene); null shares nothing.
     */
    static Reaction of(String spec, String feedback, List<Effect> effects, Position position, StringPool pool) {
        // What spec.strip().split("\\s+") gives, without a regex: a stripped text starts with no \s.
        List<String> words = ConditionParser.texts(spec.strip(), pool);
        if (words.isEmpty()) {
            words.add("");
        }
        When when = switch (words.get(0)) {
            case "ok" -> When.OK;
            case "error" -> When.ERROR;
            default -> When.BEFORE;
        };
        int skip = when == When.ERROR ? 2 : when == When.OK || words.get(0).equals("before") ? 1 : 0;
        if (words.size() <= skip || words.get(0).isEmpty()) {
            return null;
        }
        return new Reaction(when, when == When.ERROR ? words.get(1) : "", words.subList(skip, words.size()), feedback,
                effects, position);
    }
}
