package computequest.sim;

import java.util.Locale;

/** Formats US dollars so that tiny Lambda charges and monthly bills both read well. */
public final class Money {

    private Money() {
    }

    public static String usd(double amount) {
        if (amount == 0) {
            return "$0.00";
        }
        if (amount >= 1) {
            return String.format(Locale.ROOT, "$%.2f", amount);
        }
        if (amount >= 0.01) {
            return String.format(Locale.ROOT, "$%.4f", amount);
        }
        String s = String.format(Locale.ROOT, "%.10f", amount).replaceAll("0+$", "");
        return "$" + (s.endsWith(".") ? s + "0" : s);
    }
}
