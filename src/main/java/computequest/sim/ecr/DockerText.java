package computequest.sim.ecr;

import java.util.List;

/** How docker words its listings: columns as its tabwriter lays them out, and ages in its words. */
final class DockerText {

    private DockerText() {
    }

    /**
     * Rows laid out as docker lays out its listings (Go's tabwriter with a minimum width of 10 and a padding of 3):
     * every column but the last as wide as its longest value plus three spaces, and never narrower than 10.
     */
    static String columns(List<List<String>> rows) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size() - 1; c++) {
                width[c] = Math.max(width[c], Math.max(10, row.get(c).length() + 3));
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(row.get(c)).append(c == row.size() - 1 ? "" : " ".repeat(width[c] - row.get(c).length()));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString().stripTrailing();
    }

    /** How long ago, in docker's words ("Less than a second ago", "About a minute ago", "5 minutes ago"). */
    static String ago(long seconds) {
        long hours = (seconds + 1800) / 3600;
        String d;
        if (seconds < 1) {
            d = "Less than a second";
        } else if (seconds == 1) {
            d = "1 second";
        } else if (seconds < 60) {
            d = seconds + " seconds";
        } else if (seconds / 60 == 1) {
            d = "About a minute";
        } else if (seconds / 60 < 60) {
            d = seconds / 60 + " minutes";
        } else if (hours == 1) {
            d = "About an hour";
        } else if (hours < 48) {
            d = hours + " hours";
        } else if (hours < 24 * 7 * 2) {
            d = hours / 24 + " days";
        } else if (hours < 24 * 30 * 2) {
            d = hours / 24 / 7 + " weeks";
        } else if (hours < 24 * 365 * 2) {
            d = hours / 24 / 30 + " months";
        } else {
            d = hours / 24 / 365 + " years";
        }
        return d + " ago";
    }
}
