package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.story.Diagnostic;
import computequest.story.Position;
import computequest.story.StoryParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code author check} dry-runs every scene's {@code @setup} chain at once, along the shortest-path tree: each scene
 * starts from the state of the scene before it on that tree (which it drops once every scene after it has started),
 * and finds exactly what a playtest from each scene on its own finds.
 */
class PlaytestDryRunTest {

    private static final String STORY = """
            @story t Branches
            @start a
            :: a
            @hint h
            * To b -> b
            * To c -> c
            :: b
            @setup run aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro
            @setup wait 60
            @hint h
            * On -> d
            * Also -> f
            :: c
            @hint h
            * On -> d2
            :: d
            @setup run aws ec2 stop-instances --instance-ids ${instance state=running}
            @hint h
            * End -> e
            :: f
            @setup run aws ec2 stop-instances --instance-ids ${instance state=running}
            @hint h
            * End -> e
            :: d2
            @setup run aws ec2 stop-instances --instance-ids ${instance state=running}
            @hint h
            * End -> e
            :: e
            @ending
            """;

    @Test
    void eachSceneStartsFromItsOwnPathAndFindsWhatItsOwnPlaytestFinds() {
        StoryParser.Parsed parsed = StoryParser.parse(Map.of("t.story", STORY));
        assertEquals(List.of(), parsed.diagnostics());
        Engine engine = new Engine(parsed.story());
        List<Diagnostic> all = Playtest.dryRunAll(engine, 1);
        // Only d2's setup fails: its path (a > c) launched no instance; d and f follow b, which did.
        assertEquals(1, all.size(), all.toString());
        assertEquals(new Position("t.story", 25, 8), all.get(0).position());
        assertTrue(all.get(0).message().startsWith("a playtest from 'd2' fails here: "), all.get(0).message());
        Set<String> one = new TreeSet<>();
        for (String id : parsed.story().scenes().keySet()) {
            Playtest.dryRun(engine, id, 1).forEach(d -> one.add(d.position().toString()));
        }
        Set<String> together = new TreeSet<>();
        all.forEach(d -> together.add(d.position().toString()));
        assertEquals(one, together);
    }
}
