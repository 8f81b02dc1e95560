package computequest.story;

import java.util.List;

/**
 * Feedback on a command the player types, matched before the command runs ({@code @on PATTERN}). Every word of the
 * pattern must appear in the command, in order; {@code *} matches any one word.
 */
public record Reaction(List<String> pattern, String feedback, List<Effect> effects, Position position) {
    public Reaction {
        pattern = List.copyOf(pattern);
        effects = List.copyOf(effects);
    }
}
