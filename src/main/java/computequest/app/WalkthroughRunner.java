package computequest.app;

import computequest.engine.Engine;
import computequest.engine.Request;
import computequest.engine.RequestResult;
import computequest.ui.LineEditor;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.engine.RequestResult;
import computequest.engine.Step;
import computequest.story.Choice;
import computequest.story.Diagnostic;
import computequest.story.Placeholders;
import computequest.story.Position;
import computequest.story.StoryGraph;
import computequest.story.Walkthrough;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Runs {@code .walk} files against a story through the real engine, and reports pass or fail per file. */
final class WalkthroughRunner {

    /**
     * The outcome of one walkthrough: passed, or the first failure with its position ({@code at}, null when it
     * passed); {@code reached} is every scene the game was in while it ran.
     */
    record Result(String file, String title, boolean passed, String failure, int inputs, int expectations,
                  Position at, Set<String> reached, Set<Position> covered, String source) {
        Result(String file, String title, boolean passed, String failure, int inputs, int expectations,
               Position at, Set<String> reached, Set<Position> covered) {
            this(file, title, passed, failure, inputs, expectations, at, reached, covered, "");
        }

        String line() {
            return passed ? "PASS " + file + " (" + inputs + " inputs, " + expectations + " expectations)"
                    : "FAIL " + file + ": " + failure;
        }

        /**
         * {@link #line} for people: a failure over several short lines, each part on its own: where ({@code .walk}
         * file:line:column) and the line there, what it expected, what the game state was (the scene's goals, what
         * the cloud holds), and what the game said last.
         */
        String report(int width) {
            if (passed) {
                return line();
            }
            String why = at != null && failure.startsWith(at + ": ") ? failure.substring(at.toString().length() + 2)
                    : failure;
            StringBuilder b = new StringBuilder("FAIL ").append(at == null ? file : at.toString());
            if (!source.isEmpty()) {
                wrap(b, "    line:     ", source, width);
            }
            String said = "";
            int s = why.indexOf(SAID);
            if (s >= 0) {
                said = why.substring(s + SAID.length());
                why = why.substring(0, s);
            }
            String[] goals = why.split(java.util.regex.Pattern.quote(WalkCoverage.GOAL_AT));
            String first = goals[0];
            int but = first.indexOf(", but ");
            if (first.startsWith("expected ") && but > 0) {
                wrap(b, "    expected: ", first.substring(9, but), width);
                parts(b, "    found:    ", first.substring(but + 6), width);
            } else {
                parts(b, "    why:      ", first, width);
            }
            for (int i = 1; i < goals.length; i++) {
                parts(b, "              ", "its @goal at " + goals[i], width);
            }
            if (!said.isEmpty()) {
                wrap(b, "    the game last said: ", said, width);
            }
            return b.toString();
        }

        /** {@code text} with what the cloud has on a line of its own. */
        private static void parts(StringBuilder b, String label, String text, int width) {
            int c = text.indexOf(WalkCoverage.CLOUD_HAS);
            wrap(b, label, c < 0 ? text : text.substring(0, c), width);
            if (c >= 0) {
                wrap(b, " ".repeat(label.length()), text.substring(c + 2), width);
            }
        }

        /** A new line of {@code label} then {@code text}, wrapped at spaces to {@code width}, under the label. */
        private static void wrap(StringBuilder b, String label, String text, int width) {
            String indent = " ".repeat(label.length());
            StringBuilder line = new StringBuilder(label);
            boolean empty = true;
            for (String word : text.strip().split(" ")) {
                if (!empty && line.length() + 1 + word.length() > width) {
                    b.append('\n').append(line);
                    line = new StringBuilder(indent);
                    empty = true;
                }
                line.append(empty ? "" : " ").append(word);
                empty = false;
            }
            b.append('\n').append(line);
        }
    }

    /** How the last thing the game said is joined to a failure. */
    static final String SAID = ". The game last said: ";

    /** The date a walkthrough's first session starts on; {@code session +N} lines count from it. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private WalkthroughRunner() {
    }

    /** Every {@code .walk} file under {@code dir}, in path order. */
    static List<Path> find(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(Walkthrough.EXTENSION) && Files.isRegularFile(p)).sorted()
                    .toList();
        }
    }

    static Result run(Engine engine, String name, String text) {
        Result r = play(engine, name, text);
        if (r.passed() || r.at() == null || !r.at().file().equals(name)) {
            return r;
        }
        String[] lines = text.split("\r?\n", -1);
        String source = r.at().line() <= lines.length ? lines[r.at().line() - 1].strip() : "";
        return new Result(r.file(), r.title(), false, r.failure(), r.inputs(), r.expectations(), r.at(), r.reached(),
                r.covered(), source);
    }

    private static Result play(Engine engine, String name, String text) {
        Walkthrough.Parsed parsed = Walkthrough.parse(name, text);
        Walkthrough w = parsed.walkthrough();
        if (parsed.hasErrors()) {
            List<Diagnostic> errors = parsed.diagnostics().stream().filter(Diagnostic::isError).toList();
            return new Result(name, w.title(), false, errors.stream().map(Diagnostic::toString)
                    .reduce((a, b) -> a + "; " + b).orElse(""), 0, 0, errors.get(0).position(), Set.of(),
                    Set.of());
        }
        Step step;
        try {
            step = w.from() == null ? engine.start(w.seed()) : Playtest.start(engine, w.from(), w.seed());
        } catch (IllegalArgumentException e) {
            return new Result(name, w.title(), false, w.fromAt() + ": " + e.getMessage(), 0, 0, w.fromAt(), Set.of(),
                    Set.of());
        }
        GameState s = engine.resolve(step.state(), new RequestResult.SessionStarted(FIRST_DAY)).state();
        LocalDate today = FIRST_DAY;
        Set<String> reached = new LinkedHashSet<>();
        reached.add(s.sceneId());
        Set<Position> covered = new LinkedHashSet<>();
        int inputs = 0;
        int expectations = 0;
        List<Event> last = step.events();
        LineEditor editing = null;
        String editingPath = null;
        for (Walkthrough.Line line : w.lines()) {
            if (line instanceof Walkthrough.Input in && editing != null) {
                // An edit FILE request is served as line mode serves it: the next inputs are editor commands.
                LineEditor.Reply reply = editing.handle(in.text());
                inputs++;
                if (reply.closed()) {
                    Step done = engine.resolve(s, new RequestResult.LaptopFileEdited(editingPath, reply.saved()));
                    s = done.state();
                    last = done.events();
                    editing = null;
                }
                continue;
            }
            if (line instanceof Walkthrough.Choose c && editing != null) {
                return fail(w, c.position(), "'choose' picks a choice, but the line editor of " + editingPath
                        + " is open (type its commands with '>')", inputs, expectations, reached, covered);
            }
            if (line instanceof Walkthrough.Input || line instanceof Walkthrough.Choose) {
                String typed;
                if (line instanceof Walkthrough.Choose c) {
                    Pick pick = chosen(engine.visibleChoices(s), c.text());
                    if (pick.problem() != null) {
                        return fail(w, c.position(), pick.problem(), inputs, expectations, reached, covered);
                    }
                    typed = pick.typed();
                } else {
                    Walkthrough.Input in = (Walkthrough.Input) line;
                    typed = Placeholders.fill(in.text(), in.selectors(), SimVocab.lookup(s.cloud()));
                    if (Placeholders.has(typed)) {
                        return fail(w, in.position(), "nothing in the simulated cloud matches a placeholder in '"
                                + in.text() + "'", inputs, expectations, reached, covered);
                    }
                }
                Step next;
                try {
                    next = engine.step(s, typed);
                } catch (RuntimeException e) {
                    return fail(w, line.position(), "the game failed on '" + typed + "': " + e, inputs,
                            expectations, reached, covered);
                }
                WalkCoverage.record(engine, s, typed, next, covered);
                s = next.state();
                reached.add(s.sceneId());
                last = next.events();
                inputs++;
                for (Request r : next.requests()) {
                    if (r instanceof Request.EditLaptopFile e) {
                        editing = new LineEditor(e.path(), e.text());
                        editingPath = e.path();
                    }
                }
                if (next.quits()) {
                    break;
                }
                continue;
            }
            if (line instanceof Walkthrough.NewSession n) {
                today = today.plusDays(n.days());
                Step session = engine.resolve(s, new RequestResult.SessionStarted(today));
                s = session.state();
                last = session.events();
                continue;
            }
            expectations++;
            String problem = check(engine, s, line);
            if (problem != null) {
                return fail(w, line.position(), problem + lastWords(last), inputs, expectations, reached, covered);
            }
        }
        return new Result(name, w.title(), true, "", inputs, expectations, null, reached, covered);
    }

    private static Result fail(Walkthrough w, Position at, String why, int inputs, int expectations,
                               Set<String> reached, Set<Position> covered) {
        return new Result(w.file(), w.title(), false, at + ": " + why, inputs, expectations, at, reached, covered);
    }

    /** What a {@code choose} line types (a choice's number), or why it cannot ({@code problem}, else null). */
    record Pick(String typed, String problem) {
    }

    /**
     * The number of the one visible choice whose text holds {@code part} (any case), or why there is no one such
     * choice, naming the choices on the screen.
     */
    static Pick chosen(List<Choice> visible, String part) {
        String p = part.toLowerCase(Locale.ROOT);
        List<Integer> hits = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).text().toLowerCase(Locale.ROOT).contains(p)) {
                hits.add(i);
            }
            shown.append(i == 0 ? "" : ", ").append(i + 1).append(" '").append(visible.get(i).text()).append('\'');
        }
        if (hits.size() == 1) {
            return new Pick(Integer.toString(hits.get(0) + 1), null);
        }
        if (visible.isEmpty()) {
            return new Pick(null, "'choose " + part + "': no choices are on the screen here");
        }
        return new Pick(null, "'choose " + part + "': " + (hits.isEmpty() ? "no choice on the screen holds that text"
                : hits.size() + " choices on the screen hold that text; give more of the one you mean") + ". The choices"
                + " are " + shown);
    }

    /** Null when the expectation holds, else what was found instead. */
    private static String check(Engine engine, GameState s, Walkthrough.Line line) {
        if (line instanceof Walkthrough.ExpectScene e) {
            return s.sceneId().equals(e.sceneId()) ? null
                    : "expected scene '" + e.sceneId() + "', but the game is at '" + s.sceneId() + "'"
                    + WalkCoverage.goalsOf(engine, s);
        }
        if (line instanceof Walkthrough.ExpectCard c) {
            String showing = s.learning().reviewing() ? s.learning().run().queue().get(s.learning().run().index())
                    : null;
            return c.sceneId().equals(showing) ? null : "expected the review to show the card '" + c.sceneId()
                    + "', but " + (showing == null ? "no review is running" : "it shows '" + showing + "'");
        }
        if (line instanceof Walkthrough.ExpectEnded) {
            return s.ended() ? null : "expected the story to have ended, but it is at '" + s.sceneId() + "'";
        }
        if (line instanceof Walkthrough.ExpectBadge b) {
            return s.badges().contains(b.badge()) ? null
                    : "expected the badge '" + b.badge() + "', but the badges are " + s.badges();
        }
        Walkthrough.ExpectCondition c = (Walkthrough.ExpectCondition) line;
        return engine.holds(c.condition(), s) ? null : "expected '" + StoryGraph.text(c.condition())
                + "', but it does not hold (scene '" + s.sceneId() + "', score " + s.score() + ", flags " + s.flags()
                + ")" + WalkCoverage.lookedAt(c.condition(), s);
    }

    /** The last thing the game said, to help find why a step went wrong. */
    private static String lastWords(List<Event> events) {
        List<String> said = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof Event.Feedback f && f.tone() != Event.Tone.HINT) {
                said.add(f.text().lines().findFirst().orElse(""));
            }
        }
        return said.isEmpty() ? "" : SAID + String.join(" / ", said);
    }
}
