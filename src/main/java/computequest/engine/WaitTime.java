package computequest.engine;

import java.util.OptionalLong;

/** Reads the time a {@code wait} command asks for: {@code wait}, {@code wait 45}, {@code wait 90s}, {@code 10m}, {@code 2h}. */
final class WaitTime {

    /** Simulated seconds a bare {@code wait} lets pass. */
    static final long DEFAULT = 30;
    /** The longest wait: a week. */
    static final long MAX = 7L * 24 * 3600;

    static final String USAGE = "wait takes a time such as 'wait', 'wait 45', 'wait 10m' or 'wait 2h' (at most a week).";

    private WaitTime() {
    }

    /** @return the seconds {@code lower} (the whole command, lower case) asks for, or empty when it is malformed */
    static OptionalLong parse(String lower) {
        String[] parts = lower.strip().split("\\s+");
        if (parts.length == 1) {
            return OptionalLong.of(DEFAULT);
        }
        if (parts.length > 2) {
            return OptionalLong.empty();
        }
        String arg = parts[1];
        long unit = 1;
        char last = arg.charAt(arg.length() - 1);
        if (last == 's' || last == 'm' || last == 'h') {
            unit = last == 'h' ? 3600 : last == 'm' ? 60 : 1;
            arg = arg.substring(0, arg.length() - 1);
        }
        long seconds;
        try {
            seconds = Math.multiplyExact(Long.parseLong(arg), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
        return seconds < 1 || seconds > MAX ? OptionalLong.empty() : OptionalLong.of(seconds);
    }

    /** States and statuses of something on its way from one state to another (lower case). */
    private static final java.util.Set<String> BUSY = java.util.Set.of("pending", "stopping", "shutting-down",
            "starting", "provisioning", "activating", "creating", "deprovisioning", "draining", "updating", "deleting",
            "inprogress", "in_progress");

    /**
     * After a wait that changed nothing: what is still on its way ("lightsail-instance blog is still pending"), so
     * the player knows waiting longer is the answer; empty when nothing is.
     */
    static String stillChanging(computequest.sim.Cloud cloud) {
        java.util.List<String> busy = new java.util.ArrayList<>();
        for (computequest.sim.Resource r : computequest.sim.CloudSim.resources(cloud)) {
            String st = r.attr("state").isEmpty() ? r.attr("status") : r.attr("state");
            if (BUSY.contains(st.toLowerCase(java.util.Locale.ROOT))) {
                busy.add(r.kind() + " " + r.id() + " is still " + st);
            }
        }
        if (busy.isEmpty()) {
            return "";
        }
        int shown = Math.min(3, busy.size());
        return "Nothing changed yet: " + String.join("; ", busy.subList(0, shown))
                + (busy.size() > shown ? " (and " + (busy.size() - shown) + " more)" : "") + ". Wait a little longer.";
    }

    /** "1h 2m 3s", "2m 0s", "45s". */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long sec = seconds % 60;
        if (h > 0) {
            return h + "h " + m + "m " + sec + "s";
        }
        if (m > 0) {
            return m + "m " + sec + "s";
        }
        return sec + "s";
    }
}
