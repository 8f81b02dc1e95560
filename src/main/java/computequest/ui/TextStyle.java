package computequest.ui;

import computequest.engine.Event;

/**
 * How each kind of event reads as plain text: its label, so that meaning never depends on colour alone.
 */
final class TextStyle {

    private TextStyle() {
    }

    /** The words before an event's text, or empty. */
    static String label(Event.Kind kind) {
        return switch (kind) {
            case OK -> "[ok] ";
            case WRONG -> "[not quite] ";
            case CHANGE -> "[cloud] ";
            case HINT -> "[hint] ";
            case SCORE -> "[score] ";
            case ENDING -> "[the end] ";
            default -> "";
        };
    }
}
