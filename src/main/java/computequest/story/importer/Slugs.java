package computequest.story.importer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Scene ids made from headings: lower-case letters, digits and dashes, unique within one draft. */
final class Slugs {

    private static final int MAX = 40;
    private final Set<String> used = new HashSet<>();

    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "scene" : s;
    }

    /** A slug of {@code text} that no earlier call returned: {@code ecs}, then {@code ecs-2}, {@code ecs-3} ... */
    String unique(String text) {
        String base = slug(text);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
