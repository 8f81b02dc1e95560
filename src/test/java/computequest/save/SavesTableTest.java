package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.story.Story;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./play saves}: columns as wide as their longest entry (a playtester's autosave-2026-11-30-1027 and
 * "76/102 scenes" pushed the rows out of line), the way to resume names the folder listed, and the scenes are counted
 * as the in-game map counts them.
 */
class SavesTableTest {

    @TempDir
    Path dir;

    static SaveFile save(String chapter, int seen, int total, long played) {
        GameState s = Fixtures.cloudState(1);
        return new SaveFile(SaveCodec.FORMAT, SaveCodec.VERSION, SaveCodec.MIN_COMPATIBLE, "t", "hash", s.seed(),
                Fixtures.T0, Fixtures.T0.plusSeconds(played), played,
                new SaveFile.Summary(s.sceneId(), "A", chapter, seen, total, s.score(), false), s, List.of());
    }

    @Test
    void everyColumnStartsWhereItsHeadingDoes() throws Exception {
        SaveStore store = new SaveStore(dir);
        store.save("a", save("1 Virtual machines", 3, 99, 60));
        store.save("autosave-2026-11-30-1027", save("3 Orchestration", 76, 99, 7300));
        String table = SavesTable.render(store, store.list(), ZoneOffset.UTC, "./play --saves /tmp/my saves");
        List<String> rows = table.lines().toList();
        String head = rows.get(1);
        for (String row : rows.subList(2, 4)) {
            for (String column : List.of("CHAPTER", "SCENES", "PLAYED", "LAST PLAYED")) {
                int at = head.indexOf(column);
                assertTrue(row.charAt(at - 1) == ' ' && row.charAt(at) != ' ', column + " out of line:\n" + table);
            }
        }
        assertTrue(table.contains("76/99 "), table);
        assertTrue(table.contains("as the in-game map counts them"), "says what SCENES counts:\n" + table);
        assertTrue(table.contains("Resume the newest with ./play --saves /tmp/my saves --continue, or one with"
                + " ./play --saves /tmp/my saves --load NAME"), table);
    }

    @Test
    void aSaveCountsTheScenesAsTheMapDoes() throws Exception {
        Fixtures.Played course = Fixtures.course();
        Story story = Fixtures.story();
        GameState midway = course.states().get(course.states().size() / 2);
        SaveFile.Summary summary = Snapshots.of(story, midway, Fixtures.T0, Fixtures.T0, 0, List.of()).summary();

        String map = course.engine().step(midway, "map").events().stream()
                .filter(e -> e instanceof Event.Report).map(e -> ((Event.Report) e).text()).findFirst().orElseThrow();
        int seen = 0;
        int total = 0;
        Matcher m = Pattern.compile("(?m)^  \\[.{4}\\] .*? (\\d+)/(\\d+)").matcher(map);
        while (m.find()) {
            seen += Integer.parseInt(m.group(1));
            total += Integer.parseInt(m.group(2));
        }
        assertEquals(total, summary.scenesTotal(), map);
        assertEquals(seen, summary.scenesVisited(), map);
        assertTrue(total < story.scenes().size(), "the alternative endings and extra steps are not counted: " + total);
    }
}
