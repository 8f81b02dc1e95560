package computequest.sim;

import java.util.List;
import java.util.Optional;

/**
 * One simulated CLI operation: its name, its parameters and what it does. The command table is a list of these,
 * and parsing, per-command help and tab completion all read it.
 */
public record Operation(String service, String name, String summary, List<Param> params, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        Result apply(Cloud cloud, Invocation call);
    }

    /** What a handler returns: the new cloud, the CLI's JSON answer, and lines saying what changed and why. */
    public record Result(Cloud cloud, com.google.gson.JsonElement json, List<String> changes) {
    }

    Optional<Param> param(String flag) {
        return params.stream().filter(p -> p.name().equals(flag)).findFirst();
    }

    String usage() {
        StringBuilder b = new StringBuilder();
        b.append("aws ").append(service).append(' ').append(name);
        params.stream().filter(p -> p.kind() == Param.Kind.POSITIONAL).forEach(p -> b.append(' ').append(p.name()));
        b.append("\n\n");
        CliHelp.indented(b, "  ", summary);
        b.append('\n');
        for (Param p : params) {
            if (p.kind() == Param.Kind.POSITIONAL) {
                b.append("  ").append(p.required() ? "" : "[").append(p.name()).append(p.required() ? "" : "]").append('\n');
                CliHelp.indented(b, p.help());
                continue;
            }
            String value = switch (p.kind()) {
                case FLAG, POSITIONAL -> "";
                case VALUE -> " <value>";
                case LIST -> " <value> [<value> ...]";
            };
            b.append("  ").append(p.required() ? "" : "[").append(p.name()).append(value)
                    .append(p.required() ? "" : "]").append('\n');
            CliHelp.indented(b, p.help());
        }
        b.append("  [--output json|table|text]\n      How to print the answer (json by default).\n");
        return b.toString();
    }
}
