package computequest.save;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the save reader's source (SaveReader.java, SaveReader2.java, ...) from the save records, walked by reflection
 * from {@link SavedFile} and {@link SavedFile.Header}: one method per record reading its members field by field from a
 * JsonReader, and one per list or map type. The reading of each value is {@link JsonRead}'s, which mirrors Gson's
 * adapters, so the generated reader reads what Gson's reflective binding read, without building a Gson or reflecting
 * at run time. DecoderGeneratorTest keeps the checked-in files equal to this output.
 */
final class DecoderGenerator {

    static final String CLASS = "SaveReader";
    /** Lines a generated file may have (the project's limit is 400). */
    private static final int BUDGET = 375;
    /** Lines before the first method: package, imports, the class comment. */
    private static final int HEAD = 22;
    private static final int WIDTH = 120;

    /** One generated method: the name other methods call it by and its text. */
    private record Method(String name, List<String> lines) {
    }

    private final Map<Type, Method> methods = new LinkedHashMap<>();
    private final List<Type> queue = new ArrayList<>();
    private final Map<String, String> fileOf = new LinkedHashMap<>();
    /** The class being written (second pass): calls to methods in another are qualified with its name. */
    private String current;

    private DecoderGenerator() {
    }

    /** The generated files: file name to source text, in order. */
    static Map<String, String> generate() {
        DecoderGenerator g = new DecoderGenerator();
        g.queue.add(SavedFile.class);
        g.queue.add(SavedFile.Header.class);
        for (int i = 0; i < g.queue.size(); i++) {
            g.methods.put(g.queue.get(i), g.method(g.queue.get(i)));
        }
        // First pass: which file each method goes in, by its length unqualified (qualified calls wrap a little more),
        // the methods spread evenly over as few files as the budget allows.
        int total = 0;
        for (Method m : g.methods.values()) {
            total += m.lines.size() + 1;
        }
        int files = (total + BUDGET - HEAD - 1) / (BUDGET - HEAD);
        int target = total / files + 20;
        int file = 1;
        int lines = 0;
        for (Method m : g.methods.values()) {
            if (lines + m.lines.size() + 1 > target && lines > 0) {
                file++;
                lines = 0;
            }
            lines += m.lines.size() + 1;
            g.fileOf.put(m.name, className(file));
        }
        // Second pass: the text, with calls to other files qualified by their class.
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        List<Type> types = new ArrayList<>(g.methods.keySet());
        for (Type t : types) {
            g.current = g.fileOf.get(methodName(t));
            Method m = g.method(t);
            bodies.computeIfAbsent(g.fileOf.get(m.name), k -> new ArrayList<>()).add(String.join("\n", m.lines));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : bodies.entrySet()) {
            out.put(e.getKey() + ".java", g.file(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static String className(int n) {
        return n == 1 ? CLASS : CLASS + n;
    }

    private String file(String name, List<String> bodies) {
        String body = String.join("\n\n", bodies);
        StringBuilder s = new StringBuilder("package computequest.save;\n\n");
        s.append("import com.google.gson.stream.JsonReader;\n");
        if (body.contains("JsonToken.")) {
            s.append("import com.google.gson.stream.JsonToken;\n");
        }
        s.append("import java.io.IOException;\n");
        if (body.contains("Instant ")) {
            s.append("import java.time.Instant;\n");
        }
        if (body.contains("List<")) {
            s.append("import java.util.List;\n");
        }
        if (body.contains("Map<")) {
            s.append("import java.util.Map;\n");
        }
        s.append("""

                /**
                 * GENERATED from the save records by DecoderGenerator (src/test/java/computequest/save): do not edit. It reads a
                 * save's records from a JsonReader without reflection, as Gson's binding read them (see {@link JsonRead}).
                 * DecoderGeneratorTest fails when a record changed and this is stale; rewrite it with
                 * {@code mvn -B -q test -Dtest=DecoderGeneratorTest -Dcq.updateDecoder=true}.
                 */
                final class\s""").append(name).append(" {\n\n    private ").append(name).append("() {\n    }\n\n")
                .append(body).append("\n}\n");
        return s.toString();
    }

    private Method method(Type t) {
        if (t instanceof Class<?> c && c.isRecord()) {
            return record(c);
        }
        ParameterizedType p = (ParameterizedType) t;
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        String name = methodName(t);
        List<String> l = new ArrayList<>();
        String type = javaType(t);
        l.add("    static " + type + " " + name + "(JsonReader r) throws IOException {");
        if (raw == List.class) {
            l.add("        " + type + " l = JsonRead.beginList(r);");
            l.add("        while (l != null && r.hasNext()) {");
            l.add("            l.add(" + read(args[0], null) + ");");
            l.add("        }");
            l.add("        return JsonRead.endList(r, l);");
        } else {
            l.add("        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;");
            l.add("        " + type + " m = JsonRead.beginMap(r, pairs);");
            l.add("        while (m != null && r.hasNext()) {");
            l.add("            m.put(JsonRead.key(r, m, pairs), " + read(args[1], null) + ");");
            l.add("            JsonRead.endEntry(r, pairs);");
            l.add("        }");
            l.add("        return JsonRead.endMap(r, m, pairs);");
        }
        l.add("    }");
        return new Method(name, l);
    }

    private Method record(Class<?> c) {
        String name = methodName(c);
        String type = javaType(c);
        List<String> l = new ArrayList<>();
        l.add("    static " + type + " " + name + "(JsonReader r) throws IOException {");
        l.add("        if (!JsonRead.beginRecord(r)) {");
        l.add("            return null;");
        l.add("        }");
        RecordComponent[] rcs = c.getRecordComponents();
        for (RecordComponent rc : rcs) {
            if (rc.getName().equals("r")) {
                throw new IllegalStateException(c + " has a component named r, the reader's name in the generated code");
            }
            Class<?> raw = rc.getType();
            String init = !raw.isPrimitive() ? "null" : raw == boolean.class ? "false" : raw == double.class ? "0.0"
                    : raw == long.class ? "0L" : "0";
            l.add("        " + javaType(rc.getGenericType()) + " " + rc.getName() + " = " + init + ";");
        }
        l.add("        while (r.hasNext()) {");
        l.add("            switch (r.nextName()) {");
        for (RecordComponent rc : rcs) {
            String where = c.getName() + "." + rc.getName();
            String value = read(rc.getGenericType(), where);
            if (rc.getType().isPrimitive()) {
                value = "JsonRead." + rc.getType().getName() + "Component(r, \"" + rc.getName() + "\")";
            }
            String line = "                case \"" + rc.getName() + "\" -> " + rc.getName() + " = " + value + ";";
            if (line.length() > WIDTH) {
                l.add("                case \"" + rc.getName() + "\" ->");
                l.add("                        " + rc.getName() + " = " + value + ";");
            } else {
                l.add(line);
            }
        }
        l.add("                default -> JsonRead.skip(r);");
        l.add("            }");
        l.add("        }");
        l.add("        r.endObject();");
        List<String> names = new ArrayList<>();
        for (RecordComponent rc : rcs) {
            names.add(rc.getName());
        }
        wrap("        return new " + type + "(", names, ");", l);
        l.add("    }");
        return new Method(name, l);
    }

    /** Appends {@code head + items joined by ", " + tail}, broken before WIDTH with an 8-space continuation. */
    private static void wrap(String head, List<String> items, String tail, List<String> out) {
        StringBuilder line = new StringBuilder(head);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i + 1 < items.size() ? "," : tail);
            if (line.length() + 1 + item.length() > WIDTH && !line.toString().endsWith("(")) {
                out.add(line.toString());
                line = new StringBuilder("                " + item);
            } else {
                line.append(line.toString().endsWith("(") ? "" : " ").append(item);
            }
        }
        out.add(line.toString());
    }

    /** The expression reading one value of type t (boxed for primitives; the caller refuses null for those). */
    private String read(Type t, String where) {
        if (t instanceof Class<?> c) {
            if (c == String.class) {
                return "JsonRead.string(r)";
            }
            if (c == int.class || c == Integer.class) {
                return "JsonRead.integer(r)";
            }
            if (c == long.class || c == Long.class) {
                return "JsonRead.longValue(r)";
            }
            if (c == boolean.class || c == Boolean.class) {
                return "JsonRead.bool(r)";
            }
            if (c == double.class || c == Double.class) {
                return "JsonRead.dbl(r)";
            }
            if (c == Instant.class) {
                return "JsonRead.instant(r)";
            }
            if (!c.isRecord()) {
                throw new IllegalStateException(where + " is a " + c.getName() + ", which the generator cannot read;"
                        + " save files hold save records, strings, numbers, booleans and instants");
            }
        } else if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw != List.class && !(raw == Map.class && p.getActualTypeArguments()[0] == String.class)) {
                throw new IllegalStateException(where + " is a " + p + ": only List and Map with string keys are read");
            }
        } else {
            throw new IllegalStateException(where + " is a " + t + ", which the generator cannot read");
        }
        if (!queue.contains(t)) {
            queue.add(t);
        }
        return call(methodName(t));
    }

    private String call(String name) {
        String f = fileOf.get(name);
        return (f == null || f.equals(current) ? "" : f + ".") + name + "(r)";
    }

    private static String methodName(Type t) {
        String n = typeName(t);
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static String typeName(Type t) {
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return p.getRawType() == List.class ? "listOf" + cap(typeName(args[0])) : "mapOf" + cap(typeName(args[1]));
        }
        Class<?> c = (Class<?>) t;
        return c.isRecord() ? javaType(c).replace(".", "") : c.getSimpleName();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String javaType(Type t) {
        if (t instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return p.getRawType() == List.class ? "List<" + javaType(args[0]) + ">"
                    : "Map<String, " + javaType(args[1]) + ">";
        }
        Class<?> c = (Class<?>) t;
        if (c.isPrimitive() || c.getPackageName().startsWith("java.")) {
            return c.getSimpleName();
        }
        return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
    }
}
