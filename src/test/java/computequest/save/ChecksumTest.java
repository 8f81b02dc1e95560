package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/** The checksum line is found and checked as the regular expression it replaced found and checked it. */
class ChecksumTest {

    private static final Pattern LINE = Pattern.compile("\\A\\{\\n  \"checksum\": \"([^\"\\n]*)\",\\n");

    /** The check as it was written first: a pattern for the line, the rest copied and formatted. */
    private static Checksum.Verdict reference(String text) {
        Matcher m = LINE.matcher(text);
        if (!m.lookingAt()) {
            return Checksum.Verdict.ABSENT;
        }
        CRC32C crc = new CRC32C();
        crc.update(("{\n" + text.substring(m.end())).getBytes(StandardCharsets.UTF_8));
        String hex = String.format(Locale.ROOT, "%08x", crc.getValue());
        return ("crc32c:" + hex).equals(m.group(1)) ? Checksum.Verdict.MATCHES : Checksum.Verdict.DIFFERS;
    }

    @Test
    void linesAndTextsAreJudgedAsThePatternJudgedThem() {
        List<String> bodies = List.of("{\n  \"a\": 1\n}\n", "{\n  \"caf\u00e9\": \"\u2192 \ud83d\ude00\"\n}\n", "{\n}",
                "{\n  \"x\": \"\\\"\",\n  \"n\": 0\n}\n");
        List<String> texts = new ArrayList<>();
        for (String body : bodies) {
            String good = Checksum.add(body);
            texts.add(good);
            texts.add(good.replace("crc32c:", "crc32c:0"));
            texts.add(good.replace("\",\n  \"a", "\",\n  \"b"));
            texts.add(good.replaceFirst("crc32c:[0-9a-f]{8}", "crc32c:\u00e9"));
            texts.add(good.replaceFirst("crc32c:[0-9a-f]{8}", "crc32c:\nab"));
            texts.add(good.replaceFirst("crc32c:[0-9a-f]{8}", ""));
            texts.add(good.replaceFirst("\",\n", "\"\n"));
            texts.add(good.replaceFirst("\",\n", "\" ,\n"));
            texts.add(good.substring(0, 20));
            texts.add(good.substring(0, good.indexOf("\",\n") + 1));
            texts.add(body);
            texts.add(" " + good);
        }
        Random rnd = new Random(3);
        String good = Checksum.add(bodies.get(1));
        String chars = "\"\n,x\u00e9 0";
        for (int i = 0; i < 300; i++) {
            int at = rnd.nextInt(good.length());
            texts.add(good.substring(0, at) + chars.charAt(rnd.nextInt(chars.length())) + good.substring(at + 1));
        }
        int matches = 0;
        for (String t : texts) {
            assertEquals(reference(t), Checksum.check(t), t);
            matches += Checksum.check(t) == Checksum.Verdict.MATCHES ? 1 : 0;
        }
        assertEquals(Checksum.Verdict.MATCHES, Checksum.check(good));
        assertEquals(true, matches >= bodies.size() && matches < texts.size() / 2, matches + " matches");
    }

    @Test
    void theLineIsTheCrc32cOfTheRestAsWrittenBefore() {
        String body = "{\n  \"k\": \"\u00e9\"\n}\n";
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        assertEquals("{\n  \"checksum\": \"crc32c:" + String.format(Locale.ROOT, "%08x", crc.getValue()) + "\",\n"
                + body.substring(2), Checksum.add(body));
    }
}
