package computequest.engine;

import java.util.List;

/** The result of one input: the state after it, and what to show. */
public record Step(GameState state, List<Event> events) {
    public Step {
        events = List.copyOf(events);
    }

    public boolean quits() {
        return events.stream().anyMatch(e -> e.kind() == Event.Kind.QUIT);
    }
}
