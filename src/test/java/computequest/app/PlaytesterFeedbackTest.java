package computequest.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.Engine;
import computequest.engine.GameState;
import computequest.engine.Step;
import computequest.present.Telling;
import computequest.sim.Catalog;
import computequest.story.StoryParser;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A playtester's notes on chapters 2 to 6: feedback that came too late, said the wrong thing, or contradicted the
 * scene. Each test steps the real story from a playtest start, as {@code ./play --from} does.
 */
class PlaytesterFeedbackTest {

    static final String LB = "http://web-lb-8880616453.us-east-1.elb.amazonaws.com/";

    static String said(Step step) {
        return Telling.plain(step.events()).replaceAll("\\s+", " ");
    }

    static Engine course() throws Exception {
        return new Engine(StoryParser.parseDirectory(Path.of("story")).story());
    }

    static GameState type(Engine engine, GameState s, String... lines) {
        for (String line : lines) {
            s = engine.step(s, line).state();
        }
        return s;
    }

    /** The load balancer of ecs-alb, built without the rule that lets it reach the tasks' dynamic host ports. */
    static GameState albWithoutTheTaskRule(Engine engine) {
        GameState s = TestPlaytest.start(engine, "ecs-alb", 1).state();
        s = type(engine, s,
                "SG=$(aws ec2 create-security-group --group-name web-lb-sg --description lb --query GroupId"
                        + " --output text)",
                "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 80 --cidr 0.0.0.0/0",
                "aws elbv2 create-load-balancer --name web-lb --subnets " + Catalog.subnetId("us-east-1a") + " "
                        + Catalog.subnetId("us-east-1b") + " --security-groups $SG",
                "TG=$(aws elbv2 create-target-group --name web-tg --protocol HTTP --port 80 --vpc-id "
                        + Catalog.VPC_ID + " --query 'TargetGroups[0].TargetGroupArn' --output text)",
                "LB=$(aws elbv2 describe-load-balancers --query 'LoadBalancers[0].LoadBalancerArn' --output text)",
                "aws elbv2 create-listener --load-balancer-arn $LB --protocol HTTP --port 80 --default-actions"
                        + " Type=forward,TargetGroupArn=$TG",
                "wait 2m");
        assertEquals("ecs-service", s.sceneId());
        return s;
    }

    @Test
    void aLoadBalancerWhoseTargetsAreAllBlockedFailsOpenAndTimesOut() throws Exception {
        Engine engine = course();
        GameState s = albWithoutTheTaskRule(engine);
        String empty = said(engine.step(s, "curl " + LB));
        assertTrue(empty.contains("503 Service Temporarily Unavailable") && empty.contains("no running targets"),
                "no registered target is a 503: " + empty);
        Step created = engine.step(type(engine, s, "aws ecs create-service --cluster bakery --service-name web"
                + " --task-definition web --desired-count 2 --launch-type EC2 --load-balancers"
                + " targetGroupArn=$TG,containerName=web,containerPort=80"), "wait");
        String feedback = said(created);
        assertEquals("ecs-service", created.state().sceneId(), "unhealthy targets are not the goal: " + feedback);
        assertFalse(feedback.contains("[ok] Two tasks running"), feedback);
        assertTrue(feedback.contains("neither is healthy") && feedback.contains("--port 32768-65535 --source-group sg-"),
                "the check names the missing rule: " + feedback);
        String blocked = said(engine.step(created.state(), "curl " + LB));
        assertTrue(blocked.contains("504 Gateway Time-out"), blocked);
        assertFalse(blocked.contains("503"), blocked);
        assertTrue(blocked.contains("fails open") && blocked.contains("authorize-security-group-ingress --group-id "
                + Catalog.DEFAULT_SECURITY_GROUP + " --protocol tcp --port 32768-65535"), blocked);
        Step fixed = engine.step(created.state(), "aws ec2 authorize-security-group-ingress --group-id "
                + Catalog.DEFAULT_SECURITY_GROUP + " --protocol tcp --port 32768-65535 --source-group $SG");
        assertEquals("ecs-recover", fixed.state().sceneId(), said(fixed));
        assertTrue(said(engine.step(fixed.state(), "curl " + LB)).contains("Served by task"));
    }

    @Test
    void aPlainStopDuringTheOnCallIncidentIsExplainedAtOnce() throws Exception {
        Engine engine = course();
        GameState s = TestPlaytest.start(engine, "ctr-oncall", 1).state();
        String find = "ID=$(aws ec2 describe-instances --filters Name=tag:Name,Values=nightly-batch"
                + " Name=instance-state-name,Values=running --query 'Reservations[0].Instances[0].InstanceId'"
                + " --output text)";
        s = engine.step(s, find).state();
        String plain = said(engine.step(s, "aws ec2 stop-instances --instance-ids $ID"));
        assertTrue(plain.contains("last night's mistake") && plain.contains("--hibernate"), plain);
        String hibernate = said(engine.step(s, "aws ec2 stop-instances --instance-ids $ID --hibernate"));
        assertFalse(hibernate.contains("last night's mistake"), hibernate);
    }

    @Test
    void rollingBackByFamilyNameAloneSaysItMeansTheLatestRevision() throws Exception {
        Engine engine = course();
        GameState s = TestPlaytest.start(engine, "far-oncall", 1).state();
        String family = said(engine.step(s, "aws ecs update-service --cluster bakery --service web-fargate"
                + " --task-definition web-fargate"));
        assertTrue(family.contains("latest ACTIVE revision") && family.contains("web-fargate:1"), family);
        Step revision = engine.step(s, "aws ecs update-service --cluster bakery --service web-fargate"
                + " --task-definition web-fargate:1");
        assertFalse(said(revision).contains("latest ACTIVE revision"), said(revision));
    }

    @Test
    void theNodeRoleCheckAsksForTheNodeGroupOnlyWhenThereIsNone() throws Exception {
        Engine engine = course();
        GameState s = TestPlaytest.start(engine, "eks-nodes", 1).state();
        s = type(engine, s,
                "aws iam create-role --role-name eksNodeRole --assume-role-policy-document file://trust-ec2.json",
                "aws iam attach-role-policy --role-name eksNodeRole --policy-arn"
                        + " arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                "aws iam attach-role-policy --role-name eksNodeRole --policy-arn"
                        + " arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly");
        String cni = "aws iam attach-role-policy --role-name eksNodeRole --policy-arn"
                + " arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy";
        assertTrue(said(engine.step(s, cni)).contains("Now the node group"), "no node group yet");
        GameState withGroup = type(engine, s, "aws eks create-nodegroup --cluster-name shop --nodegroup-name workers"
                + " --node-role arn:aws:iam::123456789012:role/eksNodeRole --subnets " + Catalog.subnetId("us-east-1a")
                + " --instance-types t3.medium --scaling-config minSize=2,maxSize=4,desiredSize=2", "wait 5m");
        Step late = engine.step(withGroup, cni);
        assertFalse(said(late).contains("Now the node group"), said(late));
        assertTrue(said(late).contains("pick the change up on their own"), said(late));
    }

    static int cost(GameState s) {
        return s.flags().entrySet().stream().filter(e -> e.getKey().startsWith("cost-")).map(Map.Entry::getValue)
                .mapToInt(Integer::parseInt).sum();
    }

    @Test
    void anOverBudgetPartnerPickStatesThePlansFigure() throws Exception {
        Engine engine = course();
        GameState s = TestPlaytest.start(engine, "fin-intro", 1).state();
        // the report on EKS (pricey), the inventory on EC2, the café on Lightsail, the API on Fargate
        s = type(engine, s, "1", "2", "1", "2", "2");
        assertEquals("fin-partner", s.sceneId());
        int others = cost(s);
        Step partner = engine.step(s, "1");
        assertEquals(others + 134, cost(partner.state()));
        assertTrue(cost(partner.state()) > 250, "the pricey plan: " + cost(partner.state()));
        String text = said(partner);
        assertTrue(text.contains("your other four picks come to about $" + others + " a month, and this $134 takes the"
                + " plan over the $250 budget"), text);
    }
}
