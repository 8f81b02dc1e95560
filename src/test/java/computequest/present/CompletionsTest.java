package computequest.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import computequest.engine.View;
import computequest.sim.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tab after a parameter offers that parameter's own kind of resource, and nothing of another kind. */
class CompletionsTest {

    static final View VIEW = new View("1", "s", "S", 0, 0, false, List.of(
            new Resource("instance", "i-0aaa", java.util.Map.of()),
            new Resource("image", "ami-0bbb", Resource.attrs("name", "web-v1")),
            new Resource("security-group", "sg-0ccc", Resource.attrs("name", "web-sg")),
            new Resource("key-pair", "bakery", java.util.Map.of()),
            new Resource("ecs-cluster", "shop", java.util.Map.of()),
            new Resource("eks-cluster", "kube", java.util.Map.of()),
            new Resource("task-definition", "web:1", Resource.attrs("family", "web")),
            new Resource("task-definition", "web:2", Resource.attrs("family", "web")),
            new Resource("function", "resize", java.util.Map.of()),
            new Resource("role", "lambda-resize", java.util.Map.of()),
            new Resource("nodegroup", "workers", java.util.Map.of()),
            new Resource("load-balancer", "web-tg", java.util.Map.of()),
            new Resource("target-group", "web-tg", Resource.attrs("arn",
                    "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/45c2f21578608480")),
            new Resource("alb", "web-lb", Resource.attrs("arn",
                    "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/575e7aacdf39f49e"))),
            List.of(), 0, List.of(), List.of(), List.of());

    static List<String> after(String line) {
        return Completions.next(VIEW, List.of(line.split(" ")));
    }

    @Test
    void eachParameterOffersItsOwnKind() {
        assertEquals(List.of("sg-0ccc"), after("aws ec2 authorize-security-group-ingress --group-id"));
        assertEquals(List.of("sg-0ccc"), after("aws ec2 run-instances --security-group-ids"));
        assertEquals(List.of("web-sg"), after("aws ec2 run-instances --security-groups"));
        assertEquals(List.of("i-0aaa"), after("aws ec2 stop-instances --instance-ids"));
        assertEquals(List.of("ami-0bbb"), after("aws ec2 run-instances --image-id"));
        assertEquals(List.of("bakery"), after("aws ec2 run-instances --key-name"));
        assertEquals(List.of("shop"), after("aws ecs list-tasks --cluster"));
        assertEquals(List.of("kube"), after("aws eks create-nodegroup --cluster-name"));
        assertEquals(List.of("kube"), after("aws eks describe-cluster --name"));
        assertEquals(List.of("web", "web:1", "web:2"), after("aws ecs run-task --task-definition"));
        assertEquals(List.of("resize"), after("aws lambda invoke --function-name"));
        assertEquals(List.of("arn:aws:iam::123456789012:role/lambda-resize"), after("aws lambda create-function --role"));
        assertEquals(List.of("workers"), after("aws eks describe-nodegroup --nodegroup-name"));
        assertEquals(List.of("targetGroupArn=arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg"
                + "/45c2f21578608480"), after("aws ecs create-service --load-balancers"), "the ARN whole, id included");
        assertEquals(List.of("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/45c2f21578608480"),
                after("aws elbv2 describe-target-health --target-group-arn"));
        assertEquals(List.of("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web-lb/575e7aacdf39f49e"),
                after("aws elbv2 create-listener --load-balancer-arn"));
        assertEquals(List.of("i-0aaa"), after("ssh"));
    }

    @Test
    void anIdParameterOfAKindTheCloudDoesNotHaveOffersNothingRatherThanEverything() {
        assertEquals(List.of(), after("aws ec2 describe-subnets --subnet-ids"));
        assertEquals(List.of(), after("aws sqs get-queue-attributes --queue-url"));
    }

    static List<String> typing(String line) {
        int cut = line.lastIndexOf(' ');
        return Completions.next(VIEW, List.of(line.substring(0, cut).split(" ")), line.substring(cut + 1));
    }

    @Test
    void aParameterWithAFixedSetOffersItsValues() {
        assertEquals(List.of("json", "text", "table", "yaml", "yaml-stream"), typing("aws ec2 describe-instances --output "));
        assertEquals(List.of("text", "table"), typing("aws ec2 describe-instances --output t"));
        assertEquals(List.of("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"), typing("aws ecs run-task --launch-type "));
        assertEquals(List.of("FARGATE"), typing("aws ecs run-task --launch-type fa"), "whatever the case typed");
        assertEquals(List.of("stop", "terminate"), typing("aws ec2 run-instances --instance-initiated-shutdown-behavior "));
    }

    @Test
    void aLongEnumOffersTheValuesTheSimulatorHasAndTheRestOnlyForAPrefixNoneOfThemBegins() {
        List<String> priced = computequest.sim.ec2.InstanceType.all().stream().map(t -> t.name()).toList();
        assertEquals(priced, typing("aws ec2 run-instances --instance-type "), "the priced types, not 1,200");
        assertEquals(List.of("t3.micro"), typing("aws ec2 run-instances --instance-type t3.mi"));
        assertEquals(priced.stream().filter(t -> t.startsWith("t3.m")).toList(),
                typing("aws ec2 run-instances --instance-type t3.m"));
        List<String> c6 = typing("aws ec2 run-instances --instance-type c6");
        assertTrue(c6.contains("c6i.large") && c6.stream().allMatch(t -> t.startsWith("c6")), c6.toString());
        assertEquals(List.of("t3.micro"), typing("aws ec2 describe-instance-types --instance-types t3.mi"),
                "a list's elements");
        List<String> runtimes = computequest.sim.Vocabulary.values().get("function").get("runtime").stream()
                .filter(r -> r.startsWith("py")).toList();
        assertTrue(runtimes.size() >= 2, runtimes.toString());
        assertEquals(runtimes, typing("aws lambda create-function --runtime py"), "the runtimes it runs, none retired");
    }

    @Test
    void aValueJoinedToItsParameterWithEqualsIsCompletedToo() {
        assertEquals(List.of("--instance-type=t3.micro"), typing("aws ec2 run-instances --instance-type=t3.mi"));
        assertEquals(List.of("--output=json"), typing("aws ec2 describe-instances --output=j"));
        assertEquals(List.of("--key-name=bakery"), typing("aws ec2 run-instances --key-name="));
        assertEquals(List.of(), typing("aws ec2 run-instances --count="));
    }

    @Test
    void aParameterThatTakesAnyValueOffersNothing() {
        assertEquals(List.of(), typing("aws ec2 run-instances --count "));
        assertEquals(List.of(), typing("aws lambda create-function --handler "));
    }
}
