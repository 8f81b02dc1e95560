package computequest.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * A --query whose function meets a value of the wrong type fails as the AWS CLI fails: with Python jmespath's words
 * (found by a developer sorting ECR images by their first tag when one image had none; the game said "could not run
 * that (ArgumentTypeException)"). The expected text is what jmespath 1.0 (the CLI's) prints for the same data.
 */
class QueryTypeErrorTest {

    @Test
    void sortByAKeyThatIsNullForOneElementSaysWhichFunctionAndWhatItGot() {
        var images = JsonParser.parseString("{\"a\": [{\"b\": [\"v2\"], \"n\": 2}, {\"n\": 1}]}");
        CliError e = assertThrows(CliError.class, () -> Output.query(images, "sort_by(a, &b[0])"));
        assertEquals("In function sort_by(), invalid type for value: None, expected one of: ['string'], received:"
                + " \"null\"", e.getMessage());
        assertEquals("[{\"n\":1},{\"b\":[\"v2\"],\"n\":2}]", Output.query(images, "sort_by(a, &n)").toString());
    }

    @Test
    void otherFunctionErrorsKeepTheirMessage() {
        assertEquals("something else", Output.pythonWording("something else"));
        CliError e = assertThrows(CliError.class, () -> Output.query(JsonParser.parseString("{}"), "abs(`\"x\"`)"));
        assertEquals("In function abs(), ", e.getMessage().substring(0, 19), e.getMessage());
    }
}
