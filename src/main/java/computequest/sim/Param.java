package computequest.sim;

/**
 * One parameter of a CLI operation.
 *
 * @param name     with its leading dashes, as typed: {@code --instance-type}
 * @param kind     whether it takes no value, one, or a list
 * @param required whether the operation refuses to run without it
 */
record Param(String name, Kind kind, boolean required, String help) {
    enum Kind { FLAG, VALUE, LIST, POSITIONAL }

    static Param req(String name, String help) {
        return new Param(name, Kind.VALUE, true, help);
    }

    static Param opt(String name, String help) {
        return new Param(name, Kind.VALUE, false, help);
    }

    static Param list(String name, boolean required, String help) {
        return new Param(name, Kind.LIST, required, help);
    }

    /** A value given without a flag, in order, such as the outfile of lambda invoke or s3 cp's paths. */
    static Param positional(String name, boolean required, String help) {
        return new Param(name, Kind.POSITIONAL, required, help);
    }

    static Param flag(String name, String help) {
        return new Param(name, Kind.FLAG, false, help);
    }
}
