package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.save.SaveFile;
import computequest.save.SaveStore;
import computequest.story.StoryParser;
import computequest.ui.LineFrontend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-game save, load, saves and undo commands, and autosave, through the real loop and line mode. */
class SaveSessionTest {

    static final String LAUNCH = "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro\n";

    @TempDir
    Path dir;

    record Played(String output, GameState state) {
    }

    Played play(String input, boolean latest, String load) throws Exception {
        return play(input, latest, load, "2026-11-23T10:00:00Z");
    }

    Played play(String input, boolean latest, String load, String now) throws Exception {
        return play(input, latest, load, now, new SaveStore(dir));
    }

    Played play(String input, boolean latest, String load, String now, SaveStore store) throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        Resumption r = Resumption.choose(engine, store, clock, latest, load, engine.start(1));
        if (r.error() != null) {
            return new Played(r.error(), null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, 200)) {
            GameLoop loop = new GameLoop(engine, ui, r.begin(engine, false), null, r.session()); // as Main starts
            loop.run();
            return new Played(out.toString(StandardCharsets.UTF_8), loop.state());
        }
    }

    @Test
    void endOfInputAutosavesAndContinueResumesTheSameCloudAndBill() throws Exception {
        Played first = play("1\n1\n1\n" + LAUNCH + "wait\nstatus\n", false, null);
        assertTrue(first.output().contains("Your progress is saved ('autosave')"), first.output());
        Played again = play("status\n", true, null);
        assertTrue(again.output().contains("Resuming 'autosave'"), again.output());
        assertEquals(first.state().withTurn(0), again.state().withTurn(0));
        String status1 = first.output().substring(first.output().lastIndexOf("Simulated time:"));
        String status2 = again.output().substring(again.output().lastIndexOf("Simulated time:"));
        assertEquals(status1.substring(0, status1.indexOf("> ")), status2.substring(0, status2.indexOf("> ")),
                "same instances, same bill");
    }

    @Test
    void aResumedGameLeftUnchangedStillSaysHowToComeBackAndWritesNothing() throws Exception {
        play("1\n1\n", false, null);
        byte[] before = Files.readAllBytes(dir.resolve("autosave.json"));
        Played again = play("status\nquit\n", true, null);
        assertTrue(again.output().contains("Your game is saved as you found it ('autosave'): ./play --continue"),
                again.output());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("autosave.json"))),
                "nothing is written");
        play("save before-ecs\n", true, null);
        Played named = play("quit\n", false, "before-ecs");
        assertTrue(named.output().contains("('before-ecs'): ./play --load before-ecs"), named.output());
    }

    @Test
    void undoTakesBackTheLastChangeWithTheCommandsAfterItThatOnlyLooked() throws Exception {
        // Every cloud command lets two simulated seconds pass; a playtester's 'undo' after 'aws --version' took back
        // only those seconds and showed the scene again.
        Played p = play("1\n1\n1\naws ec2 create-key-pair --key-name spare --query KeyName\naws --version\n"
                + "aws ec2 describe-key-pairs --query KeyPairs[].KeyName\nundo\n"
                + "aws ec2 describe-key-pairs --query KeyPairs[].KeyName --output text\nwait\nundo\n", false, null);
        String o = p.output();
        assertTrue(o.contains("Undone: 'aws ec2 create-key-pair --key-name spare --query KeyName'"), o);
        assertTrue(o.contains("The 2 commands after it only looked"), o);
        String after = o.substring(o.indexOf("Undone: 'aws ec2 create-key-pair"));
        assertFalse(after.substring(after.indexOf("--output text")).contains("spare"), "the key pair is gone: " + after);
        assertTrue(after.contains("Undone: 'wait'"), "a wait is a change of its own: " + after);
        assertFalse(after.substring(after.indexOf("Undone: 'wait'")).contains("only looked"), after);
    }

    @Test
    void quitAutosavesAndSaysSo() throws Exception {
        Played p = play("1\nquit\n", false, null);
        assertTrue(p.output().contains("Your progress is saved"), p.output());
        assertTrue(Files.exists(dir.resolve("autosave.json")));
    }

    @Test
    void openingANewGameAndLeavingAtOnceKeepsTheOldAutosave() throws Exception {
        play("1\n1\n", false, null);
        String before = Files.readString(dir.resolve("autosave.json"));
        Played fresh = play("help\nquit\n", false, null);
        assertTrue(fresh.output().contains("You have a saved game ('autosave'"), fresh.output());
        assertEquals(before, Files.readString(dir.resolve("autosave.json")));
    }

    @Test
    void saveLoadAndSavesWorkInTheGame() throws Exception {
        Played p = play("1\nsave first\n1\nsaves\nload first\nsave ../evil\nload nothing\nload\n", false, null);
        String o = p.output();
        assertTrue(o.contains("[ok] Saved as 'first'"), o);
        // the way back from the shell names the saves folder it is in (a playtester's ./play --load NAME failed)
        assertTrue(o.contains("or ./play --saves " + PlayName.shellWord(dir.toString()) + " --load first."), o);
        assertTrue(o.contains("Saves in " + dir), o);
        assertTrue(o.matches("(?s).*\\n  first +1 Virtual machines .*"), o);
        assertTrue(o.contains("Resuming 'first'"), o);
        assertTrue(o.contains("cannot contain '/', '\\' or '..'"), o);
        assertTrue(o.contains("nothing.json does not exist"), o);
        assertTrue(o.contains("load needs the name of a save"), o);
        assertFalse(Files.exists(dir.getParent().resolve("evil.json")));
        SaveFile first = new SaveStore(dir).load("first");
        assertEquals(first.state().withTurn(0), p.state().withTurn(0));
    }

    @Test
    void undoTakesBackChangesAndSkipsCommandsThatChangedNothing() throws Exception {
        Played start = play("quit\n", false, null);
        Played p = play("1\nlook\nhelp\nundo\nundo\nundo\n", false, null);
        String o = p.output();
        assertTrue(o.contains("Undone: '1'"), o);
        assertTrue(o.contains("Nothing to undo"), o);
        assertEquals(start.state().withTurn(0), p.state().withTurn(0));
    }

    @Test
    void aHintIsNotAnUndoStepUndoTakesBackTheCommandBeforeIt() throws Exception {
        Played p = play("1\n1\nhint\nundo\n", false, null);
        String o = p.output();
        assertTrue(o.contains("[hint]"), o);
        assertTrue(o.contains("Undone: '1'"), o);
        assertTrue(!o.contains("Undone: 'hint'"), o);
        assertEquals("ec2-ami", p.state().sceneId());
    }

    @Test
    void undoBringsBackTheCloudAndTheBill() throws Exception {
        Played p = play("1\n1\n1\n" + LAUNCH + "wait\nundo\nundo\n", false, null);
        assertEquals(0, p.state().cloud().instances().size());
        assertEquals(0.0, p.state().cloud().ledger().total());
    }

    @Test
    void undoHistorySurvivesASave() throws Exception {
        play("1\n1\nsave two\n", false, null);
        Played p = play("undo\n", false, "two");
        assertTrue(p.output().contains("Undone: '1'"), p.output());
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedOnceAndTheGameGoesOn() throws Exception {
        Path file = Files.writeString(dir.resolve("blocker"), "x");
        dir = file.resolve("saves");
        Played p = play("1\n1\n1\nsave mine\nstatus\n", false, null);
        String o = p.output();
        assertEquals(1, o.split("Autosave failed", -1).length - 1, o);
        assertTrue(o.contains("mine.json could not be written"), o);
        assertTrue(o.contains("Simulated time:"), "the game went on: " + o);
    }

    @Test
    void continueSkipsABrokenNewestSaveAndSaysSo() throws Exception {
        play("1\n1\nsave good\n", false, null);
        Files.writeString(dir.resolve("zzz.json"), "{\"format\": \"compute-quest-save\"");
        Played p = play("", true, null);
        assertTrue(p.output().contains("zzz.json") && p.output().contains("truncated"), p.output());
        assertTrue(p.output().contains("Resuming"), p.output());
    }

    @Test
    void loadingABrokenSaveAtStartIsAnErrorNamingTheFile() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bad.json"), "not json");
        Played p = play("", false, "bad");
        assertTrue(p.output().contains("bad.json is not valid JSON"), p.output());
        assertEquals("not json", Files.readString(dir.resolve("bad.json")));
    }

    @Test
    void continueWithNoSavesStartsANewGame() throws Exception {
        Played p = play("", true, null);
        assertTrue(p.output().contains("no save to continue"), p.output());
        assertNotEquals(null, p.state());
    }

    @Test
    void aPlaytestCannotAlsoContinueASave() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--story", "story", "--saves", dir.toString(), "--from", "welcome",
            "--continue"}, new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot be combined with --continue"), err.toString());
    }

    @Test
    void aNewGameKeepsTheOldAutosaveUnderTheDateItWasLastPlayedBeforeItsFirstAutosave() throws Exception {
        play("1\n1\n1\n" + LAUNCH + "wait\n", false, null, "2026-11-23T10:00:00Z");
        String first = Files.readString(dir.resolve("autosave.json"));
        Played second = play("1\n1\n", false, null, "2026-11-24T08:30:00Z");
        assertTrue(second.output().contains("You have a saved game ('autosave'"), second.output());
        assertTrue(second.output().contains("Your earlier autosave is kept as 'autosave-2026-11-23-1000'"),
                second.output());
        assertEquals(first, Files.readString(dir.resolve("autosave-2026-11-23-1000.json")), "kept byte for byte");
        assertNotEquals(first, Files.readString(dir.resolve("autosave.json")), "the new game has the autosave");
        Played back = play("status\n", false, "autosave-2026-11-23-1000", "2026-11-24T09:00:00Z");
        assertTrue(back.output().contains("t3.micro"), back.output());
    }

    @Test
    void theSameGameGoingOnDoesNotKeepCopiesOfItsOwnAutosave() throws Exception {
        play("1\n1\n", false, null, "2026-11-23T10:00:00Z");
        play("1\nstatus\n", true, null, "2026-11-23T11:00:00Z");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("autosave.json"), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json")).sorted().toList());
        }
    }

    @Test
    void theStartMenuOffersContinueNewAndLoadAndANewGameKeepsTheSaves() throws Exception {
        play("1\n1\n1\n" + LAUNCH + "wait\nsave mine\n1\n", false, null, "2026-11-23T10:00:00Z");
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:30:00Z"), ZoneOffset.UTC);
        SaveStore store = new SaveStore(dir);
        assertTrue(StartMenu.applies(store));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream("9\nload nosuch\n2\n"
                .getBytes(StandardCharsets.UTF_8)), out, 80)) {
            Resumption r = StartMenu.ask(ui, engine, store, clock, engine.start(1)).orElseThrow();
            assertEquals(engine.start(1).state(), r.first().state(), "2 is a new game");
        }
        String menu = out.toString(StandardCharsets.UTF_8);
        assertTrue(menu.contains("1. Continue 'autosave'") && menu.contains("2. New game (your saves are kept)")
                && menu.contains("3. Load 'mine'"), menu);
        assertTrue(menu.contains("Type a number from 1 to 3"), menu);
        assertTrue(menu.contains("That did not work: cannot load 'nosuch'"), menu);
        for (String answer : List.of("1\n", "continue\n", "3\n", "load mine\n")) {
            try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)),
                    new ByteArrayOutputStream(), 80)) {
                Resumption r = StartMenu.ask(ui, engine, store, clock, engine.start(1)).orElseThrow();
                assertTrue(r.first().events().toString().contains("Resuming '"), answer + r.first().events());
                assertNotEquals(engine.start(1).state().sceneId(), r.first().state().sceneId(), answer);
            }
        }
        for (String leave : List.of("", "quit\n", "exit\n", "Q\n")) {
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(leave.getBytes(StandardCharsets.UTF_8)),
                    said, 80)) {
                assertTrue(StartMenu.ask(ui, engine, store, clock, engine.start(1)).isEmpty(), "no game after '"
                        + leave.strip() + "'");
            }
            assertTrue(said.toString(StandardCharsets.UTF_8).contains("Goodbye. Your saves are as you left them."),
                    "'" + leave.strip() + "' leaves with a goodbye: " + said);
        }
        assertTrue(menu.contains("or 'quit'."), menu);
        // the full screen's title bar while the menu asks: no chapter or scene of a game not chosen yet
        computequest.engine.View asking = StartMenu.view(engine, engine.start(1));
        assertEquals("", asking.chapter());
        assertEquals(StartMenu.TITLE, asking.sceneTitle());
        assertTrue(asking.choices().isEmpty(), "a number answers the menu, not the first scene");
    }

    @Test
    void aSecondJumpKeepsTheGameBeforeTheFirstOneUnderANewName() throws Exception {
        Played p = play("1\n1\nchapter 2\nrestart\nrestart\n", false, null);
        String o = p.output();
        assertTrue(o.contains("saved as 'before-chapter-2'"), o);
        assertTrue(o.contains("saved as 'before-chapter-2-2'") && o.contains("saved as 'before-chapter-2-3'"), o);
        SaveStore store = new SaveStore(dir);
        assertEquals("ec2-type", store.load("before-chapter-2").state().sceneId(), "the chapter-1 game is kept");
        assertNotEquals("ec2-type", store.load("before-chapter-2-2").state().sceneId());
        assertFalse(Files.exists(dir.resolve("before-chapter-2.json.bak")), "nothing was written over it");
        Played back = play("status\n", false, "before-chapter-2");
        assertEquals("ec2-type", back.state().sceneId());
    }

    @Test
    void loadKeepsProgressNotSavedUnderANameBeforeReplacingIt() throws Exception {
        Played p = play("1\nsave early\n1\nload early\n", false, null);
        String o = p.output();
        assertTrue(o.contains("Your game as it was is kept as 'before-load': 'load before-load' goes back to it."), o);
        SaveStore store = new SaveStore(dir);
        assertEquals("ec2-type", store.load("before-load").state().sceneId(), "the progress after 'save early'");
        assertEquals(store.load("early").state().sceneId(), p.state().sceneId(), "and early is loaded");
        Played again = play("1\nload early\n", false, "early");
        assertTrue(again.output().contains("kept as 'before-load-2'"), again.output());
        assertEquals("ec2-type", store.load("before-load").state().sceneId(), "the first one is never replaced");
        Played saved = play("1\nsave mine\nload early\n", false, null);
        assertFalse(saved.output().contains("kept as 'before-load"), "a game just saved is not kept twice: "
                + saved.output());
    }

    @Test
    void aGameOnAFolderAnotherGameHoldsKeepsItsProgressUnderANameOfItsOwnAndAutosavesOnceTheOtherQuits()
            throws Exception {
        Files.createDirectories(dir);
        Process other = new ProcessBuilder("python3", "-c", "import fcntl,sys\nf=open(sys.argv[1],'a')\n"
                + "fcntl.lockf(f,fcntl.LOCK_EX)\nprint('held',flush=True)\nsys.stdin.read()",
                dir.resolve(".game.lock").toString()).redirectErrorStream(true).start();
        SaveStore store = new SaveStore(dir);
        try {
            assertEquals("held", new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream()))
                    .readLine());
            assertTrue(store.claim().orElseThrow().contains("will not autosave there"));
            Played p = play("1\n1\nquit\n", false, null, "2026-11-23T10:00:00Z", store);
            String o = p.output().replaceAll("\\s+", " ");
            assertTrue(o.contains("your progress is saved as 'autosave-2026-11-23-1000'. ./play --load"
                    + " autosave-2026-11-23-1000 --saves "), o);
            assertFalse(Files.exists(dir.resolve("autosave.json")), "the other game's autosave slot is left alone");
            assertEquals(p.state().withTurn(0), store.load("autosave-2026-11-23-1000").state().withTurn(0));
            Played twice = play("1\nquit\n", false, null, "2026-11-23T10:00:00Z", store);
            assertTrue(twice.output().contains("saved as 'autosave-2026-11-23-1000-2'"), twice.output());
        } finally {
            other.destroy();
            other.waitFor();
        }
        Played after = play("1\n1\n", false, null, "2026-11-23T11:00:00Z", store);
        assertTrue(after.output().contains("Your progress is saved ('autosave')"), after.output());
        assertTrue(Files.exists(dir.resolve("autosave.json")), "autosaves once the other game has quit");
    }

    @Test
    void theStartMenuAnswersWhatItOffersHelpHintAndSaves() throws Exception {
        play("1\n1\nsave mine\n", false, null);
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:30:00Z"), ZoneOffset.UTC);
        SaveStore store = new SaveStore(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // F1 and F2 in the full screen type 'help' and 'hint'
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream("help\nhint\nsaves\nload mine.json\n"
                .getBytes(StandardCharsets.UTF_8)), out, 200)) {
            Resumption r = StartMenu.ask(ui, engine, store, clock, engine.start(1)).orElseThrow();
            assertTrue(r.first().events().toString().contains("Resuming 'mine'"), r.first().events().toString());
        }
        String o = out.toString(StandardCharsets.UTF_8);
        assertFalse(o.contains("Type a number from"), "every answer was understood: " + o);
        assertTrue(o.contains("This menu picks how the game begins") && o.contains("3          loads the save"), o);
        assertTrue(o.contains("Hint: type 1 to carry on"), o);
        assertTrue(o.contains("Saves in " + dir) && o.matches("(?s).*\n  mine +1 Virtual machines .*"), o);
    }

    @Test
    void aSaveCanBeNamedAsItsFileInTheGame() throws Exception {
        Played p = play("1\nsave a.json\nload a.json\n", false, null);
        assertTrue(p.output().contains("[ok] Saved as 'a'"), p.output());
        assertTrue(Files.exists(dir.resolve("a.json")) && !Files.exists(dir.resolve("a.json.json")));
        assertTrue(p.output().contains("Resuming 'a'"), p.output());
        Played resumed = play("", false, "autosave.json");
        assertTrue(resumed.output().contains("Resuming 'autosave'"), resumed.output());
    }

    @Test
    void savesOnAFolderThatDoesNotExistNamesIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path typo = dir.resolve("typo");
        int code = Main.run(new String[] {"saves", "--saves", typo.toString()},
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("there is no folder " + typo), err.toString());
    }
}
