package computequest.sim.ec2;

import computequest.sim.Cloud;

/**
 * The private key file given to ssh with {@code -i}, as the laptop passes it: its permission bits, the path as typed
 * and its text. OpenSSH loads it only when the owner may read it, nobody else may (any bit in 077 set makes it ignore
 * the file), and the text is a private key in a format it reads (PEM or OpenSSH; not PuTTY's .ppk, not an empty file).
 *
 * @param mode the file's permission bits, e.g. 0644 after a redirect, 0400 after chmod 400
 * @param path the path as typed, as ssh quotes it in its messages
 * @param text the file's text, or null for a bare path from a caller with no files (a review's scratch account),
 *             which stands for the current key of the key pair it is named after
 */
record KeyFile(int mode, String path, String text) {

    private static final String PREFIX = "KEY:";

    /** How the laptop passes a key file to ssh: mode, path and text in one argument. */
    static String encode(int mode, String path, String text) {
        return PREFIX + Integer.toOctalString(mode & 07777) + "\n" + path + "\n" + text;
    }

    static KeyFile of(String identity) {
        if (identity.startsWith(PREFIX)) {
            String[] parts = identity.substring(PREFIX.length()).split("\n", 3);
            if (parts.length == 3 && parts[0].matches("[0-7]{1,4}")) {
                return new KeyFile(Integer.parseInt(parts[0], 8), parts[1], parts[2]);
            }
        }
        if (identity.startsWith(SshLogin.PEM_PREFIX)) {
            return new KeyFile(0400, "key.pem", identity.substring(SshLogin.PEM_PREFIX.length()));
        }
        return new KeyFile(0400, identity, null);
    }

    /** What ssh prints when it cannot use the file (it then offers no key), or null when it loads. */
    String problem() {
        if (text == null) {
            return null;
        }
        if ((mode & 0400) == 0) {
            return "Load key \"" + path + "\": Permission denied";
        }
        if ((mode & 077) != 0) {
            String bar = "@".repeat(59);
            return bar + "\n@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @\n" + bar + "\n"
                    + "Permissions " + String.format("%04o", mode & 0777) + " for '" + path + "' are too open.\n"
                    + "It is required that your private key files are NOT accessible by others.\n"
                    + "This private key will be ignored.\n"
                    + "Load key \"" + path + "\": bad permissions";
        }
        if (SshLogin.publicKey(text).isEmpty() || text.strip().startsWith("PuTTY-User-Key-File")) {
            return "Load key \"" + path + "\": invalid format";
        }
        return null;
    }

    /** One sentence after ssh's own lines: what to do about the problem {@link #problem()} named. */
    String advice() {
        if ((mode & 0400) == 0) {
            return "You may not read " + path + " yourself. chmod 400 " + path + " lets you, and only you, read it.";
        }
        if ((mode & 077) != 0) {
            return "ssh refuses a private key that other users of this computer could read. Lock it to you alone,"
                    + " then connect again: chmod 400 " + path;
        }
        if (text.isBlank()) {
            return path + " is empty: the key never reached it (the > makes the file even when the command before it"
                    + " fails). AWS shows a private key only once, so if that key pair exists its key is lost: delete"
                    + " the pair and create it again with --query KeyMaterial --output text > " + path + ".";
        }
        if (text.strip().startsWith("PuTTY-User-Key-File")) {
            return path + " is in PuTTY's .ppk format, which only PuTTY reads. For ssh, create the key pair with"
                    + " --key-format pem (the default).";
        }
        return path + " does not hold a private key. Give the .pem file that create-key-pair's KeyMaterial was"
                + " saved to.";
    }

    /** The key's text, or for a bare path the current key of the key pair it is named after (null if none). */
    String material(Cloud cloud) {
        if (text != null) {
            return text;
        }
        String base = path.replaceFirst(".*/", "").replaceFirst("\\.pem$", "");
        Ec2Access.KeyPair k = cloud.access().keyPairs().get(base);
        return k == null ? null : k.material();
    }
}
