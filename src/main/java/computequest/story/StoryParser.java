package computequest.story;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code .story} files. Prose is plain text; markup lines start with a sigil:
 * <pre>
 * :: scene-id              a scene begins
 * &#64;title / &#64;chapter / &#64;objective / &#64;hint / &#64;goal / &#64;check / &#64;on / &#64;quiz / &#64;ending   scene directives
 * &#64;setup EFFECT            for playtests (./play --from): what the player did since the previous scene
 * &#64;glossary Term: definition    a glossary entry (anywhere)
 * * text -> target         a choice (no target: the player stays, and the feedback explains)
 *   ? condition            indented under a choice: shown only when it holds
 *   ~ effect               indented: applied when the choice, goal or reaction fires; unindented: on entering
 *   > feedback             indented: what the game says then
 * // comment
 * </pre>
 * The parser never stops at the first problem: it collects every one, each with file, line and column.
 * {@link StoryValidator} adds the checks that need the whole story or the simulator's vocabulary; story/README.md
 * documents the format for authors.
 */
public final class StoryParser {

    public static final String EXTENSION = ".story";
    /** A line that holds only this opens or closes a verbatim block in prose. */
    static final String FENCE = "```";
    /** Marks a verbatim line among a scene's prose lines while parsing. */
    private static final String VERBATIM = "\u0000";
    private static final java.util.regex.Pattern SCENE_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

    private StoryParser() {
    }

    /** The result of parsing: a story (possibly partial) and every problem found. */
    public record Parsed(Story story, List<Diagnostic> diagnostics) {
        public Parsed {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** Parses every {@code .story} file under {@code dir}, in path order (subfolders included). */
    public static Parsed parseDirectory(Path dir) throws IOException {
        Map<String, String> texts = readFiles(dir);
        List<Diagnostic> problems = new ArrayList<>();
        for (var e : texts.entrySet()) {
            if (e.getValue().indexOf('\uFFFD') >= 0) {
                problems.add(Diagnostic.error(new Position(e.getKey(), 1, 1), "the file is not valid UTF-8 text",
                        "save it as UTF-8"));
            }
        }
        if (texts.isEmpty()) {
            problems.add(Diagnostic.error(new Position(dir.toString(), 1, 1), "no " + EXTENSION + " files in this folder",
                    "point --story at a folder with scene files, or create one with 'author new'"));
        }
        Parsed p = parse(texts);
        problems.addAll(p.diagnostics());
        return new Parsed(p.story(), problems);
    }

    /**
     * The text of every {@code .story} file under {@code dir}, by path relative to it, in path order. A UTF-8
     * byte-order mark at the start of a file (some Windows editors write one) is dropped.
     */
    public static Map<String, String> readFiles(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted().toList();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            String name = dir.relativize(f).toString().replace('\\', '/');
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            texts.put(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        return texts;
    }

    /** Parses several files given as name to text, in the order given. */
    public static Parsed parse(Map<String, String> files) {
        Builder b = new Builder();
        for (var e : files.entrySet()) {
            b.file(e.getKey(), e.getValue());
        }
        return b.finish(hash(files));
    }

    /**
     * 16 hex digits that change when any file's name or text changes. Two CRC checksums rather than SHA-256: this
     * only tells whether a save predates an edit, and the first MessageDigest use costs about 17 ms of start-up
     * (security providers load), a tenth of the time to the first prompt.
     */
    private static String hash(Map<String, String> files) {
        java.util.zip.CRC32C a = new java.util.zip.CRC32C();
        java.util.zip.CRC32 b = new java.util.zip.CRC32();
        for (var e : files.entrySet()) {
            for (String part : new String[] {e.getKey(), e.getValue()}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                a.update(bytes);
                a.update(0);
                b.update(bytes);
                b.update(0);
            }
        }
        String hex = Long.toHexString(a.getValue() << 32 | b.getValue());
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** Mutable state while reading; produces immutable records at the end. */
    private static final class Builder {
        private final List<Diagnostic> problems = new ArrayList<>();
        private final Map<String, Scene> scenes = new LinkedHashMap<>();
        private final Map<String, String> glossary = new LinkedHashMap<>();
        private final Map<String, Position> glossaryAt = new LinkedHashMap<>();
        private String storyId;
        private String storyTitle;
        private String start;
        private Position startAt;

        private String file;
        private String fileChapter;
        private SceneDraft scene;
        private BlockDraft block;
        private Position fenceAt;

        void file(String name, String text) {
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            closeScene();
            file = name;
            fileChapter = null;
            // Lines end at \n, with an optional \r before it; a hand-written split, as a regex split is the
            // costliest step on large stories.
            int n = 1;
            int from = 0;
            while (true) {
                int nl = text.indexOf('\n', from);
                int end = nl < 0 ? text.length() : nl;
                line(text.substring(from, nl >= 0 && end > from && text.charAt(end - 1) == '\r' ? end - 1 : end), n++);
                if (nl < 0) {
                    break;
                }
                from = nl + 1;
            }
            closeScene();
        }

        private Position at(int line, int column) {
            return new Position(file, line, column);
        }

        private void line(String raw, int n) {
            String line = raw.replace("\t", "    ");
            String trimmed = line.strip();
            if (scene != null && (fenceAt != null || trimmed.equals(FENCE))) {
                verbatim(line, trimmed, n);
                return;
            }
            int indent = line.indexOf(trimmed.isEmpty() ? " " : trimmed.substring(0, 1));
            int col = Math.max(indent, 0) + 1;
            if (trimmed.startsWith("//")) {
                return;
            }
            Traps.line(trimmed, col, at(n, col), scene != null && !scene.blocks.isEmpty(), problems);
            if (trimmed.isEmpty()) {
                if (scene != null) {
                    scene.prose.add("");
                }
                block = null;
                return;
            }
            if (trimmed.startsWith("::")) {
                closeScene();
                String id = trimmed.substring(2).strip();
                if (!SCENE_ID.matcher(id).matches()) {
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
                    String body = trimmed.substring(1);
                    Effect e = EffectParser.parse(body, at(n, col + 1 + body.length() - body.stripLeading().length()),
                            problems);
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
            if (trimmed.equals(FENCE)) {
                fenceAt = fenceAt == null ? at(n, line.indexOf(FENCE) + 1) : null;
                block = null;
                return;
            }
            scene.prose.add(VERBATIM + line.stripTrailing());
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
            block = new BlockDraft('*', body, target, at(n, col), target == null ? null : at(n, targetCol), null);
            scene.blocks.add(block);
        }

        private void blockLine(char sigil, String trimmed, int n, int col) {
            if (block == null) {
                problems.add(Diagnostic.error(at(n, col), "'" + sigil + "' is indented but follows no choice, @goal,"
                        + " @check or @on", "put it right under one, with no blank line between"));
                return;
            }
            String rest = trimmed.substring(1).strip();
            Position p = at(n, col + 1 + (trimmed.length() - 1 - trimmed.substring(1).stripLeading().length()));
            switch (sigil) {
                case '?' -> {
                    if (block.kind != '*') {
                        problems.add(Diagnostic.error(at(n, col), "'?' conditions go under choices only",
                                "a goal's condition is on its @goal line"));
                        return;
                    }
                    Condition c = ConditionParser.parse(rest, p, problems);
                    if (c != null) {
                        block.conditions.add(c);
                    }
                }
                case '~' -> {
                    Effect e = EffectParser.parse(rest, p, problems);
                    if (e != null) {
                        block.effects.add(e);
                    }
                }
                default -> block.feedback.add(rest);
            }
        }

        private void directive(String trimmed, int n, int col) {
            int sp = trimmed.indexOf(' ');
            String name = sp < 0 ? trimmed.substring(1) : trimmed.substring(1, sp);
            String arg = sp < 0 ? "" : trimmed.substring(sp + 1).strip();
            Position argAt = at(n, col + (sp < 0 ? trimmed.length() : sp + 1 + (trimmed.substring(sp + 1).length()
                    - trimmed.substring(sp + 1).stripLeading().length())));
            block = null;
            switch (name) {
                case "story" -> {
                    String[] parts = arg.split("\\s+", 2);
                    if (arg.isEmpty()) {
                        problems.add(Diagnostic.error(at(n, col), "@story needs an id and a title",
                                "e.g. '@story compute-quest Compute Quest'"));
                    } else {
                        storyId = parts[0];
                        storyTitle = parts.length > 1 ? parts[1] : parts[0];
                    }
                    return;
                }
                case "start" -> {
                    if (arg.isEmpty()) {
                        problems.add(Diagnostic.error(at(n, col), "@start needs the id of the first scene", "e.g. '@start intro'"));
                    } else {
                        start = arg;
                        startAt = argAt;
                    }
                    return;
                }
                case "glossary" -> {
                    int colon = arg.indexOf(':');
                    if (colon <= 0 || arg.substring(colon + 1).isBlank()) {
                        problems.add(Diagnostic.error(at(n, col), "@glossary needs a term, a colon and a definition",
                                "e.g. '@glossary AMI: the template an instance boots from'"));
                    } else {
                        String term = arg.substring(0, colon).strip();
                        if (glossary.containsKey(term)) {
                            problems.add(Diagnostic.warning(at(n, col), "the glossary term '" + term
                                    + "' is defined twice; the later one wins", "keep one definition; the first is at "
                                    + glossaryAt.get(term)));
                        } else {
                            glossaryAt.put(term, at(n, col));
                        }
                        glossary.put(term, arg.substring(colon + 1).strip());
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
            switch (name) {
                case "title" -> scene.title = arg;
                case "setup" -> {
                    if (arg.isEmpty()) {
                        problems.add(Diagnostic.error(at(n, col), "@setup needs an effect",
                                "e.g. '@setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001"
                                        + " --instance-type t3.micro' or '@setup wait 60'"));
                    } else {
                        Effect e = EffectParser.parse(arg, argAt, problems);
                        if (e != null) {
                            scene.setup.add(e);
                        }
                    }
                }
                case "hint" -> {
                    if (arg.isEmpty()) {
                        problems.add(Diagnostic.error(at(n, col), "@hint needs text", "e.g. '@hint Look at the instance types'"));
                    } else {
                        scene.hints.add(arg);
                    }
                }
                case "ending" -> scene.ending = true;
                case "quiz" -> scene.quiz = true;
                case "objective" -> {
                    if (arg.isEmpty()) {
                        problems.add(Diagnostic.error(at(n, col), "@objective needs text",
                                "e.g. '@objective Launch a t3.micro from Amazon Linux 2023'"));
                    } else {
                        scene.objective = arg;
                    }
                }
                case "goal", "check" -> {
                    String condText = arg;
                    String target = null;
                    Position targetAt = null;
                    int arrow = arg.lastIndexOf("->");
                    if (arrow >= 0) {
                        condText = arg.substring(0, arrow).strip();
                        target = arg.substring(arrow + 2).strip();
                        targetAt = new Position(file, n, argAt.column() + arrow + 2
                                + (arg.substring(arrow + 2).length() - arg.substring(arrow + 2).stripLeading().length()));
                    }
                    if (name.equals("goal") && (target == null || target.isEmpty())) {
                        problems.add(Diagnostic.error(at(n, col), "@goal needs '-> scene-id' after its condition",
                                "use @check for feedback that does not move the player"));
                        target = null;
                    }
                    if (name.equals("check") && target != null) {
                        problems.add(Diagnostic.error(targetAt, "@check does not move the player, so it takes no '->'",
                                "use @goal to move on"));
                        target = null;
                    }
                    Condition c = ConditionParser.parse(condText, argAt, problems);
                    block = new BlockDraft(name.equals("goal") ? 'g' : 'c', condText, target, at(n, col), targetAt, c);
                    scene.blocks.add(block);
                }
                case "concept", "task", "callback" -> recall(name, arg, at(n, col), argAt);
                case "on" -> {
                    if (arg.isEmpty()) {
                        problems.add(Diagnostic.error(at(n, col), "@on needs a command pattern",
                                "e.g. '@on aws ec2 run-instances --instance-type m5.large'"));
                    } else if (Reaction.of(arg, "", List.of(), at(n, col)) == null) {
                        problems.add(Diagnostic.error(at(n, col), "@on " + arg + " needs a command pattern after it",
                                "e.g. '@on ok curl' or '@on error InvalidParameterValue aws lambda create-function'"));
                    }
                    block = new BlockDraft('o', arg, null, at(n, col), null, null);
                    scene.blocks.add(block);
                }
                default -> problems.add(Diagnostic.error(at(n, col), "unknown directive @" + name,
                        "directives are @story @start @chapter @glossary @todo @title @objective @hint @goal @check @on @setup @quiz @ending @concept @task @callback"));
            }
        }

        /** {@code @concept NAME}, {@code @task CONDITION} (a block, like @check) and {@code @callback SCENE-ID}. */
        private void recall(String name, String arg, Position at, Position argAt) {
            if (arg.isEmpty()) {
                problems.add(Diagnostic.error(at, "@" + name + " needs " + (name.equals("task") ? "a condition"
                        : name.equals("concept") ? "the concept's name" : "the earlier scene's id"), switch (name) {
                            case "task" -> "e.g. '@task instance hibernated=true state=stopped'";
                            case "concept" -> "e.g. '@concept Stop loses RAM; stop-hibernate keeps it'";
                            default -> "e.g. '@callback ec2-hibernate'";
                        }));
            } else if (name.equals("concept")) {
                scene.concept = arg;
            } else if (name.equals("callback")) {
                scene.callback = arg;
                scene.callbackAt = argAt;
            } else {
                block = new BlockDraft('t', arg, null, at, null, ConditionParser.parse(arg, argAt, problems));
                scene.blocks.add(block);
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
            if (scenes.containsKey(d.id)) {
                problems.add(Diagnostic.error(d.at, "the scene id '" + d.id + "' is used twice; the first is at "
                        + scenes.get(d.id).position(), "rename one of them"));
                return;
            }
            List<Choice> choices = new ArrayList<>();
            List<Goal> goals = new ArrayList<>();
            List<Reaction> reactions = new ArrayList<>();
            Goal task = null;
            for (BlockDraft b : d.blocks) {
                String feedback = prose(b.feedback);
                switch (b.kind) {
                    case 't' -> task = b.condition == null ? null : new Goal(b.condition, null, b.effects, feedback, b.at);
                    case '*' -> choices.add(new Choice(b.text, b.target, b.conditions, b.effects, feedback, b.at));
                    case 'g', 'c' -> {
                        if (b.condition != null) {
                            goals.add(new Goal(b.condition, b.target, b.effects, feedback, b.at));
                        }
                    }
                    default -> {
                        Reaction r = Reaction.of(b.text, feedback, b.effects, b.at);
                        if (r != null) {
                            reactions.add(r);
                        }
                    }
                }
            }
            String title = d.title == null || d.title.isEmpty() ? d.id : d.title;
            scenes.put(d.id, new Scene(d.id, title, d.chapter == null ? "" : d.chapter, prose(d.prose), choices,
                    goals, reactions, d.hints, d.onEnter, d.ending, d.objective == null ? "" : d.objective, d.quiz, d.at, d.setup,
                    new Recall(d.concept, task, d.callback, d.callbackAt)));
            targets.addAll(d.blocks.stream().filter(b -> b.target != null)
                    .map(b -> new TargetRef(b.target, b.targetAt)).toList());
        }

        private final List<TargetRef> targets = new ArrayList<>();

        private record TargetRef(String id, Position at) {
        }

        /**
         * Prose lines as paragraphs separated by blank lines: text lines join with spaces; a verbatim block becomes
         * one paragraph of lines indented by two spaces, which the renderers never wrap.
         */
        private static String prose(List<String> lines) {
            StringBuilder out = new StringBuilder();
            StringBuilder para = new StringBuilder();
            boolean verbatim = false;
            for (String l : lines) {
                boolean v = l.startsWith(VERBATIM);
                if (v != verbatim || l.isEmpty()) {
                    flush(out, para);
                    verbatim = v;
                }
                if (v) {
                    para.append(para.length() > 0 ? "\n" : "").append("  ").append(l.substring(1));
                } else if (!l.isEmpty()) {
                    if (para.length() > 0) {
                        para.append(' ');
                    }
                    para.append(l);
                }
            }
            flush(out, para);
            return out.toString();
        }

        private static void flush(StringBuilder out, StringBuilder para) {
            if (para.length() > 0) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(para);
                para.setLength(0);
            }
        }

        Parsed finish(String hash) {
            if (storyId == null) {
                storyId = "untitled";
                storyTitle = "Untitled story";
            }
            if (start == null && !scenes.isEmpty()) {
                start = scenes.keySet().iterator().next();
            }
            for (TargetRef t : targets) {
                if (!scenes.containsKey(t.id())) {
                    problems.add(Diagnostic.error(t.at(), "no scene is called '" + t.id() + "'",
                            closest(t.id()).map(s -> "did you mean '" + s + "'?").orElse("add ':: " + t.id() + "' or fix the id")));
                }
            }
            if (start != null && !scenes.containsKey(start)) {
                problems.add(Diagnostic.error(startAt == null ? new Position("?", 1, 1) : startAt,
                        "@start names '" + start + "', which is not a scene",
                        closest(start).map(x -> "did you mean '" + x + "'?").orElse("fix the id")));
            }
            return new Parsed(new Story(storyId, storyTitle, start, scenes, glossary, hash), problems);
        }

        private final Suggest suggest = new Suggest();

        private java.util.Optional<String> closest(String id) {
            return suggest.nearest(id, scenes.keySet());
        }
    }

    private static final class SceneDraft {
        final String id;
        final Position at;
        String chapter;
        String title;
        boolean ending;
        boolean quiz;
        String objective;
        String concept;
        String callback;
        Position callbackAt;
        final List<String> prose = new ArrayList<>();
        final List<String> hints = new ArrayList<>();
        final List<Effect> onEnter = new ArrayList<>();
        final List<Effect> setup = new ArrayList<>();
        final List<BlockDraft> blocks = new ArrayList<>();

        SceneDraft(String id, Position at, String chapter) {
            this.id = id;
            this.at = at;
            this.chapter = chapter;
        }
    }

    private static final class BlockDraft {
        final char kind;
        final String text;
        final String target;
        final Position at;
        final Position targetAt;
        final Condition condition;
        final List<Condition> conditions = new ArrayList<>();
        final List<Effect> effects = new ArrayList<>();
        final List<String> feedback = new ArrayList<>();

        BlockDraft(char kind, String text, String target, Position at, Position targetAt, Condition condition) {
            this.kind = kind;
            this.text = text;
            this.target = target;
            this.at = at;
            this.targetAt = targetAt;
            this.condition = condition;
        }
    }
}
