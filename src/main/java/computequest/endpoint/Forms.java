package computequest.endpoint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percent-decoding and form fields, strict: a broken escape or invalid UTF-8 is a refusal, never a guess. */
final class Forms {

    /** At most this many fields in one form or query string. */
    static final int MAX_FIELDS = 2_000;

    private Forms() {
    }

    /** {@code a=1&b=x+y} to fields in order; repeated names keep every value. */
    static Map<String, List<String>> parse(String text, boolean plusIsSpace) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String[] pairs = text.split("&", -1);
        if (pairs.length > MAX_FIELDS) {
            throw new WireException("InvalidRequest", "The request has more than " + MAX_FIELDS + " parameters.");
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq), plusIsSpace);
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1), plusIsSpace);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    /** Percent-decodes one component as UTF-8. */
    static String decode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
            return s;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new WireException("MalformedQueryString", "A % escape is cut short.");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new WireException("MalformedQueryString", "A % escape is not two hex digits.");
                }
                b.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                b.write(' ');
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                b.write(bytes, 0, bytes.length);
            }
        }
        return utf8(b.toByteArray());
    }

    /** Bytes as UTF-8 text; invalid sequences are refused. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new WireException("MalformedInput", "The request is not valid UTF-8 text.");
        }
    }
}
