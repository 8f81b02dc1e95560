package computequest.sim.ec2;

import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;

/**
 * How many instances one run-instances launches: --count N or MIN:MAX (or --min-count and --max-count), limited by
 * the account's On-Demand vCPU quota, as EC2 does: it launches as many as fit up to the maximum, and nothing when
 * not even the minimum fits ({@code VcpuLimitExceeded}). Every type the game has is in the Standard bucket
 * (A, C, D, H, I, M, R, T, Z), so one quota covers them all.
 */
final class Ec2Quota {

    private Ec2Quota() {
    }

    /** The vCPUs of the account's pending and running instances: what the quota counts. */
    static int used(Cloud cloud) {
        int used = 0;
        for (Instance i : cloud.instances().values()) {
            if (i.state() == InstanceState.PENDING || i.state() == InstanceState.RUNNING) {
                used += i.type().vcpus();
            }
        }
        return used;
    }

    static int count(Cloud cloud, Invocation call, InstanceType type) {
        int min;
        int max;
        if (call.has("--max-count") || call.has("--min-count")) {
            if (call.has("--count")) {
                throw new CliException("InvalidParameterCombination", "Give --count, or --min-count and --max-count,"
                        + " not both.");
            }
            min = call.intValue("--min-count", 1, 1, Integer.MAX_VALUE);
            max = call.intValue("--max-count", min, 1, Integer.MAX_VALUE);
        } else {
            String v = call.value("--count", "1");
            String[] parts = v.split(":", -1);
            if (parts.length > 2 || !v.matches("\\d+(:\\d+)?")) {
                throw new CliException("InvalidParameterValue", "--count takes N or MIN:MAX, e.g. 2 or 1:3, not '"
                        + v + "'.");
            }
            min = parse(parts[0]);
            max = parts.length == 2 ? parse(parts[1]) : min;
        }
        if (min < 1) {
            throw new CliException("InvalidParameterValue", "The minimum count must be at least 1, not " + min + ".");
        }
        if (max < min) {
            throw new CliException("InvalidParameterValue", "The maximum count (" + max + ") is below the minimum ("
                    + min + ").");
        }
        int limit = Catalog.ON_DEMAND_STANDARD_VCPUS;
        int room = Math.max(0, limit - used(cloud)) / type.vcpus();
        if (room < min) {
            throw new CliException("VcpuLimitExceeded", "You have requested more vCPU capacity than your current vCPU"
                    + " limit of " + limit + " allows for the instance bucket that the specified instance type belongs"
                    + " to. (" + min + " x " + type.name() + " needs " + (min * type.vcpus()) + " vCPUs; " + used(cloud)
                    + " are in use. The quota counts running On-Demand vCPUs per Region; this game's account has "
                    + limit + "; real accounts' quotas differ, and AWS raises them with use. Terminate instances"
                    + " you do not need, or ask for more in Service Quotas.)");
        }
        return Math.min(max, room);
    }

    private static int parse(String n) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new CliException("InvalidParameterValue", "--count is too large: " + n + ".");
        }
    }
}
