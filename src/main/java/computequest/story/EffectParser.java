package computequest.story;

import java.util.List;
import java.util.regex.Pattern;

/** Parses effect lines: score, flag, unflag, badge, run, wait. */
final class EffectParser {

    private static final Pattern SCORE = Pattern.compile("[+-]?\\d{1,6}");
    private static final Pattern FLAG = Pattern.compile("[A-Za-z0-9_.-]+(=\\S+)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,7}");

    private EffectParser() {
    }

    static Effect parse(String text, Position at, List<Diagnostic> problems) {
        String t = text.strip();
        int sp = t.indexOf(' ');
        String verb = sp < 0 ? t : t.substring(0, sp);
        String rest = sp < 0 ? "" : t.substring(sp + 1).strip();
        switch (verb) {
            case "score" -> {
                if (SCORE.matcher(rest).matches()) {
                    return new Effect.Score(Integer.parseInt(rest.replace("+", "")), at);
                }
                problems.add(Diagnostic.error(at, "'score' takes a whole number such as +10 or -5", "e.g. '~ score +10'"));
            }
            case "flag" -> {
                if (FLAG.matcher(rest).matches()) {
                    int eq = rest.indexOf('=');
                    return new Effect.SetFlag(eq < 0 ? rest : rest.substring(0, eq), eq < 0 ? "true" : rest.substring(eq + 1), at);
                }
                problems.add(Diagnostic.error(at, "'flag' takes a name or name=value, with no spaces", "e.g. '~ flag ami=al2023'"));
            }
            case "unflag" -> {
                if (NAME.matcher(rest).matches()) {
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
                if (SECONDS.matcher(rest).matches()) {
                    return new Effect.Wait(Long.parseLong(rest), at);
                }
                problems.add(Diagnostic.error(at, "'wait' takes a number of simulated seconds", "e.g. '~ wait 30'"));
            }
            default -> problems.add(Diagnostic.error(at, "'" + verb + "' is not an effect",
                    "effects are: score, flag, unflag, badge, run, wait"));
        }
        return null;
    }
}
