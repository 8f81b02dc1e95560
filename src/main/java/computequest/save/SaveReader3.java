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
final class SaveReader3 {

    private SaveReader3() {
    }

    static Map<String, EksSave.FargateProfile> mapOfEksSaveFargateProfile(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EksSave.FargateProfile> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.eksSaveFargateProfile(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EksSave.Deployment> mapOfEksSaveDeployment(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EksSave.Deployment> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.eksSaveDeployment(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, EksSave.Pod> mapOfEksSavePod(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, EksSave.Pod> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader4.eksSavePod(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, ServerlessSave.Function> mapOfServerlessSaveFunction(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, ServerlessSave.Function> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.serverlessSaveFunction(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, ServerlessSave.Trigger> mapOfServerlessSaveTrigger(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, ServerlessSave.Trigger> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.serverlessSaveTrigger(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, ServerlessSave.Bucket> mapOfServerlessSaveBucket(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, ServerlessSave.Bucket> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.serverlessSaveBucket(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, ServerlessSave.Table> mapOfServerlessSaveTable(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, ServerlessSave.Table> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.serverlessSaveTable(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, ServerlessSave.Queue> mapOfServerlessSaveQueue(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, ServerlessSave.Queue> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.serverlessSaveQueue(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, ServerlessSave.Rule> mapOfServerlessSaveRule(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, ServerlessSave.Rule> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.serverlessSaveRule(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, IamSave.Role> mapOfIamSaveRole(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, IamSave.Role> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.iamSaveRole(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, IamSave.InstanceProfile> mapOfIamSaveInstanceProfile(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, IamSave.InstanceProfile> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.iamSaveInstanceProfile(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, List<IamSave.Grant>> mapOfListOfIamSaveGrant(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, List<IamSave.Grant>> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.listOfIamSaveGrant(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, ElbSave.LoadBalancer> mapOfElbSaveLoadBalancer(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, ElbSave.LoadBalancer> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.elbSaveLoadBalancer(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, ElbSave.TargetGroup> mapOfElbSaveTargetGroup(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, ElbSave.TargetGroup> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.elbSaveTargetGroup(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, ElbSave.Listener> mapOfElbSaveListener(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, ElbSave.Listener> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.elbSaveListener(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static GameSave.Card gameSaveCard(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String id = null;
        String kind = null;
        String concept = null;
        int stage = 0;
        long due = 0L;
        String first = null;
        int held = 0;
        int lapses = 0;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = JsonRead.string(r);
                case "kind" -> kind = JsonRead.string(r);
                case "concept" -> concept = JsonRead.string(r);
                case "stage" -> stage = JsonRead.intComponent(r, "stage");
                case "due" -> due = JsonRead.longComponent(r, "due");
                case "first" -> first = JsonRead.string(r);
                case "held" -> held = JsonRead.intComponent(r, "held");
                case "lapses" -> lapses = JsonRead.intComponent(r, "lapses");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new GameSave.Card(id, kind, concept, stage, due, first, held, lapses);
    }

    static Ec2Save.Instance ec2SaveInstance(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String instanceId = null;
        String imageId = null;
        String instanceType = null;
        String availabilityZone = null;
        String subnetId = null;
        String privateIp = null;
        String publicIp = null;
        String state = null;
        long stateSince = 0L;
        long launchTime = 0L;
        boolean hibernationConfigured = false;
        boolean rootEncrypted = false;
        int rootVolumeGib = 0;
        boolean hibernated = false;
        long runStartedAt = 0L;
        Map<String, String> ram = null;
        Map<String, String> disk = null;
        Map<String, String> tags = null;
        String ecsCluster = null;
        String keyName = null;
        String reservationId = null;
        List<String> securityGroups = null;
        String launchKey = null;
        Map<String, String> extraVolumes = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "instanceId" -> instanceId = JsonRead.string(r);
                case "imageId" -> imageId = JsonRead.string(r);
                case "instanceType" -> instanceType = JsonRead.string(r);
                case "availabilityZone" -> availabilityZone = JsonRead.string(r);
                case "subnetId" -> subnetId = JsonRead.string(r);
                case "privateIp" -> privateIp = JsonRead.string(r);
                case "publicIp" -> publicIp = JsonRead.string(r);
                case "state" -> state = JsonRead.string(r);
                case "stateSince" -> stateSince = JsonRead.longComponent(r, "stateSince");
                case "launchTime" -> launchTime = JsonRead.longComponent(r, "launchTime");
                case "hibernationConfigured" ->
                        hibernationConfigured = JsonRead.booleanComponent(r, "hibernationConfigured");
                case "rootEncrypted" -> rootEncrypted = JsonRead.booleanComponent(r, "rootEncrypted");
                case "rootVolumeGib" -> rootVolumeGib = JsonRead.intComponent(r, "rootVolumeGib");
                case "hibernated" -> hibernated = JsonRead.booleanComponent(r, "hibernated");
                case "runStartedAt" -> runStartedAt = JsonRead.longComponent(r, "runStartedAt");
                case "ram" -> ram = SaveReader.mapOfString(r);
                case "disk" -> disk = SaveReader.mapOfString(r);
                case "tags" -> tags = SaveReader.mapOfString(r);
                case "ecsCluster" -> ecsCluster = JsonRead.string(r);
                case "keyName" -> keyName = JsonRead.string(r);
                case "reservationId" -> reservationId = JsonRead.string(r);
                case "securityGroups" -> securityGroups = SaveReader.listOfString(r);
                case "launchKey" -> launchKey = JsonRead.string(r);
                case "extraVolumes" -> extraVolumes = SaveReader.mapOfString(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new Ec2Save.Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, disk, tags, ecsCluster, keyName, reservationId, securityGroups, launchKey,
                extraVolumes);
    }

    static Ec2Save.Image ec2SaveImage(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String imageId = null;
        String name = null;
        String platform = null;
        String description = null;
        String ownerAlias = null;
        String sourceInstanceId = null;
        long createdAt = 0L;
        Map<String, String> diskFiles = null;
        Map<String, String> tags = null;
        boolean deregistered = false;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "imageId" -> imageId = JsonRead.string(r);
                case "name" -> name = JsonRead.string(r);
                case "platform" -> platform = JsonRead.string(r);
                case "description" -> description = JsonRead.string(r);
                case "ownerAlias" -> ownerAlias = JsonRead.string(r);
                case "sourceInstanceId" -> sourceInstanceId = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "diskFiles" -> diskFiles = SaveReader.mapOfString(r);
                case "tags" -> tags = SaveReader.mapOfString(r);
                case "deregistered" -> deregistered = JsonRead.booleanComponent(r, "deregistered");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new Ec2Save.Image(imageId, name, platform, description, ownerAlias, sourceInstanceId, createdAt,
                diskFiles, tags, deregistered);
    }

    static Map<String, Ec2Save.KeyPair> mapOfEc2SaveKeyPair(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, Ec2Save.KeyPair> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.ec2SaveKeyPair(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static Map<String, Ec2Save.SecurityGroup> mapOfEc2SaveSecurityGroup(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, Ec2Save.SecurityGroup> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), SaveReader5.ec2SaveSecurityGroup(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static LightsailSave.Box lightsailSaveBox(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String blueprintId = null;
        String bundleId = null;
        String zone = null;
        String state = null;
        long stateSince = 0L;
        String publicIp = null;
        long createdAt = 0L;
        String staticIp = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "blueprintId" -> blueprintId = JsonRead.string(r);
                case "bundleId" -> bundleId = JsonRead.string(r);
                case "zone" -> zone = JsonRead.string(r);
                case "state" -> state = JsonRead.string(r);
                case "stateSince" -> stateSince = JsonRead.longComponent(r, "stateSince");
                case "publicIp" -> publicIp = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "staticIp" -> staticIp = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new LightsailSave.Box(name, blueprintId, bundleId, zone, state, stateSince, publicIp, createdAt,
                staticIp);
    }

    static LightsailSave.StaticIp lightsailSaveStaticIp(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String ip = null;
        String zone = null;
        long createdAt = 0L;
        String attachedTo = null;
        long unattachedSince = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "ip" -> ip = JsonRead.string(r);
                case "zone" -> zone = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "attachedTo" -> attachedTo = JsonRead.string(r);
                case "unattachedSince" -> unattachedSince = JsonRead.longComponent(r, "unattachedSince");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new LightsailSave.StaticIp(name, ip, zone, createdAt, attachedTo, unattachedSince);
    }
}
