package computequest.laptop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected messages were printed by python3's json.loads (3.11), which the AWS CLI uses. */
class PyJsonTest {

    private static String err(String text) {
        return PyJson.error(text).orElse("valid");
    }

    @Test
    void reportsTheSameMessagesAndPositionsAsPython() {
        assertEquals("Invalid control character at: line 1 column 9 (char 8)", err("{\"a\": \"x\ty\"}"));
        assertEquals("Unterminated string starting at: line 1 column 7 (char 6)", err("{\"a\": \"x"));
        assertEquals("Invalid \\escape: line 1 column 8 (char 7)", err("{\"a\": \"\\q\"}"));
        assertEquals("Invalid \\uXXXX escape: line 1 column 9 (char 8)", err("{\"a\": \"\\u12\"}"));
        assertEquals("Expecting value: line 1 column 1 (char 0)", err(""));
        assertEquals("Expecting value: line 1 column 3 (char 2)", err("  "));
        assertEquals("Expecting ':' delimiter: line 1 column 6 (char 5)", err("{\"a\" 1}"));
        assertEquals("Expecting value: line 1 column 4 (char 3)", err("[1,]"));
        assertEquals("Extra data: line 1 column 9 (char 8)", err("{\"a\":1} x"));
        assertEquals("Expecting value: line 2 column 7 (char 8)", err("{\n \"a\": tru\n}"));
        assertEquals("Expecting ',' delimiter: line 1 column 4 (char 3)", err("[1 2]"));
        assertEquals("Expecting property name enclosed in double quotes: line 1 column 2 (char 1)", err("{,}"));
        assertEquals("Expecting value: line 1 column 1 (char 0)", err("-"));
        assertEquals("Unterminated string starting at: line 1 column 1 (char 0)", err("\"abc"));
        assertEquals("Expecting property name enclosed in double quotes: line 1 column 18 (char 17)",
                err("{\"family\": \"web\",}"));
        assertEquals("Expecting ',' delimiter: line 1 column 18 (char 17)", err("{\"family\": \"web\" \"x\": 1}"));
    }

    @Test
    void acceptsWhatPythonAccepts() {
        assertTrue(PyJson.valid("{\"a\": [1, -2.5e3, true, false, null, \"\\u00e9\\n\"], \"b\": {}}\n"));
        assertTrue(PyJson.valid(" [ ] "));
        assertTrue(PyJson.valid("NaN"));
    }

    @Test
    void everyCourseJsonFileIsValidExceptThePlantedMistake() {
        Laptop l = Laptop.fresh();
        for (String f : l.files().keySet()) {
            if (f.endsWith(".json") && !f.equals("taskdef.json")) {
                assertTrue(PyJson.valid(l.files().get(f)), f);
            }
        }
        assertEquals("Expecting value: line 14 column 7 (char 370)", err(l.files().get("taskdef.json")));
    }
}
