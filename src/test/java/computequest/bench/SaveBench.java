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
        for (String t : Bench.allTranscriptInputs()) {
            for (String line : Bench.transcript(t)) {
                s = engine.step(s, line).state();
            }
        }
        System.out.printf(Locale.ROOT, "  end state: scene %s, turn %d, %d instances, %d bill lines, ended %s%n",
                s.sceneId(), s.turn(), s.cloud().instances().size(), s.cloud().ledger().lines().size(), s.ended());
        Path dir = Files.createTempDirectory("cq-bench-save");
        Path file = dir.resolve("save.json");
        String how = "plain Gson round-trip of GameState (no save package on this branch yet)";
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
        long size = Files.size(file);
        System.out.println("  method: " + how + "; round-trip gives an equal state: " + equal);
        double first = c2 - c0;
        double warm = Bench.median(save) + Bench.median(load);
        Bench.row("save + load, first in the process (cold)", Bench.ms(c1 - c0) + " + " + Bench.ms(c2 - c1)
                + " = " + Bench.ms(first), "< 10 ms", first < 10e6);
        Bench.row("save + load, warm median", Bench.ms(Bench.median(save)) + " + " + Bench.ms(Bench.median(load))
                + " = " + Bench.ms(warm), "< 10 ms", warm < 10e6);
        Bench.row("save file size", String.format(Locale.ROOT, "%,d bytes", size), "", null);
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
        System.out.println();
    }
}
