package computequest.story;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands hints tell the player to type ({@code Type: aws SERVICE OPERATION}) that the simulated cloud does not
 * know, for the checker. Each distinct hint is read once: the same hints recur scene after scene, and a regex search
 * per hint was a good part of checking a huge story.
 */
final class HintCommands {

    private static final Pattern TYPE_HINT = Pattern.compile("(?i)\\bType:\\s*(aws\\s+\\S+\\s+\\S+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;]$");
    private static final String[] NONE = new String[0];

    private final SimVocabulary vocabulary;
    /** One matcher for every hint (a matcher per hint was most of what a 100,000-scene check allocated). */
    private final Matcher typeHint = TYPE_HINT.matcher("");
    private final Map<String, String[]> found = new HashMap<>();

    HintCommands(SimVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The words {@code aws}, SERVICE and OPERATION of the unknown command the hint names, or none. */
    String[] unknown(String hint) {
        String[] known = found.get(hint);
        if (known != null) {
            return known;
        }
        String[] w = NONE;
        Matcher m = typeHint.reset(hint);
        if (mentionsType(hint) && m.find()) {
            String[] words = SPACES.split(m.group(1));
            if (!words[2].contains("-ID") && !vocabulary.knowsCommand(words[1],
                    TRAILING_PUNCTUATION.matcher(words[2]).replaceAll(""))) {
                w = words;
            }
        }
        found.put(hint, w);
        return w;
    }

    /** Whether {@code TYPE_HINT} could match: "type:" in any case is in the hint (most hints skip the regex). */
    private static boolean mentionsType(String hint) {
        for (int colon = hint.indexOf(':'); colon >= 0; colon = hint.indexOf(':', colon + 1)) {
            if (colon >= 4 && hint.regionMatches(true, colon - 4, "type", 0, 4)) {
                return true;
            }
        }
        return false;
    }
}
