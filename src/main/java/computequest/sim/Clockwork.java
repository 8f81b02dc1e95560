package computequest.sim;

import computequest.sim.ec2.Ec2Ops;
import computequest.sim.ec2.Instance;
import computequest.sim.ec2.InstanceState;
import computequest.sim.ecs.EcsScheduler;
import computequest.sim.eks.EksOps;
import computequest.sim.lambda.LambdaInvoke;
import computequest.sim.lightsail.LightsailOps;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves simulated time forward: finishes the transitions that are due, in time order, and bills every
 * second to the resources that cost money during it.
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
            for (Instance i : cloud.instances().values()) {
                next = Math.min(next, dueAt(i));
            }
            next = Math.min(next, LightsailOps.nextDue(cloud));
            next = Math.min(next, EcsScheduler.nextDue(cloud));
            next = Math.min(next, EksOps.nextDue(cloud));
            next = Math.min(next, LambdaInvoke.nextDue(cloud));
            long until = Math.min(next, target);
            cloud = accrue(cloud, until - cloud.clock()).withClock(until);
            if (next > target) {
                return new Advanced(cloud, summarized(changes));
            }
            for (Instance i : List.copyOf(cloud.instances().values())) {
                if (dueAt(i) == until) {
                    cloud = finish(cloud, i, until, changes);
                }
            }
            cloud = LightsailOps.finishDue(cloud, until, changes);
            cloud = EcsScheduler.finishDue(cloud, until, changes);
            cloud = EksOps.finishDue(cloud, until, changes);
            cloud = LambdaInvoke.finishDue(cloud, until, changes);
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
        cloud = EcsScheduler.reconcile(cloud, changes);
        return EksOps.reconcile(cloud, changes);
    }

    /** When the instance's current state ends by itself, or never. */
    private static long dueAt(Instance i) {
        return switch (i.state()) {
            case PENDING -> i.stateSince() + Catalog.PENDING_SECONDS;
            case STOPPING -> i.stateSince() + (i.hibernated() ? Catalog.HIBERNATE_STOPPING_SECONDS : Catalog.STOPPING_SECONDS);
            case SHUTTING_DOWN -> i.stateSince() + Catalog.SHUTTING_DOWN_SECONDS;
            case TERMINATED -> i.stateSince() + Catalog.TERMINATED_VISIBLE_SECONDS;
            case RUNNING, STOPPED -> Long.MAX_VALUE;
        };
    }

    private static Cloud finish(Cloud cloud, Instance i, long now, List<String> changes) {
        String id = i.instanceId();
        switch (i.state()) {
            case PENDING -> {
                changes.add(id + ": pending -> running. It has booted; per-second billing starts now, at "
                        + Money.usd(i.type().usdPerHour()) + " an hour for " + i.instanceType() + ".");
                return cloud.withInstance(i.withState(InstanceState.RUNNING, now).withRunStartedAt(now));
            }
            case STOPPING -> {
                Instance stopped = i.withState(InstanceState.STOPPED, now).withPublicIp(null);
                if (i.hibernated()) {
                    cloud = Ec2Ops.closeRunPeriod(cloud, i, now);
                    stopped = stopped.withRunStartedAt(-1);
                    changes.add(id + ": stopping -> stopped (hibernated). Its RAM is saved on the EBS root volume"
                            + " and comes back on start. Only the volume is billed now.");
                } else {
                    changes.add(id + ": stopping -> stopped. RAM is gone; the EBS root volume kept its files."
                            + " Only the volume is billed now.");
                }
                return cloud.withInstance(stopped);
            }
            case SHUTTING_DOWN -> {
                changes.add(id + ": shutting-down -> terminated. Its root volume is deleted; it stays listed"
                        + " for about an hour and can never be started again.");
                return cloud.withInstance(i.withState(InstanceState.TERMINATED, now).withPublicIp(null)
                        .withRam(java.util.Map.of()).withDisk(java.util.Map.of()));
            }
            case TERMINATED -> {
                return cloud.withoutInstance(id);
            }
            default -> throw new IllegalStateException("no timed transition from " + i.state());
        }
    }

    /** Bills {@code seconds} of the current state of every resource. */
    private static Cloud accrue(Cloud cloud, long seconds) {
        if (seconds == 0) {
            return cloud;
        }
        Ledger ledger = cloud.ledger();
        for (Instance i : cloud.instances().values()) {
            boolean computeBilled = i.state() == InstanceState.RUNNING
                    || (i.state() == InstanceState.STOPPING && i.hibernated());
            if (computeBilled) {
                ledger = ledger.charge(i.instanceId(), i.instanceType() + " instance",
                        i.type().usdPerHour() * seconds / 3600.0);
            }
            if (i.state() != InstanceState.TERMINATED) {
                ledger = ledger.charge(i.instanceId(), "EBS gp3 " + i.rootVolumeGib() + " GiB root volume",
                        i.rootVolumeGib() * Catalog.EBS_GP3_USD_PER_GB_MONTH / Catalog.HOURS_PER_MONTH * seconds / 3600.0);
            }
            if (i.publicIp() != null) {
                ledger = ledger.charge(i.instanceId(), "public IPv4 address",
                        Catalog.PUBLIC_IPV4_USD_PER_HOUR * seconds / 3600.0);
            }
        }
        cloud = cloud.withLedger(ledger);
        cloud = LightsailOps.accrue(cloud, seconds);
        cloud = EcsScheduler.accrue(cloud, seconds);
        return EksOps.accrue(cloud, seconds);
    }
}
