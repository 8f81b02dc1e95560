package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The game names itself as the player started it (CQ_PLAY_NAME, which ./play exports): in the help's usage line,
 * option texts and examples, and in what the game says during play (a save's way back, the author-only edit, the
 * farewell). Without the variable it is ./play, as the golden transcripts show.
 */
class PlayNameTest {

    @TempDir
    Path tmp;

    /** The game in its own JVM (the name is read from the environment), with this input; its whole output. */
    static String run(String name, String input, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "computequest.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("TERM");
        pb.environment().remove("CQ_PLAY_NAME");
        if (name != null) {
            pb.environment().put("CQ_PLAY_NAME", name);
        }
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the game did not exit");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** Wrapped lines joined again. */
    static String flat(String out) {
        return out.replaceAll("\\s+", " ");
    }

    @Test
    void helpNamesTheGameAsStarted() throws Exception {
        String help = run("compute-quest", "", "--help");
        assertTrue(help.startsWith("Usage: compute-quest [-hV]"), help);
        assertTrue(flat(help).contains("Resume the save NAME (compute-quest saves lists them)"), help);
        assertTrue(flat(help).contains("source <(compute-quest completion bash)"), help);
        assertTrue(help.matches("(?s).*\n  compute-quest --continue +resume where you stopped\n.*"), help);
        assertFalse(help.contains("./play"), help);
        String drafts = run("compute-quest", "", "author", "import", "--help");
        assertTrue(drafts.matches("(?s).*\n  compute-quest --story drafts/ecs +play the draft\n.*"), drafts);

        // Tab completion for the name it was started by, unless told another
        assertTrue(run("compute-quest", "", "completion", "bash").contains("complete -F _complete_compute-quest"
                + " -o default compute-quest "));
        assertTrue(run("/opt/bin/cq", "", "completion", "bash").contains("complete -F _complete_cq -o default cq "));
        assertTrue(run("compute-quest", "", "completion", "bash", "--command-name", "cq").contains(" cq"));
        assertTrue(run(null, "", "completion", "bash").contains("complete -F _complete_play -o default play "));

        String plain = run(null, "", "--help");
        assertTrue(plain.startsWith("Usage: ./play [-hV]"), plain);
        assertTrue(plain.matches("(?s).*\n  ./play --continue +resume where you stopped\n.*"), plain);
        assertTrue(plain.contains("printf 'help\\nquit\\n' | ./play   scripted play"), plain);
    }

    @Test
    void playNamesTheGameAsStarted() throws Exception {
        String input = "save spot\n1\nquit\n";
        String out = flat(run("compute-quest", input, "--plain", "--saves", tmp.resolve("a").toString()));
        assertTrue(out.contains("Load it with 'load spot', or compute-quest --plain --saves " + tmp.resolve("a")
                + " --load spot."), out);
        assertTrue(out.contains("compute-quest --continue --plain --saves"), out);
        assertFalse(out.contains("./play"), out);
        // the sandbox plays no story files: editing one is for authors
        String sandbox = flat(run("compute-quest", "edit\nquit\n", "sandbox", "--plain"));
        assertTrue(sandbox.contains("play with compute-quest --story DIR or --from SCENE-ID"), sandbox);

        String plain = flat(run(null, input, "--plain", "--saves", tmp.resolve("b").toString()));
        assertTrue(plain.contains("or ./play --plain --saves " + tmp.resolve("b") + " --load spot."), plain);
        assertTrue(plain.contains("./play --continue --plain --saves"), plain);
        assertTrue(flat(run(null, "edit\nquit\n", "sandbox", "--plain")).contains("play with ./play --story DIR"));
    }
}
