package computequest.save;

import computequest.sim.LineItem;
import computequest.sim.ec2.Image;
import computequest.sim.ec2.Instance;
import computequest.sim.ecr.EcrState;
import computequest.sim.ecs.EcsState;
import computequest.sim.eks.EksState;
import computequest.sim.elbv2.ElbState;
import computequest.sim.iam.IamState;
import computequest.sim.lightsail.LightsailState;
import java.util.List;
import java.util.Map;

/**
 * GENERATED from the simulator's records by WalkerGenerator (src/test/java/computequest/save): do not edit.
 * The load check's walk for null collections and entries ({@link SaveChecks}), without reflection.
 * WalkerGeneratorTest fails when a record changed and this is stale; rewrite it with
 * {@code mvn -B -q test -Dtest=WalkerGeneratorTest -Dcq.updateWalker=true}.
 */
final class SaveWalker2 {

    private SaveWalker2() {
    }

    static void iamState(IamState v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "roles", "");
            if (v.roles() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfIamStateRole(v.roles(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "profiles", "");
            if (v.profiles() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfIamStateInstanceProfile(v.profiles(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "functionGrants", "");
            if (v.functionGrants() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfListOfIamStateGrant(v.functionGrants(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "instanceProfiles", "");
            if (v.instanceProfiles() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.instanceProfiles(), p, out, depth + 1);
        }
    }

    static void elbState(ElbState v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "loadBalancers", "");
            if (v.loadBalancers() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfElbStateLoadBalancer(v.loadBalancers(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "targetGroups", "");
            if (v.targetGroups() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfElbStateTargetGroup(v.targetGroups(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "listeners", "");
            if (v.listeners() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfElbStateListener(v.listeners(), p, out, depth + 1);
        }
    }

    static void instance(Instance v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "state", "");
            if (v.state() == null) {
                out.add("\"" + p + "\" is missing");
            }
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "ram", "");
            if (v.ram() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.ram(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "disk", "");
            if (v.disk() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.disk(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "tags", "");
            if (v.tags() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.tags(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "securityGroups", "");
            if (v.securityGroups() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.listOfString(v.securityGroups(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "extraVolumes", "");
            if (v.extraVolumes() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.extraVolumes(), p, out, depth + 1);
        }
    }

    static void image(Image v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "diskFiles", "");
            if (v.diskFiles() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.diskFiles(), p, out, depth + 1);
        }
        {
            SaveChecks.Where p = new SaveChecks.Where(path, ".", "tags", "");
            if (v.tags() == null) {
                out.add("\"" + p + "\" is missing");
            }
            SaveWalker3.mapOfString(v.tags(), p, out, depth + 1);
        }
    }

    static void mapOfLineItem(Map<String, LineItem> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends LineItem> entry : v.entrySet()) {
            LineItem e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker3.lineItem(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfLightsailStateBox(Map<String, LightsailState.Box> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends LightsailState.Box> entry : v.entrySet()) {
            LightsailState.Box e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker3.lightsailStateBox(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfLightsailStateStaticIp(Map<String, LightsailState.StaticIp> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends LightsailState.StaticIp> entry : v.entrySet()) {
            LightsailState.StaticIp e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker3.lightsailStateStaticIp(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEcrStateRepository(Map<String, EcrState.Repository> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EcrState.Repository> entry : v.entrySet()) {
            EcrState.Repository e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.ecrStateRepository(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEcrStateLocalImage(Map<String, EcrState.LocalImage> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EcrState.LocalImage> entry : v.entrySet()) {
            EcrState.LocalImage e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.ecrStateLocalImage(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEcsStateCluster(Map<String, EcsState.Cluster> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EcsState.Cluster> entry : v.entrySet()) {
            EcsState.Cluster e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.ecsStateCluster(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEcsStateContainerInstance(Map<String, EcsState.ContainerInstance> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EcsState.ContainerInstance> entry : v.entrySet()) {
            EcsState.ContainerInstance e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.ecsStateContainerInstance(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEcsStateTaskDefinition(Map<String, EcsState.TaskDefinition> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EcsState.TaskDefinition> entry : v.entrySet()) {
            EcsState.TaskDefinition e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.ecsStateTaskDefinition(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEcsStateTask(Map<String, EcsState.Task> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EcsState.Task> entry : v.entrySet()) {
            EcsState.Task e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.ecsStateTask(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEcsStateService(Map<String, EcsState.Service> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EcsState.Service> entry : v.entrySet()) {
            EcsState.Service e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.ecsStateService(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEksStateCluster(Map<String, EksState.Cluster> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EksState.Cluster> entry : v.entrySet()) {
            EksState.Cluster e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.eksStateCluster(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEksStateNodegroup(Map<String, EksState.Nodegroup> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EksState.Nodegroup> entry : v.entrySet()) {
            EksState.Nodegroup e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.eksStateNodegroup(e, p, out, depth + 1);
            }
        }
    }
}
