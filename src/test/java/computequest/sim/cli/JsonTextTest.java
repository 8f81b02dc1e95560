package computequest.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The answer printer writes JSON without building a Gson: it must print every tree exactly as the Gson it replaced
 * (no HTML escaping, nulls kept, four-space indent) did, for the trees the simulator makes and for random ones.
 */
class JsonTextTest {

    private static final Gson BEFORE = new GsonBuilder().disableHtmlEscaping()
            .setFormattingStyle(FormattingStyle.PRETTY.withIndent("    ")).serializeNulls().create();

    @Test
    void aDescribeAnswerPrintsAsTheCliPrintsIt() {
        JsonObject answer = JsonParser.parseString("{\"Reservations\": []}").getAsJsonObject();
        assertEquals("{\n    \"Reservations\": []\n}", JsonText.pretty(answer));
        JsonObject nested = JsonParser.parseString(
                "{\"A\": {\"B\": [1, 2.5, \"<x & 'y'>\", null, true, {}], \"C\": \"caf\u00e9 \u2603\"}}").getAsJsonObject();
        assertEquals("{\n    \"A\": {\n        \"B\": [\n            1,\n            2.5,\n            \"<x & 'y'>\",\n"
                + "            null,\n            true,\n            {}\n        ],\n        \"C\": \"caf\u00e9 \u2603\"\n    }\n}",
                JsonText.pretty(nested));
    }

    @Test
    void everyTreePrintsAsTheGsonItReplacedPrintedIt() {
        Random r = new Random(16);
        List<JsonElement> trees = new ArrayList<>();
        trees.add(JsonNull.INSTANCE);
        trees.add(new JsonPrimitive("\u0001\n\t\"\\</script>\u2028"));
        trees.add(PyFloat.pythonic(new JsonPrimitive(1767225604.0)));
        trees.add(PyFloat.pythonic(new JsonPrimitive(Double.NaN)));
        trees.add(new JsonPrimitive(new BigDecimal("1e400")));
        trees.add(new JsonPrimitive(new BigInteger("123456789012345678901234567890")));
        trees.add(new JsonArray());
        trees.add(new JsonObject());
        for (int i = 0; i < 500; i++) {
            trees.add(PyFloat.pythonic(tree(r, 0)));
        }
        for (JsonElement t : trees) {
            assertEquals(BEFORE.toJson(t), JsonText.pretty(t), () -> "tree " + t);
        }
    }

    private static JsonElement tree(Random r, int depth) {
        int kind = depth > 3 ? r.nextInt(6) : r.nextInt(8);
        switch (kind) {
            case 0:
                return JsonNull.INSTANCE;
            case 1:
                return new JsonPrimitive(r.nextBoolean());
            case 2:
                return new JsonPrimitive(r.nextInt(2000) - 1000);
            case 3:
                return new JsonPrimitive(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
            case 4:
                return new JsonPrimitive(r.nextLong());
            case 5:
                StringBuilder s = new StringBuilder();
                for (int i = r.nextInt(8); i > 0; i--) {
                    s.append((char) (r.nextBoolean() ? 'a' + r.nextInt(26) : r.nextInt(0x2100)));
                }
                return new JsonPrimitive(s.toString());
            case 6:
                JsonArray a = new JsonArray();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(tree(r, depth + 1));
                }
                return a;
            default:
                JsonObject o = new JsonObject();
                for (int i = r.nextInt(4); i > 0; i--) {
                    o.add("K" + r.nextInt(100) + (r.nextBoolean() ? "<&>" : ""), tree(r, depth + 1));
                }
                return o;
        }
    }
}
