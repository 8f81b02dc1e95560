package computequest.laptop;

import java.util.ArrayList;
import java.util.List;

/** Turns what the player types ({@code ./app/x}, {@code ~/x}, {@code /home/learner/x}) into a path in the home folder. */
final class Paths {

    private Paths() {
    }

    /**
     * @return the path relative to the home folder, "" for the home folder itself
     * @throws ShellException for a path outside the home folder
     */
    static String of(String typed) {
        String p = typed;
        if (p.equals("~") || p.equals(Laptop.HOME)) {
            return "";
        }
        if (p.startsWith("~/")) {
            p = p.substring(2);
        } else if (p.startsWith(Laptop.HOME + "/")) {
            p = p.substring(Laptop.HOME.length() + 1);
        } else if (p.startsWith("/")) {
            throw new ShellException(typed + ": the game's laptop has only your home folder, " + Laptop.HOME
                    + ". Use a name such as taskdef.json or app/index.html.");
        }
        List<String> parts = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new ShellException(typed + ": that is outside your home folder, and the game's laptop"
                            + " has only " + Laptop.HOME + ".");
                }
                parts.remove(parts.size() - 1);
                continue;
            }
            parts.add(part);
        }
        return String.join("/", parts);
    }

    /** The folder a path is in ("" for the home folder). */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
