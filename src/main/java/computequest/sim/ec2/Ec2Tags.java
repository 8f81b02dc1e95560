package computequest.sim.ec2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import computequest.sim.CliException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EC2 tags as the CLI takes them (shorthand or JSON) and as answers print them, in the order they were given. */
final class Ec2Tags {

    private static final Pattern RESOURCE_TYPE = Pattern.compile("\"?ResourceType\"?\\s*[=:]\\s*\"?([a-z-]+)");
    private static final Pattern PAIR = Pattern.compile(
            "\"?Key\"?\\s*[=:]\\s*(\"[^\"]*\"|[^,}\\]]*)\\s*,\\s*\"?Value\"?\\s*[=:]\\s*(\"[^\"]*\"|[^,}\\]]*)");

    private Ec2Tags() {
    }

    /**
     * The tags of every --tag-specifications value for one resource type (instance, image...). Values for other
     * types (volume, snapshot, network-interface) are accepted: the game has no separate volumes to tag.
     */
    static Map<String, String> fromSpecifications(List<String> specs, String resourceType) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String spec : specs) {
            String s = spec.strip();
            if (s.startsWith("[") || s.startsWith("{")) {
                for (JsonElement e : jsonList(s, "--tag-specifications")) {
                    JsonObject o = e.getAsJsonObject();
                    if (o.has("ResourceType") && o.get("ResourceType").getAsString().equals(resourceType)
                            && o.has("Tags")) {
                        tags.putAll(fromJson(o.getAsJsonArray("Tags")));
                    }
                }
                continue;
            }
            Matcher type = RESOURCE_TYPE.matcher(s);
            if (!type.find()) {
                throw new CliException("InvalidParameterValue", "A tag specification names its resource type:"
                        + " ResourceType=" + resourceType + ",Tags=[{Key=Name,Value=web}]; '" + spec + "' does not.");
            }
            if (type.group(1).equals(resourceType)) {
                tags.putAll(pairs(s));
            }
        }
        return tags;
    }

    /** The values of --tags: Key=Name,Value=web words, or one JSON list. */
    static Map<String, String> fromTagsParameter(List<String> words) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String w : words) {
            String s = w.strip();
            if (s.startsWith("[") || s.startsWith("{")) {
                tags.putAll(fromJson(jsonList(s, "--tags")));
            } else {
                Map<String, String> one = pairs(s);
                if (one.isEmpty()) {
                    throw new CliException("InvalidParameterValue", "A tag looks like Key=Name,Value=web; '" + w
                            + "' does not.");
                }
                tags.putAll(one);
            }
        }
        return tags;
    }

    /** Tags as EC2 answers print them: a list of {Key, Value}. */
    static JsonArray json(Map<String, String> tags) {
        JsonArray out = new JsonArray();
        tags.forEach((k, v) -> {
            JsonObject t = new JsonObject();
            t.addProperty("Key", k);
            t.addProperty("Value", v);
            out.add(t);
        });
        return out;
    }

    private static Map<String, String> pairs(String shorthand) {
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(shorthand);
        while (m.find()) {
            tags.put(unquote(m.group(1)), unquote(m.group(2)));
        }
        return tags;
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static Map<String, String> fromJson(JsonArray list) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonElement e : list) {
            JsonObject o = e.getAsJsonObject();
            tags.put(o.get("Key").getAsString(), o.has("Value") ? o.get("Value").getAsString() : "");
        }
        return tags;
    }

    private static JsonArray jsonList(String text, String param) {
        try {
            JsonElement e = JsonParser.parseString(text);
            if (e.isJsonObject()) {
                JsonArray a = new JsonArray();
                a.add(e);
                return a;
            }
            return e.getAsJsonArray();
        } catch (JsonParseException | IllegalStateException e) {
            throw new CliException("Error parsing parameter '" + param + "': Invalid JSON: " + text);
        }
    }
}
