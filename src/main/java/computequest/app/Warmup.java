package computequest.app;

import computequest.sim.Cloud;
import computequest.sim.CloudSim;

/**
 * From the start of the game, while the story is parsed and then while the player reads the first screen, a second
 * thread runs one cloud command on a throwaway simulated cloud, so that the first command the player types finds
 * the simulator's command table, the AWS CLI's service index and the EC2 model already read (about 20 ms of a start
 * with the class-data cache, 70 ms without; README Performance). The simulator is pure: the command's result
 * is dropped and nothing the game shows can change; only the simulator's read-once caches are filled. A command for
 * another service still reads that service's model when it is first named.
 */
final class Warmup {

    /** The command run: a read-only EC2 call, the service the course (and most first sessions) starts with. */
    static final String COMMAND = "aws ec2 describe-instances";

    private Warmup() {
    }

    /** Starts the warm-up on a low-priority daemon thread; -Dcq.warmup=false turns it off (to measure without it). */
    static void start(long seed) {
        if (!Boolean.parseBoolean(System.getProperty("cq.warmup", "true"))) {
            return;
        }
        Thread t = new Thread(() -> run(seed), "cq-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * The warm-up itself: whether the command ran as it should on a fresh cloud (a read of the whole answer path).
     * A failure here is the simulator's and shows when the player's own command meets it, so it is dropped.
     */
    static boolean run(long seed) {
        try {
            return CloudSim.execute(Cloud.fresh(seed), COMMAND).ok();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
