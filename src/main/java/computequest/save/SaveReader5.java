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
final class SaveReader5 {

    private SaveReader5() {
    }

    static ServerlessSave.Function serverlessSaveFunction(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String runtime = null;
        String handler = null;
        String role = null;
        String code = null;
        int memory = 0;
        int timeout = 0;
        String architecture = null;
        int reserved = 0;
        long invocations = 0L;
        long coldStarts = 0L;
        String lastStatus = null;
        long lastDurationMs = 0L;
        long lastBilledMs = 0L;
        long lastInvokedAt = 0L;
        String description = null;
        long lastModified = 0L;
        List<ServerlessSave.Published> published = null;
        String state = null;
        String lastUpdateStatus = null;
        long settlesAt = 0L;
        ServerlessSave.Published previous = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "runtime" -> runtime = JsonRead.string(r);
                case "handler" -> handler = JsonRead.string(r);
                case "role" -> role = JsonRead.string(r);
                case "code" -> code = JsonRead.string(r);
                case "memory" -> memory = JsonRead.intComponent(r, "memory");
                case "timeout" -> timeout = JsonRead.intComponent(r, "timeout");
                case "architecture" -> architecture = JsonRead.string(r);
                case "reserved" -> reserved = JsonRead.intComponent(r, "reserved");
                case "invocations" -> invocations = JsonRead.longComponent(r, "invocations");
                case "coldStarts" -> coldStarts = JsonRead.longComponent(r, "coldStarts");
                case "lastStatus" -> lastStatus = JsonRead.string(r);
                case "lastDurationMs" -> lastDurationMs = JsonRead.longComponent(r, "lastDurationMs");
                case "lastBilledMs" -> lastBilledMs = JsonRead.longComponent(r, "lastBilledMs");
                case "lastInvokedAt" -> lastInvokedAt = JsonRead.longComponent(r, "lastInvokedAt");
                case "description" -> description = JsonRead.string(r);
                case "lastModified" -> lastModified = JsonRead.longComponent(r, "lastModified");
                case "published" -> published = SaveReader6.listOfServerlessSavePublished(r);
                case "state" -> state = JsonRead.string(r);
                case "lastUpdateStatus" -> lastUpdateStatus = JsonRead.string(r);
                case "settlesAt" -> settlesAt = JsonRead.longComponent(r, "settlesAt");
                case "previous" -> previous = SaveReader6.serverlessSavePublished(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ServerlessSave.Function(name, runtime, handler, role, code, memory, timeout, architecture, reserved,
                invocations, coldStarts, lastStatus, lastDurationMs, lastBilledMs, lastInvokedAt, description,
                lastModified, published, state, lastUpdateStatus, settlesAt, previous);
    }

    static ServerlessSave.Trigger serverlessSaveTrigger(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String id = null;
        String function = null;
        String type = null;
        String source = null;
        long period = 0L;
        long nextDue = 0L;
        int batchSize = 0;
        String detail = null;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = JsonRead.string(r);
                case "function" -> function = JsonRead.string(r);
                case "type" -> type = JsonRead.string(r);
                case "source" -> source = JsonRead.string(r);
                case "period" -> period = JsonRead.longComponent(r, "period");
                case "nextDue" -> nextDue = JsonRead.longComponent(r, "nextDue");
                case "batchSize" -> batchSize = JsonRead.intComponent(r, "batchSize");
                case "detail" -> detail = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ServerlessSave.Trigger(id, function, type, source, period, nextDue, batchSize, detail, createdAt);
    }

    static ServerlessSave.Bucket serverlessSaveBucket(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        Map<String, Long> objects = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "objects" -> objects = SaveReader6.mapOfLong(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ServerlessSave.Bucket(name, objects);
    }

    static ServerlessSave.Table serverlessSaveTable(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String status = null;
        String billingMode = null;
        String key = null;
        String spec = null;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "status" -> status = JsonRead.string(r);
                case "billingMode" -> billingMode = JsonRead.string(r);
                case "key" -> key = JsonRead.string(r);
                case "spec" -> spec = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ServerlessSave.Table(name, status, billingMode, key, spec, createdAt);
    }

    static ServerlessSave.Queue serverlessSaveQueue(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        long sent = 0L;
        String attributes = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "sent" -> sent = JsonRead.longComponent(r, "sent");
                case "attributes" -> attributes = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ServerlessSave.Queue(name, sent, attributes);
    }

    static ServerlessSave.Rule serverlessSaveRule(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String expression = null;
        long period = 0L;
        String pattern = null;
        String description = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "expression" -> expression = JsonRead.string(r);
                case "period" -> period = JsonRead.longComponent(r, "period");
                case "pattern" -> pattern = JsonRead.string(r);
                case "description" -> description = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ServerlessSave.Rule(name, expression, period, pattern, description);
    }

    static IamSave.Role iamSaveRole(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String id = null;
        String arn = null;
        String trustPolicy = null;
        List<String> trusted = null;
        List<String> policies = null;
        long createdAt = 0L;
        Map<String, String> inline = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "id" -> id = JsonRead.string(r);
                case "arn" -> arn = JsonRead.string(r);
                case "trustPolicy" -> trustPolicy = JsonRead.string(r);
                case "trusted" -> trusted = SaveReader.listOfString(r);
                case "policies" -> policies = SaveReader.listOfString(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "inline" -> inline = SaveReader.mapOfString(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new IamSave.Role(name, id, arn, trustPolicy, trusted, policies, createdAt, inline);
    }

    static IamSave.InstanceProfile iamSaveInstanceProfile(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String id = null;
        String arn = null;
        List<String> roles = null;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "id" -> id = JsonRead.string(r);
                case "arn" -> arn = JsonRead.string(r);
                case "roles" -> roles = SaveReader.listOfString(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new IamSave.InstanceProfile(name, id, arn, roles, createdAt);
    }

    static List<IamSave.Grant> listOfIamSaveGrant(JsonReader r) throws IOException {
        List<IamSave.Grant> l = JsonRead.beginList(r);
        while (l != null && r.hasNext()) {
            l.add(SaveReader6.iamSaveGrant(r));
        }
        return JsonRead.endList(r, l);
    }

    static ElbSave.LoadBalancer elbSaveLoadBalancer(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String id = null;
        String dnsNumber = null;
        List<String> subnets = null;
        List<String> securityGroups = null;
        String state = null;
        long createdAt = 0L;
        long activeAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "id" -> id = JsonRead.string(r);
                case "dnsNumber" -> dnsNumber = JsonRead.string(r);
                case "subnets" -> subnets = SaveReader.listOfString(r);
                case "securityGroups" -> securityGroups = SaveReader.listOfString(r);
                case "state" -> state = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                case "activeAt" -> activeAt = JsonRead.longComponent(r, "activeAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ElbSave.LoadBalancer(name, id, dnsNumber, subnets, securityGroups, state, createdAt, activeAt);
    }

    static ElbSave.TargetGroup elbSaveTargetGroup(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String id = null;
        String protocol = null;
        int port = 0;
        String vpcId = null;
        String targetType = null;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "id" -> id = JsonRead.string(r);
                case "protocol" -> protocol = JsonRead.string(r);
                case "port" -> port = JsonRead.intComponent(r, "port");
                case "vpcId" -> vpcId = JsonRead.string(r);
                case "targetType" -> targetType = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ElbSave.TargetGroup(name, id, protocol, port, vpcId, targetType, createdAt);
    }

    static ElbSave.Listener elbSaveListener(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String id = null;
        String loadBalancer = null;
        String protocol = null;
        int port = 0;
        String targetGroup = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = JsonRead.string(r);
                case "loadBalancer" -> loadBalancer = JsonRead.string(r);
                case "protocol" -> protocol = JsonRead.string(r);
                case "port" -> port = JsonRead.intComponent(r, "port");
                case "targetGroup" -> targetGroup = JsonRead.string(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new ElbSave.Listener(id, loadBalancer, protocol, port, targetGroup);
    }

    static Ec2Save.KeyPair ec2SaveKeyPair(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String name = null;
        String id = null;
        String fingerprint = null;
        String material = null;
        long createdAt = 0L;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = JsonRead.string(r);
                case "id" -> id = JsonRead.string(r);
                case "fingerprint" -> fingerprint = JsonRead.string(r);
                case "material" -> material = JsonRead.string(r);
                case "createdAt" -> createdAt = JsonRead.longComponent(r, "createdAt");
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new Ec2Save.KeyPair(name, id, fingerprint, material, createdAt);
    }

    static Ec2Save.SecurityGroup ec2SaveSecurityGroup(JsonReader r) throws IOException {
        if (!JsonRead.beginRecord(r)) {
            return null;
        }
        String id = null;
        String name = null;
        String description = null;
        List<Ec2Save.Rule> ingress = null;
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "id" -> id = JsonRead.string(r);
                case "name" -> name = JsonRead.string(r);
                case "description" -> description = JsonRead.string(r);
                case "ingress" -> ingress = SaveReader6.listOfEc2SaveRule(r);
                default -> JsonRead.skip(r);
            }
        }
        r.endObject();
        return new Ec2Save.SecurityGroup(id, name, description, ingress);
    }
}
