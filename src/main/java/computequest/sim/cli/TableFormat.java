package computequest.sim.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code --output table}, as awscli/formatter.py's TableFormatter and awscli/table.py's MultiTable draw it: a title
 * row, one section per nested member (indented by '|'), column headers in alphabetical order, columns scaled to the
 * widest section, and the whole table turned into key | value rows when it is wider than the 80-column terminal
 * the CLI assumes when its output is not a terminal.
 */
final class TableFormat {

    static final int TERMINAL_WIDTH = 80;

    /** One section of the table: a title, optional headers, rows, and how deeply it is indented. */
    private static final class Section {
        String title = "";
        List<String> headers = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        int indent;
        int[] maxWidths = new int[0];

        void header(List<String> h) {
            widen(h);
            headers = h;
        }

        void row(List<String> r) {
            rows.add(r);
            widen(r);
        }

        private void widen(List<String> r) {
            if (maxWidths.length == 0) {
                maxWidths = r.stream().mapToInt(String::length).toArray();
            } else {
                for (int i = 0; i < r.size() && i < maxWidths.length; i++) {
                    maxWidths[i] = Math.max(maxWidths[i], r.get(i).length());
                }
            }
        }

        int[] columnWidths(int padding, int maxWidth) {
            int[] unscaled = new int[maxWidths.length];
            int sum = 0;
            for (int i = 0; i < unscaled.length; i++) {
                unscaled[i] = maxWidths[i] + padding;
                sum += unscaled[i];
            }
            if (maxWidth < 0 || unscaled.length == 0) {
                return unscaled;
            }
            double scale = maxWidth / (double) sum;
            int[] scaled = new int[unscaled.length];
            int total = 0;
            for (int i = 0; i < unscaled.length; i++) {
                scaled[i] = (int) Math.rint(scale * unscaled[i]);
                total += scaled[i];
            }
            int offBy = total - maxWidth;
            while (offBy != 0) {
                for (int k = 0; k < scaled.length && offBy != 0; k++) {
                    int i = offBy < 0 ? scaled.length - 1 - k : k;
                    if (offBy > 0) {
                        scaled[i]--;
                        offBy--;
                    } else {
                        scaled[i]++;
                        offBy++;
                    }
                }
            }
            return scaled;
        }

        int totalWidth() {
            int total = 0;
            for (int w : columnWidths(0, -1)) {
                total += w + 4;
            }
            total += 2 + 2 * indent;
            return Math.max(title.length() + 2 + 2 * indent, total);
        }
    }

    private final List<Section> sections = new ArrayList<>();
    private Section current;

    private TableFormat() {
    }

    static String of(JsonElement json, String title) {
        TableFormat t = new TableFormat();
        if (!t.build(title, json, 0)) {
            return "";
        }
        return t.render();
    }

    private void section(String title, int indent) {
        current = new Section();
        current.title = title;
        current.indent = indent;
        sections.add(current);
    }

    private boolean build(String title, JsonElement value, int indent) {
        if (isEmpty(value)) {
            return false;
        }
        if (title != null) {
            section(title, indent);
        }
        if (value.isJsonArray()) {
            JsonArray a = value.getAsJsonArray();
            if (a.get(0).isJsonObject()) {
                fromList(a, indent, title);
            } else {
                for (JsonElement item : a) {
                    if (!isComplex(item)) {
                        current.row(List.of(TextFormat.str(item)));
                    } else if (item.isJsonArray() && allScalar(item.getAsJsonArray())) {
                        List<String> row = new ArrayList<>();
                        item.getAsJsonArray().forEach(x -> row.add(TextFormat.str(x)));
                        current.row(row);
                    } else {
                        build(null, item, 0);
                    }
                }
            }
        }
        if (value.isJsonObject()) {
            fromDict(value.getAsJsonObject(), indent);
        }
        return true;
    }

    private void fromDict(JsonObject o, int indent) {
        List<String> headers = new ArrayList<>();
        List<String> more = new ArrayList<>();
        group(o, headers, more);
        if (headers.size() == 1) {
            current.row(List.of(headers.get(0), TextFormat.str(o.get(headers.get(0)))));
        } else if (!headers.isEmpty()) {
            current.header(headers);
            List<String> row = new ArrayList<>();
            headers.forEach(h -> row.add(TextFormat.str(o.get(h))));
            current.row(row);
        }
        for (String m : more) {
            build(m, o.get(m), indent + 1);
        }
    }

    private void fromList(JsonArray list, int indent, String title) {
        TreeSet<String> headerSet = new TreeSet<>();
        TreeSet<String> moreSet = new TreeSet<>();
        for (JsonElement e : list) {
            if (e.isJsonObject()) {
                List<String> h = new ArrayList<>();
                List<String> m = new ArrayList<>();
                group(e.getAsJsonObject(), h, m);
                headerSet.addAll(h);
                moreSet.addAll(m);
            }
        }
        List<String> headers = new ArrayList<>(headerSet);
        current.header(headers);
        boolean first = true;
        for (JsonElement e : list) {
            JsonObject element = e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
            if (!first && !moreSet.isEmpty()) {
                section(title, indent);
                current.header(headers);
            }
            first = false;
            List<String> row = new ArrayList<>();
            headers.forEach(h -> row.add(element.has(h) ? TextFormat.str(element.get(h)) : ""));
            current.row(row);
            for (String m : moreSet) {
                if (element.has(m)) {
                    build(m, element.get(m), indent + 1);
                }
            }
        }
    }

    private static void group(JsonObject o, List<String> headers, List<String> more) {
        for (String k : new TreeSet<>(o.keySet())) {
            (isComplex(o.get(k)) ? more : headers).add(k);
        }
    }

    private String render() {
        int max = maxWidth();
        if (max > TERMINAL_WIDTH) {
            for (Section s : sections) {
                if (s.rows.size() == 1 && !s.headers.isEmpty()) {
                    List<String> headers = s.headers;
                    List<String> row = s.rows.get(0);
                    s.headers = new ArrayList<>();
                    s.rows.clear();
                    s.maxWidths = new int[0];
                    for (int i = 0; i < headers.size() && i < row.size(); i++) {
                        s.row(List.of(headers.get(i), row.get(i)));
                    }
                }
            }
            max = maxWidth();
        }
        StringBuilder b = new StringBuilder("-".repeat(max)).append('\n');
        for (Section s : sections) {
            renderSection(s, max, b);
        }
        return b.substring(0, b.length() - 1);
    }

    private int maxWidth() {
        int max = 0;
        for (Section s : sections) {
            max = Math.max(max, s.totalWidth());
        }
        return max;
    }

    private static void renderSection(Section s, int maxWidth, StringBuilder out) {
        String edge = "|".repeat(s.indent);
        int width = maxWidth - s.indent * 2;
        List<String> lines = new ArrayList<>();
        if (!s.title.isEmpty()) {
            lines.add(center(s.title, width, "|", "|"));
            if (s.headers.isEmpty() && s.rows.isEmpty()) {
                lines.add("+" + "-".repeat(width - 2) + "+");
            }
        }
        if (!s.headers.isEmpty()) {
            int[] widths = s.columnWidths(4, width);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length && i < s.headers.size(); i++) {
                line.append(center(s.headers.get(i), widths[i], i == 0 ? "|" : "", "|"));
            }
            lines.add(lineBreak(widths));
            lines.add(line.toString());
        }
        if (!s.rows.isEmpty()) {
            int[] widths = s.columnWidths(4, width);
            lines.add(lineBreak(widths));
            for (List<String> row : s.rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < widths.length && i < row.size(); i++) {
                    line.append(alignLeft(row.get(i), widths[i], i == 0 ? "|" : "", "|"));
                }
                lines.add(line.toString());
            }
            lines.add(lineBreak(widths));
        }
        for (String l : lines) {
            out.append(edge).append(l).append(edge).append('\n');
        }
    }

    private static String lineBreak(int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            b.append(i == 0 ? "+" + "-".repeat(Math.max(0, widths[i] - 2)) + "+" : "-".repeat(Math.max(0, widths[i] - 1)) + "+");
        }
        return b.toString();
    }

    private static String center(String text, int length, String left, String right) {
        int start = Math.max(0, Math.floorDiv(length, 2) - Math.floorDiv(text.length(), 2) - 1);
        int soFar = left.length() + start + text.length();
        return left + " ".repeat(start) + text + " ".repeat(Math.max(0, length - right.length() - soFar)) + right;
    }

    private static String alignLeft(String text, int length, String left, String right) {
        int padding = length - (text.length() + 2 + left.length() + right.length()) >= 0 ? 2 : 0;
        int soFar = left.length() + padding + text.length();
        return left + " ".repeat(padding) + text + " ".repeat(Math.max(0, length - soFar - right.length())) + right;
    }

    private static boolean isComplex(JsonElement e) {
        return e.isJsonObject() || e.isJsonArray();
    }

    private static boolean allScalar(JsonArray a) {
        for (JsonElement e : a) {
            if (isComplex(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(JsonElement e) {
        return e == null || e.isJsonNull() || e.isJsonArray() && e.getAsJsonArray().isEmpty()
                || e.isJsonObject() && e.getAsJsonObject().size() == 0
                || e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && e.getAsString().isEmpty();
    }
}
