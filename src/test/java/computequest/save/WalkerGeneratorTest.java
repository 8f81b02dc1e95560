package computequest.save;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The checked-in null walk is what {@link WalkerGenerator} writes from the simulator's records now, so a record
 * added to the cloud is walked: rewrite it with {@code -Dcq.updateWalker=true} and read the diff.
 */
class WalkerGeneratorTest {

    @Test
    void theCheckedInWalkIsGeneratedFromTheRecords() throws IOException {
        GeneratedSources.check(WalkerGenerator.generate(), WalkerGenerator.CLASS, "cq.updateWalker",
                "a simulator record changed");
    }
}
