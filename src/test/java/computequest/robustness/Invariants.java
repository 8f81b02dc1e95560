package computequest.robustness;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.engine.View;
import computequest.present.Said;
import computequest.present.Telling;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.ec2.Image;
import computequest.sim.ec2.Instance;
import computequest.sim.ec2.InstanceState;
import computequest.sim.LineItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold after every engine step, whatever the input: a test helper, so production code carries no checks
 * that only a fuzzer needs. {@link #check} returns the broken rules (empty when all hold) so a failure can name
 * every one of them together with the input that led there.
 */
public final class Invariants {

    /** A dollar amount that is negative, not a number or infinite. */
    private static final java.util.regex.Pattern BAD_MONEY = java.util.regex.Pattern.compile("\\$\\s*(-|NaN|Infinity)");

    private Invariants() {
    }

    /** Checks one step: the state after it, compared with the state before it. */
    public static List<String> check(Engine engine, GameState before, String input, Step step) {
        String echoed = input == null ? "" : input.toLowerCase(java.util.Locale.ROOT);
        boolean mayEchoMoney = echoed.contains("$");
        List<String> broken = new ArrayList<>();
        GameState s = step.state();
        if (s == null) {
            broken.add("the step returned no state");
            return broken;
        }
        if (engine.story().scene(s.sceneId()).isEmpty()) {
            broken.add("the game is at scene '" + s.sceneId() + "', which the story does not have");
        }
        for (String v : s.visited()) {
            if (engine.story().scene(v).isEmpty()) {
                broken.add("visited names a scene that does not exist: " + v);
            }
        }
        if (s.turn() < before.turn()) {
            broken.add("the turn counter went back from " + before.turn() + " to " + s.turn());
        }
        if (s.hintsShown() < 0 || s.hintsShown() > engine.story().scene(s.sceneId()).map(sc -> sc.hints().size()).orElse(0)) {
            broken.add("hintsShown is " + s.hintsShown() + " in a scene with "
                    + engine.story().scene(s.sceneId()).map(sc -> sc.hints().size()).orElse(0) + " hints");
        }
        if (before.ended() && !s.ended()) {
            broken.add("an ended game came back to life");
        }
        if (s.cloud().clock() < before.cloud().clock()) {
            broken.add("the clock went backwards from " + before.cloud().clock() + " to " + s.cloud().clock());
        }
        double was = before.cloud().ledger().total();
        double now = s.cloud().ledger().total();
        if (now + 1e-9 < was) {
            broken.add("the bill went down from " + was + " to " + now);
        }
        broken.addAll(cloud(s.cloud()));
        for (Said said : Telling.all(step.events())) {
            String text = said.text();
            boolean badNumber = !mayEchoMoney && BAD_MONEY.matcher(text).find();
            if (text.contains("\tat computequest.") || text.contains("java.lang.") || badNumber) {
                broken.add("an event shows internals or a broken number: " + abbreviate(text));
            }
        }
        try {
            View.of(engine, s);
        } catch (RuntimeException ex) {
            broken.add("View.of threw " + ex);
        }
        return broken;
    }

    /** Checks a simulated account on its own. */
    public static List<String> cloud(Cloud c) {
        List<String> broken = new ArrayList<>();
        long clock = c.clock();
        if (clock < 0) {
            broken.add("the clock is negative: " + clock);
        }
        Set<String> privateIps = new HashSet<>();
        Set<String> publicIps = new HashSet<>();
        for (Map.Entry<String, Instance> e : c.instances().entrySet()) {
            Instance i = e.getValue();
            String id = i.instanceId();
            String where = "instance " + id + " (" + i.state().apiName() + "): ";
            if (!e.getKey().equals(id)) {
                broken.add(where + "listed under another id, " + e.getKey());
            }
            if (id == null || !id.matches("i-[0-9a-f]{17}")) {
                broken.add(where + "malformed id");
            }
            try {
                i.type();
            } catch (RuntimeException ex) {
                broken.add(where + "unknown instance type " + i.instanceType());
            }
            if (i.stateSince() > clock || i.launchTime() > i.stateSince() || i.launchTime() < 0) {
                broken.add(where + "times out of order: launched " + i.launchTime() + ", state since "
                        + i.stateSince() + ", clock " + clock);
            }
            if (i.runStartedAt() > clock) {
                broken.add(where + "billed run starts in the future: " + i.runStartedAt());
            }
            InstanceState st = i.state();
            switch (st) {
                case RUNNING -> {
                    if (i.runStartedAt() < 0) {
                        broken.add(where + "running but its billed run never started");
                    }
                    if (i.runStartedAt() >= 0 && i.runStartedAt() < i.launchTime()) {
                        broken.add(where + "billed run began before launch");
                    }
                }
                case STOPPED -> {
                    if (i.publicIp() != null) {
                        broken.add(where + "stopped but still holds public IP " + i.publicIp());
                    }
                    if (i.runStartedAt() >= 0) {
                        broken.add(where + "stopped but still billed for compute since " + i.runStartedAt());
                    }
                    if (!i.hibernated() && !i.ram().isEmpty()) {
                        broken.add(where + "stopped without hibernation yet RAM holds " + i.ram().keySet());
                    }
                }
                case STOPPING -> {
                    if (!i.hibernated() && (i.runStartedAt() >= 0 || !i.ram().isEmpty())) {
                        broken.add(where + "a plain stop keeps compute billing or RAM");
                    }
                }
                case SHUTTING_DOWN -> {
                    if (i.runStartedAt() >= 0 || !i.ram().isEmpty()) {
                        broken.add(where + "shutting down but still billed for compute or holding RAM");
                    }
                }
                case TERMINATED -> {
                    if (!i.ram().isEmpty() || !i.disk().isEmpty() || i.publicIp() != null || i.runStartedAt() >= 0) {
                        broken.add(where + "terminated but keeps RAM, disk, a public IP or compute billing");
                    }
                }
                case PENDING -> {
                    if (i.runStartedAt() >= 0) {
                        broken.add(where + "pending but already billed for compute");
                    }
                }
                default -> broken.add(where + "unknown state");
            }
            if (st != InstanceState.TERMINATED) {
                if (!privateIps.add(i.privateIp())) {
                    broken.add(where + "private IP " + i.privateIp() + " is used twice");
                }
                if (i.publicIp() != null && !publicIps.add(i.publicIp())) {
                    broken.add(where + "public IP " + i.publicIp() + " is used twice");
                }
            }
            if (!i.hibernationConfigured() && i.hibernated()) {
                broken.add(where + "hibernated without hibernation configured");
            }
        }
        for (Map.Entry<String, Image> e : c.images().entrySet()) {
            if (!e.getKey().equals(e.getValue().imageId())) {
                broken.add("image " + e.getValue().imageId() + " listed under " + e.getKey());
            }
        }
        double sum = 0;
        for (LineItem li : c.ledger().lines()) {
            if (!(li.usd() >= 0) || Double.isInfinite(li.usd())) {
                broken.add("line item " + li + " has a bad cost");
            }
            sum += li.usd();
        }
        double total = c.ledger().total();
        if (!(total >= 0) || Double.isInfinite(total) || Math.abs(total - sum) > 1e-9) {
            broken.add("the bill total " + total + " is negative, not a number or not the sum of its lines");
        }
        try {
            CloudSim.resources(c);
        } catch (RuntimeException ex) {
            broken.add("resources() threw " + ex);
        }
        return broken;
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "... (" + s.length() + " chars)";
    }
}
