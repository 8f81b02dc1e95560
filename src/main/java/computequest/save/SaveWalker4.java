package computequest.save;

import computequest.sim.ec2.Ec2Access;
import computequest.sim.ecr.EcrState;
import computequest.sim.ecs.EcsState;
import computequest.sim.eks.EksState;
import computequest.sim.elbv2.ElbState;
import computequest.sim.iam.IamState;
import computequest.sim.lambda.ServerlessState;
import java.util.List;

/**
 * GENERATED from the simulator's records by WalkerGenerator (src/test/java/computequest/save): do not edit.
 * The load check's walk for null collections and entries ({@link SaveChecks}), without reflection.
 * WalkerGeneratorTest fails when a record changed and this is stale; rewrite it with
 * {@code mvn -B -q test -Dtest=WalkerGeneratorTest -Dcq.updateWalker=true}.
 */
final class SaveWalker4 {

    private SaveWalker4() {
    }

    static void ecrStateRepository(EcrState.Repository v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "tags", "");
            if (v.tags() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.tags(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "pushedAt", "");
            if (v.pushedAt() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker5.mapOfLong(v.pushedAt(), p, out, depth + 1);
        }
    }

    static void ecrStateLocalImage(EcrState.LocalImage v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void ecsStateCluster(EcsState.Cluster v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "settings", "");
            if (v.settings() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.settings(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "tags", "");
            if (v.tags() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.tags(), p, out, depth + 1);
        }
    }

    static void ecsStateContainerInstance(EcsState.ContainerInstance v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void ecsStateTaskDefinition(EcsState.TaskDefinition v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "containers", "");
            if (v.containers() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker5.listOfEcsStateContainer(v.containers(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "compatibilities", "");
            if (v.compatibilities() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.compatibilities(), p, out, depth + 1);
        }
    }

    static void ecsStateTask(EcsState.Task v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "hostPorts", "");
            if (v.hostPorts() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker5.listOfInteger(v.hostPorts(), p, out, depth + 1);
        }
    }

    static void ecsStateService(EcsState.Service v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "subnets", "");
            if (v.subnets() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.subnets(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "events", "");
            if (v.events() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker5.listOfEcsStateServiceEvent(v.events(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "deployment", "");
            SaveWalker5.ecsStateDeploymentConfiguration(v.deployment(), p, out, depth + 1);
        }
    }

    static void eksStateCluster(EksState.Cluster v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "spec", "");
            SaveWalker5.eksStateClusterSpec(v.spec(), p, out, depth + 1);
        }
    }

    static void eksStateNodegroup(EksState.Nodegroup v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "instanceIds", "");
            if (v.instanceIds() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.instanceIds(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "spec", "");
            SaveWalker5.eksStateNodegroupSpec(v.spec(), p, out, depth + 1);
        }
    }

    static void eksStateFargateProfile(EksState.FargateProfile v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "subnets", "");
            if (v.subnets() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.subnets(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "tags", "");
            if (v.tags() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.tags(), p, out, depth + 1);
        }
    }

    static void eksStateDeployment(EksState.Deployment v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void eksStatePod(EksState.Pod v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void serverlessStateFunction(ServerlessState.Function v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "published", "");
            if (v.published() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker5.listOfServerlessStatePublished(v.published(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "previous", "");
            SaveWalker5.serverlessStatePublished(v.previous(), p, out, depth + 1);
        }
    }

    static void serverlessStateTrigger(ServerlessState.Trigger v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void serverlessStateBucket(ServerlessState.Bucket v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "objects", "");
            if (v.objects() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker5.mapOfLong(v.objects(), p, out, depth + 1);
        }
    }

    static void serverlessStateTable(ServerlessState.Table v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void serverlessStateQueue(ServerlessState.Queue v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void serverlessStateRule(ServerlessState.Rule v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void ec2AccessKeyPair(Ec2Access.KeyPair v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void ec2AccessSecurityGroup(Ec2Access.SecurityGroup v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "ingress", "");
            if (v.ingress() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker5.listOfEc2AccessRule(v.ingress(), p, out, depth + 1);
        }
    }

    static void iamStateRole(IamState.Role v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "trusted", "");
            if (v.trusted() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.trusted(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "policies", "");
            if (v.policies() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.policies(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "inline", "");
            if (v.inline() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.inline(), p, out, depth + 1);
        }
    }

    static void iamStateInstanceProfile(IamState.InstanceProfile v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "roles", "");
            if (v.roles() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.roles(), p, out, depth + 1);
        }
    }

    static void listOfIamStateGrant(List<IamState.Grant> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        int i = 0;
        for (IamState.Grant e : v) {
            SaveChecks.Where p = new SaveChecks.Where(path, "[", i++, "]");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker5.iamStateGrant(e, p, out, depth + 1);
            }
        }
    }

    static void elbStateLoadBalancer(ElbState.LoadBalancer v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "subnets", "");
            if (v.subnets() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.subnets(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "securityGroups", "");
            if (v.securityGroups() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.securityGroups(), p, out, depth + 1);
        }
    }
}
