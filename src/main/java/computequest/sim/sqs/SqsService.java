package computequest.sim.sqs;

import computequest.sim.Operation;
import computequest.sim.Service;
import java.util.List;

/** SQS: queues and messages; a queue mapped to a function hands it the messages. */
public final class SqsService implements Service {

    @Override
    public String name() {
        return "sqs";
    }

    @Override
    public List<Operation> operations() {
        return SqsOps.operations();
    }
}
