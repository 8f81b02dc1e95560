package computequest.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Bill;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bill's per-resource tables: a resource's id on its own line, its charges under it with the amounts lined up,
 * so each row fits the story pane beside the cloud pane at 80 columns (a playtester saw three-column rows wrap into
 * a ragged staircase at 80x24 and 100x30).
 */
class BillTextTest {

    private static final Bill BILL = new Bill(List.of(
            new Bill.Line("EBS", "i-0910a2dec89025cc1", "EBS gp3 8 GiB root volume", 0.0002, 0.0011),
            new Bill.Line("Public IPv4", "i-0910a2dec89025cc1", "public IPv4 address", 0.0011, 0.005),
            new Bill.Line("EC2", "i-0910a2dec89025cc1", "t3.micro instance", 0.0015, 0.0104),
            new Bill.Line("Fargate", "530e0e61", "Fargate task 0.25 vCPU 0.5 GB", 0.0125, 0.0123)), 0.0153, 3600);

    @Test
    void eachResourceIdStandsAboveItsChargesAndTheAmountsLineUp() {
        List<String> rows = BillText.of(BILL).lines().toList();
        int by = rows.indexOf("By resource:");
        assertEquals("  i-0910a2dec89025cc1", rows.get(by + 1));
        assertEquals("    EBS gp3 8 GiB root volume      $0.0002", rows.get(by + 2));
        assertEquals("    public IPv4 address            $0.0011", rows.get(by + 3));
        assertEquals("  530e0e61", rows.get(by + 5));
        assertEquals(rows.get(by + 2).length(), rows.get(by + 6).length(), "amounts end in one column");
        assertTrue(rows.subList(by, by + 7).stream().allMatch(r -> r.length() <= 42),
                "the charges fit the 42-column story pane of an 80-column screen");
    }
}
