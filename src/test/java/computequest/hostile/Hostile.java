package computequest.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed corpus of hostile text the hardening tests feed to every place text enters: terminal escape sequences
 * that retitle, clear, recolour, query or reset a terminal, C1 controls, carriage returns that overwrite a line, and
 * every single control character on its own.
 */
public final class Hostile {

    private Hostile() {
    }

    /** Escape sequences and tricks, each a way a terminal was taken over. */
    public static final List<String> SEQUENCES = List.of(
            "\u001b]0;X\u0007",                 // OSC 0: set the window title, ended by BEL
            "\u001b]2;owned\u001b\\",           // OSC 2 ended by ST
            "\u001b]52;c;aGVsbG8=\u0007",       // OSC 52: write the clipboard
            "\u001b[2J\u001b[H",                // clear the screen, cursor home
            "\u001b[31mred\u001b[0m",           // SGR colour
            "\u001b[6n",                        // ask the terminal to report the cursor (it types an answer)
            "\u001bc",                          // full reset
            "\u001bP+q544e\u001b\\",            // DCS request
            "\u009b31m",                        // C1 CSI
            "\u009d0;X\u009c",                  // C1 OSC ... ST
            "safe\rEVIL",                       // carriage return overwrites what was shown
            "back\b\b\b\bspace",                // backspaces
            "nul\u0000byte",
            "del\u007f",
            "next\u0085line",                   // C1 NEL
            "\u001b[?1049h\u001b[?25l",         // alternate screen, hide cursor
            "\u001b[1;1H\u001b[K",              // move and erase
            "\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\");

    /** Every control character (C0 but newline and tab, DEL, C1), once each, between letters. */
    public static List<String> singles() {
        List<String> out = new ArrayList<>();
        for (char c = 0; c <= 0x9f; c++) {
            if ((c < 0x20 && c != '\n' && c != '\t') || c >= 0x7f) {
                out.add("a" + c + "b");
            }
        }
        return out;
    }

    /** The sequences and the singles. */
    public static List<String> all() {
        List<String> out = new ArrayList<>(SEQUENCES);
        out.addAll(singles());
        return out;
    }

    /** The first control character in the text (newline and tab allowed), or -1. */
    public static int firstRaw(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                return i;
            }
        }
        return -1;
    }
}
