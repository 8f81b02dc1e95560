package computequest.endpoint;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import computequest.sim.model.Shape;
import java.util.Map;

/**
 * Answers as XML, by the output shape, for EC2, the query protocol and REST-XML: members named by locationName,
 * lists wrapped with their member's name (EC2's {@code item}, the query protocol's {@code member}) or repeated when
 * flattened, maps as entry/key/value. Members the shape does not know are left out; text is escaped.
 */
final class XmlOut {

    private final StringBuilder b = new StringBuilder();
    private final boolean legacy;

    XmlOut() {
        this(false);
    }

    /** @param legacy SQS's old query answers: every list and map flattened, named in the singular */
    XmlOut(boolean legacy) {
        this.legacy = legacy;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == '\n' || c == '\t' || c == '\r' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        });
        return out.toString();
    }

    XmlOut raw(String text) {
        b.append(text);
        return this;
    }

    XmlOut element(String name, String text) {
        b.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    /** The members of a structure answer, without an element around them; header and status members stay out. */
    XmlOut members(JsonElement v, Shape shape) {
        if (v == null || !v.isJsonObject() || shape == null) {
            return this;
        }
        JsonObject o = v.getAsJsonObject();
        for (String m : shape.memberNames()) {
            JsonElement x = o.get(m);
            if (x == null || x.isJsonNull() || shape.memberTrait(m, "location") != null) {
                continue;
            }
            Shape ms = shape.member(m);
            String name = shape.memberTrait(m, "locationName") != null ? shape.memberTrait(m, "locationName") : m;
            boolean flat = "true".equals(shape.memberTrait(m, "flattened")) || "true".equals(ms.trait("flattened"));
            if (legacy && ms.isList() && x.isJsonArray()) {
                x.getAsJsonArray().forEach(e -> value(QueryDecoder.singular(m), e, ms.listMember()));
            } else if (legacy && ms.isMap() && x.isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : x.getAsJsonObject().entrySet()) {
                    b.append('<').append(QueryDecoder.singular(m)).append('>');
                    element("Name", e.getKey());
                    value("Value", e.getValue(), ms.mapValue());
                    b.append("</").append(QueryDecoder.singular(m)).append('>');
                }
            } else if (ms.isList() && flat && x.isJsonArray()) {
                String item = ms.partName("member") != null ? ms.partName("member") : name;
                x.getAsJsonArray().forEach(e -> value(item, e, ms.listMember()));
            } else {
                value(name, x, ms);
            }
        }
        return this;
    }

    private void value(String name, JsonElement v, Shape shape) {
        if (v == null || v.isJsonNull()) {
            return;
        }
        b.append('<').append(name).append('>');
        if (shape.isStructure()) {
            members(v, shape);
        } else if (shape.isList() && v.isJsonArray()) {
            String item = shape.partName("member") != null ? shape.partName("member") : "member";
            v.getAsJsonArray().forEach(e -> value(item, e, shape.listMember()));
        } else if (shape.isMap() && v.isJsonObject()) {
            String k = shape.partName("key") != null ? shape.partName("key") : "key";
            String val = shape.partName("value") != null ? shape.partName("value") : "value";
            for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
                b.append("<entry>");
                element(k, e.getKey());
                value(val, e.getValue(), shape.mapValue());
                b.append("</entry>");
            }
        } else {
            b.append(escape(scalar(v, shape)));
        }
        b.append("</").append(name).append('>');
    }

    /** A scalar's text: numbers as given, booleans as true/false, a timestamp in ISO 8601. */
    static String scalar(JsonElement v, Shape shape) {
        if (!v.isJsonPrimitive()) {
            return v.toString();
        }
        if (shape.type().equals("timestamp")) {
            return WireTimes.xml(v);
        }
        return v.getAsString();
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
