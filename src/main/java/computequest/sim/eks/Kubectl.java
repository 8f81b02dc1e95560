package computequest.sim.eks;

import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * kubectl against the simulated EKS cluster chosen by {@code aws eks update-kubeconfig}: deployments, pods, nodes,
 * scaling, deleting pods, and {@code kubectl explain ecs-vs-eks} for the two services' terms side by side.
 */
public final class Kubectl {

    public static final List<String> COMPLETIONS = List.of("kubectl get pods", "kubectl get nodes", "kubectl get deployments",
            "kubectl create deployment", "kubectl scale deployment", "kubectl set image", "kubectl rollout status",
            "kubectl delete pod", "kubectl delete deployment", "kubectl explain ecs-vs-eks");
    private static final List<String> VERBS = List.of("get", "create", "scale", "set", "rollout", "delete", "explain",
            "help");

    private Kubectl() {
    }

    public record Ran(Cloud cloud, String output, List<String> changes) {
    }

    static String usage() {
        return """
                kubectl controls the Kubernetes cluster chosen with: aws eks update-kubeconfig --name CLUSTER

                  get pods|nodes|deployments [-o wide]
                  create deployment NAME --image=IMAGE [--replicas=N]
                  scale deployment NAME --replicas=N
                  set image deployment/NAME CONTAINER=IMAGE   a rolling update to another image
                  rollout status deployment/NAME              how far that update is
                  delete pod NAME | delete deployment NAME
                  explain ecs-vs-eks        the ECS and EKS terms side by side""";
    }

    static String ecsVsEks() {
        return """
                ECS (AWS-native)                      EKS (Kubernetes)
                ------------------------------------  ------------------------------------
                cluster                               cluster (control plane $0.10/hour)
                container instance (EC2 + ECS agent)  worker node (EC2 in a node group)
                task definition (JSON)                pod spec / deployment (YAML)
                task                                  pod
                service (desiredCount)                deployment (replicas)
                Fargate launch type                   Fargate profile
                aws ecs ...                           kubectl ...
                ECS itself: no charge                 control plane: $0.10 per cluster-hour
                Both run the same container image from ECR; both can run on EC2 or Fargate.""";
    }

    public static Ran run(Cloud cloud, List<String> words) {
        if (words.size() < 2 || words.get(1).equals("help") || words.contains("--help") || words.contains("-h")) {
            return new Ran(cloud, usage(), List.of());
        }
        String verb = words.get(1);
        List<String> args = new ArrayList<>(words.subList(2, words.size()));
        if (verb.equals("explain")) {
            if (args.isEmpty() || args.get(0).toLowerCase(Locale.ROOT).matches("ecs-vs-eks|eks-vs-ecs|ecs|terms")) {
                return new Ran(cloud, ecsVsEks(), List.of());
            }
            return new Ran(cloud, switch (args.get(0)) {
                case "pod", "pods" -> "KIND: Pod\nThe smallest unit Kubernetes runs: one or more containers sharing a network"
                        + " address. The ECS word for it is task.";
                case "deployment", "deployments" -> "KIND: Deployment\nKeeps a number of identical pods (replicas) running and"
                        + " replaces any that die. The ECS word for it is service.";
                case "node", "nodes" -> "KIND: Node\nA machine pods run on: an EC2 instance in a node group, or a Fargate"
                        + " micro-VM. The ECS word for it is container instance.";
                default -> throw new CliException("error: the server doesn't have a resource type \"" + args.get(0)
                        + "\". Try: kubectl explain ecs-vs-eks, pods, deployments or nodes.");
            }, List.of());
        }
        if (!VERBS.contains(verb)) {
            throw new CliException("error: unknown command \"" + verb + "\" for \"kubectl\"" + Suggest.didYouMean(verb, VERBS)
                    + " Run 'kubectl help' for usage.");
        }
        EksState.Cluster cluster = context(cloud);
        return switch (verb) {
            case "get" -> get(cloud, cluster, args);
            case "create" -> create(cloud, cluster, args);
            case "scale" -> scale(cloud, cluster, args);
            case "set" -> KubectlSet.setImage(cloud, cluster, args);
            case "rollout" -> KubectlSet.rollout(cloud, cluster, args);
            default -> delete(cloud, cluster, args);
        };
    }

    private static EksState.Cluster context(Cloud cloud) {
        String ctx = cloud.eks().kubeContext();
        EksState.Cluster c = cloud.eks().clusters().get(ctx);
        if (ctx.isEmpty() || c == null || !c.status().equals("ACTIVE")) {
            String active = cloud.eks().clusters().values().stream().filter(x -> x.status().equals("ACTIVE"))
                    .map(EksState.Cluster::name).findFirst().orElse(null);
            throw new CliException("The connection to the server localhost:8080 was refused - did you specify the right"
                    + " host or port? (kubectl has no cluster yet: " + (active != null
                    ? "run aws eks update-kubeconfig --name " + active
                    : "create one with aws eks create-cluster, wait until ACTIVE, then aws eks update-kubeconfig --name NAME")
                    + ")");
        }
        return c;
    }

    private static String kind(String word) {
        return switch (word.toLowerCase(Locale.ROOT).replaceFirst("/.*", "")) {
            case "pod", "pods", "po" -> "pods";
            case "node", "nodes", "no" -> "nodes";
            case "deployment", "deployments", "deploy" -> "deployments";
            default -> throw new CliException("error: the server doesn't have a resource type \"" + word + "\""
                    + Suggest.didYouMean(word, List.of("pods", "nodes", "deployments")));
        };
    }

    /**
     * An AGE as kubectl prints it (apimachinery's HumanDuration): seconds up to 2 minutes, then minutes and seconds up
     * to 10 minutes (3m20s), minutes up to 3 hours, hours and minutes up to 8 hours (5h30m), hours up to 2 days, days
     * and hours up to 8 days (3d4h), then days.
     */
    static String age(long seconds) {
        if (seconds < 120) {
            return Math.max(0, seconds) + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 10) {
            return seconds % 60 == 0 ? minutes + "m" : minutes + "m" + seconds % 60 + "s";
        }
        if (minutes < 180) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 8) {
            return minutes % 60 == 0 ? hours + "h" : hours + "h" + minutes % 60 + "m";
        }
        if (hours < 48) {
            return hours + "h";
        }
        if (hours < 24 * 8) {
            return hours % 24 == 0 ? hours / 24 + "d" : hours / 24 + "d" + hours % 24 + "h";
        }
        return hours / 24 + "d";
    }

    private static Ran get(Cloud cloud, EksState.Cluster c, List<String> args) {
        if (args.isEmpty()) {
            throw new CliException("You must specify the type of resource to get: pods, nodes or deployments.");
        }
        boolean wide = args.contains("wide") || args.contains("-owide") || args.contains("--output=wide");
        String kind = kind(args.get(0));
        StringBuilder b = new StringBuilder();
        switch (kind) {
            case "pods" -> b.append(KubectlTable.pods(cloud, c, wide));
            case "nodes" -> b.append(KubectlTable.nodes(cloud, c, wide));
            default -> b.append(KubectlTable.deployments(cloud, c));
        }
        String out = b.toString().stripTrailing();
        if (out.indexOf('\n') < 0) {
            out = "No resources found in default namespace.";
        }
        return new Ran(cloud, out, List.of());
    }

    /** Reads --flag=value or --flag value. */
    private static String flag(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
            if (a.equals(name)) {
                if (i + 1 >= args.size()) {
                    throw new CliException("error: flag needs an argument: " + name);
                }
                return args.get(i + 1);
            }
        }
        return null;
    }

    private static List<String> positionals(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-")) {
                if (!a.contains("=") && i + 1 < args.size() && !args.get(i + 1).startsWith("-") && !a.equals("--wide")) {
                    i++;
                }
                continue;
            }
            out.add(a);
        }
        return out;
    }

    private static int replicas(List<String> args, int fallback) {
        String r = flag(args, "--replicas");
        if (r == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(r);
            if (n < 0 || n > 100) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliException("error: --replicas takes a whole number from 0 to 100 in this game, not '" + r + "'.");
        }
    }

    private static Ran create(Cloud cloud, EksState.Cluster c, List<String> args) {
        List<String> pos = positionals(args);
        if (pos.size() < 2 || !kind(pos.get(0)).equals("deployments")) {
            throw new CliException("error: this game's kubectl creates deployments: kubectl create deployment NAME"
                    + " --image=IMAGE --replicas=N");
        }
        String name = pos.get(1);
        if (!name.matches("[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?")) {
            throw new CliException("error: invalid deployment name \"" + name + "\": lowercase letters, digits and '-'.");
        }
        String image = flag(args, "--image");
        if (image == null) {
            throw new CliException("error: required flag(s) \"image\" not set");
        }
        if (cloud.eks().deployments().containsKey(c.name() + "/" + name)) {
            throw new CliException("Error from server (AlreadyExists): deployments.apps \"" + name + "\" already exists");
        }
        int replicas = replicas(args, 1);
        EksState.Deployment d = new EksState.Deployment(name, c.name(), image, replicas, cloud.clock());
        cloud = cloud.withEks(cloud.eks().withDeployment(d));
        return new Ran(cloud, "deployment.apps/" + name + " created", List.of("Deployment " + name + ": " + replicas
                + " replica" + (replicas == 1 ? "" : "s") + " of " + image + ". Kubernetes schedules the pods onto nodes"
                + " (or Fargate) and keeps that many running - like an ECS service."));
    }

    static EksState.Deployment deployment(Cloud cloud, EksState.Cluster c, String name) {
        EksState.Deployment d = cloud.eks().deployments().get(c.name() + "/" + name);
        if (d == null) {
            throw new CliException("Error from server (NotFound): deployments.apps \"" + name + "\" not found"
                    + Suggest.didYouMean(name, cloud.eks().deployments().values().stream().map(EksState.Deployment::name).toList()));
        }
        return d;
    }

    private static Ran scale(Cloud cloud, EksState.Cluster c, List<String> args) {
        List<String> pos = positionals(args);
        String name;
        if (pos.size() == 1 && pos.get(0).contains("/")) {
            kind(pos.get(0));
            name = pos.get(0).substring(pos.get(0).indexOf('/') + 1);
        } else if (pos.size() == 2 && kind(pos.get(0)).equals("deployments")) {
            name = pos.get(1);
        } else {
            throw new CliException("error: usage: kubectl scale deployment NAME --replicas=N");
        }
        if (flag(args, "--replicas") == null) {
            throw new CliException("error: required flag(s) \"replicas\" not set");
        }
        EksState.Deployment d = deployment(cloud, c, name);
        int n = replicas(args, d.replicas());
        cloud = cloud.withEks(cloud.eks().withDeployment(new EksState.Deployment(d.name(), d.cluster(), d.image(), n,
                d.createdAt())));
        return new Ran(cloud, "deployment.apps/" + name + " scaled", List.of("Deployment " + name + ": replicas "
                + d.replicas() + " -> " + n + "."));
    }

    private static Ran delete(Cloud cloud, EksState.Cluster c, List<String> args) {
        List<String> pos = positionals(args);
        if (pos.size() == 1 && pos.get(0).contains("/")) {
            pos = List.of(pos.get(0).substring(0, pos.get(0).indexOf('/')), pos.get(0).substring(pos.get(0).indexOf('/') + 1));
        }
        if (pos.size() != 2) {
            throw new CliException("error: usage: kubectl delete pod NAME, or kubectl delete deployment NAME");
        }
        String kind = kind(pos.get(0));
        String name = pos.get(1);
        if (kind.equals("pods")) {
            EksState.Pod p = cloud.eks().pods().get(c.name() + "/" + name);
            if (p == null) {
                throw new CliException("Error from server (NotFound): pods \"" + name + "\" not found"
                        + Suggest.didYouMean(name, cloud.eks().pods().values().stream().map(EksState.Pod::name).toList()));
            }
            cloud = cloud.withEks(cloud.eks().withoutPod(p.key()));
            return new Ran(cloud, "pod \"" + name + "\" deleted", List.of("Pod " + name + " deleted. Its deployment "
                    + p.deployment() + " notices one replica is missing and makes a new pod."));
        }
        if (kind.equals("deployments")) {
            EksState.Deployment d = deployment(cloud, c, name);
            EksState eks = cloud.eks().withoutDeployment(d.key());
            for (EksState.Pod p : eks.pods().values()) {
                if (p.cluster().equals(c.name()) && p.deployment().equals(name)) {
                    eks = eks.withoutPod(p.key());
                }
            }
            return new Ran(cloud.withEks(eks), "deployment.apps \"" + name + "\" deleted", List.of("Deployment " + name
                    + " and its pods deleted."));
        }
        throw new CliException("error: nodes are managed by the node group; change its size with aws eks update-nodegroup-config.");
    }
}
