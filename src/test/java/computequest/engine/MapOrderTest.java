package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import computequest.story.StoryParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The map lists chapters in the order play reaches them, whatever the files' names. */
class MapOrderTest {

    @Test
    void chaptersFollowPlayNotFileNames() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a-extras.story", "@chapter 3 Extras\n:: x\n@ending\n");
        files.put("b-intro.story", "@start i\n@chapter 1 Intro\n:: i\n* Go -> m\n");
        files.put("c-middle.story", "@chapter 2 Middle\n:: m\n* Go -> x\n:: lost\n@chapter 9 Lost\n@ending\n");
        Engine engine = new Engine(StoryParser.parse(files).story());
        List<String> chapters = ProgressMap.chapters(engine.story(), engine.start(1).state()).stream()
                .map(ProgressMap.ChapterProgress::chapter).toList();
        assertEquals(List.of("1 Intro", "2 Middle", "3 Extras", "9 Lost"), chapters);
    }
}
