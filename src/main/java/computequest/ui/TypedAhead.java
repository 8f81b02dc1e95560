package computequest.ui;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The keyboard's bytes for the full screen, with each carriage return read as the newline the terminal makes of Enter.
 * A terminal in the game's mode turns Enter into a newline as it arrives; keys typed at the shell's prompt before the
 * game started were queued in the shell's mode, which leaves Enter as a carriage return. Lanterna waits on a lone
 * carriage return for what follows and then loses both it and the next key, so a playtester's typed-ahead
 * "hint" + Enter stayed unsent and the next key vanished. A newline right after a carriage return (CR LF, from a paste)
 * is one Enter, not two.
 */
final class TypedAhead extends FilterInputStream {

    private boolean afterCr;

    TypedAhead(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        while (true) {
            int b = super.read();
            if (b == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            return afterCr ? '\n' : b;
        }
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        while (true) {
            int n = super.read(buf, off, len);
            if (n <= 0) {
                return n;
            }
            int out = off;
            for (int i = off; i < off + n; i++) {
                byte b = buf[i];
                if (b == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = b == '\r';
                buf[out++] = afterCr ? (byte) '\n' : b;
            }
            if (out > off) {
                return out - off;
            }
            // only the newline of a CR LF split across reads: read on
        }
    }
}
