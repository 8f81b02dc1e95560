package computequest.ui;

/**
 * SIGHUP (the terminal was closed) in line mode is the end of input. By default the JVM exits on it at once, running
 * the autosave hook while the game may be half-way through a command, so the last command could be lost. Instead the
 * game notes it, its read ends, and it saves and leaves the ordinary way. A watchdog exits after a few seconds in
 * case the read never ends; the autosave hook then saves.
 */
final class HangUp {

    static final long WATCHDOG_MILLIS = 5_000;

    private HangUp() {
    }

    static void onSignal(Runnable noted) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), sig -> {
                noted.run();
                Thread watchdog = new Thread(() -> {
                    try {
                        Thread.sleep(WATCHDOG_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    Runtime.getRuntime().exit(129);
                }, "hang-up-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGHUP here (Windows), or the JVM keeps it: the default handling stays
        }
    }
}
