package computequest.story.importer;

import java.util.ArrayList;
import java.util.List;

/** What the importer reads out of a note: a title and its sections, in order. Mutable while the note is read. */
final class Note {

    /** Opens and closes a verbatim paragraph (a list or code kept line by line), as in the story format. */
    static final String VERBATIM = "```";

    /** An emphasised definition: {@code ==highlight==} or a bold term followed by "is" or "=". */
    record Definition(String term, String definition) {
    }

    /** A table: header cells and rows of cells (rows padded to the header's width). */
    record Table(List<String> header, List<List<String>> rows) {
    }

    /** One heading and what follows it up to the next heading; the preamble has level 0. */
    static final class Section {
        final String heading;
        final int level;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> seeAlso = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<Definition> definitions = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();

        Section(String heading, int level) {
            this.heading = heading;
            this.level = level;
        }

        boolean isEmpty() {
            return paragraphs.isEmpty() && seeAlso.isEmpty() && definitions.isEmpty() && tables.isEmpty();
        }
    }

    String title;
    final List<Section> sections = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
}
