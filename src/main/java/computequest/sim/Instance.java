package computequest.sim;

import java.util.Map;

/**
 * One EC2 instance. Files under {@code /dev/shm} live in RAM, everything else on the EBS root volume,
 * which is how the game shows what a stop, a hibernate and a reboot keep.
 *
 * @param stateSince       simulated second at which the current state began
 * @param hibernated       true while stopped (or stopping) by a hibernate, so RAM comes back on start
 * @param runStartedAt     simulated second the current billed running period began, or -1
 * @param ecsCluster       the ECS cluster its user data names (ECS_CLUSTER=...), or ""
 */
public record Instance(String instanceId, String imageId, String instanceType, String availabilityZone,
                       String subnetId, String privateIp, String publicIp, InstanceState state, long stateSince,
                       long launchTime, boolean hibernationConfigured, boolean rootEncrypted, int rootVolumeGib,
                       boolean hibernated, long runStartedAt, Map<String, String> ram, Map<String, String> disk,
                       Map<String, String> tags, String ecsCluster) {

    public Instance {
        ram = Map.copyOf(ram);
        disk = Map.copyOf(disk);
        tags = Map.copyOf(tags);
        ecsCluster = ecsCluster == null ? "" : ecsCluster;
    }

    Instance withState(InstanceState next, long at) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                next, at, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, disk, tags, ecsCluster);
    }

    Instance withPublicIp(String ip) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, ip,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, disk, tags, ecsCluster);
    }

    Instance withHibernated(boolean h) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, h,
                runStartedAt, ram, disk, tags, ecsCluster);
    }

    Instance withRunStartedAt(long at) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                at, ram, disk, tags, ecsCluster);
    }

    Instance withRam(Map<String, String> r) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, r, disk, tags, ecsCluster);
    }

    Instance withDisk(Map<String, String> d) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, d, tags, ecsCluster);
    }

    Instance withType(String type) {
        return new Instance(instanceId, imageId, type, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, disk, tags, ecsCluster);
    }

    public InstanceType type() {
        return InstanceType.named(instanceType).orElseThrow();
    }
}
