package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scene id used twice is one error among the others: every other problem of the file is still reported. */
class DuplicateIdTest {

    @Test
    void aDuplicateIdHidesNoOtherErrorOfItsFile() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("t.story", """
                @start one
                :: one
                @hint h
                * Go -> two

                :: two
                @hint h
                Nothing leads out of here.

                :: two
                @hint h
                @goal instanse state=running -> one
                * Lost -> nowhere
                """);
        List<String> errors = StoryValidator.check(StoryParser.parse(files), StoryValidatorTest.VOCAB).stream()
                .filter(Diagnostic::isError).map(d -> d.position() + ": " + d.message()).toList();
        assertEquals(List.of(
                "t.story:6:1: the scene 'two' is a dead end: nothing leads out of it and it is not an @ending",
                "t.story:10:1: the scene id 'two' is used twice: at t.story:6:1 and at t.story:10:1;"
                        + " the game keeps the first",
                "t.story:12:7: the simulated cloud has no resource kind 'instanse'",
                "t.story:13:11: no scene is called 'nowhere'"), errors);
    }
}
