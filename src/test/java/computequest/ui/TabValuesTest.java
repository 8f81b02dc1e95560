package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import computequest.sim.Vocabulary;
import computequest.sim.ec2.InstanceType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tab after a parameter whose values come from a fixed set (an enum of the service model, or the CLI's --output), and
 * after {@code file://}, in both front ends: line mode as JLine runs it over byte streams, and the full screen on a
 * Lanterna virtual terminal. The values the simulator has come first; a long enum is never listed whole.
 */
class TabValuesTest {

    static final List<String> PRICED = InstanceType.all().stream().map(InstanceType::name).toList();

    static String line(String keys) throws Exception {
        return TabCompletionTest.typed(TabCompletionTest.start(), keys);
    }

    /** Types {@code text} into the full screen at 100x30, presses Tab, and gives the input line and the screen. */
    static String[] fullScreen(String text) throws Exception {
        LanternaScreenTest.Rig r = new LanternaScreenTest.Rig(100, 30, true, false);
        for (char c : text.toCharArray()) {
            r.ui.handle(new KeyStroke(c, false, false));
        }
        r.ui.handle(new KeyStroke(KeyType.Tab));
        r.ui.redraw(false);
        return new String[] {r.ui.model().input(), LanternaScreenTest.text(r.vt)};
    }

    static String commonPrefix(List<String> words) {
        String p = words.get(0);
        for (String w : words) {
            while (!w.startsWith(p)) {
                p = p.substring(0, p.length() - 1);
            }
        }
        return p;
    }

    @Test
    void lineModeCompletesAValueFromItsSet() throws Exception {
        assertEquals("aws ec2 run-instances --instance-type t3.micro ", line("aws ec2 run-instances --instance-type t3.mi\t"));
        assertEquals("aws ec2 describe-instances --output json ", line("aws ec2 describe-instances --output js\t"));
        assertEquals("aws ecs run-task --launch-type FARGATE ", line("aws ecs run-task --launch-type fa\t"));
        assertEquals("aws ec2 run-instances --instance-type=t3.micro ", line("aws ec2 run-instances --instance-type=t3.mi\t"));
        List<String> python = Vocabulary.values().get("function").get("runtime").stream()
                .filter(r -> r.startsWith("python")).toList();
        assertEquals("aws lambda create-function --runtime " + commonPrefix(python),
                line("aws lambda create-function --runtime py\t"), "the runtimes the game runs share this much");
    }

    @Test
    void lineModeListsThePricedInstanceTypesNotTwelveHundred() throws Exception {
        TabLikeBashTest.Typed t = TabLikeBashTest.type("aws ec2 run-instances --instance-type \t\t\r");
        assertEquals("aws ec2 run-instances --instance-type ", t.line());
        String listed = t.shown().substring(t.shown().lastIndexOf("--instance-type"));
        for (String type : PRICED) {
            assertTrue(listed.contains(type), type + " in:\n" + listed);
        }
        assertFalse(listed.contains("c6i.large") || listed.contains("possibilities"), listed);
        // a prefix none of them begins: the real types with it
        assertEquals("aws ec2 run-instances --instance-type c6i.metal ",
                line("aws ec2 run-instances --instance-type c6i.me\t"));
    }

    @Test
    void lineModeCompletesLaptopFilesAfterFileScheme() throws Exception {
        assertEquals("aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json ",
                line("aws ecs register-task-definition --cli-input-json file://farg\t"));
        assertEquals("aws lambda update-function-code --function-name f --zip-file fileb://resize.zip ",
                line("aws lambda update-function-code --function-name f --zip-file fileb://resize.\t"));
    }

    @Test
    void fullScreenCompletesAValueAndListsTheSimulatorsFirst() throws Exception {
        assertEquals("aws ec2 run-instances --instance-type t3.micro ",
                fullScreen("aws ec2 run-instances --instance-type t3.mi")[0]);
        assertEquals("aws ecs run-task --launch-type FARGATE ", fullScreen("aws ecs run-task --launch-type FA")[0]);
        String[] all = fullScreen("aws ec2 run-instances --instance-type ");
        assertEquals("aws ec2 run-instances --instance-type ", all[0]);
        assertTrue(all[1].contains(PRICED.size() + " matches: " + String.join("  ", PRICED).substring(0, 40)), all[1]);
        String[] output = fullScreen("aws ec2 describe-instances --output t");
        assertTrue(output[1].contains("2 matches: text  table"), output[1]);
    }

    @Test
    void fullScreenCompletesLaptopFiles() throws Exception {
        assertEquals("aws ecs register-task-definition --cli-input-json file://fargate-taskdef.json ",
                fullScreen("aws ecs register-task-definition --cli-input-json file://farg")[0]);
        String[] trust = fullScreen("aws iam create-role --assume-role-policy-document file://trust-e");
        assertTrue(trust[1].contains("matches: file://trust-ec2.json  file://trust-ecs-tasks.json"), trust[1]);
    }
}
