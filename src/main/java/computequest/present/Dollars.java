package computequest.present;

import java.util.Locale;

/**
 * Money in lists, at one precision so amounts line up and compare: four decimals, and a sum too small for them as
 * "<$0.0001" (never a misleading $0.00). Monthly figures, which are never tiny, take cents.
 */
public final class Dollars {

    private Dollars() {
    }

    /** "$0.00", "<$0.0001", "$0.0104", "$12.3456". */
    public static String amount(double usd) {
        if (usd == 0) {
            return "$0.00";
        }
        if (usd < 0.00005) {
            return "<$0.0001";
        }
        return String.format(Locale.ROOT, "$%.4f", usd);
    }

    /** A rate per hour: "$0.0104/h". */
    public static String perHour(double usd) {
        return amount(usd) + "/h";
    }

    /** A monthly figure: "$7.59/month", or "<$0.01/month". */
    public static String perMonth(double usd) {
        return usd > 0 && usd < 0.005 ? "<$0.01/month" : String.format(Locale.ROOT, "$%.2f/month", usd);
    }
}
