package computequest.story.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Markdown study note into a draft story: one scene per heading (the note's own words, in order, linked by
 * "Continue"), a knowledge-check {@code @quiz} scene per emphasised definition, a matching question per table row,
 * "See also" lines for images and links, a commented {@code @goal} template where a heading names a service the
 * simulated cloud knows, and a closing {@code @ending}. Every scene gets a draft {@code @hint}.
 *
 * <p>Pure: text in, text out. Reading and writing files is the caller's job.
 */
public final class NoteImporter {

    /** Story file names in a draft folder: the story's identity first, then the chapter. */
    public static final String STORY_FILE = "00-story.story";
    /** The draft's walkthrough, where {@code ./play author test DIR} looks for it. */
    public static final String WALK_FILE = "walkthroughs/draft-path.walk";
    static final int MAX_WRONG = 3;

    private NoteImporter() {
    }

    /**
     * @param fileName the note's file name, quoted in the draft's comments and used for a title when it has none
     * @param markdown the note's text
     * @throws ImportException when the note is empty or has nothing a scene could hold
     */
    public static Draft importNote(String fileName, String markdown) throws ImportException {
        if (markdown.indexOf('\0') >= 0) {
            throw new ImportException(fileName + " is not a text note (it contains NUL bytes); give a Markdown file");
        }
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        if (text.isBlank()) {
            throw new ImportException(fileName + " is empty: there is nothing to import."
                    + " Write a '# heading' and some text first");
        }
        Note note = NoteReader.read(text);
        boolean anyText = note.sections.stream().anyMatch(s -> s.heading != null || !s.isEmpty());
        if (!anyText) {
            throw new ImportException(fileName + " has no headings or text to import"
                    + " (only front matter, tags, blank lines or empty images)");
        }
        return new NoteImporter.Writer(fileName, note).write();
    }

    /** One scene of the draft before it is written out. */
    private record Planned(String id, Kind kind, Note.Section section, Note.Definition definition, Note.Table table,
                           int row) {
    }

    private enum Kind { SECTION, DEFINE, MATCH, END }

    private static final class Writer {
        private final String fileName;
        private final Note note;
        private final String title;
        private final Slugs slugs = new Slugs();
        private final List<Planned> plan = new ArrayList<>();
        private final List<Note.Definition> definitions = new ArrayList<>();
        private final Map<Note.Definition, Note.Section> definedIn = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        /** Per scene id, the 1-based number of the choice that moves on (Continue or the right answer). */
        private final Map<String, String> pick = new LinkedHashMap<>();

        Writer(String fileName, Note note) {
            this.fileName = fileName;
            this.note = note;
            String stem = fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
            String t = note.title;
            if (t == null) {
                t = note.sections.stream().filter(s -> s.heading != null).map(s -> s.heading).findFirst().orElse(stem);
            }
            this.title = t.isBlank() ? "Untitled note" : t;
            notes.addAll(note.warnings);
        }

        Draft write() {
            for (Note.Section s : note.sections) {
                for (Note.Definition d : s.definitions) {
                    if (definitions.stream().noneMatch(o -> o.term().equalsIgnoreCase(d.term()))) {
                        definitions.add(d);
                        definedIn.put(d, s);
                    }
                }
            }
            for (Note.Section s : note.sections) {
                plan.add(new Planned(slugs.unique(s.heading == null ? title : s.heading), Kind.SECTION, s, null, null, 0));
                for (Note.Definition d : s.definitions) {
                    if (definedIn.get(d) == s) {
                        plan.add(new Planned(slugs.unique("check " + d.term()), Kind.DEFINE, s, d, null, 0));
                    }
                }
                for (Note.Table t : s.tables) {
                    List<Integer> rows = matchableRows(t);
                    if (rows.size() < 2) {
                        notes.add("the table under '" + heading(s) + "' has fewer than two rows with a first cell"
                                + " and another, so it made no matching question");
                        continue;
                    }
                    for (int r : rows) {
                        plan.add(new Planned(slugs.unique("match " + heading(s)), Kind.MATCH, s, null, t, r));
                    }
                }
            }
            plan.add(new Planned(slugs.unique("end"), Kind.END, null, null, null, 0));

            String slug = Slugs.slug(title);
            StringBuilder head = new StringBuilder();
            head.append("// DRAFT generated from ").append(fileName).append(" by ./play author import.\n");
            head.append("// Play it: ./play --story <this folder>. Check it: ./play author check <this folder>.\n");
            head.append("@story draft-").append(slug).append(' ').append("Draft: ").append(oneLine(title)).append('\n');
            head.append("@start ").append(plan.get(0).id()).append('\n');

            StringBuilder ch = new StringBuilder();
            ch.append("// DRAFT generated from ").append(fileName).append(" by ./play author import.\n");
            ch.append("// The prose is the note's own words. To finish this chapter: rewrite it in the course's voice,\n");
            ch.append("// replace each 'Draft hint', finish or delete each commented @goal, and check the quiz answers.\n");
            ch.append("@todo this chapter is a draft: rewrite the prose in the course's voice and replace each 'Draft hint'.\n");
            ch.append("@chapter Draft: ").append(oneLine(title)).append('\n');
            Map<String, String> glossary = new LinkedHashMap<>();
            for (Note.Definition d : definitions) {
                glossary.putIfAbsent(d.term(), d.definition());
            }
            if (!glossary.isEmpty()) {
                ch.append('\n');
                glossary.forEach((term, def) -> ch.append("@glossary ").append(oneLine(term)).append(": ")
                        .append(oneLine(def)).append('\n'));
            }
            int quizzes = 0;
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                String next = i + 1 < plan.size() ? plan.get(i + 1).id() : null;
                ch.append('\n');
                switch (p.kind()) {
                    case SECTION -> section(ch, p, next);
                    case DEFINE -> {
                        define(ch, p, next);
                        quizzes++;
                    }
                    case MATCH -> {
                        match(ch, p, next);
                        quizzes++;
                    }
                    case END -> end(ch, p);
                }
            }
            Map<String, String> files = new LinkedHashMap<>();
            files.put(STORY_FILE, head.toString());
            files.put("10-" + slug + ".story", ch.toString());
            files.put(WALK_FILE, walk());
            return new Draft("draft-" + slug, "Draft: " + oneLine(title), files,
                    plan.stream().map(Planned::id).toList(), quizzes, glossary.size(), notes);
        }

        /** A walkthrough for {@code ./play author test}: Continue and every right answer, start to end. */
        private String walk() {
            StringBuilder w = new StringBuilder();
            w.append("// DRAFT walkthrough generated from ").append(fileName)
                    .append(": takes Continue and each right answer to the end.\n");
            w.append("// Keep it passing as you finish the draft (./play author test <draft folder>).\n");
            w.append("@title Draft path through ").append(oneLine(title)).append('\n');
            for (Planned p : plan) {
                w.append("expect scene ").append(p.id()).append('\n');
                if (p.kind() != Kind.END) {
                    w.append("> ").append(pick.get(p.id())).append('\n');
                }
            }
            w.append("expect ended\n");
            return w.toString();
        }

        private String heading(Note.Section s) {
            return s.heading == null ? title : s.heading;
        }

        private void section(StringBuilder out, Planned p, String next) {
            Note.Section s = p.section();
            out.append(":: ").append(p.id()).append('\n');
            out.append("@title ").append(oneLine(heading(s))).append('\n');
            out.append("@hint Draft hint: this scene is the note's section '").append(oneLine(heading(s)))
                    .append("'. Replace this with a nudge toward its main idea.\n");
            List<Services.Service> services = s.heading == null ? List.of() : Services.named(s.heading);
            for (Services.Service sv : services) {
                out.append("@hint Draft: this section names ").append(sv.name())
                        .append("; finish the commented @goal below so the player tries it in the simulated cloud.\n");
            }
            if (!s.tags.isEmpty()) {
                out.append("// tags in the note: ").append(String.join(" ", s.tags)).append('\n');
            }
            if (s.paragraphs.isEmpty()) {
                out.append("@todo the note has no text under this heading; write some, or merge this scene.\n");
            }
            for (String para : s.paragraphs) {
                out.append(prose(para)).append("\n\n");
            }
            for (String see : s.seeAlso) {
                out.append(prose("See also: " + see)).append("\n\n");
            }
            for (Services.Service sv : services) {
                out.append("@todo goal for ").append(sv.name()).append(": ask the player to ")
                        .append(sv.task()).append(", then uncomment the @goal below and delete this line.\n");
                out.append("// @goal ").append(sv.condition()).append(" -> ").append(next).append('\n');
            }
            out.append("* Continue -> ").append(next).append('\n');
            pick.put(p.id(), "1");
        }

        private void define(StringBuilder out, Planned p, String next) {
            Note.Definition d = p.definition();
            out.append(":: ").append(p.id()).append('\n');
            out.append("@title Check: ").append(oneLine(d.term())).append('\n');
            out.append("@quiz\n");
            out.append("@hint Draft hint: the note defines ").append(oneLine(d.term())).append(" in '")
                    .append(oneLine(heading(p.section()))).append("'.\n");
            out.append(prose("What is " + d.term() + "?")).append("\n\n");
            List<Note.Definition> wrong = new ArrayList<>();
            int at = definitions.indexOf(d);
            for (int k = 1; k < definitions.size() && wrong.size() < MAX_WRONG; k++) {
                Note.Definition o = definitions.get((at + k) % definitions.size());
                boolean dup = o.definition().equalsIgnoreCase(d.definition())
                        || wrong.stream().anyMatch(w -> w.definition().equalsIgnoreCase(o.definition()));
                if (!dup) {
                    wrong.add(o);
                }
            }
            if (wrong.isEmpty()) {
                out.append("@todo the note defines no other term, so this question has no wrong answers yet.\n");
            }
            int right = at % (wrong.size() + 1);
            // By its text: quiz choices are shuffled with the game's seed, so a number would pick another one.
            pick.put(p.id(), choice(d.definition()));
            for (int c = 0, w = 0; c <= wrong.size(); c++) {
                if (c == right) {
                    out.append("* ").append(choice(d.definition())).append(" -> ").append(next).append('\n');
                    out.append("  ~ score +1\n");
                    out.append("  > Right: ").append(oneLine(d.term())).append(": ").append(oneLine(d.definition()))
                            .append(".\n");
                } else {
                    Note.Definition o = wrong.get(w++);
                    out.append("* ").append(choice(o.definition())).append('\n');
                    out.append("  > Not quite: that describes ").append(oneLine(o.term())).append(".\n");
                }
            }
        }

        private void match(StringBuilder out, Planned p, String next) {
            Note.Table t = p.table();
            List<String> row = t.rows().get(p.row());
            String key = t.header().isEmpty() || t.header().get(0).isEmpty() ? "row" : t.header().get(0);
            out.append(":: ").append(p.id()).append('\n');
            out.append("@title Match: ").append(oneLine(heading(p.section()))).append('\n');
            out.append("@quiz\n");
            out.append("@hint Draft hint: look back at the table in '").append(oneLine(heading(p.section())))
                    .append("'.\n");
            out.append(prose("Which " + key + " matches " + describe(t, row) + "?")).append("\n\n");
            List<Integer> rows = matchableRows(t);
            List<Integer> wrong = new ArrayList<>();
            int at = rows.indexOf(p.row());
            for (int k = 1; k < rows.size() && wrong.size() < MAX_WRONG; k++) {
                int o = rows.get((at + k) % rows.size());
                String cell = t.rows().get(o).get(0);
                if (!cell.equalsIgnoreCase(row.get(0))
                        && wrong.stream().noneMatch(w -> t.rows().get(w).get(0).equalsIgnoreCase(cell))) {
                    wrong.add(o);
                }
            }
            int right = at % (wrong.size() + 1);
            pick.put(p.id(), choice(row.get(0)));
            for (int c = 0, w = 0; c <= wrong.size(); c++) {
                if (c == right) {
                    out.append("* ").append(choice(row.get(0))).append(" -> ").append(next).append('\n');
                    out.append("  ~ score +1\n");
                    out.append("  > Right: ").append(oneLine(row.get(0))).append(" - ").append(describe(t, row))
                            .append(".\n");
                } else {
                    List<String> o = t.rows().get(wrong.get(w++));
                    out.append("* ").append(choice(o.get(0))).append('\n');
                    out.append("  > Not quite: for ").append(oneLine(o.get(0))).append(" the table gives ")
                            .append(describe(t, o)).append(".\n");
                }
            }
        }

        private void end(StringBuilder out, Planned p) {
            out.append(":: ").append(p.id()).append('\n');
            out.append("@title Draft: end of ").append(oneLine(title)).append('\n');
            out.append("@ending\n");
            out.append("@hint Draft hint: the story ends here. Type 'status' to see your simulated cloud, or 'quit'.\n");
            out.append("@todo write a closing paragraph in the course's voice here.\n");
            out.append(prose("End of the draft made from " + fileName + ".")).append('\n');
        }

        /** Rows with a first cell and at least one other cell, by index. */
        private static List<Integer> matchableRows(Note.Table t) {
            List<Integer> out = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> row = t.rows().get(r);
                if (!row.isEmpty() && !row.get(0).isEmpty() && row.stream().skip(1).anyMatch(c -> !c.isEmpty())) {
                    out.add(r);
                }
            }
            return out;
        }

        /** "ECS: task; EKS: pod" for a row, leaving out the first cell. */
        private static String describe(Note.Table t, List<String> row) {
            List<String> parts = new ArrayList<>();
            for (int i = 1; i < row.size(); i++) {
                if (!row.get(i).isEmpty()) {
                    String name = i < t.header().size() ? t.header().get(i) : "";
                    parts.add(name.isEmpty() ? row.get(i) : name + ": " + row.get(i));
                }
            }
            return oneLine(String.join("; ", parts));
        }
    }

    /** A prose line the parser reads back as prose: a leading sigil is escaped with a backslash. */
    static String prose(String line) {
        if (line.startsWith(Note.VERBATIM + "\n")) {
            return line;
        }
        String l = oneLine(line);
        if (l.isEmpty()) {
            return l;
        }
        char c = l.charAt(0);
        if ("*~?>@\\".indexOf(c) >= 0 || l.startsWith("::") || l.startsWith("//")) {
            return "\\" + l;
        }
        return l;
    }

    /** Choice text: one line, with no "->" (the parser would take what follows for a target). */
    static String choice(String text) {
        String t = oneLine(text).replace("->", "\u2192");
        return t.isEmpty() ? "(empty)" : t;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
