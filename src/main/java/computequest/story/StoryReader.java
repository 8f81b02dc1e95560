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
        // The first tab, '$' and 'D' at or after from (MAX_VALUE: none), each found again only once passed. A line
        // that holds no "${" and no "TODO" (its 'D' two after a 'T') needs no look for traps beyond a '~' at column 1
        // (see Traps.line). Single characters, as indexOf finds them fastest: a search for the two strings over the
        // whole text cost more than the look at each line it spared.
        int tab = -1;
        int dollar = -1;
        int d = -1;
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
            dollar = dollar < from ? next(text, '$', from) : dollar;
            d = d < from ? next(text, 'D', from) : d;
            boolean suspect = false;
            while (!suspect && dollar < end) {
                suspect = text.startsWith("${", dollar);
                dollar = suspect ? dollar : next(text, '$', dollar + 1);
            }
            while (!suspect && d < end) {
                suspect = d >= from + 2 && text.startsWith("TODO", d - 2);
                d = suspect ? d : next(text, 'D', d + 1);
            }
            if (tab < end) {
                String line = text.substring(from, end).replace("\t", "    ");
                line(line, 0, line.length(), n++, suspect);
            } else {
                line(text, from, end, n++, suspect);
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        closeScene();
    }

    private static int next(String text, char c, int from) {
        int i = text.indexOf(c, from);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * A line, as {@code text} from {@code from} to {@code end} (its tabs already made four spaces). The line is read
     * where it is: only what the story keeps of it is copied (a huge story's lines, copied whole and stripped, were
     * the largest part of what reading it allocated).
     */
    private void line(String text, int from, int end, int n, boolean suspect) {
        int a = from;
        while (a < end && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        int b = end;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        boolean fence = b - a == StoryParser.FENCE.length() && text.startsWith(StoryParser.FENCE, a);
        if (scene != null && (fenceAt != null || fence)) {
            verbatim(text.substring(from, end), fence, n);
            return;
        }
        content(text, a, b, a - from, n, suspect);
    }

    private Position at(int line, int column) {
        return new Position(file, line, column);
    }

    /**
     * A line that is not verbatim: {@code text} from {@code a} to {@code b} is the line stripped, {@code indent} how
     * far it is indented; {@code suspect} whether {@link Traps#line} may have more to say of it than of a '~' at
     * column 1 (whether it holds "${" or "TODO").
     */
    private void content(String text, int a, int b, int indent, int n, boolean suspect) {
        int col = Math.max(indent, 0) + 1;
        int length = b - a;
        if (length >= 2 && text.charAt(a) == '/' && text.charAt(a + 1) == '/') {
            return;
        }
        if (length == 0) {
            if (scene != null) {
                scene.prose.add("");
            }
            block = null;
            return;
        }
        char sigil = text.charAt(a);
        boolean afterBlocks = scene != null && !scene.blocks.isEmpty();
        if (suspect || afterBlocks && sigil == '~' && col == 1) {
            Traps.line(text.substring(a, b), file, n, col, afterBlocks, problems);
        }
        if (sigil == ':' && length >= 2 && text.charAt(a + 1) == ':') {
            closeScene();
            String id = pool.share(text, Scan.skipWhitespace(text, a + 2, b), b); // shared with the choices to it
            if (!Scan.sceneId(id)) {
                problems.add(Diagnostic.error(at(n, col + 2), "'" + id + "' is not a valid scene id",
                        "use lower-case letters, digits and dashes, e.g. ':: ec2-launch'"));
            }
            scene = new SceneDraft(id, at(n, col), fileChapter);
            return;
        }
        boolean indented = indent > 0;
        if (indented && (sigil == '?' || sigil == '~' || sigil == '>')) {
            blockLine(sigil, text, a, b, n, col);
            return;
        }
        if (sigil == '@') {
            directive(text, a, b, n, col);
            return;
        }
        if (scene == null) {
            problems.add(Diagnostic.error(at(n, col), "text outside a scene",
                    "start a scene with ':: scene-id' first, or make this a // comment"));
            return;
        }
        block = null;
        switch (sigil) {
            case '*' -> choice(text, a, b, n, col);
            case '~' -> {
                int e0 = Scan.skipWhitespace(text, a + 1, b);
                Effect e = EffectParser.parse(text.substring(e0, b), at(n, col + e0 - a), problems, pool);
                if (e != null) {
                    scene.onEnter.add(e);
                }
            }
            case '?', '>' -> problems.add(Diagnostic.error(at(n, col), "'" + sigil + "' lines belong under a choice,"
                    + " @goal, @check or @on", "indent it under one, or escape the first character with \\"));
            default -> scene.line(text.substring(sigil == '\\' ? a + 1 : a, b), at(n, sigil == '\\' ? col + 1 : col));
        }
    }

    /**
     * A line of a verbatim block: between two {@code ```} lines, kept as written (never joined, wrapped or read
     * as markup), for commands and output.
     */
    private void verbatim(String line, boolean fence, int n) {
        if (fence) {
            fenceAt = fenceAt == null ? at(n, line.indexOf(StoryParser.FENCE) + 1) : null;
            block = null;
            return;
        }
        scene.verbatim(line.stripTrailing(), at(n, 1));
    }

    /** {@code * text -> target}, stripped, from {@code a} to {@code b} of {@code text}. */
    private void choice(String text, int a, int b, int n, int col) {
        int body = Scan.skipWhitespace(text, a + 1, b);
        int bodyEnd = b;
        int arrow = b - 2; // the last "->" of the text
        while (arrow >= body && !(text.charAt(arrow) == '-' && text.charAt(arrow + 1) == '>')) {
            arrow--;
        }
        int target = -1;
        int targetCol = 0;
        if (arrow >= body) {
            int first = a + 1; // the first "->" after the '*', where the error points
            while (!(text.charAt(first) == '-' && text.charAt(first + 1) == '>')) {
                first++;
            }
            target = Scan.skipWhitespace(text, arrow + 2, b);
            targetCol = col + first - a + 2 + target - (arrow + 2);
            bodyEnd = arrow;
            while (bodyEnd > body && Character.isWhitespace(text.charAt(bodyEnd - 1))) {
                bodyEnd--;
            }
            if (target == b) {
                problems.add(Diagnostic.error(at(n, col + first - a), "'->' needs a scene id after it",
                        "name the target scene, or drop the arrow to stay in this scene"));
                target = -1;
            }
        }
        if (bodyEnd == body) {
            problems.add(Diagnostic.error(at(n, col), "a choice needs text", "e.g. '* Launch a t3.micro -> launched'"));
        }
        block = new SceneDraft.BlockDraft('*', pool.share(text, body, bodyEnd), target < 0 ? null
                : pool.share(text, target, b), at(n, col), target < 0 ? null : at(n, targetCol), null);
        scene.blocks.add(block);
    }

    private void blockLine(char sigil, String text, int a, int b, int n, int col) {
        if (block == null) {
            problems.add(Diagnostic.error(at(n, col), "'" + sigil + "' is indented but follows no choice, @goal,"
                    + " @check or @on", "put it right under one, with no blank line between"));
            return;
        }
        // Feedback recurs across scenes, so it is shared; a condition's or effect's words are shared as they are read.
        int from = Scan.skipWhitespace(text, a + 1, b);
        String rest = sigil == '>' ? pool.share(text, from, b) : text.substring(from, b);
        switch (sigil) {
            case '?' -> {
                if (block.kind != '*') {
                    problems.add(Diagnostic.error(at(n, col), "'?' conditions go under choices only",
                            "a goal's condition is on its @goal line"));
                    return;
                }
                Condition c = ConditionParser.parse(rest, at(n, col + from - a), problems, pool);
                if (c != null) {
                    block.add(c);
                }
            }
            case '~' -> {
                Effect e = EffectParser.parse(rest, at(n, col + from - a), problems, pool);
                if (e != null) {
                    block.add(e);
                }
            }
            default -> block.add(rest);
        }
    }

    /** Whether a directive's argument is kept in the story as it is written. */
    private static boolean kept(String directive) {
        return switch (directive) {
            case "hint", "objective", "title", "chapter", "concept", "callback", "start" -> true;
            default -> false;
        };
    }

    private void directive(String text, int a, int b, int n, int col) {
        int sp = a;
        while (sp < b && text.charAt(sp) != ' ') {
            sp++;
        }
        String name = pool.share(text, a + 1, sp);
        // Shared when kept as written: hints, objectives and titles often repeat word for word across scenes (the
        // arguments read further, conditions, commands, effects, share their words instead).
        int from = sp == b ? b : Scan.skipWhitespace(text, sp + 1, b);
        String arg = sp == b ? "" : kept(name) ? pool.share(text, from, b) : text.substring(from, b);
        int argCol = col + from - a;
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
                    events.add(new Started(problems.size(), arg, at(n, argCol)));
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
        // The directives most lines are, read here without the positions only a problem with them would need.
        if (name.equals("title")) {
            scene.title = arg;
        } else if (name.equals("hint") && !arg.isEmpty()) {
            scene.hints.add(arg);
        } else if (name.equals("objective") && !arg.isEmpty()) {
            scene.objective = arg;
        } else {
            block = scene.directive(name, arg, at(n, col), at(n, argCol), problems, pool);
        }
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
