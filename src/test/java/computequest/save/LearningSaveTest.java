package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.engine.GameState;
import computequest.engine.Learning;
import computequest.review.Card;
import computequest.review.Deck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review deck is saved, and a save written before it existed still loads, with an empty deck. */
class LearningSaveTest {

    static final Path FILE = Path.of("test.json");

    @Test
    void theDeckAndAReviewInProgressRoundTrip() throws Exception {
        GameState base = Fixtures.cloudState(4);
        Deck deck = Deck.EMPTY.startSession(20_500).firstTry("q1", Card.Kind.QUESTION, "Hibernation", false)
                .firstTry("t1", Card.Kind.TASK, "Launching", true).reviewed("q1", true);
        Learning l = new Learning(deck, new Learning.Run(List.of("q1", "t1"), 1, base.cloud(), 2, 1));
        GameState s = base.withLearning(l);
        SaveFile back = SaveCodec.decode(SaveCodec.encode(Fixtures.save(s, "t", 5, List.of())), FILE);
        assertEquals(l, back.state().learning());
        assertEquals(base.cloud(), back.state().learning().run().home());
    }

    @Test
    void aSaveFromBeforeReviewsLoadsWithAnEmptyDeck() throws Exception {
        GameState s = Fixtures.cloudState(4).withLearning(new Learning(Deck.EMPTY.startSession(20_500)
                .firstTry("q1", Card.Kind.QUESTION, "Q", true), null));
        JsonObject o = JsonParser.parseString(SaveCodec.encode(Fixtures.save(s, "t", 5, List.of()))).getAsJsonObject();
        assertTrue(o.getAsJsonObject("state").has("learning"), "the deck is written");
        o.getAsJsonObject("state").remove("learning");
        SaveFile old = SaveCodec.decode(o.toString(), FILE, true); // edited by hand: the checksum no longer fits
        assertEquals(Learning.NONE, old.state().learning());
        assertFalse(old.state().learning().reviewing());
        assertEquals(s.withLearning(Learning.NONE), old.state(), "everything else loads as before");
    }

    @Test
    void aSaveWithADeckButNoCardsListLoadsAnEmptyDeck() throws Exception {
        GameState s = Fixtures.cloudState(4);
        JsonObject o = JsonParser.parseString(SaveCodec.encode(Fixtures.save(s, "t", 5, List.of()))).getAsJsonObject();
        o.getAsJsonObject("state").getAsJsonObject("learning").getAsJsonObject("deck").remove("cards");
        assertTrue(SaveCodec.decode(o.toString(), FILE, true).state().learning().deck().cards().isEmpty());
    }
}
