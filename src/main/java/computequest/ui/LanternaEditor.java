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
 * The built-in editor of full-screen play: the file in a multi-line Lanterna text box that fills the screen.
 * Ctrl-S saves and closes, Esc closes without saving; the arrows, Home, End, PgUp and PgDn move as usual.
 */
final class LanternaEditor {

    static final String KEYS = "Ctrl-S save and close   Esc close without saving";

    private LanternaEditor() {
    }

    /** Runs the editor on {@code screen} until the player closes it; the caller draws its own screen again after. */
    static Optional<String> edit(Screen screen, String path, String text) {
        TerminalSize size = screen.getTerminalSize();
        MultiWindowTextGUI gui = new MultiWindowTextGUI(screen, new DefaultWindowManager(),
                new EmptySpace(TextColor.ANSI.DEFAULT));
        BasicWindow window = new BasicWindow();
        window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        TextBox box = new TextBox(new TerminalSize(Math.max(10, size.getColumns()),
                Math.max(3, size.getRows() - 2)), text, TextBox.Style.MULTI_LINE);
        Panel panel = new Panel(new BorderLayout());
        panel.addComponent(new Label(" Editing " + path + " on your laptop   " + KEYS), BorderLayout.Location.TOP);
        panel.addComponent(box, BorderLayout.Location.CENTER);
        window.setComponent(panel);
        String[] saved = {null};
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window w, KeyStroke key, AtomicBoolean deliverEvent) {
                boolean save = key.getKeyType() == KeyType.Character && key.isCtrlDown()
                        && Character.toLowerCase(key.getCharacter()) == 's';
                if (save || key.getKeyType() == KeyType.Escape) {
                    saved[0] = save ? box.getText() : null;
                    deliverEvent.set(false);
                    w.close();
                }
            }
        });
        box.takeFocus();
        gui.addWindowAndWait(window);
        return Optional.ofNullable(saved[0]);
    }
}
