package computequest.sim;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints a CLI answer as JSON, as a table, or as tab-separated text, like {@code --output}. */
final class CliOutput {

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private CliOutput() {
    }

    static String render(JsonElement json, String format, String title) {
        if (json == null || (json.isJsonObject() && json.getAsJsonObject().size() == 0)) {
            return "";
        }
        if (json.isJsonPrimitive()) {
            return json.getAsString();
        }
        return switch (format) {
            case "table" -> table(json, title);
            case "text" -> text(json);
            default -> PRETTY.toJson(json);
        };
    }

    private static String text(JsonElement json) {
        List<String> lines = new ArrayList<>();
        collectText(json, lines);
        return String.join("\n", lines);
    }

    private static void collectText(JsonElement e, List<String> lines) {
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                collectText(x, lines);
            }
        } else if (e.isJsonObject()) {
            List<String> scalars = new ArrayList<>();
            for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) {
                if (f.getValue().isJsonPrimitive()) {
                    scalars.add(f.getValue().getAsString());
                } else if (!f.getValue().isJsonNull()) {
                    collectText(f.getValue(), lines);
                }
            }
            if (!scalars.isEmpty()) {
                lines.add(0 < lines.size() ? String.join("\t", scalars) : String.join("\t", scalars));
            }
        } else if (e.isJsonPrimitive()) {
            lines.add(e.getAsString());
        }
    }

    /** A boxed table in the spirit of the CLI's: one section per object, key | value rows. */
    private static String table(JsonElement json, String title) {
        StringBuilder b = new StringBuilder();
        int width = Math.max(40, title.length() + 4);
        String rule = "-".repeat(width);
        b.append(rule).append('\n').append('|').append(center(title, width - 2)).append("|\n");
        section(json, b, width, "");
        b.append(rule);
        return b.toString();
    }

    private static void section(JsonElement e, StringBuilder b, int width, String name) {
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                section(x, b, width, name);
            }
            return;
        }
        if (!e.isJsonObject()) {
            b.append("|  ").append(pad(e.getAsString(), width - 5)).append("|\n");
            return;
        }
        JsonObject o = e.getAsJsonObject();
        List<Map.Entry<String, JsonElement>> nested = new ArrayList<>();
        boolean header = !name.isEmpty();
        for (Map.Entry<String, JsonElement> f : o.entrySet()) {
            if (f.getValue().isJsonPrimitive()) {
                if (header) {
                    b.append("+").append("-".repeat(width - 2)).append("+\n");
                    b.append('|').append(center(name, width - 2)).append("|\n");
                    b.append("+").append("-".repeat(width - 2)).append("+\n");
                    header = false;
                }
                String row = f.getKey() + " | " + f.getValue().getAsString();
                b.append("|  ").append(pad(row, width - 5)).append("|\n");
            } else if (!f.getValue().isJsonNull()) {
                nested.add(f);
            }
        }
        for (Map.Entry<String, JsonElement> f : nested) {
            JsonElement v = f.getValue();
            if (v instanceof JsonArray a && a.isEmpty()) {
                continue;
            }
            section(v, b, width, f.getKey());
        }
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s + " " : s + " ".repeat(w - s.length());
    }

    private static String center(String s, int w) {
        int left = Math.max(0, (w - s.length()) / 2);
        return " ".repeat(left) + s + " ".repeat(Math.max(0, w - s.length() - left));
    }
}
