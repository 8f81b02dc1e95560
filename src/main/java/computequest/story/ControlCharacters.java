package computequest.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The checker's search for control characters in everything a story shows (issue 14: terminal injection). */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * Text with a control character (ESC, BEL, a carriage return) would act on the player's terminal rather than be
     * read: one error per scene that has any, and for the story's title and glossary.
     */
    static void check(Story story, List<Diagnostic> out) {
        for (Scene s : story.scenes().values()) {
            List<String> texts = new ArrayList<>();
            strings(s, texts, 0);
            texts.stream().filter(t -> Printable.firstControl(t) >= 0).findFirst().ifPresent(t ->
                    controlCharacter(out, s.position(), "the scene '" + Printable.clean(s.id()) + "'", t));
        }
        Scene first = story.scenes().values().stream().findFirst().orElse(null);
        List<String> other = new ArrayList<>(List.of(String.valueOf(story.title())));
        story.glossary().forEach((k, v) -> other.add(k + ": " + v));
        other.stream().filter(t -> Printable.firstControl(t) >= 0 && first != null).findFirst().ifPresent(t ->
                controlCharacter(out, first.position(), "the story's title or glossary", t));
    }

    private static void controlCharacter(List<Diagnostic> out, Position at, String where, String text) {
        int i = Printable.firstControl(text);
        out.add(Diagnostic.error(at, where + " holds the control character " + Printable.describe(text.charAt(i))
                + " in '" + Printable.clean(text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20))) + "'",
                "remove it: a terminal would act on it (retitle, recolour, move the cursor) instead of showing it"));
    }

    /**
     * Each record class's accessors, looked up once per class rather than once per record; none for a class that is
     * not a record, and for {@link Position} (asking every object whether its class is a record costs more).
     */
    private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method[] computeValue(Class<?> type) {
            if (!type.isRecord() || type == Position.class) {
                return new java.lang.reflect.Method[0];
            }
            return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getAccessor)
                    .toArray(java.lang.reflect.Method[]::new);
        }
    };

    /** Every string in a record tree (scenes are records of lists of records). */
    private static void strings(Object v, List<String> out, int depth) {
        if (v == null || depth > 12) {
            return;
        }
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof Collection<?> c) {
            c.forEach(e -> strings(e, out, depth + 1));
        } else if (v instanceof Map<?, ?> m) {
            m.forEach((k, e) -> {
                strings(k, out, depth + 1);
                strings(e, out, depth + 1);
            });
        } else {
            for (java.lang.reflect.Method accessor : ACCESSORS.get(v.getClass())) {
                try {
                    strings(accessor.invoke(v), out, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
