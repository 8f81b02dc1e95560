package computequest.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shorthand syntax, with the results awscli/shorthand.py gives for the same input (its docstrings and tests). */
class ShorthandTest {

    private static String parse(String s) {
        return Shorthand.parse(s).toString();
    }

    @Test
    void keysValuesAndCommaSeparatedLists() {
        assertEquals("{\"a\":\"b\"}", parse("a=b"));
        assertEquals("{\"a\":[\"b\",\"c\"]}", parse("a=b,c"));
        assertEquals("{\"Name\":\"instance-type\",\"Values\":[\"t2.micro\",\"t3.micro\"]}",
                parse("Name=instance-type,Values=t2.micro,t3.micro"));
        assertEquals("{\"Values\":[\"a\",\"b\"],\"Name\":\"c\"}", parse("Values=a,b,Name=c"));
        assertEquals("{\"Name\":\"tag:Owner\",\"Values\":\"my-team\"}", parse("Name=tag:Owner,Values=my-team"));
    }

    @Test
    void explicitListsHashesAndQuotes() {
        assertEquals("{\"ResourceType\":\"instance\",\"Tags\":[{\"Key\":\"Name\",\"Value\":\"web\"}]}",
                parse("ResourceType=instance,Tags=[{Key=Name,Value=web}]"));
        assertEquals("{\"DeviceName\":\"/dev/xvda\",\"Ebs\":{\"VolumeSize\":\"8\"}}", parse("DeviceName=/dev/xvda,Ebs={VolumeSize=8}"));
        assertEquals("{\"a\":\"b,c\"}", parse("a='b,c'"));
        assertEquals("{\"a\":\"x=y\"}", parse("a=x=y"));
        assertEquals("{\"a\":\"b,c\"}", parse("a=b\\,c"));
    }

    @Test
    void errorsSayWhatWasExpectedWhere() {
        CliError e = assertThrows(CliError.class, () -> parse("AvailabilityZone"));
        assertTrue(e.getMessage().startsWith("Expected: '=', received: 'EOF' for input:\nAvailabilityZone\n"), e.getMessage());
        e = assertThrows(CliError.class, () -> parse("ResourceType=instance,Tags=[{Key=a,Value=b}"));
        assertTrue(e.getMessage().startsWith("Expected: ',', received: 'EOF'"), e.getMessage());
    }
}
