package computequest.ui;

import java.util.regex.Pattern;
import org.jline.nativ.CLibrary;
import org.jline.terminal.Terminal;
import org.jline.terminal.spi.TerminalExt;

/**
 * The terminal's settings as line mode found them, put back whole when it closes. JLine 3's native providers write
 * the settings from a blank termios (jline3#2170, fixed only in JLine 4), which drops the line speed to 0 baud: after a
 * game in line mode on JDK 17 (JNI; not on JDK 25 here) {@code stty} showed "speed 0 baud", and on a serial
 * line speed 0 means hang up. So line mode keeps the settings JLine found and writes them back after JLine has closed;
 * and on a serial line it uses JLine's stty provider, which changes only the flags it names, so the line stays up.
 */
final class TtySettings {

    /** Serial lines: Linux's (ttyS, ttyUSB, ttyACM, ttyAMA...) and macOS's (cu.* and tty.* devices). */
    private static final Pattern SERIAL = Pattern.compile("/dev/(tty(S|USB|ACM|AMA|XRUSB|mxc|O)\\d+|(cu|tty)\\..+)");

    private final int fd;
    private final CLibrary.Termios saved;

    private TtySettings(int fd, CLibrary.Termios saved) {
        this.fd = fd;
        this.saved = saved;
    }

    /**
     * The settings of standard input now, when JLine's JNI provider drives it (the one with the bug; its library is
     * then loaded already, so reading them costs no warning on JDK 24 and later); else null. JLine only reads the
     * settings as it builds the terminal, so they are still the shell's.
     */
    static TtySettings read(Terminal terminal) {
        if (!(terminal instanceof TerminalExt ext) || ext.getProvider() == null
                || !"jni".equals(ext.getProvider().name())) {
            return null;
        }
        try {
            CLibrary.Termios t = new CLibrary.Termios();
            return CLibrary.isatty(0) == 1 && CLibrary.tcgetattr(0, t) == 0 ? new TtySettings(0, t) : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Standard input's device (Linux: /proc/self/fd/0), or null where that cannot be known. */
    static String inputDevice() {
        try {
            return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0")).toString();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether standard input is a serial line (by its device name), where speed 0 would hang it up. */
    static boolean serialLine() {
        return serial(inputDevice());
    }

    static boolean serial(String deviceName) {
        return deviceName != null && SERIAL.matcher(deviceName).matches();
    }

    /** Writes the settings back as they were read; a terminal already gone is left alone. */
    void restore() {
        try {
            CLibrary.tcsetattr(fd, CLibrary.TCSANOW, saved);
        } catch (RuntimeException | LinkageError e) {
            // nothing to put back on
        }
    }
}
