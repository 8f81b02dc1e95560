package computequest.app;

import computequest.engine.Engine;
import computequest.sim.CloudSim;
import computequest.story.Diagnostic;
import computequest.story.StoryParser;
import computequest.ui.Frontend;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./play sandbox}: free play with the whole simulated cloud and every command, without a story. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Free play: the whole simulated cloud and every command, no story. The bill is shown as usual.")
public final class SandboxCommand implements Callable<Integer> {

    /** The classpath resource holding the one-scene sandbox story. */
    static final String STORY = "sandbox/sandbox.story";

    @Option(names = "--plain", description = "Line mode: plain text, for any terminal, pipes and screen readers.")
    boolean plain;

    @Option(names = "--seed", description = "Seed for ids and addresses (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--ascii", description = "Full screen drawn without box-drawing characters.")
    boolean ascii;

    @Option(names = "--no-color", description = "No colour (also: the NO_COLOR environment variable).")
    boolean noColor;

    @Option(names = "--endpoint", arity = "0..1", fallbackValue = "4566", paramLabel = "PORT",
            description = "Also serve the simulated cloud at http://127.0.0.1:PORT (default 4566) for the real AWS CLI.")
    Integer endpoint;

    /** Where the sandbox's text names the simulated services: filled in from the simulator, so none is left out. */
    static final String SERVICES = "{simulated-services}";

    /** The simulated services, as 'aws help' lists them: "ec2, lightsail, ... and elbv2". */
    static String services() {
        List<String> names = CloudSim.completions().stream().filter(w -> w.startsWith("aws "))
                .map(w -> w.split(" ")[1]).distinct().toList();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The sandbox engine: a story of one scene that never ends, so every command stays available. */
    static Engine engine() throws IOException {
        String text;
        try (InputStream in = SandboxCommand.class.getClassLoader().getResourceAsStream(STORY)) {
            if (in == null) {
                throw new IOException("the sandbox story " + STORY + " is missing from the program");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StoryParser.Parsed parsed = StoryParser.parse(Map.of(STORY, text.replace(SERVICES, services())));
        if (parsed.hasErrors()) {
            throw new IOException("the sandbox story has errors: " + parsed.diagnostics().stream()
                    .filter(Diagnostic::isError).map(Diagnostic::toString).toList());
        }
        return new Engine(parsed.story());
    }

    @Override
    public Integer call() throws IOException {
        Engine engine = engine();
        boolean interactive = Terminals.interactive();
        boolean color = Terminals.colorAllowed(System.getenv(), noColor);
        try (EndpointServer server = Main.openEndpoint(endpoint);
             Frontend frontend = Main.frontend(computequest.ui.FullScreen.of(java.util.Map.of(), System.out), plain,
                     ascii, interactive, color, System.err, computequest.ui.FirstScreen.NONE)) {
            GameLoop loop = new GameLoop(engine, frontend, Main.greeted(engine.start(seed), server));
            if (server != null) {
                server.serve(new ShellCalls(loop));
            }
            loop.run();
        }
        return 0;
    }
}
