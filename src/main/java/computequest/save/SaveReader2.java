package computequest.save;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * GENERATED from the save records by DecoderGenerator (src/test/java/computequest/save): do not edit. It reads a
 * save's records from a JsonReader without reflection, as Gson's binding read them (see {@link JsonRead}).
 * DecoderGeneratorTest fails when a record changed and this is stale; rewrite it with
 * {@code mvn -B -q test -Dtest=DecoderGeneratorTest -Dcq.updateDecoder=true}.
 */
final class SaveReader2 {

    private SaveReader2() {
    }

    static Map<String, CloudSave.LineItem> mapOfCloudSaveLineItem(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, CloudSave.LineItem> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), cloudSaveLineItem(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, Map<String, String>> mapOfMapOfString(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, Map<String, String>> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader.mapOfString(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Ec2Save ec2Save(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, Ec2Save.Instance> instances = null;
        Map<String, Ec2Save.Image> images = null;
        Ec2Save.Access access = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "instances" -> instances = mapOfEc2SaveInstance(r);
                case "images" -> images = mapOfEc2SaveImage(r);
                case "access" -> access = ec2SaveAccess(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new Ec2Save(instances, images, access);
    }

    static LightsailSave lightsailSave(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, LightsailSave.Box> instances = null;
        Map<String, LightsailSave.StaticIp> staticIps = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "instances" -> instances = mapOfLightsailSaveBox(r);
                case "staticIps" -> staticIps = mapOfLightsailSaveStaticIp(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new LightsailSave(instances, staticIps);
    }

    static EcrSave ecrSave(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, EcrSave.Repository> repositories = null;
        Map<String, EcrSave.LocalImage> local = null;
        boolean loggedIn = false;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "repositories" -> repositories = mapOfEcrSaveRepository(r);
                case "local" -> local = mapOfEcrSaveLocalImage(r);
                case "loggedIn" -> loggedIn = JsonRead.booleanComponent(r, "loggedIn");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcrSave(repositories, local, loggedIn);
    }

    static EcsSave ecsSave(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, EcsSave.Cluster> clusters = null;
        Map<String, EcsSave.ContainerInstance> containerInstances = null;
        Map<String, EcsSave.TaskDefinition> taskDefinitions = null;
        Map<String, EcsSave.Task> tasks = null;
        Map<String, EcsSave.Service> services = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "clusters" -> clusters = mapOfEcsSaveCluster(r);
                case "containerInstances" -> containerInstances = mapOfEcsSaveContainerInstance(r);
                case "taskDefinitions" -> taskDefinitions = mapOfEcsSaveTaskDefinition(r);
                case "tasks" -> tasks = mapOfEcsSaveTask(r);
                case "services" -> services = mapOfEcsSaveService(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcsSave(clusters, containerInstances, taskDefinitions, tasks, services);
    }

    static EksSave eksSave(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, EksSave.Cluster> clusters = null;
        Map<String, EksSave.Nodegroup> nodegroups = null;
        Map<String, EksSave.FargateProfile> fargateProfiles = null;
        Map<String, EksSave.Deployment> deployments = null;
        Map<String, EksSave.Pod> pods = null;
        String kubeContext = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "clusters" -> clusters = mapOfEksSaveCluster(r);
                case "nodegroups" -> nodegroups = mapOfEksSaveNodegroup(r);
                case "fargateProfiles" -> fargateProfiles = SaveReader3.mapOfEksSaveFargateProfile(r);
                case "deployments" -> deployments = SaveReader3.mapOfEksSaveDeployment(r);
                case "pods" -> pods = SaveReader3.mapOfEksSavePod(r);
                case "kubeContext" -> kubeContext = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EksSave(clusters, nodegroups, fargateProfiles, deployments, pods, kubeContext);
    }

    static ServerlessSave serverlessSave(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, ServerlessSave.Function> functions = null;
        Map<String, ServerlessSave.Trigger> triggers = null;
        Map<String, ServerlessSave.Bucket> buckets = null;
        Map<String, ServerlessSave.Table> tables = null;
        Map<String, ServerlessSave.Queue> queues = null;
        Map<String, ServerlessSave.Rule> rules = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "functions" -> functions = SaveReader3.mapOfServerlessSaveFunction(r);
                case "triggers" -> triggers = SaveReader3.mapOfServerlessSaveTrigger(r);
                case "buckets" -> buckets = SaveReader3.mapOfServerlessSaveBucket(r);
                case "tables" -> tables = SaveReader3.mapOfServerlessSaveTable(r);
                case "queues" -> queues = SaveReader3.mapOfServerlessSaveQueue(r);
                case "rules" -> rules = SaveReader3.mapOfServerlessSaveRule(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ServerlessSave(functions, triggers, buckets, tables, queues, rules);
    }

    static IamSave iamSave(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, IamSave.Role> roles = null;
        Map<String, IamSave.InstanceProfile> profiles = null;
        Map<String, List<IamSave.Grant>> functionGrants = null;
        int created = 0;
        Map<String, String> instanceProfiles = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "roles" -> roles = SaveReader3.mapOfIamSaveRole(r);
                case "profiles" -> profiles = SaveReader3.mapOfIamSaveInstanceProfile(r);
                case "functionGrants" -> functionGrants = SaveReader3.mapOfListOfIamSaveGrant(r);
                case "created" -> created = JsonRead.intComponent(r, "created");
                case "instanceProfiles" -> instanceProfiles = SaveReader.mapOfString(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new IamSave(roles, profiles, functionGrants, created, instanceProfiles);
    }

    static ElbSave elbSave(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, ElbSave.LoadBalancer> loadBalancers = null;
        Map<String, ElbSave.TargetGroup> targetGroups = null;
        Map<String, ElbSave.Listener> listeners = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "loadBalancers" -> loadBalancers = SaveReader3.mapOfElbSaveLoadBalancer(r);
                case "targetGroups" -> targetGroups = SaveReader3.mapOfElbSaveTargetGroup(r);
                case "listeners" -> listeners = SaveReader3.mapOfElbSaveListener(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ElbSave(loadBalancers, targetGroups, listeners);
    }

    static List<GameSave.Card> listOfGameSaveCard(JsonReader r) throws IOException {
        List<GameSave.Card> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(SaveReader3.gameSaveCard(r));
        }
        return JsonRead.endList(r, l);
    }

    static CloudSave.LineItem cloudSaveLineItem(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String resourceId = null;
        String description = null;
        double usd = 0.0;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "resourceId" -> resourceId = JsonRead.string(r);
                case "description" -> description = JsonRead.string(r);
                case "usd" -> usd = JsonRead.doubleComponent(r, "usd");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new CloudSave.LineItem(resourceId, description, usd);
    }

    static Map<String, Ec2Save.Instance> mapOfEc2SaveInstance(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, Ec2Save.Instance> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader3.ec2SaveInstance(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, Ec2Save.Image> mapOfEc2SaveImage(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, Ec2Save.Image> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader3.ec2SaveImage(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Ec2Save.Access ec2SaveAccess(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        Map<String, Ec2Save.KeyPair> keyPairs = null;
        Map<String, Ec2Save.SecurityGroup> securityGroups = null;
        int created = 0;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "keyPairs" -> keyPairs = SaveReader3.mapOfEc2SaveKeyPair(r);
                case "securityGroups" -> securityGroups = SaveReader3.mapOfEc2SaveSecurityGroup(r);
                case "created" -> created = JsonRead.intComponent(r, "created");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new Ec2Save.Access(keyPairs, securityGroups, created);
    }

    static Map<String, LightsailSave.Box> mapOfLightsailSaveBox(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, LightsailSave.Box> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader3.lightsailSaveBox(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, LightsailSave.StaticIp> mapOfLightsailSaveStaticIp(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, LightsailSave.StaticIp> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader3.lightsailSaveStaticIp(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EcrSave.Repository> mapOfEcrSaveRepository(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EcrSave.Repository> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.ecrSaveRepository(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EcrSave.LocalImage> mapOfEcrSaveLocalImage(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EcrSave.LocalImage> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.ecrSaveLocalImage(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EcsSave.Cluster> mapOfEcsSaveCluster(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EcsSave.Cluster> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.ecsSaveCluster(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EcsSave.ContainerInstance> mapOfEcsSaveContainerInstance(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EcsSave.ContainerInstance> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.ecsSaveContainerInstance(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EcsSave.TaskDefinition> mapOfEcsSaveTaskDefinition(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EcsSave.TaskDefinition> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.ecsSaveTaskDefinition(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EcsSave.Task> mapOfEcsSaveTask(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EcsSave.Task> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.ecsSaveTask(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EcsSave.Service> mapOfEcsSaveService(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EcsSave.Service> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.ecsSaveService(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EksSave.Cluster> mapOfEksSaveCluster(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EksSave.Cluster> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.eksSaveCluster(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EksSave.Nodegroup> mapOfEksSaveNodegroup(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EksSave.Nodegroup> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.eksSaveNodegroup(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }
}
