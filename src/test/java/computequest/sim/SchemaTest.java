package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.google.gson.Gson;
import computequest.sim.ec2.Ec2Ops;
import computequest.sim.ec2.Image;
import computequest.sim.ec2.InstanceType;
import computequest.sim.eks.EksOps;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The resource view matches the shared schema exactly, for every kind, and the whole cloud survives JSON. */
class SchemaTest {

    /** A cloud with at least one resource of every kind in the schema. */
    static Cloud everything() {
        Cloud c = EcsTest.withInstances(Sim.pushedWeb(), "t3.small", 1);
        c = Sim.ok(ElbTest.withBalancer(c), LightsailTest.CREATE, "aws lightsail allocate-static-ip --static-ip-name ip",
                "aws ec2 create-key-pair --key-name bakery", "aws ecs register-task-definition --cli-input-json file://taskdef.json",
                "aws ecs create-service --cluster demo --service-name web --task-definition web --desired-count 1"
                        + " --load-balancers targetGroupArn=" + ElbTest.TG_ARN,
                "aws ec2 create-image --instance-id " + c.instances().keySet().iterator().next() + " --name mine",
                "aws eks create-cluster --name k8s --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001");
        c = Sim.wait(c, EksOps.CLUSTER_CREATE_SECONDS);
        c = Sim.ok(Sim.withFargateProfile(c, "k8s", "kube-system"), "aws eks update-kubeconfig --name k8s", "aws eks create-nodegroup --cluster-name k8s --nodegroup-name ng --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole"
                        + " --scaling-config minSize=1,maxSize=2,desiredSize=1 --instance-types t3.small",
                "kubectl create deployment web --image=nginx --replicas=2",
                LambdaTest.create("hello", "hello.zip", ""),
                "aws apigatewayv2 create-api --name a --protocol-type HTTP --target " + CommandFuzzTest.FN,
                "aws s3 mb s3://bucket-1", "aws dynamodb create-table --table-name Orders --attribute-definitions"
                        + " AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST");
        return Sim.wait(c, 60);
    }

    @Test
    void everyKindAppearsWithExactlyTheSchemaAttributes() {
        Cloud c = everything();
        Map<String, Set<String>> schema = CloudSim.schema();
        Set<String> seen = new TreeSet<>();
        for (Resource r : CloudSim.resources(c)) {
            assertTrue(schema.containsKey(r.kind()), "kind not in schema: " + r.kind());
            assertEquals(schema.get(r.kind()), r.attrs().keySet(), "attributes of " + r.kind());
            assertEquals(r.id(), r.attrs().getOrDefault("id", r.id()), "id attribute of " + r.kind());
            seen.add(r.kind());
        }
        assertEquals(new TreeSet<>(schema.keySet()), seen, "every kind is exercised");
        assertEquals(Set.of("instance", "image", "snapshot", "lightsail-instance", "static-ip", "ecr-repository", "ecr-image", "local-image",
                "ecs-cluster", "container-instance", "task-definition", "task", "service", "load-balancer", "eks-cluster",
                "nodegroup", "node", "fargate-profile", "deployment", "pod", "function", "trigger", "s3-bucket",
                "dynamodb-table", "bill", "clock", "key-pair", "security-group", "role", "instance-profile", "alb", "target-group"),
                schema.keySet(), "the kinds of the shared schema in the brief");
    }

    @Test
    void theCloudRoundTripsThroughGson() {
        Cloud c = everything();
        Gson gson = new Gson();
        Cloud back = gson.fromJson(gson.toJson(c), Cloud.class);
        assertEquals(c, back);
        assertEquals(CloudSim.resources(c).stream().map(Resource::toString).collect(Collectors.toList()),
                CloudSim.resources(back).stream().map(Resource::toString).collect(Collectors.toList()));
    }

    @Test
    void hibernationNeedsLessThan150GibOfRam() {
        Ec2Ops.RootVolume big = new Ec2Ops.RootVolume(true, 1000);
        Image al = Catalog.publicImages().get(Ec2LifecycleTest.AL2023);
        Ec2Ops.requireHibernationPossible(new InstanceType("x.big", 32, 149, 1, true), big, al);
        CliException e = assertThrows(CliException.class, () ->
                Ec2Ops.requireHibernationPossible(new InstanceType("x.huge", 64, 160, 2, true), big, al));
        assertTrue(e.getMessage().contains("150 GiB"), e.getMessage());
    }
}
