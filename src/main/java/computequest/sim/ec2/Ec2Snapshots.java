package computequest.sim.ec2;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import computequest.sim.Catalog;
import computequest.sim.CliException;
import computequest.sim.Cloud;
import computequest.sim.Invocation;
import computequest.sim.Ledger;
import computequest.sim.Operation;
import computequest.sim.Param;
import computequest.story.Suggest;
import java.util.ArrayList;
import java.util.List;

/**
 * The life of an AMI of your own after create-image: pending until its EBS snapshot is complete, then available;
 * deregister-image (which keeps the snapshot unless told otherwise), describe-snapshots and delete-snapshot. The
 * snapshot is billed per second for as long as it exists, registered AMI or not.
 */
final class Ec2Snapshots {

    private Ec2Snapshots() {
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("ec2", "deregister-image", "Delete an AMI of yours; its snapshot stays unless you say so.",
                        List.of(Param.req("--image-id", "The AMI to deregister."),
                                Param.flag("--delete-associated-snapshots", "Delete its EBS snapshots too (billed otherwise)."),
                                Param.flag("--no-delete-associated-snapshots", "Keep the snapshots (the default).")),
                        Ec2Snapshots::deregisterImage),
                new Operation("ec2", "describe-snapshots", "List EBS snapshots, e.g. those behind your AMIs.", List.of(
                        Param.list("--snapshot-ids", false, "Only these snapshots."),
                        Param.list("--owner-ids", false, "self for your own.")), Ec2Snapshots::describeSnapshots),
                new Operation("ec2", "delete-snapshot", "Delete an EBS snapshot no registered AMI uses.", List.of(
                        Param.req("--snapshot-id", "The snapshot to delete.")), Ec2Snapshots::deleteSnapshot));
    }

    /** The image run-instances may launch from: it must exist, be registered and be available. */
    static Image launchable(Cloud cloud, String imageId) {
        Image image = cloud.images().get(imageId);
        if (image == null || image.deregistered()) {
            Ec2Ids.image(imageId);
            throw new CliException("InvalidAMIID.NotFound", "The image id '[" + imageId + "]' does not exist."
                    + Suggest.didYouMean(imageId, cloud.images().keySet()) + " List the AMIs with: aws ec2 describe-images");
        }
        if (image.state(cloud.clock()).equals("pending")) {
            throw new CliException("InvalidAMIID.Unavailable", "The image " + imageId + " is still pending: EC2 is"
                    + " copying the root volume into a snapshot. Wait for it (aws ec2 wait image-available --image-ids "
                    + imageId + "), then launch.");
        }
        return image;
    }

    /** An AMI of yours leaves pending: the clock's part. */
    static long dueAt(Image img, long now) {
        return img.own() && !img.deregistered() && now < img.availableAt() ? img.availableAt() : Long.MAX_VALUE;
    }

    static String available(Image img) {
        return img.imageId() + ": pending -> available. Its snapshot " + img.snapshotId() + " is complete, so"
                + " run-instances can launch from it now.";
    }

    /** Bills the snapshot behind every AMI of yours, registered or kept after deregistering, for {@code seconds}. */
    static Ledger accrue(Cloud cloud, Ledger ledger, long seconds) {
        for (Image img : cloud.images().values()) {
            if (img.own()) {
                ledger = ledger.charge(img.snapshotId(), "EBS snapshot, up to " + Catalog.DEFAULT_ROOT_GIB + " GiB",
                        Catalog.DEFAULT_ROOT_GIB
                        * Catalog.EBS_SNAPSHOT_USD_PER_GB_MONTH / Catalog.HOURS_PER_MONTH * seconds / 3600.0);
            }
        }
        return ledger;
    }

    private static Image own(Cloud cloud, String imageId) {
        Image img = cloud.images().get(imageId);
        if (img == null || img.deregistered()) {
            Ec2Ids.image(imageId);
            throw new CliException("InvalidAMIID.NotFound", "The image id '[" + imageId + "]' does not exist.");
        }
        if (!img.own()) {
            throw new CliException("UnauthorizedOperation", "You are not authorized to deregister " + imageId
                    + ": it is a public image of another account. Deregister your own AMIs (describe-images --owners self).");
        }
        return img;
    }

    static Operation.Result deregisterImage(Cloud cloud, Invocation call) {
        Image img = own(cloud, call.value("--image-id"));
        boolean both = call.has("--delete-associated-snapshots");
        List<String> changes = new ArrayList<>();
        JsonObject res = new JsonObject();
        res.addProperty("Return", true);
        if (both) {
            cloud = cloud.withoutImage(img.imageId());
            JsonArray deleted = new JsonArray();
            JsonObject d = new JsonObject();
            d.addProperty("SnapshotId", img.snapshotId());
            d.addProperty("ReturnCode", "success");
            deleted.add(d);
            res.add("DeleteSnapshotResults", deleted);
            changes.add(img.imageId() + " is deregistered and its snapshot " + img.snapshotId() + " deleted: nothing"
                    + " of it is billed any more. Instances launched from it keep running.");
        } else {
            cloud = cloud.withImage(img.deregister());
            changes.add(img.imageId() + " is deregistered: no new instance can launch from it. Its snapshot "
                    + img.snapshotId() + " is still there and still billed; delete it with aws ec2 delete-snapshot"
                    + " --snapshot-id " + img.snapshotId() + ".");
        }
        return new Operation.Result(cloud, res, changes);
    }

    static Operation.Result describeSnapshots(Cloud cloud, Invocation call) {
        List<String> ids = call.list("--snapshot-ids");
        List<String> owners = call.list("--owner-ids");
        JsonArray out = new JsonArray();
        List<String> known = new ArrayList<>();
        for (Image img : cloud.images().values()) {
            if (img.own()) {
                known.add(img.snapshotId());
            }
        }
        for (String id : ids) {
            if (!known.contains(id)) {
                throw notFound(id, known);
            }
        }
        boolean mine = owners.isEmpty() || owners.contains("self") || owners.contains(Cloud.ACCOUNT_ID);
        for (Image img : cloud.images().values()) {
            if (!img.own() || !mine || !ids.isEmpty() && !ids.contains(img.snapshotId())) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("Description", "Created by CreateImage(" + img.sourceInstanceId() + ") for " + img.imageId());
            o.addProperty("Encrypted", false);
            o.addProperty("OwnerId", Cloud.ACCOUNT_ID);
            o.addProperty("Progress", img.state(cloud.clock()).equals("pending") ? "57%" : "100%");
            o.addProperty("SnapshotId", img.snapshotId());
            o.addProperty("StartTime", Catalog.timestamp(img.createdAt()).replace("+00:00", ".000Z"));
            o.addProperty("State", img.state(cloud.clock()).equals("pending") ? "pending" : "completed");
            o.addProperty("VolumeId", "vol-0" + img.imageId().substring(5));
            o.addProperty("VolumeSize", Catalog.DEFAULT_ROOT_GIB);
            o.addProperty("StorageTier", "standard");
            out.add(o);
        }
        JsonObject res = new JsonObject();
        res.add("Snapshots", out);
        return new Operation.Result(cloud, res, List.of());
    }

    static Operation.Result deleteSnapshot(Cloud cloud, Invocation call) {
        String id = call.value("--snapshot-id");
        for (Image img : cloud.images().values()) {
            if (img.own() && img.snapshotId().equals(id)) {
                if (!img.deregistered()) {
                    throw new CliException("InvalidSnapshot.InUse", "The snapshot " + id + " is currently in use by "
                            + img.imageId() + ". Deregister the AMI first (aws ec2 deregister-image --image-id "
                            + img.imageId() + "), or do both at once with --delete-associated-snapshots.");
                }
                return new Operation.Result(cloud.withoutImage(img.imageId()), new JsonObject(), List.of(id
                        + " is deleted; its storage is no longer billed."));
            }
        }
        List<String> known = cloud.images().values().stream().filter(Image::own).map(Image::snapshotId).toList();
        throw notFound(id, known);
    }

    private static CliException notFound(String id, List<String> known) {
        return new CliException("InvalidSnapshot.NotFound", "The snapshot '" + id + "' does not exist."
                + Suggest.didYouMean(id, known));
    }
}
