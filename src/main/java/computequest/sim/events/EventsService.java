package computequest.sim.events;

import computequest.sim.Operation;
import computequest.sim.Service;
import java.util.List;

/** EventBridge: rules on a schedule or an event pattern, whose targets are Lambda functions (the lambda service fires them). */
public final class EventsService implements Service {

    @Override
    public String name() {
        return "events";
    }

    @Override
    public List<Operation> operations() {
        return EventsOps.operations();
    }
}
