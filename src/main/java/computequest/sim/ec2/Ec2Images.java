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

    private Ec2Images() {
    }

    /** The filters describe-images answers, with each image's values at simulated second {@code now}. */
    private static Map<String, Function<Image, List<String>>> filters(long now) {
        Map<String, Function<Image, List<String>>> m = new LinkedHashMap<>();
        m.put("image-id", i -> List.of(i.imageId()));
        m.put("name", i -> List.of(i.name()));
        m.put("owner-alias", i -> ownerAlias(i) == null ? List.of() : List.of(ownerAlias(i)));
        m.put("owner-id", i -> List.of(ownerId(i)));
        m.put("platform", i -> i.platform().equals("Windows") ? List.of("windows") : List.of());
        m.put("root-device-type", i -> List.of("ebs"));
        m.put("state", i -> List.of(i.state(now)));
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
            if (existing.name().equals(name) && !existing.deregistered()) {
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
                + (i.disk().size() == 1 ? " file" : " files") + "), pending while EC2 copies the volume into EBS snapshot "
                + image.snapshotId() + ". Once it is available (aws ec2 wait image-available --image-ids " + amiId
                + "), launch as many copies as you like with --image-id " + amiId + ".");
        changes.add(image.snapshotId() + ": the snapshot is billed for the storage it holds (about $"
                + Catalog.EBS_SNAPSHOT_USD_PER_GB_MONTH + " per GB-month) until it is deleted; deregistering"
                + " the AMI alone keeps it (aws ec2 deregister-image --image-id " + amiId
                + " --delete-associated-snapshots removes both).");
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
        long now = cloud.clock();
        Map<String, Function<Image, List<String>>> fields = filters(now);
        List<Ec2Filters.Filter> filters = Ec2Filters.parse(call.list("--filters"), fields, "images");
        for (String id : ids) {
            if (!cloud.images().containsKey(id) || cloud.images().get(id).deregistered()) {
                Ec2Ids.image(id);
                throw new CliException("InvalidAMIID.NotFound", "The image id '[" + id + "]' does not exist."
                        + Suggest.didYouMean(id, cloud.images().keySet()));
            }
        }
        JsonArray out = new JsonArray();
        for (Image img : cloud.images().values()) {
            if (img.deregistered() || !ids.isEmpty() && !ids.contains(img.imageId())) {
                continue;
            }
            String alias = img.own() ? "self" : ownerAlias(img);
            if (!owners.isEmpty() && !(owners.contains(alias) || owners.contains(ownerId(img)))) {
                continue;
            }
            if (!Ec2Filters.matches(img, img.tags(), filters, fields)) {
                continue;
            }
            out.add(imageJson(img, now));
        }
        JsonObject res = new JsonObject();
        res.add("Images", out);
        return new Operation.Result(cloud, res, List.of());
    }

    /** Your account, Canonical's (Ubuntu) or Amazon's. */
    static String ownerId(Image img) {
        if (img.own()) {
            return Cloud.ACCOUNT_ID;
        }
        return canonical(img) ? Image.CANONICAL_OWNER : AMAZON_OWNER;
    }

    private static boolean canonical(Image img) {
        return img.ownerAlias().equals(Image.CANONICAL) || img.name().startsWith("ubuntu");
    }

    /** The ImageOwnerAlias EC2 shows: "amazon" for Amazon's images, none for Canonical's or your own. */
    private static String ownerAlias(Image img) {
        return img.own() || canonical(img) ? null : "amazon";
    }

    private static JsonObject imageJson(Image img, long now) {
        boolean self = img.own();
        JsonObject o = new JsonObject();
        o.addProperty("Architecture", "x86_64");
        o.addProperty("CreationDate", Catalog.timestamp(img.createdAt()).replace("+00:00", ".000Z"));
        o.addProperty("ImageId", img.imageId());
        o.addProperty("ImageLocation", (ownerAlias(img) == null ? ownerId(img) : "amazon") + "/" + img.name());
        o.addProperty("ImageType", "machine");
        o.addProperty("Public", !self);
        o.addProperty("OwnerId", ownerId(img));
        if (img.platform().equals("Windows")) {
            o.addProperty("Platform", "windows");
        }
        o.addProperty("PlatformDetails", img.platform().equals("Windows") ? "Windows" : "Linux/UNIX");
        o.addProperty("UsageOperation", img.platform().equals("Windows") ? "RunInstances:0002" : "RunInstances");
        o.addProperty("State", img.state(now));
        JsonArray mappings = new JsonArray();
        JsonObject root = new JsonObject();
        root.addProperty("DeviceName", img.rootDeviceName());
        JsonObject ebs = new JsonObject();
        ebs.addProperty("DeleteOnTermination", true);
        ebs.addProperty("SnapshotId", img.snapshotId());
        ebs.addProperty("VolumeSize", Catalog.DEFAULT_ROOT_GIB);
        ebs.addProperty("VolumeType", "gp3");
        ebs.addProperty("Encrypted", false);
        root.add("Ebs", ebs);
        mappings.add(root);
        o.add("BlockDeviceMappings", mappings);
        o.addProperty("Description", img.description());
        o.addProperty("EnaSupport", true);
        o.addProperty("Hypervisor", "xen");
        if (ownerAlias(img) != null) {
            o.addProperty("ImageOwnerAlias", ownerAlias(img));
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
                if (img == null || img.deregistered()) {
                    Ec2Ids.image(id);
                    throw new CliException("InvalidAMIID.NotFound", "The image id '[" + id + "]' does not exist.");
                }
                if (!img.own()) {
                    throw new CliException("UnauthorizedOperation", "You are not authorized to tag " + id
                            + ": it belongs to " + (canonical(img) ? "Canonical" : "Amazon")
                            + ". Tag your own AMIs and instances.");
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
