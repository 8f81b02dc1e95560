package computequest.save;

import computequest.sim.Cloud;
import computequest.sim.ec2.InstanceState;
import java.util.List;
import java.util.Map;

/** EC2's part of a save: cloud.services.ec2, the instances and the images (AMIs), in their order. */
record Ec2Save(Map<String, Instance> instances, Map<String, Image> images) {

    static Ec2Save save(Cloud x) {
        return new Ec2Save(Saves.map(x.instances(), Instance::save), Saves.map(x.images(), Image::save));
    }

    /** The saved form of {@link computequest.sim.ec2.Instance}. */
    record Instance(String instanceId, String imageId, String instanceType, String availabilityZone, String subnetId,
                    String privateIp, String publicIp, String state, long stateSince, long launchTime,
                    boolean hibernationConfigured, boolean rootEncrypted, int rootVolumeGib, boolean hibernated,
                    long runStartedAt, Map<String, String> ram, Map<String, String> disk, Map<String, String> tags,
                    String ecsCluster, String keyName, String reservationId, List<String> securityGroups) {

        static Instance save(computequest.sim.ec2.Instance x) {
            return x == null ? null : new Instance(x.instanceId(), x.imageId(), x.instanceType(),
                    x.availabilityZone(), x.subnetId(), x.privateIp(), x.publicIp(), Saves.name(x.state()),
                    x.stateSince(), x.launchTime(), x.hibernationConfigured(), x.rootEncrypted(), x.rootVolumeGib(),
                    x.hibernated(), x.runStartedAt(), x.ram(), x.disk(), x.tags(), x.ecsCluster(), x.keyName(),
                    x.reservationId(), x.securityGroups());
        }

        static computequest.sim.ec2.Instance load(Instance s) {
            return s == null ? null : new computequest.sim.ec2.Instance(s.instanceId, s.imageId, s.instanceType,
                    s.availabilityZone, s.subnetId, s.privateIp, s.publicIp,
                    Saves.constant(InstanceState.class, s.state), s.stateSince, s.launchTime, s.hibernationConfigured,
                    s.rootEncrypted, s.rootVolumeGib, s.hibernated, s.runStartedAt, s.ram, s.disk, s.tags,
                    s.ecsCluster, s.keyName, s.reservationId, s.securityGroups);
        }
    }

    /** The saved form of {@link computequest.sim.ec2.Image}. */
    record Image(String imageId, String name, String platform, String description, String ownerAlias,
                 String sourceInstanceId, long createdAt, Map<String, String> diskFiles, Map<String, String> tags) {

        static Image save(computequest.sim.ec2.Image x) {
            return x == null ? null : new Image(x.imageId(), x.name(), x.platform(), x.description(), x.ownerAlias(),
                    x.sourceInstanceId(), x.createdAt(), x.diskFiles(), x.tags());
        }

        static computequest.sim.ec2.Image load(Image s) {
            return s == null ? null : new computequest.sim.ec2.Image(s.imageId, s.name, s.platform, s.description,
                    s.ownerAlias, s.sourceInstanceId, s.createdAt, s.diskFiles, s.tags);
        }
    }
}
