package computequest.sim.ec2;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Operation;
import computequest.sim.Rng;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** AMIs (create-image, describe-images) and tags on instances and AMIs (create-tags). */
final class Ec2Images {

    /** The account that owns Amazon's public AMIs. */
    static final String AMAZON_OWNER = "137112412989";

    private static final Map<String, Function<Image, List<String>>> FILTERS = filters();

    private Ec2Images() {
    }

    private static Map<String, Function<Image, List<String>>> filters() {
        Map<String, Function<Image, List<String>>> m = new LinkedHashMap<>();
        m.put("image-id", i -> List.of(i.imageId()));
        m.put("name", i -> List.of(i.name()));
        m.put("owner-alias", i -> List.of(i.ownerAlias()));
        m.put("owner-id", i -> List.of(ownerId(i)));
        m.put("platform", i -> i.platform().equals("Windows") ? List.of("windows") : List.of());
        m.put("root-device-type", i -> List.of("ebs"));
        m.put("state", i -> List.of("available"));
        m.put("architecture", i -> List.of("x86_64"));
        return m;
    }

    static Operation.Result createImage(Cloud cloud, Invocation call) {
        Instance i = Ec2Lifecycle.find(cloud, call.value("--instance-id"));
        if (i.state() != InstanceState.RUNNING && i.state() != InstanceState.STOPPED) {
            throw Ec2Lifecycle.wrongState(i, "imaged");
        }
        String name = call.value("--name");
        for (Image existing : cloud.images().values()) {
            if (existing.name().equals(name)) {
                throw new CliException("InvalidAMIName.Duplicate", "AMI name '" + name + "' is already in use by "
                        + existing.imageId() + ". Pick another name.");
            }
        }
        if (!name.matches("[A-Za-z0-9()\\[\\] ./'@_-]{3,128}")) {
            throw new CliException("InvalidAMIName.Malformed", "An AMI name is 3 to 128 letters, digits, spaces"
                    + " and ( ) [ ] . / - ' @ _; '" + name + "' is not.");
        }
        Map<String, String> tags = Ec2Tags.fromSpecifications(call.list("--tag-specifications"), "image");
        Rng.Draw d = cloud.rng().next();
        cloud = cloud.withRng(d.rest());
        String amiId = "ami-0" + d.hex(16);
        Image base = cloud.images().get(i.imageId());
        String platform = base == null ? "Linux/UNIX" : base.platform();
        Image image = new Image(amiId, name, platform, call.value("--description", "Made from " + i.instanceId()),
                "self", i.instanceId(), cloud.clock(), i.disk(), tags);
        cloud = cloud.withImage(image);
        List<String> changes = new ArrayList<>();
        changes.add(amiId + ": a new AMI made from " + i.instanceId() + "'s root volume (" + i.disk().size()
                + (i.disk().size() == 1 ? " file" : " files") + "). Launch as many copies as you like with --image-id " + amiId + ".");
        if (!tags.isEmpty()) {
            changes.add(amiId + " is tagged " + tags + " from the start (--tag-specifications), so it never exists untagged.");
        }
        if (i.state() == InstanceState.RUNNING && !call.has("--no-reboot")) {
            cloud = cloud.withInstance(i.withRam(Map.of()));
            changes.add(i.instanceId() + " was rebooted first so the disk was consistent; its RAM was cleared."
                    + " (--no-reboot skips that, at the risk of a half-written file.)");
        }
        JsonObject res = new JsonObject();
        res.addProperty("ImageId", amiId);
        return new Operation.Result(cloud, res, changes);
    }

    static Operation.Result describeImages(Cloud cloud, Invocation call) {
        List<String> ids = call.list("--image-ids");
        List<String> owners = call.list("--owners");
        List<Ec2Filters.Filter> filters = Ec2Filters.parse(call.list("--filters"), FILTERS, "images");
        for (String id : ids) {
            if (!cloud.images().containsKey(id)) {
                throw new CliException("InvalidAMIID.NotFound", "The image id '[" + id + "]' does not exist."
                        + Suggest.didYouMean(id, cloud.images().keySet()));
            }
        }
        JsonArray out = new JsonArray();
        for (Image img : cloud.images().values()) {
            if (!ids.isEmpty() && !ids.contains(img.imageId())) {
                continue;
            }
            boolean self = img.ownerAlias().equals("self");
            if (!owners.isEmpty() && !(owners.contains(self ? "self" : "amazon") || owners.contains(ownerId(img)))) {
                continue;
            }
            if (!Ec2Filters.matches(img, img.tags(), filters, FILTERS)) {
                continue;
            }
            out.add(imageJson(img));
        }
        JsonObject res = new JsonObject();
        res.add("Images", out);
        return new Operation.Result(cloud, res, List.of());
    }

    private static String ownerId(Image img) {
        return img.ownerAlias().equals("self") ? Cloud.ACCOUNT_ID : AMAZON_OWNER;
    }

    private static JsonObject imageJson(Image img) {
        boolean self = img.ownerAlias().equals("self");
        JsonObject o = new JsonObject();
        o.addProperty("Architecture", "x86_64");
        o.addProperty("CreationDate", Catalog.timestamp(img.createdAt()).replace("+00:00", ".000Z"));
        o.addProperty("ImageId", img.imageId());
        o.addProperty("ImageLocation", (self ? Cloud.ACCOUNT_ID : "amazon") + "/" + img.name());
        o.addProperty("ImageType", "machine");
        o.addProperty("Public", !self);
        o.addProperty("OwnerId", ownerId(img));
        if (img.platform().equals("Windows")) {
            o.addProperty("Platform", "windows");
        }
        o.addProperty("PlatformDetails", img.platform().equals("Windows") ? "Windows" : "Linux/UNIX");
        o.addProperty("UsageOperation", img.platform().equals("Windows") ? "RunInstances:0002" : "RunInstances");
        o.addProperty("State", "available");
        JsonArray mappings = new JsonArray();
        JsonObject root = new JsonObject();
        root.addProperty("DeviceName", img.platform().equals("Windows") ? "/dev/sda1" : "/dev/xvda");
        JsonObject ebs = new JsonObject();
        ebs.addProperty("DeleteOnTermination", true);
        ebs.addProperty("SnapshotId", "snap-0" + img.imageId().substring(5));
        ebs.addProperty("VolumeSize", Catalog.DEFAULT_ROOT_GIB);
        ebs.addProperty("VolumeType", "gp3");
        ebs.addProperty("Encrypted", false);
        root.add("Ebs", ebs);
        mappings.add(root);
        o.add("BlockDeviceMappings", mappings);
        o.addProperty("Description", img.description());
        o.addProperty("EnaSupport", true);
        o.addProperty("Hypervisor", "xen");
        if (!self) {
            o.addProperty("ImageOwnerAlias", "amazon");
        }
        o.addProperty("Name", img.name());
        o.addProperty("RootDeviceName", root.get("DeviceName").getAsString());
        o.addProperty("RootDeviceType", "ebs");
        o.addProperty("SriovNetSupport", "simple");
        o.addProperty("VirtualizationType", "hvm");
        if (!img.tags().isEmpty()) {
            o.add("Tags", Ec2Tags.json(img.tags()));
        }
        return o;
    }

    /** create-tags: every id must exist before anything is tagged, as on AWS. */
    static Operation.Result createTags(Cloud cloud, Invocation call) {
        Map<String, String> tags = Ec2Tags.fromTagsParameter(call.list("--tags"));
        for (String id : call.list("--resources")) {
            if (id.startsWith("ami-")) {
                Image img = cloud.images().get(id);
                if (img == null) {
                    throw new CliException("InvalidAMIID.NotFound", "The image id '[" + id + "]' does not exist.");
                }
                if (!img.ownerAlias().equals("self")) {
                    throw new CliException("UnauthorizedOperation", "You are not authorized to tag " + id
                            + ": it belongs to Amazon. Tag your own AMIs and instances.");
                }
            } else if (id.startsWith("i-")) {
                Ec2Lifecycle.find(cloud, id);
            } else {
                throw new CliException("InvalidID", "The ID '" + id + "' is not valid here. The game tags instances"
                        + " (i-...) and your own AMIs (ami-...).");
            }
        }
        List<String> changes = new ArrayList<>();
        for (String id : call.list("--resources")) {
            if (id.startsWith("ami-")) {
                Image img = cloud.images().get(id);
                Map<String, String> next = new LinkedHashMap<>(img.tags());
                next.putAll(tags);
                cloud = cloud.withImage(img.withTags(next));
            } else {
                Instance i = cloud.instances().get(id);
                Map<String, String> next = new LinkedHashMap<>(i.tags());
                next.putAll(tags);
                cloud = cloud.withInstance(i.withTags(next));
            }
            changes.add(id + ": tagged " + tags + ". A tag with an existing key replaces its value; tags cost"
                    + " nothing, and filters such as Name=tag:KEY,Values=... find resources by them.");
        }
        return new Operation.Result(cloud, new JsonObject(), changes);
    }
}
