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
final class SaveReader6 {

    private SaveReader6() {
    }

    static Map<String, Long> mapOfLong(JsonReader r) throws IOException {
        boolean pairs = r.peek() == JsonToken.BEGIN_ARRAY;
        Map<String, Long> m = JsonRead.beginMap(r, pairs);
        while (m != null && r.hasNext()) {
            m.put(JsonRead.key(r, m, pairs), JsonRead.longValue(r));
            JsonRead.endEntry(r, pairs);
        }
        return JsonRead.endMap(r, m, pairs);
    }

    static List<EcsSave.Container> listOfEcsSaveContainer(JsonReader r) throws IOException {
        List<EcsSave.Container> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(ecsSaveContainer(r));
        }
        return JsonRead.endList(r, l);
    }

    static List<Integer> listOfInteger(JsonReader r) throws IOException {
        List<Integer> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(JsonRead.integer(r));
        }
        return JsonRead.endList(r, l);
    }

    static List<EcsSave.ServiceEvent> listOfEcsSaveServiceEvent(JsonReader r) throws IOException {
        List<EcsSave.ServiceEvent> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(ecsSaveServiceEvent(r));
        }
        return JsonRead.endList(r, l);
    }

    static EcsSave.DeploymentConfiguration ecsSaveDeploymentConfiguration(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        int maximumPercent = 0;
        int minimumHealthyPercent = 0;
        boolean circuitBreaker = false;
        boolean rollback = false;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "maximumPercent" -> maximumPercent = JsonRead.intComponent(r, "maximumPercent");
                case "minimumHealthyPercent" ->
                        minimumHealthyPercent = JsonRead.intComponent(r, "minimumHealthyPercent");
                case "circuitBreaker" -> circuitBreaker = JsonRead.booleanComponent(r, "circuitBreaker");
                case "rollback" -> rollback = JsonRead.booleanComponent(r, "rollback");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcsSave.DeploymentConfiguration(maximumPercent, minimumHealthyPercent, circuitBreaker, rollback);
    }

    static EksSave.ClusterSpec eksSaveClusterSpec(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String roleArn = null;
        List<String> subnets = null;
        List<String> securityGroups = null;
        boolean publicAccess = false;
        boolean privateAccess = false;
        List<String> logTypes = null;
        Map<String, String> tags = null;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "roleArn" -> roleArn = JsonRead.string(r);
                case "subnets" -> subnets = SaveReader.listOfString(r);
                case "securityGroups" -> securityGroups = SaveReader.listOfString(r);
                case "publicAccess" -> publicAccess = JsonRead.booleanComponent(r, "publicAccess");
                case "privateAccess" -> privateAccess = JsonRead.booleanComponent(r, "privateAccess");
                case "logTypes" -> logTypes = SaveReader.listOfString(r);
                case "tags" -> tags = SaveReader.mapOfString(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EksSave.ClusterSpec(roleArn, subnets, securityGroups, publicAccess, privateAccess, logTypes, tags,
                createdAt);
    }

    static EksSave.NodegroupSpec eksSaveNodegroupSpec(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String nodeRole = null;
        List<String> subnets = null;
        String amiType = null;
        String capacityType = null;
        int diskSize = 0;
        Map<String, String> labels = null;
        List<EksSave.Taint> taints = null;
        Map<String, String> tags = null;
        int maxUnavailable = 0;
        long createdAt = 0L;
        long modifiedAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "nodeRole" -> nodeRole = JsonRead.string(r);
                case "subnets" -> subnets = SaveReader.listOfString(r);
                case "amiType" -> amiType = JsonRead.string(r);
                case "capacityType" -> capacityType = JsonRead.string(r);
                case "diskSize" -> diskSize = JsonRead.intComponent(r, "diskSize");
                case "labels" -> labels = SaveReader.mapOfString(r);
                case "taints" -> taints = listOfEksSaveTaint(r);
                case "tags" -> tags = SaveReader.mapOfString(r);
                case "maxUnavailable" -> maxUnavailable = JsonRead.intComponent(r, "maxUnavailable");
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "modifiedAt" -> modifiedAt = JsonRead.longComponent(r, "modifiedAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EksSave.NodegroupSpec(nodeRole, subnets, amiType, capacityType, diskSize, labels, taints, tags,
                maxUnavailable, createdAt, modifiedAt);
    }

    static List<ServerlessSave.Published> listOfServerlessSavePublished(JsonReader r) throws IOException {
        List<ServerlessSave.Published> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(serverlessSavePublished(r));
        }
        return JsonRead.endList(r, l);
    }

    static ServerlessSave.Published serverlessSavePublished(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        int version = 0;
        String code = null;
        String runtime = null;
        String handler = null;
        int memory = 0;
        int timeout = 0;
        long at = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "version" -> version = JsonRead.intComponent(r, "version");
                case "code" -> code = JsonRead.string(r);
                case "runtime" -> runtime = JsonRead.string(r);
                case "handler" -> handler = JsonRead.string(r);
                case "memory" -> memory = JsonRead.intComponent(r, "memory");
                case "timeout" -> timeout = JsonRead.intComponent(r, "timeout");
                case "at" -> at = JsonRead.longComponent(r, "at");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ServerlessSave.Published(version, code, runtime, handler, memory, timeout, at);
    }

    static IamSave.Grant iamSaveGrant(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String statementId = null;
        String principal = null;
        String sourceArn = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "statementId" -> statementId = JsonRead.string(r);
                case "principal" -> principal = JsonRead.string(r);
                case "sourceArn" -> sourceArn = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new IamSave.Grant(statementId, principal, sourceArn);
    }

    static List<Ec2Save.Rule> listOfEc2SaveRule(JsonReader r) throws IOException {
        List<Ec2Save.Rule> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(ec2SaveRule(r));
        }
        return JsonRead.endList(r, l);
    }

    static EcsSave.Container ecsSaveContainer(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String image = null;
        int cpu = 0;
        int memory = 0;
        int memoryReservation = 0;
        List<Integer> ports = null;
        boolean essential = false;
        String echoed = null;
        List<Integer> hostPorts = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "image" -> image = JsonRead.string(r);
                case "cpu" -> cpu = JsonRead.intComponent(r, "cpu");
                case "memory" -> memory = JsonRead.intComponent(r, "memory");
                case "memoryReservation" -> memoryReservation = JsonRead.intComponent(r, "memoryReservation");
                case "ports" -> ports = listOfInteger(r);
                case "essential" -> essential = JsonRead.booleanComponent(r, "essential");
                case "echoed" -> echoed = JsonRead.string(r);
                case "hostPorts" -> hostPorts = listOfInteger(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcsSave.Container(name, image, cpu, memory, memoryReservation, ports, essential, echoed, hostPorts);
    }

    static EcsSave.ServiceEvent ecsSaveServiceEvent(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String id = null;
        long at = 0L;
        String message = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = JsonRead.string(r);
                case "at" -> at = JsonRead.longComponent(r, "at");
                case "message" -> message = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcsSave.ServiceEvent(id, at, message);
    }

    static List<EksSave.Taint> listOfEksSaveTaint(JsonReader r) throws IOException {
        List<EksSave.Taint> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(eksSaveTaint(r));
        }
        return JsonRead.endList(r, l);
    }

    static Ec2Save.Rule ec2SaveRule(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String protocol = null;
        int fromPort = 0;
        int toPort = 0;
        String cidr = null;
        String sourceGroup = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "protocol" -> protocol = JsonRead.string(r);
                case "fromPort" -> fromPort = JsonRead.intComponent(r, "fromPort");
                case "toPort" -> toPort = JsonRead.intComponent(r, "toPort");
                case "cidr" -> cidr = JsonRead.string(r);
                case "sourceGroup" -> sourceGroup = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new Ec2Save.Rule(protocol, fromPort, toPort, cidr, sourceGroup);
    }

    static EksSave.Taint eksSaveTaint(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String key = null;
        String value = null;
        String effect = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "key" -> key = JsonRead.string(r);
                case "value" -> value = JsonRead.string(r);
                case "effect" -> effect = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EksSave.Taint(key, value, effect);
    }
}
