package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Documentation-style command lines, intact and mangled: always an answer, never a crash. */
class CommandFuzzTest {

    static final String REG = Sim.REG;
    static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:hello";

    /** Command lines in the form AWS's documentation and tutorials print them. */
    static final List<String> REAL = List.of(
            "aws ec2 run-instances --image-id ami-0a1b2c3d4e5f60001 --count 1 --instance-type t3.micro --key-name MyKeyPair"
                    + " --security-group-ids sg-903004f8 --subnet-id subnet-0defa000000000001",
            "aws ec2 describe-instances --filters Name=instance-state-name,Values=running --output table",
            "aws ec2 describe-images --owners amazon --output text",
            "aws ec2 stop-instances --instance-ids i-1234567890abcdef0 --hibernate",
            "aws lightsail create-instances --instance-names MyFirstInstance --availability-zone us-east-1a"
                    + " --blueprint-id wordpress --bundle-id nano_3_0",
            "aws lightsail get-bundles --output table",
            "aws ecr create-repository --repository-name hello-repository --region us-east-1",
            "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin " + REG,
            "docker build -t hello-world .",
            "docker tag hello-world " + REG + "/hello-repository",
            "docker push " + REG + "/hello-repository",
            "aws ecs create-cluster --cluster-name fargate-cluster",
            "aws ecs register-task-definition --cli-input-json file://taskdef.json",
            "aws ecs register-task-definition --family sample-fargate --network-mode awsvpc --requires-compatibilities FARGATE"
                    + " --cpu 256 --memory 512 --container-definitions '[{\"name\":\"app\",\"image\":\"nginx:latest\"}]'",
            "aws ecs list-task-definitions",
            "aws ecs create-service --cluster fargate-cluster --service-name fargate-service --task-definition sample-fargate:1"
                    + " --desired-count 1 --launch-type \"FARGATE\" --network-configuration"
                    + " \"awsvpcConfiguration={subnets=[subnet-0defa000000000001],securityGroups=[sg-abcd1234],assignPublicIp=ENABLED}\"",
            "aws ecs run-task --cluster default --task-definition sleep360:1 --count 1",
            "aws ecs describe-services --cluster fargate-cluster --services fargate-service",
            "aws ecs update-service --cluster fargate-cluster --service fargate-service --desired-count 2",
            "aws ecs list-tasks --cluster default --desired-status STOPPED",
            "aws eks create-cluster --region us-east-1 --name my-cluster --kubernetes-version 1.31 --role-arn"
                    + " arn:aws:iam::111122223333:role/myAmazonEKSClusterRole --resources-vpc-config"
                    + " subnetIds=subnet-ExampleID1,subnet-ExampleID2,securityGroupIds=sg-ExampleID1",
            "aws eks describe-cluster --region us-east-1 --name my-cluster --query \"cluster.status\"",
            "aws eks update-kubeconfig --region us-east-1 --name my-cluster",
            "aws eks create-nodegroup --cluster-name my-cluster --nodegroup-name my-nodegroup --subnets subnet-0defa000000000001 --node-role arn:aws:iam::123456789012:role/eksNodeRole --scaling-config"
                    + " minSize=1,maxSize=3,desiredSize=2 --subnets subnet-a subnet-b --instance-types t3.medium"
                    + " --node-role arn:aws:iam::111122223333:role/NodeRole",
            "kubectl get nodes -o wide",
            "kubectl create deployment nginx --image=nginx --replicas=3",
            "kubectl scale deployment/nginx --replicas=5",
            "kubectl get pods --all-namespaces",
            "aws lambda create-function --function-name my-function --runtime nodejs20.x --zip-file fileb://function.zip"
                    + " --handler index.handler --role arn:aws:iam::123456789012:role/service-role/MyTestFunction-role-tges6bf4",
            "aws lambda invoke --function-name my-function --cli-binary-format raw-in-base64-out --payload '{ \"name\": \"Bob\" }'"
                    + " response.json",
            "aws lambda update-function-configuration --function-name my-function --memory-size 256",
            "aws lambda put-function-concurrency --function-name my-function --reserved-concurrent-executions 100",
            "aws apigatewayv2 create-api --name my-http-api --protocol-type HTTP --target " + FN,
            "aws s3 mb s3://amzn-s3-demo-bucket",
            "aws s3 cp test.txt s3://amzn-s3-demo-bucket/test2.txt",
            "aws events put-rule --name my-scheduled-rule --schedule-expression 'rate(5 minutes)'",
            "aws events put-targets --rule my-scheduled-rule --targets \"Id\"=\"1\",\"Arn\"=\"" + FN + "\"",
            "aws sqs create-queue --queue-name MyQueue",
            "aws lambda create-event-source-mapping --function-name my-function --batch-size 5 --event-source-arn"
                    + " arn:aws:sqs:us-west-2:123456789012:mySQSqueue",
            "aws dynamodb create-table --table-name MusicCollection --attribute-definitions AttributeName=Artist,AttributeType=S"
                    + " AttributeName=SongTitle,AttributeType=S --key-schema AttributeName=Artist,KeyType=HASH"
                    + " AttributeName=SongTitle,KeyType=RANGE --billing-mode PAY_PER_REQUEST",
            "aws ec2 run-instances help",
            "aws ecs help",
            "aws sts get-caller-identity",
            "aws ec2 create-vpc --cidr-block 10.0.0.0/16");

    static Cloud busy() {
        Cloud c = Sim.pushedWeb();
        c = Sim.ok(c, LambdaTest.create("hello", "hello.zip", ""), "aws ecs register-task-definition --cli-input-json"
                + " file://fargate-taskdef.json", "aws eks create-cluster --name k8s --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001");
        c = Sim.wait(c, 700);
        return Sim.ok(c, "aws eks update-kubeconfig --name k8s");
    }

    static String mangle(String line, Random r) {
        String[] words = line.split(" ");
        int i = r.nextInt(words.length);
        switch (r.nextInt(9)) {
            case 0 -> words[i] = words[i].isEmpty() ? "x" : words[i].substring(0, r.nextInt(words[i].length()));
            case 1 -> {
                if (words[i].length() > 2) {
                    int k = 1 + r.nextInt(words[i].length() - 2);
                    char[] ch = words[i].toCharArray();
                    char t = ch[k];
                    ch[k] = ch[k - 1];
                    ch[k - 1] = t;
                    words[i] = new String(ch);
                }
            }
            case 2 -> words[i] = "";
            case 3 -> words[i] = words[i] + " " + words[i];
            case 4 -> words[i] = words[i] + (r.nextBoolean() ? "'" : "\"");
            case 5 -> words[i] = words[i].toUpperCase();
            case 6 -> words[i] = "--" + words[i];
            case 7 -> words[i] = words[i] + "=" + words[(i + 1) % words.length];
            default -> {
                return line.substring(0, r.nextInt(line.length() + 1));
            }
        }
        return String.join(" ", words);
    }

    @Test
    void realCommandLinesAreAnsweredEitherWay() {
        Cloud c = busy();
        for (String line : REAL) {
            Outcome o = CloudSim.execute(c, line);
            assertNotEquals("InternalError", o.errorCode(), line + " -> " + o.output());
            assertFalse(o.output().isBlank() && !o.ok(), line + " was refused without a message");
            if (o.ok()) {
                c = o.cloud();
            }
        }
    }

    @Test
    void fourHundredMangledLinesNeverCrash() {
        Cloud c = busy();
        Random r = new Random(42);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            String line = mangle(REAL.get(r.nextInt(REAL.size())), r);
            Outcome o = CloudSim.execute(c, line);
            if ("InternalError".equals(o.errorCode()) || (!o.ok() && o.output().isBlank())) {
                failures.add(line + " -> " + o.output());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyOperationHasHelpAndRendersAsTableAndText() {
        for (String service : CommandTable.services()) {
            for (Operation op : CommandTable.operations(service).values()) {
                Outcome h = CloudSim.execute(Cloud.fresh(1), "aws " + service + " " + op.name() + " help");
                assertTrue(h.ok() && h.output().startsWith("aws " + service + " " + op.name()), service + " " + op.name());
            }
        }
        Cloud c = busy();
        for (String cmd : List.of("aws ec2 describe-images", "aws ecs describe-clusters --clusters demo",
                "aws lambda list-functions", "aws ecr describe-repositories", "aws lightsail get-bundles",
                "aws eks describe-cluster --name k8s", "aws ecs describe-task-definition --task-definition web-fargate")) {
            for (String fmt : List.of("table", "text")) {
                Outcome o = Sim.run(c, cmd + " --output " + fmt);
                assertFalse(o.output().startsWith("{"), cmd + " " + fmt);
                assertFalse(o.output().isBlank(), cmd + " " + fmt);
            }
        }
    }

    @Test
    void unsimulatedButRealOperationsSaySo() {
        assertTrue(Sim.refused(Cloud.fresh(1), "aws ec2 create-vpc --cidr-block 10.0.0.0/16").contains("does not simulate"));
        assertTrue(Sim.refused(Cloud.fresh(1), "aws ecs create-capacity-provider --name x").contains("does not simulate"));
        assertTrue(Sim.refused(Cloud.fresh(1), "aws lamda list-functions").contains("Did you mean lambda?"));
        assertTrue(Sim.refused(Cloud.fresh(1), "aws ecs regster-task-definition").contains("Did you mean register-task-definition?"));
        assertTrue(Sim.refused(Cloud.fresh(1), "aws lambda create-function --function-name f --runtime python3.12 --handler h"
                + " --role arn:aws:iam::123456789012:role/r --zip-file fileb://hello.zip --memroy-size 256").contains("Did you mean --memory-size?"));
        assertTrue(Sim.refused(Cloud.fresh(1), "dokcer images").contains("Did you mean docker?"));
    }
}
