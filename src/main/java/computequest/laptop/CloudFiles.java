package computequest.laptop;

import computequest.sim.ec2.SshLogin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the cloud commands meet the laptop's files, as the real tools do it: the AWS CLI replaces a
 * {@code file://PATH} value with the file's text and a {@code fileb://PATH} value with its bytes before it parses
 * anything, {@code lambda invoke} writes its answer to a file, and {@code docker build} reads the Dockerfile. The
 * messages for missing or broken files are the real tools' own.
 */
final class CloudFiles {

    /** Parameters the CLI reads as JSON when the value starts with { or [; the ones the course reads from files. */
    private static final Set<String> JSON_PARAMS = Set.of("--notification-configuration", "--container-definitions",
            "--network-configuration", "--load-balancers", "--block-device-mappings", "--tag-specifications",
            "--environment", "--tags");

    private CloudFiles() {
    }

    /** An aws command line with every file:// and fileb:// value read from the laptop. */
    static List<String> substitute(Laptop laptop, List<String> argv) {
        List<String> out = new ArrayList<>(argv);
        for (int i = 1; i < out.size(); i++) {
            String w = out.get(i);
            String param;
            String value;
            String prefix;
            if (w.startsWith("--") && w.contains("=")) {
                param = w.substring(0, w.indexOf('='));
                value = w.substring(w.indexOf('=') + 1);
                prefix = param + "=";
            } else if (out.get(i - 1).startsWith("--") && !out.get(i - 1).contains("=")) {
                param = out.get(i - 1);
                value = w;
                prefix = "";
            } else {
                continue;
            }
            if (value.startsWith("file://") || value.startsWith("fileb://")) {
                out.set(i, prefix + load(laptop, param, value));
            }
        }
        return out;
    }

    private static String load(Laptop laptop, String param, String value) {
        boolean binary = value.startsWith("fileb://");
        String typed = value.substring(binary ? 8 : 7);
        String path;
        try {
            path = Paths.of(typed);
        } catch (ShellException e) {
            path = null;
        }
        String unable = "Error parsing parameter '" + param + "': Unable to load paramfile " + value + ": ";
        if (path != null && laptop.isDir(path)) {
            throw new ShellException(unable + "[Errno 21] Is a directory: '" + typed + "'");
        }
        Optional<String> text = path == null ? Optional.empty() : laptop.read(path);
        if (text.isEmpty()) {
            throw new ShellException(unable + "[Errno 2] No such file or directory: '" + typed + "'");
        }
        String content = text.get();
        if (binary) {
            String sample = HomeFiles.zipSample(content);
            if (sample != null) {
                // The simulated Lambda knows the course's packages by name: pass the package this file is.
                return "fileb://" + sample;
            }
            if (param.equals("--zip-file")) {
                throw new ShellException("An error occurred (InvalidParameterValueException): Could not unzip"
                        + " uploaded file. Please check your file, then try to upload again.");
            }
            return content;
        }
        if (param.equals("--cli-input-json")) {
            PyJson.error(content).ifPresent(m -> {
                throw new ShellException("Error parsing parameter 'cli-input-json': Invalid JSON: " + m
                        + "\nJSON received: " + content.stripTrailing());
            });
        } else if (JSON_PARAMS.contains(param) && (content.strip().startsWith("{") || content.strip().startsWith("["))) {
            PyJson.error(content).ifPresent(m -> {
                throw new ShellException("Error parsing parameter '" + param + "': Invalid JSON: " + m
                        + "\nJSON received: " + content.stripTrailing());
            });
        }
        return content;
    }

    /**
     * ssh's {@code -i FILE}: the private key's text goes to the simulated cloud, which checks it against the key pair
     * the instance was launched with, with the file's mode (ssh ignores a key others may read). A missing file is
     * ssh's own warning, and then no key is offered.
     */
    static List<String> identity(Laptop laptop, List<String> argv) {
        List<String> out = new ArrayList<>(argv);
        for (int i = 1; i + 1 < out.size(); i++) {
            if (out.get(i).equals("-i")) {
                String typed = out.get(i + 1);
                String path;
                try {
                    path = Paths.of(typed);
                } catch (ShellException e) {
                    path = null;
                }
                Optional<String> text = path == null ? Optional.empty() : laptop.read(path);
                if (text.isEmpty()) {
                    throw new ShellException("Warning: Identity file " + typed + " not accessible: No such file or"
                            + " directory.\nSave the key when you create it: aws ec2 create-key-pair --key-name NAME"
                            + " --query KeyMaterial --output text > NAME.pem");
                }
                out.set(i + 1, SshLogin.keyArgument(laptop.mode(path), typed, text.get()));
                return out;
            }
        }
        return out;
    }

    /** Checks what a cloud command reads from the laptop before the simulated cloud runs it. */
    static void check(Laptop laptop, List<String> argv) {
        if (argv.size() >= 3 && argv.get(0).equals("docker") && argv.get(1).equals("build")) {
            DockerBuild.dockerfile(laptop, argv.subList(2, argv.size()));
        }
        if (argv.size() >= 5 && argv.get(0).equals("aws") && argv.get(1).equals("s3") && argv.get(2).equals("cp")
                && !argv.get(3).startsWith("s3://") && !argv.get(3).startsWith("-")) {
            String src = argv.get(3);
            String path;
            try {
                path = Paths.of(src);
            } catch (ShellException e) {
                path = null;
            }
            if (path == null || !laptop.isFile(path)) {
                throw new ShellException("The user-provided path " + src + " does not exist.");
            }
        }
    }

    /** The file {@code lambda invoke} wrote, from the simulated cloud's change line, or null. */
    static String[] invokeOutput(List<String> argv, List<String> changes) {
        if (argv.size() < 3 || !argv.get(0).equals("aws") || !argv.get(1).equals("lambda")
                || !argv.get(2).equals("invoke")) {
            return null;
        }
        for (String c : changes) {
            int at = c.indexOf(" now holds: ");
            if (at > 0 && argv.contains(c.substring(0, at))) {
                return new String[] {c.substring(0, at), c.substring(at + " now holds: ".length())};
            }
        }
        return null;
    }
}
