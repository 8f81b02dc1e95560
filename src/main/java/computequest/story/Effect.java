package computequest.story;

/** Something that happens when a scene is entered, a choice is taken or a goal is met. */
public sealed interface Effect {

    Position position();

    /** {@code score +N} or {@code score -N}. */
    record Score(int delta, Position position) implements Effect {
    }

    /** {@code flag NAME} or {@code flag NAME=VALUE}. */
    record SetFlag(String name, String value, Position position) implements Effect {
    }

    /** {@code unflag NAME}. */
    record ClearFlag(String name, Position position) implements Effect {
    }

    /** {@code badge NAME WITH SPACES}. */
    record Badge(String name, Position position) implements Effect {
    }

    /** {@code run aws ...}: a command the story runs in the simulated cloud, e.g. to set a scene up. */
    record Run(String command, Position position) implements Effect {
    }

    /** {@code wait N}: simulated seconds pass. */
    record Wait(long seconds, Position position) implements Effect {
    }
}
