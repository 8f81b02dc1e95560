package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.present.Dollars;
import computequest.present.Telling;
import org.junit.jupiter.api.Test;

/** The bill command: one precision, totals by service and resource, and each running charge's rate measured now. */
class BillTest {

    static final Engine ENGINE = WhyTest.ENGINE;

    static String bill(GameState s) {
        Step step = ENGINE.step(s, "bill");
        assertEquals(s.cloud(), step.state().cloud(), "reading the bill changes nothing");
        return Telling.plain(step.events());
    }

    static double rate(Bill bill, String description) {
        return bill.lines().stream().filter(l -> l.description().equals(description)).mapToDouble(Bill.Line::usdPerHour)
                .sum();
    }

    @Test
    void tinySumsReadAsLessThanAHundredthOfACentNeverAsZero() {
        assertEquals("$0.00", Dollars.amount(0));
        assertEquals("<$0.0001", Dollars.amount(0.0000032648));
        assertEquals("$0.0139", Dollars.amount(0.0139));
        assertEquals("$0.0039", Dollars.amount(0.0038619772));
        assertEquals("$12.3457", Dollars.amount(12.34567));
        assertEquals("$7.59/month", Dollars.perMonth(0.0104 * 730));
    }

    @Test
    void aPendingInstanceBillsItsVolumeAndAddressButNotItself() throws Exception {
        GameState pending = WhyTest.at("ec2-pending");
        Bill bill = Bill.of(pending.cloud());
        assertEquals(0, rate(bill, "t3.micro instance"), "no compute while pending");
        assertTrue(rate(bill, "public IPv4 address") > 0.0049 && rate(bill, "public IPv4 address") < 0.0051,
                bill.toString());
        assertTrue(rate(bill, "EBS gp3 8 GiB root volume") > 0, bill.toString());
        String text = bill(pending);
        assertTrue(text.contains("<$0.0001"), text);
        assertTrue(!text.matches("(?s).*\\$0\\.0000\\d+.*"), "one precision:\n" + text);

        GameState running = ENGINE.step(pending, "wait").state();
        Bill later = Bill.of(running.cloud());
        assertTrue(Math.abs(rate(later, "t3.micro instance") - 0.0104) < 1e-6, later.toString());
        String t = bill(running);
        assertTrue(t.contains("$0.0104/h") && t.contains("$7.59/month"), t);
        assertTrue(t.lines().anyMatch(l -> l.matches("  EC2 +(<)?\\$0\\.0\\d{3}")), t);
    }
}
