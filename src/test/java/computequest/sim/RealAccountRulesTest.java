package computequest.sim;

import static computequest.sim.Sim.ok;
import static computequest.sim.Sim.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.sim.ec2.Ec2Access;
import computequest.sim.ec2.Instance;
import computequest.sim.ec2.SshLogin;
import org.junit.jupiter.api.Test;

/**
 * The rules a real account enforces (issue 17): for each, the course's way succeeds, and breaking the rule fails
 * with AWS's error code (or, for ssh, ssh's own words) and a sentence saying what to do.
 */
class RealAccountRulesTest {

    static final String AL2023 = "ami-0a1b2c3d4e5f60001";
    static final String UBUNTU = "ami-0a1b2c3d4e5f60002";
    static final String SSH_RULE = "aws ec2 authorize-security-group-ingress --group-id " + Catalog.DEFAULT_SECURITY_GROUP
            + " --protocol tcp --port 22 --cidr 203.0.113.25/32";

    static Outcome failing(Cloud c, String cmd, String code) {
        Outcome o = CloudSim.execute(c, cmd);
        assertFalse(o.ok(), () -> cmd + " should fail with " + code + " but printed: " + o.output());
        assertEquals(code, o.errorCode(), o.output());
        assertTrue(o.cloud() == c, "a refused command changes nothing");
        return o;
    }

    static Instance only(Cloud c) {
        return c.instances().values().iterator().next();
    }

    static Cloud running(Cloud c, String extra) {
        return Sim.wait(ok(c, "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro" + extra), 30);
    }

    // ---- key pairs ----

    @Test
    void aKeyPairIsMadeOnceListedWithoutItsKeyAndDeletedIdempotently() {
        Outcome made = Sim.run(Cloud.fresh(1), "aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text");
        assertTrue(made.output().startsWith("-----BEGIN RSA PRIVATE KEY-----"), made.output());
        Cloud c = made.cloud();
        failing(c, "aws ec2 create-key-pair --key-name bakery", "InvalidKeyPair.Duplicate");
        String listed = Sim.run(c, "aws ec2 describe-key-pairs").output();
        assertTrue(listed.contains("\"KeyName\": \"bakery\"") && !listed.contains("PRIVATE KEY"), listed);
        failing(c, "aws ec2 describe-key-pairs --key-names nope", "InvalidKeyPair.NotFound");
        c = ok(c, "aws ec2 delete-key-pair --key-name bakery");
        assertTrue(c.access().keyPairs().isEmpty());
        ok(c, "aws ec2 delete-key-pair --key-name bakery");
    }

    @Test
    void keyPairIdsDoNotMoveTheInstanceIdsThatFollow() {
        Cloud plain = ok(Cloud.fresh(1), "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro");
        Cloud keyed = ok(Cloud.fresh(1), "aws ec2 create-key-pair --key-name bakery", "aws ec2 create-security-group"
                + " --group-name web --description web", "aws ec2 run-instances --image-id " + AL2023
                + " --instance-type t3.micro --key-name bakery");
        assertEquals(only(plain).instanceId(), only(keyed).instanceId());
    }

    @Test
    void runInstancesChecksTheKeyPairAndTheSecurityGroups() {
        Cloud c = Cloud.fresh(1);
        Outcome o = failing(c, "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro --key-name bakery",
                "InvalidKeyPair.NotFound");
        assertTrue(o.output().contains("aws ec2 create-key-pair --key-name bakery"), o.output());
        failing(c, "aws ec2 run-instances --image-id " + AL2023 + " --instance-type t3.micro --security-group-ids sg-0123456789abcdef0",
                "InvalidGroup.NotFound");
    }

    // ---- security groups ----

    @Test
    void theDefaultGroupLetsInOnlyItself() {
        Cloud c = Cloud.fresh(1);
        Ec2Access.SecurityGroup g = c.access().securityGroups().get(Catalog.DEFAULT_SECURITY_GROUP);
        assertFalse(g.admits(22, Ec2Access.LAPTOP_IP, java.util.List.of()));
        assertTrue(g.admits(22, null, java.util.List.of(Catalog.DEFAULT_SECURITY_GROUP)));
        String shown = Sim.run(c, "aws ec2 describe-security-groups").output();
        assertTrue(shown.contains("\"GroupName\": \"default\"") && shown.contains(Catalog.DEFAULT_SECURITY_GROUP), shown);
    }

    @Test
    void securityGroupRulesAreCheckedLikeEc2Does() {
        Cloud c = ok(Cloud.fresh(1), "aws ec2 create-security-group --group-name web --description 'web server'");
        failing(c, "aws ec2 create-security-group --group-name web --description again", "InvalidGroup.Duplicate");
        failing(c, "aws ec2 authorize-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 22 --cidr 1.2.3.4/32",
                "InvalidGroup.NotFound");
        failing(c, "aws ec2 authorize-security-group-ingress --group-name web --protocol tcp --port 22 --cidr 1.2.3.4",
                "InvalidParameterValue");
        c = ok(c, "aws ec2 authorize-security-group-ingress --group-name web --protocol tcp --port 80 --cidr 0.0.0.0/0");
        failing(c, "aws ec2 authorize-security-group-ingress --group-name web --protocol tcp --port 80 --cidr 0.0.0.0/0",
                "InvalidPermission.Duplicate");
        failing(c, "aws ec2 delete-security-group --group-id " + Catalog.DEFAULT_SECURITY_GROUP, "CannotDelete");
        String web = Sim.of(c, "security-group").stream().filter(r -> r.attrs().get("name").equals("web"))
                .findFirst().orElseThrow().attrs().get("http-from");
        assertEquals("0.0.0.0/0", web);
    }

    // ---- ssh ----

    @Test
    void sshNeedsARuleForPort22FromTheLaptopAKeyPairItsKeyAndTheLoginUser() {
        Cloud c = ok(Cloud.fresh(1), "aws ec2 create-key-pair --key-name bakery", "aws ec2 create-key-pair --key-name other");
        c = running(c, " --key-name bakery");
        String ip = only(c).publicIp();
        String good = "ssh -i bakery.pem ec2-user@" + ip + " 'echo hi > /dev/shm/x'";
        String noRule = Sim.refused(c, good);
        assertTrue(noRule.contains("port 22: Connection timed out") && noRule.contains("authorize-security-group-ingress"),
                noRule);
        c = ok(c, SSH_RULE);
        assertTrue(refused(c, "ssh -i other.pem ec2-user@" + ip + " 'ls'").contains("Permission denied (publickey)"));
        assertTrue(refused(c, "ssh ec2-user@" + ip + " 'ls'").contains("Permission denied (publickey)"));
        assertTrue(refused(c, "ssh -i bakery.pem ubuntu@" + ip + " 'ls'").contains("login user is ec2-user"));
        assertTrue(refused(c, "ssh -i bakery.pem " + only(c).instanceId() + " 'ls'").contains("Could not resolve hostname"));
        assertTrue(refused(c, "ssh -i bakery.pem ec2-user@" + only(c).privateIp() + " 'ls'").contains("private address"));
        assertEquals("hi", only(ok(c, good)).ram().get("/dev/shm/x"));
    }

    @Test
    void sshChecksTheKeyFileTextTheLaptopSends() {
        Outcome made = Sim.run(Cloud.fresh(1), "aws ec2 create-key-pair --key-name bakery --query KeyMaterial --output text");
        Cloud c = running(ok(made.cloud(), SSH_RULE), " --key-name bakery");
        String ip = only(c).publicIp();
        String pem = SshLogin.PEM_PREFIX + made.output().replaceAll("\\s", "");
        ok(c, "ssh -i " + pem + " ec2-user@" + ip + " 'ls'");
        String forged = pem.replace("MIIE", "AAAA").substring(0, pem.length() - 40) + "-----ENDRSAPRIVATEKEY-----";
        assertTrue(refused(c, "ssh -i " + forged + " ec2-user@" + ip + " 'ls'").contains("Permission denied"));
    }

    @Test
    void anInstanceLaunchedWithoutAKeyPairCannotBeOpened() {
        Cloud c = running(ok(Cloud.fresh(1), "aws ec2 create-key-pair --key-name bakery", SSH_RULE), "");
        String out = refused(c, "ssh -i bakery.pem ec2-user@" + only(c).publicIp() + " 'ls'");
        assertTrue(out.contains("Permission denied (publickey)") && out.contains("without a key pair"), out);
    }

    @Test
    void ubuntuLogsInAsUbuntu() {
        Cloud c = ok(Cloud.fresh(1), "aws ec2 create-key-pair --key-name bakery", SSH_RULE,
                "aws ec2 run-instances --image-id " + UBUNTU + " --instance-type t3.micro --key-name bakery");
        c = Sim.wait(c, 30);
        ok(c, "ssh -i bakery.pem ubuntu@" + only(c).publicIp() + " 'ls'");
    }

    @Test
    void curlToCheckipShowsTheLaptopsAddress() {
        assertEquals(Ec2Access.LAPTOP_IP, Sim.run(Cloud.fresh(1), "curl https://checkip.amazonaws.com").output());
    }

    // ---- IAM ----

    static final String ECS_ROLE = "aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document"
            + " file://trust-ec2.json";
    static final String ECS_POLICY = "aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn"
            + " arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role";
    static final String PROFILE = "aws iam create-instance-profile --instance-profile-name ecsInstanceRole";
    static final String ADD = "aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole"
            + " --role-name ecsInstanceRole";

    @Test
    void iamRefusesWhatIamRefuses() {
        Cloud c = ok(Cloud.fresh(1), ECS_ROLE);
        failing(c, ECS_ROLE, "EntityAlreadyExists");
        failing(c, "aws iam create-role --role-name x --assume-role-policy-document '{\"Version\": \"2012-10-17\"'",
                "MalformedPolicyDocument");
        failing(c, "aws iam attach-role-policy --role-name nope --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess",
                "NoSuchEntity");
        failing(c, "aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/Nope",
                "NoSuchEntity");
        c = ok(c, ECS_POLICY, PROFILE, ADD);
        failing(c, ADD, "LimitExceeded");
        failing(c, "aws iam delete-role --role-name ecsInstanceRole", "DeleteConflict");
        assertEquals("ecsInstanceRole", Sim.of(c, "instance-profile").get(0).attrs().get("role"));
        assertEquals("ec2.amazonaws.com", Sim.of(c, "role").get(0).attrs().get("trusts"));
    }

    @Test
    void runInstancesChecksTheInstanceProfile() {
        failing(Cloud.fresh(1), "aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type t3.small"
                + " --iam-instance-profile Name=ecsInstanceRole", "InvalidParameterValue");
    }

    @Test
    void anEcsAgentRegistersOnlyWithTheInstanceRoleAndAScriptThatNamesTheCluster() {
        String script = " --user-data '#!/bin/bash\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config'";
        Cloud base = ok(Cloud.fresh(1), "aws ecs create-cluster --cluster-name demo", ECS_ROLE, PROFILE, ADD);
        Outcome noPolicy = Sim.run(base, "aws ec2 run-instances --image-id " + Catalog.ECS_AMI + " --instance-type t3.small"
                + " --iam-instance-profile Name=ecsInstanceRole" + script);
        assertTrue(String.join(" ", noPolicy.changes()).contains("NoCredentialProviders"), noPolicy.changes().toString());
        assertTrue(Sim.of(Sim.wait(noPolicy.cloud(), 60), "container-instance").isEmpty(), "no policy, no registration");
        Outcome noProfile = Sim.run(ok(base, ECS_POLICY), "aws ec2 run-instances --image-id " + Catalog.ECS_AMI
                + " --instance-type t3.small" + script);
        assertTrue(Sim.of(Sim.wait(noProfile.cloud(), 60), "container-instance").isEmpty(), "no role, no registration");
        Outcome bare = Sim.run(ok(base, ECS_POLICY), "aws ec2 run-instances --image-id " + Catalog.ECS_AMI
                + " --instance-type t3.small --iam-instance-profile Name=ecsInstanceRole --user-data ECS_CLUSTER=demo");
        assertTrue(String.join(" ", bare.changes()).contains("/etc/ecs/ecs.config"), bare.changes().toString());
        assertEquals("default", Sim.of(Sim.wait(bare.cloud(), 60), "container-instance").get(0).attrs().get("cluster"));
        Cloud good = Sim.wait(ok(ok(base, ECS_POLICY), "aws ec2 run-instances --image-id " + Catalog.ECS_AMI
                + " --instance-type t3.small --iam-instance-profile Name=ecsInstanceRole" + script), 60);
        assertEquals("demo", Sim.of(good, "container-instance").get(0).attrs().get("cluster"));
    }

    // ---- Lambda ----

    static final String LAMBDA_ROLE = "aws iam create-role --role-name lambda-basic --assume-role-policy-document"
            + " file://trust-lambda.json";
    static final String CREATE = "aws lambda create-function --function-name resize --runtime python3.12 --handler"
            + " lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic"
            + " --zip-file fileb://resize.zip";

    @Test
    void theExecutionRoleMustExistAndTrustLambda() {
        failing(Cloud.fresh(1), CREATE, "InvalidParameterValueException");
        Cloud wrongTrust = ok(Cloud.fresh(1), "aws iam create-role --role-name lambda-basic"
                + " --assume-role-policy-document file://trust-ec2.json");
        failing(wrongTrust, CREATE, "InvalidParameterValueException");
        ok(Cloud.fresh(1), LAMBDA_ROLE, CREATE);
    }

    @Test
    void s3RefusesTheNotificationUntilTheFunctionLetsS3InvokeIt() {
        String notify = "aws s3api put-bucket-notification-configuration --bucket photos --notification-configuration"
                + " '{\"LambdaFunctionConfigurations\": [{\"LambdaFunctionArn\": \"arn:aws:lambda:us-east-1:123456789012:"
                + "function:resize\", \"Events\": [\"s3:ObjectCreated:*\"]}]}'";
        Cloud c = ok(Cloud.fresh(1), LAMBDA_ROLE, CREATE, "aws s3 mb s3://photos");
        Outcome o = failing(c, notify, "InvalidArgument");
        assertTrue(o.output().contains("Unable to validate the following destination configurations"), o.output());
        failing(ok(c, "aws lambda add-permission --function-name resize --statement-id s3 --action lambda:InvokeFunction"
                + " --principal s3.amazonaws.com --source-arn arn:aws:s3:::other"), notify, "InvalidArgument");
        c = ok(c, "aws lambda add-permission --function-name resize --statement-id s3 --action lambda:InvokeFunction"
                + " --principal s3.amazonaws.com --source-arn arn:aws:s3:::photos --source-account 123456789012");
        failing(c, "aws lambda add-permission --function-name resize --statement-id s3 --action lambda:InvokeFunction"
                + " --principal s3.amazonaws.com", "ResourceConflictException");
        ok(c, notify);
    }

    @Test
    void anHttpApiAnswers500UntilTheFunctionLetsApiGatewayInvokeIt() {
        Outcome api = Sim.run(Sim.played(Cloud.fresh(1), LAMBDA_ROLE, CREATE), "aws apigatewayv2 create-api --name r"
                + " --protocol-type HTTP --target arn:aws:lambda:us-east-1:123456789012:function:resize --query ApiId"
                + " --output text");
        String id = api.output().strip();
        String url = "curl https://" + id + ".execute-api.us-east-1.amazonaws.com/gallery/cake.jpg?width=300";
        assertEquals("{\"message\":\"Internal Server Error\"}", Sim.run(api.cloud(), url).output());
        Cloud c = ok(api.cloud(), "aws lambda add-permission --function-name resize --statement-id api --action"
                + " lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn"
                + " 'arn:aws:execute-api:us-east-1:123456789012:" + id + "/*'");
        // invoked now, resize fails at S3: its role may only write logs
        assertEquals("{\"message\":\"Internal Server Error\"}", Sim.run(c, url).output());
        c = ok(c, "aws iam put-role-policy --role-name lambda-basic --policy-name resize-s3 --policy-document"
                + " file://resize-s3.json", "aws s3 mb s3://bakery-cake-resized");
        assertFalse(Sim.run(c, url).output().contains("Internal Server Error"), Sim.run(c, url).output());
    }

    // ---- awsvpc on the EC2 launch type ----

    @Test
    void aT3MediumRunsTwoAwsvpcTasksAndRefusesAPublicIpForThem() {
        Cloud c = Sim.ok(EcsTest.withInstances(Sim.pushedWeb(), "t3.medium", 1),
                "aws ecs register-task-definition --cli-input-json file://nginx-taskdef.json");
        String net = " --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001]}'";
        Outcome pub = failing(c, "aws ecs run-task --cluster demo --task-definition nginx --launch-type EC2"
                + " --network-configuration 'awsvpcConfiguration={subnets=[subnet-0defa000000000001],"
                + "assignPublicIp=ENABLED}'", "InvalidParameterException");
        assertTrue(pub.output().contains("Assign public IP is not supported for this launch type"), pub.output());
        String missing = refused(c, "aws ecs run-task --cluster demo --task-definition nginx --launch-type EC2");
        assertTrue(missing.contains("Network Configuration must be provided") && !missing.contains("assignPublicIp"),
                "the fix it suggests for EC2 must not be the one EC2 refuses next: " + missing);
        assertTrue(refused(c, "aws ecs run-task --cluster demo --task-definition nginx --launch-type FARGATE")
                .contains("assignPublicIp=ENABLED"), "Fargate in a public subnet does want a public address");
        Outcome three = Sim.run(c, "aws ecs run-task --cluster demo --task-definition nginx --launch-type EC2 --count 3"
                + net);
        assertEquals(2, Sim.of(three.cloud(), "task").stream().filter(t -> t.attr("task-definition").startsWith("nginx"))
                .count(), "3 network interfaces, one primary: two awsvpc tasks");
        assertTrue(three.output().contains("RESOURCE:ENI"), three.output());
    }

    // ---- EKS ----

    @Test
    void eksNeedsARoleTwoZonesAndASupportedVersionAndBillsExtendedSupport() {
        String base = "aws eks create-cluster --name k --role-arn arn:aws:iam::123456789012:role/eksClusterRole";
        String vpc = " --resources-vpc-config subnetIds=subnet-0defa000000000001,subnet-0defb000000000001";
        assertTrue(refused(Cloud.fresh(1), "aws eks create-cluster --name k").contains("--role-arn, --resources-vpc-config"));
        failing(Cloud.fresh(1), base + " --resources-vpc-config subnetIds=subnet-0defa000000000001",
                "InvalidParameterException");
        failing(Cloud.fresh(1), base + vpc + " --kubernetes-version 1.31", "InvalidParameterException");
        Cloud std = Sim.wait(ok(Sim.withRoles(Cloud.fresh(1)), base + vpc + " --kubernetes-version 1.36"), 3600);
        Cloud ext = Sim.wait(ok(Sim.withRoles(Cloud.fresh(1)), base + vpc + " --kubernetes-version 1.33"), 3600);
        assertEquals(0.10, Sim.billed(std, "EKS control plane"), 1e-9);
        assertEquals(0.60, Sim.billed(ext, "EKS control plane"), 1e-9);
    }
}
