package computequest.engine;

import computequest.review.Deck;

/** The part of {@code map} that shows retention: per concept, first tries right and reviews that held. */
final class ReviewMap {

    /** Concept names are cut to this many characters so each row fits 80 columns. */
    static final int NAME_WIDTH = 44;

    private ReviewMap() {
    }

    /** Empty when the deck has no cards yet; otherwise a heading and one line per concept, each ending in a newline. */
    static String render(Deck deck) {
        if (deck.cards().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("Concepts (first try right; reviews held):\n");
        for (Deck.ConceptStats c : deck.byConcept()) {
            String name = c.concept().length() > NAME_WIDTH ? c.concept().substring(0, NAME_WIDTH - 1) + "~"
                    : c.concept();
            b.append(String.format("  %-" + NAME_WIDTH + "s %d/%d first try", name, c.firstRight(), c.cards()));
            b.append(c.reviews() == 0 ? ", not reviewed yet" : ", " + c.reviewsHeld() + "/" + c.reviews() + " held");
            b.append('\n');
        }
        int due = deck.due().size();
        if (due > 0) {
            b.append("  ").append(due).append(due == 1 ? " card is" : " cards are").append(" due: type 'review'.\n");
        }
        return b.toString();
    }
}
