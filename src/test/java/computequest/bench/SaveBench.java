package computequest.bench;

import com.google.gson.Gson;
import computequest.engine.Engine;
import computequest.engine.GameState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Save and load of a game at the end of the course (every transcript played in one game, seed 1): time to write
 * the file and to read it back, and its size.
 */
final class SaveBench {

    private SaveBench() {
    }

    static void run(Path project) throws Exception {
        System.out.println("Save and load of a game at the end of the course");
        Engine engine = new Engine(Bench.realStory());
        GameState s = engine.start(1).state();
        List<GameState> states = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        for (String t : Bench.allTranscriptInputs()) {
            for (String line : Bench.transcript(t)) {
                states.add(s);
                inputs.add(line);
                s = engine.step(s, line).state();
            }
        }
        System.out.printf(Locale.ROOT, "  end state: scene %s, turn %d, %d instances, %d bill lines, ended %s%n",
                s.sceneId(), s.turn(), s.cloud().instances().size(), s.cloud().ledger().lines().size(), s.ended());
        Path dir = Files.createTempDirectory("cq-bench-save");
        if (!realSave(engine, s, states, inputs, dir)) {
            gsonOnly(s, dir);
        }
        System.out.println();
    }

    /** A plain Gson round-trip of the GameState through a file: the stand-in until the save package exists. */
    static void gsonOnly(GameState s, Path dir) throws Exception {
        Path file = dir.resolve("save.json");
        Gson gson = new Gson();
        long c0 = System.nanoTime();
        Files.writeString(file, gson.toJson(s), StandardCharsets.UTF_8);
        long c1 = System.nanoTime();
        GameState back = gson.fromJson(Files.readString(file, StandardCharsets.UTF_8), GameState.class);
        long c2 = System.nanoTime();
        boolean equal = back.equals(s);
        List<Long> save = new ArrayList<>();
        List<Long> load = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            long t0 = System.nanoTime();
            Files.writeString(file, gson.toJson(s), StandardCharsets.UTF_8);
            long t1 = System.nanoTime();
            gson.fromJson(Files.readString(file, StandardCharsets.UTF_8), GameState.class);
            long t2 = System.nanoTime();
            save.add(t1 - t0);
            load.add(t2 - t1);
        }
        System.out.println("  method: plain Gson round-trip of GameState (no save package on this branch yet);"
                + " round-trip gives an equal state: " + equal);
        report(c1 - c0, c2 - c1, save, load, Files.size(file));
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    static void report(long coldSave, long coldLoad, List<Long> save, List<Long> load, long size) {
        double first = coldSave + coldLoad;
        double warm = Bench.median(save) + Bench.median(load);
        Bench.row("save + load, first in the process (cold)", Bench.ms(coldSave) + " + " + Bench.ms(coldLoad)
                + " = " + Bench.ms(first), "< 10 ms", first < 10e6);
        Bench.row("save + load, warm median", Bench.ms(Bench.median(save)) + " + " + Bench.ms(Bench.median(load))
                + " = " + Bench.ms(warm), "< 10 ms", warm < 10e6);
        Bench.row("save file size", String.format(Locale.ROOT, "%,d bytes", size), "", null);
    }

    /**
     * The real save path when the save package is on the classpath (called by reflection so this builds without
     * it): Snapshots.of, SaveStore.save (atomic write, backup, fsync), SaveStore.load, Snapshots.resume.
     */
    static boolean realSave(Engine engine, GameState s, List<GameState> states, List<String> inputs, Path dir)
            throws Exception {
        Class<?> snapshots;
        try {
            snapshots = Class.forName("computequest.save.Snapshots");
        } catch (ClassNotFoundException e) {
            return false;
        }
        Class<?> store = Class.forName("computequest.save.SaveStore");
        Class<?> saveFile = Class.forName("computequest.save.SaveFile");
        Class<?> undoStep = Class.forName("computequest.save.SaveFile$UndoStep");
        var of = snapshots.getMethod("of", computequest.story.Story.class, GameState.class, java.time.Instant.class,
                java.time.Instant.class, long.class, List.class);
        var resume = snapshots.getMethod("resume", computequest.story.Story.class, saveFile, Path.class);
        var save = store.getMethod("save", String.class, saveFile);
        var load = store.getMethod("load", String.class);
        var file = store.getMethod("file", String.class);
        Object st = store.getConstructor(Path.class).newInstance(dir);
        List<Object> undo = new ArrayList<>();
        for (int i = Math.max(0, states.size() - 50); i < states.size(); i++) {
            undo.add(undoStep.getConstructor(String.class, GameState.class).newInstance(inputs.get(i), states.get(i)));
        }
        java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
        List<Long> saves = new ArrayList<>();
        List<Long> loads = new ArrayList<>();
        long coldSave = 0;
        long coldLoad = 0;
        boolean equal = false;
        for (int i = 0; i < 201; i++) {
            long t0 = System.nanoTime();
            Object sf = of.invoke(null, engine.story(), s, t, t, 60L, undo);
            save.invoke(st, "bench", sf);
            long t1 = System.nanoTime();
            Object loaded = load.invoke(st, "bench");
            Object resumed = resume.invoke(null, engine.story(), loaded, file.invoke(st, "bench"));
            long t2 = System.nanoTime();
            if (i == 0) {
                coldSave = t1 - t0;
                coldLoad = t2 - t1;
                equal = resumed.getClass().getMethod("state").invoke(resumed).equals(s);
            } else {
                saves.add(t1 - t0);
                loads.add(t2 - t1);
            }
        }
        System.out.println("  method: the save package (Snapshots.of + SaveStore.save with backup and fsync,"
                + " SaveStore.load + Snapshots.resume), " + undo.size() + " undo steps offered;"
                + " the resumed state equals the saved one: " + equal);
        report(coldSave, coldLoad, saves, loads, Files.size((Path) file.invoke(st, "bench")));
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            long t0 = System.nanoTime();
            save.invoke(st, "bare", of.invoke(null, engine.story(), s, t, t, 60L, List.of()));
            resume.invoke(null, engine.story(), load.invoke(st, "bare"), file.invoke(st, "bare"));
            bare.add(System.nanoTime() - t0);
        }
        Bench.row("save + load without undo steps, warm median", Bench.ms(Bench.median(bare)) + String.format(
                Locale.ROOT, ", %,d bytes", Files.size((Path) file.invoke(st, "bare"))), "", null);
        StoryGen.delete(dir);
        return true;
    }
}
