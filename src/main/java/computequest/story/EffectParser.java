package computequest.story;

import java.util.List;

/**
 * Parses effect lines: score, flag, unflag, badge, run, wait. A score is {@code [+-]?\d{1,6}}, a flag
 * {@code [A-Za-z0-9_.-]+(=\S+)?} (or an adaptive flag the game sets itself, {@code needed-help:SCENE-ID} or
 * {@code fluent:SCENE-ID}, for a {@code @setup} to stand for it), an unflag's name {@code [A-Za-z0-9_.-]+} and
 * seconds {@code \d{1,7}}, tested by {@link Scan}.
 */
final class EffectParser {

    private EffectParser() {
    }

    static Effect parse(String text, Position at, List<Diagnostic> problems) {
        return parse(text, at, problems, null);
    }

    /** {@link #parse(String, Position, List)}, sharing names and commands through {@code pool} (null: none). */
    static Effect parse(String text, Position at, List<Diagnostic> problems, StringPool pool) {
        String t = text.strip();
        int sp = t.indexOf(' ');
        String verb = sp < 0 ? t : t.substring(0, sp);
        String rest = sp < 0 ? "" : pool == null ? t.substring(sp + 1).strip() : pool.stripped(t, sp + 1);
        switch (verb) {
            case "score" -> {
                if (Scan.score(rest)) {
                    return new Effect.Score(Integer.parseInt(rest.replace("+", "")), at);
                }
                problems.add(Diagnostic.error(at, "'score' takes a whole number such as +10 or -5", "e.g. '~ score +10'"));
            }
            case "flag" -> {
                if (Scan.flag(rest) || adaptive(rest)) {
                    int eq = rest.indexOf('=');
                    return new Effect.SetFlag(eq < 0 ? rest : rest.substring(0, eq), eq < 0 ? "true" : rest.substring(eq + 1), at);
                }
                problems.add(Diagnostic.error(at, "'flag' takes a name or name=value, with no spaces", "e.g. '~ flag ami=al2023'"));
            }
            case "unflag" -> {
                if (!rest.isEmpty() && Scan.name(rest, 0) == rest.length()) {
                    return new Effect.ClearFlag(rest, at);
                }
                problems.add(Diagnostic.error(at, "'unflag' takes one flag name", "e.g. '~ unflag hibernated'"));
            }
            case "badge" -> {
                if (!rest.isEmpty()) {
                    return new Effect.Badge(rest, at);
                }
                problems.add(Diagnostic.error(at, "'badge' needs a name", "e.g. '~ badge First Launch'"));
            }
            case "run" -> {
                if (!rest.isEmpty()) {
                    return new Effect.Run(rest, at);
                }
                problems.add(Diagnostic.error(at, "'run' needs a cloud command", "e.g. '~ run aws ec2 describe-instances'"));
            }
            case "wait" -> {
                if (Scan.digits(rest, 0, 1, 7)) {
                    return new Effect.Wait(Long.parseLong(rest), at);
                }
                problems.add(Diagnostic.error(at, "'wait' takes a number of simulated seconds", "e.g. '~ wait 30'"));
            }
            default -> problems.add(Diagnostic.error(at, "'" + verb + "' is not an effect",
                    "effects are: score, flag, unflag, badge, run, wait"));
        }
        return null;
    }

    /** {@code needed-help:SCENE-ID} or {@code fluent:SCENE-ID}: a flag the game sets about a guided step. */
    private static boolean adaptive(String flag) {
        for (String prefix : List.of(Recall.NEEDED_HELP, Recall.FLUENT)) {
            if (flag.startsWith(prefix) && flag.length() > prefix.length() && flag.indexOf('=') < 0
                    && Scan.flag(flag.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }
}
