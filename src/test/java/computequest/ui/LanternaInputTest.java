package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanternaInputTest {

    private static LanternaInput typed(String s) {
        LanternaInput in = new LanternaInput();
        s.chars().forEach(c -> in.insert((char) c));
        return in;
    }

    @Test
    void historyWalksBackAndForthAndKeepsTheDraft() {
        LanternaInput in = new LanternaInput();
        in.set("first");
        in.submit();
        in.set("second");
        in.submit();
        in.set("second");
        in.submit();
        assertEquals(List.of("first", "second"), in.history(), "a repeated line is remembered once");
        in.set("draft");
        in.previous();
        assertEquals("second", in.text());
        in.previous();
        assertEquals("first", in.text());
        in.previous();
        assertEquals("first", in.text(), "stays at the oldest");
        in.next();
        assertEquals("second", in.text());
        in.next();
        assertEquals("draft", in.text(), "past the newest comes back what was being typed");
    }

    @Test
    void blankLinesAreNotRemembered() {
        LanternaInput in = new LanternaInput();
        in.set("   ");
        assertEquals("   ", in.submit());
        assertEquals(List.of(), in.history());
    }

    @Test
    void editingMovesTheCursor() {
        LanternaInput in = typed("wiat");
        in.left();
        in.left();
        in.backspace();
        in.right();
        in.insert('i');
        assertEquals("wait", in.text());
        assertEquals(3, in.cursor());
        in.home();
        in.delete();
        assertEquals("ait", in.text());
        in.end();
        in.insert('!');
        assertEquals("ait!", in.text());
        LanternaInput w = typed("aws ec2 describe");
        w.deleteWord();
        assertEquals("aws ec2 ", w.text());
    }

    @Test
    void tabCompletesOneMatchWholeAndSeveralToTheirCommonPrefix() {
        List<String> words = List.of("help", "hint", "aws ec2 run-instances", "aws ec2 reboot-instances",
                "aws ec2 describe-instances");
        LanternaInput in = typed("he");
        assertEquals(List.of("help"), in.complete(words));
        assertEquals("help ", in.text());

        LanternaInput aws = typed("AWS EC2 R");
        assertEquals(2, aws.complete(words).size());
        assertEquals("aws ec2 r", aws.text(), "case follows the candidates");
        LanternaInput desc = typed("aws ec2 d");
        desc.complete(words);
        assertEquals("aws ec2 describe-instances ", desc.text());
        LanternaInput a2 = typed("aws ec2 ");
        assertEquals(3, a2.complete(words).size());
        assertEquals("aws ec2 ", a2.text(), "no common progress leaves the line as typed");

        List<String> services = List.of("aws s3", "aws s3api", "aws sqs");
        LanternaInput s3 = typed("aws s3");
        assertEquals(List.of("aws s3", "aws s3api"), s3.complete(services), "s3 is a whole word and begins s3api");
        assertEquals("aws s3", s3.text(), "nothing the player did not choose");
        LanternaInput sqs = typed("aws sqs");
        assertEquals(List.of("aws sqs"), sqs.complete(services));
        assertEquals("aws sqs ", sqs.text(), "a word already whole gets its space");

        LanternaInput none = typed("xyz");
        assertEquals(List.of(), none.complete(words));
        assertEquals("xyz", none.text());
    }

    @Test
    void completionWorksBeforeTheCursorAndKeepsTheRest() {
        LanternaInput in = typed("aws ec2 desc --output table");
        for (int i = 0; i < " --output table".length(); i++) {
            in.left();
        }
        in.complete(List.of("aws ec2 describe-instances"));
        assertEquals("aws ec2 describe-instances --output table", in.text());
        assertEquals("aws ec2 describe-instances".length(), in.cursor());
    }
}
