package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import computequest.engine.GameState;
import computequest.laptop.Laptop;
import computequest.laptop.Shell;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The laptop's files, variables and history travel in the save; a save from before the laptop still loads. */
class LaptopSaveTest {

    private static final Path FILE = Path.of("saves", "slot.json");

    @Test
    void filesVariablesAndHistoryRoundTrip() throws Exception {
        GameState s = Fixtures.cloudState(1);
        var ran = Shell.run(s.laptop(), s.cloud(), "ID=i-0abc && echo \"$ID\" > id.txt && mkdir notes");
        Laptop l = Shell.edited(ran.laptop(), "taskdef.json", "{\"family\": \"edited\"}\n");
        GameState edited = s.withLaptop(l);
        GameState back = SaveCodec.decode(SaveCodec.encode(Fixtures.save(edited, "t", 5, List.of())), FILE).state();
        assertEquals(edited, back);
        assertEquals("i-0abc", back.laptop().vars().get("ID"));
        assertEquals("i-0abc\n", back.laptop().read("id.txt").orElseThrow());
        assertEquals("{\"family\": \"edited\"}\n", back.laptop().read("taskdef.json").orElseThrow());
        assertEquals(List.of("ID=i-0abc && echo \"$ID\" > id.txt && mkdir notes"), back.laptop().history());
    }

    @Test
    void aSaveWrittenBeforeTheLaptopLoadsWithTheCoursesFiles() throws Exception {
        GameState s = Fixtures.cloudState(2);
        JsonObject o = JsonParser.parseString(SaveCodec.encode(Fixtures.save(s, "t", 5, List.of()))).getAsJsonObject();
        // As the game wrote it before the laptop: save format 2, no checksum line, no laptop in the state.
        o.getAsJsonObject("state").remove("laptop");
        o.remove("checksum");
        o.addProperty("formatVersion", 2);
        assertFalse(o.toString().contains("\"laptop\""));
        GameState back = SaveCodec.decode(o.toString(), FILE).state();
        assertEquals(Laptop.fresh(), back.laptop());
        assertEquals(s.cloud(), back.cloud());
        assertEquals(s.score(), back.score());
    }
}
