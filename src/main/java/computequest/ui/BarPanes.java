package computequest.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;
import computequest.engine.View;
import computequest.ui.LanternaDraw.Options;
import computequest.ui.LanternaText.Tone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one-line panes: the status bar at the top, the key hints at the bottom, and the input line. */
final class BarPanes {

    private BarPanes() {
    }

    /** Chapter, scene and the end on the left; badges, score and simulated time on the right. */
    static void statusBar(TextGraphics g, View v, Options o) {
        LanternaDraw.putBar(g, 0, 0, statusLine(v, g.getSize().getColumns(), o.ascii()), o);
    }

    /**
     * The status bar's text at a width. The scene's title has priority: when it does not fit, the game's name goes
     * first, then the badge count, then the chapter's name (its number stays); only then is the title cut.
     */
    static String statusLine(View v, int w, boolean ascii) {
        String sep = ascii ? " | " : " · ";
        if (v == null) {
            return LanternaText.fit(" Compute Quest", w, ascii);
        }
        String title = v.sceneTitle() + (v.ended() ? sep + "The end" : "");
        String time = "Score " + v.score() + sep + "Time " + v.clock() + " ";
        String all = (v.badges().isEmpty() ? "" : "Badges " + v.badges().size() + sep) + time;
        String chapter = v.chapter().isEmpty() ? "" : "Ch " + v.chapter() + sep;
        String number = v.chapter().isEmpty() ? "" : "Ch " + v.chapter().split(" ")[0] + sep;
        String[][] tries = {{" Compute Quest" + sep + chapter, all}, {" " + chapter, all}, {" " + chapter, time},
            {" " + number, time}};
        String[] pick = tries[tries.length - 1];
        for (String[] t : tries) {
            if (t[0].length() + title.length() + 1 + t[1].length() <= w) {
                pick = t;
                break;
            }
        }
        String left = LanternaText.fit(pick[0] + title, Math.max(0, w - pick[1].length() - 1), ascii);
        String bar = left + " ".repeat(Math.max(0, w - left.length() - pick[1].length())) + pick[1];
        return LanternaText.fit(bar, w, ascii);
    }

    /** The keys that work now, by importance, as many as fit; or a note in their place. */
    static void keyHints(TextGraphics g, LanternaLayout.Model m, Options o) {
        int w = g.getSize().getColumns();
        if (m.note() != null) {
            LanternaDraw.put(g, 1, 0, LanternaText.fit(m.note(), w - 2, o.ascii()), Tone.HINT, o);
            return;
        }
        boolean choosing = m.view() != null && !m.view().choices().isEmpty() && m.input().isEmpty();
        String arrows = o.ascii() ? "Up/Dn" : "↑↓";
        // by importance: F1 and F2 before scrolling and history, so an 80-column bar keeps them
        List<String> keys = choosing
                ? List.of(arrows + " pick", "Enter choose", "F1 help", "F2 hint", "^C quit", "Tab complete",
                        "PgUp/Dn scroll", "^P history", "End newest", "F3/F4 cloud")
                : List.of(arrows + " history", "Tab complete", "F1 help", "F2 hint", "^C quit", "PgUp/Dn scroll",
                        "End newest", "F3/F4 cloud");
        List<String> shown = new ArrayList<>();
        int len = 0;
        for (String k : keys) {
            if (len + k.length() + (shown.isEmpty() ? 0 : 2) <= w - 2) {
                len += k.length() + (shown.isEmpty() ? 0 : 2);
                shown.add(k);
            }
        }
        List<String> order = List.of(arrows + " pick", "Enter choose", arrows + " history", "Tab complete",
                "PgUp/Dn scroll", "End newest", "F3/F4 cloud", "^P history", "F1 help", "F2 hint", "^C quit");
        shown.sort(Comparator.comparingInt(order::indexOf));
        LanternaDraw.put(g, 1, 0, LanternaText.fit(String.join("  ", shown), w - 2, o.ascii()), Tone.DIM, o);
    }

    /** The prompt and what is typed, scrolled to keep the cursor in view; a placeholder when nothing is typed. */
    static TerminalPosition inputLine(TextGraphics g, LanternaLayout.Model m, Options o) {
        int width = g.getSize().getColumns();
        int room = Math.max(1, width - 2);
        int offset = Math.max(0, m.cursor() - room + 1);
        // the rest of a line that ended in \ has a prompt of its own, as a shell's second prompt
        LanternaDraw.put(g, 0, 0, m.continuing() ? (o.ascii() ? ". " : "… ") : "> ", Tone.TYPED, o);
        if (m.input().isEmpty()) {
            String placeholder;
            if (m.continuing()) {
                placeholder = "the rest of the command (the line above ended in \\)";
            } else if (m.selected() >= 0 && m.view() != null && m.selected() < m.view().choices().size()) {
                placeholder = "Enter picks choice " + (m.selected() + 1);
            } else if (m.view() != null && m.view().choices().size() == 1) {
                placeholder = "Enter picks choice 1, or type a command";
            } else if (m.view() != null && !m.view().choices().isEmpty()) {
                placeholder = "type a number, a command, or 'help'";
            } else {
                placeholder = "type a command, or 'help' or 'hint'";
            }
            LanternaDraw.put(g, 2, 0, LanternaText.fit(placeholder, room - 1, o.ascii()), Tone.DIM, o);
        } else {
            String shown = m.input().substring(Math.min(offset, m.input().length()));
            String visible = shown.substring(0, Math.min(shown.length(), room));
            if (offset > 0 && !visible.isEmpty()) {
                visible = (o.ascii() ? "<" : "…") + visible.substring(1); // more to the left
            }
            LanternaDraw.put(g, 2, 0, visible, Tone.TYPED, o);
        }
        return new TerminalPosition(2 + m.cursor() - offset, 0);
    }
}
