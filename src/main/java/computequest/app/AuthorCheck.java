package computequest.app;

import computequest.engine.Engine;
import computequest.story.CoverageCheck;
import computequest.story.Diagnostic;
import computequest.story.FigureCheck;
import computequest.story.Position;
import computequest.story.RuleCheck;
import computequest.story.Scene;
import computequest.story.StoryParser;
import computequest.story.StoryRules;
import computequest.story.StoryValidator;
import computequest.story.Walkthrough;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code author check} checks, in one place: the parser and the checker, the walkthroughs' syntax, every
 * scene's {@code @setup} chain dry-run as {@code ./play --from} would, and the story's own rules ({@code rules.txt}):
 * teaching rules, the figures allow-list, the concept table, walkthroughs run and reach, golden transcripts. The
 * course's tests run this same check, so a clean check means the story side of {@code mvn -B test} passes.
 */
public final class AuthorCheck {

    /** What one check found; {@code notes} are informational lines (what was skipped and why). */
    public record Report(StoryParser.Parsed parsed, List<Diagnostic> diagnostics, int walkthroughs, List<String> notes) {
        public long errors() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }
    }

    private AuthorCheck() {
    }

    public static Report run(Path dir, boolean updateTranscripts) throws IOException {
        return run(dir, updateTranscripts, true);
    }

    /**
     * What {@code author test} checks before it plays the walkthroughs: all of {@link #run} but playing them and the
     * golden transcripts (the {@code @setup} dry runs included).
     */
    static Report beforeWalkthroughs(Path dir) throws IOException {
        return run(dir, false, false);
    }

    private static Report run(Path dir, boolean updateTranscripts, boolean play) throws IOException {
        StoryParser.Parsed parsed = StoryParser.parseDirectory(dir);
        List<Diagnostic> all = new ArrayList<>(StoryValidator.check(parsed, SimVocab.INSTANCE));
        List<String> notes = new ArrayList<>();
        List<Path> walks = WalkthroughRunner.find(dir.resolve("walkthroughs"));
        for (Path f : walks) {
            all.addAll(StoryValidator.checkWalkthrough(Walkthrough.parse(name(dir, f), AuthorFiles.text(f,
                    name(dir, f), all)), parsed.story(), SimVocab.INSTANCE));
        }
        StoryRules rules = StoryRules.NONE;
        Path rulesFile = dir.resolve(StoryRules.FILE);
        if (Files.isRegularFile(rulesFile)) {
            rules = StoryRules.parse(StoryRules.FILE, AuthorFiles.text(rulesFile, StoryRules.FILE, all), all);
        }
        all.addAll(RuleCheck.check(parsed.story(), rules));
        figures(dir, rules, all);
        coverage(dir, rules, parsed, all);
        boolean sound = !StoryValidator.hasErrors(all);
        if (sound) {
            Engine engine = new Engine(parsed.story());
            setups(engine, all);
            if (play) {
                walkthroughs(dir, engine, walks, rules, all);
                transcripts(dir, engine, rules, updateTranscripts, all, notes);
            }
        } else if (!play) {
            notes.add("the @setup dry-runs run once the errors above are fixed");
        } else if (rules.has("walkthroughs") || rules.has("transcripts")) {
            notes.add("walkthroughs, transcripts and @setup dry-runs run once the errors above are fixed");
        }
        if ("error".equals(rules.value("warnings"))) {
            all.replaceAll(d -> d.isError() ? d : new Diagnostic(d.position(), Diagnostic.Severity.ERROR, d.message(),
                    d.hint()));
        }
        all.sort(Comparator.comparing((Diagnostic d) -> d.position().file())
                .thenComparingInt(d -> d.position().line()).thenComparingInt(d -> d.position().column()));
        return new Report(parsed, List.copyOf(new LinkedHashSet<>(all)), walks.size(), notes);
    }

    private static String name(Path dir, Path f) {
        return dir.relativize(f).toString().replace('\\', '/');
    }

    private static void figures(Path dir, StoryRules rules, List<Diagnostic> all) throws IOException {
        String list = rules.value("figures");
        if (list == null) {
            return;
        }
        Path file = dir.resolve(list);
        if (!Files.isRegularFile(file)) {
            all.add(new Diagnostic(rules.position("figures"), Diagnostic.Severity.ERROR, "the figures list '" + list
                    + "' does not exist", "create it (see story/README.md, 'Rules'), or delete the rule"));
            return;
        }
        FigureCheck check = FigureCheck.parse(list, AuthorFiles.text(file, list, all), all);
        Position listAt = new Position(list, 1, 1);
        for (Map.Entry<String, String> e : StoryParser.readFiles(dir).entrySet()) {
            all.addAll(check.check(e.getKey(), e.getValue(), listAt));
        }
    }

    private static void coverage(Path dir, StoryRules rules, StoryParser.Parsed parsed, List<Diagnostic> all)
            throws IOException {
        String table = rules.value("coverage");
        if (table == null) {
            return;
        }
        Path file = dir.resolve(table);
        if (!Files.isRegularFile(file)) {
            all.add(new Diagnostic(rules.position("coverage"), Diagnostic.Severity.ERROR, "the concept table '" + table
                    + "' does not exist", "create it (see story/README.md, 'Rules'), or delete the rule"));
            return;
        }
        all.addAll(CoverageCheck.check(table, AuthorFiles.text(file, table, all), parsed.story()));
    }

    /**
     * Every scene's playtest, as {@code ./play --from} starts it: one report per failing line, and one warning per
     * goal on the way that the @setup lines never make true.
     */
    private static void setups(Engine engine, List<Diagnostic> all) {
        Set<String> seen = new HashSet<>();
        for (Diagnostic d : Playtest.dryRunAll(engine, 1)) {
            if (seen.add(d.position() + (d.isError() ? "" : d.message()))) {
                all.add(d);
            }
        }
    }

    private static void walkthroughs(Path dir, Engine engine, List<Path> walks, StoryRules rules,
                                     List<Diagnostic> all) throws IOException {
        if (!rules.has("walkthroughs")) {
            return;
        }
        Set<String> reached = new HashSet<>();
        for (Path f : walks) {
            WalkthroughRunner.Result r = WalkthroughRunner.run(engine, name(dir, f), new String(Files.readAllBytes(f),
                    StandardCharsets.UTF_8)); // a byte that is not UTF-8 was reported above, where the file was checked
            reached.addAll(r.reached());
            if (!r.passed()) {
                String why = r.failure().startsWith(r.at() + ": ") ? r.failure().substring(r.at().toString().length()
                        + 2) : r.failure();
                all.add(new Diagnostic(r.at(), Diagnostic.Severity.ERROR, "the walkthrough fails here: " + why,
                        PlayName.command() + " author test shows every walkthrough's result"));
            }
        }
        if (rules.has("walkthrough-reach")) {
            for (Scene s : engine.story().scenes().values()) {
                if (!reached.contains(s.id())) {
                    all.add(new Diagnostic(s.position(), Diagnostic.Severity.ERROR, "no walkthrough reaches the scene '"
                            + s.id() + "' (rule 'walkthrough-reach' at " + rules.position("walkthrough-reach") + ")",
                            "add a .walk file that plays through it (@from a scene before it is fine)"));
                }
            }
        }
    }

    private static void transcripts(Path dir, Engine engine, StoryRules rules, boolean update, List<Diagnostic> all,
                                     List<String> notes) throws IOException {
        String folder = rules.value("transcripts");
        if (folder == null) {
            return;
        }
        Path t = dir.resolve(folder).normalize();
        if (!Files.isDirectory(t)) {
            notes.add("golden transcripts: no folder " + t + " here, so none were compared");
            return;
        }
        List<Path> inputs = GoldenTranscript.inputs(t);
        for (Path in : inputs) {
            String shown = folder.replaceAll("/+$", "") + "/" + in.getFileName().toString()
                    .replaceFirst("\\.in$", ".expected");
            Diagnostic d = GoldenTranscript.compare(engine, in, shown, update);
            if (d != null) {
                all.add(d);
            }
        }
        notes.add("golden transcripts: " + inputs.size() + (update ? " rewritten from the story in " : " compared in ")
                + t);
    }
}
