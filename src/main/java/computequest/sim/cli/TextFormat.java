package computequest.sim.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --output text}, as awscli/text.py writes it: a structure's scalars on one tab-separated line (keys in
 * alphabetical order), prefixed with the upper-cased key that led there; nested members follow, each on its own lines.
 */
final class TextFormat {

    private final StringBuilder out = new StringBuilder();

    private TextFormat() {
    }

    static String of(JsonElement json) {
        TextFormat t = new TextFormat();
        t.format(json, null, null);
        String s = t.out.toString();
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private void format(JsonElement item, String identifier, List<String> scalarKeys) {
        if (item.isJsonObject()) {
            dict(scalarKeys, item.getAsJsonObject(), identifier);
        } else if (item.isJsonArray()) {
            list(item.getAsJsonArray(), identifier);
        } else {
            out.append(str(item)).append('\n');
        }
    }

    private void list(JsonArray item, String identifier) {
        if (item.isEmpty()) {
            return;
        }
        boolean anyDict = false;
        boolean anyList = false;
        for (JsonElement e : item) {
            anyDict |= e.isJsonObject();
            anyList |= e.isJsonArray();
        }
        if (anyDict) {
            TreeSet<String> keys = new TreeSet<>();
            for (JsonElement e : item) {
                if (e.isJsonObject()) {
                    for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) {
                        if (!isComplex(f.getValue())) {
                            keys.add(f.getKey());
                        }
                    }
                }
            }
            for (JsonElement e : item) {
                format(e, identifier, new ArrayList<>(keys));
            }
        } else if (anyList) {
            List<JsonElement> scalars = new ArrayList<>();
            List<JsonElement> others = new ArrayList<>();
            for (JsonElement e : item) {
                (isComplex(e) ? others : scalars).add(e);
            }
            if (!scalars.isEmpty()) {
                scalarList(scalars, identifier);
            }
            for (JsonElement e : others) {
                format(e, identifier, null);
            }
        } else {
            List<JsonElement> all = new ArrayList<>();
            item.forEach(all::add);
            scalarList(all, identifier);
        }
    }

    private void scalarList(List<JsonElement> elements, String identifier) {
        if (identifier != null) {
            for (JsonElement e : elements) {
                out.append(identifier.toUpperCase(java.util.Locale.ROOT)).append('\t').append(str(e)).append('\n');
            }
        } else {
            List<String> parts = new ArrayList<>();
            elements.forEach(e -> parts.add(str(e)));
            out.append(String.join("\t", parts)).append('\n');
        }
    }

    private void dict(List<String> scalarKeys, JsonObject item, String identifier) {
        List<String> scalars = new ArrayList<>();
        List<Map.Entry<String, JsonElement>> nonScalars = new ArrayList<>();
        if (scalarKeys == null) {
            for (String key : new TreeSet<>(item.keySet())) {
                JsonElement v = item.get(key);
                if (isComplex(v)) {
                    nonScalars.add(Map.entry(key, v));
                } else {
                    scalars.add(str(v));
                }
            }
        } else {
            for (String key : scalarKeys) {
                scalars.add(item.has(key) ? str(item.get(key)) : "");
            }
            TreeSet<String> remaining = new TreeSet<>(item.keySet());
            remaining.removeAll(scalarKeys);
            for (String key : remaining) {
                nonScalars.add(Map.entry(key, item.get(key)));
            }
        }
        if (!scalars.isEmpty()) {
            if (identifier != null) {
                scalars.add(0, identifier.toUpperCase(java.util.Locale.ROOT));
            }
            out.append(String.join("\t", scalars)).append('\n');
        }
        for (Map.Entry<String, JsonElement> e : nonScalars) {
            format(e.getValue(), e.getKey(), null);
        }
    }

    private static boolean isComplex(JsonElement e) {
        return e.isJsonObject() || e.isJsonArray();
    }

    /** A scalar as Python's str() prints it: True, False, None, 5, 0.5, text. */
    static String str(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "None";
        }
        if (!e.isJsonPrimitive()) {
            return e.toString();
        }
        if (e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean() ? "True" : "False";
        }
        if (e.getAsJsonPrimitive().isNumber()) {
            return e.getAsJsonPrimitive().getAsNumber().toString();
        }
        return e.getAsString();
    }
}
