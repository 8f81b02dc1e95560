package computequest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of a story's rules.txt, on a small fixture story that breaks it once, at the place that breaks it. */
class RuleCheckTest {

    static final String STORY = """
            @chapter 1 One
            :: a
            @objective Pick.
            @hint one
            * A right answer that is far too long for the limit -> q
              > ok
            * A wrong answer
            @check score >=1
            :: q
            @quiz
            @hint one
            @hint two
            * Right -> end
              ~ badge Star
              > yes
            * Wrong
              > no
            :: end
            @chapter 2 Two
            @ending
            """;

    static List<Diagnostic> run(String rules) {
        List<Diagnostic> out = new ArrayList<>();
        StoryRules r = StoryRules.parse("rules.txt", rules, out);
        out.addAll(RuleCheck.check(StoryParser.parse(Map.of("t.story", STORY)).story(), r));
        return out;
    }

    static List<String> where(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.position() + " " + d.message().split(" \\(rule")[0]).toList();
    }

    @Test
    void noRulesNoProblems() {
        assertEquals(List.of(), run("# nothing\n"));
    }

    @Test
    void eachRuleReportsWhereItIsBroken() {
        assertEquals(List.of("t.story:9:1 the scene 'q' has no @objective"), where(run("objective required\n")));
        assertEquals(List.of("t.story:2:1 the scene 'a' has 1 @hint, the rules want 3",
                "t.story:9:1 the scene 'q' has 2 @hints, the rules want 3"), where(run("hints 3\n")));
        assertEquals(List.of("t.story:5:1 this choice is 49 characters long; the rules allow 20"),
                where(run("choice-length 20\n")));
        assertEquals(List.of("t.story:7:1 the choice 'A wrong answer' keeps the player here without saying why",
                "t.story:8:1 this @check says nothing when it fires"), where(run("explain-wrong-choices yes\n")));
        assertEquals(List.of("t.story:18:1 the chapter '2 Two' has 0 @quiz scenes, the rules want 1"),
                where(run("quiz-per-chapter 1\n")));
        assertEquals(List.of(), run("quiz-per-chapter 1 except 2\n"));
        assertEquals(List.of("rules.txt:1:1 the story has 1 @ending scene, this rule wants at least 2"),
                where(run("endings 2\n")));
        assertEquals(List.of("rules.txt:2:3 the story awards 1 badge, this rule wants at least 3"),
                where(run("# badges\n  badges 3 # comment\n")));
    }

    @Test
    void aMessageNamesTheRuleBehindIt() {
        Diagnostic d = run("\nchoice-length 20\n").get(0);
        assertTrue(d.message().endsWith("(rule 'choice-length' at rules.txt:2:1)"), d.message());
    }

    @Test
    void unknownRulesAndBadValuesArePositionedWithDidYouMean() {
        List<Diagnostic> ds = run("hint 3\nchoice-length many\nendings\n");
        assertEquals(List.of("rules.txt:1:1 unknown rule 'hint'", "rules.txt:2:1 the rule 'choice-length' needs a"
                + " number, not 'many'", "rules.txt:3:1 the rule 'endings' needs a value"), where(ds));
        assertEquals("did you mean 'hints'?", ds.get(0).hint());
    }
}
