package computequest.app;

import computequest.sim.CloudSim;
import computequest.sim.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./play author vocab}: what the simulator models, as Markdown, read from the simulator itself: every resource
 * kind that conditions can name with its attributes and their values, every command it runs, and the real commands it
 * knows of but does not run. story/SIMULATOR.md is this output; a test keeps it current.
 */
@Command(name = "vocab", mixinStandardHelpOptions = true,
        description = "Print what the simulator models (kinds, attributes, values, commands) as Markdown.")
final class AuthorVocabCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file (e.g. story/SIMULATOR.md).")
    Path output;

    @Override
    public Integer call() throws IOException {
        String text = markdown();
        if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            AuthorCommand.out(spec).println("wrote " + output);
        } else {
            AuthorCommand.out(spec).print(text);
        }
        AuthorCommand.out(spec).flush();
        return 0;
    }

    static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# What the simulator models\n\n");
        b.append("Generated from the simulator by `./play author vocab -o story/SIMULATOR.md`; a test fails when it is"
                + " out of date.\nSee story/README.md for how conditions, `expect` lines and `${...}` placeholders use"
                + " these names.\n\n");
        b.append("## Resource kinds\n\nConditions (`@goal`, `@check`, `?`), walkthrough `expect` lines and `${KIND"
                + " TESTS}` placeholders can name these kinds and attributes. Where the simulator has a fixed set of"
                + " values, `author check` refuses any other.\n\n");
        b.append("| kind | attribute | values |\n|---|---|---|\n");
        Map<String, Set<String>> schema = CloudSim.schema();
        for (String kind : new TreeSet<>(schema.keySet())) {
            Map<String, Set<String>> values = Vocabulary.values().getOrDefault(kind, Map.of());
            for (String attr : new TreeSet<>(schema.get(kind))) {
                Set<String> v = values.get(attr);
                b.append("| `").append(kind).append("` | `").append(attr).append("` | ")
                        .append(v == null ? "any" : "`" + String.join("`, `", v) + "`").append(" |\n");
            }
        }
        b.append("\n## Commands\n\nWhat a player can type, and what `run` effects and `@setup run` lines can run."
                + " Options marked * are required.\n\n| command | what it does |\n|---|---|\n");
        for (var e : Vocabulary.commands().entrySet()) {
            b.append("| `").append(e.getKey()).append("` | ").append(e.getValue().replace("|", "\\|")).append(" |\n");
        }
        List<String> not = new ArrayList<>(Vocabulary.notSimulated());
        b.append("\n## Real commands the simulator does not run\n\nA player who types one is told it is not simulated;"
                + " `author check` says so for `@on` patterns, hints and `run` effects. To simulate one, add an"
                + " Operation to the service's `*Ops` class in `src/main/java/computequest/sim/SERVICE` (services are"
                + " registered in `sim/Services.java`), with a test.\n\n");
        not.forEach(c -> b.append("- `").append(c).append("`\n"));
        return b.toString();
    }
}
