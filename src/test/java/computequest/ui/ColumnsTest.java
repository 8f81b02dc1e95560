package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Event;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: a borderless table wider than its space keeps its columns in line, in the pane and in line mode. */
class ColumnsTest {

    static final List<String> PODS = List.of(
            "NAME                                 READY  STATUS       RESTARTS  AGE",
            "web-44308ca39f-3c821                 1/1    Running      0         60s",
            "web-44308ca39f-a7ff0                 1/1    Running      0         60s");

    @Test
    void aWideKubectlTableSplitsEveryRowAtTheSameColumn() {
        List<String> out = Columns.fit(PODS, 56);
        assertEquals(List.of(
                "NAME                                 READY  STATUS",
                "  RESTARTS  AGE",
                "web-44308ca39f-3c821                 1/1    Running",
                "  0         60s",
                "web-44308ca39f-a7ff0                 1/1    Running",
                "  0         60s"), out);
    }

    @Test
    void aVeryWideTableSplitsMoreThanOnceAndNothingIsCutOrWider() {
        List<String> images = List.of(
                "REPOSITORY                                                   TAG        IMAGE ID       CREATED          SIZE",
                "web                                                          v1         098aeff70f30   0 minutes ago    48MB",
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/web             v1         098aeff70f30   0 minutes ago    48MB");
        for (int width = 40; width <= 100; width += 5) {
            List<String> out = Columns.fit(images, width);
            String all = String.join("\n", out);
            for (String l : out) {
                assertTrue(l.length() <= width || l.strip().equals("123456789012.dkr.ecr.us-east-1.amazonaws.com/web"),
                        width + ": too wide '" + l + "' (only a first column wider than the width may be)\n" + all);
            }
            for (String word : String.join(" ", images).split(" +")) {
                assertTrue(all.contains(word), width + ": '" + word + "' lost or split\n" + all);
            }
        }
    }

    @Test
    void jsonAndTablesThatFitAreNotTables() {
        assertNull(Columns.fit(PODS, 80), "it fits");
        assertNull(Columns.fit(List.of("{", "    \"Reservations\": [", "        {", "            \"ReservationId\":"
                + " \"r-071c18690ee42c90b\",", "        }", "    ]", "}"), 40), "JSON is no table");
    }

    @Test
    void lineModePrintsAWideDockerImagesTableInColumns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(new byte[0]), out, 80)) {
            ui.show(null, List.of(new Event.Output(String.join("\n", PODS.stream().map(l -> l + "  extra-column-here")
                    .toList()), true)));
        }
        String s = out.toString(StandardCharsets.UTF_8);
        for (String l : s.split("\n")) {
            assertTrue(l.length() <= 80, "wider than the terminal: '" + l + "'\n" + s);
        }
        assertTrue(s.contains("\n  60s  extra-column-here\n") || s.contains("\n  AGE  extra-column-here")
                || s.matches("(?s).*\n  RESTARTS  AGE +extra-column-here\n.*") || s.contains("  0         60s"), s);
    }

    /** A row of a name and then words stays whole (for the hanging wrap); a date-time cell still moves as a column. */
    @Test
    void aRowOfWordsStaysWholeAndADateIsACell() {
        List<String> saves = List.of(
                "  NAME       CHAPTER              PLAYED    LAST PLAYED",
                "  aaaa       1 Virtual machines   0s        2026-11-30 08:19 UTC",
                "  odd.json   CANNOT BE LOADED: is not a Compute Quest save (it is JSON, but has no format)");
        List<String> out = Columns.fit(saves, 60);
        assertTrue(out.contains(saves.get(2)), "the row of words is whole: " + out);
        assertTrue(out.contains("  aaaa       1 Virtual machines   0s") && out.contains("    2026-11-30 08:19 UTC"), out
                .toString());
    }
}
