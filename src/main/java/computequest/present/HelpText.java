package computequest.present;

/** The text of {@code help}. */
public final class HelpText {

    private HelpText() {
    }

    /**
     * {@code help COMMAND}: that command's lines of the list, or a laptop or cloud command's own page; a word with
     * neither gets the whole list after a line saying so.
     */
    public static String of(int choices, String topic) {
        String t = topic.strip();
        if (t.isEmpty()) {
            return of(choices);
        }
        String word = t.split("\\s+")[0];
        var page = computequest.laptop.Manual.page(word);
        if (page.isPresent()) {
            return page.get();
        }
        String own = ownLines(of(choices), word);
        return own.isEmpty() ? "No help page for '" + word + "'. " + of(choices) : own;
    }

    /** The lines of the command list about {@code word}: its entry and the lines that continue it. */
    private static String ownLines(String list, String word) {
        StringBuilder b = new StringBuilder();
        boolean in = false;
        for (String line : list.split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                in = line.substring(2).startsWith(word + " ") || line.substring(2).equals(word);
            } else if (!line.startsWith("   ")) {
                in = false;
            }
            if (in) {
                b.append(line.substring(2)).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    /** @param choices how many choices are on offer (0: the line about picking one is left out) */
    public static String of(int choices) {
        StringBuilder b = new StringBuilder();
        b.append("Commands you can type at any time:\n");
        row(b, "help", "this list");
        row(b, "look", "show the scene again");
        row(b, "status", "what runs in your simulated cloud and what it has cost");
        row(b, "bill", "the bill by service and resource, and what runs now per hour and per month");
        row(b, "hint", "a hint; ask again for a stronger one");
        row(b, "objective", "what to do in this scene");
        row(b, "why", "what the scene still waits for: each goal, what holds and what does not yet");
        row(b, "map", "chapters done, quiz results and badges (also: progress)");
        row(b, "chapters", "the chapters, done or not; 'chapter N' plays one from its start, 'restart' this one"
                + " again, 'finale' the last (your game is saved first)");
        row(b, "review", "play the review cards due today (questions and small tasks)");
        row(b, "glossary [TERM]", "the terms the course uses, or one term's meaning");
        row(b, "wait [TIME]", "let simulated time pass (30s by default; e.g. wait 90, wait 10m)");
        row(b, "quit", "leave the game");
        row(b, "save [NAME]", "save your game (again under the same name without NAME)");
        row(b, "load NAME", "go back to a save; 'saves' lists them");
        row(b, "undo", "take back your last command that changed something (an answer's points stay: only the"
                + " first answer to a check scores)");
        b.append("Cloud commands work like the AWS CLI: aws ec2 help, aws ec2 describe-instances, ...\n");
        b.append("  ssh -i KEY.pem ec2-user@PUBLIC-IP 'COMMAND' runs a shell command on a running instance.\n");
        b.append("  docker and kubectl commands work too where the course uses containers.\n");
        if (choices == 1) {
            b.append("To pick the choice, type 1 or its text.");
        } else if (choices > 1) {
            b.append("Pick a choice by its number (1-").append(choices).append(") or its text.");
        }
        return b.toString().stripTrailing();
    }

    /** One command and what it does, in two columns with at least two spaces between (renderers wrap under the second). */
    private static void row(StringBuilder b, String command, String what) {
        b.append(String.format(java.util.Locale.ROOT, "  %-17s%s\n", command, what));
    }
}
