package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The TextMate grammars in story/editor give each sigil of a .story or .walk line its scope. */
class EditorGrammarTest {

    /** The scope of the first pattern that matches at the start of the line, and of its capture {@code group}. */
    static String scope(String grammar, String line, int group) throws Exception {
        JsonObject g = JsonParser.parseString(Files.readString(Path.of("story/editor", grammar))).getAsJsonObject();
        JsonArray patterns = g.getAsJsonArray("patterns");
        for (int i = 0; i < patterns.size(); i++) {
            JsonObject p = patterns.get(i).getAsJsonObject();
            String regex = p.has("match") ? p.get("match").getAsString() : p.get("begin").getAsString();
            Matcher m = Pattern.compile(regex).matcher(line);
            if (m.lookingAt()) {
                if (group == 0) {
                    return p.has("name") ? p.get("name").getAsString() : "(captures)";
                }
                return p.getAsJsonObject("captures").getAsJsonObject(Integer.toString(group)).get("name")
                        .getAsString() + "=" + m.group(group);
            }
        }
        return "(none)";
    }

    @Test
    void storyLinesGetTheirScopes() throws Exception {
        String g = "story.tmLanguage.json";
        assertEquals("comment.line.double-slash.cq-story", scope(g, "// a note", 0));
        assertEquals("entity.name.function.scene-id.cq-story=ec2-launch", scope(g, ":: ec2-launch", 2));
        assertEquals("entity.name.function.scene-id.cq-story=ec2-ram",
                scope(g, "@goal instance state=running -> ec2-ram", 4));
        assertEquals("meta.condition.cq-story=instance state=running",
                scope(g, "@goal instance state=running -> ec2-ram", 2));
        assertEquals("keyword.control.cq-story=@hint", scope(g, "@hint Type: aws ec2 describe-instances", 1));
        assertEquals("entity.name.function.scene-id.cq-story=ec2-type", scope(g, "* Amazon Linux 2023 -> ec2-type", 4));
        assertEquals("meta.condition.cq-story=flag has-key", scope(g, "  ? flag has-key", 2));
        assertEquals("variable.other.effect.cq-story=score +5", scope(g, "  ~ score +5", 2));
        assertEquals("markup.quote.feedback.cq-story=Right.", scope(g, "  > Right.", 2));
        assertEquals("markup.raw.block.cq-story", scope(g, "```", 0));
    }

    @Test
    void walkLinesGetTheirScopes() throws Exception {
        String g = "walk.tmLanguage.json";
        assertEquals("keyword.control.cq-walk=@from", scope(g, "@from ec2-az", 1));
        assertEquals("string.unquoted.input.cq-walk=aws ec2 describe-instances", scope(g, "> aws ec2 describe-instances",
                2));
        assertEquals("keyword.other.cq-walk=scene", scope(g, "expect scene ec2-ram", 2));
        assertEquals("keyword.control.choose.cq-walk=choose", scope(g, "choose hibernation enabled", 1));
        assertEquals("string.unquoted.input.cq-walk=hibernation enabled", scope(g, "choose hibernation enabled", 2));
        assertEquals("meta.condition.cq-walk=instance state=running count=1",
                scope(g, "expect instance state=running count=1", 3));
    }
}
