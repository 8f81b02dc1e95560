package computequest.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model files' own JSON reader reads every model file exactly as Gson does, and refuses what it does not read. */
class ModelJsonTest {

    @Test
    void everyModelFileReadsAsGsonReadsIt() throws Exception {
        List<String> files = new ArrayList<>();
        for (String name : listOf("index", Models.modelled())) {
            files.add(name + ".json");
            if (!name.equals("index")) {
                files.add(name + "/waiters.json");
            }
            JsonObject head = JsonParser.parseString(text(name + ".json")).getAsJsonObject();
            for (Map.Entry<String, JsonElement> section : head.getAsJsonObject("parts").entrySet()) {
                for (int i = 0; i < section.getValue().getAsJsonArray().size(); i++) {
                    files.add(name + "/" + section.getKey() + "-" + i + ".json");
                }
            }
        }
        assertTrue(files.size() > 100, files.size() + " files");
        for (String f : files) {
            String text = text(f);
            JsonElement mine = ModelJson.tree(f, text.getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(JsonParser.parseString(text).toString(), mine.toString(), f);
            assertEquals(text.replace("\n", ""), mine.toString(), f + " is compact JSON, one entry a line");
        }
    }

    @Test
    void valuesAndScalarsReadAsGsonGivesThem() {
        assertEquals(JsonParser.parseString("{\"a\":[1,-2,1.5,true,false,null,\"x\",{}],\"b\":{\"c\":[]}}"),
                tree("{\"a\":[1,-2,1.5,true,false,null,\"x\",{}],\n\"b\":{\"c\":[]}}"));
        assertEquals("1.0", cursor("1.0").scalar(), "a number as written");
        assertEquals("true", cursor("true").scalar());
        assertEquals("x y", cursor("\"x y\"").scalar());
        ModelJson c = cursor("[{\"a\":1},[2],null,3]");
        assertTrue(c.open('[', ']'));
        assertNull(c.scalar(), "an object is skipped");
        assertTrue(c.next(']'));
        assertNull(c.scalar(), "an array is skipped");
        assertTrue(c.next(']'));
        assertNull(c.scalar(), "null is skipped");
        assertTrue(c.next(']'));
        assertEquals("3", c.scalar());
        assertEquals(false, c.next(']'));
    }

    @Test
    void whatTheGeneratorNeverWritesIsRefusedWithItsPlace() {
        assertEquals("an escape or line break inside a string at byte 3 of t (run src/tools/genmodels.py)",
                assertThrows(IllegalStateException.class, () -> tree("[\"a\\\"b\"]")).getMessage());
        assertEquals("a string without its closing quote at byte 4 of t (run src/tools/genmodels.py)",
                assertThrows(IllegalStateException.class, () -> tree("[\"ab")).getMessage());
        assertEquals("expected ',' or '}' at byte 7 of t (run src/tools/genmodels.py)",
                assertThrows(IllegalStateException.class, () -> tree("{\"a\":1 \"b\":2}")).getMessage());
        assertEquals("expected a value, found 'nope' at byte 5 of t (run src/tools/genmodels.py)",
                assertThrows(IllegalStateException.class, () -> tree("[nope]")).getMessage());
        assertEquals("unexpected end at byte 5 of t (run src/tools/genmodels.py)",
                assertThrows(IllegalStateException.class, () -> tree("[1,2,")).getMessage());
        assertEquals("expected a value at byte 1 of t (run src/tools/genmodels.py)",
                assertThrows(IllegalStateException.class, () -> tree("[:]")).getMessage());
    }

    private static List<String> listOf(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static JsonElement tree(String json) {
        return ModelJson.tree("t", json.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static ModelJson cursor(String json) {
        return new ModelJson("t", json.getBytes(StandardCharsets.ISO_8859_1), 0);
    }

    private static String text(String file) throws Exception {
        try (InputStream in = ModelJsonTest.class.getResourceAsStream("/computequest/sim/model/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
