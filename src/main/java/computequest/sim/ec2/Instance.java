package computequest.sim.ec2;


import computequest.sim.Catalog;
import computequest.sim.Copy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One EC2 instance. Files under {@code /dev/shm} live in RAM, everything else on the EBS root volume,
 * which is how the game shows what a stop, a hibernate and a reboot keep.
 *
 * @param stateSince       simulated second at which the current state began
 * @param hibernated       true while stopped (or stopping) by a hibernate, so RAM comes back on start
 * @param runStartedAt     simulated second the current billed running period began, or -1
 * @param ecsCluster       the ECS cluster its user data names (ECS_CLUSTER=...), or ""
 * @param keyName          the key pair named at launch, or ""
 * @param launchKey        the public key put on the instance at launch ({@link SshLogin#publicKey}), or "": it stays
 *                         when the key pair is deleted or made again under the same name, as in EC2 (an instance
 *                         from a save older than this field has "" and accepts the key pair's current key)
 * @param extraVolumes     EBS volumes beyond the root, from block-device mappings under other device names: device
 *                         name to size in GiB (as text), in launch order; deleted with the instance
 * @param reservationId    the reservation of the run-instances call that launched it (one per call)
 * @param securityGroups   the security group ids given at launch, or the default VPC's default group
 */
public record Instance(String instanceId, String imageId, String instanceType, String availabilityZone,
                       String subnetId, String privateIp, String publicIp, InstanceState state, long stateSince,
                       long launchTime, boolean hibernationConfigured, boolean rootEncrypted, int rootVolumeGib,
                       boolean hibernated, long runStartedAt, Map<String, String> ram, Map<String, String> disk,
                       Map<String, String> tags, String ecsCluster, String keyName, String reservationId,
                       List<String> securityGroups, String launchKey,
                       Map<String, String> extraVolumes) {

    public Instance {
        ram = Copy.of(ram);
        disk = Copy.of(disk);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        ecsCluster = ecsCluster == null ? "" : ecsCluster;
        keyName = keyName == null ? "" : keyName;
        launchKey = launchKey == null ? "" : launchKey;
        extraVolumes = Collections.unmodifiableMap(new LinkedHashMap<>(extraVolumes == null ? Map.of() : extraVolumes));
        reservationId = reservationId == null ? "r-0" + instanceId.substring(Math.min(3, instanceId.length())) : reservationId;
        subnetId = Catalog.currentId(subnetId);
        securityGroups = securityGroups == null || securityGroups.isEmpty() ? List.of(Catalog.DEFAULT_SECURITY_GROUP)
                : Catalog.currentIds(securityGroups);
    }

    public Instance withState(InstanceState next, long at) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                next, at, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, disk, tags, ecsCluster, keyName, reservationId, securityGroups, launchKey, extraVolumes);
    }

    public Instance withPublicIp(String ip) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, ip,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, disk, tags, ecsCluster, keyName, reservationId, securityGroups, launchKey, extraVolumes);
    }

    Instance withHibernated(boolean h) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, h,
                runStartedAt, ram, disk, tags, ecsCluster, keyName, reservationId, securityGroups, launchKey, extraVolumes);
    }

    public Instance withRunStartedAt(long at) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                at, ram, disk, tags, ecsCluster, keyName, reservationId, securityGroups, launchKey, extraVolumes);
    }

    public Instance withRam(Map<String, String> r) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, r, disk, tags, ecsCluster, keyName, reservationId, securityGroups, launchKey, extraVolumes);
    }

    public Instance withDisk(Map<String, String> d) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, d, tags, ecsCluster, keyName, reservationId, securityGroups, launchKey, extraVolumes);
    }

    Instance withType(String type) {
        return new Instance(instanceId, imageId, type, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, disk, tags, ecsCluster, keyName, reservationId, securityGroups, launchKey, extraVolumes);
    }

    Instance withTags(Map<String, String> t) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, disk, t, ecsCluster, keyName, reservationId, securityGroups, launchKey, extraVolumes);
    }

    Instance withReservation(String id) {
        return new Instance(instanceId, imageId, instanceType, availabilityZone, subnetId, privateIp, publicIp,
                state, stateSince, launchTime, hibernationConfigured, rootEncrypted, rootVolumeGib, hibernated,
                runStartedAt, ram, disk, tags, ecsCluster, keyName, id, securityGroups, launchKey, extraVolumes);
    }

    public InstanceType type() {
        return InstanceType.named(instanceType).orElseThrow();
    }
}
