package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Enter typed ahead as a carriage return reaches the full screen as Enter, and the key after it too; a CR LF is one
 * Enter. Lanterna's own decoder, on a stream that stays open as a keyboard does, holds a lone carriage return.
 */
class TypedAheadTest {

    /** The keys Lanterna decodes from what is typed, the stream left open (no end of input to flush a held key). */
    static List<String> keys(String typed, boolean typedAhead) throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        InputStream in = new PipedInputStream(keyboard, 4096);
        InputDecoder d = new InputDecoder(new InputStreamReader(typedAhead ? new TypedAhead(in) : in,
                StandardCharsets.UTF_8));
        d.addProfile(new DefaultKeyDecodingProfile());
        keyboard.write(typed.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < typed.length() + 3; i++) {
            KeyStroke k = d.getNextCharacter(false);
            if (k != null) {
                out.add(k.getCharacter() != null && k.getKeyType().name().equals("Character")
                        ? String.valueOf(k.getCharacter()) : k.getKeyType().name());
            }
            Thread.sleep(5);
        }
        return out;
    }

    @Test
    void aCarriageReturnIsEnterAndTheNextKeyIsKept() throws Exception {
        assertEquals(List.of("h", "i", "Enter", "x"), keys("hi\rx", true));
        assertEquals(List.of("h", "i"), keys("hi\rx", false), "Lanterna alone loses both (why TypedAhead exists)");
    }

    @Test
    void crLfIsOneEnterAndANewlineStaysEnter() throws Exception {
        assertEquals(List.of("a", "Enter", "b"), keys("a\r\nb", true));
        assertEquals(List.of("a", "Enter", "b"), keys("a\nb", true));
    }

    @Test
    void aCrLfSplitAcrossReadsIsStillOneEnter() throws IOException {
        InputStream two = new InputStream() {
            private final byte[][] reads = {"a\r".getBytes(StandardCharsets.US_ASCII), "\nb".getBytes(StandardCharsets.US_ASCII)};
            private int next;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (next == reads.length) {
                    return -1;
                }
                byte[] r = reads[next++];
                System.arraycopy(r, 0, b, off, r.length);
                return r.length;
            }
        };
        assertEquals("a\nb", new String(new TypedAhead(two).readAllBytes(), StandardCharsets.US_ASCII));
        assertEquals("a\nb", new String(new TypedAhead(new ByteArrayInputStream("a\r\nb".getBytes(
                StandardCharsets.US_ASCII))).readAllBytes(), StandardCharsets.US_ASCII));
    }
}
