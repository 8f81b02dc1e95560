package computequest.app;

import com.google.gson.GsonBuilder;
import computequest.engine.Engine;
import computequest.story.Diagnostic;
import computequest.story.GraphExport;
import computequest.story.Scene;
import computequest.story.StoryParser;
import computequest.story.StoryValidator;
import computequest.story.Walkthrough;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./play author ...}: tools for story authors. See story/README.md. */
@Command(name = "author", mixinStandardHelpOptions = true,
        description = "Tools for story authors: check, graph, new, test, import, vocab, watch, record, lsp. See story/README.md.",
        subcommands = {AuthorCommand.Check.class, AuthorCommand.Graph.class, AuthorCommand.New.class,
                AuthorTestCommand.class, AuthorImportCommand.class, AuthorVocabCommand.class,
                AuthorWatchCommand.class, AuthorRecordCommand.class, AuthorLspCommand.class})
final class AuthorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }

    /** The folder DIR or --story names, or null after telling the author why not. */
    static Path storyDir(StoryFolder folder, CommandSpec spec) {
        if (folder.conflict() != null) {
            err(spec).println("author: " + folder.conflict());
            return null;
        }
        return storyDir(folder.given(), spec);
    }

    /** The story folder, or null after telling the author why not. */
    static Path storyDir(Path given, CommandSpec spec) {
        Path dir = StoryLocation.resolve(given != null ? given : mainStoryOption(spec));
        if (!Files.isDirectory(dir)) {
            err(spec).println("author: no story folder at " + dir.toAbsolutePath());
            return null;
        }
        return dir;
    }

    /** A path as short as possible: relative to the working folder when it is inside it. */
    static String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : p.normalize().toString();
    }

    /** {@code ./play --story DIR author check} works too: the main command's --story. */
    private static Path mainStoryOption(CommandSpec spec) {
        for (CommandSpec p = spec.parent(); p != null; p = p.parent()) {
            if (p.userObject() instanceof Main m) {
                return m.storyDir;
            }
        }
        return null;
    }

    static String where(Path dir, Diagnostic d) {
        String file = d.position().file();
        String shown = file.equals("?") || Path.of(file).isAbsolute() || file.equals(dir.toString()) ? file
                : shown(dir.resolve(file));
        return shown + ":" + d.position().line() + ":" + d.position().column();
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check every scene and walkthrough; report every problem as file:line:column with a hint."
                    + " Exit 1 on errors.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoryFolder folder = new StoryFolder();

        @Option(names = "--json", description = "Machine-readable output for editors.")
        boolean json;

        @Option(names = "--update-transcripts", description = "Rewrite the golden transcripts the rules name from the"
                + " story as it is now, then check; review the change with git diff.")
        boolean updateTranscripts;

        @Override
        public Integer call() throws IOException {
            Path d = storyDir(folder, spec);
            if (d == null) {
                return 2;
            }
            AuthorCheck.Report report = AuthorCheck.run(d, updateTranscripts);
            print(d, report, json, out(spec));
            return report.errors() > 0 ? 1 : 0;
        }
    }

    /** A check report as file:line:column lines with hints and a count, or as JSON for editors. */
    static void print(Path d, AuthorCheck.Report report, boolean json, PrintWriter out) {
        List<Diagnostic> all = report.diagnostics();
        long errors = report.errors();
        long warnings = all.size() - errors;
        int walks = report.walkthroughs();
        if (json) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Diagnostic x : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", where(d, x).replaceFirst(":\\d+:\\d+$", ""));
                m.put("line", x.position().line());
                m.put("column", x.position().column());
                m.put("severity", x.isError() ? "error" : "warning");
                m.put("message", x.message());
                m.put("hint", x.hint());
                items.add(m);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("scenes", report.parsed().story().scenes().size());
            r.put("walkthroughs", walks);
            r.put("errors", errors);
            r.put("warnings", warnings);
            r.put("diagnostics", items);
            r.put("notes", report.notes());
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(r));
        } else {
            for (Diagnostic x : all) {
                out.println(where(d, x) + ": " + (x.isError() ? "error" : "warning") + ": " + x.message());
                if (!x.hint().isEmpty()) {
                    out.println("    hint: " + x.hint());
                }
            }
            report.notes().forEach(n -> out.println("note: " + n));
            out.println(report.parsed().story().scenes().size() + " scenes" + (walks == 0 ? "" : " and " + walks
                    + " walkthrough" + (walks == 1 ? "" : "s")) + " checked: " + errors + " error"
                    + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ".");
        }
        out.flush();
    }

    @Command(name = "graph", mixinStandardHelpOptions = true,
            description = "Print the scenes and transitions as Graphviz DOT or Mermaid.")
    static final class Graph implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoryFolder folder = new StoryFolder();

        @Option(names = "--format", paramLabel = "dot|mermaid", defaultValue = "dot",
                description = "dot (Graphviz) or mermaid (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead.")
        Path output;

        @Option(names = "--chapter", paramLabel = "N", description = "Only the chapter whose name is N or starts"
                + " with N (e.g. 1); arrows leaving it end at a stub naming the scene.")
        String chapter;

        @Override
        public Integer call() throws IOException {
            if (!format.equals("dot") && !format.equals("mermaid")) {
                err(spec).println("author graph: --format is dot or mermaid, not '" + format + "'");
                return 2;
            }
            Path d = storyDir(folder, spec);
            if (d == null) {
                return 2;
            }
            StoryParser.Parsed parsed = StoryParser.parseDirectory(d);
            GraphExport g = new GraphExport(parsed.story(), chapter);
            if (chapter != null && parsed.story().scenes().values().stream().noneMatch(g::shows)) {
                err(spec).println("author graph: no chapter is called '" + chapter + "'; chapters are: "
                        + String.join(", ", parsed.story().scenes().values().stream().map(Scene::chapter).distinct()
                        .toList()));
                return 2;
            }
            String text = format.equals("dot") ? g.dot() : g.mermaid();
            if (output != null) {
                Files.writeString(output, text, StandardCharsets.UTF_8);
                out(spec).println("wrote " + output);
            } else {
                out(spec).print(text);
            }
            if (parsed.hasErrors()) {
                err(spec).println("author graph: the story has errors, so the graph may be incomplete;"
                        + " run " + PlayName.command() + " author check");
            }
            out(spec).flush();
            return 0;
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Write a new scene file from a commented template.")
    static final class New implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SCENE-ID", description = "Lower-case letters, digits and dashes, e.g. ec2-resize.")
        String id;

        @Option(names = "--story", paramLabel = "DIR", description = "The story folder (default: story/).")
        Path storyDir;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where to write SCENE-ID.story (default: the"
                + " story folder).")
        Path into;

        @Option(names = "--next", paramLabel = "SCENE-ID", description = "The scene the template's choice leads"
                + " to (default: the story's first @ending).")
        String next;

        @Override
        public Integer call() throws IOException {
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                err(spec).println("author new: '" + id + "' is not a valid scene id: use lower-case letters, digits"
                        + " and dashes, e.g. ec2-resize");
                return 2;
            }
            Path d = storyDir(storyDir, spec);
            if (d == null) {
                return 2;
            }
            StoryParser.Parsed parsed = StoryParser.parseDirectory(d);
            var story = parsed.story();
            if (story.scenes().containsKey(id)) {
                err(spec).println("author new: a scene '" + id + "' already exists at "
                        + where(d, new Diagnostic(story.scenes().get(id).position(), Diagnostic.Severity.ERROR, "", "")));
                return 1;
            }
            String target = next;
            if (target == null) {
                target = story.scenes().values().stream().filter(Scene::ending).map(Scene::id).findFirst()
                        .orElse(story.start());
            }
            if (target == null || !story.scenes().containsKey(target)) {
                err(spec).println("author new: --next must name a scene of the story" + (target == null ? ""
                        : Playtest.nearest(story.scenes().keySet(), target)));
                return 2;
            }
            Path folder = into == null ? d : into;
            Path file = folder.resolve(id + StoryParser.EXTENSION);
            if (Files.exists(file)) {
                err(spec).println("author new: " + file + " already exists; pick another id or edit that file");
                return 1;
            }
            Files.createDirectories(folder);
            String chapter = story.scenes().get(target).chapter();
            String flag = storyDir == null && mainStoryOption(spec) == null ? "" : " --story " + shown(d);
            String play = PlayName.command();
            String check = play + " author check" + (flag.isEmpty() ? "" : " " + shown(d));
            String from = play + flag + " --from " + id;
            Files.writeString(file, template(id, target, chapter, check, from), StandardCharsets.UTF_8);
            PrintWriter out = out(spec);
            out.println("wrote " + file);
            out.println("Next: link it from another scene, e.g. add this choice to the scene before it:");
            out.println("  * Go on -> " + id);
            out.println("then replace each TODO (" + check + " lists them), and play it with " + from);
            out.flush();
            return 0;
        }
    }

    static String template(String id, String next, String chapter) {
        return template(id, next, chapter, "./play author check", "./play --from " + id);
    }

    /**
     * @param check    the command that checks this story folder, as the author runs it
     * @param playFrom the command that playtests the new scene in this story folder
     */
    static String template(String id, String next, String chapter, String check, String playFrom) {
        return """
                // New scene '%1$s'. Lines starting with // are comments: keep or delete them.
                // The format is in story/README.md. After editing:
                //   %5$s   every problem, with file:line:column
                //   %6$s   play it, with the cloud it expects
                // Players reach a scene only through a choice or a goal in another scene, e.g.
                //   * Go on -> %1$s
                %4$s
                :: %1$s
                @title TODO a short title
                @objective TODO what the player must do here
                @hint TODO a nudge: where to look.
                @hint TODO the concept behind it.
                @hint Type: aws ec2 describe-instances

                TODO Prose: what happens here, in plain sentences. Lines join into a paragraph;
                a blank line starts a new one.

                // A question: a choice with '->' moves on; one without stays, and its feedback explains.
                * TODO the right answer -> %2$s
                  ~ score +5
                  > TODO why it is right.
                * TODO a wrong answer
                  > TODO why it is wrong, so the player learns something.

                // A goal on the simulated cloud, checked after every command and wait. Uncomment to use:
                // @goal instance state=running type=t3.micro -> %2$s
                //   ~ score +10
                //   > TODO what the player achieved.

                // What the cloud looks like when a player arrives here, for %6$s:
                // @setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
                // @setup wait 60
                """.formatted(id, next, "", chapter.isEmpty() ? "" : "@chapter " + chapter + "\n", check, playFrom);
    }
}
