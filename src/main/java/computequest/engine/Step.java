package computequest.engine;

import java.util.List;

/**
 * The result of one input: the state after it, what to show, and what the app must do next (at most one request
 * per input). Each request's result goes back through {@link Engine#resolve}.
 */
public record Step(GameState state, List<Event> events, List<Request> requests) {
    public Step {
        events = List.copyOf(events);
        requests = List.copyOf(requests);
    }

    public Step(GameState state, List<Event> events) {
        this(state, events, List.of());
    }

    /** Whether the player asked to leave. */
    public boolean quits() {
        return requests.stream().anyMatch(r -> r instanceof Request.Quit);
    }

    /** This step followed by {@code next}: next's state, both steps' events in order, next's requests. */
    public Step then(Step next) {
        List<Event> all = new java.util.ArrayList<>(events);
        all.addAll(next.events());
        return new Step(next.state(), all, next.requests());
    }
}
