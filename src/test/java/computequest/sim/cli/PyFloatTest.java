package computequest.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

/** Floats print as the AWS CLI (Python) prints them; expected strings are Python 3's repr of the same values. */
class PyFloatTest {

    @Test
    void floatsReadAsPythonWritesThem() {
        double[] values = {1767225604.0, 1.5, 0.0001, 0.00001, 1e16, 123456789.123, 0.1, -2.5e-7, 0.0, 1569447986.061};
        String[] python = {"1767225604.0", "1.5", "0.0001", "1e-05", "1e+16", "123456789.123", "0.1", "-2.5e-07", "0.0",
            "1569447986.061"};
        for (int i = 0; i < values.length; i++) {
            assertEquals(python[i], PyFloat.repr(values[i]), "repr of " + values[i]);
        }
    }

    @Test
    void anEpochTimestampPrintsWithItsDecimalPointInJsonAndText() {
        JsonObject repo = new JsonObject();
        repo.addProperty("repositoryName", "web");
        repo.addProperty("createdAt", 1767225604.0);
        repo.addProperty("count", 3);
        JsonObject answer = new JsonObject();
        answer.add("repository", repo);
        assertEquals("{\n    \"repository\": {\n        \"repositoryName\": \"web\",\n        \"createdAt\": 1767225604.0,\n"
                + "        \"count\": 3\n    }\n}", Output.render(answer, "json", null, "CreateRepository"));
        assertEquals("1767225604.0", Output.render(answer, "text", "repository.createdAt", "CreateRepository"));
    }
}
