package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one "did you mean": for players' typos (sorted, so ties are stable) and for the checker (with a budget). */
class SuggestTest {

    static final List<String> WORDS = List.of("status", "stop-instances", "start-instances", "help", "hint");

    @Test
    void aSwapOfTwoLettersIsOneEditForPlayersAndAuthors() {
        assertEquals(1, Suggest.distance("stauts", "status"));
        assertEquals(Optional.of("status"), Suggest.closest("stauts", WORDS, 1));
        assertEquals(Optional.of("status"), new Suggest().nearest("stauts", WORDS));
        assertEquals(" Did you mean start-instances?", Suggest.didYouMean("strat-instances", WORDS));
    }

    @Test
    void tiesGoToTheFirstAlphabeticallyWhateverTheOrder() {
        assertEquals(Optional.of("hint"), Suggest.closest("hent", List.of("hunt", "hint"), 1));
        assertEquals(Optional.of("hint"), Suggest.closest("hent", List.of("hint", "hunt"), 1));
    }

    @Test
    void nothingCloseIsNothingAndAPrefixStandsInForPlayers() {
        assertEquals(Optional.empty(), Suggest.closest("zzz", WORDS));
        assertEquals(Optional.of("start-instances"), Suggest.closest("start", WORDS));
        assertEquals(Optional.empty(), new Suggest(0).nearest("stauts", WORDS), "a spent budget suggests nothing");
    }
}
