package computequest.endpoint;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import computequest.sim.model.Shape;

/** A scalar member from its text on the wire, by the model's type; a number that is not one is refused. */
final class Scalars {

    private Scalars() {
    }

    static JsonElement fromText(Shape shape, String text, String where) {
        switch (shape.type()) {
            case "integer", "long" -> {
                try {
                    return new JsonPrimitive(Long.parseLong(text.strip()));
                } catch (NumberFormatException e) {
                    throw new WireException(null, "Value '" + clip(text) + "' for " + where + " is not an integer.");
                }
            }
            case "double", "float" -> {
                try {
                    double d = Double.parseDouble(text.strip());
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw new NumberFormatException();
                    }
                    return new JsonPrimitive(d);
                } catch (NumberFormatException e) {
                    throw new WireException(null, "Value '" + clip(text) + "' for " + where + " is not a number.");
                }
            }
            case "boolean" -> {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    return new JsonPrimitive(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
                }
                throw new WireException(null, "Value '" + clip(text) + "' for " + where + " is not true or false.");
            }
            default -> {
                return new JsonPrimitive(text);
            }
        }
    }

    /** At most 60 characters of a value, for a message. */
    static String clip(String s) {
        String t = s.length() > 60 ? s.substring(0, 60) + "..." : s;
        StringBuilder b = new StringBuilder();
        t.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}
