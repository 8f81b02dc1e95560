package computequest.sim.ec2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An EC2 instance type with its size and On-Demand price (us-east-1, Linux). */
public record InstanceType(String name, int vcpus, double memoryGib, double usdPerHour, boolean hibernationSupported) {

    private static final Map<String, InstanceType> CATALOG = new LinkedHashMap<>();

    static {
        for (InstanceType t : List.of(
                new InstanceType("t2.micro", 1, 1, 0.0116, true),
                new InstanceType("t3.nano", 2, 0.5, 0.0052, true),
                new InstanceType("t3.micro", 2, 1, 0.0104, true),
                new InstanceType("t3.small", 2, 2, 0.0208, true),
                new InstanceType("t3.medium", 2, 4, 0.0416, true),
                new InstanceType("m5.large", 2, 8, 0.096, true),
                new InstanceType("c5.large", 2, 4, 0.085, true),
                new InstanceType("r5.large", 2, 16, 0.126, true))) {
            CATALOG.put(t.name(), t);
        }
    }

    public static Optional<InstanceType> named(String name) {
        return Optional.ofNullable(CATALOG.get(name));
    }

    public static List<InstanceType> all() {
        return List.copyOf(CATALOG.values());
    }

    /** The family letter: t burstable, m general purpose, c compute, r memory. */
    public String family() {
        return name.substring(0, name.indexOf('.'));
    }
}
