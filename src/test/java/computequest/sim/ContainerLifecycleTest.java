package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.ecs.EcsScheduler;
import computequest.sim.eks.EksOps;
import org.junit.jupiter.api.Test;

/** Legal and illegal transitions of ECS tasks and services, EKS clusters and node groups. */
class ContainerLifecycleTest {

    @Test
    void ecsTaskPendingRunningStopped() {
        Cloud c = EcsTest.withInstances(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json"
                + " file://taskdef.json"), "t3.small", 1);
        c = Sim.ok(c, "aws ecs run-task --cluster demo --task-definition web:1");
        Resource t = Sim.of(c, "task").get(0);
        assertEquals("PENDING", t.attr("status"));
        c = Sim.wait(c, EcsScheduler.EC2_TASK_START_SECONDS - 1);
        assertEquals("PENDING", Sim.of(c, "task").get(0).attr("status"));
        c = Sim.wait(c, 1);
        assertEquals("RUNNING", Sim.of(c, "task").get(0).attr("status"));
        c = Sim.ok(c, "aws ecs stop-task --cluster demo --task " + t.id());
        assertEquals("RUNNING", Sim.of(c, "task").get(0).attr("status"), "stop-task answers while it still runs");
        c = Sim.wait(c, EcsScheduler.TASK_STOP_SECONDS);
        assertEquals("STOPPED", Sim.of(c, "task").get(0).attr("status"));
        Outcome again = Sim.run(c, "aws ecs stop-task --cluster demo --task " + t.id());
        assertTrue(again.changes().get(0).contains("already stopped"));
        c = Sim.wait(c, 3600);
        assertEquals("STOPPED", Sim.of(c, "task").get(0).attr("status"), "a stopped task never starts again");
        assertTrue(Sim.refused(c, "aws ecs stop-task --cluster demo --task 0000nope").contains("not found"));
        assertTrue(Sim.refused(c, "aws ecs run-task --cluster nope --task-definition web").contains("ClusterNotFoundException"));
    }

    @Test
    void ec2LaunchTypeCostsOnlyTheInstance() {
        Cloud c = EcsTest.withInstances(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json"
                + " file://taskdef.json"), "t3.small", 1);
        Cloud without = Sim.wait(c, 3600);
        Cloud with = Sim.wait(Sim.ok(c, "aws ecs run-task --cluster demo --task-definition web --count 2"), 3600);
        assertEquals(without.ledger().total(), with.ledger().total(), 1e-12, "ECS itself is free");
        assertEquals(2, Sim.of(with, "task").stream().filter(t -> t.attr("status").equals("RUNNING")).count());
    }

    @Test
    void clusterDeletionRulesAndServiceRevisions() {
        Cloud c = EcsTest.withInstances(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json"
                + " file://taskdef.json"), "t3.small", 1);
        c = Sim.wait(Sim.ok(c, "aws ecs create-service --cluster demo --service-name web --task-definition web:1"), 20);
        assertTrue(Sim.refused(c, "aws ecs delete-cluster --cluster demo").contains("ClusterContains"));
        c = Sim.ok(c, "aws ecs register-task-definition --cli-input-json file://taskdef.json",
                "aws ecs update-service --cluster demo --service web --task-definition web:2");
        // the new task runs after 10 s and counts as healthy 40 s later; only then does the old one stop
        c = Sim.wait(c, 45);
        assertEquals(2, Sim.of(c, "task").stream().filter(t -> t.attr("status").equals("RUNNING")).count());
        c = Sim.wait(c, 10);
        assertEquals("web:2", Sim.of(c, "service").get(0).attr("task-definition"));
        assertTrue(Sim.of(c, "task").stream().filter(t -> t.attr("status").equals("RUNNING"))
                .allMatch(t -> t.attr("task-definition").equals("web:2")), "old revision replaced");
        assertTrue(Sim.refused(c, "aws ecs create-service --cluster demo --service-name web --task-definition web")
                .contains("already exists"));
    }

    @Test
    void serviceSaysOnceWhyItCannotPlace() {
        Cloud c = EcsTest.withInstances(Sim.ok(Sim.pushedWeb(), "aws ecs register-task-definition --cli-input-json"
                + " file://taskdef.json"), "t3.nano", 1);
        Outcome o = Sim.run(c, "aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 3");
        String said = String.join("\n", o.changes());
        assertTrue(said.contains("was unable to place a task") && said.contains("RESOURCE:MEMORY"), said);
        Outcome later = CloudSim.advance(o.cloud(), 600);
        assertTrue(later.changes().stream().noneMatch(s -> s.contains("unable to place")), "not repeated every second");
        assertEquals("1", Sim.of(later.cloud(), "service").get(0).attr("running"), "t3.nano (471 MiB) fits one 256 MiB task");
    }

    @Test
    void eksClusterAndNodegroupTransitions() {
        Cloud c = Sim.ok(Sim.withRoles(Cloud.fresh(1)), "aws eks create-cluster --name k8s --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001");
        assertTrue(Sim.refused(c, "aws eks create-fargate-profile --fargate-profile-name fp --cluster-name k8s --selectors namespace=default"
                + " --pod-execution-role-arn arn:aws:iam::123456789012:role/eksPodRole").contains("CREATING"));
        c = Sim.wait(c, EksOps.CLUSTER_CREATE_SECONDS);
        c = Sim.ok(c, "aws eks create-nodegroup --cluster-name k8s --nodegroup-name ng --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole --scaling-config"
                + " minSize=1,maxSize=2,desiredSize=1");
        assertTrue(Sim.refused(c, "aws eks create-nodegroup --cluster-name k8s --nodegroup-name ng --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole").contains("already exists"));
        assertTrue(Sim.refused(c, "aws eks update-nodegroup-config --cluster-name k8s --nodegroup-name ng --scaling-config"
                + " desiredSize=3").contains("maxSize"));
        assertTrue(Sim.refused(c, "aws eks delete-cluster --name k8s").contains("nodegroups attached"));
        c = Sim.wait(c, Catalog.PENDING_SECONDS);
        assertEquals("ACTIVE", Sim.of(c, "nodegroup").get(0).attr("status"));
        c = Sim.ok(c, "aws eks update-nodegroup-config --cluster-name k8s --nodegroup-name ng --scaling-config desiredSize=2");
        assertEquals(2, Sim.of(c, "instance").size());
        assertEquals("UPDATING", Sim.of(c, "nodegroup").get(0).attr("status"));
        c = Sim.wait(c, Catalog.PENDING_SECONDS);
        assertEquals("ACTIVE", Sim.of(c, "nodegroup").get(0).attr("status"));
        c = Sim.ok(c, "aws eks delete-nodegroup --cluster-name k8s --nodegroup-name ng", "aws eks delete-cluster --name k8s");
        assertEquals("DELETING", Sim.of(c, "eks-cluster").get(0).attr("status"));
        assertTrue(Sim.refused(c, "aws eks delete-cluster --name k8s").contains("already being deleted"));
        c = Sim.wait(c, EksOps.CLUSTER_DELETE_SECONDS);
        assertTrue(Sim.of(c, "eks-cluster").isEmpty());
        assertTrue(Sim.of(c, "instance").stream().allMatch(i -> i.attr("state").equals("terminated")));
    }
}
