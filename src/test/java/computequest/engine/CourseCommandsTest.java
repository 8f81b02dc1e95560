package computequest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.present.Said;
import computequest.present.Telling;
import computequest.story.StoryParser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The glossary, objective and map commands, and quiz results. */
class CourseCommandsTest {

    static final String ONE = """
            @story t Test
            @start q1
            @chapter 1 Basics
            @glossary AMI: the image an instance boots from
            @glossary Instance type: the size of an instance
            @glossary ECS-optimized AMI: an AMI with the ECS agent
            :: q1
            @title Question one
            @quiz
            @objective Answer question one.
            Which?
            * Right -> q2
              ~ score +5
              > Yes.
            * Wrong
              > No, because.
            :: q2
            @title Question two
            @quiz
            Which now?
            * Right -> act
              > Yes.
            * Wrong
              > No.
            :: act
            @title Act
            Do it.
            @goal instance state=running -> done
              ~ badge Launcher
            """;
    static final String TWO = """
            @chapter 2 More
            :: done
            @title Done
            @ending
            The end.
            """;

    static Engine engine() {
        StoryParser.Parsed p = StoryParser.parse(new LinkedHashMap<>(Map.of("1.story", ONE)) {
            {
                put("2.story", TWO);
            }
        });
        assertFalse(p.hasErrors(), p.diagnostics().toString());
        return new Engine(p.story());
    }

    static String text(Step s) {
        return Telling.all(s.events()).stream().map(Said::text).collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void glossaryListsTermsAndDefinesOneCaseInsensitively() {
        Engine e = engine();
        GameState s = e.start(1).state();
        String list = text(e.step(s, "glossary"));
        assertTrue(list.contains("AMI") && list.contains("Instance type"), list);
        assertEquals("AMI: the image an instance boots from", text(e.step(s, "glossary ami")));
        assertTrue(text(e.step(s, "glossary instance")).startsWith("Instance type:"));
        assertTrue(text(e.step(s, "glossary instnace typ")).contains("Did you mean 'Instance type'?"));
        assertTrue(text(e.step(s, "glossary kubernetes")).contains("no entry for 'kubernetes'"));
    }

    @Test
    void objectiveRestatesTheSceneObjectiveOrWhatItAsks() {
        Engine e = engine();
        GameState s = e.start(1).state();
        assertTrue(text(e.step(s, "objective")).contains("Answer question one."));
        GameState q2 = e.step(s, "Right").state();
        assertTrue(text(e.step(q2, "objective")).contains("answer the question: pick 1-2"));
        GameState act = e.step(q2, "Right").state();
        assertTrue(text(e.step(act, "objective")).contains("in the simulated cloud"));
    }

    @Test
    void mapCountsScenesAndQuizAnswersRightFirstTime() {
        Engine e = engine();
        GameState s = e.start(1).state();
        s = e.step(s, "Right").state();        // q1 right first time (choices are shuffled: pick by text)
        s = e.step(s, "Wrong").state();        // q2 wrong...
        s = e.step(s, "Right").state();        // ...then right
        String map = text(e.step(s, "map"));
        assertTrue(map.contains("[here] 1 Basics") && map.contains("3/3"), map);
        assertTrue(map.contains("quiz 1/2 first try"), map);
        assertTrue(map.contains("[    ] 2 More") && map.contains("0/1"), map);
        s = e.step(s, "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro").state();
        s = e.step(s, "wait").state();
        assertTrue(s.ended());
        String end = text(e.step(s, "progress"));
        assertTrue(end.contains("[done] 1 Basics") && end.contains("[done] 2 More"), end);
        assertTrue(end.contains("Badges: Launcher"), end);
        assertTrue(text(e.step(s, "status")).contains("Badges: Launcher"));
    }

    @Test
    void aCreditedAnswerThatStaysIsRightAndACostlyOneThatMovesOnIsWrong() {
        String story = """
                @story t Test
                @start a
                :: a
                @title A
                Why?
                * Because of the subnet
                  ~ score +5
                  > Right.
                * Because of the type
                  > No.
                * Take the shortcut -> b
                  ~ score -5
                  > Costly.
                :: b
                @title B
                @ending
                End.
                """;
        StoryParser.Parsed p = StoryParser.parse(Map.of("t.story", story));
        Engine e = new Engine(p.story());
        GameState s = e.start(1).state();
        Step right = e.step(s, "1");
        assertTrue(right.events().stream().anyMatch(ev -> ev.equals(new Event.Feedback(Event.Tone.OK, "Right."))));
        Step wrong = e.step(s, "2");
        assertTrue(wrong.events().stream().anyMatch(ev -> ev.equals(new Event.Feedback(Event.Tone.WRONG, "No."))));
        Step costly = e.step(s, "3");
        assertTrue(costly.events().stream().anyMatch(ev -> ev.equals(new Event.Feedback(Event.Tone.WRONG, "Costly."))));
        assertEquals("b", costly.state().sceneId());
    }

    @Test
    void helpMentionsTheNewCommands() {
        Engine e = engine();
        String help = text(e.step(e.start(1).state(), "help"));
        assertTrue(help.contains("glossary") && help.contains("objective") && help.contains("map"), help);
    }
}
