package computequest.laptop;

/** A command line the game's shell refuses or a command that failed; the message is what the player reads. */
final class ShellException extends RuntimeException {

    ShellException(String message) {
        super(message, null, false, false);
    }
}
