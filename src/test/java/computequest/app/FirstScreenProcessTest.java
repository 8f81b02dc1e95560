package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./play's first-screen snapshot end to end, through the launcher on pipes: a start keeps its first screen; the next
 * start with the same key prints it from the launcher and the game prints the rest, byte for byte what a start
 * without snapshots prints; a snapshot whose screen is out of date is followed by the real screen under a note and
 * replaced; a damaged one is ignored; a changed story changes the key; CQ_FIRST_SCREEN=off keeps none.
 */
class FirstScreenProcessTest {

    static final String INPUT = "status\nquit\n";

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    Path home() throws Exception {
        return home(tmp);
    }

    /** A copy of the game in {@code tmp}/home: the launcher, the story, the snapshot's key script and the jar. */
    static Path home(Path tmp) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.copy(ClassCacheTest.PROJECT.resolve("play"), home.resolve("play"));
        ClassCacheTest.copyTree(ClassCacheTest.PROJECT.resolve("story"), home.resolve("story"));
        Files.createDirectories(home.resolve("src/launcher"));
        Files.copy(ClassCacheTest.PROJECT.resolve("src/launcher/first-screen.sh"),
                home.resolve("src/launcher/first-screen.sh"));
        Files.createDirectories(home.resolve("target"));
        ClassCacheTest.writeJar(home.resolve("target/compute-quest.jar"));
        return home;
    }

    /** ./play --plain on pipes, with an empty saves folder each time, so every start has the same key. */
    static Run play(Path home, Map<String, String> env) throws Exception {
        Run r = play(home, env, INPUT, "--plain", "--saves", home.resolve("saves").toString());
        ClassCacheTest.deleteTree(home.resolve("saves"));
        return r;
    }

    /** ./play with these options on pipes, typing {@code input}; the saves folder is left as the game leaves it. */
    static Run play(Path home, Map<String, String> env, String input, String... options) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("bash", home.resolve("play").toString()));
        cmd.addAll(java.util.List.of(options));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
        pb.environment().put("CQ_CLASS_CACHE", "off");
        pb.environment().remove("CQ_FIRST_SCREEN");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().putAll(env);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "./play did not finish");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /**
     * A game that ends keeps the first screens of the likely next starts, drawn from the saves it leaves: the next
     * ./play --continue and ./play are shown from the launcher (their snapshots are not written again) and print
     * exactly what they print without snapshots.
     */
    @Test
    void aGameThatEndsKeepsTheScreensOfTheNextStarts() throws Exception {
        Path home = home();
        Path saves = tmp.resolve("my saves"); // not the default folder, so the way back names it
        Path copy = tmp.resolve("saves-after");
        String s = saves.toString();
        Run played = play(home, Map.of(), "1\nquit\n", "--plain", "--saves", s);
        assertTrue(played.out().replace("\n    ", " ").contains("./play --continue --plain --saves '" + s + "' picks up"),
                "the way back keeps line mode, as the kept screen of that start does: " + played.out());
        ClassCacheTest.copyTree(saves, copy);
        Path dir = home.resolve("target/first-screen");
        for (String[] options : new String[][] {{"--continue", "--plain", "--saves", s}, {"--plain", "--saves", s}}) {
            Path kept = dir.resolve(ScreenSnapshot.slot("tty -- -", java.util.List.of(options),
                    ScreenSnapshot.savesLine(saves).orElseThrow()));
            assertTrue(Files.exists(kept), "kept ahead: " + kept);
            byte[] before = Files.readAllBytes(kept);
            Run shown = play(home, Map.of(), "quit\n", options);
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(kept)), "shown as kept, not written again: "
                    + java.util.List.of(options));
            ClassCacheTest.deleteTree(saves);
            ClassCacheTest.copyTree(copy, saves);
            assertEquals(play(home, Map.of("CQ_FIRST_SCREEN", "off"), "quit\n", options), shown,
                    java.util.List.of(options).toString());
            ClassCacheTest.deleteTree(saves);
            ClassCacheTest.copyTree(copy, saves);
        }
    }

    /**
     * While another game plays with the saves, a start warns that they are in use, which no kept screen shows: the
     * launcher then shows none (the holder's id is in .game.lock), rather than a kept screen, a note that it is out of
     * date and the whole screen again, as two playtests found.
     */
    @Test
    void whileAnotherGameHoldsTheSavesNoKeptScreenIsShown() throws Exception {
        Path home = home();
        String s = tmp.resolve("held").toString();
        play(home, Map.of(), "1\nquit\n", "--plain", "--saves", s);
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("play").toString(), "--plain", "--saves", s)
                .directory(home.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("CQ_CLASS_CACHE", "off");
        Process holder = pb.start();
        try {
            Path lock = Path.of(s, ".game.lock");
            for (int i = 0; i < 300 && !Files.readString(lock).strip().equals(String.valueOf(holder.pid())); i++) {
                Thread.sleep(50);
            }
            assertEquals(String.valueOf(holder.pid()), Files.readString(lock).strip(), "the holder's id in the lock");
            for (String[] options : new String[][] {{"--continue", "--plain", "--saves", s}, {"--plain", "--saves", s}}) {
                Run second = play(home, Map.of(), "quit\n", options);
                assertTrue(second.out().contains("Another Compute Quest game is playing"), second.out());
                assertFalse(second.out().contains(OUT), "no kept screen, so nothing out of date: " + second.out());
            }
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void theNextStartPrintsTheKeptScreenFirstAndTheGamePrintsOnlyTheRest() throws Exception {
        Path home = home();
        Path snapshot = home.resolve("target/first-screen").resolve(ScreenSnapshot.slot("tty -- -",
                java.util.List.of("--plain", "--saves", home.resolve("saves").toString()), "saves"));
        Run first = play(home, Map.of());
        assertEquals(0, first.exit(), first.err());
        assertEquals("", first.err());
        assertTrue(Files.exists(snapshot), "the first start keeps its screen");
        String kept = screen(snapshot);
        assertTrue(kept.endsWith("> ") && first.out().startsWith(kept), "the kept screen is the first screen:\n" + kept);

        assertEquals(first, play(home, Map.of()), "a start from the snapshot prints exactly the same");

        // Out of date: the launcher prints the kept screen, the game the real one under a note, and keeps that.
        String stale = kept.replace("Pixel Bakery", "Pixel Bakery (an older screen)");
        assertFalse(stale.equals(kept));
        rewrite(snapshot, stale);
        Run corrected = play(home, Map.of());
        assertEquals(stale + "\n" + computequest.ui.FirstScreen.outOfDate(80) + first.out(), corrected.out());
        assertEquals(kept, screen(snapshot), "the real screen replaces the stale one");
        assertEquals(first, play(home, Map.of()));

        // Damaged: cut off inside its key, so it has no screen: ignored, then written whole again.
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(whole, 40));
        assertEquals(first, play(home, Map.of()), "a damaged snapshot is ignored");
        assertEquals(kept, screen(snapshot));

        // A story file changed: another key, so the stale screen under the old key is not shown.
        rewrite(snapshot, stale);
        Path story = home.resolve("story/00-story.story");
        Files.setLastModifiedTime(story, FileTime.fromMillis(Files.getLastModifiedTime(story).toMillis() + 5_000));
        assertEquals(first, play(home, Map.of()), "a snapshot under another key is never shown");

        ClassCacheTest.deleteTree(home.resolve("target/first-screen"));
        assertEquals(first, play(home, Map.of("CQ_FIRST_SCREEN", "off")));
        assertFalse(Files.exists(home.resolve("target/first-screen")), "off keeps no snapshot");
    }

    /**
     * Line mode on a real terminal (JLine, under tmux): the launcher prints the kept screen, prompt included, and
     * JLine's prompt is drawn over it, so the terminal shows exactly what a start without the snapshot shows, with one
     * prompt; a stale snapshot is followed by the real screen under the note; the terminal echoes after the game.
     */
    @Test
    void onARealTerminalTheKeptScreenAndJLinesPromptLineUp() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TmuxLineModeTest.tmuxAvailable() || System.getenv("CI") != null,
                "tmux is not installed; skipping the terminal test");
        Path home = home();
        String command = "env -u CI -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 CQ_CLASS_CACHE=off bash "
                + home.resolve("play") + " --plain --saves " + home.resolve("saves")
                + "; echo EXIT=$? ECHO=$(stty -a | tr ' ;' '\\n\\n' | grep -x -- '-*echo'); sleep 30";
        String[] panes = new String[3];
        String[] firsts = new String[3];
        try (Tmux tmux = new Tmux()) {
            for (int i = 0; i < 3; i++) {
                ClassCacheTest.deleteTree(home.resolve("saves"));
                if (i == 2) {
                    Path kept = home.resolve("target/first-screen").resolve(ScreenSnapshot.slot("tty tt 70 100",
                            java.util.List.of("--plain", "--saves", home.resolve("saves").toString()), "saves"));
                    assertTrue(screen(kept).contains("\u001b["), "the terminal's screen is kept with its colours");
                    rewrite(kept, screen(kept).replace("Pixel Bakery", "Pixel Bakery (an older screen)"));
                }
                tmux.start(100, 70, command);
                boolean stale = i == 2;
                firsts[i] = tmux.waitUntil("the first prompt", t -> t.contains("3. A serverless function")
                        && t.stripTrailing().endsWith(">") && (!stale || t.contains(OUT)));
                tmux.waitUntilReading();
                tmux.keys("help", "Enter");
                panes[i] = tmux.waitUntil("the answer to help", t -> t.contains("Commands you can type at any time")
                        && t.stripTrailing().endsWith(">"));
                tmux.keys("quit", "Enter");
                String end = tmux.waitFor("EXIT=");
                assertTrue(end.contains("EXIT=0 ECHO=echo"), "the terminal echoes again after the game:\n" + end);
            }
        }
        assertEquals(panes[0], panes[1], "the start from the snapshot looks exactly like the one before it, once"
                + " the game has answered its first line");
        assertFalse(panes[1].contains("> >"), panes[1]);
        assertTrue(firsts[2].contains("(an older screen)") && firsts[2].contains(OUT),
                "the stale screen, then the note:\n" + firsts[2]);
    }

    /** The start of the note, as it fits one line of the pane. */
    static final String OUT = computequest.ui.FirstScreen.OUT_OF_DATE.substring(0, 40);

    static String screen(Path snapshot) throws Exception {
        String all = Files.readString(snapshot);
        return all.substring(all.indexOf('\0') + 1);
    }

    /** The snapshot with the same key and another screen. */
    static void rewrite(Path snapshot, String screen) throws Exception {
        String all = Files.readString(snapshot);
        Files.writeString(snapshot, all.substring(0, all.indexOf('\0') + 1) + screen);
    }
}
