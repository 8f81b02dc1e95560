package computequest.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.story.StoryParser;
import computequest.ui.LineFrontend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Line mode at 80 columns after the whole course: help, status, glossary, map and saves fit in 80 columns, unless a
 * line is one word too long for any line; and no id, ARN or URL printed in the course is ever cut in two.
 */
class WrapAtSpacesTest {

    static final Pattern TOKEN = Pattern.compile("\\b(?:i|ami|subnet|vpc|sg|vol|eni)-[0-9a-f]{8,}\\b|arn:aws:[^\\s'\"]+"
            + "|https?://[^\\s'\"]+");

    @Test
    void theWholeCourseAtEightyColumnsWrapsOnlyAtSpaces() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        String input = Files.readString(Path.of("src/test/resources/transcripts/04-full-course-mistakes.in"))
                + "help\nstatus\nglossary\nmap\nsaves\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out, 80)) {
            new GameLoop(engine, ui, engine.start(1)).run();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> tooWide = new ArrayList<>();
        // the game's own reports after the course (program output, JSON and tables, is printed as the program wrote it)
        for (String line : text.substring(text.lastIndexOf("> help\n")).split("\n")) {
            if (line.length() > 80 && line.strip().contains(" ") && !line.startsWith("> ")) { // "> ": the typed line
                tooWide.add(line);
            }
        }
        assertTrue(tooWide.isEmpty(), tooWide.size() + " lines over 80 columns, for example:\n"
                + String.join("\n", tooWide.subList(0, Math.min(5, tooWide.size()))));
        // no id, ARN or URL is cut in two: a cut fills a line to the width and goes on at the start of the next
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            String a = lines[i];
            String b = lines[i + 1].stripLeading();
            if (a.length() == 80 && !a.startsWith("> ") && !b.isEmpty()) {
                String last = a.substring(a.lastIndexOf(' ') + 1);
                Matcher m = TOKEN.matcher(last + b.split(" ")[0]);
                assertTrue(!m.lookingAt() || m.end() <= last.length(), "cut in two:\n" + a + "\n" + lines[i + 1]);
            }
        }
    }

    /** Issue 15 item 14: the glossary list and the badges wrap once, to the width at hand, not ragged twice. */
    @Test
    void theGlossaryListWrapsOnceAtANarrowWidth() throws Exception {
        Engine engine = new Engine(StoryParser.parseDirectory(Path.of("story")).story());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LineFrontend ui = LineFrontend.streams(new ByteArrayInputStream("glossary\n".getBytes(
                StandardCharsets.UTF_8)), out, 50)) {
            new GameLoop(engine, ui, engine.start(1)).run();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> block = List.of(text.substring(text.indexOf("Glossary (")).split("\n"));
        List<String> terms = block.subList(1, block.size()).stream().takeWhile(l -> l.startsWith("  ")).toList();
        assertTrue(terms.size() > 3, text);
        for (int i = 0; i < terms.size() - 1; i++) {
            assertTrue(terms.get(i).length() > 35 && terms.get(i).length() <= 50, "ragged or too wide at line " + i
                    + ":\n" + String.join("\n", terms));
        }
    }
}
