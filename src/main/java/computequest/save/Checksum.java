package computequest.save;

import java.nio.charset.StandardCharsets;
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

    private static final String PREFIX = "{\n  \"checksum\": \"";
    private static final byte[] START = {'{', '\n'};

    private Checksum() {
    }

    /** The result of checking a text. */
    enum Verdict { MATCHES, DIFFERS, ABSENT }

    /** Puts the checksum line into encoded JSON, which starts with "{\n". */
    static String add(String json) {
        if (!json.startsWith("{\n")) {
            throw new IllegalArgumentException("a save is a JSON object");
        }
        return PREFIX + "crc32c:" + hex(json, 2) + "\",\n" + json.substring(2);
    }

    /**
     * Checks a text written by {@link #add}; ABSENT when it has no checksum line (files of format 2 and older). The
     * line is found by hand and the text is not copied, which a cold start notices on a large save (no regular
     * expression, no formatter: README, Performance); ChecksumTest holds it to the pattern it replaces.
     */
    static Verdict check(String text) {
        if (!text.startsWith(PREFIX)) {
            return Verdict.ABSENT;
        }
        int quote = text.indexOf('"', PREFIX.length());
        String stated = quote < 0 ? "\n" : text.substring(PREFIX.length(), quote);
        if (stated.indexOf('\n') >= 0 || !text.startsWith("\",\n", quote)) {
            return Verdict.ABSENT;
        }
        return ("crc32c:" + hex(text, quote + 3)).equals(stated) ? Verdict.MATCHES : Verdict.DIFFERS;
    }

    /** The CRC32C of "{\n" and the text from {@code from} on, in UTF-8, as 8 hex digits. */
    private static String hex(String text, int from) {
        CRC32C crc = new CRC32C();
        crc.update(START);
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        int skip = from == 2 ? 2 : text.substring(0, from).getBytes(StandardCharsets.UTF_8).length;
        crc.update(all, skip, all.length - skip);
        String h = Integer.toHexString((int) crc.getValue());
        return "00000000".substring(h.length()) + h;
    }
}
