package computequest.sim;

import computequest.story.Printable;
import java.util.List;
import java.util.Map;

/**
 * Refuses control characters where AWS refuses them: in tag keys and values and in resource names, whose patterns
 * allow letters, digits, spaces and a few marks only. A name or tag with ESC in it would otherwise be kept in the
 * simulated cloud and in every save, and shown again and again.
 */
final class TextRules {

    private TextRules() {
    }

    /** Throws {@link CliException} when a name or tag parameter of the call holds a control character. */
    static void check(Invocation call) {
        for (Map.Entry<String, List<String>> e : call.values().entrySet()) {
            if (!namesOrTags(e.getKey())) {
                continue;
            }
            for (String v : e.getValue()) {
                int at = v == null ? -1 : Printable.firstControl(v);
                if (at >= 0) {
                    throw new CliException("InvalidParameterValue", "The value of " + e.getKey() + " holds the"
                            + " control character " + Printable.describe(v.charAt(at)) + " at position " + (at + 1)
                            + ". AWS allows letters, digits, spaces and _ . : / = + - @ in tags, and fewer in names.");
                }
            }
        }
    }

    /** Tag parameters, and names: {@code --name}, {@code --alias} and every {@code --...-name}. */
    static boolean namesOrTags(String param) {
        return param.startsWith("--tag") || param.equals("--name") || param.endsWith("-name") || param.equals("--alias");
    }
}
