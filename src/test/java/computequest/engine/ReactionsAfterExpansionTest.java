package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import computequest.story.StoryParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An {@code @on ok} or {@code @on error} pattern matches the command as it ran, variables filled in, as well as what
 * was typed: the course teaches {@code docker pull $URI:v1}, and a reaction written with the full URI must see it.
 */
class ReactionsAfterExpansionTest {

    private static final String URI = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web";
    private static final String STORY = """
            :: a
            Pull it.
            @on ok docker pull %s:v1
              ~ flag pulled
            @on error * aws ecr describe-repositories --repository-names nope
              ~ flag refused
            @goal flag pulled and flag refused -> b
            :: b
            Done.
            @ending
            """.formatted(URI);

    @Test
    void aPatternMatchesTheCommandWithItsVariablesFilledIn() {
        Engine engine = new Engine(StoryParser.parse(Map.of("t.story", STORY)).story());
        GameState s = engine.start(1).state();
        for (String line : new String[] {"docker build -t web:v1 .", "aws ecr create-repository --repository-name web",
                "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin"
                        + " 123456789012.dkr.ecr.us-east-1.amazonaws.com",
                "URI=$(aws ecr describe-repositories --repository-names web --query 'repositories[0].repositoryUri'"
                        + " --output text)",
                "docker tag web:v1 $URI:v1", "docker push $URI:v1", "docker rmi $URI:v1",
                "NAME=nope", "aws ecr describe-repositories --repository-names $NAME"}) {
            s = engine.step(s, line).state();
        }
        assertEquals("a", s.sceneId());
        assertEquals("true", s.flags().get("refused"), "the error reaction saw the filled-in name");
        s = engine.step(s, "docker pull $URI:v1").state();
        assertEquals("b", s.sceneId(), "the pull by variable fired the reaction written with the full URI");
    }
}
