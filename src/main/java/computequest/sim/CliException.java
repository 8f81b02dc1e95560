package computequest.sim;

/** A command the simulated cloud refuses, with a message that says why and what to do instead. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public CliException(String message) {
        this(null, message);
    }

    /** @param code an AWS error code such as {@code IncorrectInstanceState}, or null for a usage error */
    public CliException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
