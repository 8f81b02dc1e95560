package computequest.laptop;

import java.util.Map;
import java.util.Optional;

/** {@code help COMMAND} for the laptop's own commands: what each does here, and the options the game knows. */
public final class Manual {

    private static final String EDITOR = "edit FILE (also nano FILE, vi FILE, vim FILE): opens a file of your laptop in"
            + " the game's editor, a new one if it does not exist yet. Full screen: type to change it, Ctrl-S (or F2)"
            + " saves, Ctrl-X closes. Line mode: numbered lines, changed with short commands at the edit> prompt ('help'"
            + " there lists them). Goals that look at files are checked when you save.";

    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("edit", EDITOR), Map.entry("nano", EDITOR), Map.entry("vi", EDITOR), Map.entry("vim", EDITOR),
            Map.entry("ls", "ls [-l] [-a] [-1] [-F] [PATH...]: lists the files in your home folder, or in PATH."),
            Map.entry("cat", "cat FILE...: prints files. With no FILE, prints what a pipe gives it (echo hi | cat)."),
            Map.entry("cp", "cp [-r] FROM TO: copies a file (with -r, a folder and what is in it)."),
            Map.entry("mv", "mv FROM TO: moves or renames a file or a folder."),
            Map.entry("rm", "rm [-r] [-f] FILE...: removes files (with -r, folders too). There is no bin: they are gone."),
            Map.entry("mkdir", "mkdir [-p] DIR...: makes folders (with -p, the folders above them too, and no error if"
                    + " they exist)."),
            Map.entry("echo", "echo [-n] WORDS...: prints its words; with > FILE it writes them to a file instead"
                    + " (echo '{}' > empty.json). Variables expand: echo $ID."),
            Map.entry("pwd", "pwd: prints the folder you are in, which is always your home folder here."),
            Map.entry("cd", "cd: the game's shell stays in your home folder; name files by their path instead."),
            Map.entry("history", "history: the lines you typed, numbered. The up arrow recalls them too."),
            Map.entry("env", "env: the shell variables you set (NAME=value, export NAME=value)."),
            Map.entry("export", "export NAME=value: sets a variable, as NAME=value does; export alone lists them."
                    + " Use it as $NAME or ${NAME}; NAME=$(command) keeps what a command printed."),
            Map.entry("unset", "unset NAME...: forgets shell variables."),
            Map.entry("chmod", "chmod MODE FILE: sets who may read and write a file, e.g. chmod 400 bakery.pem (only"
                    + " you may read it), which ssh insists on for a private key. Octal (600) or symbolic (go-rwx);"
                    + " ls -l shows the result. A file without your write bit (400) cannot be written: > FILE says Permission"
                    + " denied and the command does not run; chmod u+w FILE gives the bit back."),
            Map.entry("aws", "aws SERVICE OPERATION --parameter value ...: a call to the simulated cloud, as the AWS CLI"
                    + " makes it. 'aws help' lists the services, 'aws ec2 help' their operations, 'aws ec2"
                    + " run-instances help' one operation's parameters."),
            Map.entry("ssh", "ssh -i KEY.pem USER@PUBLIC-IP 'COMMAND': runs a shell command on a running instance (or"
                    + " ssh INSTANCE-ID 'COMMAND'). /dev/shm is RAM; every other path is the EBS disk."),
            Map.entry("docker", "docker build, tag, push, pull, images, run: the container commands the course uses,"
                    + " against your laptop's images and ECR. 'docker help' lists them."),
            Map.entry("kubectl", "kubectl get, apply, describe, scale...: the Kubernetes commands the course uses,"
                    + " against the EKS cluster you set up. 'kubectl help' lists them."),
            Map.entry("curl", "curl URL: an HTTP request to a service running in the simulated cloud, such as the"
                    + " image-resize API or a load balancer's address."));

    private Manual() {
    }

    /** The help page for a laptop or cloud command, if it has one. */
    public static Optional<String> page(String command) {
        return Optional.ofNullable(PAGES.get(command));
    }
}
