package computequest.sim.events;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.sim.lambda.ServerlessState;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EventBridge rules (schedules and event patterns) and their targets, which invoke Lambda functions. */
public final class EventsOps {

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");

    private EventsOps() {
    }

    public static List<Operation> operations() {
        return List.of(
                new Operation("events", "put-rule", "Create an EventBridge rule: a schedule or an event pattern.", List.of(
                        Param.req("--name", "The rule name."),
                        Param.opt("--schedule-expression", "rate(5 minutes) or cron(0 9 * * ? *) (UTC)."),
                        Param.opt("--event-pattern", "Which events match, e.g. {\"source\":[\"aws.ec2\"]}."),
                        Param.opt("--role-arn", "A role the rule uses to reach its targets."),
                        Param.opt("--description", "A description."),
                        Param.opt("--state", "ENABLED (default) or DISABLED.")), EventsOps::putRule),
                new Operation("events", "put-targets", "Make a rule invoke a function.", List.of(
                        Param.req("--rule", "The rule."), Param.list("--targets", true, "Id=1,Arn=FUNCTION-ARN")), EventsOps::putTargets),
                new Operation("events", "list-rules", "List rules.", List.of(
                        Param.opt("--name-prefix", "Only rules whose names start with this.")), EventsOps::listRules));
    }

    private static final Pattern CRON = Pattern.compile("cron\\((\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)\\)");

    /** Seconds between firings of a rate() or cron() schedule (cron: hourly, daily or weekly in this game). */
    static long period(String expression) {
        String e = expression.trim();
        Matcher c = CRON.matcher(e);
        if (c.matches()) {
            String min = c.group(1);
            String hour = c.group(2);
            String dom = c.group(3);
            String dow = c.group(5);
            if (!dom.equals("?") && !dow.equals("?")) {
                throw new CliException("ValidationException", "Parameter ScheduleExpression is not valid: in cron() one"
                        + " of day-of-month and day-of-week must be ?, e.g. cron(0 9 * * ? *) for 09:00 UTC every day.");
            }
            if (!min.matches("\\d{1,2}")) {
                throw new CliException("ValidationException", "This game simulates cron() schedules with a fixed minute,"
                        + " e.g. cron(0 9 * * ? *); for every N minutes use rate(N minutes).");
            }
            if (hour.equals("*")) {
                return 3600;
            }
            return !dow.equals("?") && !dow.equals("*") ? 7 * 86400 : 86400;
        }
        Matcher m = RATE.matcher(e);
        if (!m.matches()) {
            throw new CliException("ValidationException", "Parameter ScheduleExpression is not valid: '" + expression
                    + "'. Examples: rate(5 minutes), rate(1 hour), cron(0 9 * * ? *).");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        if (n == 0 || (n == 1) != !unit.endsWith("s")) {
            throw new CliException("ValidationException", "Parameter ScheduleExpression is not valid: use rate(1 minute)"
                    + " but rate(5 minutes) - singular for 1, plural otherwise.");
        }
        return n * (unit.startsWith("minute") ? 60 : unit.startsWith("hour") ? 3600 : 86400);
    }

    /** The first simulated second a schedule fires after {@code now}: a cron's minute (and hour), else now + period. */
    static long firstDue(ServerlessState.Rule r, long now) {
        Matcher c = CRON.matcher(r.expression().trim());
        if (!c.matches()) {
            return now + r.period();
        }
        long minute = Long.parseLong(c.group(1)) * 60;
        long offset = c.group(2).equals("*") ? minute : Long.parseLong(c.group(2).replaceAll("\\D.*", "")) * 3600 + minute;
        long period = r.period() == 3600 ? 3600 : 86400;
        long due = now - Math.floorMod(now, period) + offset % period;
        return due <= now ? due + period : due;
    }

    private static String ruleArn(String name) {
        return "arn:aws:events:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":rule/" + name;
    }

    static Operation.Result putRule(Cloud cloud, Invocation call) {
        String name = call.value("--name");
        String expr = call.value("--schedule-expression", "");
        String pattern = call.value("--event-pattern", "");
        if (expr.isEmpty() == pattern.isEmpty()) {
            throw new CliException("ValidationException", "Give a rule either --schedule-expression (when to run) or"
                    + " --event-pattern (which events to match).");
        }
        if (!pattern.isEmpty()) {
            try {
                com.google.gson.JsonParser.parseString(pattern).getAsJsonObject();
            } catch (RuntimeException e) {
                throw new CliException("InvalidEventPatternException", "Event pattern is not valid JSON: " + pattern);
            }
        }
        ServerlessState.Rule r = new ServerlessState.Rule(name, expr, expr.isEmpty() ? 0 : period(expr), pattern,
                call.value("--description", ""));
        cloud = cloud.withServerless(cloud.serverless().withRule(r));
        JsonObject res = new JsonObject();
        res.addProperty("RuleArn", ruleArn(name));
        return new Operation.Result(cloud, res, List.of(expr.isEmpty()
                ? "Rule " + name + " matches events like " + pattern + ". The game delivers scheduled events only, so"
                + " this rule is kept but never fires here; on AWS every matching event goes to its targets."
                : "Rule " + name + " fires on " + expr + (expr.startsWith("cron(") ? " (cron times are UTC)" : "")
                + ". Give it a target: aws events put-targets --rule " + name + " --targets Id=1,Arn=FUNCTION-ARN"));
    }

    static Operation.Result putTargets(Cloud cloud, Invocation call) {
        String name = call.value("--rule");
        ServerlessState.Rule r = cloud.serverless().rules().get(name);
        if (r == null) {
            throw new CliException("ResourceNotFoundException", "Rule " + name + " does not exist."
                    + Suggest.didYouMean(name, cloud.serverless().rules().keySet()));
        }
        List<String> changes = new ArrayList<>();
        for (String target : call.list("--targets")) {
            Matcher m = Pattern.compile("\"?Arn\"?\\s*[=:]\\s*\"?(arn:aws:[^\",}\\s]+)").matcher(target);
            if (!m.find()) {
                throw new CliException("ValidationException", "A target needs Id and Arn: Id=1,Arn=FUNCTION-ARN; '"
                        + target + "' has no Arn.");
            }
            String arn = m.group(1);
            Matcher fn = Pattern.compile("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:([A-Za-z0-9_-]+)").matcher(arn);
            if (!fn.matches()) {
                changes.add("Target " + arn + " is kept, but the game delivers to Lambda functions only; on AWS this"
                        + " service would receive the rule's events.");
                continue;
            }
            String function = fn.group(1);
            if (!cloud.serverless().functions().containsKey(function)) {
                changes.add("Target " + function + " does not exist yet. EventBridge does not check: each firing fails"
                        + " until you create the function (and let events.amazonaws.com invoke it).");
            }
            if (r.period() == 0) {
                changes.add("Rule " + name + " matches events rather than a schedule, so " + function + " is not called here.");
                continue;
            }
            long due = firstDue(r, cloud.clock());
            cloud = cloud.withServerless(cloud.serverless().withTrigger(new ServerlessState.Trigger("schedule:" + name,
                    function, "schedule", name, r.period(), due)));
            changes.add("Rule " + name + " will invoke " + function + " every " + r.period() / 60 + " minutes, first in "
                    + (due - cloud.clock()) / 60 + " minutes (try: wait " + (due - cloud.clock()) + ").");
        }
        JsonObject res = new JsonObject();
        res.addProperty("FailedEntryCount", 0);
        res.add("FailedEntries", new JsonArray());
        return new Operation.Result(cloud, res, changes);
    }

    static Operation.Result listRules(Cloud cloud, Invocation call) {
        JsonArray a = new JsonArray();
        for (ServerlessState.Rule r : cloud.serverless().rules().values()) {
            if (!r.name().startsWith(call.value("--name-prefix", ""))) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("Name", r.name());
            o.addProperty("Arn", ruleArn(r.name()));
            if (!r.pattern().isEmpty()) {
                o.addProperty("EventPattern", r.pattern());
            }
            o.addProperty("State", "ENABLED");
            if (!r.description().isEmpty()) {
                o.addProperty("Description", r.description());
            }
            if (!r.expression().isEmpty()) {
                o.addProperty("ScheduleExpression", r.expression());
            }
            o.addProperty("EventBusName", "default");
            a.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("Rules", a);
        return new Operation.Result(cloud, res, List.of());
    }
}
