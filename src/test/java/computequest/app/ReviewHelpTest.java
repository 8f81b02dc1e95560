package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ./play help review and ./play review --help describe the review (a playtester got "Unknown subcommand"). */
class ReviewHelpTest {

    static String out(String... args) {
        PrintStream was = System.out;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(b, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args, new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString());
        } finally {
            System.setOut(was);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpReviewAndReviewHelpDescribeIt() {
        for (String[] args : new String[][] {{"help", "review"}, {"review", "--help"}}) {
            String s = out(args);
            assertTrue(s.startsWith("Usage: ./play review"), s);
            assertTrue(s.contains("Retrieval practice") && s.contains("--load=NAME") && s.contains("--saves=DIR"), s);
        }
        assertTrue(out("--help").contains("review      Retrieval practice"), "listed among the commands");
    }
}
