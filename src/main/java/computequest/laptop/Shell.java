package computequest.laptop;

import computequest.laptop.Syntax.AndList;
import computequest.laptop.Syntax.Command;
import computequest.laptop.Syntax.Part;
import computequest.laptop.Syntax.Pipeline;
import computequest.laptop.Syntax.Redirect;
import computequest.laptop.Syntax.Script;
import computequest.laptop.Syntax.Subst;
import computequest.laptop.Syntax.Text;
import computequest.laptop.Syntax.Var;
import computequest.laptop.Syntax.Word;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shell on the learner's laptop. {@link #run} is pure: the same laptop, cloud and line always give the same
 * result. Cloud commands (aws, docker, kubectl, ssh, curl) go to the simulated cloud, each taking
 * {@link CloudSim#SECONDS_PER_COMMAND} of simulated time; the rest are the laptop's own commands.
 */
public final class Shell {

    private static final Pattern ASSIGNMENT_START = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

    private Laptop laptop;
    private Cloud cloud;
    private final List<Out> out = new ArrayList<>();
    private int status;
    private String edit;
    private int cloudCalls;
    private final List<String> commands = new ArrayList<>();
    private String errorCode;
    private final boolean timed;

    private Shell(Laptop laptop, Cloud cloud, boolean timed) {
        this.laptop = laptop;
        this.cloud = cloud;
        this.timed = timed;
    }

    /** Runs one typed line and adds it to the history; every cloud call takes simulated time. */
    public static Ran run(Laptop laptop, Cloud cloud, String line) {
        return run(laptop.withHistory(line.strip()), cloud, line, true);
    }

    /** Runs a story effect's line: not added to the history, and the cloud calls take no simulated time. */
    public static Ran runEffect(Laptop laptop, Cloud cloud, String line) {
        return run(laptop, cloud, line, false);
    }

    private static Ran run(Laptop laptop, Cloud cloud, String line, boolean timed) {
        Shell sh = new Shell(laptop, cloud, timed);
        try {
            sh.status = sh.script(ShellParser.parse(line));
        } catch (ShellException e) {
            sh.out.add(new Out(Out.Kind.ERROR, e.getMessage()));
            sh.status = 2;
        }
        if (sh.laptop.size() > Laptop.MAX_CHARS && sh.laptop.size() > laptop.size()) {
            // As a full disk: what the line wrote is not kept (the cloud calls it made stand).
            sh.laptop = laptop;
            sh.out.add(new Out(Out.Kind.ERROR, "bash: write error: No space left on device (the simulated laptop"
                    + " keeps " + (Laptop.MAX_CHARS >> 20) + " MB of files and variables; rm or unset what you do not"
                    + " need)"));
            sh.status = 1;
        }
        return new Ran(sh.laptop, sh.cloud, sh.out, sh.status == 0, sh.edit, sh.cloudCalls, sh.errorCode, sh.commands);
    }

    /** Whether a line is for the laptop's shell: a cloud command, a laptop command, or a line starting NAME=. */
    public static boolean claims(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (CloudSim.isCloudCommand(s) || ASSIGNMENT_START.matcher(s).matches()) {
            return true;
        }
        String first = s.split("[\\s;|&<>]", 2)[0];
        return Builtins.NAMES.contains(first) || Builtins.EDITORS.contains(first);
    }

    /** The laptop's own command words, for completion and help. */
    public static List<String> commandWords() {
        List<String> w = new ArrayList<>(Builtins.NAMES);
        w.add("edit");
        return w;
    }

    /** The laptop after the editor saved {@code text} to {@code path}. */
    public static Laptop edited(Laptop laptop, String path, String text) {
        return laptop.withFile(path, text);
    }

    /** The shell line that writes exactly {@code text} to {@code path}: how an edit is kept for undo and replay. */
    public static String writing(String path, String text) {
        return "echo -n " + Quote.word(text) + " > " + Quote.word(path);
    }

    // ---- running ----

    private int script(Script s) {
        int last = 0;
        for (AndList list : s.lists()) {
            for (Pipeline p : list.pipelines()) {
                last = pipeline(p);
                status = last;
                if (last != 0) {
                    break;
                }
            }
        }
        return last;
    }

    /** A command's result before its output is shown. */
    record Res(String stdout, int status, List<String> changes) {
        static Res ok(String stdout) {
            return new Res(stdout, 0, List.of());
        }
    }

    private int pipeline(Pipeline p) {
        return pipeline(p, false).status();
    }

    /** Runs a pipeline; with {@code capture}, returns its output instead of showing it. */
    private Res pipeline(Pipeline p, boolean capture) {
        List<Command> cmds = p.commands();
        List<String> changes = new ArrayList<>();
        Res last;
        if (cmds.size() == 2 && isCloud(cmds.get(0)) && isCloud(cmds.get(1))) {
            last = cloudPipe(cmds.get(0), cmds.get(1));
        } else {
            String stdin = null;
            last = null;
            for (Command c : cmds) {
                last = command(c, stdin);
                changes.addAll(last.changes());
                stdin = last.stdout();
            }
            last = new Res(last.stdout(), last.status(), changes);
        }
        if (capture) {
            emitChanges(last.changes());
            return last;
        }
        if (!last.stdout().isEmpty()) {
            out.add(new Out(Out.Kind.OUTPUT, last.stdout().replaceAll("\n+$", "")));
        }
        emitChanges(last.changes());
        return last;
    }

    private void emitChanges(List<String> changes) {
        for (String c : changes) {
            out.add(new Out(Out.Kind.CHANGE, c));
        }
    }

    private boolean isCloud(Command c) {
        return !c.words().isEmpty() && c.words().get(0).parts().size() == 1
                && c.words().get(0).parts().get(0) instanceof Text t && CloudSim.isCloudCommand(t.text())
                && c.redirects().isEmpty();
    }

    /** {@code aws ecr get-login-password | docker login ...}: both sides go to the simulated cloud together. */
    private Res cloudPipe(Command left, Command right) {
        List<String> a = CloudFiles.substitute(laptop, expand(left.words()));
        List<String> b = expand(right.words());
        return cloud(a, Quote.join(a) + " | " + Quote.join(b));
    }

    private Res command(Command c, String stdin) {
        // bash opens the redirections first, left to right: one it cannot open stops the command before it runs
        String target = null;
        for (Redirect red : c.redirects()) {
            target = open(red);
            if (target == null) {
                return new Res("", 1, List.of());
            }
        }
        List<String> argv = expand(c.words());
        Res r;
        if (argv.isEmpty()) {
            for (Syntax.Assignment a : c.assignments()) {
                laptop = laptop.withVar(a.name(), String.join("", expandWord(a.value(), false)));
            }
            r = new Res("", substStatus, List.of());
        } else {
            try {
                r = dispatch(argv, stdin);
            } catch (ShellException e) {
                out.add(new Out(Out.Kind.ERROR, e.getMessage()));
                r = new Res("", argv.get(0).equals("aws") ? 255 : 1, List.of());
            }
        }
        if (target == null) {
            return r;
        }
        laptop = laptop.withFile(target, laptop.read(target).orElse("") + r.stdout());
        return new Res("", r.status(), r.changes());
    }

    /** Opens one {@code >} or {@code >>} target as bash does (made or emptied now); null, said, when it cannot. */
    private String open(Redirect red) {
        List<String> t = expand(List.of(red.target()));
        if (t.size() != 1) {
            out.add(new Out(Out.Kind.ERROR, "bash: ambiguous redirect: give one file name after >"));
            return null;
        }
        String target = Paths.of(t.get(0));
        String problem = laptop.isDir(target) ? "Is a directory"
                : !laptop.isDir(Paths.parent(target)) ? "No such file or directory"
                : !laptop.writable(target) ? "Permission denied" : null;
        if (problem != null) {
            out.add(new Out(Out.Kind.ERROR, "bash: " + t.get(0) + ": " + problem + (problem.startsWith("P")
                    ? "\n(" + t.get(0) + " is read-only, mode " + Integer.toOctalString(laptop.mode(target))
                    + ": the command did not run and the file is unchanged. chmod u+w " + t.get(0)
                    + " makes it writable again, or rm -f removes it.)" : "")));
            return null;
        }
        if (!red.append() || !laptop.isFile(target)) {
            laptop = laptop.withFile(target, "");
        }
        return target;
    }

    private Res dispatch(List<String> argv, String stdin) {
        String name = argv.get(0);
        if (Builtins.EDITORS.contains(name)) {
            edit = Builtins.editTarget(laptop, argv);
            return Res.ok("");
        }
        if (Builtins.NAMES.contains(name)) {
            Builtins.Result b = Builtins.run(laptop, argv, stdin);
            laptop = b.laptop();
            for (String e : b.errors()) {
                out.add(new Out(Out.Kind.ERROR, e));
            }
            return new Res(b.stdout(), b.status(), List.of());
        }
        if (CloudSim.isCloudCommand(name)) {
            if (stdin != null) {
                throw new ShellException("The game's pipes feed a cloud command only from another cloud command,"
                        + " e.g. aws ecr get-login-password | docker login --username AWS --password-stdin ...");
            }
            List<String> words = name.equals("aws") ? CloudFiles.substitute(laptop, argv)
                    : name.equals("ssh") ? CloudFiles.identity(laptop, argv) : argv;
            CloudFiles.check(laptop, words);
            words = name.equals("docker") ? DockerBuild.withContent(laptop, words) : words;
            return cloud(argv, Quote.join(words));
        }
        throw new ShellException(name + ": command not found. " + Builtins.notFoundHint(name));
    }

    /** Sends one line to the simulated cloud and lets the time it takes pass. */
    private Res cloud(List<String> argv, String line) {
        Outcome o = CloudSim.execute(cloud, line);
        cloudCalls++;
        commands.add(line);
        errorCode = o.ok() ? null : o.errorCode();
        List<String> changes = new ArrayList<>(o.changes());
        cloud = o.cloud();
        if (timed) {
            Outcome t = CloudSim.advance(o.cloud(), CloudSim.SECONDS_PER_COMMAND);
            changes.addAll(t.changes());
            cloud = t.cloud();
        }
        if (!o.ok()) {
            if (!o.output().isEmpty()) {
                out.add(new Out(Out.Kind.ERROR, o.output()));
            }
            return new Res("", argv.get(0).equals("aws") ? 255 : 1, changes);
        }
        String[] written = CloudFiles.invokeOutput(argv, o.changes());
        if (written != null) {
            try {
                laptop = laptop.withFile(Paths.of(written[0]), written[1] + "\n");
            } catch (ShellException e) {
                out.add(new Out(Out.Kind.ERROR, e.getMessage()));
            }
        }
        String printed = DockerBuild.output(laptop, argv, o.output());
        return new Res(printed.isEmpty() ? "" : printed + "\n", 0, changes);
    }

    // ---- expansion ----

    private int substStatus;

    private List<String> expand(List<Word> words) {
        substStatus = 0;
        List<String> argv = new ArrayList<>();
        boolean exportLike = false;
        for (Word w : words) {
            boolean keepWhole = exportLike && w.parts().size() > 0 && w.parts().get(0) instanceof Text t
                    && !t.quoted() && ASSIGNMENT_START.matcher(t.text()).matches();
            argv.addAll(expandWord(w, !keepWhole));
            exportLike = argv.size() == 1 && argv.get(0).equals("export");
            exportLike |= !argv.isEmpty() && argv.get(0).equals("export");
        }
        return argv;
    }

    /** The fields one word expands to: unquoted expansions split at blanks, as bash does. */
    private List<String> expandWord(Word w, boolean split) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean content = false;
        for (int i = 0; i < w.parts().size(); i++) {
            Part p = w.parts().get(i);
            String value;
            if (p instanceof Text t) {
                value = t.text();
                if (i == 0 && !t.quoted() && (value.equals("~") || value.startsWith("~/"))) {
                    value = laptop.vars().getOrDefault("HOME", Laptop.HOME) + value.substring(1);
                }
                cur.append(value);
                content = true;
                continue;
            }
            if (p instanceof Var v) {
                value = v.name().equals("?") ? Integer.toString(status) : laptop.vars().getOrDefault(v.name(), "");
            } else {
                Shell inner = new Shell(laptop, cloud, timed);
                inner.status = status;
                Res r = inner.capture(((Subst) p).script());
                laptop = inner.laptop.withVars(laptop.vars());
                cloud = inner.cloud;
                cloudCalls += inner.cloudCalls;
                commands.addAll(inner.commands);
                errorCode = inner.errorCode == null ? errorCode : inner.errorCode;
                out.addAll(inner.out);
                substStatus = r.status();
                value = r.stdout().replaceAll("\n+$", "");
            }
            if (cur.length() + (long) value.length() > Laptop.MAX_CHARS) {
                throw new ShellException("bash: xrealloc: cannot allocate " + (cur.length() + (long) value.length())
                        + " bytes (the simulated laptop keeps " + (Laptop.MAX_CHARS >> 20) + " MB in all)");
            }
            if (p.quoted() || !split) {
                cur.append(value);
                content = true;
                continue;
            }
            String[] pieces = value.split("[ \t\n]+", -1);
            for (int k = 0; k < pieces.length; k++) {
                if (k > 0) {
                    if (content || cur.length() > 0) {
                        fields.add(cur.toString());
                    }
                    cur.setLength(0);
                    content = false;
                }
                if (!pieces[k].isEmpty()) {
                    cur.append(pieces[k]);
                    content = true;
                }
            }
        }
        if (content || cur.length() > 0) {
            fields.add(cur.toString());
        }
        return fields;
    }

    /** Runs a $(…) script and returns what it printed. */
    private Res capture(Script s) {
        StringBuilder b = new StringBuilder();
        int last = 0;
        for (AndList list : s.lists()) {
            for (Pipeline p : list.pipelines()) {
                Res r = pipeline(p, true);
                b.append(r.stdout());
                if (!r.stdout().isEmpty() && !r.stdout().endsWith("\n")) {
                    b.append('\n');
                }
                last = r.status();
                if (last != 0) {
                    break;
                }
            }
        }
        return new Res(b.toString(), last, List.of());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
