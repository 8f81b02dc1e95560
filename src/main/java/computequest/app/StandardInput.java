package computequest.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells a game's input from something that is not one. With standard input closed ({@code ./play 0<&-}) the JVM's
 * first open file takes descriptor 0, usually the JDK's own {@code lib/modules}, and a reader then gets a million
 * binary "commands" and replaces the autosave. A regular file is peeked at (and put back) before anything is read.
 */
final class StandardInput {

    static final int PEEK = 8192;

    private StandardInput() {
    }

    /** Why the game cannot read its commands from standard input, or empty when it can. */
    static Optional<String> problem(InputStream in) {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return Optional.empty(); // not Linux: nothing to look at
        }
        try {
            Path target = Files.readSymbolicLink(fd0);
            if (target.startsWith(Path.of(System.getProperty("java.home")))) {
                return Optional.of(closed());
            }
        } catch (NoSuchFileException e) {
            return Optional.of(closed());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(fd0) || !in.markSupported()) {
            return Optional.empty(); // a terminal or a pipe: never wait for input here
        }
        try {
            in.mark(PEEK + 1);
            byte[] head = in.readNBytes(PEEK);
            in.reset();
            return text(head) ? Optional.empty() : Optional.of("standard input is not text (it holds binary data),"
                    + " so the game has nothing to read commands from. Give it a text file, a pipe or a terminal;"
                    + " no save was changed.");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String closed() {
        return "standard input is closed, so the game has nothing to read commands from. Run it in a terminal, or"
                + " give it input (" + PlayName.command() + " < commands.txt, or < /dev/null for none); no save was"
                + " changed.";
    }

    /** No NUL byte, and UTF-8 apart from a character cut off at the end of the peek. */
    static boolean text(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        int end = head.length;
        if (head.length == PEEK) {
            while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (head[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
