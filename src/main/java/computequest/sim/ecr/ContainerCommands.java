package computequest.sim.ecr;

import java.util.List;

/** docker's container commands (run, ps, logs...), which the game's laptop answers without running containers. */
final class ContainerCommands {

    private ContainerCommands() {
    }

    /**
     * The container commands: real docker runs and lists containers on the laptop itself, which this game's laptop
     * cannot do. The answer says what the command would do and where containers run in the course instead.
     */
    static String refusal(String sub, List<String> args) {
        String what = switch (sub) {
            case "run" -> "would start a container from " + (args.stream().filter(a -> !a.startsWith("-"))
                    .filter(a -> a.contains(":") && !a.matches("\\d+(:\\d+)*")).findFirst()
                    .map(a -> "the image " + a).orElse("an image")) + " right here on the laptop, as one process with"
                    + " its own file system; nothing would restart it if it stopped, and nothing would add a second"
                    + " copy when it got busy";
            case "ps", "container" -> "would list the containers running on the laptop (none can run here)";
            case "logs" -> "would print what a container on the laptop wrote to its output";
            case "exec" -> "would run a command inside a container on the laptop";
            case "compose" -> "would start several containers together on the laptop from a compose file";
            default -> "would " + sub + " a container on the laptop";
        };
        return "docker " + sub + ": in real Docker this " + what + ". The laptop in this game builds, tags and pushes"
                + " images but has no container runtime, so it runs none. Containers run in AWS here: on ECS (chapter"
                + " 3, tasks from a task definition), on EKS (pods) or on Fargate (chapter 4). For the image list,"
                + " type 'docker images'.";
    }
}
