package computequest.story;

/**
 * Something that happens when a scene is entered, a choice is taken or a goal is met. Each record holds its file and
 * packed line and column (see {@link Position#pack}), not a {@link Position}.
 */
public sealed interface Effect extends Located {

    /** {@code score +N} or {@code score -N}. */
    record Score(int delta, String file, long lineColumn) implements Effect {
        public Score(int delta, Position position) {
            this(delta, Position.fileOf(position), Position.pack(position));
        }
    }

    /** {@code flag NAME} or {@code flag NAME=VALUE}. */
    record SetFlag(String name, String value, String file, long lineColumn) implements Effect {
        public SetFlag(String name, String value, Position position) {
            this(name, value, Position.fileOf(position), Position.pack(position));
        }
    }

    /** {@code unflag NAME}. */
    record ClearFlag(String name, String file, long lineColumn) implements Effect {
        public ClearFlag(String name, Position position) {
            this(name, Position.fileOf(position), Position.pack(position));
        }
    }

    /** {@code badge NAME WITH SPACES}. */
    record Badge(String name, String file, long lineColumn) implements Effect {
        public Badge(String name, Position position) {
            this(name, Position.fileOf(position), Position.pack(position));
        }
    }

    /** {@code run aws ...}: a command the story runs in the simulated cloud, e.g. to set a scene up. */
    record Run(String command, String file, long lineColumn) implements Effect {
        public Run(String command, Position position) {
            this(command, Position.fileOf(position), Position.pack(position));
        }
    }

    /** {@code wait N}: simulated seconds pass. */
    record Wait(long seconds, String file, long lineColumn) implements Effect {
        public Wait(long seconds, Position position) {
            this(seconds, Position.fileOf(position), Position.pack(position));
        }
    }
}
