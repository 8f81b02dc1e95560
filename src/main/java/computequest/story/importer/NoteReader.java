package computequest.story.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown note with commonmark-java (GFM tables on) into a {@link Note}. Before parsing it takes off YAML
 * front matter (keeping its title) and rewrites Obsidian {@code ![[embeds]]} as ordinary images; after parsing it
 * finds {@code ==highlights==} in the text, which CommonMark leaves alone.
 */
final class NoteReader {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern HIGHLIGHT = Pattern.compile("==([^=\\n](?:[^\\n]*?[^=\\n])?)==");
    /** Obsidian tags at the start of a line: '#' then a word with at least one letter ("#1" is no tag). */
    private static final Pattern LEADING_TAGS =
            Pattern.compile("(?:#(?=[\\p{N}_/-]*\\p{L})[\\p{L}\\p{N}_/-]+(?:\\s+|$))+");
    private static final Pattern TITLE = Pattern.compile("(?i)^title\\s*:\\s*(.*)$");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SUBJECT = Pattern.compile("(?i)^(.*?)\\s+(?:is|are)(?:\\s+(?:a|an|the))?\\s*$");
    private static final Pattern AFTER_TERM = Pattern.compile("(?i)^\\s*(?:is|are|=|:=)\\s+(.+)$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)(it|this|that|they|these|those|which|there)");

    private final Note note = new Note();
    private Note.Section section;
    /** Inside a list: the indentation that continues the current item ("" outside lists). */
    private String continuation = "";

    private NoteReader() {
    }

    static Note read(String markdown) {
        NoteReader r = new NoteReader();
        String body = r.frontMatter(markdown.replace("\r\n", "\n").replace('\r', '\n'));
        r.section = new Note.Section(null, 0);
        r.note.sections.add(r.section);
        Node doc = PARSER.parse(Obsidian.markdown(body));
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            r.block(n, "");
        }
        if (r.note.sections.get(0).isEmpty() && r.note.sections.get(0).tags.isEmpty()) {
            r.note.sections.remove(0);
        }
        return r.note;
    }

    /** Takes off a leading {@code --- ... ---} block, keeping its {@code title:}; returns the rest. */
    private String frontMatter(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return text;
        }
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                for (int j = 1; j < i; j++) {
                    Matcher m = TITLE.matcher(lines[j].strip());
                    if (m.matches() && !m.group(1).isBlank()) {
                        note.title = m.group(1).strip().replaceAll("^([\"'])(.*)\\1$", "$2").strip();
                    }
                }
                return String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
            }
        }
        note.warnings.add("the front matter that opens on line 1 with '---' is never closed, so it was read as text");
        return text;
    }

    // ---- blocks ----

    private void block(Node n, String prefix) {
        if (n instanceof Heading h) {
            Inline in = inline(h);
            String title = clean(stripHighlights(in.text.toString())).replace('\n', ' ').strip();
            section = new Note.Section(title.isEmpty() ? "Untitled section" : title, h.getLevel());
            note.sections.add(section);
            section.seeAlso.addAll(in.seeAlso);
            if (note.title == null && h.getLevel() == 1 && !title.isEmpty()) {
                note.title = title;
            }
        } else if (n instanceof Paragraph p) {
            paragraph(p, prefix);
        } else if (n instanceof ListBlock list) {
            int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            Note.Section in = section;
            int before = in.paragraphs.size();
            String indent = continuation;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String marker = list instanceof OrderedList ? (number++) + ". " : "- ";
                listItem((ListItem) item, indent + marker, indent + " ".repeat(marker.length()));
            }
            continuation = indent;
            if (indent.isEmpty()) {
                verbatim(in, before); // the whole list, nested lists included, as one block of lines
            }
        } else if (n instanceof TableBlock t) {
            table(t);
        } else if (n instanceof FencedCodeBlock c) {
            code(c.getLiteral());
        } else if (n instanceof IndentedCodeBlock c) {
            code(c.getLiteral());
        } else if (n instanceof HtmlBlock html) {
            String text = HTML_TAG.matcher(html.getLiteral()).replaceAll(" ").replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                section.paragraphs.add(text);
            }
        } else if (n instanceof BlockQuote) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                block(c, prefix);
            }
        }
        // thematic breaks and link reference definitions carry no prose
    }

    private void listItem(ListItem item, String marker, String cont) {
        boolean first = true;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            int before = section.paragraphs.size();
            continuation = cont;
            block(c, first ? marker : cont);
            if (section.paragraphs.size() > before) {
                first = false;
            }
        }
    }

    /** Code keeps its lines and their indentation; outside a list it is a verbatim block of its own. */
    private void code(String literal) {
        int before = section.paragraphs.size();
        for (String line : literal.split("\n")) {
            if (!line.isBlank()) {
                section.paragraphs.add(continuation + line.stripTrailing());
            }
        }
        if (continuation.isEmpty()) {
            verbatim(section, before);
        }
    }

    /**
     * The paragraphs from {@code from} on become one verbatim block (a list's items, code), which the story shows
     * line by line, never joined into one paragraph. A line that would close the block early is changed.
     */
    private static void verbatim(Note.Section in, int from) {
        // A heading inside a list item (cut-up notes have them) starts a new section; what it left stays as it is.
        List<String> lines = in.paragraphs.subList(Math.min(from, in.paragraphs.size()), in.paragraphs.size());
        if (lines.isEmpty()) {
            return;
        }
        String block = Note.VERBATIM + "\n" + String.join("\n", lines.stream()
                .map(l -> l.strip().equals(Note.VERBATIM) ? l.replace(Note.VERBATIM, "~~~") : l).toList())
                + "\n" + Note.VERBATIM;
        lines.clear();
        in.paragraphs.add(block);
    }

    private void paragraph(Paragraph p, String prefix) {
        Inline in = inline(p);
        section.seeAlso.addAll(in.seeAlso);
        String text = in.text.toString();
        boldDefinitions(in, text);
        boolean first = true;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher tags = LEADING_TAGS.matcher(line);
            if (tags.lookingAt()) {
                for (String tag : tags.group().strip().split("\\s+")) {
                    section.tags.add(tag.substring(1));
                }
                line = line.substring(tags.end()).strip();
                if (line.isEmpty()) {
                    continue;
                }
            }
            highlightDefinitions(line);
            String clean = clean(stripHighlights(line));
            if (!clean.isEmpty()) {
                section.paragraphs.add((first ? prefix : continuation) + clean);
                first = false;
            }
        }
    }

    private void table(TableBlock t) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        Inline in = inline(cell);
                        section.seeAlso.addAll(in.seeAlso);
                        cells.add(clean(stripHighlights(in.text.toString())).replace('\n', ' ').strip());
                    }
                }
                if (part instanceof TableHead) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            }
        }
        Note.Table table = new Note.Table(header, rows);
        section.tables.add(table);
        for (List<String> row : rows) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String name = i < header.size() ? header.get(i) : "";
                if (!row.get(i).isEmpty()) {
                    parts.add(name.isEmpty() ? row.get(i) : name + ": " + row.get(i));
                }
            }
            if (!parts.isEmpty()) {
                section.paragraphs.add(String.join("; ", parts));
            }
        }
    }

    // ---- definitions ----

    private void boldDefinitions(Inline in, String text) {
        for (int[] span : in.bold) {
            String term = clean(stripHighlights(text.substring(span[0], span[1]))).strip();
            String rest = firstLine(text.substring(span[1]));
            Matcher m = AFTER_TERM.matcher(rest);
            if (!term.isEmpty() && m.matches()) {
                define(term, sentence(clean(stripHighlights(m.group(1)))));
            }
        }
    }

    private void highlightDefinitions(String line) {
        Matcher m = HIGHLIGHT.matcher(line);
        while (m.find()) {
            String marked = clean(m.group(1)).strip();
            String before = line.substring(0, m.start());
            String[] sentences = before.split("(?<=[.!?])\\s+");
            String last = clean(stripHighlights(sentences[sentences.length - 1]));
            Matcher subject = SUBJECT.matcher(last);
            Matcher after = AFTER_TERM.matcher(line.substring(m.end()));
            if (subject.matches() && !subject.group(1).isBlank()) {
                define(subject.group(1).strip(), sentence(marked));
            } else if (after.matches()) {
                define(marked, sentence(clean(stripHighlights(after.group(1)))));
            }
        }
    }

    private void define(String term, String definition) {
        term = term.replace(":", " -").replaceAll("\\s+", " ").strip();
        // "A **Savings Plan** is ..." names one term, whichever way it was found
        term = term.replaceFirst("(?i)^(a|an|the)\\s+(?=\\S)", "");
        definition = definition.strip();
        if (term.isEmpty() || definition.isEmpty() || PRONOUN.matcher(term).matches() || term.length() > 80) {
            return;
        }
        for (Note.Definition d : section.definitions) {
            if (d.term().equalsIgnoreCase(term)) {
                return;
            }
        }
        section.definitions.add(new Note.Definition(term, definition));
    }

    /** The text up to the end of its first sentence, without the full stop. */
    private static String sentence(String text) {
        String s = text.split("(?<=[.!?])\\s+", 2)[0].strip();
        return s.replaceAll("[.;:,]+$", "").strip();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String stripHighlights(String s) {
        return HIGHLIGHT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** Collapses runs of spaces; keeps line breaks. */
    private static String clean(String s) {
        return s.replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
    }

    // ---- inlines ----

    /** A block's inline content as plain text, where its bold spans are, and its links and images. */
    private static final class Inline {
        final StringBuilder text = new StringBuilder();
        final List<int[]> bold = new ArrayList<>();
        final List<String> seeAlso = new ArrayList<>();
    }

    private static Inline inline(Node block) {
        Inline in = new Inline();
        children(block, in);
        return in;
    }

    private static void children(Node parent, Inline in) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inlineNode(n, in);
        }
    }

    private static void inlineNode(Node n, Inline in) {
        if (n instanceof Text t) {
            in.text.append(t.getLiteral());
        } else if (n instanceof Code c) {
            in.text.append(c.getLiteral());
        } else if (n instanceof SoftLineBreak) {
            in.text.append(' ');
        } else if (n instanceof HardLineBreak) {
            in.text.append('\n');
        } else if (n instanceof HtmlInline html) {
            if (html.getLiteral().toLowerCase(Locale.ROOT).matches("<br\\s*/?>")) {
                in.text.append('\n');
            }
        } else if (n instanceof Image img) {
            Inline alt = inline(img);
            String a = clean(alt.text.toString()).replace('\n', ' ');
            String dest = img.getDestination() == null ? "" : img.getDestination().strip();
            boolean altUseful = !a.isEmpty() && !a.matches("[\\d x|]+");
            if (!dest.isEmpty()) {
                in.seeAlso.add("image " + (altUseful && !a.equals(dest) ? a + " (" + dest + ")" : dest));
            } else if (altUseful) {
                in.seeAlso.add("image " + a);
            }
        } else if (n instanceof Link link) {
            int start = in.text.length();
            children(link, in);
            String label = clean(in.text.substring(start)).replace('\n', ' ');
            String dest = link.getDestination() == null ? "" : link.getDestination().strip();
            if (!dest.isEmpty()) {
                in.seeAlso.add(label.isEmpty() || label.equals(dest) ? dest : label + " (" + dest + ")");
            }
        } else if (n instanceof StrongEmphasis) {
            int start = in.text.length();
            children(n, in);
            in.bold.add(new int[] {start, in.text.length()});
        } else {
            children(n, in);
        }
    }
}
