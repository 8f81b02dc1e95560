package computequest.sim.sqs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.TreeMap;

/**
 * The digests SQS returns for a sent message, computed as SQS computes them, because the AWS SDKs check them against
 * their own (the Java SDK refuses an answer that differs): MD5 of the body's UTF-8 bytes, and MD5 of the message
 * attributes encoded as SQS documents it (each attribute in name order: the name, the data type, a transport byte, 1
 * for String and Number or 2 for Binary, then the value, each length-prefixed by four big-endian bytes).
 */
final class SqsDigests {

    private SqsDigests() {
    }

    static String body(String text) {
        return hex(md5(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The attributes' digest, or null when the map is missing or empty. */
    static String attributes(JsonObject attributes) {
        if (attributes == null || attributes.size() == 0) {
            return null;
        }
        TreeMap<String, JsonObject> sorted = new TreeMap<>();
        for (var e : attributes.entrySet()) {
            if (e.getValue().isJsonObject()) {
                sorted.put(e.getKey(), e.getValue().getAsJsonObject());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var e : sorted.entrySet()) {
            JsonObject a = e.getValue();
            String type = text(a.get("DataType"));
            boolean binary = type.startsWith("Binary");
            field(out, e.getKey().getBytes(StandardCharsets.UTF_8));
            field(out, type.getBytes(StandardCharsets.UTF_8));
            out.write(binary ? 2 : 1);
            field(out, binary ? decode(text(a.get("BinaryValue"))) : text(a.get("StringValue"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return hex(md5(out.toByteArray()));
    }

    private static String text(JsonElement e) {
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return base64.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return b.toString();
    }
}
