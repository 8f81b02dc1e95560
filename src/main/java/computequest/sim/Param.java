package computequest.sim;

/**
 * One parameter of a CLI operation.
 *
 * @param name     with its leading dashes, as typed: {@code --instance-type}
 * @param kind     whether it takes no value, one, or a list
 * @param required whether the operation refuses to run without it
 */
public record Param(String name, Kind kind, boolean required, String help) {
    enum Kind { FLAG, VALUE, LIST, POSITIONAL }

    public static Param req(String name, String help) {
        return new Param(name, Kind.VALUE, true, help);
    }

    public static Param opt(String name, String help) {
        return new Param(name, Kind.VALUE, false, help);
    }

    public static Param list(String name, boolean required, String help) {
        return new Param(name, Kind.LIST, required, help);
    }

    /** A value given without a flag, in order, such as the outfile of lambda invoke or s3 cp's paths. */
    public static Param positional(String name, boolean required, String help) {
        return new Param(name, Kind.POSITIONAL, required, help);
    }

    public static Param flag(String name, String help) {
        return new Param(name, Kind.FLAG, false, help);
    }
}
