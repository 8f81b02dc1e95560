package computequest.laptop;

import computequest.sim.CloudSim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The laptop's own commands: ls, cat, cp, mv, rm, mkdir, echo, pwd, cd, history, env, export, unset. */
final class Builtins {

    static final List<String> NAMES = List.of("ls", "cat", "cp", "mv", "rm", "mkdir", "echo", "pwd", "cd", "history",
            "env", "export", "unset", "chmod");
    static final Set<String> EDITORS = Set.of("edit", "nano", "vi", "vim");

    private Builtins() {
    }

    record Result(Laptop laptop, String stdout, List<String> errors, int status) {
    }

    static String notFoundHint(String name) {
        String close = computequest.story.Suggest.closest(name, all(), name.length() <= 3 ? 1 : 2).orElse("");
        return (close.isEmpty() ? "" : "Did you mean '" + close + "'? ") + "The game's laptop has "
                + String.join(", ", NAMES) + ", edit FILE, and the cloud commands "
                + String.join(", ", CloudSim.commandWords()) + ".";
    }

    private static List<String> all() {
        List<String> w = new ArrayList<>(NAMES);
        w.addAll(EDITORS);
        w.addAll(CloudSim.commandWords());
        return w;
    }

    /** The file an editor command ({@code nano taskdef.json}) opens, or why it cannot open it. */
    static String editTarget(Laptop laptop, List<String> argv) {
        String name = argv.get(0);
        if (argv.size() != 2) {
            throw new ShellException(name + " opens one file: " + name + " taskdef.json");
        }
        String path = Paths.of(argv.get(1));
        if (laptop.isDir(path)) {
            throw new ShellException(name + ": " + argv.get(1) + " is a folder; give a file in it, e.g. "
                    + name + " " + (path.isEmpty() ? "" : path + "/") + laptop.list(path).stream()
                    .filter(n -> !n.endsWith("/")).findFirst().orElse("notes.txt"));
        }
        if (!laptop.isDir(Paths.parent(path))) {
            throw new ShellException(name + ": " + argv.get(1) + ": the folder " + Paths.parent(path)
                    + " does not exist (mkdir makes one)");
        }
        if (laptop.read(path).map(HomeFiles::binaryKind).orElse(null) != null) {
            throw new ShellException(name + ": " + argv.get(1) + " is " + HomeFiles.binaryKind(laptop.read(path)
                    .get()) + ", not text: there is nothing in it to edit by hand.");
        }
        if (!laptop.writable(path)) {
            throw new ShellException(name + ": " + argv.get(1) + ": Permission denied (it is read-only, mode "
                    + Integer.toOctalString(laptop.mode(path)) + ", so an edit could not be saved; chmod u+w "
                    + argv.get(1) + " first if you mean to change it)");
        }
        return path;
    }

    static Result run(Laptop laptop, List<String> argv, String stdin) {
        Run r = new Run(laptop);
        List<String> args = argv.subList(1, argv.size());
        switch (argv.get(0)) {
            case "ls" -> r.ls(args);
            case "cat" -> r.cat(args, stdin);
            case "cp" -> r.copy(args, false);
            case "mv" -> r.copy(args, true);
            case "rm" -> r.rm(args);
            case "mkdir" -> r.mkdir(args);
            case "echo" -> r.echo(args);
            case "pwd" -> r.out.append(Laptop.HOME).append('\n');
            case "cd" -> r.cd(args);
            case "history" -> r.history();
            case "env" -> r.env(false);
            case "export" -> r.export(args);
            case "unset" -> args.forEach(a -> r.laptop = r.laptop.withoutVar(a));
            case "chmod" -> r.chmod(args);
            default -> throw new IllegalArgumentException("not a builtin: " + argv.get(0));
        }
        return new Result(r.laptop, r.out.toString(), r.errors, r.errors.isEmpty() ? 0 : 1);
    }

    /** One builtin's run: the laptop it changes, its output and its error lines. */
    private static final class Run {
        Laptop laptop;
        final StringBuilder out = new StringBuilder();
        final List<String> errors = new ArrayList<>();

        Run(Laptop laptop) {
            this.laptop = laptop;
        }

        private List<String> operands(List<String> args, String cmd, String flags) {
            List<String> ops = new ArrayList<>();
            for (String a : args) {
                if (a.startsWith("-") && a.length() > 1 && ops.isEmpty()) {
                    for (char c : a.substring(1).toCharArray()) {
                        if (flags.indexOf(c) < 0) {
                            throw new ShellException(cmd + ": invalid option -- '" + c + "' (the game's " + cmd
                                    + (flags.isEmpty() ? " takes no options" : " knows -" + flags) + ")");
                        }
                    }
                } else {
                    ops.add(a);
                }
            }
            return ops;
        }

        private static boolean hasFlag(List<String> args, char flag) {
            return args.stream().anyMatch(a -> a.startsWith("-") && a.indexOf(flag) > 0);
        }

        void ls(List<String> args) {
            List<String> ops = operands(args, "ls", "la1F");
            boolean longForm = hasFlag(args, 'l');
            if (ops.isEmpty()) {
                ops = List.of(".");
            }
            for (String typed : ops) {
                String p = Paths.of(typed);
                if (laptop.isFile(p)) {
                    out.append(longForm ? longLine(p, typed) : typed).append('\n');
                    continue;
                }
                if (!laptop.isDir(p)) {
                    errors.add("ls: cannot access '" + typed + "': No such file or directory");
                    continue;
                }
                if (ops.size() > 1) {
                    out.append(typed).append(":\n");
                }
                List<String> names = laptop.list(p);
                if (longForm) {
                    for (String n : names) {
                        String child = (p.isEmpty() ? "" : p + "/") + n.replaceAll("/$", "");
                        out.append(n.endsWith("/") ? "drwxr-xr-x  learner  " + String.format("%6s", "-") + "  " + n
                                : longLine(child, n)).append('\n');
                    }
                } else if (!names.isEmpty()) {
                    out.append(String.join("  ", names)).append('\n');
                }
            }
        }

        private String longLine(String path, String shown) {
            String text = laptop.read(path).orElse("");
            return Modes.letters(laptop.mode(path)) + "  learner  " + String.format("%6d", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    .length) + "  " + shown;
        }

        void cat(List<String> args, String stdin) {
            List<String> ops = operands(args, "cat", "");
            if (ops.isEmpty()) {
                if (stdin == null) {
                    throw new ShellException("cat needs a file name: cat taskdef.json");
                }
                out.append(stdin);
                return;
            }
            for (String typed : ops) {
                String p = Paths.of(typed);
                if (laptop.isDir(p)) {
                    errors.add("cat: " + typed + ": Is a directory");
                    continue;
                }
                String text = laptop.read(p).orElse(null);
                if (text == null) {
                    errors.add("cat: " + typed + ": No such file or directory");
                    continue;
                }
                String kind = HomeFiles.binaryKind(text);
                if (kind != null) {
                    errors.add("cat: " + typed + " is " + kind + " (binary): the game's cat shows text files only.");
                    continue;
                }
                out.append(text);
                if (!text.isEmpty() && !text.endsWith("\n")) {
                    out.append('\n');
                }
            }
        }

        void copy(List<String> args, boolean move) {
            String cmd = move ? "mv" : "cp";
            List<String> ops = operands(args, cmd, move ? "f" : "rRf");
            boolean recursive = !move && (hasFlag(args, 'r') || hasFlag(args, 'R'));
            if (ops.size() < 2) {
                throw new ShellException(cmd + ": missing destination file operand after '" + String.join(" ", ops)
                        + "' (usage: " + cmd + " SOURCE DEST)");
            }
            String destTyped = ops.get(ops.size() - 1);
            String dest = Paths.of(destTyped);
            if (ops.size() > 2 && !laptop.isDir(dest)) {
                throw new ShellException(cmd + ": target '" + destTyped + "': Not a directory");
            }
            for (String typed : ops.subList(0, ops.size() - 1)) {
                String src = Paths.of(typed);
                if (!laptop.exists(src) || src.isEmpty()) {
                    errors.add(cmd + ": cannot stat '" + typed + "': No such file or directory");
                    continue;
                }
                String target = laptop.isDir(dest) ? (dest.isEmpty() ? "" : dest + "/") + Paths.name(src) : dest;
                if (!laptop.isDir(Paths.parent(target))) {
                    errors.add(cmd + ": cannot create '" + destTyped + "': No such file or directory");
                    continue;
                }
                if (target.equals(src) || target.startsWith(src + "/")) {
                    errors.add(cmd + ": '" + typed + "' and '" + destTyped + "' are the same file");
                    continue;
                }
                if (laptop.isDir(src)) {
                    if (!move && !recursive) {
                        errors.add("cp: -r not specified; omitting directory '" + typed + "'");
                        continue;
                    }
                    Laptop l = laptop.without(target).withDir(target);
                    for (String d : laptop.dirs()) {
                        if (d.startsWith(src + "/")) {
                            l = l.withDir(target + d.substring(src.length()));
                        }
                    }
                    for (Map.Entry<String, String> f : laptop.files().entrySet()) {
                        if (f.getKey().startsWith(src + "/")) {
                            String to = target + f.getKey().substring(src.length());
                            l = l.withFile(to, f.getValue()).withMode(to, laptop.mode(f.getKey()) & (move ? 07777 : ~022));
                        }
                    }
                    laptop = move ? l.without(src) : l;
                    continue;
                }
                if (!move && !laptop.writable(target)) {
                    errors.add("cp: cannot create regular file '" + destTyped + "': Permission denied");
                    continue;
                }
                String text = laptop.read(src).orElseThrow();
                // mv keeps the file's mode; cp gives a new file the source's mode less the umask (022)
                int mode = move ? laptop.mode(src) : laptop.isFile(target) ? laptop.mode(target)
                        : laptop.mode(src) & ~022;
                laptop = laptop.withFile(target, text).withMode(target, mode);
                if (move) {
                    laptop = laptop.without(src);
                }
            }
        }

        void rm(List<String> args) {
            List<String> ops = operands(args, "rm", "rRf");
            boolean recursive = hasFlag(args, 'r') || hasFlag(args, 'R');
            boolean force = hasFlag(args, 'f');
            if (ops.isEmpty() && !force) {
                throw new ShellException("rm: missing operand (usage: rm FILE)");
            }
            for (String typed : ops) {
                String p = Paths.of(typed);
                if (p.isEmpty()) {
                    errors.add("rm: refusing to remove your home folder");
                } else if (laptop.isDir(p) && !recursive) {
                    errors.add("rm: cannot remove '" + typed + "': Is a directory");
                } else if (!laptop.exists(p)) {
                    if (!force) {
                        errors.add("rm: cannot remove '" + typed + "': No such file or directory");
                    }
                } else {
                    laptop = laptop.without(p);
                }
            }
        }

        void mkdir(List<String> args) {
            List<String> ops = operands(args, "mkdir", "p");
            boolean parents = hasFlag(args, 'p');
            if (ops.isEmpty()) {
                throw new ShellException("mkdir: missing operand (usage: mkdir FOLDER)");
            }
            for (String typed : ops) {
                String p = Paths.of(typed);
                if (laptop.exists(p)) {
                    if (!parents || laptop.isFile(p)) {
                        errors.add("mkdir: cannot create directory '" + typed + "': File exists");
                    }
                    continue;
                }
                if (!laptop.isDir(Paths.parent(p)) && !parents) {
                    errors.add("mkdir: cannot create directory '" + typed + "': No such file or directory");
                    continue;
                }
                String sofar = "";
                for (String part : p.split("/")) {
                    sofar = sofar.isEmpty() ? part : sofar + "/" + part;
                    if (laptop.isFile(sofar)) {
                        errors.add("mkdir: cannot create directory '" + typed + "': Not a directory");
                        break;
                    }
                    if (!laptop.isDir(sofar)) {
                        laptop = laptop.withDir(sofar);
                    }
                }
            }
        }

        /** chmod MODE FILE...: octal (400, 0600) or symbolic (go-rwx, u+x,g-w) permission bits for files. */
        void chmod(List<String> args) {
            if (args.size() < 2 || !args.get(0).matches("[0-7]{1,4}|([ugoa]*[-+=][rwx]*)(,[ugoa]*[-+=][rwx]*)*")) {
                throw new ShellException("usage: chmod MODE FILE, e.g. chmod 400 bakery.pem (only you may read it)");
            }
            for (String typed : args.subList(1, args.size())) {
                String p = Paths.of(typed);
                if (!laptop.exists(p)) {
                    errors.add("chmod: cannot access '" + typed + "': No such file or directory");
                } else if (laptop.isFile(p)) {
                    laptop = laptop.withMode(p, Modes.apply(laptop.mode(p), args.get(0)));
                }
            }
        }

        void echo(List<String> args) {
            boolean newline = true;
            List<String> words = args;
            if (!words.isEmpty() && words.get(0).equals("-n")) {
                newline = false;
                words = words.subList(1, words.size());
            }
            out.append(String.join(" ", words));
            if (newline) {
                out.append('\n');
            }
        }

        void cd(List<String> args) {
            if (args.isEmpty() || (args.size() == 1 && Paths.of(args.get(0)).isEmpty())) {
                return;
            }
            throw new ShellException("cd: the game's shell stays in your home folder, " + Laptop.HOME + ". Name files"
                    + " by their path instead, e.g. cat app/index.html or docker build -t api:v1 ./api");
        }

        void history() {
            List<String> h = laptop.history();
            for (int i = 0; i < h.size(); i++) {
                out.append(String.format("%5d  %s%n", i + 1, h.get(i)));
            }
        }

        void env(boolean declare) {
            for (Map.Entry<String, String> e : laptop.vars().entrySet()) {
                if (declare) {
                    out.append("declare -x ").append(e.getKey()).append("=\"").append(e.getValue().replace("\"", "\\\""))
                            .append("\"\n");
                } else {
                    out.append(e.getKey()).append('=').append(e.getValue()).append('\n');
                }
            }
        }

        void export(List<String> args) {
            if (args.isEmpty() || args.equals(List.of("-p"))) {
                env(true);
                return;
            }
            for (String a : args) {
                int eq = a.indexOf('=');
                String name = eq < 0 ? a : a.substring(0, eq);
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    errors.add("export: '" + a + "': not a valid identifier");
                    continue;
                }
                if (eq >= 0) {
                    laptop = laptop.withVar(name, a.substring(eq + 1));
                } else if (!laptop.vars().containsKey(name)) {
                    laptop = laptop.withVar(name, "");
                }
            }
        }
    }
}
