package computequest.sim;

import computequest.sim.ecr.EcrOps;
import computequest.sim.ecr.EcrState;
import computequest.sim.ecs.EcsOps;
import computequest.sim.ecs.EcsScheduler;
import computequest.sim.ecs.EcsServiceOps;
import computequest.sim.ecs.EcsState;
import computequest.sim.eks.EksOps;
import computequest.sim.eks.EksState;
import computequest.sim.lambda.ServerlessState;
import computequest.sim.lightsail.LightsailOps;
import computequest.sim.lightsail.LightsailState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The generic resource view of every service but EC2, with the attribute names of {@link CloudSim#schema()}. */
final class Views {

    private Views() {
    }

    private static Map<String, String> attrs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        }
        return m;
    }

    static void addAll(Cloud cloud, List<Resource> out) {
        for (LightsailState.Box b : cloud.lightsail().instances().values()) {
            out.add(new Resource("lightsail-instance", b.name(), LightsailOps.attrs(b)));
        }
        for (EcrState.Repository r : cloud.ecr().repositories().values()) {
            out.add(new Resource("ecr-repository", r.name(), attrs("id", r.name(), "uri", r.uri())));
            for (var t : r.tags().entrySet()) {
                String id = r.name() + ":" + t.getKey();
                out.add(new Resource("ecr-image", id, attrs("id", id, "repository", r.name(), "tag", t.getKey(),
                        "digest", t.getValue(), "uri", r.uri() + ":" + t.getKey())));
            }
        }
        for (EcrState.LocalImage l : cloud.ecr().local().values()) {
            EcrOps.Ref ref = EcrOps.Ref.parse(l.ref());
            out.add(new Resource("local-image", l.ref(), attrs("id", l.ref(), "tag", ref.tag())));
        }
        EcsState ecs = cloud.ecs();
        for (EcsState.Cluster c : ecs.clusters().values()) {
            out.add(new Resource("ecs-cluster", c.name(), attrs("id", c.name(), "status", c.status(),
                    "container-instances", Integer.toString(EcsOps.containerInstances(cloud, c.name()).size()),
                    "running-tasks", Integer.toString(EcsOps.tasks(cloud, c.name(), "RUNNING").size()),
                    "services", Long.toString(ecs.services().values().stream().filter(s -> s.cluster().equals(c.name())).count()))));
        }
        for (EcsState.ContainerInstance ci : ecs.containerInstances().values()) {
            out.add(new Resource("container-instance", ci.id(), attrs("id", ci.id(), "cluster", ci.cluster(),
                    "ec2-instance", ci.ec2InstanceId(), "az", ci.zone(), "agent-connected", Boolean.toString(ci.agentConnected()),
                    "cpu-free", Integer.toString(ci.cpu() - EcsOps.cpuUsed(cloud, ci.id())),
                    "memory-free", Integer.toString(ci.memory() - EcsOps.memoryUsed(cloud, ci.id())))));
        }
        for (EcsState.TaskDefinition td : ecs.taskDefinitions().values()) {
            out.add(new Resource("task-definition", td.key(), attrs("id", td.key(), "family", td.family(),
                    "revision", Integer.toString(td.revision()), "compatibilities", String.join(",", td.compatibilities()),
                    "network-mode", td.networkMode(), "cpu", Integer.toString(td.cpuNeeded()),
                    "memory", Integer.toString(td.memoryNeeded()), "image", td.firstImage())));
        }
        for (EcsState.Task t : ecs.tasks().values()) {
            out.add(new Resource("task", t.id(), attrs("id", t.id(), "cluster", t.cluster(), "task-definition",
                    t.taskDefinition(), "launch-type", t.launchType(), "status", t.status(), "az", t.zone(),
                    "service", t.service(), "container-instance", t.containerInstance())));
        }
        for (EcsState.Service s : ecs.services().values()) {
            out.add(new Resource("service", s.name(), attrs("id", s.name(), "cluster", s.cluster(),
                    "desired", Integer.toString(s.desired()), "running", Long.toString(EcsServiceOps.serviceTasks(cloud, s, "RUNNING")),
                    "launch-type", s.launchType(), "load-balanced", Boolean.toString(!s.targetGroup().isEmpty()),
                    "task-definition", s.taskDefinition())));
        }
        for (var lb : EcsScheduler.loadBalancerTargets(cloud).entrySet()) {
            out.add(new Resource("load-balancer", lb.getKey(), attrs("id", lb.getKey(), "targets", Integer.toString(lb.getValue()))));
        }
        EksState eks = cloud.eks();
        for (EksState.Cluster c : eks.clusters().values()) {
            out.add(new Resource("eks-cluster", c.name(), attrs("id", c.name(), "status", c.status())));
        }
        for (EksState.Nodegroup n : eks.nodegroups().values()) {
            out.add(new Resource("nodegroup", n.name(), attrs("id", n.name(), "cluster", n.cluster(),
                    "instance-type", n.instanceType(), "desired", Integer.toString(n.desired()), "status", n.status())));
        }
        for (EksOps.Node n : EksOps.nodes(cloud)) {
            out.add(new Resource("node", n.name(), attrs("id", n.name(), "cluster", n.cluster(),
                    "ec2-instance", n.instanceId(), "az", n.zone())));
        }
        for (EksState.FargateProfile p : eks.fargateProfiles().values()) {
            out.add(new Resource("fargate-profile", p.name(), attrs("id", p.name(), "cluster", p.cluster(),
                    "namespace", p.namespace())));
        }
        for (EksState.Deployment d : eks.deployments().values()) {
            out.add(new Resource("deployment", d.name(), attrs("id", d.name(), "cluster", d.cluster(), "image", d.image(),
                    "replicas", Integer.toString(d.replicas()), "ready", Long.toString(EksOps.ready(cloud, d)))));
        }
        for (EksState.Pod p : eks.pods().values()) {
            out.add(new Resource("pod", p.name(), attrs("id", p.name(), "cluster", p.cluster(), "deployment", p.deployment(),
                    "status", p.status(), "node", p.node(), "az", p.zone(), "fargate", Boolean.toString(p.fargate()))));
        }
        ServerlessState sl = cloud.serverless();
        for (ServerlessState.Function f : sl.functions().values()) {
            out.add(new Resource("function", f.name(), attrs("id", f.name(), "runtime", f.runtime(),
                    "memory", Integer.toString(f.memory()), "timeout", Integer.toString(f.timeout()),
                    "architecture", f.architecture(), "invocations", Long.toString(f.invocations()),
                    "cold-starts", Long.toString(f.coldStarts()), "last-status", f.lastStatus(),
                    "last-duration-ms", Long.toString(f.lastDurationMs()), "last-billed-ms", Long.toString(f.lastBilledMs()))));
        }
        for (ServerlessState.Trigger t : sl.triggers().values()) {
            out.add(new Resource("trigger", t.id(), attrs("id", t.id(), "function", t.function(), "type", t.type())));
        }
        for (ServerlessState.Bucket b : sl.buckets().values()) {
            out.add(new Resource("s3-bucket", b.name(), attrs("id", b.name(), "objects", Integer.toString(b.objects().size()))));
        }
        for (ServerlessState.Table t : sl.tables().values()) {
            out.add(new Resource("dynamodb-table", t.name(), attrs("id", t.name(), "status", t.status(),
                    "billing-mode", t.billingMode())));
        }
    }
}
