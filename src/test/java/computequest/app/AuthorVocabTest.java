package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.story.Diagnostic;
import computequest.story.StoryParser;
import computequest.story.StoryValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** story/SIMULATOR.md is what the simulator models, and stays current; unsimulated real commands are named as such. */
class AuthorVocabTest {

    @Test
    void simulatorMdIsCurrent() throws Exception {
        assertEquals(AuthorVocabCommand.markdown(), Files.readString(Path.of("story/SIMULATOR.md")),
                "story/SIMULATOR.md is out of date: run ./play author vocab -o story/SIMULATOR.md and commit it");
    }

    @Test
    void theListingNamesKindsValuesCommandsAndTheUnsimulated() {
        String md = AuthorVocabCommand.markdown();
        assertTrue(md.contains("| `instance` | `state` | `pending`, `running`,"), md);
        assertTrue(md.contains("| `instance` | `type` | `t3.nano`") || md.contains("| `instance` | `type` | `"), md);
        assertTrue(md.contains("| `aws ec2 run-instances` |"), md);
        assertTrue(md.contains("- `aws ec2: "), md);
        AuthorToolsTest.Run r = AuthorToolsTest.author("vocab");
        assertEquals(0, r.code());
        assertEquals(md, r.out());
    }

    @Test
    void anOnPatternForARealButUnsimulatedCommandSaysSoAndHowToExtend() {
        String story = ":: a\n@hint h\n* Go -> end\n@on aws ec2 create-volume --size 8\n  > Not yet.\n"
                + "@on aws ec2 create-volumes\n  > typo\n:: end\n@ending\n";
        List<Diagnostic> ds = StoryValidator.check(StoryParser.parse(Map.of("t.story", story)), SimVocab.INSTANCE);
        assertEquals(2, ds.size(), ds.toString());
        assertEquals("t.story:4:1", ds.get(0).position().toString());
        assertTrue(ds.get(0).message().startsWith("'aws ec2 create-volume' is a real AWS command, but the simulator"
                + " does not simulate it"), ds.get(0).message());
        assertTrue(ds.get(0).hint().contains("sim/Services.java"), ds.get(0).hint());
        assertTrue(ds.get(1).message().startsWith("the simulated cloud does not know 'aws ec2 create-volumes'"),
                ds.get(1).message());
    }
}
