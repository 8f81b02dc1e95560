package computequest.laptop;

import java.util.List;

/** The parsed shape of a command line: what {@link ShellParser} builds and {@link Shell} runs. */
final class Syntax {

    private Syntax() {
    }

    /** Lists run one after another ({@code ;}). */
    record Script(List<AndList> lists) {
        Script {
            lists = List.copyOf(lists);
        }
    }

    /** Pipelines joined by {@code &&}: each runs only when the one before succeeded. */
    record AndList(List<Pipeline> pipelines) {
        AndList {
            pipelines = List.copyOf(pipelines);
        }
    }

    /** Commands joined by {@code |}: each one's output is the next one's input. */
    record Pipeline(List<Command> commands) {
        Pipeline {
            commands = List.copyOf(commands);
        }
    }

    /** {@code NAME=value ... word word ... > file}. */
    record Command(List<Assignment> assignments, List<Word> words, List<Redirect> redirects) {
        Command {
            assignments = List.copyOf(assignments);
            words = List.copyOf(words);
            redirects = List.copyOf(redirects);
        }
    }

    record Assignment(String name, Word value) {
    }

    /** {@code > target} or, when {@code append}, {@code >> target}. */
    record Redirect(boolean append, Word target) {
    }

    /** One word before expansion: literal text, variables and command substitutions, each quoted or not. */
    record Word(List<Part> parts) {
        Word {
            parts = List.copyOf(parts);
        }
    }

    sealed interface Part permits Text, Var, Subst {
        boolean quoted();
    }

    record Text(String text, boolean quoted) implements Part {
    }

    record Var(String name, boolean quoted) implements Part {
    }

    record Subst(Script script, boolean quoted) implements Part {
    }
}
