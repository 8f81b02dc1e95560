package computequest.sim.ec2;

import computequest.sim.Copy;

/**
 * An Amazon Machine Image: the template an instance is launched from.
 *
 * @param sourceInstanceId the instance it was made from, or null for a catalog image
 * @param diskFiles        files on the root volume snapshot, copied to every instance launched from it
 * @param tags             the AMI's tags, in the order they were added
 */
public record Image(String imageId, String name, String platform, String description,
                    String ownerAlias, String sourceInstanceId, long createdAt,
                    java.util.Map<String, String> diskFiles, java.util.Map<String, String> tags) {
    public Image {
        diskFiles = Copy.of(diskFiles);
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags == null ? java.util.Map.of() : tags));
    }

    Image withTags(java.util.Map<String, String> t) {
        return new Image(imageId, name, platform, description, ownerAlias, sourceInstanceId, createdAt, diskFiles, t);
    }

    /** Whether it runs the ECS container agent: the ECS-optimized AMI, or an image made from one. */
    public boolean ecsOptimized() {
        return diskFiles.containsKey("/etc/ecs/ecs.config");
    }
}
