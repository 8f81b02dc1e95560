package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every point is announced where it is earned: over a whole course, the {@code [score]} lines line mode prints add up
 * to the final score the end screen shows, the ending's bonus included.
 */
class ScoreLinesAddUpTest {

    private static final Pattern POINTS = Pattern.compile("(?m)^\\[score\\] ([+-]\\d+) points? \\(score (\\d+)\\)$");
    private static final Pattern FINAL = Pattern.compile("Final score: (\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"03-full-course.in", "04-full-course-mistakes.in"})
    void theScoreLinesOfAWholeCourseAddUpToTheFinalScore(String in) throws Exception {
        String out = TranscriptTest.play(Files.readString(TranscriptTest.DIR.resolve(in)), 1);
        Matcher end = FINAL.matcher(out);
        assertTrue(end.find(), in + " reaches no ending");
        int sum = 0;
        int lastTotal = -1;
        Matcher m = POINTS.matcher(out.substring(0, end.start()));
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
            lastTotal = Integer.parseInt(m.group(2));
        }
        assertEquals(Integer.parseInt(end.group(1)), sum, in + ": the [score] lines add up to " + sum);
        assertEquals(sum, lastTotal, in + ": the last [score] line's total is the final score");
    }
}
