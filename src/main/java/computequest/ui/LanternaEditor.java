package computequest.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The built-in editor of full-screen play: the file in a multi-line Lanterna text box that fills the screen, with a
 * key bar at the bottom. Saving takes Ctrl-S, nano's Ctrl-O or F2, so a terminal that swallows Ctrl-S for flow
 * control still leaves a way to save. Esc, or nano's Ctrl-X, closes; when the text was changed it first asks whether
 * to save, so a vi habit (Esc) never throws work away. The arrows, Home, End, PgUp and PgDn move as usual.
 */
final class LanternaEditor {

    static final String KEYS = "Ctrl-S or F2: save and close   Esc or Ctrl-C: close (asks first if changed)";
    static final String KEYS_NARROW = "^S/F2 save+close  Esc close";
    static final String ASK = "Save changes? y: save and close   n: discard   Esc: keep editing";
    static final String ASK_NARROW = "Save? y yes  n discard  Esc back";

    private LanternaEditor() {
    }

    /** Runs the editor on {@code screen} until the player closes it; the caller draws its own screen again after. */
    static Optional<String> edit(Screen screen, String path, String text) {
        TerminalSize size = screen.getTerminalSize();
        int width = Math.max(10, size.getColumns());
        MultiWindowTextGUI gui = new MultiWindowTextGUI(screen, new DefaultWindowManager(),
                new EmptySpace(TextColor.ANSI.DEFAULT));
        BasicWindow window = new BasicWindow();
        window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        TextBox box = new TextBox(new TerminalSize(width, Math.max(3, size.getRows() - 2)), text,
                TextBox.Style.MULTI_LINE);
        Panel panel = new Panel(new BorderLayout());
        panel.addComponent(new Label(fit(" Editing " + path + " on your laptop", width)), BorderLayout.Location.TOP);
        panel.addComponent(box, BorderLayout.Location.CENTER);
        Label bar = new Label(keys(width, false));
        panel.addComponent(bar, BorderLayout.Location.BOTTOM);
        window.setComponent(panel);
        String[] saved = {null};
        boolean[] asking = {false};
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window w, KeyStroke key, AtomicBoolean deliverEvent) {
                Key k = Key.of(key);
                if (asking[0]) {
                    deliverEvent.set(false);
                    if (k == Key.YES || k == Key.SAVE) {
                        saved[0] = box.getText();
                        w.close();
                    } else if (k == Key.NO) {
                        w.close();
                    } else if (k == Key.CLOSE) {
                        asking[0] = false;
                        bar.setText(keys(width, false));
                    }
                    return;
                }
                if (k == Key.LINE_START || k == Key.LINE_END) { // nano's Ctrl-A and Ctrl-E
                    deliverEvent.set(false);
                    box.handleKeyStroke(new KeyStroke(k == Key.LINE_START ? KeyType.Home : KeyType.End));
                } else if (k == Key.IGNORED) {
                    deliverEvent.set(false);
                } else if (k == Key.SAVE) {
                    deliverEvent.set(false);
                    saved[0] = box.getText();
                    w.close();
                } else if (k == Key.CLOSE) {
                    deliverEvent.set(false);
                    if (box.getText().equals(text)) {
                        w.close();
                    } else {
                        asking[0] = true;
                        bar.setText(keys(width, true));
                    }
                }
            }
        });
        box.takeFocus();
        gui.addWindowAndWait(window);
        return Optional.ofNullable(saved[0]);
    }

    /** The key bar: the full wording where it fits, else the short one, cut to the width as a last resort. */
    static String keys(int width, boolean asking) {
        String full = " " + (asking ? ASK : KEYS);
        return full.length() <= width ? full : fit(" " + (asking ? ASK_NARROW : KEYS_NARROW), width);
    }

    private static String fit(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(1, width - 1)) + "…";
    }

    /**
     * What a key stroke means to the editor; {@link #TEXT} goes to the text box. A control key is never text (the text
     * box typed Ctrl-W as a 'w', a playtest): Ctrl-C and Ctrl-X close as Esc does (asking first when changed), Ctrl-A
     * and Ctrl-E go to the line's start and end as in nano, and the rest are ignored.
     */
    private enum Key {
        SAVE, CLOSE, YES, NO, LINE_START, LINE_END, IGNORED, TEXT;

        static Key of(KeyStroke key) {
            KeyType type = key.getKeyType();
            if (type == KeyType.F2) {
                return SAVE;
            }
            if (type == KeyType.Escape) {
                return CLOSE;
            }
            if (type != KeyType.Character) {
                return TEXT;
            }
            char c = Character.toLowerCase(key.getCharacter());
            if (key.isCtrlDown()) {
                return switch (c) {
                    case 's', 'o' -> SAVE;
                    case 'x', 'c' -> CLOSE;
                    case 'a' -> LINE_START;
                    case 'e' -> LINE_END;
                    default -> IGNORED;
                };
            }
            if (key.isAltDown() || Character.isISOControl(key.getCharacter())) {
                return IGNORED;
            }
            return c == 'y' ? YES : c == 'n' ? NO : TEXT;
        }
    }
}
