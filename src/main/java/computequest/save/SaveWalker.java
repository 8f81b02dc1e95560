package computequest.save;

import computequest.sim.CliConfig;
import computequest.sim.Cloud;
import computequest.sim.Ledger;
import computequest.sim.Rng;
import computequest.sim.ec2.Ec2Access;
import computequest.sim.ec2.Image;
import computequest.sim.ec2.Instance;
import computequest.sim.ecr.EcrState;
import computequest.sim.ecs.EcsState;
import computequest.sim.eks.EksState;
import computequest.sim.lambda.ServerlessState;
import computequest.sim.lightsail.LightsailState;
import java.util.List;
import java.util.Map;

/**
 * GENERATED from the simulator's records by WalkerGenerator (src/test/java/computequest/save): do not edit.
 * The load check's walk for null collections and entries ({@link SaveChecks}), without reflection.
 * WalkerGeneratorTest fails when a record changed and this is stale; rewrite it with
 * {@code mvn -B -q test -Dtest=WalkerGeneratorTest -Dcq.updateWalker=true}.
 */
final class SaveWalker {

    private SaveWalker() {
    }

    static void cloud(Cloud v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "rng", "");
            rng(v.rng(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "instances", "");
            if (v.instances() == null) {
                out.add("\"" + p + "\" is missing");
            }
            mapOfInstance(v.instances(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "images", "");
            if (v.images() == null) {
                out.add("\"" + p + "\" is missing");
            }
            mapOfImage(v.images(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "ledger", "");
            ledger(v.ledger(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "lightsail", "");
            lightsailState(v.lightsail(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "ecr", "");
            ecrState(v.ecr(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "ecs", "");
            ecsState(v.ecs(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "eks", "");
            eksState(v.eks(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "serverless", "");
            serverlessState(v.serverless(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "cli", "");
            cliConfig(v.cli(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "access", "");
            ec2Access(v.access(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "iam", "");
            SaveWalker2.iamState(v.iam(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "elb", "");
            SaveWalker2.elbState(v.elb(), p, out, depth + 1);
        }
    }

    static void rng(Rng v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void mapOfInstance(Map<String, Instance> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends Instance> entry : v.entrySet()) {
            Instance e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker2.instance(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfImage(Map<String, Image> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends Image> entry : v.entrySet()) {
            Image e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker2.image(e, p, out, depth + 1);
            }
        }
    }

    static void ledger(Ledger v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "items", "");
            if (v.items() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfLineItem(v.items(), p, out, depth + 1);
        }
    }

    static void lightsailState(LightsailState v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "instances", "");
            if (v.instances() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfLightsailStateBox(v.instances(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "staticIps", "");
            if (v.staticIps() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfLightsailStateStaticIp(v.staticIps(), p, out, depth + 1);
        }
    }

    static void ecrState(EcrState v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "repositories", "");
            if (v.repositories() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfEcrStateRepository(v.repositories(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "local", "");
            if (v.local() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfEcrStateLocalImage(v.local(), p, out, depth + 1);
        }
    }

    static void ecsState(EcsState v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "clusters", "");
            if (v.clusters() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfEcsStateCluster(v.clusters(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "containerInstances", "");
            if (v.containerInstances() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfEcsStateContainerInstance(v.containerInstances(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "taskDefinitions", "");
            if (v.taskDefinitions() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfEcsStateTaskDefinition(v.taskDefinitions(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "tasks", "");
            if (v.tasks() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfEcsStateTask(v.tasks(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "services", "");
            if (v.services() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfEcsStateService(v.services(), p, out, depth + 1);
        }
    }

    static void eksState(EksState v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "clusters", "");
            if (v.clusters() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfEksStateCluster(v.clusters(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "nodegroups", "");
            if (v.nodegroups() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker2.mapOfEksStateNodegroup(v.nodegroups(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "fargateProfiles", "");
            if (v.fargateProfiles() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfEksStateFargateProfile(v.fargateProfiles(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "deployments", "");
            if (v.deployments() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfEksStateDeployment(v.deployments(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "pods", "");
            if (v.pods() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfEksStatePod(v.pods(), p, out, depth + 1);
        }
    }

    static void serverlessState(ServerlessState v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "functions", "");
            if (v.functions() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfServerlessStateFunction(v.functions(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "triggers", "");
            if (v.triggers() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfServerlessStateTrigger(v.triggers(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "buckets", "");
            if (v.buckets() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfServerlessStateBucket(v.buckets(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "tables", "");
            if (v.tables() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfServerlessStateTable(v.tables(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "queues", "");
            if (v.queues() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfServerlessStateQueue(v.queues(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "rules", "");
            if (v.rules() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfServerlessStateRule(v.rules(), p, out, depth + 1);
        }
    }

    static void cliConfig(CliConfig v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "profiles", "");
            if (v.profiles() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfMapOfString(v.profiles(), p, out, depth + 1);
        }
    }

    static void ec2Access(Ec2Access v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "keyPairs", "");
            if (v.keyPairs() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfEc2AccessKeyPair(v.keyPairs(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "securityGroups", "");
            if (v.securityGroups() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfEc2AccessSecurityGroup(v.securityGroups(), p, out, depth + 1);
        }
    }
}
