package computequest.app;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import computequest.endpoint.Answer;
import computequest.endpoint.CliLine;
import computequest.endpoint.Endpoint;
import computequest.endpoint.WireCall;
import computequest.engine.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls from the player's own shell, played in the game: each becomes the equivalent command line, taken as one turn
 * of the game loop, shown in the story as "aws ec2 run-instances, from your shell" with what it changed, and
 * answered with what the simulated cloud printed (its JSON) or refused (its error code and message).
 */
final class ShellCalls implements Function<WireCall, Answer> {

    private static final Pattern ERROR = Pattern.compile(
            "(?s)An error occurred \\(([^)\\s]+)\\)(?: when calling the \\w+ operation)?: (.*)");

    /** How long a call may wait for the turn before it: far less than the CLI's 60 s read timeout. */
    static final long PATIENCE_NANOS = 5_000_000_000L;

    private final GameLoop loop;

    ShellCalls(GameLoop loop) {
        this.loop = loop;
    }

    @Override
    public Answer apply(WireCall call) {
        String line = CliLine.of(call);
        try {
            lastEvents = loop.fromShell(line, events -> shown(call.title(), events));
            Answer a = answer(lastEvents);
            return call.operation().name().equals("Invoke") ? withPayload(a, lastEvents) : a;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Event> lastEvents = List.of();

    /** Refuses a call at once while a turn waits on the player ({@code waitingOn}, e.g. an editor is open). */
    static void refuseWhile(String waitingOn) {
        if (waitingOn != null) {
            throw new Endpoint.NotNow("The game cannot take calls while " + waitingOn + ": save or close it there, then run"
                    + " this again. Nothing was run.");
        }
    }

    /** Refuses a call that waited longer than its client may wait: it is never run after the client gave up. */
    static void refuseAfter(long askedNanos) {
        long waited = System.nanoTime() - askedNanos;
        if (waited > PATIENCE_NANOS) {
            throw new Endpoint.NotNow("The game was busy for " + waited / 1_000_000_000L + " s with a turn that"
                    + " waited on you in its window, so this call was not run: run it again.");
        }
    }

    /** lambda invoke: the function's answer, which the game wrote to the laptop, is the response's body. */
    private static Answer withPayload(Answer a, List<Event> events) {
        if (!a.ok() || a.json() == null || !a.json().isJsonObject()) {
            return a;
        }
        String prefix = CliLine.INVOKE_OUTFILE + " now holds: ";
        for (Event e : events) {
            if (e instanceof Event.CloudChange c && c.text().startsWith(prefix)) {
                com.google.gson.JsonObject o = a.json().getAsJsonObject().deepCopy();
                o.addProperty("Payload", java.util.Base64.getEncoder().encodeToString(c.text()
                        .substring(prefix.length()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                return Answer.of(o);
            }
        }
        return a;
    }

    /** The story pane's view of a call: one line naming it, then what it changed, never its JSON. */
    static List<Event> shown(String title, List<Event> events) {
        List<Event> out = new ArrayList<>();
        Event.Output refused = events.stream().filter(e -> e instanceof Event.Output o && !o.ok())
                .map(Event.Output.class::cast).findFirst().orElse(null);
        out.add(new Event.Feedback(refused == null ? Event.Tone.INFO : Event.Tone.WRONG, title + ", from your shell"
                + (refused == null ? "" : ": " + refused.text().strip())));
        events.stream().filter(e -> !(e instanceof Event.Output)).forEach(out::add);
        return out;
    }

    /** "Type 'aws ec2 help'" and the like: a hint for the game's prompt, which in the player's shell means another help. */
    private static final Pattern PROMPT_HINT = Pattern.compile("(?<![A-Za-z])([Tt])ype '(aws [^']*help|help|hint|look)'");

    /** A refusal's hints worded for the player's shell: the game's help and hints are typed at the game's prompt. */
    static String forTheShell(String message) {
        Matcher m = PROMPT_HINT.matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement((m.group(1).equals("T") ? "At" : "at")
                    + " the game's prompt, type '" + m.group(2) + "'"));
        }
        return m.appendTail(b).toString();
    }

    /** The simulated cloud's answer: the error it printed, else its JSON (nothing printed is an empty answer). */
    static Answer answer(List<Event> events) {
        Event.Output printed = null;
        for (Event e : events) {
            if (e instanceof Event.Output o) {
                if (!o.ok()) {
                    Matcher m = ERROR.matcher(o.text().strip());
                    return m.matches() ? Answer.error(m.group(1), forTheShell(m.group(2).strip()))
                            : Answer.error(null, forTheShell(o.text().strip()));
                }
                printed = o;
            }
        }
        if (printed == null) {
            for (Event e : events) {
                if (e instanceof Event.Feedback f && f.tone() == Event.Tone.WRONG) {
                    return Answer.error("InvalidRequest", forTheShell(f.text()));
                }
            }
            return Answer.of(null);
        }
        String text = printed.text().strip();
        if (text.isEmpty()) {
            return Answer.of(null);
        }
        try {
            JsonElement json = JsonParser.parseString(text);
            return Answer.of(json);
        } catch (JsonParseException e) {
            return Answer.of(null);
        }
    }
}
