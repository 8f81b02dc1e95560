package computequest.laptop;

/** One piece of what a command line printed, in order: output, an error, or a change in the simulated cloud. */
public record Out(Kind kind, String text) {

    public enum Kind {
        OUTPUT,
        ERROR,
        CHANGE
    }
}
