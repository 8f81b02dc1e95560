package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every operation's help fits an 80-column terminal, as the AWS CLI's does, wrapped at spaces: a playtester's
 * `aws ec2 run-instances help` had 146-column lines that the terminal broke inside words. Only a single word longer
 * than the line (a path, a shorthand example) may run past.
 */
class CliHelpWidthTest {

    @Test
    void everyOperationsHelpFitsEightyColumns() {
        List<String> wide = new ArrayList<>();
        int ops = 0;
        for (String service : CommandTable.services()) {
            for (Operation op : CommandTable.operations(service).values()) {
                ops++;
                for (String line : op.usage().split("\n")) {
                    if (line.length() > CliHelp.WIDTH && line.strip().contains(" ")) {
                        wide.add("aws " + service + " " + op.name() + ": " + line);
                    }
                }
            }
        }
        assertTrue(ops > 50, "operations found: " + ops);
        assertTrue(wide.isEmpty(), String.join("\n", wide));
    }

    @Test
    void aDescriptionKeepsItsWordsAndOrder() {
        StringBuilder b = new StringBuilder();
        String text = "A boot script. On the ECS-optimized AMI, one that writes ECS_CLUSTER=name to /etc/ecs/ecs.config"
                + " joins that cluster: file://ecs-user-data.sh";
        CliHelp.indented(b, text);
        String out = b.toString();
        assertTrue(out.lines().allMatch(l -> l.startsWith("      ") && l.length() <= CliHelp.WIDTH), out);
        assertTrue(String.join(" ", out.strip().split("\\s+")).equals(text), out);
        assertTrue(out.contains("/etc/ecs/ecs.config"), "no word is cut: " + out);
    }
}
