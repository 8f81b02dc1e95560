package computequest.save;

import computequest.engine.GameState;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every loaded save passes after it is read: the readers (Gson's binding before, {@link SaveReader} now)
 * leave a missing value null (or 0), so the header's required values, every number's range and the simulated cloud
 * (by a dry run) are checked here.
 */
final class SaveChecks {

    private SaveChecks() {
    }

    /** Required values that Gson may have left null, and a dry run of the cloud; empty when the save is sound. */
    static List<String> problems(SaveFile s, int version) {
        List<String> out = new ArrayList<>();
        headerProblems(s, out);
        if (s.state() == null) {
            out.add("\"state\" is missing");
            return out;
        }
        checkState(s.state(), "state", out);
        for (int i = 0; i < s.undo().size() && out.isEmpty(); i++) {
            SaveFile.UndoStep u = s.undo().get(i);
            if (u == null || u.command() == null || (u.before() == null && (i == 0 || version < 2))) {
                out.add("undo step " + i + " is empty");
            } else if (u.before() != null) {
                checkState(u.before(), "undo[" + i + "].before", out);
            }
        }
        return out;
    }

    /** The header's required values, and every number in a range a real game can reach. */
    static void headerProblems(SaveFile s, List<String> out) {
        require(s.storyId(), "storyId", out);
        require(s.created(), "created", out);
        require(s.lastPlayed(), "lastPlayed", out);
        require(s.summary(), "summary", out);
        range("playedSeconds", s.playedSeconds(), 0, Limits.MAX_SECONDS, out);
        date("created", s.created(), out);
        date("lastPlayed", s.lastPlayed(), out);
        if (s.summary() != null) {
            range("summary.score", s.summary().score(), -Limits.MAX_SCORE, Limits.MAX_SCORE, out);
            range("summary.scenesVisited", s.summary().scenesVisited(), 0, Integer.MAX_VALUE, out);
        }
    }

    private static void range(String name, long value, long min, long max, List<String> out) {
        if (value < min || value > max) {
            out.add("\"" + name + "\" is " + value + ", outside " + min + " to " + max);
        }
    }

    private static void date(String name, Instant t, List<String> out) {
        if (t != null && (t.isBefore(Limits.EARLIEST) || t.isAfter(Limits.LATEST))) {
            out.add("\"" + name + "\" is " + t + ", outside " + Limits.EARLIEST + " to " + Limits.LATEST);
        }
    }

    private static void checkState(GameState g, String path, List<String> out) {
        if (g.sceneId() == null || g.sceneId().isBlank()) {
            out.add("\"" + path + ".sceneId\" is missing");
        }
        range(path + ".score", g.score(), -Limits.MAX_SCORE, Limits.MAX_SCORE, out);
        range(path + ".hintsShown", g.hintsShown(), 0, Integer.MAX_VALUE, out);
        range(path + ".turn", g.turn(), 0, Integer.MAX_VALUE, out);
        Cloud c = g.cloud();
        if (c == null) {
            out.add("\"" + path + ".cloud\" is missing");
            return;
        }
        int before = out.size();
        SaveWalker.cloud(c, path + ".cloud", out, 0);
        if (c.rng() == null) {
            out.add("\"" + path + ".cloud.rng\" is missing");
        }
        if (c.ledger() == null) {
            out.add("\"" + path + ".cloud.ledger\" is missing");
        }
        range(path + ".cloud.clock", c.clock(), 0, Limits.MAX_SECONDS, out);
        if (c.ledger() != null && c.ledger().items().values().stream().anyMatch(java.util.Objects::isNull)) {
            out.add("\"" + path + ".cloud.ledger\" has an empty line");
            return;
        }
        if (c.ledger() != null && !(c.ledger().total() >= 0 && c.ledger().total() < Limits.MAX_USD)) {
            out.add("\"" + path + ".cloud.ledger\" totals " + c.ledger().total() + " USD, outside 0 to "
                    + Limits.MAX_USD);
        }
        if (out.size() > before) {
            return;
        }
        try {
            // A dry run: the cloud must list its resources and let an hour pass without failing.
            CloudSim.resources(c);
            CloudSim.advance(c, 3600);
        } catch (RuntimeException e) {
            out.add("the simulated cloud in \"" + path + "\" is damaged (" + SaveCodec.reason(e) + ")");
        }
    }

    /**
     * A place in a record tree, spelled out only for a message: the generated walk ({@link SaveWalker}) that finds null
     * collections and entries passes one down instead of building every place's text.
     */
    record Where(Object parent, String open, Object key, String close) {
        @Override
        public String toString() {
            return parent + open + key + close;
        }
    }

    private static void require(Object value, String name, List<String> out) {
        if (value == null) {
            out.add("\"" + name + "\" is missing");
        }
    }
}
