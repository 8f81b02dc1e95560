package computequest.sim.ec2;

import computequest.sim.Catalog;
import computequest.sim.Copy;

/**
 * An Amazon Machine Image: the template an instance is launched from.
 *
 * @param sourceInstanceId the instance it was made from, or null for a catalog image
 * @param diskFiles        files on the root volume snapshot, copied to every instance launched from it
 * @param tags             the AMI's tags, in the order they were added
 * @param deregistered     true once deregister-image kept its snapshot: the AMI is gone, the snapshot (and its bill)
 *                         stays until delete-snapshot
 */
public record Image(String imageId, String name, String platform, String description,
                    String ownerAlias, String sourceInstanceId, long createdAt,
                    java.util.Map<String, String> diskFiles, java.util.Map<String, String> tags, boolean deregistered) {

    /** The owner alias of Canonical's Ubuntu images, whose owner id is {@link #CANONICAL_OWNER}. */
    public static final String CANONICAL = "canonical";
    /** The AWS account that publishes the official Ubuntu AMIs. */
    public static final String CANONICAL_OWNER = "099720109477";

    public Image {
        diskFiles = Copy.of(diskFiles);
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags == null ? java.util.Map.of() : tags));
    }

    public Image(String imageId, String name, String platform, String description, String ownerAlias,
                 String sourceInstanceId, long createdAt, java.util.Map<String, String> diskFiles,
                 java.util.Map<String, String> tags) {
        this(imageId, name, platform, description, ownerAlias, sourceInstanceId, createdAt, diskFiles, tags, false);
    }

    Image withTags(java.util.Map<String, String> t) {
        return new Image(imageId, name, platform, description, ownerAlias, sourceInstanceId, createdAt, diskFiles, t,
                deregistered);
    }

    Image deregister() {
        return new Image(imageId, name, platform, description, ownerAlias, sourceInstanceId, createdAt, diskFiles, tags,
                true);
    }

    /** Whether it runs the ECS container agent: the ECS-optimized AMI, or an image made from one. */
    public boolean ecsOptimized() {
        return diskFiles.containsKey("/etc/ecs/ecs.config");
    }

    /** The disk of a Windows image or instance: Windows keeps its files under C:/. */
    static boolean windows(java.util.Map<String, String> disk) {
        return disk.containsKey("C:/Windows/system.ini");
    }

    /**
     * The root device's name on a disk made from this kind of image: /dev/sda1 on Windows and Ubuntu AMIs, /dev/xvda
     * on Amazon Linux, as the real AMIs name it.
     */
    static String rootDeviceName(java.util.Map<String, String> disk) {
        return windows(disk) || disk.getOrDefault("/etc/os-release", "").contains("Ubuntu") ? "/dev/sda1" : "/dev/xvda";
    }

    /** The root device's name of instances launched from it. */
    public String rootDeviceName() {
        return rootDeviceName(diskFiles);
    }

    /** Made in this account by create-image (and not a catalog image). */
    public boolean own() {
        return ownerAlias.equals("self");
    }

    /** The second at which an image of your own leaves pending; catalog images are available from the start. */
    public long availableAt() {
        return own() ? createdAt + Catalog.AMI_PENDING_SECONDS : 0;
    }

    /** pending, available, or (kept only for its snapshot) deregistered, at simulated second {@code now}. */
    public String state(long now) {
        return deregistered ? "deregistered" : now < availableAt() ? "pending" : "available";
    }

    /** The EBS snapshot behind an image of your own: named after the AMI, billed until it is deleted. */
    public String snapshotId() {
        return "snap-0" + imageId.substring(5);
    }
}
