package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.View;
import computequest.story.StoryParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/**
 * Tab in line mode, as JLine runs it: a DumbTerminal over byte streams types the keys, and the line read back is what
 * the game would get. Completion goes word by word and never inserts backslash-escaped text.
 */
class TabCompletionTest {

    static final Engine ENGINE = engine();

    static Engine engine() {
        try {
            return new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The line read after typing {@code keys} (with Tab as \t) at the prompt, in the given state. */
    static String typed(GameState s, String keys) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DumbTerminal t = new DumbTerminal("test", "ansi", new ByteArrayInputStream((keys + "\r")
                .getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8);
        try (LineFrontend ui = LineFrontend.over(t)) {
            return ui.read(View.of(ENGINE, s)).orElseThrow();
        }
    }

    static GameState start() {
        return ENGINE.start(1).state();
    }

    @Test
    void awsCommandsCompleteWordByWord() throws Exception {
        assertEquals("aws ec2 run-instances ", typed(start(), "aws ec2 run-ins\t"));
        // describe-instances, describe-instance-status...: the common part, then a list on the next Tab
        assertEquals("aws ec2 describe-instance", typed(start(), "aws ec2 describe-ins\t"));
        assertEquals("aws lambda ", typed(start(), "aws lamb\t"));
        assertEquals("glossary ", typed(start(), "glos\t"));
    }

    @Test
    void glossaryCompletesTermsNotCommands() throws Exception {
        String line = typed(start(), "glossary lights\t");
        assertEquals("glossary Lightsail ", line);
        assertTrue(!typed(start(), "glossary \t\t").contains("aws"));
    }

    @Test
    void idsFromTheSimulatedCloudAfterTheParametersThatTakeThem() throws Exception {
        GameState s = ENGINE.step(start(), "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001"
                + " --instance-type t3.micro").state();
        String id = View.of(ENGINE, s).resources().stream().filter(r -> r.kind().equals("instance")).findFirst()
                .orElseThrow().id();
        assertEquals("aws ec2 stop-instances --instance-ids " + id + " ",
                typed(s, "aws ec2 stop-instances --instance-ids i-\t"));
        assertEquals("ssh " + id + " ", typed(s, "ssh \t"));
    }

    @Test
    void parameterNamesComeFromTheServiceModel() throws Exception {
        assertEquals("aws ec2 run-instances --instance-type ", typed(start(), "aws ec2 run-instances --instance-t\t"));
        assertEquals("aws ec2 run-instances --image-id ami-1 --key-name ",
                typed(start(), "aws ec2 run-instances --image-id ami-1 --key-n\t"));
        assertEquals("aws lambda create-function --memory-size ", typed(start(), "aws lambda create-function --memory-s\t"));
        assertEquals("aws ecs list-tasks --output ", typed(start(), "aws ecs list-tasks --outp\t"), "global options too");
        // right after a parameter that takes a value, no parameter names are offered
        assertEquals("aws ec2 run-instances --count ", typed(start(), "aws ec2 run-instances --count \t"));
    }

    @Test
    void aChoiceTextIsNeverInsertedEscaped() throws Exception {
        String line = typed(start(), "vir\t");
        assertTrue(!line.contains("\\"), line);
        assertEquals("vir", line);
    }
}
