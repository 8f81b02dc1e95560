package computequest.sim;

/** A command the simulated cloud refuses, with a message that says why and what to do instead. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String operation;
    private final boolean verbatim;

    public CliException(String message) {
        this(null, message);
    }

    /** @param code an AWS error code such as {@code IncorrectInstanceState}, or null for a usage error */
    public CliException(String code, String message) {
        this(code, message, null);
    }

    private CliException(String code, String message, String operation) {
        this(code, message, operation, false);
    }

    private CliException(String code, String message, String operation, boolean verbatim) {
        super(message);
        this.code = code;
        this.operation = operation;
        this.verbatim = verbatim;
    }

    /**
     * A refusal a client tool prints in its own words (docker push), while the AWS error code under it is known:
     * the code is kept for conditions and tests, the message is printed as it is.
     */
    public static CliException fromTool(String code, String message) {
        return new CliException(code, message, null, true);
    }

    String code() {
        return code;
    }

    /** The same refusal, raised by the named API operation ({@code RunInstances}). */
    CliException during(String operationName) {
        CliException e = new CliException(code, getMessage(), operationName, verbatim);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /**
     * What the AWS CLI prints: {@code An error occurred (Code) when calling the RunInstances operation: message}
     * for an API error, the message alone for a usage error.
     */
    String text() {
        if (code == null || verbatim || getMessage().startsWith("An error occurred (")) {
            return getMessage();
        }
        return "An error occurred (" + code + ")" + (operation == null ? "" : " when calling the " + operation
                + " operation") + ": " + getMessage();
    }
}
