package computequest.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The story as a graph for people: Graphviz DOT or Mermaid, one cluster per chapter, laid out top to bottom so a long
 * course stays readable. Choices are solid arrows labelled with their text, goals dashed arrows labelled with their
 * condition; a choice shown only while a {@code ?} condition holds carries it in its label ({@code [? ...]}). The
 * start is marked {@code START:}, knowledge checks {@code QUIZ:}, endings {@code END:} (double circle in DOT, a
 * stadium in Mermaid). With a chapter filter, only that chapter's scenes are drawn, and arrows leaving it end at a
 * small node naming the scene outside.
 */
public final class GraphExport {

    private final Story story;
    private final String chapter;

    /** @param chapter draw only the chapter whose name is this or starts with it and a space; null for all */
    public GraphExport(Story story, String chapter) {
        this.story = story;
        this.chapter = chapter;
    }

    /** One arrow, as drawn. */
    private record Arrow(String from, String to, boolean goal, String label) {
    }

    /** Whether the chapter filter lets a scene in. */
    public boolean shows(Scene s) {
        return chapter == null || s.chapter().equals(chapter) || s.chapter().startsWith(chapter + " ");
    }

    private Map<String, List<Scene>> chapters() {
        Map<String, List<Scene>> out = new LinkedHashMap<>();
        for (Scene s : story.scenes().values()) {
            if (shows(s)) {
                out.computeIfAbsent(s.chapter(), k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }

    private List<Arrow> arrows() {
        List<Arrow> out = new ArrayList<>();
        for (Scene s : story.scenes().values()) {
            if (!shows(s)) {
                continue;
            }
            for (Choice c : s.choices()) {
                if (c.target() != null) {
                    List<String> guards = c.conditions().stream().map(StoryGraph::text).toList();
                    out.add(new Arrow(s.id(), c.target(), false, shorten(c.text()) + (guards.isEmpty() ? ""
                            : " [? " + String.join(" and ", guards) + "]")));
                }
            }
            for (Goal g : s.goals()) {
                if (!g.isCheck()) {
                    out.add(new Arrow(s.id(), g.target(), true, shorten("goal: " + StoryGraph.text(g.condition()))));
                }
            }
        }
        return out;
    }

    /** Targets outside the chapter filter, drawn as small stubs. */
    private Set<String> outside(List<Arrow> arrows) {
        Set<String> out = new LinkedHashSet<>();
        for (Arrow a : arrows) {
            Scene to = story.scenes().get(a.to());
            if (to == null || !shows(to)) {
                out.add(a.to());
            }
        }
        return out;
    }

    public String dot() {
        StringBuilder b = new StringBuilder();
        b.append("digraph \"").append(dotEscape(story.id())).append("\" {\n");
        b.append("  rankdir=TB;\n  newrank=true;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        b.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        int n = 0;
        for (var e : chapters().entrySet()) {
            b.append("  subgraph \"cluster_").append(n++).append("\" {\n    label=\"")
                    .append(dotEscape(e.getKey().isEmpty() ? "(no chapter)" : e.getKey()))
                    .append("\";\n    style=dashed;\n");
            for (Scene s : e.getValue()) {
                b.append("    \"").append(dotEscape(s.id())).append("\" [label=\"").append(dotEscape(label(s)))
                        .append('"');
                if (s.ending()) {
                    b.append(", shape=doublecircle");
                } else if (s.quiz()) {
                    b.append(", shape=hexagon");
                }
                if (s.id().equals(story.start())) {
                    b.append(", penwidth=2");
                }
                b.append("];\n");
            }
            b.append("  }\n");
        }
        List<Arrow> arrows = arrows();
        for (String id : outside(arrows)) {
            b.append("  \"").append(dotEscape(id)).append("\" [label=\"").append(dotEscape("→ " + id))
                    .append("\", shape=plaintext];\n");
        }
        for (Arrow a : arrows) {
            b.append("  \"").append(dotEscape(a.from())).append("\" -> \"").append(dotEscape(a.to()))
                    .append("\" [label=\"").append(dotEscape(a.label())).append('"')
                    .append(a.goal() ? ", style=dashed" : "").append("];\n");
        }
        return b.append("}\n").toString();
    }

    public String mermaid() {
        StringBuilder b = new StringBuilder("flowchart TB\n");
        int n = 0;
        for (var e : chapters().entrySet()) {
            b.append("  subgraph c").append(n++).append("[\"").append(mermaidEscape(e.getKey().isEmpty()
                    ? "(no chapter)" : e.getKey())).append("\"]\n");
            for (Scene s : e.getValue()) {
                String label = mermaidEscape(label(s));
                b.append("    ").append(mermaidId(s.id())).append(s.ending() ? "([\"" + label + "\"])"
                        : s.quiz() ? "{{\"" + label + "\"}}" : "[\"" + label + "\"]").append('\n');
            }
            b.append("  end\n");
        }
        List<Arrow> arrows = arrows();
        for (String id : outside(arrows)) {
            b.append("  ").append(mermaidId(id)).append("[\"").append(mermaidEscape("→ " + id)).append("\"]\n");
        }
        for (Arrow a : arrows) {
            b.append("  ").append(mermaidId(a.from())).append(a.goal() ? " -.->|\"" : " -->|\"")
                    .append(mermaidEscape(a.label())).append("\"| ").append(mermaidId(a.to())).append('\n');
        }
        List<String> endings = story.scenes().values().stream().filter(s -> s.ending() && shows(s))
                .map(s -> mermaidId(s.id())).toList();
        if (!endings.isEmpty()) {
            b.append("  classDef ending stroke-width:3px\n  class ").append(String.join(",", endings))
                    .append(" ending\n");
        }
        Scene start = story.start() == null ? null : story.scenes().get(story.start());
        if (start != null && shows(start)) {
            b.append("  classDef start stroke-width:3px,stroke-dasharray:4\n  class ")
                    .append(mermaidId(story.start())).append(" start\n");
        }
        return b.toString();
    }

    private String label(Scene s) {
        String mark = s.id().equals(story.start()) ? "START: " : s.ending() ? "END: " : s.quiz() ? "QUIZ: " : "";
        return mark + s.id() + (s.title().equals(s.id()) ? "" : "\n" + s.title());
    }

    private static String shorten(String label) {
        return label.length() <= 48 ? label : label.substring(0, 45) + "...";
    }

    private static String dotEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String mermaidEscape(String s) {
        return s.replace("\"", "#quot;").replace("\n", "<br/>");
    }

    /** Scene ids use only a-z, 0-9 and '-', so '-' to '_' keeps them apart and safe for Mermaid. */
    private static String mermaidId(String id) {
        return "s_" + id.replace('-', '_').replaceAll("[^A-Za-z0-9_]", "_");
    }
}
