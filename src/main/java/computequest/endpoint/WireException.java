package computequest.endpoint;

/** A request refused before it reaches the game: the code and message go back in the protocol's error format. */
final class WireException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final int status;

    WireException(String code, String message, int status) {
        super(message);
        this.code = code;
        this.status = status;
    }

    WireException(String code, String message) {
        this(code, message, 400);
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }
}
