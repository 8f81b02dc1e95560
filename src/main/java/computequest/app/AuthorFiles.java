package computequest.app;

import computequest.story.Diagnostic;
import computequest.story.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an author's text file (a walkthrough, rules.txt, the figures list, the concept table) as the story parser
 * reads a .story file: a byte that is not UTF-8 is a problem reported at its line and column, and the rest of the
 * file is still read and checked. Files.readString stopped the whole check at the first such byte with only
 * "Input length = 1" (a hostile tester's finding).
 */
final class AuthorFiles {

    private AuthorFiles() {
    }

    /** The file's text, with U+FFFD for each byte that is not UTF-8; the first such byte is added to {@code problems}. */
    static String text(Path file, String name, List<Diagnostic> problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult r = strict.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        if (r.isError()) {
            int at = in.position();
            String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
            int line = 1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                }
            }
            int column = before.length() - before.lastIndexOf('\n');
            problems.add(new Diagnostic(new Position(name, line, column), Diagnostic.Severity.ERROR,
                    String.format("the file is not valid UTF-8 text (byte 0x%02X here)", bytes[at] & 0xFF),
                    "save it as UTF-8"));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
