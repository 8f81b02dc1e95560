package computequest.save;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The checksum that tells a save as the game wrote it from one changed since, by a bit flip on a disk or by a hand:
 * CRC32C, which catches every single-bit flip and every burst of up to 32 bits, over the whole text but its own line.
 * It is the second line of the file, so it can be checked before anything is parsed:
 * <pre>
 * {
 *   "checksum": "crc32c:1a2b3c4d",
 *   "format": "compute-quest-save",
 *   ...
 * </pre>
 */
final class Checksum {

    private static final String PREFIX = "{\n  \"checksum\": \"crc32c:";
    private static final Pattern LINE = Pattern.compile("\\A\\{\\n  \"checksum\": \"([^\"\\n]*)\",\\n");

    private Checksum() {
    }

    /** The result of checking a text. */
    enum Verdict { MATCHES, DIFFERS, ABSENT }

    /** Puts the checksum line into encoded JSON, which starts with "{\n". */
    static String add(String json) {
        if (!json.startsWith("{\n")) {
            throw new IllegalArgumentException("a save is a JSON object");
        }
        return PREFIX + hex(json) + "\",\n" + json.substring(2);
    }

    /** Checks a text written by {@link #add}; ABSENT when it has no checksum line (files of format 2 and older). */
    static Verdict check(String text) {
        Matcher m = LINE.matcher(text);
        if (!m.lookingAt()) {
            return Verdict.ABSENT;
        }
        String rest = "{\n" + text.substring(m.end());
        return ("crc32c:" + hex(rest)).equals(m.group(1)) ? Verdict.MATCHES : Verdict.DIFFERS;
    }

    private static String hex(String s) {
        CRC32C crc = new CRC32C();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }
}
