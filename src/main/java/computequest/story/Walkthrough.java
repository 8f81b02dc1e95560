package computequest.story;

import java.util.ArrayList;
import java.util.List;

/**
 * A scripted playthrough with expected outcomes, from a {@code .walk} file:
 * <pre>
 * // comment
 * &#64;title Chapter 1, the happy path
 * &#64;seed 1                          (optional; default 1)
 * &#64;from ec2-launch                 (optional: start there, as ./play --from does)
 * > 1                               an input line, exactly as a player types it
 * > ssh ${instance state=running} 'cat /dev/shm/batch'     placeholders pick ids from the cloud
 * choose hibernation                picks the one visible choice whose text holds this (any case): seed-proof
 * expect scene ec2-type             the current scene
 * expect ended                      the story reached an @ending
 * expect badge Sleeper              a badge was earned
 * expect score >=15                 any condition: score, flag, visited, not, resources
 * expect instance state=running count=1
 * session +3                        a new play session three days later (review cards fall due)
 * expect card ch1-quiz-1            the review is showing the card from that scene
 * </pre>
 * Expectations read the game state and the simulated cloud, never the text on the screen.
 */
public record Walkthrough(String file, String title, long seed, String from, Position fromAt, List<Line> lines) {

    public Walkthrough {
        lines = List.copyOf(lines);
    }

    public static final String EXTENSION = ".walk";

    /** One line of the script. */
    public sealed interface Line {
        Position position();

        /** Whether the line checks something (an {@code expect} line), rather than doing something. */
        default boolean expects() {
            return true;
        }
    }

    /** {@code > text}: what the player types; {@code selectors} are its ${...} placeholders. */
    public record Input(String text, List<Placeholders.Selector> selectors, Position position) implements Line {
        public Input {
            selectors = List.copyOf(selectors);
        }

        @Override
        public boolean expects() {
            return false;
        }
    }

    /**
     * {@code choose TEXT}: picks the one choice on the screen whose text contains {@code text}, in any case. The
     * player's number for it depends on the seed where choices are shuffled ({@code @quiz}); the text does not.
     */
    public record Choose(String text, Position position) implements Line {
        @Override
        public boolean expects() {
            return false;
        }
    }

    /** {@code expect scene ID}. */
    public record ExpectScene(String sceneId, Position position) implements Line {
    }

    /** {@code session +N}: the player comes back N days later; the app starts a session with that date. */
    public record NewSession(int days, Position position) implements Line {
        @Override
        public boolean expects() {
            return false;
        }
    }

    /** {@code expect card SCENE-ID}: a review is running and shows the card from that scene. */
    public record ExpectCard(String sceneId, Position position) implements Line {
    }

    /** {@code expect ended}. */
    public record ExpectEnded(Position position) implements Line {
    }

    /** {@code expect badge NAME}. */
    public record ExpectBadge(String badge, Position position) implements Line {
    }

    /** {@code expect CONDITION}, the same conditions as in scenes. */
    public record ExpectCondition(Condition condition, String source, Position position) implements Line {
    }

    public record Parsed(Walkthrough walkthrough, List<Diagnostic> diagnostics) {
        public Parsed {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    public static Parsed parse(String file, String text) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        String title = file;
        long seed = 1;
        String from = null;
        Position fromAt = null;
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].replace("\t", "    ");
            String t = line.strip();
            int col = line.indexOf(t.isEmpty() ? " " : t.substring(0, 1)) + 1;
            Position at = new Position(file, i + 1, Math.max(col, 1));
            if (t.isEmpty() || t.startsWith("//") || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith(">")) {
                String input = t.substring(1).strip();
                Position p = new Position(file, i + 1, col + t.indexOf(input.isEmpty() ? ">" : input));
                lines.add(new Input(input, Placeholders.find(input, p, problems), at));
            } else if (t.equals("choose") || t.startsWith("choose ")) {
                String part = t.substring(6).strip();
                if (part.isEmpty()) {
                    problems.add(Diagnostic.error(at, "'choose' takes part of a choice's text",
                            "e.g. 'choose hibernation' picks the one choice whose text holds 'hibernation'"));
                } else {
                    lines.add(new Choose(part, new Position(file, i + 1, col + t.indexOf(part, 6))));
                }
            } else if (t.equals("session") || t.startsWith("session ")) {
                String n = t.substring(7).strip();
                if (n.matches("\\+?\\d{1,4}")) {
                    lines.add(new NewSession(Integer.parseInt(n.replace("+", "")), at));
                } else {
                    problems.add(Diagnostic.error(at, "'session' takes the days since the last session",
                            "e.g. 'session +3'"));
                }
            } else if (t.startsWith("@title ")) {
                title = t.substring(7).strip();
            } else if (t.startsWith("@seed")) {
                String n = t.substring(5).strip();
                if (n.matches("-?\\d{1,18}")) {
                    seed = Long.parseLong(n);
                } else {
                    problems.add(Diagnostic.error(at, "@seed takes a whole number", "e.g. '@seed 1'"));
                }
            } else if (t.startsWith("@from")) {
                from = t.substring(5).strip();
                fromAt = at;
                if (from.isEmpty()) {
                    problems.add(Diagnostic.error(at, "@from needs a scene id", "e.g. '@from ec2-launch'"));
                    from = null;
                }
            } else if (t.equals("expect") || t.startsWith("expect ")) {
                expect(t.substring(6).strip(), new Position(file, i + 1, col + 7), lines, problems);
            } else {
                problems.add(Diagnostic.error(at, "a walkthrough line starts with '>', 'choose', 'expect', '@title',"
                        + " '@seed', '@from', 'session' or '//'", "put '> ' before an input, e.g. '> aws ec2 describe-instances'"));
            }
        }
        return new Parsed(new Walkthrough(file, title, seed, from, fromAt, lines), problems);
    }

    private static void expect(String rest, Position at, List<Line> lines, List<Diagnostic> problems) {
        String[] w = rest.split("\\s+", 2);
        switch (w[0]) {
            case "" -> problems.add(Diagnostic.error(at, "'expect' needs something to check",
                    "e.g. 'expect scene ec2-type' or 'expect instance state=running'"));
            case "scene" -> {
                if (w.length < 2 || w[1].contains(" ")) {
                    problems.add(Diagnostic.error(at, "'expect scene' takes one scene id", "e.g. 'expect scene ec2-done'"));
                } else {
                    lines.add(new ExpectScene(w[1], at));
                }
            }
            case "ended" -> lines.add(new ExpectEnded(at));
            case "card" -> {
                if (w.length < 2 || w[1].contains(" ")) {
                    problems.add(Diagnostic.error(at, "'expect card' takes one scene id", "e.g. 'expect card ch1-quiz-1'"));
                } else {
                    lines.add(new ExpectCard(w[1], at));
                }
            }
            case "badge" -> {
                if (w.length < 2) {
                    problems.add(Diagnostic.error(at, "'expect badge' takes a badge name", "e.g. 'expect badge Sleeper'"));
                } else {
                    lines.add(new ExpectBadge(w[1].strip(), at));
                }
            }
            case "text" -> problems.add(Diagnostic.error(at, "walkthroughs check the game state, not the screen text",
                    "expect a scene, a flag, the score, a badge or a resource instead"));
            default -> {
                String cond = rest.replaceAll("^(not\\s+)?score\\s+(>=|<=|!=|=|<|>)\\s*", "$1score $2");
                Condition c = ConditionParser.parse(cond, at, problems);
                if (c != null) {
                    lines.add(new ExpectCondition(c, rest, at));
                }
            }
        }
    }
}
