package computequest.laptop;

/** Unix permission bits as chmod changes them and ls -l shows them (files only; the umask is 022). */
final class Modes {

    private static final int UMASK = 022;

    private Modes() {
    }

    /** The mode after chmod SPEC: octal (400, 0600) or symbolic clauses joined by commas (go-rwx, u+x,a=r). */
    static int apply(int mode, String spec) {
        if (spec.matches("[0-7]{1,4}")) {
            return Integer.parseInt(spec, 8) & 07777;
        }
        int m = mode;
        for (String clause : spec.split(",")) {
            int op = 0;
            while ("ugoa".indexOf(clause.charAt(op)) >= 0) {
                op++;
            }
            String who = clause.substring(0, op);
            char sign = clause.charAt(op);
            int bits = 0;
            for (char c : clause.substring(op + 1).toCharArray()) {
                bits |= c == 'r' ? 0444 : c == 'w' ? 0222 : 0111;
            }
            int scope = who.isEmpty() ? 0777 & ~UMASK : 0;
            for (char c : who.toCharArray()) {
                scope |= c == 'u' ? 0700 : c == 'g' ? 070 : c == 'o' ? 07 : 0777;
            }
            int whoAll = who.isEmpty() ? 0777 : scope;
            m = switch (sign) {
                case '+' -> m | (bits & scope);
                case '-' -> m & ~(bits & whoAll);
                default -> (m & ~whoAll) | (bits & scope);
            };
        }
        return m;
    }

    /** ls -l's ten characters for a file: -rw-r--r-- for 644. */
    static String letters(int mode) {
        StringBuilder b = new StringBuilder("-");
        String rwx = "rwx";
        for (int bit = 8; bit >= 0; bit--) {
            b.append((mode & (1 << bit)) != 0 ? rwx.charAt(2 - bit % 3) : '-');
        }
        return b.toString();
    }
}
