package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.hostile.Hostile;
import org.junit.jupiter.api.Test;

/** Issue 14 item 4: control characters are refused in tags and names, as AWS's patterns refuse them. */
class TextRulesTest {

    private static final String LAUNCH = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro";

    @Test
    void aNameTagWithAnEscapeSequenceIsRefusedAndNothingIsKept() {
        Cloud c = Cloud.fresh(1);
        for (String bad : Hostile.all()) {
            String tag = bad.replace("'", "");
            String out = Sim.refused(c, LAUNCH + " --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value="
                    + tag + "}]'");
            assertTrue(out.contains("InvalidParameterValue") && out.contains("control character"), out);
        }
        assertEquals(0, c.instances().size());
    }

    @Test
    void namesOfOtherServicesAreRefusedToo() {
        Cloud c = Cloud.fresh(1);
        String out = Sim.refused(c, "aws ecs create-cluster --cluster-name 'a\u001b]0;X\u0007'");
        assertTrue(out.contains("--cluster-name") && out.contains("ESC (0x1b)"), out);
        Sim.refused(c, "aws lambda create-function --function-name 'f\u009b2J' --runtime python3.12 --handler a.b"
                + " --role arn:aws:iam::123456789012:role/r --zip-file fileb://f.zip");
    }

    @Test
    void plainNamesAndTagsStillWork() {
        Cloud c = Sim.ok(Cloud.fresh(1), LAUNCH + " --tag-specifications"
                + " 'ResourceType=instance,Tags=[{Key=Name,Value=web server: 1/2 @home}]'");
        assertEquals(1, c.instances().size());
        assertTrue(TextRules.namesOrTags("--repository-name") && !TextRules.namesOrTags("--user-data"));
    }
}
