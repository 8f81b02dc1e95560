package computequest.story.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Obsidian's own markup in a note, turned into plain Markdown before the note is parsed. */
final class Obsidian {

    private static final Pattern EMBED = Pattern.compile("!\\[\\[([^\\]|#]*)(?:[|#][^\\]]*)?\\]\\]");
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\]|#]*)(?:#[^\\]|]*)?(?:\\|([^\\]]*))?\\]\\]");

    private Obsidian() {
    }

    /** Obsidian embeds become images (kept as "see also" lines); wiki links become their text. Code fences are left. */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder();
        boolean fence = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fence = !fence;
            } else if (!fence) {
                line = EMBED.matcher(line).replaceAll(m -> {
                    String name = m.group(1).strip().replace("<", "").replace(">", "");
                    return Matcher.quoteReplacement(name.isEmpty() ? "" : "![" + escapeAlt(name) + "](<" + name + ">)");
                });
                line = WIKILINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
                        m.group(2) != null && !m.group(2).isBlank() ? m.group(2) : m.group(1)));
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String escapeAlt(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
