package computequest.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.GameState;
import computequest.sim.Cloud;
import computequest.sim.CloudSim;
import computequest.sim.Outcome;
import computequest.sim.Resource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A cloud with EC2, ECR, ECS on Fargate, EKS, Lambda and API Gateway survives a save exactly, so the generic record
 * serialization covers every service the sim has, including ones added later (this test then needs no change as
 * long as the journey below creates them).
 */
class EveryServiceRoundTripTest {

    static final String REG = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    static Cloud run(Cloud c, String line) {
        Outcome o = CloudSim.execute(c, line);
        assertTrue(o.ok(), line + " failed: " + o.output());
        return o.cloud();
    }

    static Cloud journey() {
        Cloud c = Cloud.fresh(5);
        for (String line : List.of(
                "aws ec2 create-key-pair --key-name bakery",
                "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --instance-type t3.micro --key-name bakery",
                "aws ecr create-repository --repository-name hello-repository",
                "docker build -t hello-world .",
                "docker tag hello-world " + REG + "/hello-repository",
                "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin " + REG,
                "docker push " + REG + "/hello-repository",
                "aws ecs create-cluster --cluster-name fargate-cluster",
                "aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust-ecs-tasks.json",
                "aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn"
                        + " arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
                "aws ecs register-task-definition --family sample-fargate --network-mode awsvpc --requires-compatibilities"
                        + " FARGATE --execution-role-arn arn:aws:iam::123456789012:role/ecsTaskExecutionRole --cpu 256 --memory 512 --container-definitions '[{\"name\":\"hello\",\"image\":\""
                        + REG + "/hello-repository:latest\",\"essential\":true}]'",
                "aws ecs create-service --cluster fargate-cluster --service-name fargate-service --task-definition"
                        + " sample-fargate:1 --desired-count 2 --launch-type FARGATE --network-configuration"
                        + " \"awsvpcConfiguration={subnets=[subnet-0defa000000000001],assignPublicIp=ENABLED}\"",
                "aws iam create-role --role-name eksNodeRole --assume-role-policy-document file://trust-ec2.json",
                "aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                "aws iam attach-role-policy --role-name eksNodeRole --policy-arn arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
                "aws iam create-role --role-name eksClusterRole --assume-role-policy-document file://trust-eks.json",
                "aws iam attach-role-policy --role-name eksClusterRole --policy-arn arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
                "aws eks create-cluster --name my-cluster --role-arn arn:aws:iam::123456789012:role/eksClusterRole"
                        + " --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001")) {
            c = run(c, line);
        }
        c = CloudSim.advance(c, 600).cloud();
        for (String line : List.of(
                "aws eks update-kubeconfig --name my-cluster",
                "aws eks create-nodegroup --cluster-name my-cluster --nodegroup-name ng --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole --scaling-config"
                        + " minSize=1,maxSize=3,desiredSize=2 --subnets subnet-0defa000000000001"
                        + " --instance-types t3.medium --node-role arn:aws:iam::123456789012:role/eksNodeRole",
                "kubectl create deployment hello --image=" + REG + "/hello-repository:latest --replicas=2",
                "aws iam create-role --role-name lambda-ex --assume-role-policy-document file://trust-lambda.json",
                "aws lambda create-function --function-name my-function --runtime python3.12 --zip-file fileb://hello.zip"
                        + " --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-ex",
                "aws lambda wait function-active-v2 --function-name my-function",
                "aws lambda invoke --function-name my-function response.json",
                "aws apigatewayv2 create-api --name my-api --protocol-type HTTP --target"
                        + " arn:aws:lambda:us-east-1:123456789012:function:my-function")) {
            c = run(c, line);
        }
        // saved mid-update: LastUpdateStatus InProgress, with the configuration calls still run
        return run(CloudSim.advance(c, 60).cloud(),
                "aws lambda update-function-configuration --function-name my-function --memory-size 256");
    }

    @Test
    void aCloudUsingEveryServiceRoundTripsExactly() throws Exception {
        Cloud c = journey();
        Set<String> kinds = CloudSim.resources(c).stream().map(Resource::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(List.of("instance", "ecr-image", "task", "service", "node", "pod", "function",
                "trigger")), kinds.toString());
        GameState s = new GameState("a", c, 1, Map.of(), List.of("a"), List.of(), 0, false, 5, 9);
        SaveFile back = SaveCodec.decode(SaveCodec.encode(Fixtures.save(s, "t", 1, List.of())), Path.of("x.json"));
        assertEquals(s, back.state());
        assertEquals(CloudSim.resources(c), CloudSim.resources(back.state().cloud()));
        assertEquals(CloudSim.advance(c, 3600).cloud(), CloudSim.advance(back.state().cloud(), 3600).cloud(),
                "the loaded cloud runs on exactly like the original");
    }
}
