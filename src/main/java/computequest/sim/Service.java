package computequest.sim;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One simulated AWS service, as the rest of the simulator sees it. Every service lives in its own package
 * ({@code computequest.sim.ec2}, {@code computequest.sim.ecs}, ...) with one class implementing this interface, and
 * {@link Services#ALL} lists them: that list is the only place a service is registered.
 *
 * <p>Everything here is pure: a method takes a {@link Cloud} and returns a new one, in a stable order, so the same seed
 * and input give the same account. The default methods say "nothing of mine does that".
 */
public interface Service {

    /** The service's short name, as its package is named: {@code ec2}, {@code lambda}, {@code s3}... */
    String name();

    /**
     * The simulated operations, in the order {@code aws SERVICE help} lists them. Each names the CLI word it is typed
     * with, so one service can answer under two ({@code s3} and {@code s3api}).
     */
    List<Operation> operations();

    /** The next simulated second at which something of this service changes by itself; {@code Long.MAX_VALUE} if none. */
    default long nextDue(Cloud cloud) {
        return Long.MAX_VALUE;
    }

    /** Finishes what is due at second {@code now}, adding a line per change. */
    default Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        return cloud;
    }

    /** The service's controllers (schedulers, agents): run after every command and every timed change. */
    default Cloud reconcile(Cloud cloud, List<String> changes) {
        return cloud;
    }

    /** Bills {@code seconds} of the current state of the service's resources. */
    default Cloud accrue(Cloud cloud, long seconds) {
        return cloud;
    }

    /** Adds the service's resources, for the dashboard and story conditions, in a stable order. */
    default void resources(Cloud cloud, List<Resource> out) {
    }

    /**
     * The resource kinds {@link #resources} adds and the attribute names of each, in that order: what story
     * conditions may ask about. Build it with {@link Resource#schema}.
     */
    default Map<String, List<String>> schema() {
        return Map.of();
    }

    /**
     * The values an attribute of its resource kinds can take where the simulator has a fixed set (instance states,
     * Lambda runtimes, true or false), by kind, then attribute, read from the service's own enumerations and catalogs:
     * {@code author check} refuses any other value in a story's conditions. Attributes left out take any value.
     */
    default Map<String, Map<String, Set<String>>> values() {
        return Map.of();
    }

    /** The commands besides {@code aws} it answers ({@code ssh}, {@code docker}...), in the order help lists them. */
    default List<Tool> tools() {
        return List.of();
    }
}
