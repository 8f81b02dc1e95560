package computequest.course;

import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.Event;
import computequest.engine.GameState;
import computequest.story.Story;
import computequest.story.StoryParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the README and the glossary say about the course agrees with the course: the scene counts come from the story
 * and from what {@code map} counts, and the terms chapter 1 leans on are in the glossary.
 */
class CourseFactsInReadmeTest {

    static final Story STORY = load();

    static Story load() {
        try {
            return StoryParser.parseDirectory(Path.of("story")).story();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String said(Engine e, GameState s, String line) {
        StringBuilder b = new StringBuilder();
        for (Event ev : e.step(s, line).events()) {
            if (ev instanceof Event.Report r) {
                b.append(r.text());
            } else if (ev instanceof Event.Feedback f) {
                b.append(f.text());
            }
        }
        return b.toString();
    }

    @Test
    void theReadmeCountsTheScenesAsMapAndTheStoryDo() throws Exception {
        Engine e = new Engine(STORY);
        Matcher m = Pattern.compile("(?m)^ +\\[[a-z ]*\\] \\d+ [A-Za-z ]+? +(\\d+)/(\\d+)").matcher(said(e, e.start(1).state(), "map"));
        int onThePath = 0;
        while (m.find()) {
            onThePath += Integer.parseInt(m.group(2));
        }
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("Six chapters, " + onThePath + " scenes on the way through"),
                "map counts " + onThePath + " scenes; the README should say so: " + said(e, e.start(1).state(), "map"));
        assertTrue(readme.contains("the story holds " + STORY.scenes().size() + " with"),
                "the story has " + STORY.scenes().size() + " scenes; the README should say so");
    }

    @Test
    void theGlossaryDefinesSecurityGroupsAndKeyPairs() {
        Engine e = new Engine(STORY);
        GameState s = e.start(1).state();
        assertTrue(said(e, s, "glossary security group").toLowerCase().contains("firewall"),
                said(e, s, "glossary security group"));
        assertTrue(said(e, s, "glossary key pair").contains(".pem"), said(e, s, "glossary key pair"));
    }
}
