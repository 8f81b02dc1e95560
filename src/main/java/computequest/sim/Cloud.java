package computequest.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole simulated AWS account at one simulated second. Immutable: every operation returns a new Cloud.
 *
 * @param clock     simulated seconds since the game began
 * @param rng       seeded random state for ids and addresses
 * @param instances EC2 instances by id, in launch order
 * @param images    AMIs by id: the catalog first, then the player's own
 * @param ledger    the bill so far
 */
public record Cloud(long clock, Rng rng, Map<String, Instance> instances, Map<String, Image> images, Ledger ledger) {

    public static final String ACCOUNT_ID = "123456789012";
    public static final String REGION = "us-east-1";

    public Cloud {
        instances = Collections.unmodifiableMap(new LinkedHashMap<>(instances));
        images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
    }

    /** A fresh account: the default VPC, the public AMI catalog, nothing running, nothing billed. */
    public static Cloud fresh(long seed) {
        return new Cloud(0, new Rng(seed), Map.of(), Catalog.publicImages(), Ledger.EMPTY);
    }

    Cloud withRng(Rng r) {
        return new Cloud(clock, r, instances, images, ledger);
    }

    Cloud withInstance(Instance i) {
        Map<String, Instance> next = new LinkedHashMap<>(instances);
        next.put(i.instanceId(), i);
        return new Cloud(clock, rng, next, images, ledger);
    }

    Cloud withoutInstance(String id) {
        Map<String, Instance> next = new LinkedHashMap<>(instances);
        next.remove(id);
        return new Cloud(clock, rng, next, images, ledger);
    }

    Cloud withImage(Image image) {
        Map<String, Image> next = new LinkedHashMap<>(images);
        next.put(image.imageId(), image);
        return new Cloud(clock, rng, instances, next, ledger);
    }

    Cloud withLedger(Ledger l) {
        return new Cloud(clock, rng, instances, images, l);
    }

    Cloud withClock(long c) {
        return new Cloud(c, rng, instances, images, ledger);
    }
}
