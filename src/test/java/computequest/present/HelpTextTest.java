package computequest.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.story.StoryParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code help COMMAND} answers about that command, not with the whole list. */
class HelpTextTest {

    static String help(String line) {
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", "@story t T\n@start a\n:: a\n@title A\n@ending\nDone.\n"));
        Engine e = new Engine(p.story());
        Event ev = e.step(e.start(1).state(), line).events().get(0);
        return Telling.of(ev).get(0).text();
    }

    @Test
    void aLaptopCommandGetsItsOwnPage() {
        String edit = help("help edit");
        assertTrue(edit.contains("Ctrl-S"), edit);
        assertFalse(edit.contains("Commands you can type"), edit);
        assertEquals(edit, help("help nano"), "nano is the same editor");
        assertTrue(help("help chmod").contains("chmod 400 bakery.pem"), help("help chmod"));
        assertTrue(help("help aws").contains("aws ec2 run-instances help"));
    }

    @Test
    void aGameCommandGetsItsLinesOfTheList() {
        String chapters = help("help chapters");
        assertTrue(chapters.startsWith("chapters"), chapters);
        assertTrue(chapters.contains("'finale' the last"), "with the lines that continue it: " + chapters);
        assertFalse(chapters.contains("review "), chapters);
        assertEquals("wait [TIME]      let simulated time pass (30s by default; e.g. wait 90, wait 10m)", help("help wait"));
    }

    @Test
    void anUnknownWordSaysSoThenListsEverything() {
        String s = help("help frobnicate");
        assertTrue(s.startsWith("No help page for 'frobnicate'. Commands you can type"), s);
        assertTrue(help("help").startsWith("Commands you can type"));
    }
}
