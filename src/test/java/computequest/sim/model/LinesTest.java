package computequest.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binary search over sorted {@code "key":value} lines, as genmodels.py lays out the model files. */
class LinesTest {

    private static final String TEXT = "{\"head\":1,\n"
            + "\"Alpha\":{\"type\":\"string\"},\n"
            + "\"Beta\":{\"type\":\"list\",\"member\":{\"shape\":\"Alpha\"}},\n"
            + "\"ec2\":\"a b\",\n"
            + "\"ec2-instance-connect\":\"send-ssh-public-key\",\n"
            + "\"ecs\":\"\",\n"
            + "\"zeta\":[1,2]\n"
            + "}}\n";

    private static Lines lines() {
        byte[] b = TEXT.getBytes(StandardCharsets.US_ASCII);
        int from = TEXT.indexOf('\n') + 1;
        return new Lines("test", b, from, TEXT.lastIndexOf("}}"));
    }

    @Test
    void everyKeyIsFoundWithItsValueLessTheTrailingComma() {
        Lines l = lines();
        assertEquals("{\"type\":\"string\"}", l.find("Alpha").value().toString());
        assertEquals("{\"type\":\"list\",\"member\":{\"shape\":\"Alpha\"}}", l.find("Beta").value().toString());
        assertEquals("\"a b\"", l.find("ec2").value().toString());
        assertEquals("\"send-ssh-public-key\"", l.find("ec2-instance-connect").value().toString());
        assertEquals("\"\"", l.find("ecs").value().toString());
        assertEquals("[1,2]", l.find("zeta").value().toString(), "the last line has no comma");
    }

    @Test
    void keysThatAreMissingPrefixesOrExtensionsOfRealOnesAreNotFound() {
        Lines l = lines();
        for (String missing : List.of("", "A", "Alph", "Alphas", "alpha", "ec", "ec2-", "ec2x", "eks", "head", "zz",
                "zet", "{")) {
            assertNull(l.find(missing), missing);
        }
    }

    @Test
    void forEachGivesEveryEntryInTheFilesOrder() {
        List<String> seen = new ArrayList<>();
        lines().forEach((k, v) -> seen.add(k + "=" + v.value()));
        assertEquals(List.of("Alpha={\"type\":\"string\"}", "Beta={\"type\":\"list\",\"member\":{\"shape\":\"Alpha\"}}",
                "ec2=\"a b\"", "ec2-instance-connect=\"send-ssh-public-key\"", "ecs=\"\"", "zeta=[1,2]"), seen);
    }

    @Test
    void anEmptyRunFindsNothingAndARangeThatCutsALineIsRefused() {
        byte[] b = TEXT.getBytes(StandardCharsets.US_ASCII);
        assertNull(new Lines("test", b, 0, 0).find("Alpha"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Lines("test", b, 3, b.length));
        assertEquals("not a run of whole lines: [3, " + b.length + ") of the " + b.length + " bytes of test",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Lines("test", b, 0, 5));
    }

    @Test
    void aLineWithoutAQuotedKeyIsReportedWithItsPlace() {
        byte[] b = "\"a\":1,\nb:2\n".getBytes(StandardCharsets.US_ASCII);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Lines("test", b, 0, b.length).find("b"));
        assertEquals("a model line does not start with a quoted key at byte 7 of test", e.getMessage());
    }
}
