package computequest.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./play author watch}: runs {@code author check} now and again whenever a file in the story folder changes
 * (it polls: every file's size and modification time, twice a second by default), until Ctrl-C.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Check the story now and again after every change to its files, until Ctrl-C.")
final class AuthorWatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoryFolder folder = new StoryFolder();

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "500",
            description = "How often to look for changes, in milliseconds (default: ${DEFAULT-VALUE}).")
    long interval;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path d = AuthorCommand.storyDir(folder, spec);
        if (d == null) {
            return 2;
        }
        watch(d, AuthorCommand.out(spec), Math.max(50, interval), () -> !Thread.currentThread().isInterrupted());
        return 0;
    }

    /** Checks, then re-checks after each change, while {@code keepGoing} says so. */
    static void watch(Path d, PrintWriter out, long intervalMs, BooleanSupplier keepGoing)
            throws IOException, InterruptedException {
        String seen = fingerprint(d);
        check(d, out, "watching " + AuthorCommand.shown(d) + " (Ctrl-C to stop)");
        while (keepGoing.getAsBoolean()) {
            Thread.sleep(intervalMs);
            String now = fingerprint(d);
            if (!now.equals(seen)) {
                List<String> changed = changed(seen, now);
                seen = now;
                check(d, out, "changed: " + String.join(", ", changed));
            }
        }
    }

    private static void check(Path d, PrintWriter out, String heading) throws IOException {
        out.println("== " + heading + " ==");
        AuthorCommand.print(d, AuthorCheck.run(d, false), false, out);
        out.flush();
    }

    /** One line per file: path, size and modification time, in path order. */
    static String fingerprint(Path d) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                b.append(d.relativize(p)).append('\t').append(Files.size(p)).append('\t')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
        } catch (java.io.UncheckedIOException e) {
            return b.append("(changing)").toString();
        }
        return b.toString();
    }

    /** The files added, removed or changed between two fingerprints. */
    private static List<String> changed(String before, String after) {
        List<String> a = List.of(before.split("\n"));
        List<String> b = List.of(after.split("\n"));
        List<String> out = new ArrayList<>();
        for (String line : b) {
            if (!a.contains(line)) {
                out.add(line.split("\t")[0]);
            }
        }
        for (String line : a) {
            String name = line.split("\t")[0];
            if (b.stream().noneMatch(l -> l.startsWith(name + "\t")) && !out.contains(name)) {
                out.add(name + " (removed)");
            }
        }
        return out;
    }
}
