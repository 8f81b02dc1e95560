package computequest.sim.ec2;

import computequest.sim.Catalog;
import computequest.sim.Cloud;
import computequest.sim.Copy;
import computequest.sim.Ledger;
import computequest.sim.Money;
import computequest.sim.Operation;
import computequest.sim.Resource;
import computequest.sim.Service;
import computequest.sim.Tool;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * EC2: instances and their lifecycle, AMIs, the default VPC. The clock finishes instance transitions (pending to
 * running, stopping to stopped...) and bills running time, root volumes and public addresses per second.
 */
public final class Ec2Service implements Service {

    @Override
    public String name() {
        return "ec2";
    }

    @Override
    public List<Operation> operations() {
        List<Operation> all = new java.util.ArrayList<>(Ec2Ops.operations());
        all.addAll(Ec2AccessOps.operations());
        all.addAll(Ec2Snapshots.operations());
        all.addAll(Ec2Regions.operations());
        return all;
    }

    @Override
    public long nextDue(Cloud cloud) {
        long next = Long.MAX_VALUE;
        for (Instance i : cloud.instances().values()) {
            next = Math.min(next, dueAt(i));
        }
        for (Image img : cloud.images().values()) {
            next = Math.min(next, Ec2Snapshots.dueAt(img, cloud.clock()));
        }
        return next;
    }

    @Override
    public Cloud finishDue(Cloud cloud, long now, List<String> changes) {
        for (Instance i : List.copyOf(cloud.instances().values())) {
            if (dueAt(i) == now) {
                cloud = finish(cloud, i, now, changes);
            }
        }
        for (Image img : cloud.images().values()) {
            if (img.own() && !img.deregistered() && img.availableAt() == now) {
                changes.add(Ec2Snapshots.available(img));
            }
        }
        return cloud;
    }

    /** When the instance's current state ends by itself, or never. */
    private static long dueAt(Instance i) {
        return switch (i.state()) {
            case PENDING -> i.stateSince() + Catalog.PENDING_SECONDS;
            case STOPPING -> i.stateSince() + (i.hibernated() ? Catalog.HIBERNATE_STOPPING_SECONDS : Catalog.STOPPING_SECONDS);
            case SHUTTING_DOWN -> i.stateSince() + Catalog.SHUTTING_DOWN_SECONDS;
            case TERMINATED -> i.stateSince() + Catalog.TERMINATED_VISIBLE_SECONDS;
            case RUNNING, STOPPED -> Long.MAX_VALUE;
        };
    }

    private static Cloud finish(Cloud cloud, Instance i, long now, List<String> changes) {
        String id = i.instanceId();
        switch (i.state()) {
            case PENDING -> {
                changes.add(id + ": pending -> running. It has booted; per-second billing starts now, at "
                        + Money.usd(i.type().usdPerHour()) + " an hour for " + i.instanceType() + ".");
                return cloud.withInstance(i.withState(InstanceState.RUNNING, now).withRunStartedAt(now));
            }
            case STOPPING -> {
                Instance stopped = i.withState(InstanceState.STOPPED, now).withPublicIp(null);
                if (i.hibernated()) {
                    cloud = Ec2Ops.closeRunPeriod(cloud, i, now);
                    stopped = stopped.withRunStartedAt(-1);
                    changes.add(id + ": stopping -> stopped (hibernated). Its RAM is saved on the EBS root volume"
                            + " and comes back on start. Only the volume is billed now.");
                } else {
                    changes.add(id + ": stopping -> stopped. RAM is gone; the EBS root volume kept its files."
                            + " Only the volume is billed now.");
                }
                return cloud.withInstance(stopped);
            }
            case SHUTTING_DOWN -> {
                changes.add(id + ": shutting-down -> terminated. Its root volume is deleted; it stays listed"
                        + " for about an hour and can never be started again.");
                return cloud.withInstance(i.withState(InstanceState.TERMINATED, now).withPublicIp(null)
                        .withRam(java.util.Map.of()).withDisk(java.util.Map.of()));
            }
            case TERMINATED -> {
                return cloud.withoutInstance(id);
            }
            default -> throw new IllegalStateException("no timed transition from " + i.state());
        }
    }

    /** Bills {@code seconds} of every instance: compute while running, its root volume and its public address. */
    @Override
    public Cloud accrue(Cloud cloud, long seconds) {
        Ledger ledger = cloud.ledger();
        for (Instance i : cloud.instances().values()) {
            boolean computeBilled = i.state() == InstanceState.RUNNING
                    || (i.state() == InstanceState.STOPPING && i.hibernated());
            if (computeBilled) {
                ledger = ledger.charge(i.instanceId(), i.instanceType() + " instance" + (windows(cloud, i)
                        ? " (Windows: the Linux rate is shown; the real rate is higher, licence included)" : ""),
                        i.type().usdPerHour() * seconds / 3600.0);
            }
            if (i.state() != InstanceState.TERMINATED) {
                ledger = ledger.charge(i.instanceId(), "EBS gp3 " + i.rootVolumeGib() + " GiB root volume",
                        i.rootVolumeGib() * Catalog.EBS_GP3_USD_PER_GB_MONTH / Catalog.HOURS_PER_MONTH * seconds / 3600.0);
                for (Map.Entry<String, String> v : i.extraVolumes().entrySet()) {
                    int gib = Integer.parseInt(v.getValue());
                    ledger = ledger.charge(i.instanceId(), "EBS gp3 " + gib + " GiB volume " + v.getKey(),
                            gib * Catalog.EBS_GP3_USD_PER_GB_MONTH / Catalog.HOURS_PER_MONTH * seconds / 3600.0);
                }
            }
            if (i.publicIp() != null) {
                ledger = ledger.charge(i.instanceId(), "public IPv4 address",
                        Catalog.PUBLIC_IPV4_USD_PER_HOUR * seconds / 3600.0);
            }
        }
        return cloud.withLedger(Ec2Snapshots.accrue(cloud, ledger, seconds));
    }

    /** Launched from a Windows AMI: AWS bills it above the Linux rate, with the licence included. */
    static boolean windows(Cloud cloud, Instance i) {
        Image img = cloud.images().get(i.imageId());
        return img != null && img.platform().equals("Windows");
    }

    @Override
    public void resources(Cloud cloud, List<Resource> out) {
        for (Instance i : cloud.instances().values()) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("id", i.instanceId());
            a.put("state", i.state().apiName());
            a.put("code", Integer.toString(i.state().code()));
            a.put("type", i.instanceType());
            a.put("family", i.type().family());
            a.put("az", i.availabilityZone());
            a.put("subnet", i.subnetId());
            a.put("image", i.imageId());
            a.put("public-ip", i.publicIp() == null ? "" : i.publicIp());
            a.put("private-ip", i.privateIp());
            a.put("hibernation", Boolean.toString(i.hibernationConfigured()));
            a.put("hibernated", Boolean.toString(i.hibernated()));
            a.put("encrypted", Boolean.toString(i.rootEncrypted()));
            a.put("ram-files", String.join(",", new TreeSet<>(i.ram().keySet())));
            a.put("disk-files", String.join(",", new TreeSet<>(i.disk().keySet())));
            a.put("name", i.tags().getOrDefault("Name", ""));
            a.put("cluster", i.ecsCluster());
            a.put("key-name", i.keyName());
            a.put("security-groups", String.join(",", i.securityGroups()));
            out.add(new Resource("instance", i.instanceId(), a));
        }
        for (Image img : cloud.images().values()) {
            if (!img.deregistered()) {
                out.add(new Resource("image", img.imageId(), Copy.ordered("id", img.imageId(), "name", img.name(),
                        "owner", img.ownerAlias(), "platform", img.platform(),
                        "source-instance", img.sourceInstanceId() == null ? "" : img.sourceInstanceId(),
                        "state", img.state(cloud.clock()))));
            }
        }
        for (Image img : cloud.images().values()) {
            if (img.own()) {
                out.add(new Resource("snapshot", img.snapshotId(), Copy.ordered("id", img.snapshotId(),
                        "image", img.imageId(), "ami-registered", Boolean.toString(!img.deregistered()),
                        "size-gib", Integer.toString(Catalog.DEFAULT_ROOT_GIB))));
            }
        }
        Ec2Access.addResources(cloud.access(), out);
    }

    @Override
    public Map<String, List<String>> schema() {
        return Resource.schema(
                "instance", "id,state,code,type,family,az,subnet,image,public-ip,private-ip,hibernation,hibernated,"
                        + "encrypted,ram-files,disk-files,name,cluster,key-name,security-groups",
                "image", "id,name,owner,platform,source-instance,state",
                "snapshot", "id,image,ami-registered,size-gib",
                "key-pair", "id,name",
                "security-group", "id,name,ssh-from,http-from,other-rules,ssh-open");
    }

    /** Instance states and their codes, instance types and families, and the true-or-false attributes. */
    @Override
    public Map<String, Map<String, Set<String>>> values() {
        Set<String> states = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (InstanceState s : InstanceState.values()) {
            states.add(s.apiName());
            codes.add(Integer.toString(s.code()));
        }
        Set<String> families = new LinkedHashSet<>();
        for (InstanceType t : InstanceType.all()) {
            families.add(t.family());
        }
        Map<String, Set<String>> instance = new LinkedHashMap<>();
        instance.put("state", states);
        instance.put("code", codes);
        instance.put("type", typeNames());
        instance.put("family", families);
        for (String flag : new String[] {"hibernation", "hibernated", "encrypted"}) {
            instance.put(flag, Resource.BOOLEAN);
        }
        Map<String, Map<String, Set<String>>> m = new LinkedHashMap<>();
        m.put("instance", instance);
        m.put("image", Map.of("state", new LinkedHashSet<>(List.of("pending", "available"))));
        m.put("snapshot", Map.of("ami-registered", Resource.BOOLEAN));
        m.put("security-group", Map.of("ssh-open", Resource.BOOLEAN));
        return m;
    }

    /** The instance types the game has, in the catalog's order (node groups take them too). */
    public static Set<String> typeNames() {
        Set<String> types = new LinkedHashSet<>();
        for (InstanceType t : InstanceType.all()) {
            types.add(t.name());
        }
        return types;
    }

    /** ssh: a shell command on a running instance; the controllers do not react to what happens inside it. */
    @Override
    public List<Tool> tools() {
        return List.of(new Tool("ssh", (cloud, words, stdin) -> {
            Shell.Ran ran = Shell.run(cloud, words);
            return new Tool.Ran(ran.cloud(), ran.output(), ran.changes(), false);
        }, List.of("ssh"), Map.of("ssh -i KEY.pem USER@PUBLIC-IP 'COMMAND'", "a shell command on a running instance"
                + " (/dev/shm is RAM, other paths the disk); needs its key pair's key, the AMI's user and a"
                + " security-group rule for TCP 22")));
    }
}
