package computequest.laptop;

import computequest.sim.ecr.DockerCli;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code docker build} on the laptop: the Dockerfile it reads is checked before the simulated cloud builds, and the
 * build's steps are the Dockerfile's own (edit the Dockerfile and the output follows).
 */
final class DockerBuild {

    private static final Set<String> INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER",
            "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD",
            "STOPSIGNAL", "HEALTHCHECK", "SHELL");

    /** The instructions BuildKit shows as numbered steps; the others only set metadata. */
    private static final Set<String> STEPS = Set.of("FROM", "RUN", "COPY", "ADD", "WORKDIR");

    private DockerBuild() {
    }

    /**
     * The Dockerfile {@code docker build ARGS} reads, checked as docker checks it (a known instruction on each line,
     * FROM first); null when the command names no context (the simulated cloud then says what is missing).
     */
    static String dockerfile(Laptop laptop, List<String> args) {
        Context c = context(laptop, args);
        return c == null ? null : c.dockerfile();
    }

    /** The build context folder ("" for the home folder) and the Dockerfile's text. */
    private record Context(String dir, String dockerfile) {
    }

    private static Context context(Laptop laptop, List<String> args) {
        String context = null;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("-f") || a.equals("--file")) && i + 1 < args.size()) {
                file = args.get(++i);
            } else if (a.equals("-t") || a.equals("--tag") || a.equals("--build-arg") || a.equals("--platform")) {
                i++;
            } else if (!a.startsWith("-") && context == null) {
                context = a;
            } else if (!a.startsWith("-")) {
                // docker checks the count before it looks at any path
                throw new ShellException("\"docker build\" requires exactly 1 argument. Usage: docker build -t NAME:TAG ."
                        + (context.contains(":") ? " (" + context + " looks like a name: give it with -t, as in docker"
                        + " build -t " + context + " " + a + ")" : ""));
            }
        }
        if (context == null) {
            return null;
        }
        String dir;
        try {
            dir = Paths.of(context);
        } catch (ShellException e) {
            throw new ShellException("ERROR: unable to prepare context: path \"" + context + "\" not found");
        }
        if (!laptop.isDir(dir)) {
            throw new ShellException("ERROR: unable to prepare context: path \"" + context + "\" not found");
        }
        String dockerfile = file != null ? Paths.of(file) : (dir.isEmpty() ? "" : dir + "/") + "Dockerfile";
        String text = laptop.read(dockerfile).orElseThrow(() -> new ShellException(
                "ERROR: failed to solve: failed to read dockerfile: open " + Paths.name(dockerfile)
                        + ": no such file or directory"));
        String[] lines = text.split("\n", -1);
        boolean from = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String instruction = line.split("\\s+")[0];
            if (!INSTRUCTIONS.contains(instruction.toUpperCase(Locale.ROOT))) {
                throw new ShellException("ERROR: failed to solve: dockerfile parse error on line " + (n + 1)
                        + ": unknown instruction: " + instruction);
            }
            if (!from && !instruction.equalsIgnoreCase("FROM") && !instruction.equalsIgnoreCase("ARG")) {
                throw new ShellException("ERROR: failed to solve: no build stage in current context (line " + (n + 1)
                        + " comes before any FROM; a Dockerfile starts with FROM IMAGE)");
            }
            from |= instruction.equalsIgnoreCase("FROM");
        }
        if (!from) {
            throw new ShellException("ERROR: failed to solve: the Dockerfile has no FROM line (it says which image"
                    + " to start from, e.g. FROM nginx:alpine)");
        }
        return new Context(dir, text);
    }

    /**
     * {@code docker build ARGS} with {@link DockerCli#CONTENT_FLAG} and a digest of what the image is made of appended, as
     * docker's image ID is a digest of the image's content: the Dockerfile's instructions (comments and blank lines
     * are not part of the image) and the files its COPY and ADD lines take from the context, by path and content. The
     * same content gives the same digest, whatever else changed on the laptop. Any other command is returned as is.
     */
    static List<String> withContent(Laptop laptop, List<String> argv) {
        if (argv.size() < 3 || !argv.get(0).equals("docker") || !argv.get(1).equals("build")) {
            return argv;
        }
        Context c = context(laptop, argv.subList(2, argv.size()));
        if (c == null) {
            return argv;
        }
        StringBuilder made = new StringBuilder();
        List<String> sources = new ArrayList<>();
        for (String raw : c.dockerfile().split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            made.append(line).append('\n');
            String[] w = line.split("\\s+");
            if (w[0].equalsIgnoreCase("COPY") || w[0].equalsIgnoreCase("ADD")) {
                List<String> operands = new ArrayList<>();
                for (int i = 1; i < w.length; i++) {
                    if (!w[i].startsWith("--")) {
                        operands.add(w[i].replaceAll("[\\[\\]\",]", ""));
                    } else if (w[i].startsWith("--from=")) {
                        operands.clear();
                        break;
                    }
                }
                // the last operand is the destination in the image; the others are taken from the context
                sources.addAll(operands.subList(0, Math.max(0, operands.size() - 1)));
            }
        }
        String prefix = c.dir().isEmpty() ? "" : c.dir() + "/";
        for (var f : laptop.files().entrySet()) {
            if (!f.getKey().startsWith(prefix)) {
                continue;
            }
            String rel = f.getKey().substring(prefix.length());
            if (sources.stream().anyMatch(s -> copies(s, rel))) {
                made.append("\0").append(rel).append('\0').append(f.getValue());
            }
        }
        List<String> out = new ArrayList<>(argv);
        out.add(DockerCli.CONTENT_FLAG + sha256(made.toString()));
        return out;
    }

    /** Whether the COPY source {@code source} (a file, a folder, or a pattern with *) takes the context file {@code rel}. */
    private static boolean copies(String source, String rel) {
        String s = source.replaceFirst("^\\./", "").replaceFirst("/+$", "");
        if (s.isEmpty() || s.equals(".") || s.contains("*") || s.contains("?")) {
            return true;
        }
        return rel.equals(s) || rel.startsWith(s + "/");
    }

    private static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The simulated build's output with its numbered steps taken from the Dockerfile that was read: {@code [1/N] FROM
     * docker.io/library/IMAGE}, then each COPY, ADD, RUN and WORKDIR as written (marked CACHED when the simulated
     * docker found the image already built).
     */
    static String output(Laptop laptop, List<String> argv, String output) {
        if (argv.size() < 3 || !argv.get(0).equals("docker") || !argv.get(1).equals("build")) {
            return output;
        }
        String text;
        try {
            text = dockerfile(laptop, argv.subList(2, argv.size()));
        } catch (ShellException e) {
            return output;
        }
        int from = output.indexOf(" => [1/");
        int to = output.indexOf(" => exporting to image");
        if (text == null || from < 0 || to < from) {
            return output;
        }
        List<String> steps = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            String[] w = line.split("\\s+", 2);
            String instruction = w[0].toUpperCase(Locale.ROOT);
            if (line.isEmpty() || line.startsWith("#") || !STEPS.contains(instruction)) {
                continue;
            }
            String rest = w.length > 1 ? w[1].strip() : "";
            steps.add(instruction + " " + (instruction.equals("FROM") ? image(rest) : rest));
        }
        // a rebuild of the same content: every step after FROM comes from the cache
        boolean cached = output.substring(from, to).contains(" => CACHED [");
        StringBuilder b = new StringBuilder(output.substring(0, from));
        for (int i = 0; i < steps.size(); i++) {
            b.append(cached && i > 0 ? " => CACHED [" : " => [").append(i + 1).append('/').append(steps.size()).append("] ").append(steps.get(i))
                    .append('\n');
        }
        return b.append(output.substring(to)).toString();
    }

    /** A base image as BuildKit names it: {@code nginx:alpine} is {@code docker.io/library/nginx:alpine}. */
    private static String image(String ref) {
        String name = ref.split("\\s+")[0];
        String first = name.contains("/") ? name.substring(0, name.indexOf('/')) : "";
        if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
            return name;
        }
        return "docker.io/" + (first.isEmpty() ? "library/" : "") + name;
    }
}
