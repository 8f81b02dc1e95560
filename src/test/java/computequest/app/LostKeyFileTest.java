package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.present.Telling;
import computequest.story.StoryParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Chapter 1's key pair: an empty bakery.pem (the key printed to the screen first, then a '> bakery.pem' after
 * InvalidKeyPair.Duplicate) does not score "Saved and locked", and the game says how to start over; once the instance
 * runs, a key file that is lost says so too, in the scene and in its hints.
 */
class LostKeyFileTest {

    static final String CREATE = "aws ec2 create-key-pair --key-name bakery";
    static final String INTO_FILE = CREATE + " --query KeyMaterial --output text > bakery.pem";

    static Engine engine() throws Exception {
        return new Engine(StoryParser.parseDirectory(Path.of("story")).story());
    }

    static String said(Step step) {
        return Telling.plain(step.events());
    }

    @Test
    void anEmptyKeyFileIsNotSavedAndLockedAndTheGameSaysHowToStartOver() throws Exception {
        Engine engine = engine();
        GameState s = TestPlaytest.start(engine, "ec2-key", 1).state();
        s = engine.step(s, CREATE).state();
        Step duplicate = engine.step(s, INTO_FILE);
        assertTrue(said(duplicate).contains("InvalidKeyPair.Duplicate"), said(duplicate));
        assertTrue(said(duplicate).contains("holds no private key"), said(duplicate));
        assertTrue(said(duplicate).contains("delete-key-pair"), said(duplicate));

        int score = duplicate.state().score();
        Step locked = engine.step(duplicate.state(), "chmod 400 bakery.pem");
        assertEquals("ec2-key", locked.state().sceneId(), "an empty file is not saved and locked:\n" + said(locked));
        assertEquals(score, locked.state().score());
        String hints = said(engine.step(engine.step(locked.state(), "hint").state(), "hint"));
        assertTrue(hints.contains("empty") && hints.contains("delete the pair"), hints);

        s = locked.state();
        for (String line : new String[] {"aws ec2 delete-key-pair --key-name bakery", "rm -f bakery.pem", INTO_FILE}) {
            s = engine.step(s, line).state();
        }
        assertEquals("ec2-key", s.sceneId(), "a new key must be locked again: the first chmod was of the empty file");
        Step done = engine.step(s, "chmod 400 bakery.pem");
        assertEquals("ec2-launch", done.state().sceneId(), said(done));
        assertTrue(said(done).contains("Saved and locked"), said(done));
    }

    @Test
    void aKeyFileLostAfterTheLaunchIsExplainedInTheRamScene() throws Exception {
        Engine engine = engine();
        GameState s = TestPlaytest.start(engine, "ec2-ram", 1).state();
        assertFalse(said(engine.step(s, "look")).contains("holds no private key"), "the key is there");
        Step lost = engine.step(s, "rm -f bakery.pem");
        assertTrue(said(lost).contains("no longer holds the private key"), said(lost));
        assertTrue(said(lost).contains("Terminate the instance"), said(lost));
        assertTrue(said(engine.step(lost.state(), "look")).contains("holds no private key"));
        String hints = said(engine.step(engine.step(lost.state(), "hint").state(), "hint"));
        assertTrue(hints.contains("empty or gone") && hints.contains("terminate the instance"), hints);
    }
}
