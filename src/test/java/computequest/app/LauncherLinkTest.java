package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./play run through a link on the PATH (issue 15 item 16): it finds its project through the link (a relative link to
 * a link too), builds and saves nothing beside the link, and answers 'completion bash' with a script for the link's
 * name; 'help' and -V on a subcommand answer too.
 */
class LauncherLinkTest {

    @TempDir
    Path tmp;

    String run(Path cwd, String input, String... command) throws Exception {
        return run(Map.of(), cwd, input, command);
    }

    String run(Map<String, String> env, Path cwd, String input, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("CQ_CLASS_CACHE", "off");
        pb.environment().remove("CI");
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void aLinkOnThePathPlaysTheProjectItPointsTo() throws Exception {
        ClassCacheTest jar = new ClassCacheTest();
        jar.tmp = Files.createDirectories(tmp.resolve("project-parent"));
        Path home = jar.gameHome();
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("compute-quest"), home.resolve("play"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Path relative = Files.createSymbolicLink(other.resolve("cq"), Path.of("../bin/compute-quest"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

        String out = run(elsewhere, "1\nquit\n", link.toString(), "--plain", "--saves", "s");
        assertTrue(out.contains("Goodbye"), out);
        assertTrue(out.replace("\n    ", " ").contains("): " + link + " --continue --plain --saves s picks up here"),
                "the way back is the command as typed: " + out);
        // found on the PATH: the way back is its name alone, as the player types it
        String byName = run(Map.of("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH")), elsewhere,
                "1\nquit\n", "sh", "-c", "compute-quest --plain --saves s2"); // the shell looks it up on that PATH
        assertTrue(byName.replace("\n    ", " ").contains("): compute-quest --continue --plain --saves s2 picks up"),
                byName);
        assertTrue(run(elsewhere, "quit\n", relative.toString(), "--plain", "--saves", "s").contains("Goodbye"));
        assertFalse(Files.exists(bin.resolve("target")), "nothing is built beside the link");
        assertFalse(Files.exists(other.resolve("target")));

        String script = run(elsewhere, "", link.toString(), "completion", "bash", "--command-name", "compute-quest");
        assertTrue(script.contains("complete -F _complete_compute-quest"), script);
        assertTrue(script.contains("--chapter"), "the options are completed");
        assertTrue(run(elsewhere, "", link.toString(), "help").contains("Usage: " + link + " "));
        assertTrue(run(elsewhere, "", link.toString(), "sandbox", "-V").contains("Compute Quest"));
        // "sh play" (dash on Debian, which has no pipefail): bash takes over, through the link too
        assertTrue(run(elsewhere, "quit\n", "sh", link.toString(), "--plain", "--saves", "s").contains("Goodbye"));
    }
}
