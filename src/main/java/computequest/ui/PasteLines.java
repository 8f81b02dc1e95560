package computequest.ui;

import org.jline.reader.LineReader;

/** Line mode's paste: several lines pasted at once are several commands. */
final class PasteLines {

    private PasteLines() {
    }

    /**
     * A pasted block of several lines runs as several commands, in order, as if typed: most terminals paste between
     * bracketed-paste marks, which JLine puts into the line whole, newlines and all, so pasting {@code hint},
     * {@code status}, {@code bill} ran only {@code hint} after one more Enter (a playtest). The paste's first line is
     * taken now and the rest typed after it, each newline an Enter (a pasted line ending in a backslash still joins
     * the next); the text after the last newline waits on the line for Enter.
     */
    static void install(LineReader reader) {
        org.jline.reader.Widget paste = reader.getWidgets().get(LineReader.BEGIN_PASTE);
        if (paste == null) {
            return;
        }
        reader.getWidgets().put(LineReader.BEGIN_PASTE, () -> {
            boolean done = paste.apply();
            String all = reader.getBuffer().toString();
            int newline = all.indexOf('\n');
            if (newline < 0) {
                return done;
            }
            reader.getBuffer().clear();
            reader.getBuffer().write(all.substring(0, newline));
            reader.runMacro(all.substring(newline + 1).replace('\n', '\r'));
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
    }
}
