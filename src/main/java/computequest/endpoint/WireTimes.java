package computequest.endpoint;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import computequest.sim.model.Shape;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Timestamps on the wire. The game's answers hold them as the AWS CLI version 2 prints them (ISO 8601,
 * 2026-01-01T00:00:06+00:00); each protocol sends them its own way, as botocore's serializers and parsers expect:
 * JSON protocols (awsJson 1.0/1.1 and restJson) as epoch seconds unless the shape's timestampFormat says iso8601
 * or rfc822, XML protocols (query, ec2, restXml) as ISO 8601.
 */
final class WireTimes {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private WireTimes() {
    }

    /** The instant a value holds (epoch seconds, or ISO 8601 with an offset or Z), or null if it holds none. */
    static Instant instant(JsonElement v) {
        if (v == null || !v.isJsonPrimitive()) {
            return null;
        }
        if (v.getAsJsonPrimitive().isNumber()) {
            BigDecimal millis = v.getAsBigDecimal().movePointRight(3);
            return Instant.ofEpochMilli(millis.longValue());
        }
        try {
            return OffsetDateTime.parse(v.getAsString()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The value for a JSON protocol's body: {@code format} is the member's or shape's timestampFormat (null: the
     * protocol's default, epoch seconds). A value that holds no time passes unchanged.
     */
    static JsonElement json(JsonElement v, String format) {
        Instant t = instant(v);
        if (t == null) {
            return v;
        }
        if ("iso8601".equals(format)) {
            return new JsonPrimitive(ISO_MILLIS.format(t));
        }
        if ("rfc822".equals(format)) {
            return new JsonPrimitive(DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC)));
        }
        long ms = t.toEpochMilli();
        return ms % 1000 == 0 ? new JsonPrimitive(ms / 1000) : new JsonPrimitive(BigDecimal.valueOf(ms, 3));
    }

    /** The text for an XML protocol: ISO 8601 in UTC with milliseconds, as EC2 and IAM send it. */
    static String xml(JsonElement v) {
        Instant t = instant(v);
        return t == null ? v.getAsString() : ISO_MILLIS.format(t);
    }

    /** The timestampFormat that applies to a member: its own, else its shape's; null for the protocol's default. */
    static String format(Shape parent, String member, Shape shape) {
        String own = parent == null ? null : parent.memberTrait(member, "timestampFormat");
        return own != null ? own : shape.trait("timestampFormat");
    }
}
