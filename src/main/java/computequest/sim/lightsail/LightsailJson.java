package computequest.sim.lightsail;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.Cloud;
import computequest.sim.ecr.EcrOps;
import computequest.sim.lambda.LambdaOps;

/** Lightsail answers: an instance as get-instance prints it, and the operation records every change returns. */
final class LightsailJson {

    private LightsailJson() {
    }

    static int stateCode(String state) {
        return switch (state) {
            case "pending" -> 0;
            case "running" -> 16;
            case "stopping" -> 64;
            case "stopped" -> 80;
            default -> 48;
        };
    }

    static JsonObject state(LightsailState.Box b) {
        JsonObject state = new JsonObject();
        state.addProperty("code", stateCode(b.state()));
        state.addProperty("name", b.state());
        return state;
    }

    private static JsonObject location(String zone) {
        JsonObject loc = new JsonObject();
        loc.addProperty("availabilityZone", zone);
        loc.addProperty("regionName", Cloud.REGION);
        return loc;
    }

    /** One operation record; {@code terminal} when the change is already complete (a reboot), not still running. */
    static JsonObject operation(LightsailState.Box b, String type, long now, boolean terminal) {
        return operation(b.name(), "Instance", b.zone(), type, now, terminal);
    }

    /** A completed operation on any Lightsail resource (static IP changes finish at once). */
    static JsonObject operation(String name, String resourceType, String zone, String type, long now) {
        return operation(name, resourceType, zone, type, now, true);
    }

    private static JsonObject operation(String name, String resourceType, String zone, String type, long now,
                                        boolean terminal) {
        String hex = EcrOps.digest("lightsail|" + name + "|" + type + "|" + now).substring(7);
        JsonObject o = new JsonObject();
        o.addProperty("id", LambdaOps.uuid(hex));
        o.addProperty("resourceName", name);
        o.addProperty("resourceType", resourceType);
        o.addProperty("createdAt", Catalog.timestamp(now));
        o.add("location", location(zone));
        o.addProperty("isTerminal", terminal);
        o.addProperty("operationDetails", "");
        o.addProperty("operationType", type);
        o.addProperty("status", terminal ? "Succeeded" : "Started");
        o.addProperty("statusChangedAt", Catalog.timestamp(now));
        return o;
    }

    static JsonObject instance(LightsailState.Box b) {
        LightsailOps.Bundle bundle = LightsailOps.bundle(b.bundleId());
        LightsailOps.Blueprint blueprint = LightsailOps.blueprint(b.blueprintId());
        String hex = EcrOps.digest("lightsail|" + b.name()).substring(7);
        JsonObject o = new JsonObject();
        o.addProperty("name", b.name());
        o.addProperty("arn", "arn:aws:lightsail:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":Instance/"
                + LambdaOps.uuid(hex));
        o.addProperty("supportCode", Cloud.ACCOUNT_ID + "/i-0" + hex.substring(0, 16));
        o.addProperty("createdAt", Catalog.timestamp(b.createdAt()));
        o.add("location", location(b.zone()));
        o.addProperty("resourceType", "Instance");
        o.add("tags", new JsonArray());
        o.addProperty("blueprintId", b.blueprintId());
        o.addProperty("blueprintName", blueprint.name());
        o.addProperty("bundleId", b.bundleId());
        o.addProperty("isStaticIp", b.staticIp() != null);
        o.addProperty("privateIpAddress", "172.26." + Integer.parseInt(hex.substring(0, 2), 16) % 16 + "."
                + (4 + Integer.parseInt(hex.substring(2, 4), 16) % 250));
        if (b.publicIp() != null) {
            o.addProperty("publicIpAddress", b.publicIp());
        }
        JsonObject hardware = new JsonObject();
        hardware.addProperty("cpuCount", bundle.vcpus());
        JsonObject disk = new JsonObject();
        disk.addProperty("createdAt", Catalog.timestamp(b.createdAt()));
        disk.addProperty("sizeInGb", bundle.diskGb());
        disk.addProperty("isSystemDisk", true);
        disk.addProperty("iops", Math.max(100, bundle.diskGb() * 3));
        disk.addProperty("path", "/dev/xvda");
        disk.addProperty("attachedTo", b.name());
        disk.addProperty("attachmentState", "attached");
        JsonArray disks = new JsonArray();
        disks.add(disk);
        hardware.add("disks", disks);
        hardware.addProperty("ramSizeInGb", bundle.ramGb());
        o.add("hardware", hardware);
        JsonObject networking = new JsonObject();
        JsonObject transfer = new JsonObject();
        transfer.addProperty("gbPerMonthAllocated", bundle.transferTb() * 1024);
        networking.add("monthlyTransfer", transfer);
        JsonArray ports = new JsonArray();
        for (int port : blueprint.type().equals("app") ? new int[] {80, 22, 443} : new int[] {22}) {
            JsonObject p = new JsonObject();
            p.addProperty("fromPort", port);
            p.addProperty("toPort", port);
            p.addProperty("protocol", "tcp");
            p.addProperty("accessFrom", "Anywhere (0.0.0.0/0)");
            p.addProperty("accessType", "public");
            p.addProperty("commonName", "");
            p.addProperty("accessDirection", "inbound");
            ports.add(p);
        }
        networking.add("ports", ports);
        o.add("networking", networking);
        o.add("state", state(b));
        o.addProperty("username", blueprint.type().equals("app") ? "bitnami"
                : b.blueprintId().startsWith("ubuntu") ? "ubuntu" : b.blueprintId().startsWith("debian") ? "admin" : "ec2-user");
        o.addProperty("sshKeyName", "LightsailDefaultKeyPair");
        o.addProperty("monthlyPriceUsd", bundle.usdPerMonth());
        return o;
    }

    static JsonObject staticIp(LightsailState.StaticIp s) {
        String hex = EcrOps.digest("lightsail-ip|" + s.name()).substring(7);
        JsonObject o = new JsonObject();
        o.addProperty("name", s.name());
        o.addProperty("arn", "arn:aws:lightsail:" + Cloud.REGION + ":" + Cloud.ACCOUNT_ID + ":StaticIp/"
                + LambdaOps.uuid(hex));
        o.addProperty("supportCode", Cloud.ACCOUNT_ID + "/" + s.ip());
        o.addProperty("createdAt", Catalog.timestamp(s.createdAt()));
        o.add("location", location(s.zone()));
        o.addProperty("resourceType", "StaticIp");
        o.addProperty("ipAddress", s.ip());
        if (s.attachedTo() != null) {
            o.addProperty("attachedTo", s.attachedTo());
        }
        o.addProperty("isAttached", s.attachedTo() != null);
        return o;
    }
}
