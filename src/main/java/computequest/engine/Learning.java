package computequest.engine;

import computequest.review.Deck;
import computequest.sim.Cloud;
import java.util.List;

/**
 * What the game remembers about the player's learning: the review deck, and the review being played, if any. Saved
 * with the game; a save from before reviews existed loads with an empty deck.
 *
 * @param deck the cards and the day the session started
 * @param run  the review in progress, or null
 */
public record Learning(Deck deck, Run run) {

    public static final Learning NONE = new Learning(Deck.EMPTY, null);

    public Learning {
        deck = deck == null ? Deck.EMPTY : deck;
    }

    public boolean reviewing() {
        return run != null;
    }

    Learning withDeck(Deck d) {
        return new Learning(d, run);
    }

    Learning withRun(Run r) {
        return new Learning(deck, r);
    }

    /**
     * A review in progress. The player's own cloud waits in {@code home} while a task card runs in a scratch account,
     * and comes back when the review ends; the scene and its hints are never touched.
     *
     * @param queue     the card ids to play, in order
     * @param index     the card being played
     * @param home      the player's cloud
     * @param homeHints how many hints of the scene the player had seen
     * @param held      how many cards of this run held so far
     */
    public record Run(List<String> queue, int index, Cloud home, int homeHints, int held) {
        public Run {
            queue = List.copyOf(queue);
        }

        String card() {
            return queue.get(index);
        }
    }
}
