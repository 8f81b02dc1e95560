package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import computequest.sim.ecs.Fargate;
import computequest.sim.eks.EksOps;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Command lines written the way AWS's documentation and tutorials write them run as they are. */
class RealCommandLinesTest {

    static final String REG = Sim.REG;

    @Test
    void theDoneWhenJourneyRunsWithDocumentationStyleCommands() {
        List<String> lines = List.of(
                // EC2
                "aws ec2 create-key-pair --key-name MyKeyPair --query KeyMaterial --output text",
                "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --count 1 --instance-type t3.micro --key-name MyKeyPair"
                        + " --security-group-ids sg-0c0ffee0defa17c01 --subnet-id subnet-0defa000000000001"
                        + " --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]'",
                "aws ec2 describe-instances --filters \"Name=instance-state-name,Values=pending\" --output table",
                // ECR and docker
                "aws ecr create-repository --repository-name hello-repository --image-scanning-configuration scanOnPush=true"
                        + " --region us-east-1",
                "docker build -t hello-world .",
                "docker tag hello-world " + REG + "/hello-repository",
                "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin " + REG,
                "docker push " + REG + "/hello-repository",
                "aws ecr describe-images --repository-name hello-repository",
                // ECS on Fargate
                "aws ecs create-cluster --cluster-name fargate-cluster",
                "aws ecs register-task-definition --family sample-fargate --network-mode awsvpc --requires-compatibilities"
                        + " FARGATE --execution-role-arn arn:aws:iam::123456789012:role/ecsTaskExecutionRole --cpu 256 --memory 512 --container-definitions '[{\"name\":\"hello\",\"image\":\""
                        + REG + "/hello-repository:latest\",\"essential\":true,\"portMappings\":[{\"containerPort\":80,"
                        + "\"protocol\":\"tcp\"}]}]'",
                "aws ecs create-service --cluster fargate-cluster --service-name fargate-service --task-definition"
                        + " sample-fargate:1 --desired-count 2 --launch-type \"FARGATE\" --network-configuration"
                        + " \"awsvpcConfiguration={subnets=[subnet-0defa000000000001,subnet-0defb000000000001],"
                        + "securityGroups=[sg-12345678],assignPublicIp=ENABLED}\"",
                "aws ecs describe-services --cluster fargate-cluster --services fargate-service",
                // EKS
                "aws eks create-cluster --region us-east-1 --name my-cluster --kubernetes-version 1.35 --role-arn"
                        + " arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config"
                        + " subnetIds=subnet-0defa000000000001,subnet-0defb000000000001");
        Cloud c = Sim.withRoles(Cloud.fresh(5));
        for (String line : lines) {
            c = Sim.ok(c, line);
        }
        c = Sim.wait(c, EksOps.CLUSTER_CREATE_SECONDS);
        assertEquals("2", Sim.of(c, "service").get(0).attr("running"));
        for (String line : List.of(
                "aws eks update-kubeconfig --region us-east-1 --name my-cluster",
                "aws eks create-nodegroup --cluster-name my-cluster --nodegroup-name my-nodegroup --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole --scaling-config"
                        + " minSize=1,maxSize=3,desiredSize=2 --subnets subnet-0defa000000000001 subnet-0defb000000000001"
                        + " --instance-types t3.medium --node-role arn:aws:iam::123456789012:role/eksNodeRole",
                "kubectl create deployment hello --image=" + REG + "/hello-repository:latest --replicas=2")) {
            c = Sim.ok(c, line);
        }
        c = Sim.wait(c, 30);
        assertEquals("2", Sim.of(c, "deployment").get(0).attr("ready"));
        // Lambda through a trigger, then the bill
        for (String line : List.of(
                "aws iam create-role --role-name lambda-ex --assume-role-policy-document file://trust-lambda.json",
                "aws lambda create-function --function-name my-function --runtime python3.12 --zip-file fileb://hello.zip"
                        + " --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-ex",
                "aws lambda invoke --function-name my-function --cli-binary-format raw-in-base64-out"
                        + " --payload '{ \"name\": \"Bob\" }' response.json",
                "aws apigatewayv2 create-api --name my-api --protocol-type HTTP --target"
                        + " arn:aws:lambda:us-east-1:123456789012:function:my-function",
                "aws lambda add-permission --function-name my-function --statement-id api --action lambda:InvokeFunction"
                        + " --principal apigateway.amazonaws.com")) {
            c = Sim.played(c, line);
        }
        String endpoint = Sim.of(c, "trigger").get(0).id().replace("api-gateway:", "");
        Outcome curl = Sim.run(c, "curl https://" + endpoint + ".execute-api.us-east-1.amazonaws.com/");
        assertEquals("Hello from Lambda!", curl.output());
        c = curl.cloud();
        assertTrue(Sim.billed(c, "Fargate task") > 0);
        assertTrue(Sim.billed(c, "EKS control plane") > 0);
        assertTrue(Sim.billed(c, "t3.medium instance") > 0);
        assertTrue(Sim.billed(c, "Lambda requests") > 0);
    }
}
