package computequest.save;

import computequest.sim.LineItem;
import computequest.sim.ec2.Ec2Access;
import computequest.sim.eks.EksState;
import computequest.sim.elbv2.ElbState;
import computequest.sim.iam.IamState;
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
final class SaveWalker3 {

    private SaveWalker3() {
    }

    static void mapOfEksStateFargateProfile(Map<String, EksState.FargateProfile> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EksState.FargateProfile> entry : v.entrySet()) {
            EksState.FargateProfile e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.eksStateFargateProfile(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEksStateDeployment(Map<String, EksState.Deployment> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EksState.Deployment> entry : v.entrySet()) {
            EksState.Deployment e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.eksStateDeployment(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEksStatePod(Map<String, EksState.Pod> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends EksState.Pod> entry : v.entrySet()) {
            EksState.Pod e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.eksStatePod(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfServerlessStateFunction(Map<String, ServerlessState.Function> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends ServerlessState.Function> entry : v.entrySet()) {
            ServerlessState.Function e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.serverlessStateFunction(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfServerlessStateTrigger(Map<String, ServerlessState.Trigger> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends ServerlessState.Trigger> entry : v.entrySet()) {
            ServerlessState.Trigger e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.serverlessStateTrigger(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfServerlessStateBucket(Map<String, ServerlessState.Bucket> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends ServerlessState.Bucket> entry : v.entrySet()) {
            ServerlessState.Bucket e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.serverlessStateBucket(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfServerlessStateTable(Map<String, ServerlessState.Table> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends ServerlessState.Table> entry : v.entrySet()) {
            ServerlessState.Table e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.serverlessStateTable(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfServerlessStateQueue(Map<String, ServerlessState.Queue> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends ServerlessState.Queue> entry : v.entrySet()) {
            ServerlessState.Queue e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.serverlessStateQueue(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfServerlessStateRule(Map<String, ServerlessState.Rule> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends ServerlessState.Rule> entry : v.entrySet()) {
            ServerlessState.Rule e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.serverlessStateRule(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfMapOfString(Map<String, Map<String, String>> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends Map<String, String>> entry : v.entrySet()) {
            Map<String, String> e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                mapOfString(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEc2AccessKeyPair(Map<String, Ec2Access.KeyPair> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends Ec2Access.KeyPair> entry : v.entrySet()) {
            Ec2Access.KeyPair e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.ec2AccessKeyPair(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfEc2AccessSecurityGroup(Map<String, Ec2Access.SecurityGroup> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends Ec2Access.SecurityGroup> entry : v.entrySet()) {
            Ec2Access.SecurityGroup e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.ec2AccessSecurityGroup(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfIamStateRole(Map<String, IamState.Role> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends IamState.Role> entry : v.entrySet()) {
            IamState.Role e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.iamStateRole(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfIamStateInstanceProfile(Map<String, IamState.InstanceProfile> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends IamState.InstanceProfile> entry : v.entrySet()) {
            IamState.InstanceProfile e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.iamStateInstanceProfile(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfListOfIamStateGrant(Map<String, List<IamState.Grant>> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends List<IamState.Grant>> entry : v.entrySet()) {
            List<IamState.Grant> e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.listOfIamStateGrant(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfString(Map<String, String> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends String> entry : v.entrySet()) {
            String e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            }
        }
    }

    static void mapOfElbStateLoadBalancer(Map<String, ElbState.LoadBalancer> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends ElbState.LoadBalancer> entry : v.entrySet()) {
            ElbState.LoadBalancer e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker4.elbStateLoadBalancer(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfElbStateTargetGroup(Map<String, ElbState.TargetGroup> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends ElbState.TargetGroup> entry : v.entrySet()) {
            ElbState.TargetGroup e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker5.elbStateTargetGroup(e, p, out, depth + 1);
            }
        }
    }

    static void mapOfElbStateListener(Map<String, ElbState.Listener> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        for (Map.Entry<?, ? extends ElbState.Listener> entry : v.entrySet()) {
            ElbState.Listener e = entry.getValue();
            SaveChecks.Where p = new SaveChecks.Where(path, ".", entry.getKey(), "");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            } else {
                SaveWalker5.elbStateListener(e, p, out, depth + 1);
            }
        }
    }

    static void listOfString(List<String> v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
        int i = 0;
        for (String e : v) {
            SaveChecks.Where p = new SaveChecks.Where(path, "[", i++, "]");
            if (e == null) {
                out.add("\"" + p + "\" is null");
            }
        }
    }

    static void lineItem(LineItem v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void lightsailStateBox(LightsailState.Box v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }

    static void lightsailStateStaticIp(LightsailState.StaticIp v, Object path, List<String> out, int depth) {
        if (v == null || depth > 40 || out.size() > 5) {
            return;
        }
    }
}
