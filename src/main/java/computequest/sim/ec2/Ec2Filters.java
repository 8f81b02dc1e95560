package computequest.sim.ec2;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import computequest.sim.CliException;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EC2's --filters: {@code Name=instance-type,Values=t3.micro,t3.small} words or a JSON list, with {@code tag:KEY},
 * {@code tag-key} and {@code tag-value} on every resource that has tags, and * and ? wildcards in values.
 * A resource matches when every filter matches one of its values.
 */
final class Ec2Filters {

    private static final Pattern SHORTHAND = Pattern.compile("\\s*Name\\s*=\\s*([^,]+?)\\s*,\\s*Values\\s*=\\s*(.*)");

    record Filter(String name, List<String> values) {
    }

    private Ec2Filters() {
    }

    /**
     * @param fields the filter names this kind of resource answers, each giving the resource's values
     * @throws CliException for a malformed filter or a name the game does not simulate for this kind
     */
    static <T> List<Filter> parse(List<String> words, Map<String, Function<T, List<String>>> fields, String kind) {
        List<Filter> out = new ArrayList<>();
        for (String w : words) {
            String s = w.strip();
            if (s.startsWith("[") || s.startsWith("{")) {
                out.addAll(json(s));
                continue;
            }
            Matcher m = SHORTHAND.matcher(s);
            if (!m.matches()) {
                throw new CliException("InvalidParameterValue", "A filter looks like Name=instance-type,Values=t3.micro;"
                        + " '" + w + "' does not.");
            }
            out.add(new Filter(m.group(1), List.of(m.group(2).split(","))));
        }
        for (Filter f : out) {
            boolean tagFilter = f.name().startsWith("tag:") || f.name().equals("tag-key") || f.name().equals("tag-value");
            if (!tagFilter && !fields.containsKey(f.name())) {
                throw new CliException("InvalidParameterValue", "The filter '" + f.name() + "' is not simulated for "
                        + kind + "." + Suggest.didYouMean(f.name(), fields.keySet()) + " Simulated: "
                        + String.join(", ", fields.keySet()) + ", tag:KEY, tag-key, tag-value.");
            }
        }
        return out;
    }

    static <T> boolean matches(T x, Map<String, String> tags, List<Filter> filters,
                               Map<String, Function<T, List<String>>> fields) {
        for (Filter f : filters) {
            List<String> have;
            if (f.name().startsWith("tag:")) {
                String v = tags.get(f.name().substring(4));
                have = v == null ? List.of() : List.of(v);
            } else if (f.name().equals("tag-key")) {
                have = List.copyOf(tags.keySet());
            } else if (f.name().equals("tag-value")) {
                have = List.copyOf(tags.values());
            } else {
                have = fields.get(f.name()).apply(x);
            }
            if (have.stream().noneMatch(h -> f.values().stream().anyMatch(v -> wildcard(v, h)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean wildcard(String pattern, String value) {
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return value.matches(re.toString());
    }

    private static List<Filter> json(String text) {
        List<Filter> out = new ArrayList<>();
        try {
            JsonElement e = JsonParser.parseString(text);
            for (JsonElement x : e.isJsonArray() ? e.getAsJsonArray() : List.of(e)) {
                JsonObject o = x.getAsJsonObject();
                List<String> values = new ArrayList<>();
                o.getAsJsonArray("Values").forEach(v -> values.add(v.getAsString()));
                out.add(new Filter(o.get("Name").getAsString(), values));
            }
        } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException e) {
            throw new CliException("Error parsing parameter '--filters': Invalid JSON: " + text);
        }
        return out;
    }
}
