package computequest.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one {@code .story} file line by line, keeping every problem it finds; {@link StoryParser} is its public face
 * and documents the format. Scene directives and the scene under construction are {@link SceneDraft}'s. What needs
 * the other files (a scene id used twice, a glossary term defined twice, {@code @story}, {@code @start}, links) it
 * hands on as {@link Event}s for {@link StoryMerge}, so that files can be read in parallel and merged in order.
 */
final class StoryReader {
    private final List<Diagnostic> problems = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final String file;
    private final StringPool pool;
    private String fileChapter;
    private SceneDraft scene;
    private SceneDraft.BlockDraft block;
    private Position fenceAt;

    private StoryReader(String file, StringPool pool) {
        this.file = file;
        this.pool = pool;
    }

    /** What reading one file found: its problems, and its events, each placed among them. */
    record FileParse(List<Diagnostic> problems, List<Event> events) {
    }

    /** Something the merge must see in file order; {@code at} is how many of the file's problems come before it. */
    sealed interface Event {
        int at();
    }

    /** A scene read to its end, with the links it makes. */
    record Closed(int at, Scene scene, List<Target> targets) implements Event {
    }

    record Glossary(int at, String term, String definition, Position position) implements Event {
    }

    record Declared(int at, String id, String title) implements Event {
    }

    record Started(int at, String id, Position position) implements Event {
    }

    /** A link to a scene, and where it is. */
    record Target(String id, Position at) {
    }

    /** Reads a file; {@code pool} shares strings with the other files the same thread reads. */
    static FileParse read(String name, String text, StringPool pool) {
        StoryReader r = new StoryReader(name, pool);
        r.lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        return new FileParse(r.problems, r.events);
    }

    private void lines(String text) {
        // Lines end at \n, with an optional \r before it; a hand-written split, as a regex split is the
        // costliest step on large stories.
        int n = 1;
        int from = 0;
        int tab = -1; // the first tab at or after from (MAX_VALUE: none), found again only once passed
        while (true) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            if (nl >= 0 && end > from && text.charAt(end - 1) == '\r') {
                end--;
            }
            if (tab < from) {
                tab = text.indexOf('\t', from);
                tab = tab < 0 ? Integer.MAX_VALUE : tab;
            }
            if (tab < end) {
                line(text.substring(from, end).replace("\t", "    "), n++);
            } else {
                line(text, from, end, n++);
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        closeScene();
    }

    /**
     * A line without tabs, as {@code text} from {@code from} to {@code end}: what {@link #line(String, int)} does,
     * with one copy (of the stripped line) instead of two.
     */
    private void line(String text, int from, int end, int n) {
        int a = from;
        while (a < end && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        int b = end;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String trimmed = a == b ? "" : text.substring(a, b);
        if (scene != null && (fenceAt != null || trimmed.equals(StoryParser.FENCE))) {
            verbatim(text.substring(from, end), trimmed, n);
            return;
        }
        content(trimmed, a - from, n);
    }

    /**
     * Whether the UTF-8 bytes hold a control character that a line of the text could keep: what {@link
     * #hasControl(String)} says of their text, read on the bytes (a C0 control or DEL is one byte; a C1 control is
     * 0xC2 then 0x80 to 0x9F), which is several times faster than through the string.
     */
    static boolean hasControl(byte[] utf8) {
        for (int i = 0, n = utf8.length; i < n; i++) {
            byte b = utf8[i];
            // Printable ASCII, the bulk of a story, in one test (the loop runs interpreted at every game start);
            // bytes of 0x80 and up are negative.
            if (b >= 0x20 && b != 0x7F) {
                continue;
            }
            int next = i + 1 < n ? utf8[i + 1] & 0xFF : -1;
            if (b >= 0 ? b != '\n' && b != '\t' && !(b == '\r' && next == '\n')
                    : b == (byte) 0xC2 && next >= 0x80 && next <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a control character that a line of it could keep (a CR ending a line cannot). */
    static boolean hasControl(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Printable.isControl(c) && !(c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                return true;
            }
        }
        return false;
    }

    private Position at(int line, int column) {
        return new Position(file, line, column);
    }

    /** A line, its tabs made four spaces. */
    private void line(String line, int n) {
        String trimmed = line.strip();
        if (scene != null && (fenceAt != null || trimmed.equals(StoryParser.FENCE))) {
            verbatim(line, trimmed, n);
            return;
        }
        // Where the text starts: the first character of the stripped line, found again in the line.
        content(trimmed, trimmed.isEmpty() ? line.indexOf(' ') : line.indexOf(trimmed.charAt(0)), n);
    }

    /** A line that is not verbatim: its text stripped, and how far it is indented (a blank line's is unused). */
    private void content(String trimmed, int indent, int n) {
        int col = Math.max(indent, 0) + 1;
        if (trimmed.startsWith("//")) {
            return;
        }
        Traps.line(trimmed, file, n, col, scene != null && !scene.blocks.isEmpty(), problems);
        if (trimmed.isEmpty()) {
            if (scene != null) {
                scene.prose.add("");
            }
            block = null;
            return;
        }
        if (trimmed.startsWith("::")) {
            closeScene();
            String id = pool.stripped(trimmed, 2); // one copy, shared with the choices that lead here
            if (!Scan.sceneId(id)) {
                problems.add(Diagnostic.error(at(n, col + 2), "'" + id + "' is not a valid scene id",
                        "use lower-case letters, digits and dashes, e.g. ':: ec2-launch'"));
            }
            scene = new SceneDraft(id, at(n, col), fileChapter);
            return;
        }
        boolean indented = indent > 0;
        char sigil = trimmed.charAt(0);
        if (indented && (sigil == '?' || sigil == '~' || sigil == '>')) {
            blockLine(sigil, trimmed, n, col);
            return;
        }
        if (sigil == '@') {
            directive(trimmed, n, col);
            return;
        }
        if (scene == null) {
            problems.add(Diagnostic.error(at(n, col), "text outside a scene",
                    "start a scene with ':: scene-id' first, or make this a // comment"));
            return;
        }
        block = null;
        switch (sigil) {
            case '*' -> choice(trimmed, n, col);
            case '~' -> {
                Effect e = EffectParser.parse(trimmed.substring(1), at(n, col + Scan.skipWhitespace(trimmed, 1)),
                        problems, pool);
                if (e != null) {
                    scene.onEnter.add(e);
                }
            }
            case '?', '>' -> problems.add(Diagnostic.error(at(n, col), "'" + sigil + "' lines belong under a choice,"
                    + " @goal, @check or @on", "indent it under one, or escape the first character with \\"));
            default -> scene.prose.add(trimmed.startsWith("\\") ? trimmed.substring(1) : trimmed);
        }
    }

    /**
     * A line of a verbatim block: between two {@code ```} lines, kept as written (never joined, wrapped or read
     * as markup), for commands and output.
     */
    private void verbatim(String line, String trimmed, int n) {
        if (trimmed.equals(StoryParser.FENCE)) {
            fenceAt = fenceAt == null ? at(n, line.indexOf(StoryParser.FENCE) + 1) : null;
            block = null;
            return;
        }
        scene.prose.add(SceneDraft.VERBATIM + line.stripTrailing());
    }

    private void choice(String trimmed, int n, int col) {
        String body = trimmed.substring(1).strip();
        String target = null;
        int arrow = body.lastIndexOf("->");
        int targetCol = 0;
        if (arrow >= 0) {
            target = body.substring(arrow + 2).strip();
            targetCol = col + trimmed.indexOf("->", 1) + 2 + (body.substring(arrow + 2).length()
                    - body.substring(arrow + 2).stripLeading().length());
            body = body.substring(0, arrow).strip();
            if (target.isEmpty()) {
                problems.add(Diagnostic.error(at(n, col + trimmed.indexOf("->", 1)), "'->' needs a scene id after it",
                        "name the target scene, or drop the arrow to stay in this scene"));
                target = null;
            }
        }
        if (body.isEmpty()) {
            problems.add(Diagnostic.error(at(n, col), "a choice needs text", "e.g. '* Launch a t3.micro -> launched'"));
        }
        block = new SceneDraft.BlockDraft('*', pool.share(body), target == null ? null : pool.share(target), at(n, col),
                target == null ? null : at(n, targetCol), null);
        scene.blocks.add(block);
    }

    private void blockLine(char sigil, String trimmed, int n, int col) {
        if (block == null) {
            problems.add(Diagnostic.error(at(n, col), "'" + sigil + "' is indented but follows no choice, @goal,"
                    + " @check or @on", "put it right under one, with no blank line between"));
            return;
        }
        // Feedback recurs across scenes, so it is shared; a condition's or effect's words are shared as they are read.
        String rest = sigil == '>' ? pool.stripped(trimmed, 1) : trimmed.substring(1).strip();
        Position p = at(n, col + Scan.skipWhitespace(trimmed, 1));
        switch (sigil) {
            case '?' -> {
                if (block.kind != '*') {
                    problems.add(Diagnostic.error(at(n, col), "'?' conditions go under choices only",
                            "a goal's condition is on its @goal line"));
                    return;
                }
                Condition c = ConditionParser.parse(rest, p, problems, pool);
                if (c != null) {
                    block.conditions.add(c);
                }
            }
            case '~' -> {
                Effect e = EffectParser.parse(rest, p, problems, pool);
                if (e != null) {
                    block.effects.add(e);
                }
            }
            default -> block.feedback.add(rest);
        }
    }

    /** Whether a directive's argument is kept in the story as it is written. */
    private static boolean kept(String directive) {
        return switch (directive) {
            case "hint", "objective", "title", "chapter", "concept", "callback", "start" -> true;
            default -> false;
        };
    }

    private void directive(String trimmed, int n, int col) {
        int sp = trimmed.indexOf(' ');
        String name = sp < 0 ? trimmed.substring(1) : trimmed.substring(1, sp);
        // Shared when kept as written: hints, objectives and titles often repeat word for word across scenes (the
        // arguments read further, conditions, commands, effects, share their words instead).
        String arg = sp < 0 ? "" : kept(name) ? pool.stripped(trimmed, sp + 1) : trimmed.substring(sp + 1).strip();
        Position argAt = at(n, col + (sp < 0 ? trimmed.length() : Scan.skipWhitespace(trimmed, sp + 1)));
        block = null;
        switch (name) {
            case "story" -> {
                if (arg.isEmpty()) {
                    problems.add(Diagnostic.error(at(n, col), "@story needs an id and a title",
                            "e.g. '@story compute-quest Compute Quest'"));
                } else {
                    // arg.split("\\s+", 2) without a regex: the id, then the title after the first spaces
                    int end = 0;
                    while (end < arg.length() && !Scan.space(arg.charAt(end))) {
                        end++;
                    }
                    int title = end;
                    while (title < arg.length() && Scan.space(arg.charAt(title))) {
                        title++;
                    }
                    String id = arg.substring(0, end);
                    events.add(new Declared(problems.size(), id, end == arg.length() ? id : arg.substring(title)));
                }
                return;
            }
            case "start" -> {
                if (arg.isEmpty()) {
                    problems.add(Diagnostic.error(at(n, col), "@start needs the id of the first scene", "e.g. '@start intro'"));
                } else {
                    events.add(new Started(problems.size(), arg, argAt));
                }
                return;
            }
            case "glossary" -> {
                int colon = arg.indexOf(':');
                if (colon <= 0 || arg.substring(colon + 1).isBlank()) {
                    problems.add(Diagnostic.error(at(n, col), "@glossary needs a term, a colon and a definition",
                            "e.g. '@glossary AMI: the template an instance boots from'"));
                } else {
                    events.add(new Glossary(problems.size(), arg.substring(0, colon).strip(),
                            arg.substring(colon + 1).strip(), at(n, col)));
                }
                return;
            }
            case "todo" -> {
                problems.add(Diagnostic.warning(at(n, col), "left to finish: "
                        + (arg.isEmpty() ? "(no note)" : arg), "finish it, then delete this @todo line"));
                return;
            }
            case "chapter" -> {
                if (arg.isEmpty()) {
                    problems.add(Diagnostic.error(at(n, col), "@chapter needs a name", "e.g. '@chapter 1 Virtual machines'"));
                } else if (scene == null) {
                    fileChapter = arg;
                } else {
                    scene.chapter = arg;
                }
                return;
            }
            default -> {
            }
        }
        if (scene == null) {
            problems.add(Diagnostic.error(at(n, col), "@" + name + " must be inside a scene",
                    "only @story, @start and @chapter may come before the first ':: scene-id'"));
            return;
        }
        block = scene.directive(name, arg, at(n, col), argAt, problems, pool);
    }

    private void closeScene() {
        if (fenceAt != null) {
            problems.add(Diagnostic.error(fenceAt, "this ``` block is never closed, so everything after it is"
                    + " shown as it is", "end the block with a line that holds only ```"));
            fenceAt = null;
        }
        if (scene == null) {
            return;
        }
        SceneDraft d = scene;
        scene = null;
        block = null;
        List<Target> targets = new ArrayList<>();
        for (SceneDraft.BlockDraft b : d.blocks) {
            if (b.target != null) {
                targets.add(new Target(b.target, b.targetAt));
            }
        }
        events.add(new Closed(problems.size(), d.toScene(pool), targets));
    }
}
