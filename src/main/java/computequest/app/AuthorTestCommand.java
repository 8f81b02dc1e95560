package computequest.app;

import computequest.engine.Engine;
import computequest.story.Choice;
import computequest.story.Diagnostic;
import computequest.story.Goal;
import computequest.story.Position;
import computequest.story.Scene;
import computequest.story.StoryParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./play author test}: runs every walkthrough; with {@code --coverage}, also lists the scenes, choices, goals
 * and checks that no walkthrough reaches, each at its line.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run every walkthrough (.walk) against the story; pass or fail per file. Exit 1 on failure.")
final class AuthorTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoryFolder folder = new StoryFolder();

    @Option(names = "--walks", paramLabel = "DIR", description = "Where the .walk files are (default:"
            + " DIR/walkthroughs).")
    Path walks;

    @Option(names = "--coverage", description = "Also list the scenes, choices, goals and checks no walkthrough"
            + " reaches.")
    boolean coverage;

    /** How wide a failure's lines are. */
    static final int WIDTH = 88;

    @Override
    public Integer call() throws IOException {
        Path d = AuthorCommand.storyDir(folder, spec);
        if (d == null) {
            return 2;
        }
        PrintWriter out = AuthorCommand.out(spec);
        // The checks of author check first (the story's own rules.txt included), all but playing walkthroughs and
        // transcripts: errors stop here, with the checker's messages; warnings are shown, then the walkthroughs run.
        AuthorCheck.Report checked = AuthorCheck.beforeWalkthroughs(d);
        AuthorCommand.print(d, checked, false, out);
        if (checked.errors() > 0) {
            out.println("The walkthroughs did not run: fix the errors above first.");
            out.flush();
            return 1;
        }
        StoryParser.Parsed parsed = checked.parsed();
        Path w = walks == null ? d.resolve("walkthroughs") : walks;
        List<Path> files = WalkthroughRunner.find(w);
        if (files.isEmpty()) {
            out.println("No .walk files in " + w + ". See story/README.md, 'Walkthroughs'.");
            out.flush();
            return 1;
        }
        Engine engine = new Engine(parsed.story());
        int failed = 0;
        Set<String> reached = new HashSet<>();
        Set<Position> covered = new HashSet<>();
        for (Path f : files) {
            String name = w.relativize(f).toString().replace('\\', '/');
            WalkthroughRunner.Result r = WalkthroughRunner.run(engine, AuthorCommand.shown(w.resolve(name)),
                    new String(Files.readAllBytes(f), StandardCharsets.UTF_8)); // a byte not UTF-8: the checks said
            out.println(r.report(WIDTH));
            reached.addAll(r.reached());
            covered.addAll(r.covered());
            if (!r.passed()) {
                failed++;
            }
        }
        out.println(files.size() - failed + " of " + files.size() + " walkthroughs passed.");
        if (coverage) {
            report(d, engine, reached, covered, out);
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    /** What no walkthrough reached, at its line, then the totals. */
    static void report(Path d, Engine engine, Set<String> reached, Set<Position> covered, PrintWriter out) {
        int[] total = new int[4];
        int[] hit = new int[4];
        List<String> missed = new ArrayList<>();
        for (Scene s : engine.story().scenes().values()) {
            count(0, reached.contains(s.id()), s.position(), "scene '" + s.id() + "'", d, total, hit, missed);
            for (Choice c : s.choices()) {
                count(1, covered.contains(c.position()), c.position(), "choice '" + c.text() + "' in '" + s.id()
                        + "'", d, total, hit, missed);
            }
            for (Goal g : s.goals()) {
                int k = g.isCheck() ? 3 : 2;
                count(k, covered.contains(g.position()), g.position(), (g.isCheck() ? "@check" : "@goal")
                        + " in '" + s.id() + "'", d, total, hit, missed);
            }
        }
        out.println("Coverage: " + hit[0] + " of " + total[0] + " scenes, " + hit[1] + " of " + total[1]
                + " choices, " + hit[2] + " of " + total[2] + " goals, " + hit[3] + " of " + total[3] + " checks.");
        if (!missed.isEmpty()) {
            out.println("No walkthrough reaches:");
            missed.forEach(m -> out.println("  " + m));
        }
    }

    private static void count(int kind, boolean reached, Position at, String what, Path d, int[] total, int[] hit,
                              List<String> missed) {
        total[kind]++;
        if (reached) {
            hit[kind]++;
        } else {
            missed.add(AuthorCommand.where(d, new Diagnostic(at, Diagnostic.Severity.WARNING, "", "")) + ": " + what);
        }
    }
}
