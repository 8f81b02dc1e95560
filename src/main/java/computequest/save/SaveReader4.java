package computequest.save;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * GENERATED from the save records by DecoderGenerator (src/test/java/computequest/save): do not edit. It reads a
 * save's records from a JsonReader without reflection, as Gson's binding read them (see {@link JsonRead}).
 * DecoderGeneratorTest fails when a record changed and this is stale; rewrite it with
 * {@code mvn -B -q test -Dtest=DecoderGeneratorTest -Dcq.updateDecoder=true}.
 */
final class SaveReader4 {

    private SaveReader4() {
    }

    static EcrSave.Repository ecrSaveRepository(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        long createdAt = 0L;
        Map<String, String> tags = null;
        Map<String, Long> pushedAt = null;
        String mutability = null;
        boolean scanOnPush = false;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "tags" -> tags = SaveReader.mapOfString(r);
                case "pushedAt" -> pushedAt = SaveReader6.mapOfLong(r);
                case "mutability" -> mutability = JsonRead.string(r);
                case "scanOnPush" -> scanOnPush = JsonRead.booleanComponent(r, "scanOnPush");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcrSave.Repository(name, createdAt, tags, pushedAt, mutability, scanOnPush);
    }

    static EcrSave.LocalImage ecrSaveLocalImage(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String ref = null;
        String imageId = null;
        String app = null;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "ref" -> ref = JsonRead.string(r);
                case "imageId" -> imageId = JsonRead.string(r);
                case "app" -> app = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcrSave.LocalImage(ref, imageId, app, createdAt);
    }

    static EcsSave.Cluster ecsSaveCluster(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String status = null;
        long createdAt = 0L;
        Map<String, String> settings = null;
        Map<String, String> tags = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "status" -> status = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "settings" -> settings = SaveReader.mapOfString(r);
                case "tags" -> tags = SaveReader.mapOfString(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcsSave.Cluster(name, status, createdAt, settings, tags);
    }

    static EcsSave.ContainerInstance ecsSaveContainerInstance(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String id = null;
        String cluster = null;
        String ec2InstanceId = null;
        String zone = null;
        int cpu = 0;
        int memory = 0;
        boolean agentConnected = false;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = JsonRead.string(r);
                case "cluster" -> cluster = JsonRead.string(r);
                case "ec2InstanceId" -> ec2InstanceId = JsonRead.string(r);
                case "zone" -> zone = JsonRead.string(r);
                case "cpu" -> cpu = JsonRead.intComponent(r, "cpu");
                case "memory" -> memory = JsonRead.intComponent(r, "memory");
                case "agentConnected" -> agentConnected = JsonRead.booleanComponent(r, "agentConnected");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcsSave.ContainerInstance(id, cluster, ec2InstanceId, zone, cpu, memory, agentConnected);
    }

    static EcsSave.TaskDefinition ecsSaveTaskDefinition(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String family = null;
        int revision = 0;
        List<EcsSave.Container> containers = null;
        List<String> compatibilities = null;
        String networkMode = null;
        int cpu = 0;
        int memory = 0;
        String status = null;
        long registeredAt = 0L;
        String executionRoleArn = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "family" -> family = JsonRead.string(r);
                case "revision" -> revision = JsonRead.intComponent(r, "revision");
                case "containers" -> containers = SaveReader6.listOfEcsSaveContainer(r);
                case "compatibilities" -> compatibilities = SaveReader.listOfString(r);
                case "networkMode" -> networkMode = JsonRead.string(r);
                case "cpu" -> cpu = JsonRead.intComponent(r, "cpu");
                case "memory" -> memory = JsonRead.intComponent(r, "memory");
                case "status" -> status = JsonRead.string(r);
                case "registeredAt" -> registeredAt = JsonRead.longComponent(r, "registeredAt");
                case "executionRoleArn" -> executionRoleArn = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcsSave.TaskDefinition(family, revision, containers, compatibilities, networkMode, cpu, memory,
                status, registeredAt, executionRoleArn);
    }

    static EcsSave.Task ecsSaveTask(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String id = null;
        String cluster = null;
        String taskDefinition = null;
        String launchType = null;
        String status = null;
        String zone = null;
        String service = null;
        String containerInstance = null;
        int cpu = 0;
        int memory = 0;
        long createdAt = 0L;
        long startedAt = 0L;
        long stoppedAt = 0L;
        String stoppedReason = null;
        String privateIp = null;
        boolean privateOnly = false;
        long stopAt = 0L;
        List<Integer> hostPorts = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = JsonRead.string(r);
                case "cluster" -> cluster = JsonRead.string(r);
                case "taskDefinition" -> taskDefinition = JsonRead.string(r);
                case "launchType" -> launchType = JsonRead.string(r);
                case "status" -> status = JsonRead.string(r);
                case "zone" -> zone = JsonRead.string(r);
                case "service" -> service = JsonRead.string(r);
                case "containerInstance" -> containerInstance = JsonRead.string(r);
                case "cpu" -> cpu = JsonRead.intComponent(r, "cpu");
                case "memory" -> memory = JsonRead.intComponent(r, "memory");
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "startedAt" -> startedAt = JsonRead.longComponent(r, "startedAt");
                case "stoppedAt" -> stoppedAt = JsonRead.longComponent(r, "stoppedAt");
                case "stoppedReason" -> stoppedReason = JsonRead.string(r);
                case "privateIp" -> privateIp = JsonRead.string(r);
                case "privateOnly" -> privateOnly = JsonRead.booleanComponent(r, "privateOnly");
                case "stopAt" -> stopAt = JsonRead.longComponent(r, "stopAt");
                case "hostPorts" -> hostPorts = SaveReader6.listOfInteger(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcsSave.Task(id, cluster, taskDefinition, launchType, status, zone, service, containerInstance, cpu,
                memory, createdAt, startedAt, stoppedAt, stoppedReason, privateIp, privateOnly, stopAt, hostPorts);
    }

    static EcsSave.Service ecsSaveService(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String cluster = null;
        String taskDefinition = null;
        int desired = 0;
        String launchType = null;
        String targetGroup = null;
        List<String> subnets = null;
        String status = null;
        long createdAt = 0L;
        String lastEvent = null;
        long deployedAt = 0L;
        List<EcsSave.ServiceEvent> events = null;
        boolean privateOnly = false;
        EcsSave.DeploymentConfiguration deployment = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "cluster" -> cluster = JsonRead.string(r);
                case "taskDefinition" -> taskDefinition = JsonRead.string(r);
                case "desired" -> desired = JsonRead.intComponent(r, "desired");
                case "launchType" -> launchType = JsonRead.string(r);
                case "targetGroup" -> targetGroup = JsonRead.string(r);
                case "subnets" -> subnets = SaveReader.listOfString(r);
                case "status" -> status = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "lastEvent" -> lastEvent = JsonRead.string(r);
                case "deployedAt" -> deployedAt = JsonRead.longComponent(r, "deployedAt");
                case "events" -> events = SaveReader6.listOfEcsSaveServiceEvent(r);
                case "privateOnly" -> privateOnly = JsonRead.booleanComponent(r, "privateOnly");
                case "deployment" -> deployment = SaveReader6.ecsSaveDeploymentConfiguration(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EcsSave.Service(name, cluster, taskDefinition, desired, launchType, targetGroup, subnets, status,
                createdAt, lastEvent, deployedAt, events, privateOnly, deployment);
    }

    static EksSave.Cluster eksSaveCluster(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String status = null;
        long statusSince = 0L;
        String version = null;
        EksSave.ClusterSpec spec = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "status" -> status = JsonRead.string(r);
                case "statusSince" -> statusSince = JsonRead.longComponent(r, "statusSince");
                case "version" -> version = JsonRead.string(r);
                case "spec" -> spec = SaveReader6.eksSaveClusterSpec(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EksSave.Cluster(name, status, statusSince, version, spec);
    }

    static EksSave.Nodegroup eksSaveNodegroup(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String cluster = null;
        String instanceType = null;
        int desired = 0;
        int min = 0;
        int max = 0;
        String status = null;
        List<String> instanceIds = null;
        EksSave.NodegroupSpec spec = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "cluster" -> cluster = JsonRead.string(r);
                case "instanceType" -> instanceType = JsonRead.string(r);
                case "desired" -> desired = JsonRead.intComponent(r, "desired");
                case "min" -> min = JsonRead.intComponent(r, "min");
                case "max" -> max = JsonRead.intComponent(r, "max");
                case "status" -> status = JsonRead.string(r);
                case "instanceIds" -> instanceIds = SaveReader.listOfString(r);
                case "spec" -> spec = SaveReader6.eksSaveNodegroupSpec(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EksSave.Nodegroup(name, cluster, instanceType, desired, min, max, status, instanceIds, spec);
    }

    static EksSave.FargateProfile eksSaveFargateProfile(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String cluster = null;
        String namespace = null;
        String selectors = null;
        String roleArn = null;
        List<String> subnets = null;
        Map<String, String> tags = null;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "cluster" -> cluster = JsonRead.string(r);
                case "namespace" -> namespace = JsonRead.string(r);
                case "selectors" -> selectors = JsonRead.string(r);
                case "roleArn" -> roleArn = JsonRead.string(r);
                case "subnets" -> subnets = SaveReader.listOfString(r);
                case "tags" -> tags = SaveReader.mapOfString(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EksSave.FargateProfile(name, cluster, namespace, selectors, roleArn, subnets, tags, createdAt);
    }

    static EksSave.Deployment eksSaveDeployment(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String cluster = null;
        String image = null;
        int replicas = 0;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "cluster" -> cluster = JsonRead.string(r);
                case "image" -> image = JsonRead.string(r);
                case "replicas" -> replicas = JsonRead.intComponent(r, "replicas");
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EksSave.Deployment(name, cluster, image, replicas, createdAt);
    }

    static EksSave.Pod eksSavePod(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String cluster = null;
        String deployment = null;
        String status = null;
        String node = null;
        String zone = null;
        boolean fargate = false;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "cluster" -> cluster = JsonRead.string(r);
                case "deployment" -> deployment = JsonRead.string(r);
                case "status" -> status = JsonRead.string(r);
                case "node" -> node = JsonRead.string(r);
                case "zone" -> zone = JsonRead.string(r);
                case "fargate" -> fargate = JsonRead.booleanComponent(r, "fargate");
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new EksSave.Pod(name, cluster, deployment, status, node, zone, fargate, createdAt);
    }
}
