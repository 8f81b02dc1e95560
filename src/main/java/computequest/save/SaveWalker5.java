package computequest.save;

import computequest.sim.ec2.Ec2Access;
import computequest.sim.ecs.EcsState;
import computequest.sim.eks.EksState;
import computequest.sim.elbv2.ElbState;
import computequest.sim.iam.IamState;
import computequest.sim.lambda.ServerlessState;
import java.util.List;
import java.util.Map;

/**
 * GENERATED from the simulator's records by WalkerGenerator (src/test/java/computequest/save): do not edit.
 * The load check's walk for null collections and entries ({@link SaveChecks}), without reflection.
 * WalkerGeneratorTest fails when a record changed and this is stale; rewrite it with
 * {@code mvn -B -q test -Dtest=WalkerGeneratorTest -Dcq.updateWalker=true}.
 */
final class SaveWalker5 {

    private SaveWalker5() {
    }

    static void elbStateTargetGroup(ElbState.TargetGroup v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void elbStateListener(ElbState.Listener v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void mapOfLong(Map<String, Long> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends Long> entry : v.entrySet()) {
            Long e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            }
        }
    }

    static void listOfEcsStateContainer(List<EcsState.Container> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        int i = 0;
        for (EcsState.Container e : v) {
            SaveChecks.Where p = new SaveChecks.Where(path, "[", i++, "]");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                ecsStateContainer(e, p, out, depth + 1);
            }
        }
    }

    static void listOfInteger(List<Integer> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        int i = 0;
        for (Integer e : v) {
            SaveChecks.Where p = new SaveChecks.Where(path, "[", i++, "]");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            }
        }
    }

    static void listOfEcsStateServiceEvent(List<EcsState.ServiceEvent> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        int i = 0;
        for (EcsState.ServiceEvent e : v) {
            SaveChecks.Where p = new SaveChecks.Where(path, "[", i++, "]");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                ecsStateServiceEvent(e, p, out, depth + 1);
            }
        }
    }

    static void ecsStateDeploymentConfiguration(EcsState.DeploymentConfiguration v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void eksStateClusterSpec(EksState.ClusterSpec v, Object path, List<String> out, int depth) {
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
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "logTypes", "");
            if (v.logTypes() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.logTypes(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "tags", "");
            if (v.tags() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.tags(), p, out, depth + 1);
        }
    }

    static void eksStateNodegroupSpec(EksState.NodegroupSpec v, Object path, List<String> out, int depth) {
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
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "labels", "");
            if (v.labels() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.labels(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "taints", "");
            if (v.taints() == null) {
                out.add("\"" + p + "\" is missing");
            }
            listOfEksStateTaint(v.taints(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "tags", "");
            if (v.tags() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.tags(), p, out, depth + 1);
        }
    }

    static void listOfServerlessStatePublished(List<ServerlessState.Published> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        int i = 0;
        for (ServerlessState.Published e : v) {
            SaveChecks.Where p = new SaveChecks.Where(path, "[", i++, "]");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                serverlessStatePublished(e, p, out, depth + 1);
            }
        }
    }

    static void serverlessStatePublished(ServerlessState.Published v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void listOfEc2AccessRule(List<Ec2Access.Rule> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        int i = 0;
        for (Ec2Access.Rule e : v) {
            SaveChecks.Where p = new SaveChecks.Where(path, "[", i++, "]");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                ec2AccessRule(e, p, out, depth + 1);
            }
        }
    }

    static void iamStateGrant(IamState.Grant v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void ecsStateContainer(EcsState.Container v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "ports", "");
            if (v.ports() == null) {
                out.add("\"" + p + "\" is missing");
            }
            listOfInteger(v.ports(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "hostPorts", "");
            if (v.hostPorts() == null) {
                out.add("\"" + p + "\" is missing");
            }
            listOfInteger(v.hostPorts(), p, out, depth + 1);
        }
    }

    static void ecsStateServiceEvent(EcsState.ServiceEvent v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void listOfEksStateTaint(List<EksState.Taint> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        int i = 0;
        for (EksState.Taint e : v) {
            SaveChecks.Where p = new SaveChecks.Where(path, "[", i++, "]");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                eksStateTaint(e, p, out, depth + 1);
            }
        }
    }

    static void ec2AccessRule(Ec2Access.Rule v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void eksStateTaint(EksState.Taint v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }
}
