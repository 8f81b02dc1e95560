package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

/**
 * RegisterTaskDefinition answers a ClientException that names one problem per call, in ECS's words, not a list of
 * every problem. The broken Fargate file has three; fixing them one by one meets each refusal in turn.
 */
class TaskDefinitionRefusalsTest {

    static final String PREFIX = "An error occurred (ClientException) when calling the RegisterTaskDefinition operation: ";

    /** The sample broken-taskdef.json, with its problems fixed as the flags say. */
    static String fargate(boolean awsvpc, boolean size, boolean image) {
        return "aws ecs register-task-definition --cli-input-json '{\"family\": \"web\", \"requiresCompatibilities\":"
                + " [\"FARGATE\"], \"networkMode\": \"" + (awsvpc ? "awsvpc" : "bridge") + "\", \"cpu\": \"256\","
                + " \"memory\": \"" + (size ? "512" : "4096") + "\", \"containerDefinitions\": [{\"name\": \"web\","
                + (image ? " \"image\": \"nginx:latest\"," : "") + " \"essential\": true}]}'";
    }

    static String refusal(Cloud c, String cmd) {
        String out = Sim.refused(c, cmd).strip().replaceAll("\\s*\\n\\s*", " ");
        assertTrue(out.startsWith(PREFIX), out);
        return out.substring(PREFIX.length());
    }

    @Test
    void theBrokenFileIsRefusedForOneProblemAtATime() {
        Cloud c = Cloud.fresh(1);
        assertEquals("Fargate only supports network mode 'awsvpc'.",
                refusal(c, "aws ecs register-task-definition --cli-input-json file://broken-taskdef.json"));
        assertEquals("Fargate only supports network mode 'awsvpc'.", refusal(c, fargate(false, false, false)));
        assertEquals("No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS"
                + " documentation for the valid values.", refusal(c, fargate(true, false, false)));
        assertEquals("Container.image should not be null or empty.", refusal(c, fargate(true, true, false)));
        Sim.ok(c, fargate(true, true, true));
    }

    @Test
    void otherChecksSpeakAsEcsDoes() {
        Cloud c = Cloud.fresh(1);
        String base = "aws ecs register-task-definition --cli-input-json '{\"family\": \"f\", \"requiresCompatibilities\":"
                + " [\"FARGATE\"], \"networkMode\": \"awsvpc\"";
        String web = "\"containerDefinitions\": [{\"name\": \"web\", \"image\": \"nginx\"";
        assertEquals("Fargate requires that 'cpu' be defined at the task level.",
                refusal(c, base + ", \"memory\": \"512\", " + web + "}]}'"));
        assertEquals("Fargate requires that 'memory' be defined at the task level.",
                refusal(c, base + ", \"cpu\": \"256\", " + web + "}]}'"));
        assertEquals("Invalid 'cpu' setting for task.", refusal(c, base + ", \"cpu\": \"300\", \"memory\": \"512\", "
                + web + "}]}'"));
        assertEquals("Container list cannot be empty.", refusal(c, base + ", \"cpu\": \"256\", \"memory\": \"512\","
                + " \"containerDefinitions\": []}'"));
        assertEquals("The 'memory' setting for container 'web' is greater than for the task.", refusal(c, base
                + ", \"cpu\": \"256\", \"memory\": \"512\", " + web + ", \"memory\": 1024}]}'"));
        assertEquals("When networkMode=awsvpc, the host ports and container ports in port mappings must match.",
                refusal(c, base + ", \"cpu\": \"256\", \"memory\": \"512\", " + web
                        + ", \"portMappings\": [{\"containerPort\": 80, \"hostPort\": 8080}]}]}'"));
        assertEquals("Container.name should not be null or empty.", refusal(c, base + ", \"cpu\": \"256\","
                + " \"memory\": \"512\", \"containerDefinitions\": [{\"image\": \"nginx\"}]}'"));
    }
}
