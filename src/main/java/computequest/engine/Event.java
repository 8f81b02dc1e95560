package computequest.engine;

import computequest.sim.LineItem;
import computequest.sim.Resource;
import java.util.List;

/**
 * Something that happened in one turn, for a renderer to show. Each kind carries its facts, not its wording: the
 * {@code computequest.present} package turns them into text, the same for every renderer. Feedback has a
 * {@link Tone}, which renderers mark with a text label as well as colour, so meaning never rests on colour alone.
 */
public sealed interface Event {

    /** How a piece of feedback reads. */
    enum Tone {
        /** An action was right; the text says why. */
        OK,
        /** An action was wrong or refused; the text says why. */
        WRONG,
        /** Neutral information from the game. */
        INFO,
        /** A hint the player asked for. */
        HINT
    }

    /** A scene's heading: its chapter (may be empty) and title. */
    record SceneHeading(String chapter, String title) implements Event {
    }

    /** Story prose. */
    record Narration(String text) implements Event {
    }

    /**
     * The choices on offer, in order (number = index + 1).
     *
     * @param revealed whether they appeared because the cloud changed, rather than on entering the scene
     */
    record Choices(List<String> texts, boolean revealed) implements Event {
        public Choices {
            texts = List.copyOf(texts);
        }
    }

    /** What the game says about an action. */
    record Feedback(Tone tone, String text) implements Event {
        public Feedback {
            if (tone == null || text == null) {
                throw new IllegalArgumentException("feedback needs a tone and a text, got " + tone + "/" + text);
            }
        }
    }

    /** What a cloud command printed (JSON, a table, text), and whether AWS accepted the command. */
    record Output(String text, boolean ok) implements Event {
    }

    /** A change in the simulated cloud, with its cost, as the simulator words it. */
    record CloudChange(String text) implements Event {
    }

    /** Points won or lost, and the score after. */
    record ScoreChange(int delta, int total) implements Event {
    }

    /** A badge earned. */
    record BadgeEarned(String name) implements Event {
    }

    /** The story reached an ending. */
    record Ending(int score, List<String> badges) implements Event {
        public Ending {
            badges = List.copyOf(badges);
        }
    }

    /**
     * The player asked for the command list ({@code topic} empty) or for one command's help ({@code help edit});
     * {@code choices} is how many choices are on offer.
     */
    record Help(int choices, String topic) implements Event {
        public Help {
            topic = topic == null ? "" : topic;
        }

        public Help(int choices) {
            this(choices, "");
        }
    }

    /** The player asked for the cloud's status: its resources, bill, clock, score and badges at that moment. */
    record Status(long clockSeconds, int score, List<Resource> resources, List<LineItem> bill, double billTotal,
                  List<String> badges) implements Event {
        public Status {
            resources = List.copyOf(resources);
            bill = List.copyOf(bill);
            badges = List.copyOf(badges);
        }

        /** The status of a game now. */
        static Status of(GameState s) {
            return new Status(s.cloud().clock(), s.score(), computequest.sim.CloudSim.resources(s.cloud()),
                    s.cloud().ledger().lines(), s.cloud().ledger().total(), s.badges());
        }
    }

    /** The player asked for the bill: every charge, by service and by resource, with what runs now per hour. */
    record BillReport(Bill bill) implements Event {
    }

    /** Text that is already laid out in lines (the progress map, the glossary, the saves table): shown as it is. */
    record Report(String text) implements Event {
    }

    /** The game is over for this session: the last words. */
    record Farewell(String text) implements Event {
    }

    static Feedback ok(String text) {
        return new Feedback(Tone.OK, text);
    }

    static Feedback wrong(String text) {
        return new Feedback(Tone.WRONG, text);
    }

    static Feedback info(String text) {
        return new Feedback(Tone.INFO, text);
    }
}
