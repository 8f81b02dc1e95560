package computequest.sim.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;

/**
 * A floating-point number written as the AWS CLI writes it: Python's {@code repr} of a float. Timestamps of the JSON
 * protocols are epoch seconds, and the CLI prints {@code 1767225604.0} where Java would print {@code 1.767225604E9}.
 */
final class PyFloat extends Number {

    private final double value;

    private PyFloat(double value) {
        this.value = value;
    }

    /** {@code json} with every float replaced by one that prints as Python does; integers are left alone. */
    static JsonElement pythonic(JsonElement json) {
        if (json == null) {
            return null;
        }
        if (json.isJsonPrimitive()) {
            JsonPrimitive p = json.getAsJsonPrimitive();
            if (p.isNumber() && (p.getAsNumber() instanceof Double || p.getAsNumber() instanceof Float)) {
                return new JsonPrimitive(new PyFloat(p.getAsDouble()));
            }
            return json;
        }
        if (json.isJsonArray()) {
            JsonArray out = new JsonArray();
            json.getAsJsonArray().forEach(e -> out.add(pythonic(e)));
            return out;
        }
        if (json.isJsonObject()) {
            JsonObject out = new JsonObject();
            json.getAsJsonObject().entrySet().forEach(e -> out.add(e.getKey(), pythonic(e.getValue())));
            return out;
        }
        return json;
    }

    /** Python's repr: plain digits from 1e-4 up to 1e16, always with a decimal point; exponents outside that. */
    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        double a = Math.abs(d);
        BigDecimal exact = new BigDecimal(Double.toString(d));
        if (a != 0 && (a < 1e-4 || a >= 1e16)) {
            BigDecimal unscaled = exact.stripTrailingZeros();
            int exponent = unscaled.precision() - unscaled.scale() - 1;
            String digits = unscaled.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        String plain = exact.stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    @Override
    public String toString() {
        return repr(value);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }
}
