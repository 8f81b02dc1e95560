package computequest.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves simulated time forward: finishes the transitions that are due, in time order, and bills every
 * second to the resources that cost money during it. Each {@link Service} says what is due and what it bills;
 * within one second they act in the order of {@link Services#ALL}.
 */
final class Clockwork {

    private Clockwork() {
    }

    record Advanced(Cloud cloud, List<String> changes) {
    }

    static Advanced advance(Cloud cloud, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("time cannot go backwards: " + seconds + " s");
        }
        long target = cloud.clock() + seconds;
        List<String> changes = new ArrayList<>();
        while (true) {
            long next = Long.MAX_VALUE;
            for (Service s : Services.ALL) {
                next = Math.min(next, s.nextDue(cloud));
            }
            long until = Math.min(next, target);
            cloud = accrue(cloud, until - cloud.clock()).withClock(until);
            if (next > target) {
                return new Advanced(cloud, summarized(changes));
            }
            for (Service s : Services.ALL) {
                cloud = s.finishDue(cloud, until, changes);
            }
            cloud = reconcile(cloud, changes);
        }
    }

    static final int MAX_CHANGES_SHOWN = 30;

    /** A long wait can finish thousands of things (a schedule every minute for a week): show the start and the end. */
    static List<String> summarized(List<String> changes) {
        if (changes.size() <= MAX_CHANGES_SHOWN) {
            return changes;
        }
        List<String> out = new ArrayList<>(changes.subList(0, MAX_CHANGES_SHOWN - 5));
        out.add("... " + (changes.size() - MAX_CHANGES_SHOWN + 4) + " more changes like these happened while you waited ...");
        out.addAll(changes.subList(changes.size() - 4, changes.size()));
        return out;
    }

    /**
     * Lets the controllers act: ECS agents register, services and node groups replace what is missing,
     * Kubernetes schedules pods. Runs after every command and every timed transition.
     */
    static Cloud reconcile(Cloud cloud, List<String> changes) {
        for (Service s : Services.ALL) {
            cloud = s.reconcile(cloud, changes);
        }
        return cloud;
    }

    /** Bills {@code seconds} of the current state of every resource. */
    private static Cloud accrue(Cloud cloud, long seconds) {
        if (seconds == 0) {
            return cloud;
        }
        for (Service s : Services.ALL) {
            cloud = s.accrue(cloud, seconds);
        }
        return cloud;
    }
}
