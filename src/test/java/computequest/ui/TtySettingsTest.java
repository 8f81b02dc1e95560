package computequest.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which terminals count as serial lines, where line mode must not let JLine's native provider drop the speed to 0. */
class TtySettingsTest {

    @Test
    void serialLinesAreKnownByTheirDeviceNames() {
        for (String serial : new String[] {"/dev/ttyS0", "/dev/ttyUSB1", "/dev/ttyACM0", "/dev/ttyAMA0",
                "/dev/cu.usbserial-1410", "/dev/tty.usbmodem1"}) {
            assertTrue(TtySettings.serial(serial), serial);
        }
        for (String other : new String[] {"/dev/pts/3", "/dev/ttys004", "/dev/tty1", "/dev/console", "", null}) {
            assertFalse(TtySettings.serial(other), String.valueOf(other));
        }
    }
}
