package computequest.save;

import computequest.sim.Cloud;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the load check's null walk (SaveWalker.java, SaveWalker2.java, ...) from the simulator's records, walked by
 * reflection from {@link Cloud}: one method per record and per map or collection type, reporting what the reflective
 * walk it replaces reported (a null collection or enum as missing, a null entry as null, in the same order, with the
 * same limits), without reflection at run time: on JDK 25 the reflective walk of a course-end cloud cost a cold start
 * 40-70 ms. WalkerGeneratorTest keeps the checked-in files equal to this output.
 */
final class WalkerGenerator {

    static final String CLASS = "SaveWalker";
    private static final int BUDGET = 375;
    private static final int HEAD = 22;

    private record Method(String name, List<String> lines) {
    }

    private final List<Type> queue = new ArrayList<>();
    private final Map<String, String> fileOf = new LinkedHashMap<>();
    private String current;

    private WalkerGenerator() {
    }

    static Map<String, String> generate() {
        WalkerGenerator g = new WalkerGenerator();
        g.queue.add(Cloud.class);
        List<Method> first = new ArrayList<>();
        for (int i = 0; i < g.queue.size(); i++) {
            first.add(g.method(g.queue.get(i)));
        }
        int total = 0;
        for (Method m : first) {
            total += m.lines.size() + 1;
        }
        int files = (total + BUDGET - HEAD - 1) / (BUDGET - HEAD);
        int target = total / files + 20;
        int file = 1;
        int lines = 0;
        for (Method m : first) {
            if (lines + m.lines.size() + 1 > target && lines > 0) {
                file++;
                lines = 0;
            }
            lines += m.lines.size() + 1;
            g.fileOf.put(m.name, file == 1 ? CLASS : CLASS + file);
        }
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        for (Type t : new ArrayList<>(g.queue)) {
            g.current = g.fileOf.get(name(t));
            bodies.computeIfAbsent(g.current, k -> new ArrayList<>()).add(String.join("\n", g.method(t).lines));
        }
        Map<String, String> out = new LinkedHashMap<>();
        bodies.forEach((cls, b) -> out.put(cls + ".java", file(cls, String.join("\n\n", b))));
        return out;
    }

    private static String file(String cls, String body) {
        StringBuilder s = new StringBuilder("package computequest.save;\n\n");
        List<String> imports = new ArrayList<>();
        for (String w : body.split("[^A-Za-z0-9_.]+")) {
            if (w.startsWith("computequest.sim.")) {
                String top = w.replaceFirst("^((?:[a-z0-9]+\\.)+[A-Z][A-Za-z0-9_]*).*$", "$1");
                if (!imports.contains(top)) {
                    imports.add(top);
                }
            }
        }
        for (String u : List.of("Collection", "List", "Map", "Set", "SortedMap", "NavigableMap", "SortedSet", "Deque")) {
            if (body.contains(u + "<") || (u.equals("Map") && body.contains("Map.Entry"))) {
                imports.add("java.util." + u);
            }
        }
        imports.sort(null);
        for (String i : imports) {
            s.append("import ").append(i).append(";\n");
        }
        return s.append("""

                /**
                 * GENERATED from the simulator's records by WalkerGenerator (src/test/java/computequest/save): do not edit.
                 * The load check's walk for null collections and entries ({@link SaveChecks}), without reflection.
                 * WalkerGeneratorTest fails when a record changed and this is stale; rewrite it with
                 * {@code mvn -B -q test -Dtest=WalkerGeneratorTest -Dcq.updateWalker=true}.
                 */
                final class\s""").append(cls).append(" {\n\n    private ").append(cls).append("() {\n    }\n\n")
                .append(body.replace("computequest.sim.", "").replaceAll("\\b[a-z0-9]+\\.(?=[A-Z])", ""))
                .append("\n}\n").toString();
    }

    private Method method(Type t) {
        String name = name(t);
        List<String> l = new ArrayList<>();
        String type = javaType(t);
        l.add("    static void " + name + "(" + type + " v, Object path, List<String> out, int depth) {");
        l.add("        if (v == null || depth > 40 || out.size() > 5) {");
        l.add("            return;");
        l.add("        }");
        if (t instanceof Class<?> c) {
            for (RecordComponent rc : c.getRecordComponents()) {
                Type ct = rc.getGenericType();
                Class<?> raw = raw(ct);
                boolean required = Map.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)
                        || raw.isEnum();
                String walk = walk(ct, "v." + rc.getName() + "()", "p", "depth + 1");
                if (walk == null && !required) {
                    continue;
                }
                l.add("        {");
                l.add("            SaveChecks.Where p = new SaveChecks.Where(path, \".\", \"" + rc.getName() + "\", \"\");");
                if (required) {
                    l.add("            if (v." + rc.getName() + "() == null) {");
                    l.add("                out.add(\"\\\"\" + p + \"\\\" is missing\");");
                    l.add("            }");
                }
                if (walk != null) {
                    l.add("            " + walk + ";");
                }
                l.add("        }");
            }
        } else {
            ParameterizedType p = (ParameterizedType) t;
            boolean map = Map.class.isAssignableFrom(raw(p));
            Type element = p.getActualTypeArguments()[map ? 1 : 0];
            String walk = walk(element, "e", "p", "depth + 1");
            if (map) {
                l.add("        for (Map.Entry<?, ? extends " + javaType(element) + "> entry : v.entrySet()) {");
                l.add("            " + javaType(element) + " e = entry.getValue();");
                l.add("            SaveChecks.Where p = new SaveChecks.Where(path, \".\", entry.getKey(), \"\");");
            } else {
                l.add("        int i = 0;");
                l.add("        for (" + javaType(element) + " e : v) {");
                l.add("            SaveChecks.Where p = new SaveChecks.Where(path, \"[\", i++, \"]\");");
            }
            l.add("            if (e == null) {");
            l.add("                out.add(\"\\\"\" + p + \"\\\" is null\");");
            l.add("            }" + (walk == null ? "" : " else {"));
            if (walk != null) {
                l.add("                " + walk + ";");
                l.add("            }");
            }
            l.add("        }");
        }
        l.add("    }");
        return new Method(name, l);
    }

    /** The call that walks a value of type t, or null when a value of that type holds nothing to walk. */
    private String walk(Type t, String value, String path, String depth) {
        Class<?> raw = raw(t);
        if (!(raw.isRecord() || Map.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw))) {
            if (raw.isInterface() || raw == Object.class || (!raw.isPrimitive() && !raw.isEnum()
                    && !raw.getName().startsWith("java.lang."))) {
                throw new IllegalStateException(t + " may hold a collection the generated walk cannot see");
            }
            return null;
        }
        if (!queue.contains(t)) {
            queue.add(t);
        }
        String f = fileOf.get(name(t));
        String q = f == null || f.equals(current) ? "" : f + ".";
        return q + name(t) + "(" + value + ", " + path + ", out, " + depth + ")";
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    private static String name(Type t) {
        if (t instanceof ParameterizedType p) {
            Type[] a = p.getActualTypeArguments();
            boolean map = Map.class.isAssignableFrom(raw(p));
            String inner = name(a[map ? 1 : 0]);
            String kind = raw(p).getSimpleName();
            return Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + "Of"
                    + Character.toUpperCase(inner.charAt(0)) + inner.substring(1);
        }
        Class<?> c = (Class<?>) t;
        String n = c.getName().substring(c.getPackageName().length() + 1).replace("$", "");
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static String javaType(Type t) {
        if (t instanceof ParameterizedType p) {
            Type[] a = p.getActualTypeArguments();
            List<String> args = new ArrayList<>();
            for (Type x : a) {
                args.add(javaType(x));
            }
            return raw(p).getSimpleName() + "<" + String.join(", ", args) + ">";
        }
        Class<?> c = (Class<?>) t;
        if (c.getPackageName().startsWith("java.")) {
            return c.getSimpleName();
        }
        return c.getName().replace('$', '.');
    }
}
