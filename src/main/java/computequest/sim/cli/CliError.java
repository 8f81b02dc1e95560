package computequest.sim.cli;

/**
 * A command line the AWS CLI itself would refuse before sending anything: an unknown option, a missing argument,
 * shorthand or JSON it cannot read, a value of the wrong type. The message is worded like the CLI's.
 */
public final class CliError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliError(String message) {
        super(message);
    }
}
