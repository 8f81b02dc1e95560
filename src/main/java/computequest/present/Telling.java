package computequest.present;

import computequest.engine.Event;
import computequest.present.Said.Style;
import java.util.ArrayList;
import java.util.List;

/** The words for each event, the same for every renderer. */
public final class Telling {

    private Telling() {
    }

    /** What to show for one event, in order. */
    public static List<Said> of(Event e) {
        if (e instanceof Event.SceneHeading h) {
            return one(Style.HEADING, h.chapter().isEmpty() ? h.title() : "Chapter " + h.chapter() + " - " + h.title());
        } else if (e instanceof Event.Narration n) {
            return one(Style.PROSE, n.text());
        } else if (e instanceof Event.Choices c) {
            List<Said> out = new ArrayList<>();
            if (c.revealed()) {
                out.add(new Said(Style.INFO, "You can answer now:"));
            }
            for (int i = 0; i < c.texts().size(); i++) {
                out.add(new Said(Style.CHOICE, ChoiceLines.line(i, c.texts().get(i))));
            }
            return out;
        } else if (e instanceof Event.Feedback f) {
            return one(switch (f.tone()) {
                case OK -> Style.OK;
                case WRONG -> Style.WRONG;
                case HINT -> Style.HINT;
                case INFO -> Style.INFO;
            }, f.text());
        } else if (e instanceof Event.Output o) {
            return one(o.ok() ? Style.PREFORMATTED : Style.WRONG, o.text());
        } else if (e instanceof Event.CloudChange c) {
            return one(Style.CHANGE, c.text());
        } else if (e instanceof Event.ScoreChange s) {
            return one(Style.SCORE, (s.delta() > 0 ? "+" : "") + s.delta() + (Math.abs(s.delta()) == 1 ? " point" : " points") + " (score "
                    + s.total() + ")");
        } else if (e instanceof Event.BadgeEarned b) {
            return one(Style.SCORE, "Badge earned: " + b.name());
        } else if (e instanceof Event.Ending end) {
            return one(Style.ENDING, "The end. Final score: " + end.score()
                    + (end.badges().isEmpty() ? "" : ". Badges: " + String.join(", ", end.badges())) + ".");
        } else if (e instanceof Event.Help h) {
            // one command's page is a paragraph, wrapped as prose; the list keeps its columns
            String help = HelpText.of(h.choices(), h.topic());
            return one(help.contains("\n") ? Style.PREFORMATTED : Style.INFO, help);
        } else if (e instanceof Event.Status s) {
            return one(Style.PREFORMATTED, StatusText.of(s));
        } else if (e instanceof Event.BillReport bill) {
            return one(Style.PREFORMATTED, BillText.of(bill.bill()));
        } else if (e instanceof Event.Report r) {
            return one(Style.PREFORMATTED, r.text());
        } else if (e instanceof Event.Farewell f) {
            return one(Style.PREFORMATTED, f.text());
        }
        throw new IllegalArgumentException("no words for the event " + e);
    }

    /** Every event's words, in order. */
    public static List<Said> all(List<Event> events) {
        List<Said> out = new ArrayList<>();
        events.forEach(e -> out.addAll(of(e)));
        return out;
    }

    /** The plain text of events, one said thing a line, labels included: for tests and logs. */
    public static String plain(List<Event> events) {
        StringBuilder b = new StringBuilder();
        all(events).forEach(s -> b.append(s.label()).append(s.text()).append('\n'));
        return b.toString();
    }

    private static List<Said> one(Style style, String text) {
        return List.of(new Said(style, text));
    }
}
