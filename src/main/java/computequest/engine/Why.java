package computequest.engine;

import computequest.sim.CloudSim;
import computequest.sim.Resource;
import computequest.story.Choice;
import computequest.story.Condition;
import computequest.story.Effect;
import computequest.story.Goal;
import computequest.story.Reaction;
import computequest.story.Scene;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code why} command: each goal of the scene, part by part, marked as holding, missing, or only waiting for
 * simulated time, in AWS terms ("an EC2 instance with type t3.micro and state running: the closest,
 * i-0abc…, has state pending"). Pure: the waits it tries are run on copies of the cloud.
 */
final class Why {

    /** Simulated waits tried, shortest first, to tell a goal that needs only time from one that needs an action. */
    private static final long[] WAITS = {30, 60, 120, 300, 600, 1800, 3600};

    /** Flags the engine sets to route players (adaptive steps): a goal behind one that is unset is for others. */
    private static final List<String> ROUTING = List.of("needed-help:", "fluent:", ProgressMap.QUIZ_MISS);

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("instance", "EC2 instance"), Map.entry("image", "AMI"),
            Map.entry("lightsail-instance", "Lightsail instance"), Map.entry("ecr-repository", "ECR repository"),
            Map.entry("ecr-image", "image in ECR"), Map.entry("local-image", "image on your laptop"),
            Map.entry("ecs-cluster", "ECS cluster"), Map.entry("container-instance", "ECS container instance"),
            Map.entry("task-definition", "ECS task definition"), Map.entry("task", "ECS task"),
            Map.entry("service", "ECS service"), Map.entry("load-balancer", "load balancer"),
            Map.entry("eks-cluster", "EKS cluster"), Map.entry("nodegroup", "EKS node group"),
            Map.entry("node", "Kubernetes node"), Map.entry("fargate-profile", "Fargate profile"),
            Map.entry("deployment", "Kubernetes deployment"), Map.entry("pod", "Kubernetes pod"),
            Map.entry("function", "Lambda function"), Map.entry("trigger", "Lambda trigger"),
            Map.entry("s3-bucket", "S3 bucket"), Map.entry("dynamodb-table", "DynamoDB table"),
            Map.entry("file", "file on your laptop"));

    private Why() {
    }

    /** What {@code why} says in this scene. */
    static String explain(Scene scene, GameState s, List<Choice> visible) {
        if (s.ended()) {
            return "The story has ended: nothing is left to do. Type 'map' to see what you covered.";
        }
        StringBuilder b = new StringBuilder("Why you are still at '" + scene.title() + "':\n");
        List<Condition> goals = goals(scene, s).stream().map(Goal::condition).toList();
        List<Condition> hidden = hiddenChoices(scene, s, visible);
        if (goals.isEmpty() && hidden.isEmpty()) {
            b.append(visible.isEmpty()
                    ? "  This scene waits for nothing in the cloud. Type 'look' to read it again, or 'hint'."
                    : "  This scene waits for a choice: " + (visible.size() == 1 ? "type 1" : "pick 1-" + visible.size())
                    + " (type 'look' to see " + (visible.size() == 1 ? "it" : "them") + ").");
            return b.toString();
        }
        List<Resource> now = Conditions.resources(s);
        List<GameState> later = later(s);
        if (!goals.isEmpty()) {
            b.append(goals.size() == 1 ? "  The scene moves on when this holds:\n"
                    : "  The scene moves on when any one of these holds:\n");
            b.append(alternatives(goals, s, now, later, scene, "move on"));
        }
        if (!hidden.isEmpty()) {
            b.append(visible.isEmpty() ? "  Its choices appear when this holds:\n"
                    : "  More choices appear when this holds:\n");
            b.append(alternatives(hidden, s, now, later, scene, "see the choices"));
        }
        if (!visible.isEmpty()) {
            b.append("  The scene also offers ").append(visible.size()).append(visible.size() == 1 ? " choice" : " choices")
                    .append(" now (type 'look' to see them).\n");
        }
        if (!b.toString().contains("Type 'wait")) {
            b.append("  Type 'hint' for how to get there.\n");
        }
        return b.toString().stripTrailing();
    }

    /** Each condition part by part; alternatives that read the same once routing flags are left out appear once. */
    private static String alternatives(List<Condition> conditions, GameState s, List<Resource> now,
                                       List<GameState> later, Scene scene, String then) {
        Set<String> said = new LinkedHashSet<>();
        for (Condition c : conditions) {
            StringBuilder one = new StringBuilder();
            for (Condition part : parts(c)) {
                if (part instanceof Condition.Flag f && routing(f.name())) {
                    continue;
                }
                one.append(part(part, s, now, later, scene));
            }
            long wait = waitNeeded(c, later);
            if (Conditions.holds(c, s)) {
                // goals are looked at after a command or a wait, and a refused command does not meet one
                one.append("    All of this holds already: 'wait', or your next command that works, moves on (a"
                        + " refused command does not).\n");
            } else if (wait > 0) {
                one.append("    Nothing else is missing: simulated time must pass. Type '").append(waitCommand(wait))
                        .append("' to ").append(then).append(".\n");
            }
            said.add(one.toString());
        }
        return String.join("  or\n", said);
    }

    /** The conditions of the choices not on offer yet that wait for the cloud (not those hidden by an answer). */
    private static List<Condition> hiddenChoices(Scene scene, GameState s, List<Choice> visible) {
        List<Condition> out = new ArrayList<>();
        for (Choice ch : scene.choices()) {
            if (visible.contains(ch) || ch.conditions().stream().noneMatch(c -> c instanceof Condition.Resources)) {
                continue;
            }
            Condition all = ch.conditions().size() == 1 ? ch.conditions().get(0)
                    : new Condition.All(ch.conditions(), ch.position());
            if (!out.contains(all) && !Conditions.holds(all, s)) {
                out.add(all);
            }
        }
        return out;
    }

    private static List<GameState> later(GameState s) {
        List<GameState> later = new ArrayList<>();
        for (long t : WAITS) {
            later.add(s.withCloud(CloudSim.advance(s.cloud(), t).cloud()));
        }
        return later;
    }

    private static String waitCommand(long seconds) {
        return seconds == WaitTime.DEFAULT ? "wait" : "wait " + (seconds % 60 == 0 ? seconds / 60 + "m" : seconds);
    }

    /** What {@code objective} says: the scene's objective, and the wait to type when only simulated time is missing. */
    static String objective(Scene scene, GameState s, int visibleChoices) {
        String note = timeNote(scene, s);
        return ProgressMap.objective(scene, visibleChoices, s.ended()) + (note.isEmpty() ? "" : " " + note);
    }

    /** When a goal of the scene (or its hidden choices) needs only simulated time: the wait to type; else empty. */
    static String timeNote(Scene scene, GameState s) {
        if (s.ended()) {
            return "";
        }
        List<GameState> later = later(s);
        for (Goal g : goals(scene, s)) {
            long wait = waitNeeded(g.condition(), later);
            if (wait > 0) {
                return "Only simulated time is missing now: type '" + waitCommand(wait) + "'.";
            }
        }
        for (Condition c : hiddenChoices(scene, s, List.of())) {
            long wait = waitNeeded(c, later);
            if (wait > 0) {
                return "Only simulated time is missing before the choices appear: type '" + waitCommand(wait) + "'.";
            }
        }
        return "";
    }

    /** The scene's goals that apply to this player: not checks, and not behind a routing flag they do not have. */
    private static List<Goal> goals(Scene scene, GameState s) {
        List<Goal> out = new ArrayList<>();
        for (Goal g : scene.goals()) {
            boolean forOthers = false;
            for (Condition part : parts(g.condition())) {
                if (part instanceof Condition.Flag f && routing(f.name()) && !Conditions.holds(f, s)) {
                    forOthers = true;
                }
            }
            if (!g.isCheck() && !forOthers) {
                out.add(g);
            }
        }
        return out;
    }

    private static boolean routing(String flag) {
        return ROUTING.stream().anyMatch(flag::startsWith);
    }

    private static List<Condition> parts(Condition c) {
        return c instanceof Condition.All all ? all.parts() : List.of(c);
    }

    /** The shortest tried wait after which the whole condition holds, or 0 when none makes it hold. */
    private static long waitNeeded(Condition c, List<GameState> later) {
        for (int i = 0; i < WAITS.length; i++) {
            if (Conditions.holds(c, later.get(i))) {
                return WAITS[i];
            }
        }
        return 0;
    }

    private static String part(Condition c, GameState s, List<Resource> now, List<GameState> later, Scene scene) {
        boolean holds = Conditions.holds(c, s, now);
        boolean timeOnly = !holds && c instanceof Condition.Resources && later.stream().anyMatch(l ->
                Conditions.holds(c, l));
        String mark = holds ? "[ok]      " : timeOnly ? "[wait]    " : "[not yet] ";
        StringBuilder b = new StringBuilder("    ").append(mark).append(describe(c, s, scene)).append('\n');
        String detail = holds ? holdsDetail(c, now) : missing(c, now);
        if (!detail.isEmpty()) {
            b.append("              ").append(detail).append('\n');
        }
        return b.toString();
    }

    private static String describe(Condition c, GameState s, Scene scene) {
        if (c instanceof Condition.Flag f) {
            String how = howToSet(f.name(), scene);
            String step = how.isEmpty() ? "the step '" + f.name() + (f.value() == null ? "" : "=" + f.value()) + "'"
                    : how;
            return (f.negated() ? "not after " : "") + step;
        }
        if (c instanceof Condition.Score sc) {
            return (sc.negated() ? "not " : "") + "a score " + compareWords(sc.compare()) + sc.value() + " (yours: "
                    + s.score() + ")";
        }
        if (c instanceof Condition.Visited v) {
            return (v.negated() ? "not yet seen" : "seen") + " the scene " + v.sceneId();
        }
        Condition.Resources r = (Condition.Resources) c;
        String kind = KINDS.getOrDefault(r.kind(), r.kind());
        String with = tests(r);
        String what = kind + (with.isEmpty() ? "" : " with " + with);
        if (r.negated()) {
            return r.compare() == Condition.Compare.GE && r.count() == 1 ? "no " + what
                    : "not " + count(r.compare(), r.count()) + what;
        }
        if (r.compare() == Condition.Compare.GE && r.count() == 1) {
            return article(kind) + " " + what;
        }
        return count(r.compare(), r.count()) + (r.count() == 1 ? what : plural(kind) + what.substring(kind.length()));
    }

    private static String tests(Condition.Resources r) {
        List<String> out = new ArrayList<>();
        List<Condition.AttrTest> tests = r.tests();
        for (int i = 0; i < tests.size(); i++) {
            Condition.AttrTest t = tests.get(i);
            List<String> others = new ArrayList<>(List.of(t.value()));
            while (t.compare() == Condition.Compare.NE && i + 1 < tests.size()
                    && tests.get(i + 1).compare() == Condition.Compare.NE
                    && tests.get(i + 1).attribute().equals(t.attribute())) {
                others.add(tests.get(++i).value()); // image!=a image!=b: "image other than a or b"
            }
            out.add(others.size() == 1 ? test(t) : name(t) + " other than "
                    + String.join(", ", others.subList(0, others.size() - 1)) + " or " + others.get(others.size() - 1));
        }
        return String.join(" and ", out);
    }

    private static String name(Condition.AttrTest t) {
        return t.attribute().equals("id") ? "name" : t.attribute();
    }

    private static String test(Condition.AttrTest t) {
        String name = name(t);
        return switch (t.compare()) {
            case EQ -> t.value().isEmpty() ? "no " + name : name + " " + t.value();
            case NE -> name + " other than " + (t.value().isEmpty() ? "none" : t.value());
            case CONTAINS -> name + " containing " + t.value();
            default -> name + " " + compareWords(t.compare()) + t.value();
        };
    }

    private static String compareWords(Condition.Compare c) {
        return switch (c) {
            case LT -> "below ";
            case LE -> "at most ";
            case GT -> "above ";
            case GE -> "at least ";
            case NE -> "other than ";
            default -> "";
        };
    }

    private static String count(Condition.Compare c, long n) {
        return n == 0 && c == Condition.Compare.EQ ? "no " : (c == Condition.Compare.EQ ? "exactly " : compareWords(c))
                + n + " ";
    }

    private static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String plural(String kind) {
        int space = kind.contains(" in ") ? kind.indexOf(" in ") : kind.contains(" on ") ? kind.indexOf(" on ")
                : kind.length();
        return kind.substring(0, space) + "s" + kind.substring(space);
    }

    /** For a part that holds: the resources that make it hold (a few), so the player sees which one counts. */
    private static String holdsDetail(Condition c, List<Resource> now) {
        if (!(c instanceof Condition.Resources r) || r.negated() || (r.compare() == Condition.Compare.EQ
                && r.count() == 0)) {
            return "";
        }
        List<String> ids = matching(r, now).stream().map(Resource::id).toList();
        if (ids.isEmpty()) {
            return "";
        }
        return (ids.size() == 1 ? "yours: " : "yours (" + ids.size() + "): ")
                + String.join(", ", ids.subList(0, Math.min(3, ids.size()))) + (ids.size() > 3 ? ", ..." : "");
    }

    private static List<Resource> matching(Condition.Resources r, List<Resource> now) {
        return now.stream().filter(res -> res.kind().equals(r.kind()) && r.matches(res::attr)).toList();
    }

    /** For a part that does not hold: what is there instead, or the command, choice or step that would make it hold. */
    private static String missing(Condition c, List<Resource> now) {
        if (!(c instanceof Condition.Resources r)) {
            return "";
        }
        List<Resource> match = matching(r, now);
        String kind = KINDS.getOrDefault(r.kind(), r.kind());
        if (r.negated() || (r.compare() == Condition.Compare.EQ && r.count() == 0)
                || r.compare() == Condition.Compare.LT || r.compare() == Condition.Compare.LE) {
            List<String> ids = match.stream().map(Resource::id).toList();
            return "still there: " + String.join(", ", ids.subList(0, Math.min(3, ids.size())))
                    + (ids.size() > 3 ? " and " + (ids.size() - 3) + " more" : "");
        }
        if (!match.isEmpty()) {
            return "you have " + match.size() + " that " + (match.size() == 1 ? "matches" : "match");
        }
        Resource closest = null;
        List<Condition.AttrTest> closestFails = List.of();
        for (Resource res : now) {
            if (!res.kind().equals(r.kind())) {
                continue;
            }
            List<Condition.AttrTest> fails = r.tests().stream()
                    .filter(t -> !t.compare().test(res.attr(t.attribute()), t.value())).toList();
            if (closest == null || fails.size() < closestFails.size()) {
                closest = res;
                closestFails = fails;
            }
        }
        if (closest == null) {
            return "you have no " + kind + " yet";
        }
        List<String> why = new ArrayList<>();
        for (Condition.AttrTest t : closestFails) {
            String actual = closest.attr(t.attribute());
            why.add(name(t) + " "
                    + (actual.isEmpty() ? "(none)" : actual));
        }
        long ofKind = now.stream().filter(res -> res.kind().equals(r.kind())).count();
        return (ofKind == 1 ? "yours, " : "the closest of your " + ofKind + ", ") + closest.id() + ", has "
                + String.join(" and ", why);
    }

    /** The scene's own way to set a flag: the command a reaction watches for, or the choice that sets it. */
    private static String howToSet(String flag, Scene scene) {
        for (Reaction r : scene.reactions()) {
            if (sets(r.effects(), flag)) {
                String cmd = String.join(" ", r.pattern());
                return switch (r.when()) {
                    case OK -> "'" + cmd + "' has run without an error";
                    case ERROR -> "'" + cmd + "' has failed with " + r.errorCode();
                    default -> "you have typed '" + cmd + "'";
                };
            }
        }
        for (Choice ch : scene.choices()) {
            if (sets(ch.effects(), flag)) {
                return "you have picked '" + ch.text() + "'";
            }
        }
        return "";
    }

    private static boolean sets(List<Effect> effects, String flag) {
        return effects.stream().anyMatch(e -> e instanceof Effect.SetFlag sf && sf.name().equals(flag));
    }
}
