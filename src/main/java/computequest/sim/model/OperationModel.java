package computequest.sim.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * One operation of a service model.
 *
 * @param cliName   as the CLI spells it: {@code run-instances}
 * @param name      as the API spells it: {@code RunInstances}
 * @param method    the HTTP method, e.g. POST
 * @param uri       the request URI template, e.g. {@code /2015-03-31/functions}
 * @param input     the input shape, or null
 * @param output    the output shape, or null
 * @param args      the CLI's arguments, in the CLI's order
 * @param paginated whether the CLI adds --starting-token, --page-size and --max-items
 */
public record OperationModel(String cliName, String name, String method, String uri, Shape input, Shape output,
                             List<Arg> args, boolean paginated) {

    /**
     * One CLI argument.
     *
     * @param cliName    without dashes: {@code instance-ids}
     * @param member     the input member it fills ({@code Code.ZipFile} for a nested one), or empty for an argument
     *                   the CLI adds itself ({@code --count})
     * @param type       the CLI's type name: string, integer, boolean, list, structure, map, blob...
     * @param required   whether the CLI refuses to run without it
     * @param positional whether it is given without a flag (lambda invoke's outfile)
     * @param negative   the {@code --no-} form of a boolean
     */
    public record Arg(String cliName, String member, String type, boolean required, boolean positional,
                      boolean negative) {
        public String flag() {
            return positional ? cliName : "--" + cliName;
        }
    }

    /** An operation from its model entry; {@code names} gives one copy of each repeated name. */
    static OperationModel of(ServiceModel service, String cliName, JsonObject o, ModelReader names) {
        JsonObject http = o.getAsJsonObject("http");
        Shape input = service.shape(o.has("input") ? o.get("input").getAsString() : null);
        Shape output = service.shape(o.has("output") ? o.get("output").getAsString() : null);
        List<Arg> args = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("args")) {
            JsonArray a = e.getAsJsonArray();
            String member = names.share(a.get(1).getAsString());
            String type = names.share(a.get(2).getAsString());
            String flags = a.size() > 3 ? a.get(3).getAsString() : "";
            args.add(new Arg(names.share(a.get(0).getAsString()), member, type, flags.contains("r"), flags.contains("p"),
                    flags.contains("n")));
        }
        return new OperationModel(cliName, o.get("name").getAsString(),
                names.share(http == null ? "POST" : http.get("method").getAsString()),
                names.share(http == null ? "/" : http.get("requestUri").getAsString()), input, output, List.copyOf(args),
                o.has("paginated"));
    }

    public Arg arg(String cliName) {
        for (Arg a : args) {
            if (a.cliName().equals(cliName)) {
                return a;
            }
        }
        return null;
    }
}
