package computequest.app;

/**
 * The game's command as the player started it, for every text that tells them what to type next: the launcher
 * exports it as CQ_PLAY_NAME ({@code ./play} from its folder, the name alone when a link on the PATH started it, such
 * as {@code compute-quest}, else the path as typed). Without it (a test, {@code java -jar}) it is {@code ./play}.
 */
final class PlayName {

    private PlayName() {
    }

    /** The command, quoted for the shell when it needs quoting. */
    static String command() {
        String named = System.getenv("CQ_PLAY_NAME");
        return named == null || named.isBlank() ? "./play" : shellWord(named);
    }

    /**
     * The name a shell completes the game under: the started command's last part (bash looks a path's completion up by
     * that name too), so ./play gives play; play when that part is not a plain word.
     */
    static String word() {
        String named = System.getenv("CQ_PLAY_NAME");
        String last = named == null ? "" : named.substring(named.lastIndexOf('/') + 1);
        return last.matches("[A-Za-z0-9_.-]+") ? last : "play";
    }

    /**
     * A help footer of examples for picocli, each command beside what it does, with {@code ./play} in the commands
     * replaced by the name the game was started by. What they do is aligned in a column after the commands, but a
     * command longer than {@code fits} (as written with ./play) is not counted, so that the column fits 80 characters.
     *
     * @param rows pairs: a command, then what it does (empty for none)
     */
    static String[] examples(int fits, String... rows) {
        String play = command();
        int width = 0;
        for (int i = 0; i < rows.length; i += 2) {
            if (!rows[i + 1].isEmpty() && rows[i].length() <= fits) {
                width = Math.max(width, rows[i].replace("./play", play).length());
            }
        }
        String[] footer = new String[rows.length / 2 + 2];
        footer[0] = "";
        footer[1] = "Examples:";
        for (int i = 0; i < rows.length; i += 2) {
            String cmd = rows[i].replace("./play", play);
            // picocli formats footers (%n is a line break): a % typed in a command stays a %
            String gap = " ".repeat(Math.max(width - cmd.length(), 0) + 3);
            String line = "  " + (rows[i + 1].isEmpty() ? cmd : cmd + gap + rows[i + 1]);
            footer[i / 2 + 2] = line.replace("%", "%%");
        }
        return footer;
    }

    /** A word as the shell needs it typed: quoted when it holds a space or another special character. */
    static String shellWord(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
