package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The checked-in save reader is what {@link DecoderGenerator} writes from the save records now, so a record change
 * cannot leave it stale: rewrite it with {@code -Dcq.updateDecoder=true} and read the diff.
 */
class DecoderGeneratorTest {

    @Test
    void theCheckedInReaderIsGeneratedFromTheRecords() throws IOException {
        GeneratedSources.check(DecoderGenerator.generate(), DecoderGenerator.CLASS, "cq.updateDecoder",
                "a save record changed");
        assertEquals(DecoderGenerator.CLASS + ".java", DecoderGenerator.generate().keySet().iterator().next());
    }
}
