package computequest.save;

import computequest.sim.Cloud;
import computequest.sim.ec2.Ec2Access;
import computequest.sim.ec2.InstanceState;
import java.util.List;
import java.util.Map;

/**
 * EC2's part of a save: cloud.services.ec2, the instances and the images (AMIs) in their order, and the key pairs and
 * security groups ("access").
 */
record Ec2Save(Map<String, Instance> instances, Map<String, Image> images, Access access) {

    static Ec2Save save(Cloud x) {
        return new Ec2Save(Saves.map(x.instances(), Instance::save), Saves.map(x.images(), Image::save),
                Access.save(x.access()));
    }

    /** The saved form of {@link computequest.sim.ec2.Instance}. */
    record Instance(String instanceId, String imageId, String instanceType, String availabilityZone, String subnetId,
                    String privateIp, String publicIp, String state, long stateSince, long launchTime,
                    boolean hibernationConfigured, boolean rootEncrypted, int rootVolumeGib, boolean hibernated,
                    long runStartedAt, Map<String, String> ram, Map<String, String> disk, Map<String, String> tags,
                    String ecsCluster, String keyName, String reservationId, List<String> securityGroups,
                    String launchKey, Map<String, String> extraVolumes) {

        static Instance save(computequest.sim.ec2.Instance x) {
            return x == null ? null : new Instance(x.instanceId(), x.imageId(), x.instanceType(),
                    x.availabilityZone(), x.subnetId(), x.privateIp(), x.publicIp(), Saves.name(x.state()),
                    x.stateSince(), x.launchTime(), x.hibernationConfigured(), x.rootEncrypted(), x.rootVolumeGib(),
                    x.hibernated(), x.runStartedAt(), x.ram(), x.disk(), x.tags(), x.ecsCluster(), x.keyName(),
                    x.reservationId(), x.securityGroups(), x.launchKey(), x.extraVolumes());
        }

        static computequest.sim.ec2.Instance load(Instance s) {
            return s == null ? null : new computequest.sim.ec2.Instance(s.instanceId, s.imageId, s.instanceType,
                    s.availabilityZone, s.subnetId, s.privateIp, s.publicIp,
                    Saves.constant(InstanceState.class, s.state), s.stateSince, s.launchTime, s.hibernationConfigured,
                    s.rootEncrypted, s.rootVolumeGib, s.hibernated, s.runStartedAt, s.ram, s.disk, s.tags,
                    s.ecsCluster, s.keyName, s.reservationId, s.securityGroups, s.launchKey,
                    s.extraVolumes);
        }
    }

    /** The saved form of {@link computequest.sim.ec2.Image}. */
    record Image(String imageId, String name, String platform, String description, String ownerAlias,
                 String sourceInstanceId, long createdAt, Map<String, String> diskFiles, Map<String, String> tags,
                 boolean deregistered) {

        static Image save(computequest.sim.ec2.Image x) {
            return x == null ? null : new Image(x.imageId(), x.name(), x.platform(), x.description(), x.ownerAlias(),
                    x.sourceInstanceId(), x.createdAt(), x.diskFiles(), x.tags(), x.deregistered());
        }

        static computequest.sim.ec2.Image load(Image s) {
            return s == null ? null : new computequest.sim.ec2.Image(s.imageId, s.name, s.platform, s.description,
                    s.ownerAlias, s.sourceInstanceId, s.createdAt, s.diskFiles, s.tags, s.deregistered);
        }
    }

    /** The saved form of {@link computequest.sim.ec2.Ec2Access}. */
    record Access(Map<String, KeyPair> keyPairs, Map<String, SecurityGroup> securityGroups, int created) {

        static Access save(Ec2Access x) {
            return x == null ? null : new Access(Saves.map(x.keyPairs(), KeyPair::save),
                    Saves.map(x.securityGroups(), SecurityGroup::save), x.created());
        }

        static Ec2Access load(Access s) {
            return s == null ? null : new Ec2Access(Saves.map(s.keyPairs, KeyPair::load),
                    Saves.map(s.securityGroups, SecurityGroup::load), s.created);
        }
    }

    /** The saved form of {@link computequest.sim.ec2.Ec2Access.KeyPair}. */
    record KeyPair(String name, String id, String fingerprint, String material, long createdAt) {

        static KeyPair save(Ec2Access.KeyPair x) {
            return x == null ? null : new KeyPair(x.name(), x.id(), x.fingerprint(), x.material(), x.createdAt());
        }

        static Ec2Access.KeyPair load(KeyPair s) {
            return s == null ? null : new Ec2Access.KeyPair(s.name, s.id, s.fingerprint, s.material, s.createdAt);
        }
    }

    /** The saved form of {@link computequest.sim.ec2.Ec2Access.SecurityGroup}. */
    record SecurityGroup(String id, String name, String description, List<Rule> ingress) {

        static SecurityGroup save(Ec2Access.SecurityGroup x) {
            return x == null ? null : new SecurityGroup(x.id(), x.name(), x.description(),
                    Saves.list(x.ingress(), Rule::save));
        }

        static Ec2Access.SecurityGroup load(SecurityGroup s) {
            return s == null ? null : new Ec2Access.SecurityGroup(s.id, s.name, s.description,
                    Saves.list(s.ingress, Rule::load));
        }
    }

    /** The saved form of {@link computequest.sim.ec2.Ec2Access.Rule}. */
    record Rule(String protocol, int fromPort, int toPort, String cidr, String sourceGroup) {

        static Rule save(Ec2Access.Rule x) {
            return x == null ? null : new Rule(x.protocol(), x.fromPort(), x.toPort(), x.cidr(), x.sourceGroup());
        }

        static Ec2Access.Rule load(Rule s) {
            return s == null ? null : new Ec2Access.Rule(s.protocol, s.fromPort, s.toPort, s.cidr, s.sourceGroup);
        }
    }
}
